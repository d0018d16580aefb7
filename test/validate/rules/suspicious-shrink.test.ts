import { describe, expect, test } from 'vitest';

import { suspiciousShrinkRule } from '../../../src/validate/rules/suspicious-shrink.ts';
import { buildRelease, codeGroup, codeRow } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

function releaseWithCodes(count: number) {
  const codes = Array.from({ length: count }, (_, index) => codeRow(`${String(100 + index).padStart(4, '0')}T`, 'Therapy'));
  return buildRelease({ codeGroups: [codeGroup(codes)] });
}

describe('suspicious-shrink', () => {
  test('no previous release', () => {
    expect(runRule(suspiciousShrinkRule, releaseWithCodes(1))).toEqual([]);
  });

  test('quarter lost passes', () => {
    expect(runRule(suspiciousShrinkRule, releaseWithCodes(6), { previous: releaseWithCodes(8) })).toEqual([]);
  });

  test('more than a quarter lost', () => {
    const findings = runRule(suspiciousShrinkRule, releaseWithCodes(5), { previous: releaseWithCodes(8) });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', page: null, jsonPath: 'codeGroups' });
    expect(findings[0]!.message).toContain('5 codes against 8');
  });

  test('ranges count code by code', () => {
    const previous = buildRelease({ codeGroups: [codeGroup([codeRow('0537T-0540T', 'CAR-T')])] });
    expect(runRule(suspiciousShrinkRule, releaseWithCodes(3), { previous })).toEqual([]);
  });
});
