// Text helpers shared by the parser: joining printed lines, folding whitespace, reading dates.
import type { Paragraph } from '../model/layout.ts';

/**
 * Joins wrapped lines with single spaces. A line that ends in a hyphen joins the next without a
 * space and keeps the hyphen: `skull-` + `mounted` gives `skull-mounted`.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = foldWhitespace(raw);
    if (line === '') continue;
    if (text === '' || text.endsWith('-')) text += line;
    else text += ` ${line}`;
  }
  return text;
}

export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function paragraphText(paragraph: Paragraph): string {
  return joinLines(paragraph.lines.map((line) => line.text));
}

// `4/15/2026`, `04/15/2025`, `12/15/24`: US month/day/year as the publisher prints dates.
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
// `December 15, 2024`, `Dec. 15, 2024`: a month name, the day and the year.
const NAMED_MONTH_DATE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a printed date as an ISO date, or returns null when it is not a real date. A two-digit
 * year is read as 20YY, as revision tables of current policies print them.
 */
export function parseUsDate(text: string): string | null {
  const trimmed = text.trim();
  let parts: [string, string, string] | undefined;

  const us = US_DATE.exec(trimmed);
  const named = NAMED_MONTH_DATE.exec(trimmed);
  const iso = ISO_DATE.exec(trimmed);
  if (us) {
    const year = us[3]!.length === 2 ? `20${us[3]}` : us[3]!;
    parts = [year, us[1]!, us[2]!];
  } else if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
    if (month === -1) return null;
    parts = [named[3]!, String(month + 1), named[2]!];
  } else if (iso) {
    parts = [iso[1]!, iso[2]!, iso[3]!];
  }
  if (!parts) return null;

  return toIsoDate(...parts);
}

function toIsoDate(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return iso;
}

/** Drops a trailing colon from a heading: `Considered Experimental/Investigational/Unproven:`. */
export function stripTrailingColon(text: string): string {
  return text.replace(/\s*:\s*$/, '');
}
