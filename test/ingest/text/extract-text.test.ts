// Extraction through the shared parser: the text rendition of 0558 must give the release its PDF
// gives, in every field but `source` and pages.
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import type { PolicyRelease } from '../../../src/model/release.ts';
import { fixturesDir, sourcesDir } from '../../helpers/paths.ts';
import { runCli } from '../../helpers/run-cli.ts';

const TEXT_FILE = `${fixturesDir}published/cigna-0558-2026-04-15.txt`;
const PDF_FILE = `${sourcesDir}cigna-0558/2026-04-15.pdf`;

async function extract(file: string, path: string): Promise<PolicyRelease> {
  const { release } = await extractDocument(new Uint8Array(readFileSync(file)), path);
  return release;
}

/** Drops the fields that differ between renditions by design: `source` and every `page`. */
function withoutSourceAndPages(release: PolicyRelease): unknown {
  return JSON.parse(JSON.stringify(release, (key, field: unknown) => (key === 'page' || key === 'source' ? undefined : field)));
}

const text = await extract(TEXT_FILE, 'sources/cigna-0558/2026-04-15.txt');
const pdf = await extract(PDF_FILE, 'sources/cigna-0558/2026-04-15.pdf');

describe('0558 text rendition against its PDF', () => {
  test('PDF extraction is not empty', () => {
    expect(pdf.codeGroups.flatMap((group) => group.codes)).toHaveLength(56);
    expect(pdf.coveredElsewhere).toHaveLength(16);
    expect(pdf.revisions).toHaveLength(7);
  });

  test('source names the text rendition', () => {
    expect(text.source).toHaveLength(1);
    expect(text.source[0]?.path).toBe('sources/cigna-0558/2026-04-15.txt');
    expect(text.source[0]?.format).toBe('txt');
    expect(text.source[0]?.pages).toBe(1);
    expect(text.schemaVersion).toBe(pdf.schemaVersion);
  });

  test('policy metadata', () => {
    expect(text.policy.number).toBe('0558');
    expect(text.policy.title).toBe(pdf.policy.title);
    expect(text.policy.effectiveDate).toBe('2026-04-15');
    expect(text.policy.nextReviewDate).toBe('2026-08-15');
    expect(text.policy).toEqual(pdf.policy);
  });

  test('related resources', () => {
    expect(text.relatedResources).toHaveLength(25);
    expect(text.relatedResources).toEqual(pdf.relatedResources);
  });

  test('group headings', () => {
    expect(text.codeGroups.map((group) => group.heading)).toEqual(pdf.codeGroups.map((group) => group.heading));
  });

  describe.each(pdf.codeGroups.map((group, index) => [group.heading, index] as const))('group %s', (_, index) => {
    const expected = pdf.codeGroups[index]!;
    const actual = (): PolicyRelease['codeGroups'][number] => text.codeGroups[index]!;

    test('status, context and code system', () => {
      expect(actual().status).toBe(expected.status);
      expect(actual().context).toEqual(expected.context);
      expect(actual().codeSystem).toBe(expected.codeSystem);
    });

    test('codes in order', () => {
      expect(actual().codes.map((code) => code.code)).toEqual(expected.codes.map((code) => code.code));
    });

    test.each(expected.codes.map((code, codeIndex) => [code.code, codeIndex] as const))('code %s', (_code, codeIndex) => {
      const want = expected.codes[codeIndex]!;
      const got = actual().codes[codeIndex]!;
      expect(got.kind).toBe(want.kind);
      expect(got.description).toBe(want.description);
      expect(got.addOn).toBe(want.addOn);
      expect(got.notReportedWith).toEqual(want.notReportedWith);
      expect(got.footnotes).toEqual(want.footnotes);
    });
  });

  test('cut description of 0980T kept as printed', () => {
    const code = text.codeGroups.flatMap((group) => group.codes).find((candidate) => candidate.code === '0980T');
    expect(code?.description).toBe(
      'Submucosal cryolysis therapy; base of tongue and lingual tonsil only (Do not report Submucosal cryolysis therapy; base of tongue and lingual tonsil only',
    );
  });

  test.each(pdf.coveredElsewhere.map((row, index) => [row.policy, index] as const))('exception row %s', (_, index) => {
    const want = pdf.coveredElsewhere[index]!;
    const got = text.coveredElsewhere[index];
    expect(got?.policy).toBe(want.policy);
    expect(got?.codes).toEqual(want.codes);
  });

  test('exception rows, none extra', () => {
    expect(text.coveredElsewhere).toHaveLength(pdf.coveredElsewhere.length);
  });

  test.each(pdf.revisions.map((row, index) => [row.date, index] as const))('revision row of %s', (_, index) => {
    const want = pdf.revisions[index]!;
    const got = text.revisions[index];
    expect(got?.type).toBe(want.type);
    expect(got?.summary).toEqual(want.summary);
    expect(got?.date).toBe(want.date);
  });

  test('revision rows, none extra', () => {
    expect(text.revisions).toHaveLength(pdf.revisions.length);
  });

  test('whole release but source and pages', () => {
    expect(withoutSourceAndPages(text)).toEqual(withoutSourceAndPages(pdf));
  });
});

describe('policydiff extract on the 0558 text', () => {
  test('prints the release of the PDF', () => {
    const fromText = runCli(['extract', TEXT_FILE]);
    const fromPdf = runCli(['extract', PDF_FILE]);
    expect(fromText.stderr).toBe('');
    expect(fromText.status).toBe(0);
    expect(fromPdf.status).toBe(0);
    const textRelease = JSON.parse(fromText.stdout) as PolicyRelease;
    const pdfRelease = JSON.parse(fromPdf.stdout) as PolicyRelease;
    expect(textRelease.source[0]?.format).toBe('txt');
    expect(withoutSourceAndPages(textRelease)).toEqual(withoutSourceAndPages(pdfRelease));
  });
});
