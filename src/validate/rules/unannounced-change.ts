// `unannounced-change`: a release whose codes or exception mapping changed against the previous
// release while its revision table adds no row, or while its newest row reads
// "No clinical policy statement changes." A reviewer must check such changes first.
import { describeUnannouncedReason } from '../../diff/announcement.ts';
import { diffReleases } from '../../diff/diff-releases.ts';
import type { Finding } from '../../model/finding.ts';
import type { PolicyRelease } from '../../model/release.ts';
import { createFinding, type Rule } from '../rule.ts';

/** Changes named in full in the message; the rest are counted. */
const MAX_NAMED_CHANGES = 5;

export const unannouncedChangeRule: Rule = {
  id: 'unannounced-change',
  severity: 'warning',
  check({ release, path, previous }) {
    return previous ? findUnannouncedChanges(previous, release, path) : [];
  },
};

export function findUnannouncedChanges(previous: PolicyRelease, next: PolicyRelease, nextPath: string): Finding[] {
  const diff = diffReleases(previous, next);
  const unannounced = diff.unannounced;
  if (!unannounced) return [];

  const newestIndex = unannounced.newestRevision
    ? next.revisions.findIndex(
        (row) => row.date === unannounced.newestRevision?.date && row.page === unannounced.newestRevision.page,
      )
    : -1;
  const location =
    newestIndex === -1
      ? { page: null, jsonPath: 'revisions' }
      : { page: next.revisions[newestIndex]!.page, jsonPath: `revisions[${newestIndex}]` };

  const named = unannounced.changes.slice(0, MAX_NAMED_CHANGES).join('; ');
  const rest = unannounced.changes.length - MAX_NAMED_CHANGES;
  const more = rest > 0 ? `; and ${rest} more` : '';
  const count = unannounced.changes.length;
  const problem =
    `${count} coverage ${count === 1 ? 'change' : 'changes'} against the release of ${diff.old.effectiveDate} ` +
    `(${named}${more}), but ${describeUnannouncedReason(unannounced)}; ` +
    'check each change against the publisher’s announcement before accepting the release.';

  return [createFinding(unannouncedChangeRule, nextPath, location, problem)];
}
