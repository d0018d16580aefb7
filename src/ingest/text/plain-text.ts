// A plain extraction: the text of each printed line, with no tabs, marks or fonts. Pages come
// from the running footers, tables are rebuilt from their lines, and lines join into paragraphs
// up to a blank line, a list item or a heading.
import type { LayoutBlock, LayoutDocument, Paragraph } from '../../model/layout.ts';
import {
  isBulletLine,
  isContentsEntry,
  isGroupHeading,
  isMastheadEntry,
  isSectionTitle,
  markContextHeadings,
  paragraphText,
  startsGroupHeading,
} from './headings.ts';
import { assignPages } from './pages.ts';
import { readCodeTable, readCodeTableHeader } from './plain-code-table.ts';
import { readExceptionHeader, readExceptionTable } from './plain-exception-table.ts';
import { readPlainLines, type PlainLine } from './plain-lines.ts';
import { isRevisionHeader, readRevisionTable } from './plain-revision-table.ts';

/** Sections whose short lines standing alone are subheadings, such as `Tumor Molecular Testing`. */
const SECTIONS_WITH_SUBHEADINGS = new Set([
  'overview',
  'coverage policy',
  'general background',
  'background',
  'health equity considerations',
  'medicare coverage determinations',
]);

interface OpenParagraph {
  paragraph: Paragraph;
  section: string;
  blankBefore: boolean;
  /** Page of the paragraph's last line. */
  lastPage: number;
}

export function ingestPlainText(text: string): LayoutDocument {
  const { lines: paged, pageCount, printedPages } = assignPages(text.split(/\r\n|\r|\n/));
  const lines = readPlainLines(paged);
  const blocks: LayoutBlock[] = [];
  let open: OpenParagraph | undefined;
  let section = '';
  let index = 0;

  const close = (blankAfter: boolean): void => {
    if (open) open.paragraph.bold ||= isStandingSubheading(open, blankAfter);
    open = undefined;
  };

  while (index < lines.length) {
    const line = lines[index]!;

    const header = readCodeTableHeader(lines, index);
    const isExceptionHeader = readExceptionHeader(lines, index) !== -1;
    if (header || isRevisionHeader(line.text) || isExceptionHeader) {
      close(true);
      const { table, next } = header
        ? readCodeTable(lines, index, header)
        : isExceptionHeader
          ? readExceptionTable(lines, index)
          : readRevisionTable(lines, index);
      blocks.push(table);
      index = next;
      continue;
    }

    if (!open || startsParagraph(line, open, section)) {
      close(line.blankBefore);
      if (isSectionTitle(line.text)) section = line.text.replace(/:$/, '').toLowerCase();
      const paragraph: Paragraph = { kind: 'paragraph', page: line.page, bold: false, size: 0, lines: [] };
      paragraph.bold = isSectionTitle(line.text) || isTitle(blocks);
      open = { paragraph, section, blankBefore: line.blankBefore, lastPage: line.page };
      blocks.push(paragraph);
    }
    open.paragraph.lines.push({ text: line.text, x: 0 });
    open.lastPage = line.page;
    if (isGroupHeading(paragraphText(open.paragraph))) open.paragraph.bold = true;
    index++;
  }
  close(true);

  markContextHeadings(blocks);
  return { format: 'txt', pageCount, blocks, printedPages };
}

function startsParagraph(line: PlainLine, open: OpenParagraph, section: string): boolean {
  const previous = open.paragraph.lines.at(-1)!.text;
  if (line.blankBefore || line.page !== open.lastPage) return true;
  if (isBulletLine(line.text) || /^\d+\.\s/.test(line.text)) return true;
  if (standsAlone(line.text) || startsGroupHeading(line.text) || standsAlone(previous) || /:$/.test(previous)) return true;
  if (isRunInSubheading(open) && line.text.length > previous.length) return true;
  // Related resources are printed one to a line, with no blank line between them.
  // NOTE: a plain extraction of a PDF whose resource names wrap (`Ablative Treatments for
  // Malignant Breast` / `Tumors`) gives one resource per printed line, because plain text keeps
  // no indent or spacing that would tell a wrapped name from the next one.
  return section === 'related coverage resources';
}

/** Lines that are never part of a longer paragraph. */
function standsAlone(text: string): boolean {
  return isSectionTitle(text) || isMastheadEntry(text) || isContentsEntry(text);
}

/** True for the policy's title, the paragraph right after the `Coverage Policy Number` line. */
function isTitle(blocks: LayoutBlock[]): boolean {
  const previous = blocks.at(-1);
  return previous?.kind === 'paragraph' && /^Coverage Policy Number\b/i.test(paragraphText(previous));
}

/**
 * Returns true for a subheading in a section of body text. It is either a short line with blank
 * lines around it (`Tumor Molecular Testing`, `General Criteria:`), or a short line in title
 * case right above its first paragraph (`Somatic Mutation Genetic Testing`).
 */
function isStandingSubheading(open: OpenParagraph, blankAfter: boolean): boolean {
  if (!blankAfter) return isRunInSubheading(open);
  if (!SECTIONS_WITH_SUBHEADINGS.has(open.section) || !open.blankBefore || open.paragraph.lines.length !== 1) return false;

  const text = open.paragraph.lines[0]!.text;
  return text.length <= 100 && /^[A-Z]/.test(text) && !/[.,;]$/.test(text) && !isBulletLine(text);
}

/**
 * True for a paragraph that so far is one line in title case after a blank line, such as
 * `Testing for Minimal Residual Disease`: a subheading when a longer line of body text follows.
 */
function isRunInSubheading(open: OpenParagraph): boolean {
  if (!SECTIONS_WITH_SUBHEADINGS.has(open.section) || !open.blankBefore || open.paragraph.lines.length !== 1) return false;

  const text = open.paragraph.lines[0]!.text;
  if (text.length > 70 || !/^[A-Z]/.test(text) || /[.,;:]$/.test(text)) return false;
  return text.split(/[\s/]+/).every((word) => word.length < 4 || !/^\p{Ll}/u.test(word));
}
