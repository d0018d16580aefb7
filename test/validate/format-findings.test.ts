import { describe, expect, test } from 'vitest';

import type { Finding } from '../../src/model/finding.ts';
import { formatFindings } from '../../src/validate/format-findings.ts';

const FINDINGS: Finding[] = [
  {
    rule: 'code-format',
    severity: 'error',
    path: 'sources/cigna-0558/2026-04-15.pdf',
    page: 4,
    jsonPath: 'codeGroups[0].codes[3].code',
    message: 'sources/cigna-0558/2026-04-15.pdf page 4, codeGroups[0].codes[3].code: code `O339T` matches no code format',
  },
  {
    rule: 'suspicious-shrink',
    severity: 'warning',
    path: 'sources/a,b/2026-04-15.txt',
    page: null,
    jsonPath: 'codeGroups',
    message: 'lost 30%\nof codes',
  },
];

describe('formatFindings', () => {
  test('text lines', () => {
    const lines = formatFindings(FINDINGS, 'text').split('\n');

    expect(lines[0]).toBe(`error code-format: ${FINDINGS[0]!.message}`);
    expect(lines[1]).toBe('warning suspicious-shrink: lost 30%');
  });

  test('json with counts', () => {
    const parsed = JSON.parse(formatFindings(FINDINGS, 'json'));

    expect(parsed.errors).toBe(1);
    expect(parsed.warnings).toBe(1);
    expect(parsed.findings).toEqual(FINDINGS);
  });

  test('github workflow commands', () => {
    const lines = formatFindings(FINDINGS, 'github').trimEnd().split('\n');

    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `::error file=sources/cigna-0558/2026-04-15.pdf,title=code-format (page 4)::${FINDINGS[0]!.message}`,
    );
    expect(lines[1]).toBe('::warning file=sources/a%2Cb/2026-04-15.txt,title=suspicious-shrink::lost 30%25%0Aof codes');
  });

  test('no findings give no output', () => {
    expect(formatFindings([], 'text')).toBe('');
    expect(formatFindings([], 'github')).toBe('');
  });
});
