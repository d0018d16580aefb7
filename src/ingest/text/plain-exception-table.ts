// The exception table of a plain extraction: other policies that cover specific codes. A row
// ends with its code list; a policy name that wraps puts its first part on lines of its own:
//
//   Coverage Policy Category III CPT Code(s)                       <- header
//   Ambulatory External and Implantable                            <- name, first part
//   Electrocardiographic Monitoring                                <- name goes on
//   0650T                                                          <- codes end the row
//   Behavioral Health Coaching and Peer Support Services 0591T, 0592T
import type { Table, TableRow } from '../../model/layout.ts';
import { isSectionTitle, startsGroupHeading } from './headings.ts';
import type { PlainLine } from './plain-lines.ts';

const CODE = String.raw`\d{4}[0-9FMTU]|[A-V]\d{4}`;
const CODE_ITEM = String.raw`(?:${CODE})(?:\s*[-\u2013]\s*(?:${CODE}))?`;
/** A line's trailing code list, `0537T, 0538T` or `0537T-0540T`, and the text before it. */
const TRAILING_CODES = new RegExp(String.raw`^(.*?)\s*((?:${CODE_ITEM})(?:\s*,\s*(?:${CODE_ITEM}))*)$`);

const HEADER_FIRST = /^Coverage Polic(?:y|ies)$/i;
const HEADER_SECOND = /^Category III CPT Codes?(?:\(s\))?$/i;
const HEADER_ONE_LINE = /^Coverage Polic(?:y|ies)\s+Category III CPT Codes?(?:\(s\))?$/i;

/** Returns the index after the header that starts at `index`, or -1 when none does. */
export function readExceptionHeader(lines: PlainLine[], index: number): number {
  const line = lines[index];
  if (!line) return -1;
  if (HEADER_ONE_LINE.test(line.text)) return index + 1;
  const next = lines[index + 1];
  if (HEADER_FIRST.test(line.text) && next && HEADER_SECOND.test(next.text)) return index + 2;
  return -1;
}

/** Reads the rows after the header at `index`; returns the table and the next index. */
export function readExceptionTable(lines: PlainLine[], index: number): { table: Table; next: number } {
  const page = lines[index]!.page;
  const rows: TableRow[] = [headerRow(page)];
  let name: { page: number; lines: string[] } | undefined;
  let cursor = readExceptionHeader(lines, index);

  while (cursor < lines.length) {
    const line = lines[cursor]!;
    const repeated = readExceptionHeader(lines, cursor);
    if (repeated !== -1) {
      rows.push(headerRow(line.page));
      cursor = repeated;
      continue;
    }
    if (isSectionTitle(line.text) || startsGroupHeading(line.text)) break;
    if (line.blankBefore && line.page === lines[cursor - 1]!.page) break;

    const match = TRAILING_CODES.exec(line.text);
    if (match) {
      const nameLines = [...(name?.lines ?? []), ...(match[1] ? [match[1]] : [])];
      rows.push({ page: name?.page ?? line.page, header: false, cells: [{ lines: nameLines }, { lines: [match[2]!] }] });
      name = undefined;
    } else {
      name ??= { page: line.page, lines: [] };
      name.lines.push(line.text);
    }
    cursor++;
  }

  // A name with no codes after it was the first line of the text that follows the table.
  if (name) cursor -= name.lines.length;
  return { table: { kind: 'table', page, rows }, next: cursor };
}

function headerRow(page: number): TableRow {
  return { page, header: true, cells: [{ lines: ['Coverage Policy'] }, { lines: ['Category III CPT Code(s)'] }] };
}
