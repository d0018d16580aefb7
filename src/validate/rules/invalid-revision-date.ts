// `invalid-revision-date`: a revision row whose date is missing or could not be read as a date,
// which happens when a row's cells are misread (a wrapped summary, doubled separators) and
// which would also break the date-order checks.
import type { Finding } from '../../model/finding.ts';
import { isIsoDate } from '../iso-date.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export const invalidRevisionDateRule: Rule = {
  id: 'invalid-revision-date',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];
    release.revisions.forEach((revision, index) => {
      if (isIsoDate(revision.date)) return;
      const problem =
        revision.date === ''
          ? `revision row ${quote(revision.type)} has no date; expected a date such as 4/15/2026 in its Date cell.`
          : `revision row ${quote(revision.type)} has the date ${quote(revision.date)}, which is not a date; expected a date such as 4/15/2026.`;
      findings.push(createFinding(invalidRevisionDateRule, path, { page: revision.page, jsonPath: `revisions[${index}].date` }, problem));
    });
    return findings;
  },
};
