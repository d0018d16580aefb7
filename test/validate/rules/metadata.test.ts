import { describe, expect, test } from 'vitest';

import { missingMetadataRule } from '../../../src/validate/rules/missing-metadata.ts';
import { missingSectionRule } from '../../../src/validate/rules/missing-section.ts';
import { reviewBeforeEffectiveRule } from '../../../src/validate/rules/review-before-effective.ts';
import { sourceNameMismatchRule } from '../../../src/validate/rules/source-name-mismatch.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

function withPolicy(policy: Partial<ReturnType<typeof buildRelease>['policy']>) {
  const release = buildRelease();
  return buildRelease({ policy: { ...release.policy, ...policy } });
}

describe('missing-metadata', () => {
  test('complete masthead passes', () => {
    expect(runRule(missingMetadataRule, buildRelease())).toEqual([]);
  });

  test('each missing field', () => {
    const findings = runRule(missingMetadataRule, withPolicy({ number: '', title: ' ', effectiveDate: '' }));

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['policy.number', 'policy.title', 'policy.effectiveDate']);
    expect(findings.every((finding) => finding.page === 1 && finding.severity === 'error')).toBe(true);
  });

  test('invalid dates', () => {
    const findings = runRule(missingMetadataRule, withPolicy({ effectiveDate: '2026-02-30', nextReviewDate: '8/15/2026' }));

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['policy.effectiveDate', 'policy.nextReviewDate']);
    expect(findings[0]!.message).toContain('`2026-02-30`');
  });
});

describe('missing-section', () => {
  test('release with revision rows passes', () => {
    expect(runRule(missingSectionRule, buildRelease())).toEqual([]);
  });

  test('no revision rows, as in a truncated file', () => {
    const findings = runRule(missingSectionRule, buildRelease({ revisions: [] }));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'missing-section', severity: 'error', jsonPath: 'revisions' });
    expect(findings[0]!.message).toContain('no Revision Details rows; expected the revision table at the end of the policy.');
  });
});

describe('review-before-effective', () => {
  test('later review date passes', () => {
    expect(runRule(reviewBeforeEffectiveRule, buildRelease())).toEqual([]);
  });

  test('no review date passes', () => {
    expect(runRule(reviewBeforeEffectiveRule, withPolicy({ nextReviewDate: null }))).toEqual([]);
  });

  test.each(['2026-04-15', '2025-08-15'])('review date %s', (nextReviewDate) => {
    const findings = runRule(reviewBeforeEffectiveRule, withPolicy({ nextReviewDate }));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', page: 1, jsonPath: 'policy.nextReviewDate' });
    expect(findings[0]!.message).toContain(nextReviewDate);
  });
});

describe('source-name-mismatch', () => {
  test.each([
    'sources/cigna-0558/2026-04-15.pdf',
    '/tmp/x/cigna-0558/2026-04-15.txt',
    'cigna-0558/2026-04-15.html',
    'generated/releases/cigna-0558/2026-04-15.json',
  ])('matching path %s', (path) => {
    expect(runRule(sourceNameMismatchRule, buildRelease(), { path })).toEqual([]);
  });

  test.each([
    '/work/shared/corpus/fetched/cigna-0070-2026-04-15.pdf',
    'policy.pdf',
    'cigna-0558/latest.pdf',
    '/tmp/policydiff-diff-x1y2/2026-10-15.txt',
    'my-docs/2026-04-15.pdf',
  ])(
    'path %s is not checked',
    (path) => {
      expect(runRule(sourceNameMismatchRule, buildRelease(), { path })).toEqual([]);
    },
  );

  test('wrong date', () => {
    const findings = runRule(sourceNameMismatchRule, buildRelease(), { path: 'sources/cigna-0558/2026-04-16.pdf' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', page: 1, jsonPath: 'policy.effectiveDate' });
    expect(findings[0]!.message).toContain('2026-04-16');
  });

  test('wrong publisher', () => {
    const findings = runRule(sourceNameMismatchRule, buildRelease(), { path: 'sources/aetna-0558/2026-04-15.txt' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', page: 1, jsonPath: 'policy.publisher' });
    expect(findings[0]!.message).toBe(
      'sources/aetna-0558/2026-04-15.txt page 1, policy.publisher: the folder name gives publisher `aetna` but the document is published by `Cigna`; rename the folder to cigna-0558.',
    );
  });

  test('wrong policy number', () => {
    const findings = runRule(sourceNameMismatchRule, buildRelease(), { path: 'sources/cigna-0070/2026-04-15.pdf' });

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['policy.number']);
  });
});
