// `header-as-row`: a table header (`CPT®* Codes | Description`) or a running footer (`Page 3 of
// 14`) read as a row or into one, as happens when a header repeats at the top of a page.
import type { Finding } from '../../model/finding.ts';
import type { PolicyCode } from '../../model/release.ts';
import { listCodeRows } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { containsRunningFooter, isTableHeaderText } from '../table-text.ts';

/** True for a code row whose cells are table header text. */
export function isHeaderRow(row: PolicyCode): boolean {
  return isTableHeaderText(row.code) || isTableHeaderText(row.description);
}

export const headerAsRowRule: Rule = {
  id: 'header-as-row',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];
    const report = (page: number, jsonPath: string, problem: string): void => {
      findings.push(createFinding(headerAsRowRule, path, { page, jsonPath }, problem));
    };
    const fix = 'The table reader should skip repeated headers and running footers.';

    for (const { row, jsonPath } of listCodeRows(release)) {
      if (isHeaderRow(row)) {
        report(row.page, jsonPath, `row ${quote(row.code)} | ${quote(row.description)} is a table header, not a code row. ${fix}`);
      } else if (containsRunningFooter(row.code) || containsRunningFooter(row.description)) {
        const text = containsRunningFooter(row.code) ? row.code : row.description;
        report(row.page, jsonPath, `row ${quote(row.code)} contains the running footer text ${quote(text)}. ${fix}`);
      }
    }

    release.coveredElsewhere.forEach((entry, index) => {
      const cells = [entry.policy, ...entry.codes];
      if (cells.some(isTableHeaderText)) {
        report(entry.page, `coveredElsewhere[${index}]`, `row ${quote(entry.policy)} is a table header, not a policy row. ${fix}`);
      } else if (cells.some(containsRunningFooter)) {
        report(entry.page, `coveredElsewhere[${index}]`, `row ${quote(entry.policy)} contains running footer text. ${fix}`);
      }
    });

    release.revisions.forEach((revision, index) => {
      const cells = [revision.type, ...revision.summary];
      if (cells.some(isTableHeaderText)) {
        report(revision.page, `revisions[${index}]`, `row ${quote(revision.type)} is a table header, not a revision row. ${fix}`);
      } else if (cells.some(containsRunningFooter)) {
        report(revision.page, `revisions[${index}]`, `row ${quote(revision.type)} contains running footer text. ${fix}`);
      }
    });

    return findings;
  },
};
