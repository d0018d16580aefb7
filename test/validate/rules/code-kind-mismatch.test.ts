import { describe, expect, test } from 'vitest';

import { codeKindMismatchRule } from '../../../src/validate/rules/code-kind-mismatch.ts';
import { buildRelease, codeGroup, codeRow } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('code-kind-mismatch', () => {
  test('valid release gives nothing', () => {
    expect(runRule(codeKindMismatchRule, buildRelease())).toEqual([]);
  });

  test('Category I code in a Category III list', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes.push(codeRow('61885', 'Insertion of cranial neurostimulator', 5));

    const findings = runRule(codeKindMismatchRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ page: 5, jsonPath: 'codeGroups[0].codes[3].code' });
    expect(findings[0]!.message).toContain('Category III');
  });

  test('ICD-10-CM code in a CPT table', () => {
    const release = buildRelease({ policy: { ...buildRelease().policy, title: 'Tumor markers' } });
    release.codeGroups[0]!.codes.push(codeRow('C61', 'Malignant neoplasm of prostate', 6));

    const findings = runRule(codeKindMismatchRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('ICD-10-CM');
    expect(findings[0]!.message).toContain('CPT codes');
  });

  test('ICD-10-CM table of ICD-10-CM codes', () => {
    const group = codeGroup([codeRow('C61', 'Malignant neoplasm of prostate'), codeRow('C79.82', 'Secondary')], {
      codeSystem: 'ICD-10-CM',
      status: 'medically-necessary',
      heading: 'Considered Medically Necessary',
    });
    const release = buildRelease({ policy: { ...buildRelease().policy, title: 'Tumor markers' }, codeGroups: [group] });
    expect(runRule(codeKindMismatchRule, release)).toEqual([]);
  });

  test('recorded kind differs from the code', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[0]!.kind = 'CPT-I';

    const findings = runRule(codeKindMismatchRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]!.jsonPath).toBe('codeGroups[0].codes[0].kind');
  });

  test('non-T exception code in a Category III policy', () => {
    const release = buildRelease();
    release.coveredElsewhere[0]!.codes.push('95165');

    const findings = runRule(codeKindMismatchRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ page: 7, jsonPath: 'coveredElsewhere[0].codes[2]' });
  });
});
