// Golden test of the plain extraction of Cigna policy 0520 through the shared parser. The
// expected values are read off the printed policy: its Coding Information section (pages 7 to
// 16) and its Revision Details table (pages 35 and 36).
import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { extractDocument } from '../../../src/extract.ts';
import type { ParseResult } from '../../../src/model/parse-result.ts';
import type { PolicyCode } from '../../../src/model/release.ts';
import { validateRelease } from '../../../src/validate/index.ts';
import { fetchedCorpusDir } from '../../helpers/paths.ts';

const FILE = `${fetchedCorpusDir}cigna-0520-2025-11-09.txt`;
const PATH = 'sources/cigna-0520/2025-11-09.txt';

const MEDICALLY_NECESSARY =
  'Considered Medically Necessary when criteria in the applicable policy statements listed above are met';
const GENERAL_CRITERIA = 'General Criteria for Somatic Pathogenic or Likely Pathogenic Variant Genetic Testing';

// Heading, status, context, code system and number of codes of every group, in printed order.
const GROUPS = [
  [MEDICALLY_NECESSARY, 'medically-necessary', [GENERAL_CRITERIA], 'CPT', 54],
  ['Considered Not Medically Necessary', 'not-medically-necessary', [GENERAL_CRITERIA], 'CPT', 7],
  ['Not Covered or Reimbursable', 'not-covered', [GENERAL_CRITERIA], 'CPT', 13],
  ['Considered Not Medically Necessary', 'not-medically-necessary', ['Tumor Profile/Gene Expression Classifier Testing'], 'CPT', 2],
  ['Considered Not Medically Necessary', 'not-medically-necessary', ['Circulating Tumor Cells Testing'], 'CPT', 3],
  [MEDICALLY_NECESSARY, 'medically-necessary', ['Circulating Tumor Cells Testing'], 'CPT', 2],
  [MEDICALLY_NECESSARY, 'medically-necessary', ['Circulating Tumor Cells Testing'], 'ICD-10-CM', 3],
  ['Not Covered or Reimbursable', 'not-covered', ['Circulating Tumor Cells Testing'], 'ICD-10-CM', 1],
  [MEDICALLY_NECESSARY, 'medically-necessary', ['Myeloproliferative Neoplasms'], 'CPT', 22],
  ['Considered Experimental/Investigational/Unproven', 'experimental-investigational-unproven', ['Myeloproliferative Neoplasms'], 'CPT', 1],
  ['Not Covered or Reimbursable', 'not-covered', ['Myeloproliferative Neoplasms'], 'CPT', 12],
] as const;

// Descriptions in full, chosen for wrapped lines, hyphens at line ends, rows cut by a page
// break and raised footnote markers.
const DESCRIPTIONS: [group: number, code: string, page: number, description: string][] = [
  [0, '81120', 7, 'IDH1 (isocitrate dehydrogenase 1 [NADP+], soluble) (eg, glioma), common variants (eg, R132H, R132C)'],
  [
    0,
    '81261',
    8,
    'IGH@ (Immunoglobulin heavy chain locus) (eg, leukemias and lymphomas, B-cell), gene rearrangement analysis to detect abnormal clonal population(s); amplified methodology (eg, polymerase chain reaction)',
  ],
  [
    0,
    '81401',
    10,
    'Molecular pathology procedure, Level 2 (eg, 2-10 SNPs, 1 methylated variant, or 1 somatic variant [typically using nonsequencing target variant analysis], or detection of a dynamic mutation disorder/triplet repeat)',
  ],
  [
    1,
    '81540',
    10,
    'Oncology (tumor of unknown origin), mRNA, gene expression profiling by real-time RT-PCR of 92 genes (87 content and 5 housekeeping) to classify tumor into main cancer type and subtype, utilizing formalin-fixed paraffin-embedded tissue, algorithm reported as a probability of predicted main cancer type and subtype',
  ],
  [
    2,
    '0368U',
    11,
    'Oncology (colorectal cancer), evaluation for mutations of APC, BRAF, CTNNB1, KRAS, NRAS, PIK3CA, SMAD4, and TP53, and methylation markers (MYO1G, KCNQ5, C9ORF50, FLI1, CLIP4, ZNF132 and TWIST1), multiplex quantitative polymerase chain reaction (qPCR), circulating cell-free DNA (cfDNA), plasma, report of risk score for advanced adenoma or colorectal cancer',
  ],
  [6, 'C79.82', 13, 'Secondary malignant neoplasm of genital organs'],
  [
    9,
    '0011M',
    15,
    'Oncology, prostate cancer, mRNA expression assay of 12 genes (10 content and 2 housekeeping), RT-PCR test utilizing blood plasma and/or urine, algorithms to predict high-grade prostate cancer risk',
  ],
  [
    10,
    '0343U',
    15,
    'Oncology (prostate), exosome-based analysis of 442 small noncoding RNAs (sncRNAs) by quantitative reverse transcription polymerase chain reaction (RT-qPCR), urine, reported as molecular evidence of no-, low-, intermediate- or high-risk of prostate cancer',
  ],
  [
    10,
    '0497U',
    15,
    'Oncology (prostate), mRNA gene expression profiling by real-time RT-PCR of 6 genes (FOXM1, MCM3, MTUS1, TTC21B, ALAS1, and PPP2CA), utilizing formalin fixed paraffin-embedded (FFPE) tissue, algorithm reported as a risk score for prostate cancer',
  ],
];

describe.skipIf(!existsSync(FILE))('0520 plain extraction golden', async () => {
  // The body runs to collect the tests even when they are skipped, so it reads nothing then.
  const result = (existsSync(FILE) ? await extractDocument(new Uint8Array(readFileSync(FILE)), PATH) : undefined) as ParseResult;
  const release = result?.release;
  const codeIn = (group: number, code: string): PolicyCode | undefined =>
    release.codeGroups[group]?.codes.find((candidate) => candidate.code === code);

  test('metadata', () => {
    expect(release.source[0]?.format).toBe('txt');
    expect(release.source[0]?.pages).toBe(36);
    expect(release.policy).toEqual({
      publisher: 'Cigna',
      number: '0520',
      title: 'Molecular and Proteomic Diagnostic Testing for Hematology and Oncology Indications',
      effectiveDate: '2025-11-09',
      nextReviewDate: '2026-07-15',
    });
    expect(release.relatedResources).toEqual(['Genetics', 'Lab Management Guidelines', 'Laboratory Testing Services']);
  });

  test('every code group of the coding section', () => {
    expect(release.codeGroups).toHaveLength(GROUPS.length);
  });

  test.each(GROUPS.map((group, index) => [index, ...group] as const))(
    'group %i: %s',
    (index, heading, status, context, codeSystem, count) => {
      const group = release.codeGroups[index]!;
      expect(group.heading).toBe(heading);
      expect(group.status).toBe(status);
      expect(group.context).toEqual(context);
      expect(group.codeSystem).toBe(codeSystem);
      expect(group.codes).toHaveLength(count);
    },
  );

  test('first and last codes of each group', () => {
    const ends = release.codeGroups.map((group) => [group.codes[0]?.code, group.codes.at(-1)?.code]);
    expect(ends.slice(0, 7)).toEqual([
      ['81120', '81500'],
      ['81525', '0599U'],
      ['81327', '0550U'],
      ['0016M', '0153U'],
      ['0490U', '0492U'],
      ['86152', '86153'],
      ['C61', 'D40.0'],
    ]);
    expect(ends.slice(8)).toEqual([
      ['81120', '0040U'],
      ['0011M', '0011M'],
      ['0036U', '0513U'],
    ]);
  });

  test.each(DESCRIPTIONS)('group %i code %s on page %i', (group, code, page, description) => {
    const found = codeIn(group, code);
    expect(found?.description).toBe(description);
    expect(found?.page).toBe(page);
  });

  test('code kinds', () => {
    expect(codeIn(0, '81120')?.kind).toBe('CPT-I');
    expect(codeIn(1, '0080U')?.kind).toBe('PLA');
    expect(codeIn(6, 'C61')?.kind).toBe('ICD-10-CM');
    expect(codeIn(9, '0011M')?.kind).toBe('MAAA');
  });

  test('footnote marker read off the code', () => {
    expect(codeIn(0, '81401')?.footnotes).toEqual([
      {
        marker: '†',
        text:
          'Note: Considered Not Medically Necessary when used to report: ' +
          '• LINC00518 (long intergenic non-protein coding RNA 518) (eg, melanoma), expression analysis ' +
          '• PRAME (preferentially expressed antigen in melanoma) (eg, melanoma), expression analysis',
      },
    ]);
    expect(codeIn(8, '81401')?.footnotes).toEqual([]);
  });

  test('doubled marker keeps its own note', () => {
    expect(codeIn(0, '81445')?.footnotes).toEqual([
      { marker: '††', text: 'Note: Considered Medically Necessary when used to report ThyGeNext®' },
    ]);
  });

  test('marker reused under a later table', () => {
    expect(codeIn(2, '81404')?.footnotes).toEqual([
      {
        marker: '†',
        text:
          'Note: Considered Medically Necessary when used to report: ' +
          '• NRAS (neuroblastoma RAS viral oncogene homolog) (eg, colorectal carcinoma), exon 1 and exon 2 sequences ' +
          '• KIT (C-kit) (v-kit Hardy-Zuckerman 4 feline sarcoma viral oncogene homolog) (eg, GIST, acute myeloid leukemia, melanoma), targeted gene analysis (eg, exons 8, 11, 13, 17, 18)',
      },
    ]);
  });

  test('revision rows across pages', () => {
    expect(release.revisions).toEqual([
      {
        type: 'Annual Review',
        summary: [
          'Revised policy statements for tissue-based broad molecular profile panel testing; primary myelofibrosis testing; and not covered or reimbursable tests.',
        ],
        date: '2025-11-09',
        page: 35,
      },
      {
        type: 'Focused Review',
        summary: [
          'Removed policy statements for targeted PIK3CA and NTRK fusions testing; specific gene expression testing for breast cancer; certain prostate cancer tests; occult neoplasms; topographic genotyping; and adhesive patch gene expression assay.',
          'Added policy statement for specific not covered or reimbursable tests.',
        ],
        date: '2024-11-01',
        page: 35,
      },
      {
        type: 'Annual Review',
        summary: [
          'Revised general criteria for somatic pathogenic or likely pathogenic variant genetic testing.',
          'Removed policy statement for VeriStrat.',
        ],
        date: '2024-05-15',
        page: 36,
      },
    ]);
  });

  test('catch-all diagnosis row without a code', () => {
    expect(release.codeGroups[7]!.codes.map((code) => [code.code, code.description])).toEqual([
      ['', 'All other diagnosis codes'],
    ]);
  });

  test('no error findings', () => {
    const errors = validateRelease({ result, path: PATH }).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('no code-shaped token left out of the rows', () => {
    const findings = validateRelease({ result, path: PATH });
    expect(findings.filter((finding) => finding.rule === 'orphan-code-text')).toEqual([]);
  });

  test('coding text spans the coding section', () => {
    const pages = result.codingText.map((line) => line.page);
    expect(Math.min(...pages)).toBe(7);
    expect(Math.max(...pages)).toBe(16);
  });
});
