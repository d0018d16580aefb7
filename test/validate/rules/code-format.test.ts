import { describe, expect, test } from 'vitest';

import { codeFormatRule } from '../../../src/validate/rules/code-format.ts';
import { buildRelease, codeGroup, codeRow } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('code-format', () => {
  test('valid release gives nothing', () => {
    expect(runRule(codeFormatRule, buildRelease())).toEqual([]);
  });

  test('letter O for a zero', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[2]!.code = 'O339T';

    const findings = runRule(codeFormatRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'code-format', severity: 'error', page: 4, jsonPath: 'codeGroups[0].codes[2].code' });
    expect(findings[0]!.message).toContain('`O339T`');
    expect(findings[0]!.message).toContain('sources/cigna-0558/2026-04-15.pdf page 4');
    expect(findings[0]!.message).toContain('four digits and T');
  });

  test('ranges and MAAA codes pass', () => {
    const release = buildRelease({
      policy: { ...buildRelease().policy, title: 'Tumor markers' },
      codeGroups: [codeGroup([codeRow('0537T-0540T', 'CAR-T'), codeRow('0015M', 'Adrenal cortical tumor')])],
    });
    expect(runRule(codeFormatRule, release)).toEqual([]);
  });

  test('bad not-reported-with and exception codes', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[0]!.notReportedWith = ['0958T', '09S8T'];
    release.coveredElsewhere[0]!.codes.push('048OT');

    const findings = runRule(codeFormatRule, release);

    expect(findings.map((finding) => finding.jsonPath)).toEqual([
      'codeGroups[0].codes[0].notReportedWith[1]',
      'coveredElsewhere[0].codes[2]',
    ]);
    expect(findings.map((finding) => finding.page)).toEqual([3, 7]);
  });

  test('header row is left to header-as-row', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes.push(codeRow('CPT®* Codes', 'Description', 4));
    expect(runRule(codeFormatRule, release)).toEqual([]);
  });
});

describe('code-format on rows without a code', () => {
  test('catch-all row passes', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes.push(codeRow('', 'All other diagnosis codes', 13));
    expect(runRule(codeFormatRule, release)).toEqual([]);
  });

  test('empty code cell', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes.push(codeRow('', 'Evacuation of meibomian glands', 5));

    const findings = runRule(codeFormatRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ page: 5, jsonPath: 'codeGroups[0].codes[3].code' });
    expect(findings[0]!.message).toContain('the row has no code');
  });
});
