import { describe, expect, test } from 'vitest';

import { headerAsRowRule } from '../../../src/validate/rules/header-as-row.ts';
import { buildRelease, codeRow } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('header-as-row', () => {
  test('valid release gives nothing', () => {
    expect(runRule(headerAsRowRule, buildRelease())).toEqual([]);
  });

  test.each([
    ['CPT®* Codes', 'Description'],
    ['CPT®*  Codes', 'Description'],
    ['ICD-10-CM Diagnosis Codes', 'Description'],
    ['HCPCS Codes', 'Description'],
    ['CPT', 'Codes Description'],
    ['Codes', 'Description'],
    ['ICD-10-CM', 'Diagnosis Codes'],
  ])('header %s read as a row', (code, description) => {
    const release = buildRelease();
    release.codeGroups[0]!.codes.splice(2, 0, codeRow(code, description, 4));

    const findings = runRule(headerAsRowRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'header-as-row', page: 4, jsonPath: 'codeGroups[0].codes[2]' });
  });

  test('running footer read into a description', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[1]!.description += ' Page 3 of 8 Medical Coverage Policy: 0558';

    const findings = runRule(headerAsRowRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('running footer');
  });

  test('header rows of other tables', () => {
    const release = buildRelease();
    release.coveredElsewhere.push({ policy: 'Coverage Policy', codes: ['Category III CPT Code(s)'], page: 7 });
    release.revisions.push({ type: 'Type of Revision', summary: ['Summary of Changes'], date: '2024-01-01', page: 9 });

    const findings = runRule(headerAsRowRule, release);

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['coveredElsewhere[2]', 'revisions[2]']);
    expect(findings.map((finding) => finding.page)).toEqual([7, 9]);
  });

  test('description mentioning codes is no header', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[0]!.description = 'Description of CPT codes for the procedure';
    expect(runRule(headerAsRowRule, release)).toEqual([]);
  });
});
