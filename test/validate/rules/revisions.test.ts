import { describe, expect, test } from 'vitest';

import type { Revision } from '../../../src/model/release.ts';
import { effectiveDateMismatchRule } from '../../../src/validate/rules/effective-date-mismatch.ts';
import { invalidRevisionDateRule } from '../../../src/validate/rules/invalid-revision-date.ts';
import { revisionDuplicateRule } from '../../../src/validate/rules/revision-duplicate.ts';
import { revisionOrderRule } from '../../../src/validate/rules/revision-order.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

function revision(date: string, page = 8, summary = 'No clinical policy statement changes.'): Revision {
  return { type: 'Focused Review', summary: [summary], date, page };
}

// The Revision Details rows of policy 0558 effective 2026-04-15, as printed.
const PRINTED_0558 = [
  revision('2025-04-15'),
  revision('2025-10-15'),
  { ...revision('2025-08-15'), type: 'Annual Review' },
  revision('2025-04-15'),
  revision('2025-02-15'),
  revision('2024-12-15', 8, 'Revised policy statement.'),
  { ...revision('2024-08-15'), type: 'Annual Review' },
];

describe('revision-order', () => {
  test('newest first passes', () => {
    expect(runRule(revisionOrderRule, buildRelease())).toEqual([]);
  });

  test('rows of 0558 out of order', () => {
    const findings = runRule(revisionOrderRule, buildRelease({ revisions: PRINTED_0558 }));

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['revisions[1].date']);
    expect(findings[0]).toMatchObject({ severity: 'warning', page: 8 });
    expect(findings[0]!.message).toContain('2025-10-15');
  });
});

describe('revision-duplicate', () => {
  test('distinct rows pass', () => {
    expect(runRule(revisionDuplicateRule, buildRelease())).toEqual([]);
  });

  test('rows of 0558 repeat one row', () => {
    const findings = runRule(revisionDuplicateRule, buildRelease({ revisions: PRINTED_0558 }));

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['revisions[3]']);
    expect(findings[0]!.message).toContain('revisions[0]');
  });

  test('same date with another summary is no duplicate', () => {
    const release = buildRelease({ revisions: [revision('2025-04-15'), revision('2025-04-15', 8, 'Revised.')] });
    expect(runRule(revisionDuplicateRule, release)).toEqual([]);
  });
});

describe('effective-date-mismatch', () => {
  test('newest row on the effective date passes', () => {
    expect(runRule(effectiveDateMismatchRule, buildRelease())).toEqual([]);
  });

  test('effective date newer than every row', () => {
    const findings = runRule(effectiveDateMismatchRule, buildRelease({ revisions: PRINTED_0558 }));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ page: 8, jsonPath: 'policy.effectiveDate' });
    expect(findings[0]!.message).toContain('newer than every revision row');
    expect(findings[0]!.message).toContain('2025-10-15');
  });

  test('revision row after the effective date', () => {
    const findings = runRule(effectiveDateMismatchRule, buildRelease({ revisions: [revision('2026-05-01', 9)] }));

    expect(findings[0]!.message).toContain('older than');
    expect(findings[0]!.page).toBe(9);
  });

  test('no revision rows', () => {
    expect(runRule(effectiveDateMismatchRule, buildRelease({ revisions: [] }))).toEqual([]);
  });
});

describe('invalid-revision-date', () => {
  test('ISO dates pass', () => {
    expect(runRule(invalidRevisionDateRule, buildRelease({ revisions: [revision('2025-04-15'), revision('2024-12-15')] }))).toEqual([]);
  });

  test('empty and unreadable dates', () => {
    const findings = runRule(invalidRevisionDateRule, buildRelease({ revisions: [revision(''), revision('Revised policy statement.')] }));

    expect(findings.map((finding) => [finding.severity, finding.jsonPath, finding.page])).toEqual([
      ['error', 'revisions[0].date', 8],
      ['error', 'revisions[1].date', 8],
    ]);
    expect(findings[1]!.message).toContain('has the date `Revised policy statement.`, which is not a date');
  });

  test('order rules skip dates that are not dates', () => {
    const release = buildRelease({ revisions: [revision('December 15, 2024'), revision('2025-04-15')] });
    expect(runRule(revisionOrderRule, release)).toEqual([]);
  });
});
