// `revision-duplicate`: two Revision Details rows with the same type, summary and date.
import type { Finding } from '../../model/finding.ts';
import type { Revision } from '../../model/release.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export const revisionDuplicateRule: Rule = {
  id: 'revision-duplicate',
  severity: 'warning',
  check({ release, path }) {
    const firstIndexByKey = new Map<string, number>();
    const findings: Finding[] = [];

    release.revisions.forEach((revision, index) => {
      const key = revisionKey(revision);
      const firstIndex = firstIndexByKey.get(key);
      if (firstIndex === undefined) {
        firstIndexByKey.set(key, index);
        return;
      }
      const problem =
        `revision row ${quote(revision.type)} of ${revision.date} repeats revisions[${firstIndex}] word for word; ` +
        'expected each revision once.';
      findings.push(createFinding(revisionDuplicateRule, path, { page: revision.page, jsonPath: `revisions[${index}]` }, problem));
    });

    return findings;
  },
};

function revisionKey(revision: Revision): string {
  return JSON.stringify([revision.type, revision.summary, revision.date]);
}
