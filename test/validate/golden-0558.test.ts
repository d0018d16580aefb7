import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, test } from 'vitest';

import { extractDocument } from '../../src/extract.ts';
import type { Finding } from '../../src/model/finding.ts';
import { validateRelease } from '../../src/validate/index.ts';

const SOURCE = 'sources/cigna-0558/2026-04-15.pdf';

async function validateFile(file: URL, path: string): Promise<Finding[]> {
  const result = await extractDocument(new Uint8Array(readFileSync(file)), path);
  return validateRelease({ result, path });
}

describe('0558 release of 2026-04-15', () => {
  let findings: Finding[];

  beforeAll(async () => {
    findings = await validateFile(new URL(`../../${SOURCE}`, import.meta.url), SOURCE);
  });

  test('rule ids and pages', () => {
    expect(findings.map((finding) => `${finding.rule} page ${finding.page}`)).toEqual([
      'unbalanced-parentheses page 6',
      'unknown-related-policy page 7',
      'unknown-related-policy page 7',
      'unknown-related-policy page 7',
      'unknown-related-policy page 7',
      'effective-date-mismatch page 8',
      'revision-duplicate page 8',
      'revision-order page 8',
    ]);
  });

  test('no errors', () => {
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test('unclosed parenthesis of 0980T', () => {
    const [finding] = findings.filter((item) => item.rule === 'unbalanced-parentheses');
    expect(finding!.message).toContain('`0980T`');
  });

  test('related policies and near misses', () => {
    const messages = findings.filter((item) => item.rule === 'unknown-related-policy').map((item) => item.message);

    expect(messages[0]).toContain('`Brexucabtagene autoleucel` is not among');
    expect(messages[0]).toContain('the closest is `Brexucabtagene autoleucl`');
    expect(messages[1]).toContain('the closest is `Idcabtagene vicleucl`');
    expect(messages[2]).toContain('`Lisocabtagene maraleucel` is not among');
    expect(messages[2]).toContain('none is a near match');
    expect(messages[3]).toContain('the closest is `Tisagenlecleucl (Injectable CAR-T)`');
  });

  test('revision table against the effective date', () => {
    const byRule = new Map(findings.map((item) => [item.rule, item.message]));

    expect(byRule.get('effective-date-mismatch')).toContain('2026-04-15 is newer than every revision row');
    expect(byRule.get('revision-duplicate')).toContain('repeats revisions[0]');
    expect(byRule.get('revision-order')).toContain('2025-10-15');
  });

  test.each(['txt', 'html'])('%s rendition gives the same rules', async (extension) => {
    const path = `sources/cigna-0558/2026-04-15.${extension}`;
    const renditionFindings = await validateFile(new URL(`../../${path}`, import.meta.url), path);

    const rules = (list: Finding[]) => list.map((finding) => `${finding.rule} ${finding.jsonPath}`).sort();
    expect(rules(renditionFindings)).toEqual(rules(findings));
  });
});

const FETCHED = fileURLToPath(new URL('../../../shared/corpus/fetched/', import.meta.url));

describe.skipIf(!existsSync(FETCHED))('0070 release of 2026-04-15', () => {
  test('no errors', async () => {
    const file = new URL('cigna-0070-2026-04-15.pdf', `file://${FETCHED}`);
    const findings = await validateFile(file, 'sources/cigna-0070/2026-04-15.pdf');

    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
