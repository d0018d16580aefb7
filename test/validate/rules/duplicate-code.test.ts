import { describe, expect, test } from 'vitest';

import { duplicateCodeRule } from '../../../src/validate/rules/duplicate-code.ts';
import { buildRelease, codeGroup, codeRow } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('duplicate-code', () => {
  test('valid release gives nothing', () => {
    expect(runRule(duplicateCodeRule, buildRelease())).toEqual([]);
  });

  test('row read twice', () => {
    const release = buildRelease();
    const group = release.codeGroups[0]!;
    group.codes.push({ ...group.codes[1]!, page: 5 });

    const findings = runRule(duplicateCodeRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', page: 5, jsonPath: 'codeGroups[0].codes[3].code' });
    expect(findings[0]!.message).toContain('codes[1] (page 3)');
  });

  test('code inside an earlier range', () => {
    const release = buildRelease({ codeGroups: [codeGroup([codeRow('0537T-0540T', 'CAR-T'), codeRow('0539T', 'CAR-T')])] });

    const findings = runRule(duplicateCodeRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]!.jsonPath).toBe('codeGroups[0].codes[1].code');
  });

  test('same code in two groups is allowed', () => {
    const release = buildRelease();
    release.codeGroups.push(codeGroup([codeRow('0207T', 'Evacuation of meibomian glands')], { status: 'not-covered' }));
    expect(runRule(duplicateCodeRule, release)).toEqual([]);
  });
});
