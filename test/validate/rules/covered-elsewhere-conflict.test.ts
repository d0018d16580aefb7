import { describe, expect, test } from 'vitest';

import { coveredElsewhereConflictRule } from '../../../src/validate/rules/covered-elsewhere-conflict.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('covered-elsewhere-conflict', () => {
  test('disjoint lists give nothing', () => {
    expect(runRule(coveredElsewhereConflictRule, buildRelease())).toEqual([]);
  });

  test('experimental code covered by another policy', () => {
    const release = buildRelease();
    release.coveredElsewhere[1]!.codes.push('0338T');

    const findings = runRule(coveredElsewhereConflictRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', page: 3, jsonPath: 'codeGroups[0].codes[1].code' });
    expect(findings[0]!.message).toContain('Yescarta (Injectable CAR-T)');
  });

  test('covered group is no conflict', () => {
    const release = buildRelease();
    release.codeGroups[0]!.status = 'medically-necessary';
    release.coveredElsewhere[1]!.codes.push('0338T');
    expect(runRule(coveredElsewhereConflictRule, release)).toEqual([]);
  });
});
