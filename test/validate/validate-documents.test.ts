import { describe, expect, test } from 'vitest';

import { sortFindings } from '../../src/validate/index.ts';
import { groupReleasesByPolicy, validateDocuments } from '../../src/validate/validate-documents.ts';
import { buildRelease, codeGroup, codeRow, toParseResult } from './build-release.ts';

function document(path: string, effectiveDate: string, codeCount = 3, number = '0558') {
  const codes = Array.from({ length: codeCount }, (_, index) => codeRow(`0${600 + index}T`, 'Therapy'));
  const release = buildRelease({ codeGroups: [codeGroup(codes)] });
  const format = path.slice(path.lastIndexOf('.') + 1) as 'pdf' | 'html' | 'txt';
  release.source = [{ path, sha256: '0'.repeat(64), format, pages: 8 }];
  release.policy = { ...release.policy, number, effectiveDate, nextReviewDate: '2027-01-01' };
  release.revisions = [{ type: 'Annual Review', summary: ['Revised policy statement.'], date: effectiveDate, page: 8 }];
  return { path, result: toParseResult(release) };
}

describe('groupReleasesByPolicy', () => {
  test('policies, dates and renditions', () => {
    const groups = groupReleasesByPolicy([
      document('b/cigna-0558/2026-04-15.txt', '2026-04-15'),
      document('a/cigna-0070/2026-04-15.pdf', '2026-04-15', 3, '0070'),
      document('b/cigna-0558/2025-04-15.pdf', '2025-04-15'),
      document('b/cigna-0558/2026-04-15.html', '2026-04-15'),
      document('b/cigna-0558/2026-04-15.pdf', '2026-04-15'),
    ]);

    const paths = groups.map((releases) => releases.map((renditions) => renditions.map((item) => item.path)));
    expect(paths).toEqual([
      [
        ['b/cigna-0558/2025-04-15.pdf'],
        ['b/cigna-0558/2026-04-15.pdf', 'b/cigna-0558/2026-04-15.html', 'b/cigna-0558/2026-04-15.txt'],
      ],
      [['a/cigna-0070/2026-04-15.pdf']],
    ]);
  });
});

describe('validateDocuments', () => {
  test('one clean document', () => {
    expect(validateDocuments([document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15')])).toEqual([]);
  });

  test('renditions that disagree', () => {
    const pdf = document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15');
    const text = document('sources/cigna-0558/2026-04-15.txt', '2026-04-15');
    text.result.release.codeGroups[0]!.codes[1]!.description = 'Other therapy';

    const findings = validateDocuments([text, pdf]);

    expect(findings.map((finding) => [finding.rule, finding.path, finding.jsonPath])).toEqual([
      ['rendition-disagreement', 'sources/cigna-0558/2026-04-15.pdf', 'codeGroups[0].codes[1].description'],
    ]);
  });

  test('shrinking release warns against the previous one', () => {
    const findings = validateDocuments([
      document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15', 2),
      document('sources/cigna-0558/2025-04-15.pdf', '2025-04-15', 8),
    ]);

    const rules = findings.map((finding) => `${finding.rule} ${finding.path}`);
    expect(rules).toContain('suspicious-shrink sources/cigna-0558/2026-04-15.pdf');
    expect(rules).not.toContain('suspicious-shrink sources/cigna-0558/2025-04-15.pdf');
  });

  test('unannounced change between releases', () => {
    const older = document('sources/cigna-0558/2025-04-15.pdf', '2025-04-15', 4);
    const newer = document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15', 3);
    newer.result.release.revisions.unshift({
      type: 'Focused Review',
      summary: ['No clinical policy statement changes.'],
      date: '2026-04-15',
      page: 8,
    });
    newer.result.release.revisions.pop();

    const findings = validateDocuments([older, newer]);

    expect(findings.map((finding) => `${finding.rule} ${finding.path}`)).toContain(
      'unannounced-change sources/cigna-0558/2026-04-15.pdf',
    );
  });

  test('different policies are not compared', () => {
    const findings = validateDocuments([
      document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15', 8),
      document('sources/cigna-0070/2026-04-15.pdf', '2026-04-15', 1, '0070'),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('sortFindings', () => {
  test('page, rule, then numeric JSON path', () => {
    const base = { severity: 'error' as const, path: 'a.pdf', message: '' };
    const sorted = sortFindings([
      { ...base, rule: 'code-format', page: 4, jsonPath: 'codeGroups[0].codes[10].code' },
      { ...base, rule: 'code-format', page: 4, jsonPath: 'codeGroups[0].codes[2].code' },
      { ...base, rule: 'empty-description', page: 3, jsonPath: 'codeGroups[0].codes[1].description' },
      { ...base, rule: 'missing-metadata', page: null, jsonPath: 'policy.title' },
    ]);

    expect(sorted.map((finding) => finding.jsonPath)).toEqual([
      'policy.title',
      'codeGroups[0].codes[1].description',
      'codeGroups[0].codes[2].code',
      'codeGroups[0].codes[10].code',
    ]);
  });
});

describe('validateDocuments on renditions', () => {
  test('warnings of the document are reported once', () => {
    const pdf = document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15');
    const text = document('sources/cigna-0558/2026-04-15.txt', '2026-04-15');
    for (const item of [pdf, text]) item.result.release.codeGroups[0]!.codes[0]!.description = 'Therapy (cut';

    const findings = validateDocuments([text, pdf]);

    expect(findings.map((finding) => `${finding.rule} ${finding.path}`)).toEqual([
      'unbalanced-parentheses sources/cigna-0558/2026-04-15.pdf',
    ]);
  });

  test('error of one rendition only is its own', () => {
    const pdf = document('sources/cigna-0558/2026-04-15.pdf', '2026-04-15');
    const text = document('sources/cigna-0558/2026-04-15.txt', '2026-04-15');
    text.result.release.codeGroups[0]!.codes[0]!.description = '';

    const findings = validateDocuments([text, pdf]);

    expect(findings.map((finding) => `${finding.rule} ${finding.path}`)).toEqual([
      'rendition-disagreement sources/cigna-0558/2026-04-15.pdf',
      'empty-description sources/cigna-0558/2026-04-15.txt',
    ]);
  });
});
