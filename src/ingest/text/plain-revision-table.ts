// The Revision Details table of a plain extraction. A row prints its type and first bullet on
// one line, the bullets after it, then its date. A row cut by a page break goes on after the
// repeated header:
//
//   Type of Revision Summary of Changes Date                 <- header
//   Focused Review • Removed policy statements for …         <- row: type and first bullet
//   and NTRK fusions testing; …                              <- the bullet goes on
//   11/1/2024                                                <- date
//   (page break) Type of Revision Summary of Changes Date    <- header repeated
//   • Added policy statement for specific not covered        <- still the Focused Review row
//
// The summary cell keeps one line per bullet, bullet character included.
import type { Table, TableRow } from '../../model/layout.ts';
import { isSectionTitle } from './headings.ts';
import type { PlainLine } from './plain-lines.ts';

export function isRevisionHeader(text: string): boolean {
  return /^Type of Revision\s+Summary of Changes\s+Date$/i.test(text);
}

const DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
const TRAILING_DATE = /^(.*\S)\s+(\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/** `Annual Review`, `Focused Review`, `New Policy`: a revision type alone on its line. */
function isRevisionType(text: string): boolean {
  return /^[A-Z][\w-]*(?: [\w-]+){0,3}$/.test(text) && /(?:Review|Revision|Policy|Update|Change)$/i.test(text);
}

/** Reads the rows after the header at `index`; returns the table and the next index. */
export function readRevisionTable(lines: PlainLine[], index: number): { table: Table; next: number } {
  const page = lines[index]!.page;
  const rows: TableRow[] = [revisionHeader(page)];
  let current: TableRow | undefined;
  let cursor = index + 1;

  for (; cursor < lines.length; cursor++) {
    const line = lines[cursor]!;
    if (isRevisionHeader(line.text)) {
      rows.push(revisionHeader(line.page));
      continue;
    }
    if (isSectionTitle(line.text) || isClosingNotice(line.text)) break;
    if (line.blankBefore && !continuesRows(line, lines[cursor - 1]!)) break;

    let text = line.text;
    let date: string | undefined;
    const trailing = TRAILING_DATE.exec(text);
    if (DATE.test(text)) {
      date = text;
      text = '';
    } else if (trailing) {
      text = trailing[1]!;
      date = trailing[2]!;
    }

    const bullet = text.indexOf('•');
    if (startsRow(text, bullet, current)) {
      current = { page: line.page, header: false, cells: [{ lines: [] }, { lines: [] }, { lines: [] }] };
      rows.push(current);
      const typeText = bullet === -1 ? text : text.slice(0, bullet).trim();
      if (typeText !== '') current.cells[0]!.lines.push(typeText);
      text = bullet === -1 ? '' : text.slice(bullet);
    } else if (!current) {
      current = { page: line.page, header: false, cells: [{ lines: [] }, { lines: [] }, { lines: [] }] };
      rows.push(current);
    }

    if (text !== '') addSummaryText(current.cells[1]!.lines, text);
    if (date !== undefined) current.cells[2]!.lines.push(date);
  }

  return { table: { kind: 'table', page, rows }, next: cursor };
}

/**
 * Returns true when the line opens a row. Either text comes before its first bullet
 * (`Annual Review • Revised …`), or it is a revision type alone and the row above is complete.
 */
function startsRow(text: string, bullet: number, current: TableRow | undefined): boolean {
  if (bullet > 0 && text.slice(0, bullet).trim() !== '') return true;
  if (bullet !== -1 || text === '') return false;
  return isRevisionType(text) && (current === undefined || current.cells[2]!.lines.length > 0);
}

/** Tells the publisher's notice after the revision table: `“Cigna Companies” refers to …`. */
function isClosingNotice(text: string): boolean {
  return /^["“]?Cigna Companies["”]? refers to\b/.test(text);
}

/** After a blank line the table goes on only across a page break. */
function continuesRows(line: PlainLine, previous: PlainLine): boolean {
  if (line.page === previous.page) return false;
  return line.text.includes('•') || DATE.test(line.text) || isRevisionType(line.text);
}

/** Starts a line for a new bullet, or joins a wrapped line to the bullet it continues. */
function addSummaryText(summary: string[], text: string): void {
  const last = summary.length - 1;
  if (text.startsWith('•') || last < 0) {
    summary.push(text);
    return;
  }
  summary[last] = joinWrapped(summary[last]!, text);
}

/** `tissue-` + `based` gives `tissue-based`: a line ending in a hyphen joins without a space. */
export function joinWrapped(line: string, next: string): string {
  if (/\p{L}-$/u.test(line)) return line + next;
  return `${line} ${next}`;
}

function revisionHeader(page: number): TableRow {
  return {
    page,
    header: true,
    cells: [{ lines: ['Type of Revision'] }, { lines: ['Summary of Changes'] }, { lines: ['Date'] }],
  };
}
