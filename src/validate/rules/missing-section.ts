// `missing-section`: a release without revision rows. Every coverage policy ends with its
// Revision Details table, so a release without one was cut short (a truncated download, a
// partial copy) or the table was not recognized, and its code lists cannot be trusted either.
import { createFinding, type Rule } from '../rule.ts';

export const missingSectionRule: Rule = {
  id: 'missing-section',
  severity: 'error',
  check({ release, path }) {
    if (release.revisions.length > 0) return [];

    const lastPage = release.source[0]?.pages ?? null;
    const problem =
      'no Revision Details rows; expected the revision table at the end of the policy. ' +
      'The document may be truncated: check that it is complete.';
    return [createFinding(missingSectionRule, path, { page: lastPage, jsonPath: 'revisions' }, problem)];
  },
};
