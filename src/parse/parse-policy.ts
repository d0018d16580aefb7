// Layout document to normalized release: sections, then the masthead, related resources, code
// groups, exception mapping and revisions, each read from its own section.
import { InputError } from '../errors.ts';
import type { LayoutBlock, LayoutDocument } from '../model/layout.ts';
import type { PageText, ParseResult } from '../model/parse-result.ts';
import { SCHEMA_VERSION, type SourceRef } from '../model/release.ts';
import { readCodeGroups } from './code-groups.ts';
import { isCoveredElsewhereTable, readCoveredElsewhere } from './covered-elsewhere.ts';
import { readMetadata } from './metadata.ts';
import { readRelatedResources } from './related-resources.ts';
import { readRevisions } from './revisions.ts';
import { findSection, type Section, splitSections } from './sections.ts';
import { paragraphText } from './text.ts';

export function parsePolicy(layout: LayoutDocument, source: SourceRef): ParseResult {
  const sections = splitSections(layout.blocks);
  const blocksOf = (title: string): LayoutBlock[] => findSection(sections, title)?.blocks ?? [];

  const coding = blocksOf('Coding Information');
  const metadata = readMetadata(blocksOf('front'), documentText(layout.blocks));
  const codeGroups = readCodeGroups(coding);
  const revisions = readRevisions(blocksOf('Revision Details'));

  if (metadata.number === '' && metadata.effectiveDate === '' && codeGroups.length === 0 && revisions.length === 0) {
    throw new InputError(
      `${source.path}: no coverage policy found: no masthead (Effective Date, Coverage Policy Number), ` +
        'no Coding Information codes and no Revision Details table; expected a medical coverage policy.',
    );
  }

  return {
    release: {
      schemaVersion: SCHEMA_VERSION,
      source: [source],
      policy: metadata,
      relatedResources: readRelatedResources(blocksOf('Related Coverage Resources')),
      codeGroups,
      coveredElsewhere: readCoveredElsewhere(layout.blocks),
      revisions,
    },
    codingText: sectionText(coding),
    exceptionText: sectionText(exceptionSection(sections)),
    ...(layout.printedPages ? { printedPages: layout.printedPages } : {}),
  };
}

/** Collects the blocks of the sections with an exception table, or of General Background. */
function exceptionSection(sections: Section[]): LayoutBlock[] {
  const holding = sections.filter(
    (section) => section.title !== 'Coding Information' && section.blocks.some((block) => block.kind === 'table' && isCoveredElsewhereTable(block)),
  );
  if (holding.length > 0) return holding.flatMap((section) => section.blocks);
  return findSection(sections, 'General Background')?.blocks ?? [];
}

function sectionText(blocks: LayoutBlock[]): PageText[] {
  const lines: PageText[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.lines) lines.push({ page: block.page, text: line.text });
      continue;
    }
    for (const row of block.rows) {
      for (const cell of row.cells) {
        for (const text of cell.lines) lines.push({ page: row.page, text });
      }
    }
  }
  return lines;
}

function documentText(blocks: LayoutBlock[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? paragraphText(block) : ''))
    .join('\n');
}
