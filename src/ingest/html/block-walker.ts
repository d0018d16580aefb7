// Walks an HTML element tree in document order and cuts its text into blocks as a browser lays
// it out. Every block-level element (`<p>`, `<li>`, `<div>`, a heading) ends the paragraph
// before it and starts a new one, and `<br>` starts a new line. Inline elements (`<b>`, `<a>`,
// `<span>`, `<font>`) only pass on their style. Text directly inside a `<div>` beside block
// children becomes a paragraph of its own.
import type { ChildNode, Element, ParentNode } from 'domhandler';

import { resolveElementStyle, type TextStyle } from './element-style.ts';
import { listMarker, TEXT_BULLET } from './list-marker.ts';
import { lineText, normalizeSpaces, setPage, type BlockDraft, type TextRun } from './paragraph-draft.ts';
import { readTable, type TableContext } from './read-table.ts';
import type { Stylesheet } from './stylesheet.ts';

export interface WalkOptions {
  sheet: Stylesheet;
  page: number;
  /** False inside table cells, where a page break cannot be placed on a row. */
  followPageBreaks: boolean;
  /** True inside table cells: a list item's first line starts with its marker (`• `, `2. `). */
  listMarkers: boolean;
}

/** Elements whose content is never printed text of the page. */
const IGNORED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'img', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'audio', 'video', 'picture',
  'input', 'select', 'option', 'button', 'textarea', 'datalist', 'map', 'area',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export class BlockWalker {
  readonly drafts: BlockDraft[] = [];
  private lines: TextRun[][] = [[]];
  private page: number;
  private pageHasContent = false;
  private breakPending = false;
  /** A list item's marker, printed before the item's first text. */
  private pendingMarker: string | null = null;

  constructor(private readonly options: WalkOptions) {
    this.page = options.page;
  }

  walkChildren(parent: ParentNode, style: TextStyle): void {
    for (const child of parent.children) this.walkNode(child, style);
  }

  /** Ends the paragraph in progress and returns the blocks. Call it once the walk is done. */
  finish(): BlockDraft[] {
    this.endParagraph(false);
    return this.drafts;
  }

  private walkNode(node: ChildNode, style: TextStyle): void {
    if (node.type === 'text') {
      this.addText(node.data, style);
      return;
    }
    // Comments, CDATA and processing instructions print nothing.
    if (!isElement(node)) return;

    const tag = node.name.toLowerCase();
    if (IGNORED_TAGS.has(tag) || isRunningHeaderOrFooter(node)) return;
    const elementStyle = resolveElementStyle(node, style, this.options.sheet);
    if (elementStyle.hidden) return;

    if (elementStyle.pageBreakBefore) this.breakPage();
    if (tag === 'br') {
      this.lines.push([]);
    } else if (tag === 'table') {
      this.endParagraph(false);
      for (const block of readTable(node, elementStyle.text, this.tableContext())) this.place(block);
    } else if (elementStyle.display === 'block' || (BLOCK_TAGS.has(tag) && elementStyle.display !== 'inline')) {
      this.endParagraph(false);
      if (tag === 'li' && this.options.listMarkers) this.walkListItem(node, elementStyle.text);
      else this.walkChildren(node, elementStyle.text);
      this.endParagraph(HEADING_TAGS.has(tag));
    } else {
      this.walkChildren(node, elementStyle.text);
    }
    if (elementStyle.pageBreakAfter) this.breakPage();
  }

  private walkListItem(item: Element, style: TextStyle): void {
    this.pendingMarker = listMarker(item, this.options.sheet);
    this.walkChildren(item, style);
    this.pendingMarker = null;
  }

  private tableContext(): TableContext {
    return {
      styleOf: (element, parent) => {
        const style = resolveElementStyle(element, parent, this.options.sheet);
        return style.hidden ? null : style.text;
      },
      walkContent: (element, style) => {
        const walker = new BlockWalker({ ...this.options, page: this.page, followPageBreaks: false, listMarkers: true });
        walker.walkChildren(element, style);
        return walker.finish();
      },
    };
  }

  private addText(text: string, style: TextStyle): void {
    const run = (part: string): TextRun => ({ text: part, bold: style.bold, size: style.size });
    if (this.pendingMarker !== null && normalizeSpaces(text) !== '') {
      // An item that prints its own bullet (`· Added 0979T.`) keeps only that one.
      if (!TEXT_BULLET.test(normalizeSpaces(text))) this.lines.at(-1)?.push(run(`${this.pendingMarker} `));
      this.pendingMarker = null;
    }
    if (!style.preformatted) {
      this.lines.at(-1)?.push(run(text));
      return;
    }

    const parts = text.split(/\r?\n/);
    parts.forEach((part, index) => {
      if (index > 0) this.lines.push([]);
      this.lines.at(-1)?.push(run(part));
    });
  }

  private endParagraph(heading: boolean): void {
    const lines = this.lines.filter((runs) => lineText(runs) !== '');
    this.lines = [[]];
    if (lines.length === 0) return;
    this.place({ kind: 'paragraph', page: this.page, heading, lines });
  }

  /** Places a block, first turning the page if a break was met since the last block. */
  private place(block: BlockDraft): void {
    if (this.breakPending && this.pageHasContent) {
      this.page++;
      this.pageHasContent = false;
    }
    this.breakPending = false;

    setPage(block, this.page);
    this.drafts.push(block);
    this.pageHasContent = true;
  }

  private breakPage(): void {
    this.endParagraph(false);
    if (this.options.followPageBreaks) this.breakPending = true;
  }
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Page headers and footers that word processors export into the body: LibreOffice writes
 * `<div title="footer">` (with `Page 9 of 9`), Word `<div style="mso-element:footer">`. The
 * layout model carries no running headers or footers.
 */
function isRunningHeaderOrFooter(element: Element): boolean {
  const title = element.attribs['title']?.toLowerCase();
  if (element.name === 'div' && (title === 'header' || title === 'footer')) return true;
  return /mso-element\s*:\s*(header|footer)/i.test(element.attribs['style'] ?? '');
}
