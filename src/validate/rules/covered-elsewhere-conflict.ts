// `covered-elsewhere-conflict`: a code that the policy lists as experimental, investigational or
// unproven and also maps to another policy that covers it. Either the list or the exception
// table is out of date, and a reviewer should decide which.
import type { Finding } from '../../model/finding.ts';
import { listCodeRows, readPrintedCode } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export const coveredElsewhereConflictRule: Rule = {
  id: 'covered-elsewhere-conflict',
  severity: 'warning',
  check({ release, path }) {
    const policiesByCode = new Map<string, string[]>();
    for (const entry of release.coveredElsewhere) {
      for (const code of entry.codes.flatMap((printed) => readPrintedCode(printed).codes)) {
        policiesByCode.set(code, [...(policiesByCode.get(code) ?? []), entry.policy]);
      }
    }

    const findings: Finding[] = [];
    for (const { group, row, jsonPath } of listCodeRows(release)) {
      if (group.status !== 'experimental-investigational-unproven') continue;

      for (const code of readPrintedCode(row.code).codes) {
        const policies = policiesByCode.get(code);
        if (!policies) continue;
        const problem =
          `code ${quote(code)} is listed as experimental, investigational or unproven in group ${quote(group.heading)} ` +
          `and also as covered by ${policies.map((policy) => quote(policy)).join(', ')}; expected one of the two.`;
        findings.push(createFinding(coveredElsewhereConflictRule, path, { page: row.page, jsonPath: `${jsonPath}.code` }, problem));
      }
    }
    return findings;
  },
};
