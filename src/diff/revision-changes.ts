// Changes of the revision table. A new release normally adds rows newer than any it had. A row
// that changed, vanished or was added with an older date rewrites the history that the previous
// release printed, so a reviewer should check it.
import type { PolicyRelease, Revision } from '../model/release.ts';
import { foldWhitespace } from './text.ts';
import type { Change, RevisionRow } from './types.ts';

export function diffRevisions(old: PolicyRelease, next: PolicyRelease): Change[] {
  const unmatchedOld = [...old.revisions];
  const unmatchedNew: Revision[] = [];

  // Rows printed identically in both releases; duplicates match one for one.
  for (const row of next.revisions) {
    const match = unmatchedOld.findIndex((candidate) => sameRevision(candidate, row));
    if (match === -1) unmatchedNew.push(row);
    else unmatchedOld.splice(match, 1);
  }

  const newestOldDate = old.revisions.reduce((newest, row) => (row.date > newest ? row.date : newest), '');
  const changes: Change[] = [];
  const leftNew: Revision[] = [];

  for (const row of unmatchedNew) {
    if (row.date > newestOldDate) {
      changes.push({ kind: 'revision-added', class: 'editorial', revision: rowOf(row), pages: { old: null, new: row.page } });
    } else {
      leftNew.push(row);
    }
  }

  // A changed row keeps its date, or keeps its type and summary under a corrected date.
  const pairings = [
    (a: Revision, b: Revision) => a.date === b.date,
    (a: Revision, b: Revision) => a.type === b.type && summaryOf(a) === summaryOf(b),
  ];
  for (const isPair of pairings) {
    for (const row of [...leftNew]) {
      const match = unmatchedOld.findIndex((candidate) => isPair(candidate, row));
      if (match === -1) continue;

      const [previous] = unmatchedOld.splice(match, 1);
      leftNew.splice(leftNew.indexOf(row), 1);
      changes.push({
        kind: 'revision-changed',
        class: 'editorial',
        before: rowOf(previous!),
        after: rowOf(row),
        pages: { old: previous!.page, new: row.page },
      });
    }
  }

  for (const row of unmatchedOld) {
    changes.push({ kind: 'revision-removed', class: 'editorial', revision: rowOf(row), pages: { old: row.page, new: null } });
  }
  for (const row of leftNew) {
    changes.push({ kind: 'revision-backdated', class: 'editorial', revision: rowOf(row), pages: { old: null, new: row.page } });
  }
  return changes;
}

/** Finds the newest row by date, and of rows with one date the first printed. */
export function newestRevision(release: PolicyRelease): Revision | null {
  let newest: Revision | null = null;
  for (const row of release.revisions) {
    if (!newest || row.date > newest.date) newest = row;
  }
  return newest;
}

export function rowOf(row: Revision): RevisionRow {
  return { type: row.type, summary: [...row.summary], date: row.date };
}

function sameRevision(a: Revision, b: Revision): boolean {
  return a.date === b.date && foldWhitespace(a.type) === foldWhitespace(b.type) && summaryOf(a) === summaryOf(b);
}

function summaryOf(row: Revision): string {
  return row.summary.map(foldWhitespace).join('\n');
}
