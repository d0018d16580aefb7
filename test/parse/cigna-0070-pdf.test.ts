// Golden test on Cigna's own PDF of policy 0070 (Acrobat PDFMaker), which may not be committed:
// it runs when the shared corpus is present and is skipped otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, test } from 'vitest';

import { extractDocument } from '../../src/extract.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { fetchedCorpusDir, hasFetchedCorpus } from '../helpers/paths.ts';

const ALLERGEN_SERVICES =
  'Professional services for the supervision of preparation and provision of antigens for allergen immunotherapy; single or multiple antigens (specify number of doses)';
const MEDICALLY_NECESSARY_HEADING =
  'Considered Medically Necessary when criteria in the applicable policy statements listed above are met';

describe.skipIf(!hasFetchedCorpus)('policy 0070 publisher PDF', () => {
  let release: PolicyRelease;

  beforeAll(async () => {
    const path = join(fetchedCorpusDir, 'cigna-0070-2026-04-15.pdf');
    release = (await extractDocument(new Uint8Array(readFileSync(path)), path)).release;
  });

  test('masthead metadata', () => {
    expect(release.policy).toEqual({
      publisher: 'Cigna',
      number: '0070',
      title: 'Allergy Testing and Non-Pharmacologic Treatment',
      effectiveDate: '2026-04-15',
      nextReviewDate: '2027-04-15',
    });
    expect(release.source[0]!.pages).toBe(14);
  });

  test('six related resources, hanging-indent wrap joined', () => {
    expect(release.relatedResources).toEqual([
      'Complementary and Alternative Medicine',
      'Grass Pollen Sublingual Products',
      'Odactra',
      'Omalizumab',
      'Peanut (arachis hypogaea) allergen powder-dnfp',
      'Ragwitek',
    ]);
  });

  test('four code groups with headings, statuses and context', () => {
    expect(release.codeGroups.map(({ heading, status, context, codeSystem }) => ({ heading, status, context, codeSystem }))).toEqual([
      { heading: MEDICALLY_NECESSARY_HEADING, status: 'medically-necessary', context: ['Testing'], codeSystem: 'CPT' },
      { heading: 'Not Covered or Reimbursable', status: 'not-covered', context: ['Testing'], codeSystem: 'CPT' },
      { heading: MEDICALLY_NECESSARY_HEADING, status: 'medically-necessary', context: ['Treatment'], codeSystem: 'CPT' },
      {
        heading: 'Not covered or reimbursable when used to report sublingual antigen extract drop immunotherapy preparations',
        status: 'not-covered',
        context: ['Sublingual Antigen Extract Drop Immunotherapy Preparations'],
        codeSystem: 'CPT',
      },
    ]);
  });

  test('testing codes with descriptors and pages', () => {
    const [covered, notCovered] = release.codeGroups;
    expect(covered!.codes.map(({ code, kind, description, page }) => ({ code, kind, description, page }))).toEqual([
      { code: '86003', kind: 'CPT-I', page: 3, description: 'Allergen specific IgE; quantitative or semiquantitative, crude allergen extract, each' },
      {
        code: '95004',
        kind: 'CPT-I',
        page: 3,
        description:
          'Percutaneous tests (scratch, puncture, prick) with allergenic extracts, immediate type reaction, including test interpretation and report, specify number of tests',
      },
      {
        code: '95024',
        kind: 'CPT-I',
        page: 3,
        description:
          'Intracutaneous (intradermal) tests with allergenic extracts, immediate type reaction, including test interpretation and report, specify number of tests',
      },
    ]);
    // The heading sits at the foot of page 3 and its table starts on page 4.
    expect(notCovered!.codes.map(({ code, kind, description, page }) => ({ code, kind, description, page }))).toEqual([
      {
        code: '0165U',
        kind: 'PLA',
        page: 4,
        description:
          'Peanut allergen-specific quantitative assessment of multiple epitopes using enzyme-linked immunosorbent assay (ELISA), blood, individual epitope results and probability of peanut allergy',
      },
      {
        code: '0178U',
        kind: 'PLA',
        page: 4,
        description:
          'Peanut allergen-specific quantitative assessment of multiple epitopes using enzyme-linked immunosorbent assay (ELISA), blood, report of minimum eliciting exposure for a clinical reaction',
      },
    ]);
  });

  test('treatment code with its dagger footnote', () => {
    const code = release.codeGroups[2]!.codes;
    expect(code).toEqual([
      {
        code: '95165',
        kind: 'CPT-I',
        description: ALLERGEN_SERVICES,
        addOn: false,
        notReportedWith: [],
        footnotes: [
          {
            marker: '†',
            text: 'Note: Professional services for the supervision of preparation and provision of antigens for allergen immunotherapy, single or multiple antigens that exceeds a maximum of 150 doses per year (i.e., rolling 12 months) are not covered or reimbursable.',
          },
        ],
        page: 4,
      },
    ]);
  });

  test('sublingual group lists 95165 without the footnote', () => {
    expect(release.codeGroups[3]!.codes).toEqual([
      { code: '95165', kind: 'CPT-I', description: ALLERGEN_SERVICES, addOn: false, notReportedWith: [], footnotes: [], page: 4 },
    ]);
  });

  test('no exception mapping', () => {
    expect(release.coveredElsewhere).toEqual([]);
  });

  test('four revision rows with every bullet', () => {
    expect(release.revisions).toEqual([
      { type: 'Annual Review', summary: ['No clinical policy statement changes.'], date: '2026-04-15', page: 13 },
      {
        type: 'Annual Review',
        summary: ['Removed policy statements related to: in vitro metal LTT for joint replacement surgery, and LHR in vitro allergy testing.'],
        date: '2025-04-15',
        page: 13,
      },
      { type: 'Annual Review', summary: ['No changes to coverage.'], date: '2024-05-15', page: 14 },
      {
        type: 'Focused Review',
        summary: [
          'Added policy statements regarding testing limits on allergy testing and preparation of allergen immunotherapy.',
          'Removed the not medically necessary policy statement for in vitro allergy testing and subcutaneous allergen immunotherapy.',
          'Updated the experimental/investigational or unproven policy statement for allergy testing.',
        ],
        date: '2023-12-03',
        page: 14,
      },
    ]);
  });
});
