import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, test } from 'vitest';

import { extractDocument } from '../../src/extract.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { fixturesDir, sourcesDir } from '../helpers/paths.ts';
import { readPublishedPolicy } from '../helpers/published-text.ts';

const pdfPath = join(sourcesDir, 'cigna-0558/2026-04-15.pdf');
const published = readPublishedPolicy(join(fixturesDir, 'published/cigna-0558-2026-04-15.txt'));

describe('policy 0558 PDF', () => {
  let release: PolicyRelease;

  beforeAll(async () => {
    const result = await extractDocument(new Uint8Array(readFileSync(pdfPath)), 'sources/cigna-0558/2026-04-15.pdf');
    release = result.release;
  });

  test('masthead metadata', () => {
    expect(release.policy).toEqual({
      publisher: 'Cigna',
      number: '0558',
      title: 'Category III Current Procedural Terminology (CPT®) codes',
      effectiveDate: '2026-04-15',
      nextReviewDate: '2026-08-15',
    });
  });

  test('source reference', () => {
    expect(release.source).toHaveLength(1);
    expect(release.source[0]).toMatchObject({ path: 'sources/cigna-0558/2026-04-15.pdf', format: 'pdf', pages: 8 });
    expect(release.source[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('related resources as printed, wrapped names joined', () => {
    expect(published.relatedResources).toHaveLength(25);
    expect(release.relatedResources).toEqual(published.relatedResources);
  });

  test('one experimental group of 56 Category III codes', () => {
    expect(release.codeGroups).toHaveLength(1);
    const group = release.codeGroups[0]!;
    expect(group.heading).toBe('Considered Experimental/Investigational/Unproven');
    expect(group.status).toBe('experimental-investigational-unproven');
    expect(group.context).toEqual([]);
    expect(group.codeSystem).toBe('CPT');
    expect(group.codes).toHaveLength(56);
    expect(group.codes.every((code) => code.kind === 'CPT-III')).toBe(true);
  });

  test('every code and descriptor as printed', () => {
    expect(published.codes).toHaveLength(56);
    const extracted = release.codeGroups[0]!.codes.map(({ code, description }) => ({ code, description }));
    expect(extracted).toEqual(published.codes);
  });

  test('rows split by a page break are joined', () => {
    const byCode = new Map(release.codeGroups[0]!.codes.map((code) => [code.code, code]));
    // 0644T starts at the foot of page 4 and ends at the top of page 5.
    expect(byCode.get('0644T')!.page).toBe(4);
    expect(byCode.get('0644T')!.description).toContain('(eg, vegetations, thrombus) via suction');
    expect(byCode.get('0647T')!.page).toBe(5);
    expect(byCode.get('1001T')!.description).toBe(
      'Autologous muscle cell therapy, injection of muscle progenitor cells into the external anal sphincter, including ultrasound guidance, when performed',
    );
  });

  test('a line ending in a hyphen joins without a space', () => {
    const code = release.codeGroups[0]!.codes.find((candidate) => candidate.code === '0968T')!;
    expect(code.description).toContain('(For insertion of skull-mounted cranial neurostimulator');
  });

  test('add-on codes and do-not-report instructions', () => {
    const codes = release.codeGroups[0]!.codes;
    expect(codes.filter((code) => code.addOn).map((code) => code.code)).toEqual([
      '0439T', '0560T', '0724T', '0742T', '0882T', '0883T',
    ]);
    const withInstructions = codes
      .filter((code) => code.notReportedWith.length > 0)
      .map((code) => [code.code, code.notReportedWith]);
    expect(withInstructions).toEqual([
      ['0957T', ['0958T', '0960T']],
      ['0960T', ['0957T', '0958T']],
      ['0970T', ['76641', '76642', '76940', '76942']],
    ]);
  });

  test('pages of the first and last code', () => {
    const codes = release.codeGroups[0]!.codes;
    expect(codes[0]).toMatchObject({ code: '0207T', page: 3 });
    expect(codes.at(-1)).toMatchObject({ code: '1025T', page: 7 });
  });

  test('exception mapping: 16 rows in printed order', () => {
    expect(published.coveredElsewhere).toHaveLength(16);
    expect(release.coveredElsewhere.map(({ policy, codes }) => ({ policy, codes }))).toEqual(published.coveredElsewhere);
    expect(release.coveredElsewhere[0]!.page).toBe(7);
    expect(release.coveredElsewhere.at(-1)!.page).toBe(8);
  });

  test('revision rows in printed order with ISO dates', () => {
    expect(published.revisions).toHaveLength(7);
    const extracted = release.revisions.map(({ type, summary, date }) => ({ type, summary: summary.join(' '), date }));
    expect(extracted).toEqual(published.revisions);
    expect(release.revisions.every((revision) => revision.summary.length === 1 && revision.page === 8)).toBe(true);
  });
});
