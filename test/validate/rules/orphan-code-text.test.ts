import { describe, expect, test } from 'vitest';

import { orphanCodeTextRule } from '../../../src/validate/rules/orphan-code-text.ts';
import { buildRelease, codeGroup, codeRow, printCodingText } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('orphan-code-text', () => {
  test('every printed code held', () => {
    expect(runRule(orphanCodeTextRule, buildRelease())).toEqual([]);
  });

  test('row lost at a page break', () => {
    const release = buildRelease();
    const codingText = printCodingText(release);
    release.codeGroups[0]!.codes.splice(2, 1);

    const findings = runRule(orphanCodeTextRule, release, { codingText });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'orphan-code-text', severity: 'error', page: 4 });
    expect(findings[0]!.message).toContain('`0339T`');
  });

  test('lost row whose code another row mentions', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[0]!.description += ' (Do not report 0207T in conjunction with 0339T)';
    release.codeGroups[0]!.codes[0]!.notReportedWith = ['0339T'];
    const codingText = printCodingText(release);
    release.codeGroups[0]!.codes.splice(2, 1);

    const findings = runRule(orphanCodeTextRule, release, { codingText });

    expect(findings.map((finding) => finding.page)).toEqual([4]);
  });

  test('codes inside ranges, descriptions and footnotes are held', () => {
    const row = codeRow('0537T-0540T', 'CAR-T therapy (For insertion, see 61885)', 5, {
      footnotes: [{ marker: '†', text: 'Covered when reported with 95165' }],
    });
    const release = buildRelease({ codeGroups: [codeGroup([row])] });
    const codingText = [
      { page: 5, text: '0537T–0540T CAR-T therapy (For insertion, see 61885)' },
      { page: 5, text: 'Also 0538T and 0539T.' },
      { page: 6, text: '†Covered when reported with 95165' },
    ];

    expect(runRule(orphanCodeTextRule, release, { codingText })).toEqual([]);
  });

  test('text that only looks like numbers', () => {
    const release = buildRelease();
    const codingText = [
      ...printCodingText(release),
      { page: 5, text: '*Current Procedural Terminology (CPT®) ©2025 American Medical Association: Chicago, IL.' },
      { page: 5, text: '2. Deleted codes and codes which are not effective may not be eligible (H2O, A1C, 24-hour).' },
    ];
    expect(runRule(orphanCodeTextRule, release, { codingText })).toEqual([]);
  });

  test('row code printed again is held', () => {
    const release = buildRelease();
    const codingText = [...printCodingText(release), { page: 6, text: 'See also 0207T.' }];
    expect(runRule(orphanCodeTextRule, release, { codingText })).toEqual([]);
  });
});

describe('orphan-code-text on one page', () => {
  test('lost row mentioned twice gives one finding', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[2]!.description += ' (Do not report 0339T in conjunction with 0338T)';
    const codingText = printCodingText(release);
    release.codeGroups[0]!.codes.splice(2, 1);

    const findings = runRule(orphanCodeTextRule, release, { codingText });

    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('line `0339T Transcatheter');
  });
});
