// The 0558 PDF turned into plain text by poppler's `pdftotext -raw` (the fixture was made with
// poppler-utils 22.12 from sources/cigna-0558/2026-04-15.pdf) must give the PDF's code table,
// exception table and revision rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import type { PolicyRelease } from '../../../src/model/release.ts';
import { fixturesDir, sourcesDir } from '../../helpers/paths.ts';

function withoutPages<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'page' ? undefined : field))) as T;
}

describe('pdftotext -raw extraction of 0558', () => {
  let text: PolicyRelease;
  let pdf: PolicyRelease;

  beforeAll(async () => {
    const textPath = join(fixturesDir, 'text/cigna-0558-pdftotext-raw.txt');
    const pdfPath = join(sourcesDir, 'cigna-0558/2026-04-15.pdf');
    text = (await extractDocument(new Uint8Array(readFileSync(textPath)), textPath)).release;
    pdf = (await extractDocument(new Uint8Array(readFileSync(pdfPath)), pdfPath)).release;
  });

  test('pages from the running footers', () => {
    expect(text.source[0]!.pages).toBe(8);
  });

  test('metadata as in the PDF', () => {
    expect(text.policy).toEqual(pdf.policy);
  });

  test('code groups as in the PDF, CPT notice left out', () => {
    expect(withoutPages(text.codeGroups)).toEqual(withoutPages(pdf.codeGroups));
    expect(text.codeGroups[0]!.codes.at(-1)!.description).not.toContain('Current Procedural Terminology');
  });

  test('exception table rows, wrapped names joined', () => {
    expect(text.coveredElsewhere).toHaveLength(16);
    expect(withoutPages(text.coveredElsewhere)).toEqual(withoutPages(pdf.coveredElsewhere));
    expect(text.coveredElsewhere.map((entry) => entry.page)).toEqual(pdf.coveredElsewhere.map((entry) => entry.page));
  });

  test('revision rows without the closing notice', () => {
    expect(withoutPages(text.revisions)).toEqual(withoutPages(pdf.revisions));
  });
});
