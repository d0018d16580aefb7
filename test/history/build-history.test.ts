import { describe, expect, test } from 'vitest';

import { buildHistory } from '../../src/history/build-history.ts';
import { editRelease } from '../diff/next-release.ts';
import { buildRelease0558 } from '../diff/release-fixture.ts';

describe('buildHistory', () => {
  const old = buildRelease0558();
  const next = editRelease(old);
  const other = buildRelease0558();
  other.policy.publisher = 'Aetna';
  other.policy.number = '0352';

  // Releases in no particular order: the history sorts them.
  const history = buildHistory([next, other, old]);
  const cigna = history.policies.find((policy) => policy.policy === 'cigna-0558')!;
  const timeline = (code: string) => cigna.codes.find((entry) => entry.code === code)?.releases;

  test('policies sorted by id', () => {
    expect(history.policies.map((policy) => policy.policy)).toEqual(['aetna-0352', 'cigna-0558']);
  });

  test('releases oldest first', () => {
    expect(cigna.releases).toEqual(['2026-04-15', '2026-10-15']);
  });

  test('codes sorted and unique', () => {
    const codes = cigna.codes.map((entry) => entry.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('removed code not listed later', () => {
    expect(timeline('0207T')).toEqual([
      { effectiveDate: '2026-04-15', statuses: ['experimental-investigational-unproven'], coveredElsewhere: [] },
      { effectiveDate: '2026-10-15', statuses: [], coveredElsewhere: [] },
    ]);
  });

  test('code moved out of exception mapping', () => {
    expect(timeline('0650T')).toEqual([
      {
        effectiveDate: '2026-04-15',
        statuses: [],
        coveredElsewhere: ['Ambulatory External and Implantable Electrocardiographic Monitoring'],
      },
      { effectiveDate: '2026-10-15', statuses: ['experimental-investigational-unproven'], coveredElsewhere: [] },
    ]);
  });

  test('renamed exception policy', () => {
    expect(timeline('0537T')?.map((entry) => entry.coveredElsewhere.includes('Idecabtagene vicleucel'))).toEqual([false, true]);
  });

  test('added code and code system', () => {
    const entry = cigna.codes.find((candidate) => candidate.code === '1026T');
    expect(entry?.codeSystem).toBe('CPT');
    expect(entry?.releases.map((release) => release.statuses.length)).toEqual([0, 1]);
  });

  test('input order does not matter', () => {
    expect(JSON.stringify(buildHistory([old, other, next]))).toBe(JSON.stringify(history));
  });

  test('no releases', () => {
    expect(buildHistory([])).toEqual({ schemaVersion: 1, policies: [] });
  });
});
