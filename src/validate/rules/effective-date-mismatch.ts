// `effective-date-mismatch`: an effective date other than the newest revision date. Policy 0558
// of 2026-04-15 has no revision row newer than 2025-10-15.
import type { Revision } from '../../model/release.ts';
import { isIsoDate } from '../iso-date.ts';
import { createFinding, type Rule } from '../rule.ts';

export const effectiveDateMismatchRule: Rule = {
  id: 'effective-date-mismatch',
  severity: 'warning',
  check({ release, path }) {
    const { effectiveDate } = release.policy;
    const newest = findNewestRevision(release.revisions);
    if (!newest || effectiveDate === '' || newest.revision.date === effectiveDate) return [];

    const relation =
      effectiveDate > newest.revision.date
        ? `is newer than every revision row (the newest, revisions[${newest.index}], is dated ${newest.revision.date})`
        : `is older than revision row revisions[${newest.index}] dated ${newest.revision.date}`;
    const problem = `effective date ${effectiveDate} ${relation}; expected a revision row dated ${effectiveDate}.`;
    // The page is the newest revision row's, where a reviewer can see the contradiction.
    return [createFinding(effectiveDateMismatchRule, path, { page: newest.revision.page, jsonPath: 'policy.effectiveDate' }, problem)];
  },
};

function findNewestRevision(revisions: Revision[]): { revision: Revision; index: number } | null {
  let newest: { revision: Revision; index: number } | null = null;
  revisions.forEach((revision, index) => {
    if (!isIsoDate(revision.date)) return;
    if (newest === null || revision.date > newest.revision.date) newest = { revision, index };
  });
  return newest;
}
