// Finds coverage changes that the new release does not announce in its revision table.
import type { PolicyRelease } from '../model/release.ts';
import { describeChange } from './describe.ts';
import { newestRevision, rowOf } from './revision-changes.ts';
import type { Change, UnannouncedChanges } from './types.ts';

/**
 * A revision summary that denies policy changes, as Cigna prints it:
 * `No clinical policy statement changes.` Other wordings seen in revision tables:
 * `No policy statement changes`, `No coverage changes`, `No changes to the policy statement`.
 */
const NO_CHANGES = /\bno\s+(?:clinical\s+)?(?:policy\s+statement|coverage|policy)\s+changes?\b|\bno\s+changes?\s+to\s+(?:the\s+)?(?:clinical\s+)?(?:policy|coverage)\b/i;

export function reportsNoChanges(summary: string[]): boolean {
  return NO_CHANGES.test(summary.join(' '));
}

export function findUnannounced(changes: Change[], next: PolicyRelease): UnannouncedChanges | null {
  const coverage = changes.filter((change) => change.class === 'coverage');
  if (coverage.length === 0) return null;

  const newest = newestRevision(next);
  const newestRow = newest ? { ...rowOf(newest), page: newest.page } : null;
  const described = coverage.map(describeChange);

  if (!changes.some((change) => change.kind === 'revision-added')) {
    return { reason: 'no-revision-added', newestRevision: newestRow, changes: described };
  }
  if (newest && reportsNoChanges(newest.summary)) {
    return { reason: 'revision-reports-no-changes', newestRevision: newestRow, changes: described };
  }
  return null;
}

/** Words the reason as a sentence fragment, such as "the new release adds no revision row". */
export function describeUnannouncedReason(unannounced: UnannouncedChanges): string {
  const newest = unannounced.newestRevision;
  if (unannounced.reason === 'revision-reports-no-changes' && newest) {
    const summary = newest.summary.join(' ').replace(/\.$/, '');
    return `its newest revision row (${newest.date}, ${newest.type}) says "${summary}"`;
  }
  return 'the new release adds no revision row';
}
