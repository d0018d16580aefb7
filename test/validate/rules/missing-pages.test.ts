import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import type { PrintedPageNumber } from '../../../src/model/layout.ts';
import { validateRelease } from '../../../src/validate/index.ts';
import { missingPagesRule } from '../../../src/validate/rules/missing-pages.ts';
import { fixturesDir, sourcesDir } from '../../helpers/paths.ts';
import { buildRelease, toParseResult } from '../build-release.ts';

function check(printedPages: PrintedPageNumber[]) {
  const release = buildRelease();
  const result = { ...toParseResult(release), printedPages };
  return missingPagesRule.check({ result, release, path: 'policy.pdf' });
}

function footers(numbers: number[], of: number): PrintedPageNumber[] {
  return numbers.map((number, index) => ({ page: index + 1, number, of }));
}

describe('missing-pages', () => {
  test('complete footers pass', () => {
    expect(check(footers([1, 2, 3], 3))).toEqual([]);
  });

  test('no footers pass', () => {
    expect(check([])).toEqual([]);
  });

  test('a skipped page', () => {
    const [finding] = check(footers([1, 2, 4], 4));
    expect(finding).toMatchObject({ rule: 'missing-pages', severity: 'error', page: 3 });
    expect(finding!.message).toContain('the footer reads `Page 4 of 4` where page 3 was expected (page 3 is missing before it)');
  });

  test('pages out of order', () => {
    const [finding] = check(footers([1, 3, 2], 3));
    expect(finding!.message).toContain('(the pages are out of order)');
  });

  test('last pages lost', () => {
    const [finding] = check(footers([1, 2], 4));
    expect(finding!.message).toContain('the footers count 4 pages but the last one reads `Page 2 of 4`');
  });

  test.each([
    ['0558-without-page-5.pdf', 5],
    ['0558-pages-4-5-swapped.pdf', 4],
  ])('real PDF %s', async (name, page) => {
    const path = join(fixturesDir, 'pdf', name);
    const result = await extractDocument(new Uint8Array(readFileSync(path)), path);
    const errors = validateRelease({ result, path }).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.rule, finding.page])).toEqual([['missing-pages', page]]);
  });

  test('the complete PDF prints every page', async () => {
    const path = join(sourcesDir, 'cigna-0558/2026-04-15.pdf');
    const result = await extractDocument(new Uint8Array(readFileSync(path)), path);
    expect(result.printedPages?.map((footer) => footer.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(check(result.printedPages ?? [])).toEqual([]);
  });
});

describe('printed page numbers of text', () => {
  test('plain extraction with a page missing', async () => {
    const page = (number: number, body: string): string => `Page ${number} of 3\nMedical Coverage Policy: 0558\n${body}\n`;
    const text =
      page(1, 'Medical Coverage Policy\nEffective Date 4/15/2026\nCoverage Policy Number 0558\nA Title\n') +
      page(3, 'Revision Details\nType of Revision Summary of Changes Date\nAnnual Review • No changes. 4/15/2026\n');
    const result = await extractDocument(new TextEncoder().encode(text), 'cigna-0558/2026-04-15.txt');
    expect(result.printedPages?.map((footer) => footer.number)).toEqual([1, 3]);
    expect(check(result.printedPages ?? [])[0]!.message).toContain('where page 2 was expected');
  });
});
