// Lines that a policy prints as headings or masthead entries. A text rendition has no fonts, so
// the text ingesters tell headings from body text by their words.
import type { LayoutBlock, Paragraph } from '../../model/layout.ts';
import { SECTION_TITLES as POLICY_SECTION_TITLES } from '../../parse/sections.ts';

/** Section titles of a Cigna medical coverage policy and its masthead title, compared without case. */
const SECTION_TITLES = new Set(['Medical Coverage Policy', ...POLICY_SECTION_TITLES].map((title) => title.toLowerCase()));

export function isSectionTitle(text: string): boolean {
  return SECTION_TITLES.has(text.trim().replace(/:$/, '').toLowerCase());
}

/**
 * True for the heading of a code group or of a footnote that names a status:
 *
 *   Considered Experimental/Investigational/Unproven:
 *   Not Covered or Reimbursable:
 *   †Note: Considered Medically Necessary when used to report:
 *
 * The heading may be cut over lines, so only its start is checked.
 */
export function startsGroupHeading(text: string): boolean {
  return /^[†‡§*]*\s*(?:Note:\s*)?(?:Considered\b|Not Covered\b|Not Medically Necessary\b|Experimental\/)/.test(text.trim());
}

/** True for a whole group heading: its start, and short enough not to be a sentence of body text. */
export function isGroupHeading(text: string): boolean {
  const trimmed = text.trim();
  return startsGroupHeading(trimmed) && trimmed.length <= 200 && !/\.$/.test(trimmed);
}

/** `Effective Date4/15/2026`, `Next Review Date...7/15/2026`, `Coverage Policy Number..... 0558`. */
export function isMastheadEntry(text: string): boolean {
  return /^(?:Effective Date|Next Review Date|Coverage Policy Number)\b/i.test(text.trim());
}

/** `Coding Information .......... 7` or `Coding Information 3`: a table-of-contents entry. */
export function isContentsEntry(text: string): boolean {
  const trimmed = text.trim();
  if (/\.{3,}\s*\d+$/.test(trimmed)) return true;
  const match = /^(.*\S)\s+\d+$/.exec(trimmed);
  return match !== null && isSectionTitle(match[1]!);
}

/** `Page 8   of    36`, `Medical Coverage Policy: 0520`: printed on every page. */
export function isRunningFooter(text: string): boolean {
  const trimmed = text.trim();
  return /^Page\s+\d+\s+of\s+\d+$/i.test(trimmed) || /^Medical Coverage Policy:\s*\S+$/i.test(trimmed);
}

/**
 * True for a line that opens a list item: `•`, `▪`, `o ` or `- `, or a symbol-font bullet that
 * text extractors give as a private-use character (U+F0D8 in Cigna policy 0520).
 */
export function isBulletLine(text: string): boolean {
  return /^(?:[•▪◦‣\uf000-\uf0ff]|[-o]\s)/.test(text.trim());
}

/**
 * Makes bold the context subheadings of the Coding Information section: a short line standing
 * alone that is followed by a group heading, or by another such subheading, as in
 *
 *   Circulating Tumor Cells Testing                <- context
 *   Considered Not Medically Necessary:            <- group heading
 */
export function markContextHeadings(blocks: LayoutBlock[]): void {
  const start = blocks.findIndex((block) => block.kind === 'paragraph' && paragraphText(block) === 'Coding Information');
  if (start === -1) return;

  let end = blocks.findIndex(
    (block, index) => index > start && block.kind === 'paragraph' && block.bold && isSectionTitle(paragraphText(block)),
  );
  if (end === -1) end = blocks.length;

  // Walking backwards lets a subheading check whether the paragraph below it became a heading.
  for (let index = end - 2; index > start; index--) {
    const block = blocks[index]!;
    const next = blocks[index + 1]!;
    if (block.kind !== 'paragraph' || block.bold || next.kind !== 'paragraph') continue;
    if (!isContextCandidate(block)) continue;

    const nextText = paragraphText(next);
    if (isGroupHeading(nextText) || (next.bold && !isSectionTitle(nextText))) block.bold = true;
  }
}

/** True for one short line that is not a sentence, a list item or a numbered note. */
function isContextCandidate(paragraph: Paragraph): boolean {
  if (paragraph.lines.length !== 1) return false;
  const text = paragraph.lines[0]!.text;
  return (
    text.length <= 100 &&
    /^[A-Z]/.test(text) &&
    !/[.,;:]$/.test(text) &&
    !isBulletLine(text) &&
    !isSectionTitle(text)
  );
}

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.lines.map((line) => line.text).join(' ').trim();
}
