// Splits the layout into the publisher's sections by their headings. A heading is a paragraph
// whose whole text is a section title; table-of-contents entries (`Overview ........ 2`) and a
// table header cell that reads `Coverage Policy` are not paragraphs of that text.
import type { LayoutBlock } from '../model/layout.ts';
import { paragraphText, stripTrailingColon } from './text.ts';

export const SECTION_TITLES = [
  'Table of Contents',
  'Related Coverage Resources',
  'Instructions for Use',
  'Overview',
  'Coverage Policy',
  'Coding Information',
  'General Background',
  'Background',
  'Health Equity Considerations',
  'Medicare Coverage Determinations',
  'Appendix',
  'Definitions',
  'References',
  'Revision Details',
] as const;

export interface Section {
  /** Title as listed in SECTION_TITLES, or `front` for the blocks before the first heading. */
  title: string;
  blocks: LayoutBlock[];
}

export function splitSections(blocks: LayoutBlock[]): Section[] {
  const sections: Section[] = [{ title: 'front', blocks: [] }];
  for (const block of blocks) {
    const title = block.kind === 'paragraph' ? sectionTitleOf(paragraphText(block)) : undefined;
    if (title) sections.push({ title, blocks: [] });
    else sections.at(-1)!.blocks.push(block);
  }
  return sections;
}

export function findSection(sections: Section[], title: string): Section | undefined {
  return sections.find((section) => section.title === title);
}

function sectionTitleOf(text: string): string | undefined {
  const normalized = stripTrailingColon(text).toLowerCase();
  return SECTION_TITLES.find((title) => title.toLowerCase() === normalized);
}
