import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import { validateRelease } from '../../../src/validate/index.ts';
import { orphanCodeTextRule } from '../../../src/validate/rules/orphan-code-text.ts';
import { sourcesDir } from '../../helpers/paths.ts';
import { buildRelease, codeGroup, codeRow, printCodingText, toParseResult } from '../build-release.ts';
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

describe('orphan-code-text beside the exception table', () => {
  function check(exceptionText: { page: number; text: string }[]) {
    const release = buildRelease();
    const result = { ...toParseResult(release, printCodingText(release)), exceptionText };
    return orphanCodeTextRule.check({ result, release, path: 'policy.html' });
  }

  test('codes held by exception rows pass', () => {
    const release = buildRelease();
    const lines = release.coveredElsewhere.map((entry) => ({ page: entry.page, text: `${entry.policy} ${entry.codes.join(', ')}` }));
    expect(check(lines)).toEqual([]);
  });

  test('a row the table lost', () => {
    const findings = check([{ page: 7, text: 'Example Device Policy 0901T, 0902T' }]);
    expect(findings.map((finding) => [finding.page, finding.jsonPath])).toEqual([
      [7, 'coveredElsewhere'],
      [7, 'coveredElsewhere'],
    ]);
    expect(findings[0]!.message).toContain('Category III code `0901T` is printed beside the exception table');
  });

  test('other code kinds in prose are left alone', () => {
    expect(check([{ page: 5, text: 'Up to 80 percutaneous tests may be necessary (CPT code 95004).' }])).toEqual([]);
  });

  test('HTML without the exception header row', async () => {
    const html = readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.html'), 'utf8');
    const header = html.indexOf('Category III CPT Code');
    const rowStart = html.lastIndexOf('<tr', header);
    const altered = html.slice(0, rowStart) + html.slice(html.indexOf('</tr>', header) + 5);
    const result = await extractDocument(new TextEncoder().encode(altered), 'altered.html');
    const findings = validateRelease({ result, path: 'altered.html' }).filter((finding) => finding.severity === 'error');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.rule === 'orphan-code-text' && finding.jsonPath === 'coveredElsewhere')).toBe(true);
  });
});
