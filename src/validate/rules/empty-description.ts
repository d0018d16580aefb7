// `empty-description`: a code row without a description, as when the description cell of a row
// split by a page break is joined to the wrong row.
import type { Finding } from '../../model/finding.ts';
import { listCodeRows } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export const emptyDescriptionRule: Rule = {
  id: 'empty-description',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];

    for (const { row, jsonPath } of listCodeRows(release)) {
      if (row.description.trim() !== '') continue;
      const problem = `code ${quote(row.code)} has no description; expected the descriptor printed beside it.`;
      findings.push(createFinding(emptyDescriptionRule, path, { page: row.page, jsonPath: `${jsonPath}.description` }, problem));
    }

    return findings;
  },
};
