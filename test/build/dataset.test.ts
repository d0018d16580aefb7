import { describe, expect, test } from 'vitest';

import { buildCodeRows, COVERED_ELSEWHERE_HEADING, renderCodesCsv } from '../../src/build/dataset.ts';
import { buildRelease } from '../validate/build-release.ts';

describe('codes dataset', () => {
  const release = buildRelease();
  const rows = buildCodeRows([{ policyKey: 'cigna-0558', release }]);

  test('one row per listed code, sorted by code', () => {
    const listed = rows.filter((row) => row.heading !== COVERED_ELSEWHERE_HEADING).map((row) => row.code);
    const printed = release.codeGroups.flatMap((group) => group.codes.map((code) => code.code));
    expect(listed).toEqual([...printed].sort());
  });

  test('codes only in the exception table carry their covering policies', () => {
    const exceptionOnly = rows.filter((row) => row.heading === COVERED_ELSEWHERE_HEADING);
    const expected = release.coveredElsewhere.flatMap((entry) => entry.codes);
    expect(exceptionOnly.map((row) => row.code)).toEqual([...new Set(expected)].sort());
    expect(exceptionOnly.every((row) => row.status === 'other' && row.description === '' && row.coveredElsewhere.length > 0)).toBe(true);
  });

  test('CSV header and line ends', () => {
    const csv = renderCodesCsv(rows);
    expect(csv.split('\n')[0]).toBe('policy,publisher,policy_number,status,heading,context,code,kind,description,add_on,not_reported_with,footnotes,effective_date,covered_elsewhere');
    expect(csv).not.toContain('\r');
    expect(csv.trimEnd().split('\n')).toHaveLength(rows.length + 1);
  });

  test('context subheadings kept on each row', () => {
    const withContext = structuredClone(release);
    withContext.codeGroups[0]!.context = ['Treatment', 'Sublingual'];
    const [first] = buildCodeRows([{ policyKey: 'cigna-0558', release: withContext }]).filter(
      (row) => row.heading !== COVERED_ELSEWHERE_HEADING,
    );
    expect(first!.context).toEqual(['Treatment', 'Sublingual']);
    expect(renderCodesCsv([first!])).toContain(',Treatment > Sublingual,');
  });

  test('add-on flag, do-not-report codes and footnotes carried', () => {
    const withNotes = structuredClone(release);
    const code = withNotes.codeGroups[0]!.codes[0]!;
    code.addOn = true;
    code.notReportedWith = ['0958T', '0960T'];
    code.footnotes = [{ marker: '†', text: 'Note: not covered above 150 doses per year.' }];
    const row = buildCodeRows([{ policyKey: 'cigna-0558', release: withNotes }]).find((candidate) => candidate.code === code.code)!;
    expect(row).toMatchObject({ addOn: true, notReportedWith: ['0958T', '0960T'], footnotes: ['† Note: not covered above 150 doses per year.'] });
    expect(renderCodesCsv([row])).toContain(',true,0958T; 0960T,† Note: not covered above 150 doses per year.,');
  });

  test('CSV cell that a spreadsheet would run is quoted', () => {
    const [row] = rows;
    const csv = renderCodesCsv([{ ...row!, description: '=HYPERLINK("http://example.invalid")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
  });
});
