import { describe, expect, test } from 'vitest';

import { compareRenditions } from '../../../src/validate/rules/rendition-disagreement.ts';
import { buildRelease } from '../build-release.ts';

const PDF = 'sources/cigna-0558/2026-04-15.pdf';
const HTML = 'sources/cigna-0558/2026-04-15.html';

function htmlRendition() {
  const release = buildRelease();
  release.source = [{ path: HTML, sha256: '1'.repeat(64), format: 'html', pages: 1 }];
  for (const row of release.codeGroups[0]!.codes) row.page = 1;
  for (const revision of release.revisions) revision.page = 1;
  for (const entry of release.coveredElsewhere) entry.page = 1;
  return release;
}

describe('compareRenditions', () => {
  test('source and pages are ignored', () => {
    expect(compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: htmlRendition() })).toEqual([]);
  });

  test('one description differs', () => {
    const html = htmlRendition();
    html.codeGroups[0]!.codes[2]!.description = 'Transcatheter renal sympathetic denervation; both sides';

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'rendition-disagreement',
      severity: 'error',
      path: PDF,
      page: 4,
      jsonPath: 'codeGroups[0].codes[2].description',
    });
    expect(findings[0]!.message).toContain('of `0339T`');
    expect(findings[0]!.message).toContain(PDF);
    expect(findings[0]!.message).toContain(HTML);
    expect(findings[0]!.message).toContain('both sides');
  });

  test('row missing from one rendition', () => {
    const html = htmlRendition();
    html.codeGroups[0]!.codes.splice(1, 1);

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings).toHaveLength(1);
    expect(findings[0]!.jsonPath).toBe('codeGroups[0].codes[1]');
    expect(findings[0]!.message).toContain(`\`0338T\` has a row in ${PDF} but none in ${HTML}`);
  });

  test('metadata, exception and revision fields', () => {
    const html = htmlRendition();
    html.policy.nextReviewDate = '2026-09-15';
    html.coveredElsewhere[1]!.codes.push('0539T');
    html.revisions[1]!.summary = ['Revised policy statement.'];

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings.map((finding) => finding.jsonPath)).toEqual([
      'policy.nextReviewDate',
      'coveredElsewhere[1].codes[2]',
      'revisions[1].summary[0]',
    ]);
    expect(findings.map((finding) => finding.page)).toEqual([null, 7, 8]);
  });

  test('long descriptions are quoted around the change', () => {
    const pdf = buildRelease();
    const html = htmlRendition();
    const start = 'Transcatheter renal sympathetic denervation, percutaneous approach including arterial puncture, ';
    pdf.codeGroups[0]!.codes[0]!.description = `${start}selective catheter placement`;
    html.codeGroups[0]!.codes[0]!.description = `${start}selective catheter placment`;

    const [finding] = compareRenditions({ path: PDF, release: pdf }, { path: HTML, release: html });

    expect(finding!.message).toContain('placement');
    expect(finding!.message).toContain('placment');
    expect(finding!.message).not.toContain('Transcatheter');
  });

  test('inserted revision row gives one finding', () => {
    const html = htmlRendition();
    html.revisions.unshift({ type: 'Focused Review', summary: ['Added code 1026T.'], date: '2026-04-15', page: 1 });

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['revisions[0]']);
    expect(findings[0]!.message).toContain('Added code 1026T.');
  });

  test('changed revision row compared field by field', () => {
    const html = htmlRendition();
    html.revisions[0]!.summary = ['Reworded summary.'];

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['revisions[0].summary[0]']);
  });

  test('missing exception row gives one finding', () => {
    const html = htmlRendition();
    html.coveredElsewhere.splice(0, 1);

    const findings = compareRenditions({ path: PDF, release: buildRelease() }, { path: HTML, release: html });

    expect(findings.map((finding) => finding.jsonPath)).toEqual(['coveredElsewhere[0]']);
  });
});
