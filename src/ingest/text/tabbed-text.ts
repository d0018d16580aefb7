// A text rendition whose tables are tab-separated rows and whose text carries Markdown-style
// links and emphasis. Each non-empty line is a paragraph. Consecutive tab-separated lines are
// the rows of one table, and the first row is its header:
//
//   Considered Experimental/Investigational/Unproven:     <- group heading
//
//   CPT®* Codes<TAB>Description                           <- header
//   0207T<TAB>Evacuation of meibomian glands, …           <- row
//
//   CPT®* Codes<TAB>Description                           <- the header repeated: same table
//   0587T<TAB>Percutaneous implantation or replacement …
import type { LayoutBlock, LayoutDocument, Paragraph, Table, TableCell, TableRow } from '../../model/layout.ts';
import { isGroupHeading, isMastheadEntry, isSectionTitle, markContextHeadings, startsGroupHeading } from './headings.ts';
import { readMarkdownLine, stripInlineMarks } from './markdown-inline.ts';
import { assignPages, type PagedLine } from './pages.ts';

export function ingestTabbedText(text: string): LayoutDocument {
  const { lines, pageCount, printedPages } = assignPages(text.split(/\r\n|\r|\n/));
  const blocks: LayoutBlock[] = [];
  let table: Table | undefined;
  let headerKey = '';
  let afterPolicyNumber = false;
  let blankBefore = false;
  // Lines that open the first cell of the next row (a wrapped exception policy name).
  let pendingFirstCell: { line: PagedLine; text: string }[] = [];
  const flushPending = (): void => {
    for (const pending of pendingFirstCell) blocks.push(toParagraph(pending.text, pending.line, false));
    pendingFirstCell = [];
  };

  for (const line of lines) {
    if (line.text.trim() === '') {
      flushPending();
      blankBefore = true;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;

    if (isDelimiterRow(line.text)) continue;
    const cellTexts = splitRow(line.text);
    if (cellTexts) {
      const startsTable = table === undefined || blocks.at(-1) !== table;
      const columns = startsTable ? undefined : table!.rows[0]!.cells.length;
      const cells = fitColumns(cellTexts.map(readCell), columns);
      const key = rowKey(cells);
      // After a blank line, the repeated header or a body row continues the table, but another
      // header starts a new one.
      const continues =
        table !== undefined && blocks.at(-1) === table && (!afterBlank || key === headerKey || !isHeaderRow(cells));
      if (!continues) {
        table = { kind: 'table', page: line.page, rows: [] };
        headerKey = key;
        blocks.push(table);
      }
      if (pendingFirstCell.length > 0 && continues && cells[0]) {
        cells[0].lines.unshift(...pendingFirstCell.map((pending) => pending.text));
        pendingFirstCell = [];
      }
      flushPending();
      table!.rows.push({ page: line.page, header: key === headerKey, cells });
      continue;
    }

    const { text, bold } = readMarkdownLine(line.text);
    if (text === '' || isHorizontalRule(line.text)) continue;

    // A line without a tab right under a body row, with no blank line between, is that row's
    // last cell wrapped onto a new line:
    //   0582T<TAB>Transurethral ablation … water vapor
    //   thermotherapy, including intraoperative imaging and needle guidance
    const lastRow = table?.rows.at(-1);
    const isHeading = isPrintedHeading(text) || startsGroupHeading(text);
    const underRow = !afterBlank && table !== undefined && blocks.at(-1) === table && lastRow !== undefined;
    const wraps = underRow && !bold && !isHeading && !startsWithMarker(text);

    // Under a header, or under a row whose last cell is a code list, such a line cannot end a
    // cell, so it opens the first cell of the next row:
    //   Coverage Policy<TAB>Category III CPT Code(s)
    //   Ambulatory External and Implantable
    //   Electrocardiographic Monitoring<TAB>0650T
    if (wraps && (lastRow!.header || endsWithCodeList(lastRow!) || pendingFirstCell.length > 0)) {
      pendingFirstCell.push({ line, text });
      continue;
    }
    flushPending();

    if (wraps && !lastRow!.header) {
      const lastCell = [...lastRow!.cells].reverse().find((cell) => cell.lines.length > 0) ?? lastRow!.cells.at(-1);
      lastCell?.lines.push(text);
      continue;
    }

    blocks.push(toParagraph(text, line, bold || isPrintedHeading(text) || afterPolicyNumber));
    afterPolicyNumber = /^Coverage Policy Number\b/i.test(text);
  }

  flushPending();
  markContextHeadings(blocks);
  return { format: 'txt', pageCount, blocks, ...(printedPages.length > 0 ? { printedPages } : {}) };
}

/**
 * Splits a table row into cell texts: tab-separated, or a Markdown pipe row `| 0207T | … |`.
 * Returns null for a line that is no row.
 */
function splitRow(text: string): string[] | null {
  if (text.includes('\t')) return text.split('\t');
  if (!/^\s*\|.*\|\s*$/.test(text)) return null;
  return text.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
}

/** `|---|:---:|`: the line under the header of a Markdown pipe table. */
function isDelimiterRow(text: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text) && text.includes('|');
}

/**
 * Reads a cell's printed lines. A `<br>` breaks a line, and a summary cell that lists several
 * bullets inline (`• Added … • Removed …`) gives one line per bullet.
 */
function readCell(source: string): TableCell {
  const lines = source
    .split(/<br\s*\/?>/i)
    .map((piece) => stripInlineMarks(piece).text)
    .filter((text) => text !== '')
    .flatMap((text) => text.split(/\s+(?=•)/));
  return { lines };
}

/** `CPT®* Codes | Description`, `ICD-10-CM Diagnosis Codes | Description`, `Type of Revision | …`. */
function isHeaderRow(cells: TableCell[]): boolean {
  const texts = cells.map((cell) => cell.lines.join(' ').trim());
  return (
    texts.at(-1) === 'Description' ||
    /^(?:CPT|HCPCS|ICD-10)/.test(texts[0] ?? '') ||
    /^Type of Revision$/i.test(texts[0] ?? '') ||
    /^Coverage Policy$/i.test(texts[0] ?? '')
  );
}

function rowKey(cells: TableCell[]): string {
  return cells.map((cell) => cell.lines.join(' ').replace(/\s+/g, ' ').toLowerCase()).join('\t');
}

/** Section titles, the masthead title and group headings are printed bold. */
function isPrintedHeading(text: string): boolean {
  if (isMastheadEntry(text)) return false;
  return isSectionTitle(text) || isGroupHeading(text);
}

/** True when the row's last cell holds only codes, as the exception table's does. */
function endsWithCodeList(row: TableRow): boolean {
  const last = row.cells.at(-1)?.lines.join(' ') ?? '';
  return /^\s*(?:\d{4}[0-9A-Z]|[A-V]\d{4})(?:\s*[,;\-\u2013]\s*(?:\d{4}[0-9A-Z]|[A-V]\d{4}))*\s*$/.test(last);
}

/**
 * Drops the empty cells that doubled tabs make (`0207T<TAB><TAB>Evacuation …`): always in a
 * header row, whose cells are never empty, and in a body row that has more cells than its
 * header. A body row with no more cells than the header keeps its empty cells, which are real.
 */
function fitColumns(cells: TableCell[], columns: number | undefined): TableCell[] {
  const filled = cells.filter((cell) => cell.lines.length > 0);
  if (columns === undefined) return isHeaderRow(filled) ? filled : cells;
  if (cells.length <= columns || filled.length > columns) return cells;
  return [...filled, ...Array.from({ length: columns - filled.length }, () => ({ lines: [] }))];
}

/** Tells a footnote or note line (`†Note: …`, `*Current Procedural Terminology …`), which is never a wrapped cell. */
function startsWithMarker(text: string): boolean {
  return /^[*†‡§¶#]/.test(text);
}

function isHorizontalRule(text: string): boolean {
  return /^\s*([-*_])(\s*\1){2,}\s*$/.test(text);
}

function toParagraph(text: string, line: PagedLine, bold: boolean): Paragraph {
  return { kind: 'paragraph', page: line.page, bold, size: 0, lines: [{ text, x: 0 }] };
}
