// The golden diff on real renditions of policy 0558: the text and HTML renditions edited as a
// next release would print them, and the PDF extraction edited at the release level.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, test } from 'vitest';

import { diffReleases } from '../../src/diff/diff-releases.ts';
import type { Change, ReleaseDiff } from '../../src/diff/types.ts';
import { extractDocument } from '../../src/extract.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { ADDED_REVISION, editRelease, NEW_CODE_DESCRIPTION } from './next-release.ts';
import { editHtmlRendition, editTextRendition } from './rendition-edits.ts';

const TEXT = fileURLToPath(new URL('../fixtures/published/cigna-0558-2026-04-15.txt', import.meta.url));
const HTML = fileURLToPath(new URL('../../sources/cigna-0558/2026-04-15.html', import.meta.url));
const PDF = fileURLToPath(new URL('../../sources/cigna-0558/2026-04-15.pdf', import.meta.url));

const REVISION_SUMMARY = ADDED_REVISION.summary.join(' ');

async function extract(text: string | Uint8Array, path: string): Promise<PolicyRelease> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return (await extractDocument(bytes, path)).release;
}

function subjectOf(change: Change): string {
  if ('code' in change) return change.code;
  if ('policy' in change) return change.policy;
  if ('field' in change) return change.field;
  if (change.kind === 'exception-policy-renamed') return `${change.before} → ${change.after}`;
  if (change.kind === 'revision-changed') return change.after.date;
  if ('revision' in change) return change.revision.date;
  return '';
}

/** Kind, class, subject and pages of each change. */
function outline(diff: ReleaseDiff): string[] {
  return diff.changes.map(
    (change) => `${change.class} ${change.kind} ${subjectOf(change)} ${change.pages.old ?? '-'}→${change.pages.new ?? '-'}`,
  );
}

/** Drops pages and source paths from the diff, because they differ between renditions. */
function withoutPages(diff: ReleaseDiff): unknown {
  const { old: _old, new: _new, ...rest } = diff;
  return {
    ...rest,
    changes: diff.changes.map(({ pages: _pages, ...change }) => change),
    unannounced: diff.unannounced && { ...diff.unannounced, newestRevision: null },
  };
}

/** Builds the expected outline with the given pages of each side. */
function expectedOutline(page: {
  removed: number;
  added: number;
  moved: [number, number];
  exceptions: number;
  described: number;
  revisions: number;
}): string[] {
  const { exceptions: exc, revisions: rev } = page;
  return [
    `coverage code-added 1026T -→${page.added}`,
    `coverage code-removed 0207T ${page.removed}→-`,
    `coverage code-moved 0650T ${page.moved[0]}→${page.moved[1]}`,
    `coverage exception-policy-removed Ambulatory External and Implantable Electrocardiographic Monitoring ${exc}→-`,
    `coverage exception-codes-changed Preventive Care Services ${exc}→${exc}`,
    `editorial description-changed 0351T ${page.described}→${page.described}`,
    `editorial exception-policy-renamed Idcabtagene vicleucel → Idecabtagene vicleucel ${exc}→${exc}`,
    `editorial revision-added 2026-10-15 -→${rev}`,
    `editorial revision-changed 2024-12-15 ${rev}→${rev}`,
    'editorial metadata-changed effectiveDate -→-',
    'editorial metadata-changed nextReviewDate -→-',
  ];
}

function ofKind<K extends Change['kind']>(diff: ReleaseDiff, kind: K): Extract<Change, { kind: K }>[] {
  return diff.changes.filter((change): change is Extract<Change, { kind: K }> => change.kind === kind);
}

function expectEditDetails(diff: ReleaseDiff): void {
  const [added] = ofKind(diff, 'code-added');
  expect(added?.description).toBe(NEW_CODE_DESCRIPTION);

  const [described] = ofKind(diff, 'description-changed');
  expect(described?.words.filter((part) => part.op !== 'equal')).toEqual([
    { op: 'removed', text: 'excised' },
    { op: 'added', text: 'resected' },
  ]);

  const [codes] = ofKind(diff, 'exception-codes-changed');
  expect(codes?.added).toEqual(['0812T']);
  expect(codes?.removed).toEqual(['0488T']);

  const [revision] = ofKind(diff, 'revision-added');
  expect(revision?.revision).toEqual(ADDED_REVISION);

  expect(diff.unannounced).toBeNull();
  expect(diff.summary.coverage).toBe(5);
  expect(diff.summary.editorial).toBe(6);
}

describe('golden diff of the text rendition', () => {
  let textDiff: ReleaseDiff;

  beforeAll(async () => {
    const text = readFileSync(TEXT, 'utf8');
    const old = await extract(text, 'sources/cigna-0558/2026-04-15.txt');
    const next = await extract(editTextRendition(text, NEW_CODE_DESCRIPTION, REVISION_SUMMARY), 'sources/cigna-0558/2026-10-15.txt');
    textDiff = diffReleases(old, next);
  });

  test('each edit once, nothing else', () => {
    // A text rendition without running footers is one page.
    expect(outline(textDiff)).toEqual(
      expectedOutline({ removed: 1, added: 1, moved: [1, 1], exceptions: 1, described: 1, revisions: 1 }),
    );
  });

  test('edit details', () => {
    expectEditDetails(textDiff);
  });

  test('HTML rendition gives the same diff', async () => {
    const html = readFileSync(HTML, 'utf8');
    const old = await extract(html, 'sources/cigna-0558/2026-04-15.html');
    const next = await extract(editHtmlRendition(html, NEW_CODE_DESCRIPTION, REVISION_SUMMARY), 'sources/cigna-0558/2026-10-15.html');
    const htmlDiff = diffReleases(old, next);

    expectEditDetails(htmlDiff);
    expect(withoutPages(htmlDiff)).toEqual(withoutPages(textDiff));
  });
});

describe('golden diff of the PDF release', () => {
  test('pages come from the PDF', async () => {
    const old = await extract(new Uint8Array(readFileSync(PDF)), 'sources/cigna-0558/2026-04-15.pdf');
    const diff = diffReleases(old, editRelease(old));

    expect(outline(diff)).toEqual(
      expectedOutline({ removed: 3, added: 7, moved: [7, 3], exceptions: 7, described: 3, revisions: 8 }),
    );
    expectEditDetails(diff);
  });
});

describe('renditions of one release', () => {
  test('PDF, HTML and text give no changes', async () => {
    const pdf = await extract(new Uint8Array(readFileSync(PDF)), 'sources/cigna-0558/2026-04-15.pdf');
    const html = await extract(readFileSync(HTML, 'utf8'), 'sources/cigna-0558/2026-04-15.html');
    const text = await extract(readFileSync(TEXT, 'utf8'), 'sources/cigna-0558/2026-04-15.txt');

    expect(diffReleases(pdf, html).changes).toEqual([]);
    expect(diffReleases(pdf, text).changes).toEqual([]);
  });
});
