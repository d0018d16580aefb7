// Code tables of a plain extraction, rebuilt from lines. The header is cut over lines, a row
// starts with a code at the start of a line, and its description runs on until the next code:
//
//   CPT®* Codes                                                   <- header (after the raised
//   Description                                                      symbols are joined)
//   81120 IDH1 (isocitrate dehydrogenase 1 [NADP+], soluble) …   <- row
//   variants (eg, R132H, R132C)                                  <- same row
//   (page break, header repeated)
//   81121 IDH2 …
//
// A row cut by a page break goes on after the repeated header and stays one row, on the page
// where it starts.
import type { Table, TableRow } from '../../model/layout.ts';
import type { CodeSystem } from '../../model/release.ts';
import { isSectionTitle, startsGroupHeading } from './headings.ts';
import type { PlainLine } from './plain-lines.ts';

export interface CodeTableHeader {
  system: CodeSystem;
  /** Lines of the header's code cell: `CPT®* Codes`, or `ICD-10-CM` / `Diagnosis` / `Codes`. */
  codeLines: string[];
  /** Index of the first line after the header. */
  end: number;
}

const HEADER_START = /^(CPT|HCPCS|ICD-10-CM|ICD-10-PCS)(?![\w-])/i;
const HEADER_WORD = /^(?:Diagnosis|Procedure|Codes?)$/i;

/**
 * Reads the header that starts at `index`, or returns null: a code system's name, then at most
 * three lines of `Diagnosis`, `Procedure` or `Codes`, ending with `Description`.
 */
export function readCodeTableHeader(lines: PlainLine[], index: number): CodeTableHeader | null {
  const first = lines[index];
  const start = first ? HEADER_START.exec(first.text) : null;
  if (!first || !start) return null;

  const codeLines: string[] = [];
  for (let cursor = index; cursor < lines.length && cursor <= index + 4; cursor++) {
    const line = lines[cursor]!;
    if (cursor > index && line.blankBefore) return null;

    const described = /^(.*?)\s*\bDescription$/.exec(line.text);
    if (described) {
      if (described[1] !== '') codeLines.push(described[1]!);
      return { system: systemOf(start[1]!), codeLines, end: cursor + 1 };
    }
    const rest = cursor === index ? line.text.slice(start[0].length).replace(/^[®™*\s]+/, '') : line.text;
    if (rest !== '' && !rest.split(/\s+/).every((word) => HEADER_WORD.test(word))) return null;
    codeLines.push(line.text);
  }
  return null;
}

/** Reads the rows after a header until the table ends; returns the table and the next index. */
export function readCodeTable(
  lines: PlainLine[],
  index: number,
  header: CodeTableHeader,
): { table: Table; next: number } {
  const page = lines[index]!.page;
  const rows: TableRow[] = [headerRow(header, page)];
  let current: TableRow | undefined;
  let cursor = header.end;

  while (cursor < lines.length) {
    const line = lines[cursor]!;
    const repeated = readCodeTableHeader(lines, cursor);
    if (repeated && repeated.system === header.system) {
      rows.push(headerRow(repeated, line.page));
      cursor = repeated.end;
      continue;
    }
    if (endsTable(line, lines[cursor - 1]!, header.system)) break;

    const start = matchRowStart(line.text, header.system);
    if (start) {
      current = { page: line.page, header: false, cells: [{ lines: [start.code] }, { lines: [] }] };
      if (start.rest !== '') current.cells[1]!.lines.push(start.rest);
      rows.push(current);
    } else if (current) {
      current.cells[1]!.lines.push(line.text);
    } else {
      // A row without a code, such as `All other diagnosis codes`: its code cell is empty.
      current = { page: line.page, header: false, cells: [{ lines: [] }, { lines: [line.text] }] };
      rows.push(current);
    }
    cursor++;
  }

  return { table: { kind: 'table', page, rows }, next: cursor };
}

/**
 * Returns true when the line ends the table. A heading ends it, and so does a blank line unless
 * a page break comes with it and the next page goes on with a code. The caller reads a repeated
 * header before this check.
 */
function endsTable(line: PlainLine, previous: PlainLine, system: CodeSystem): boolean {
  if (isSectionTitle(line.text) || startsGroupHeading(line.text) || isNoteLine(line.text)) return true;
  if (!line.blankBefore) return false;
  return line.page === previous.page || matchRowStart(line.text, system) === null;
}

/** Tells the CPT notice under a table (`*Current Procedural Terminology …`) or a footnote (`†Note: …`). */
function isNoteLine(text: string): boolean {
  return /^\*Current Procedural Terminology\b/.test(text) || /^[†‡§¶]+\s*Note\b/.test(text);
}

function headerRow(header: CodeTableHeader, page: number): TableRow {
  return { page, header: true, cells: [{ lines: header.codeLines }, { lines: ['Description'] }] };
}

function systemOf(name: string): CodeSystem {
  const upper = name.toUpperCase();
  if (upper === 'HCPCS') return 'HCPCS';
  if (upper === 'ICD-10-CM') return 'ICD-10-CM';
  if (upper === 'ICD-10-PCS') return 'ICD-10-PCS';
  return 'CPT';
}

// The codes that may open a row of each table. CPT tables also list HCPCS codes and the reverse.
const CPT_OR_HCPCS = String.raw`\d{4}[0-9FMTU]|[A-V]\d{4}`;
const ROW_CODES: Record<CodeSystem, string> = {
  CPT: CPT_OR_HCPCS,
  HCPCS: CPT_OR_HCPCS,
  'ICD-10-CM': String.raw`[A-Z]\d[A-Z0-9](?:\.[A-Z0-9]{1,4})?`,
  'ICD-10-PCS': String.raw`[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}`,
};

/**
 * Matches a code, or a range such as `C50.011 - C50.A2`, at the start of a line, with its
 * footnote markers (`81401†`), followed by a space or the end of the line.
 */
export function matchRowStart(text: string, system: CodeSystem): { code: string; rest: string } | null {
  const code = ROW_CODES[system];
  const pattern = new RegExp(`^((?:${code})(?:\\s*[-\\u2013\\u2014]\\s*(?:${code}))?[†‡§¶#*]*)(?:\\s+(.*))?$`);
  const match = pattern.exec(text);
  if (!match) return null;
  return { code: match[1]!, rest: (match[2] ?? '').trim() };
}
