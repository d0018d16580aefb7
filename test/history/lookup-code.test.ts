import { describe, expect, test } from 'vitest';

import { buildCodeRows, COVERED_ELSEWHERE_HEADING } from '../../src/build/dataset.ts';
import { CATEGORY_III_POLICY, lookupCode } from '../../src/history/lookup-code.ts';
import { buildRelease0558 } from '../diff/release-fixture.ts';

describe('lookupCode', () => {
  const release = buildRelease0558();
  const rows = buildCodeRows([{ policyKey: 'cigna-0558', release }]);
  const newest = [{ policy: 'cigna-0558', release }];

  test('listed code', () => {
    const result = lookupCode('0207T', rows, newest, COVERED_ELSEWHERE_HEADING);
    expect(result.kind).toBe('CPT-III');
    expect(result.listed).toBe(true);
    expect(result.defaultPosition).toBeNull();
    expect(result.policies[0]?.listings.map((listing) => listing.status)).toEqual(['experimental-investigational-unproven']);
    expect(result.policies[0]?.coveredElsewhere).toEqual([]);
  });

  test('code only in exception mapping', () => {
    const result = lookupCode('0650T', rows, newest, COVERED_ELSEWHERE_HEADING);
    expect(result.policies[0]?.listings).toEqual([]);
    expect(result.policies[0]?.coveredElsewhere).toEqual(['Ambulatory External and Implantable Electrocardiographic Monitoring']);
    expect(result.defaultPosition).toBeNull();
  });

  test('exception mapping read from releases', () => {
    // A dataset without rows for exception-only codes still shows them from the release.
    const listedRows = rows.filter((row) => row.heading !== COVERED_ELSEWHERE_HEADING);
    const result = lookupCode('0591T', listedRows, newest, COVERED_ELSEWHERE_HEADING);
    expect(result.policies[0]?.coveredElsewhere).toEqual(['Behavioral Health Coaching and Peer Support Services']);
  });

  test('unlisted Category III code', () => {
    const result = lookupCode('0001T', rows, newest, COVERED_ELSEWHERE_HEADING);
    expect(result.listed).toBe(false);
    expect(result.defaultPosition?.policy).toBe(CATEGORY_III_POLICY);
    expect(result.defaultPosition?.effectiveDate).toBe('2026-04-15');
  });

  test('unlisted code of another kind', () => {
    const result = lookupCode('E0784', rows, newest, COVERED_ELSEWHERE_HEADING);
    expect(result.kind).toBe('HCPCS');
    expect(result.defaultPosition).toBeNull();
  });

  test('without policy 0558 the date is unknown', () => {
    const result = lookupCode('0001T', [], [], COVERED_ELSEWHERE_HEADING);
    expect(result.policies).toEqual([]);
    expect(result.defaultPosition?.effectiveDate).toBeNull();
  });
});

describe('lookupCode catch-all rows', () => {
  const release = buildRelease0558();
  release.codeGroups.push({
    heading: 'Not Covered or Reimbursable',
    status: 'not-covered',
    context: ['Circulating Tumor Cells Testing'],
    codeSystem: 'ICD-10-CM',
    codes: [
      { code: 'C61', kind: 'ICD-10-CM', description: 'Malignant neoplasm of prostate', addOn: false, notReportedWith: [], footnotes: [], page: 9 },
      { code: '', kind: null, description: 'All other diagnosis codes', addOn: false, notReportedWith: [], footnotes: [], page: 9 },
    ],
  });
  const entries = [{ policy: CATEGORY_III_POLICY, release }];
  const rows = buildCodeRows(entries.map(({ policy, release: newestRelease }) => ({ policyKey: policy, release: newestRelease })));

  test('unlisted diagnosis code falls under the catch-all', () => {
    const [position] = lookupCode('C50.911', rows, entries, COVERED_ELSEWHERE_HEADING).policies;
    expect(position!.listings).toEqual([]);
    expect(position!.catchAll).toEqual([
      { status: 'not-covered', heading: 'Not Covered or Reimbursable', context: ['Circulating Tumor Cells Testing'], description: 'All other diagnosis codes' },
    ]);
  });

  test('listed diagnosis code does not', () => {
    const [position] = lookupCode('C61', rows, entries, COVERED_ELSEWHERE_HEADING).policies;
    expect(position!.listings).toHaveLength(1);
    expect(position!.catchAll).toEqual([]);
  });

  test('catch-all of another code system does not apply', () => {
    const [position] = lookupCode('0999T', rows, entries, COVERED_ELSEWHERE_HEADING).policies;
    expect(position!.catchAll).toEqual([]);
  });
});
