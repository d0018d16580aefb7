// Reads one `<table>` either as a data table (a `Table` block of rows and cells) or, when it
// only lays content out side by side, as the paragraphs of its cells.
//
// A table is a data table when it has a header row: a `<thead>` row, a row of `<th>` cells, or
// a first row of at least two cells that are all bold. A table marked `role="presentation"` and
// a table without a header row are layout tables, as word processors use them to set the table
// of contents beside the related coverage resources.
import type { Element } from 'domhandler';

import type { TableRow } from '../../model/layout.ts';
import type { TextStyle } from './element-style.ts';
import { readLayoutTable, type CellDraft, type RowDraft } from './layout-table.ts';
import { expandLayoutTables, isBoldDraft, lineText, normalizeSpaces, type BlockDraft } from './paragraph-draft.ts';

export interface TableContext {
  /** The style of an element inside the table, or null when the element is hidden. */
  styleOf(element: Element, parent: TextStyle): TextStyle | null;
  /** Walks the content of a cell or caption into blocks, as the enclosing document is walked. */
  walkContent(element: Element, style: TextStyle): BlockDraft[];
}

const EMPTY_CELL: CellDraft = { blocks: [], lines: [], bold: false, isHeaderCell: false };

/** Upper bound for `colspan`, as the HTML table model clamps it. */
const MAX_COLSPAN = 1000;

export function readTable(table: Element, style: TextStyle, context: TableContext): BlockDraft[] {
  const before = childElements(table)
    .filter((child) => child.name === 'caption')
    .flatMap((caption) => walkVisible(caption, style, context));

  const rows = readRows(table, style, context).filter((row) => row.cells.some((cell) => cell.lines.length > 0));
  if (rows.length === 0) return before;

  const header = findHeaderRows(rows);
  const role = table.attribs['role']?.toLowerCase();
  // NOTE: a code table printed without any header row is taken for a layout table too, so its
  // rows reach the parser as paragraphs and not as table rows.
  if (role === 'presentation' || role === 'none' || !header.includes(true)) {
    const rowLines = rows.map((row) => rowLine(row.cells.map((cell) => cell.lines)));
    return [...before, { kind: 'layout-table', page: 0, blocks: readLayoutTable(rows), rowLines }];
  }

  return [...before, ...splitAtBanners(rows, header)];
}

/**
 * Cuts a data table at its banner rows, which become paragraphs between the parts, as a group
 * heading printed above its own table would:
 *
 *   | CPT Codes | Description |            CPT Codes | Description
 *   | Considered Medically Necessary: |  ->  Considered Medically Necessary:   (paragraph)
 *   | 0449T     | Insertion …  |            CPT Codes | Description          (header again)
 *                                           0449T     | Insertion …
 *
 * A part that starts without a header row gets a copy of the last header above it, because
 * the parser reads a code table's code system from its header.
 */
function splitAtBanners(rows: RowDraft[], header: boolean[]): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  let lastHeader: TableRow | undefined;
  let part: TableRow[] = [];
  const endPart = (): void => {
    if (part.some((row) => !row.header)) {
      if (!part[0]?.header && lastHeader) part.unshift({ ...lastHeader });
      blocks.push({ kind: 'table', page: 0, rows: part });
    }
    part = [];
  };

  rows.forEach((row, index) => {
    if (row.banner) {
      endPart();
      blocks.push(...expandLayoutTables(row.cells.flatMap((cell) => cell.blocks)));
      return;
    }
    const tableRow: TableRow = { page: 0, header: header[index] ?? false, cells: row.cells.map((cell) => ({ lines: cell.lines })) };
    if (tableRow.header) lastHeader = tableRow;
    part.push(tableRow);
  });
  endPart();
  return blocks;
}

interface RowElement {
  element: Element;
  style: TextStyle;
  inHead: boolean;
}

/**
 * Reads the visible rows of this table (not of tables nested in its cells), header rows first and
 * footer rows last as printed. A cell spanning several rows leaves an empty cell in its column
 * on the rows below, and a cell spanning several columns is followed by empty cells, so every
 * row keeps one cell per column.
 */
function readRows(table: Element, style: TextStyle, context: TableContext): RowDraft[] {
  const rowElements = [...sectionRows(table, 'thead', style, context), ...sectionRows(table, 'tbody', style, context)];
  rowElements.push(...sectionRows(table, 'tfoot', style, context));

  const rowsLeft: number[] = [];
  return rowElements.map((row, rowIndex) => {
    const covered = rowsLeft.map((left) => left > 0);
    const cells: CellDraft[] = [];
    const skipCovered = (): void => {
      while (covered[cells.length]) cells.push(EMPTY_CELL);
    };
    let spanningCells = 0;

    for (const cell of childElements(row.element).filter(isCellElement)) {
      const cellStyle = context.styleOf(cell, row.style);
      if (cellStyle === null) continue;

      skipCovered();
      const column = cells.length;
      const colspan = clamp(cell.attribs['colspan'], 1, MAX_COLSPAN);
      if (colspan > 1) spanningCells++;
      const rowspan = clamp(cell.attribs['rowspan'], 1, rowElements.length - rowIndex);
      cells.push(readCell(cell, cellStyle, context));
      for (let extra = 1; extra < colspan; extra++) cells.push(EMPTY_CELL);
      for (let spanned = column; spanned < column + colspan; spanned++) rowsLeft[spanned] = rowspan;
    }
    skipCovered();

    for (let column = 0; column < rowsLeft.length; column++) {
      rowsLeft[column] = Math.max((rowsLeft[column] ?? 0) - 1, 0);
    }
    const printed = cells.filter((cell) => cell.lines.length > 0).length;
    return { cells, inHead: row.inHead, banner: printed === 1 && spanningCells === 1 && cells.length > 1 };
  });
}

/** Collects the rows of one section kind. Rows placed directly in the table count as body rows. */
function sectionRows(table: Element, section: 'thead' | 'tbody' | 'tfoot', style: TextStyle, context: TableContext): RowElement[] {
  const rows: RowElement[] = [];
  const addRows = (parent: Element, parentStyle: TextStyle): void => {
    for (const row of childElements(parent).filter((child) => child.name === 'tr')) {
      const rowStyle = context.styleOf(row, parentStyle);
      if (rowStyle !== null) rows.push({ element: row, style: rowStyle, inHead: section === 'thead' });
    }
  };

  if (section === 'tbody') addRows(table, style);
  for (const child of childElements(table).filter((element) => element.name === section)) {
    const sectionStyle = context.styleOf(child, style);
    if (sectionStyle !== null) addRows(child, sectionStyle);
  }
  return rows;
}

function isCellElement(element: Element): boolean {
  return element.name === 'td' || element.name === 'th';
}

function walkVisible(element: Element, style: TextStyle, context: TableContext): BlockDraft[] {
  const elementStyle = context.styleOf(element, style);
  return elementStyle === null ? [] : context.walkContent(element, elementStyle);
}

/**
 * Reads a cell's lines: one per `<br>` line and per paragraph, list item or division inside it. A
 * table nested in the cell is flattened to one line per nested row, its cells joined by a space
 * (`0537T Brexucabtagene autoleucel`), because the layout model has no nested tables.
 */
function readCell(cell: Element, style: TextStyle, context: TableContext): CellDraft {
  const blocks = context.walkContent(cell, style);
  const lines = blocks.flatMap((block): string[] => {
    if (block.kind === 'paragraph') return block.lines.map(lineText);
    if (block.kind === 'layout-table') return block.rowLines;
    return block.rows.map((row) => rowLine(row.cells.map((nested) => nested.lines))).filter((line) => line !== '');
  });
  const bold = blocks.length > 0 && blocks.every((block) => block.kind === 'paragraph' && isBoldDraft(block));
  return { blocks, lines, bold, isHeaderCell: cell.name === 'th' };
}

/**
 * Marks header rows: `<thead>` rows, rows of `<th>` cells, a bold first row of two or more
 * cells, and any later row that repeats a header's text (a header printed again further down).
 * A banner row is never a header, and the bold-row rule looks at the first row after the banners.
 */
function findHeaderRows(rows: RowDraft[]): boolean[] {
  const first = rows.findIndex((row) => !row.banner);
  const header = rows.map(
    (row, index) =>
      !row.banner && (row.inHead || isThRow(row) || (index === first && rows.length > first + 1 && isBoldRow(row))),
  );

  const headerTexts = new Set(rows.filter((_, index) => header[index]).map(rowText));
  return rows.map((row, index) => header[index] === true || (!row.banner && headerTexts.has(rowText(row))));
}

function isThRow(row: RowDraft): boolean {
  const printed = row.cells.filter((cell) => cell.lines.length > 0);
  return printed.length > 0 && printed.every((cell) => cell.isHeaderCell);
}

function isBoldRow(row: RowDraft): boolean {
  const printed = row.cells.filter((cell) => cell.lines.length > 0);
  return printed.length >= 2 && printed.every((cell) => cell.bold);
}

/** Flattens a row to one line: `0537T Brexucabtagene autoleucel`. */
function rowLine(cells: string[][]): string {
  return normalizeSpaces(cells.flat().join(' '));
}

function rowText(row: RowDraft): string {
  return row.cells.map((cell) => cell.lines.join(' ')).join('\t');
}

function childElements(parent: Element): Element[] {
  return parent.children.filter((child): child is Element => child.type === 'tag');
}

function clamp(attribute: string | undefined, min: number, max: number): number {
  const value = Number.parseInt(attribute ?? '', 10);
  if (!Number.isFinite(value) || value < min) return min;
  return Math.min(value, max);
}
