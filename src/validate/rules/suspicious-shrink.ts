// `suspicious-shrink`: a release that lists far fewer codes than the one before it. Publishers
// do retire codes, but losing a quarter at once more often means a table was not read.
import type { PolicyRelease } from '../../model/release.ts';
import { readPrintedCode } from '../code-rows.ts';
import { createFinding, type Rule } from '../rule.ts';

/** Share of the previous release's codes that may go before the rule warns. */
export const MAX_LOST_SHARE = 0.25;

export const suspiciousShrinkRule: Rule = {
  id: 'suspicious-shrink',
  severity: 'warning',
  check({ release, path, previous }) {
    if (!previous) return [];

    const before = countCodes(previous);
    const after = countCodes(release);
    if (before === 0 || after >= before * (1 - MAX_LOST_SHARE)) return [];

    const lost = before - after;
    const problem =
      `the release lists ${after} codes against ${before} in the release of ${previous.policy.effectiveDate}, ` +
      `losing ${lost} (${Math.round((lost / before) * 100)}%); check that no code table was skipped.`;
    return [createFinding(suspiciousShrinkRule, path, { page: null, jsonPath: 'codeGroups' }, problem)];
  },
};

/** Distinct codes over all groups, with ranges counted code by code. */
function countCodes(release: PolicyRelease): number {
  const codes = new Set<string>();
  for (const group of release.codeGroups) {
    for (const row of group.codes) {
      for (const code of readPrintedCode(row.code).codes) codes.add(`${group.codeSystem} ${code}`);
    }
  }
  return codes.size;
}
