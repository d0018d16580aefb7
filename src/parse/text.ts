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

// `4/15/2026`, `04/15/2025`: US month/day/year as the publisher prints dates.
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Reads a printed US date as an ISO date, or returns null when it is not one. */
export function parseUsDate(text: string): string | null {
  const match = US_DATE.exec(text.trim());
  if (!match) return null;
  const [, month, day, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return iso;
}

/** Drops a trailing colon from a heading: `Considered Experimental/Investigational/Unproven:`. */
export function stripTrailingColon(text: string): string {
  return text.replace(/\s*:\s*$/, '');
}
