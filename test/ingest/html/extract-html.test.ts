// Extraction through the shared parser: the HTML rendition of a release must give the release
// its PDF gives, in every field but `source` and pages.
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import type { PolicyRelease } from '../../../src/model/release.ts';
import { runCli } from '../../helpers/run-cli.ts';

const EXPORT_URL = new URL('../../../sources/cigna-0558/2026-04-15.html', import.meta.url);
const PDF_URL = new URL('../../../sources/cigna-0558/2026-04-15.pdf', import.meta.url);
const PLAIN_URL = new URL('../../fixtures/html/plain-policy.html', import.meta.url);

async function extract(url: URL, path: string): Promise<PolicyRelease> {
  const { release } = await extractDocument(new Uint8Array(readFileSync(url)), path);
  return release;
}

/** Drops the `page` fields, which differ between renditions by design. */
function withoutPages<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'page' ? undefined : field))) as T;
}

const html = await extract(EXPORT_URL, 'sources/cigna-0558/2026-04-15.html');
const pdf = await extract(PDF_URL, 'sources/cigna-0558/2026-04-15.pdf');

describe('0558 HTML export against its PDF', () => {
  test('PDF extraction is not empty', () => {
    expect(pdf.policy.number).toBe('0558');
    expect(pdf.relatedResources).toHaveLength(25);
    expect(pdf.codeGroups.flatMap((group) => group.codes)).toHaveLength(56);
    expect(pdf.coveredElsewhere).toHaveLength(16);
    expect(pdf.revisions).toHaveLength(7);
  });

  test('source names the HTML rendition', () => {
    expect(html.source).toHaveLength(1);
    expect(html.source[0]?.path).toBe('sources/cigna-0558/2026-04-15.html');
    expect(html.source[0]?.format).toBe('html');
    expect(html.source[0]?.pages).toBe(1);
    expect(html.schemaVersion).toBe(pdf.schemaVersion);
  });

  test('policy metadata', () => {
    expect(html.policy).toEqual(pdf.policy);
  });

  test('related resources', () => {
    expect(html.relatedResources).toEqual(pdf.relatedResources);
  });

  test('code groups', () => {
    expect(html.codeGroups.map((group) => group.heading)).toEqual(pdf.codeGroups.map((group) => group.heading));
  });

  describe.each(pdf.codeGroups.map((group, index) => [group.heading, index] as const))('group %s', (_, index) => {
    const expected = pdf.codeGroups[index]!;
    const actual = html.codeGroups[index];

    test('status, context and code system', () => {
      expect(actual?.status).toBe(expected.status);
      expect(actual?.context).toEqual(expected.context);
      expect(actual?.codeSystem).toBe(expected.codeSystem);
    });

    test('code list', () => {
      expect(actual?.codes.map((code) => code.code)).toEqual(expected.codes.map((code) => code.code));
    });

    test.each(expected.codes.map((code, codeIndex) => [code.code, codeIndex] as const))('code %s', (_, codeIndex) => {
      expect(withoutPages(actual?.codes[codeIndex])).toEqual(withoutPages(expected.codes[codeIndex]));
    });
  });

  test.each(pdf.coveredElsewhere.map((row, index) => [row.policy, index] as const))('exception row %s', (_, index) => {
    expect(withoutPages(html.coveredElsewhere[index])).toEqual(withoutPages(pdf.coveredElsewhere[index]));
  });

  test('exception row count', () => {
    expect(html.coveredElsewhere).toHaveLength(pdf.coveredElsewhere.length);
  });

  test.each(pdf.revisions.map((revision, index) => [revision.date, revision.type, index] as const))(
    'revision %s %s',
    (_, __, index) => {
      expect(withoutPages(html.revisions[index])).toEqual(withoutPages(pdf.revisions[index]));
    },
  );

  test('revision count', () => {
    expect(html.revisions).toHaveLength(pdf.revisions.length);
  });

  test('whole release but source and pages', () => {
    expect(withoutPages({ ...html, source: [] })).toEqual(withoutPages({ ...pdf, source: [] }));
  });
});

describe('plain policy page', async () => {
  const release = await extract(PLAIN_URL, 'test/fixtures/html/plain-policy.html');

  test('policy metadata', () => {
    expect(release.policy).toEqual({
      publisher: 'Cigna',
      number: '0558',
      title: 'Category III Current Procedural Terminology (CPT®) codes',
      effectiveDate: '2026-04-15',
      nextReviewDate: '2026-08-15',
    });
  });

  test('related resources from a list', () => {
    expect(release.relatedResources).toEqual([
      'Brexucabtagene autoleucel',
      'Glaucoma Surgical Procedures',
      'Yescarta (Injectable CAR-T)',
    ]);
  });

  test('one group per table', () => {
    expect(release.codeGroups.map((group) => [group.heading, group.status, group.codeSystem])).toEqual([
      ['Considered Experimental/Investigational/Unproven', 'experimental-investigational-unproven', 'CPT'],
      [
        'Considered Medically Necessary when criteria in the applicable policy statements listed above are met',
        'medically-necessary',
        'CPT',
      ],
    ]);
  });

  test('codes without hidden, scripted or commented ones', () => {
    expect(release.codeGroups.map((group) => group.codes.map((code) => code.code))).toEqual([
      ['0207T', '0439T', '0979T'],
      ['0449T', '0671T'],
    ]);
  });

  test('descriptions joined across br and p', () => {
    const [unproven] = release.codeGroups;
    expect(unproven?.codes[0]?.description).toBe(
      'Evacuation of meibomian glands, automated, using heat and intermittent pressure, unilateral',
    );
    expect(unproven?.codes[1]?.description).toBe(
      'Myocardial contrast perfusion echocardiography; at rest or with stress, for assessment of myocardial ischemia or viability (List separately in addition to code for primary procedure)',
    );
    expect(unproven?.codes[1]?.addOn).toBe(true);
    expect(unproven?.codes[2]?.description).toBe('Submucosal cryolysis therapy; soft palate only');
  });

  test('exception rows with a code range', () => {
    expect(release.coveredElsewhere.map((row) => [row.policy, row.codes])).toEqual([
      ['Brexucabtagene autoleucel', ['0537T', '0538T', '0539T', '0540T']],
      ['Glaucoma Surgical Procedures', ['0449T', '0671T']],
      ['Yescarta (Injectable CAR-T)', ['0537T', '0538T', '0539T', '0540T']],
    ]);
  });

  test('revisions with one summary entry per list item', () => {
    expect(release.revisions).toEqual([
      { type: 'Focused Review', summary: ['Added 0979T.', 'Removed 0980T.'], date: '2026-04-15', page: 1 },
      { type: 'Annual Review', summary: ['No clinical policy statement changes.'], date: '2025-08-15', page: 1 },
    ]);
  });
});

describe('code groups set in one table', () => {
  test('group rows give one group each', async () => {
    const html = `<html><body>
      <p>Effective Date 4/15/2026</p>
      <p>Coverage Policy Number 0558</p>
      <h1>Category III Current Procedural Terminology (CPT&reg;) codes</h1>
      <h2>Coding Information</h2>
      <table>
        <tr><th>CPT&reg;* Codes</th><th>Description</th></tr>
        <tr><td colspan="2"><b>Considered Experimental/Investigational/Unproven:</b></td></tr>
        <tr><td>0207T</td><td>Evacuation of meibomian glands, automated, using heat and intermittent pressure, unilateral</td></tr>
        <tr><td colspan="2"><b>Considered Medically Necessary when criteria are met:</b></td></tr>
        <tr><td>0449T</td><td>Insertion of aqueous drainage device</td></tr>
      </table>
      <h2>Revision Details</h2>
    </body></html>`;
    const { release } = await extractDocument(new TextEncoder().encode(html), 'groups.html');
    expect(release.codeGroups.map((group) => [group.heading, group.status, group.codeSystem])).toEqual([
      ['Considered Experimental/Investigational/Unproven', 'experimental-investigational-unproven', 'CPT'],
      ['Considered Medically Necessary when criteria are met', 'medically-necessary', 'CPT'],
    ]);
    expect(release.codeGroups.map((group) => group.codes.map((code) => code.code))).toEqual([['0207T'], ['0449T']]);
  });
});

describe('policydiff extract on HTML', () => {
  test('committed 0558 HTML equals its PDF', () => {
    const fromHtml = runCli(['extract', 'sources/cigna-0558/2026-04-15.html']);
    const fromPdf = runCli(['extract', 'sources/cigna-0558/2026-04-15.pdf']);
    expect(fromHtml.status).toBe(0);
    expect(fromPdf.status).toBe(0);

    const htmlRelease = JSON.parse(fromHtml.stdout) as PolicyRelease;
    const pdfRelease = JSON.parse(fromPdf.stdout) as PolicyRelease;
    expect(htmlRelease.source.map((source) => source.format)).toEqual(['html']);
    expect(withoutPages({ ...htmlRelease, source: [] })).toEqual(withoutPages({ ...pdfRelease, source: [] }));
  });

  test('page that is no policy exits 2', () => {
    const run = runCli(['extract', 'test/fixtures/html/not-a-policy.html']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: test/fixtures/html/not-a-policy.html: this HTML page is not a coverage policy (it starts with `Find a Doctor`); ' +
        'expected a masthead (`Effective Date`, `Coverage Policy Number`), a `Coding Information` section or a ' +
        '`Revision Details` table. Save the policy document itself as HTML, not a search, index or error page.\n',
    );
  });
});
