// Finds tables among printed lines. A table starts at a bold line of two or more segments (the
// header row) and runs while each line's segments stay inside its columns:
//
//   CPT®*     Description                      <- header, bold; may wrap ("CPT®*" / "Codes")
//   Codes
//   0207T     Evacuation of meibomian glands,  <- a code in the first column starts a row
//             automated, using heat …          <- an empty first column continues it
//
// A header repeated at the top of a later page continues the table. The table ends at a line
// that crosses a column gap (full-width text), a bold line that is not the repeated header
// (a heading), a line that starts left of the table, or a change of font size.
import type { Table, TableRow } from '../../model/layout.ts';
import type { PlacedLine } from './columns.ts';
import { isBoldLine, lineStart, type Segment } from './lines.ts';

interface ColumnSpan {
  x: number;
  xEnd: number;
}

/** Header lines wrap with a gap of at most this many font sizes. */
const HEADER_WRAP_EMS = 1.6;

export function startsTable(lines: PlacedLine[], index: number): boolean {
  const line = lines[index];
  if (!line || line.segments.length < 2 || !isBoldLine(line)) return false;

  // The body must follow: the first line after the header that is not bold.
  const headerEnd = findHeaderEnd(lines, index, spansOf(line.segments));
  const body = lines[headerEnd];
  return body !== undefined && !isBoldLine(body) && body.column === line.column;
}

/** Reads the table that starts at `index`; returns it and the index of the first line after it. */
export function readTable(lines: PlacedLine[], index: number): { table: Table; next: number } {
  const first = lines[index]!;
  const headerEnd = findHeaderEnd(lines, index, spansOf(first.segments));
  const columns = widenSpans(spansOf(first.segments), lines.slice(index, headerEnd));
  const headerTexts = first.segments.map((segment) => segment.text);
  const tableX = Math.min(...columns.map((column) => column.x));
  const rows: TableRow[] = [headerRow(lines.slice(index, headerEnd), columns)];
  let bodySize: number | undefined;
  let previous = lines[headerEnd - 1]!;
  let current: TableRow | undefined;
  let cursor = headerEnd;

  while (cursor < lines.length) {
    const line = lines[cursor]!;
    const newPage = line.page !== previous.page;

    if (isRepeatedHeader(line, headerTexts)) {
      const repeatEnd = findHeaderEnd(lines, cursor, columns);
      rows.push(headerRow(lines.slice(cursor, repeatEnd), columns));
      current = undefined;
      previous = lines[repeatEnd - 1]!;
      cursor = repeatEnd;
      continue;
    }

    bodySize ??= line.size;
    if (endsTable(line, columns, tableX, bodySize, first.column)) break;

    const cells = assignCells(line.segments, columns);
    if (!current || newPage || startsRow(cells)) {
      current = { page: line.page, header: false, cells: columns.map(() => ({ lines: [] })) };
      rows.push(current);
    }
    cells.forEach((texts, column) => {
      if (texts.length > 0) current!.cells[column]!.lines.push(texts.join(' '));
    });
    previous = line;
    cursor++;
  }

  return { table: { kind: 'table', page: first.page, rows }, next: cursor };
}

/**
 * Tells whether a line starts a row: its first cell has text and either another cell has text
 * too or the first cell is a lone code. A first cell alone continues a wrapped first column:
 *
 *   Ambulatory External and Implantable      0650T
 *   Electrocardiographic Monitoring                   <- same row
 */
function startsRow(cells: string[][]): boolean {
  const first = cells[0]!;
  if (first.length === 0) return false;
  if (cells.slice(1).some((texts) => texts.length > 0)) return true;
  return /^[A-Z0-9]{4,5}[^\s]{0,2}$/.test(first.join(' '));
}

function findHeaderEnd(lines: PlacedLine[], index: number, columns: ColumnSpan[]): number {
  let end = index + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    const above = lines[end - 1]!;
    const wraps =
      isBoldLine(line) &&
      line.page === above.page &&
      line.y - above.y <= HEADER_WRAP_EMS * line.size &&
      !line.segments.some((segment) => crossesGap(segment, columns));
    if (!wraps) break;
    end++;
  }
  return end;
}

function headerRow(lines: PlacedLine[], columns: ColumnSpan[]): TableRow {
  const row: TableRow = { page: lines[0]!.page, header: true, cells: columns.map(() => ({ lines: [] })) };
  for (const line of lines) {
    assignCells(line.segments, columns).forEach((texts, column) => {
      if (texts.length > 0) row.cells[column]!.lines.push(texts.join(' '));
    });
  }
  return row;
}

function isRepeatedHeader(line: PlacedLine, headerTexts: string[]): boolean {
  if (!isBoldLine(line) || line.segments.length !== headerTexts.length) return false;
  return line.segments.every((segment, i) => segment.text === headerTexts[i]);
}

function endsTable(line: PlacedLine, columns: ColumnSpan[], tableX: number, bodySize: number, column: string): boolean {
  if (line.column !== column) return true;
  if (isBoldLine(line)) return true;
  if (lineStart(line) < tableX - 3) return true;
  if (Math.abs(line.size - bodySize) > 1) return true;
  return line.segments.some((segment) => crossesGap(segment, columns));
}

/** True when a segment covers the whole gap between two adjacent columns. */
function crossesGap(segment: Segment, columns: ColumnSpan[]): boolean {
  for (let i = 0; i + 1 < columns.length; i++) {
    const gapStart = columns[i]!.xEnd;
    const gapEnd = columns[i + 1]!.x;
    if (segment.x < gapStart && segment.xEnd > gapEnd) return true;
  }
  return false;
}

/** Gives each segment to the column it overlaps most, or else to the nearest column on its left. */
function assignCells(segments: Segment[], columns: ColumnSpan[]): string[][] {
  const cells: string[][] = columns.map(() => []);
  for (const segment of segments) {
    let best = -1;
    let bestOverlap = 0;
    columns.forEach((column, i) => {
      const overlap = Math.min(segment.xEnd, column.xEnd) - Math.max(segment.x, column.x);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best === -1) {
      best = 0;
      columns.forEach((column, i) => {
        if (column.x <= segment.x) best = i;
      });
    }
    cells[best]!.push(segment.text);
  }
  return cells;
}

function spansOf(segments: Segment[]): ColumnSpan[] {
  return segments.map((segment) => ({ x: segment.x, xEnd: segment.xEnd }));
}

/** Widens each column to the header's wrapped lines (`CPT®*` over `Codes`). */
function widenSpans(columns: ColumnSpan[], headerLines: PlacedLine[]): ColumnSpan[] {
  const widened = columns.map((column) => ({ ...column }));
  for (const line of headerLines.slice(1)) {
    for (const segment of line.segments) {
      const column = widened.find((span) => segment.x < span.xEnd && segment.xEnd > span.x);
      if (!column) continue;
      column.x = Math.min(column.x, segment.x);
      column.xEnd = Math.max(column.xEnd, segment.xEnd);
    }
  }
  return widened;
}
