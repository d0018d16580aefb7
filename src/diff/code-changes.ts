// Changes of single codes: listed or no longer listed, moved between statuses, and changes of
// the descriptor, add-on flag, "do not report with" list and footnotes.
import type { PolicyRelease } from '../model/release.ts';
import { indexCodes, type IndexedCode, placementOf, unionKeys } from './index-codes.ts';
import { diffDescriptionWords, foldWhitespace, sameText, sortedUnique } from './text.ts';
import type { Change, CodePlacement, PagePair } from './types.ts';

export function diffCodes(old: PolicyRelease, next: PolicyRelease): Change[] {
  const oldIndex = indexCodes(old);
  const newIndex = indexCodes(next);
  const changes: Change[] = [];

  for (const key of unionKeys(oldIndex, newIndex)) {
    changes.push(...diffCode(oldIndex.get(key), newIndex.get(key)));
  }
  return changes;
}

function diffCode(before: IndexedCode | undefined, after: IndexedCode | undefined): Change[] {
  const listedBefore = before !== undefined && before.listings.length > 0;
  const listedAfter = after !== undefined && after.listings.length > 0;

  if (listedBefore && listedAfter) return diffListedCode(before, after);
  if (listedBefore) return [leaveList(before, after)];
  if (listedAfter) return [enterList(before, after)];

  // A code only in the exception mapping on both sides: the exception changes report it.
  return [];
}

/** Reports a listed code that is no longer listed: removed, or moved into the exception mapping. */
function leaveList(before: IndexedCode, after: IndexedCode | undefined): Change {
  const [first] = before.listings;
  const oldPage = first?.row.page ?? null;

  if (after && after.exceptions.length > 0) {
    return placementChange('code-moved', before, placementOf(before), placementOf(after), {
      old: oldPage,
      new: after.exceptions[0]?.page ?? null,
    });
  }
  return {
    kind: 'code-removed',
    class: 'coverage',
    code: before.code,
    codeSystem: before.codeSystem,
    codeKind: first?.row.kind ?? null,
    description: first?.row.description ?? '',
    placement: placementOf(before),
    pages: { old: oldPage, new: null },
  };
}

/** Reports a code listed only in the new release: added, or moved out of the exception mapping. */
function enterList(before: IndexedCode | undefined, after: IndexedCode): Change {
  const [first] = after.listings;
  const newPage = first?.row.page ?? null;

  if (before && before.exceptions.length > 0) {
    return placementChange('code-moved', after, placementOf(before), placementOf(after), {
      old: before.exceptions[0]?.page ?? null,
      new: newPage,
    });
  }
  return {
    kind: 'code-added',
    class: 'coverage',
    code: after.code,
    codeSystem: after.codeSystem,
    codeKind: first?.row.kind ?? null,
    description: first?.row.description ?? '',
    placement: placementOf(after),
    pages: { old: null, new: newPage },
  };
}

// NOTE: a code listed in several tables of one release is compared through its first listing
// on each side. The placement change still names every table.
function diffListedCode(before: IndexedCode, after: IndexedCode): Change[] {
  const oldRow = before.listings[0]!.row;
  const newRow = after.listings[0]!.row;
  const pages = { old: oldRow.page, new: newRow.page };
  const from = placementOf(before);
  const to = placementOf(after);
  const changes: Change[] = [];

  if (statusesOf(from) !== statusesOf(to)) {
    changes.push(placementChange('code-moved', after, from, to, pages));
  } else if (groupsOf(from) !== groupsOf(to)) {
    changes.push(placementChange('code-regrouped', after, from, to, pages));
  }

  const base = { code: after.code, codeSystem: after.codeSystem, pages };
  if (!sameText(oldRow.description, newRow.description)) {
    changes.push({
      ...base,
      kind: 'description-changed',
      class: 'editorial',
      before: oldRow.description,
      after: newRow.description,
      words: diffDescriptionWords(oldRow.description, newRow.description),
    });
  }
  if (oldRow.addOn !== newRow.addOn) {
    changes.push({ ...base, kind: 'add-on-changed', class: 'editorial', before: oldRow.addOn, after: newRow.addOn });
  }

  const oldNotWith = new Set(oldRow.notReportedWith);
  const newNotWith = new Set(newRow.notReportedWith);
  const notWithAdded = sortedUnique(newRow.notReportedWith.filter((code) => !oldNotWith.has(code)));
  const notWithRemoved = sortedUnique(oldRow.notReportedWith.filter((code) => !newNotWith.has(code)));
  if (notWithAdded.length > 0 || notWithRemoved.length > 0) {
    changes.push({
      ...base,
      kind: 'not-reported-with-changed',
      class: 'editorial',
      added: notWithAdded,
      removed: notWithRemoved,
    });
  }

  if (footnoteText(oldRow.footnotes) !== footnoteText(newRow.footnotes)) {
    changes.push({
      ...base,
      kind: 'footnotes-changed',
      class: 'coverage',
      before: oldRow.footnotes.map((note) => ({ ...note })),
      after: newRow.footnotes.map((note) => ({ ...note })),
    });
  }
  return changes;
}

function placementChange<K extends 'code-moved' | 'code-regrouped'>(
  kind: K,
  entry: IndexedCode,
  from: CodePlacement,
  to: CodePlacement,
  pages: PagePair,
): Change {
  const change = { code: entry.code, codeSystem: entry.codeSystem, from, to, pages };
  return kind === 'code-moved'
    ? { ...change, kind: 'code-moved', class: 'coverage' }
    : { ...change, kind: 'code-regrouped', class: 'editorial' };
}

function statusesOf(placement: CodePlacement): string {
  return sortedUnique(placement.groups.map((group) => group.status)).join('\n');
}

function groupsOf(placement: CodePlacement): string {
  const groups = placement.groups.map((group) =>
    [group.status, group.heading, ...group.context].map(foldWhitespace).join('\t'),
  );
  return sortedUnique(groups).join('\n');
}

function footnoteText(footnotes: Array<{ marker: string; text: string }>): string {
  return footnotes.map((note) => `${note.marker} ${foldWhitespace(note.text)}`).join('\n');
}
