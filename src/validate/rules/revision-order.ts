// `revision-order`: Revision Details rows that are not newest first, as the publisher prints
// them. Policy 0558 of 2026-04-15 lists 2025-04-15 above 2025-10-15.
import type { Finding } from '../../model/finding.ts';
import { isIsoDate } from '../iso-date.ts';
import { createFinding, type Rule } from '../rule.ts';

export const revisionOrderRule: Rule = {
  id: 'revision-order',
  severity: 'warning',
  check({ release, path }) {
    const findings: Finding[] = [];

    release.revisions.forEach((revision, index) => {
      const above = release.revisions[index - 1];
      // Dates that are not ISO dates are the `invalid-revision-date` rule's to report.
      if (!above || !isIsoDate(revision.date) || !isIsoDate(above.date) || revision.date <= above.date) return;
      const problem =
        `revision row dated ${revision.date} comes after a row dated ${above.date} (revisions[${index - 1}]); ` +
        'expected rows in descending date order.';
      findings.push(createFinding(revisionOrderRule, path, { page: revision.page, jsonPath: `revisions[${index}].date` }, problem));
    });

    return findings;
  },
};
