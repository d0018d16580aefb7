import { describe, expect, test } from 'vitest';

import { ingestText } from '../../../src/ingest/text/ingest-text.ts';
import type { LayoutDocument, Paragraph, Table } from '../../../src/model/layout.ts';

function paragraphs(document: LayoutDocument): Paragraph[] {
  return document.blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
}

function tables(document: LayoutDocument): Table[] {
  return document.blocks.filter((block): block is Table => block.kind === 'table');
}

function paragraphTexts(document: LayoutDocument): string[] {
  return paragraphs(document).map((paragraph) => paragraph.lines.map((line) => line.text).join(' / '));
}

function cells(table: Table): string[][][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.lines));
}

// A plain extraction as simple PDF text extractors print it: each page's footer at the top of
// the page, raised symbols on lines of their own, the table header cut over lines.
const TWO_PAGES = [
  '',
  'Page 1   of    2   ',
  'Medical Coverage Policy: 0001 ',
  '   Medical Coverage Policy ',
  ' ',
  'Effective Date .................... 4/15/2026 ',
  'Next Review Date...............8/15/2026 ',
  'Coverage Policy Number ............. 0001 ',
  ' ',
  'Sample Procedures ',
  'for Testing ',
  'Table of Contents ',
  ' ',
  'Coding Information .................... 1 ',
  'Revision Details ........................2 ',
  'Related Coverage Resources ',
  ' ',
  'Genetics ',
  'Laboratory Testing Services ',
  ' ',
  'Coding Information ',
  ' ',
  'Notes: ',
  '1. This list of codes may not be all-inclusive. ',
  ' ',
  'Imaging Testing ',
  ' ',
  'Considered Medically Necessary when criteria in the applicable policy statements listed ',
  'above are met: ',
  ' ',
  'CPT',
  '®',
  '* ',
  'Codes ',
  'Description ',
  '0207T Evacuation of meibomian glands, automated, using heat and intermittent ',
  'pressure, unilateral ',
  '81401',
  '†',
  ' Molecular pathology procedure, Level 2 (eg, 2-10 SNPs, 1 methylated variant, or ',
  '1 somatic variant [typically using non-',
  '',
  'Page 2   of    2   ',
  'Medical Coverage Policy: 0001 ',
  'CPT',
  '®',
  '* ',
  'Codes ',
  'Description ',
  'sequencing target variant analysis]) ',
  '0342T Therapeutic apheresis with selective HDL delipidation and plasma reinfusion ',
  ' ',
  '†',
  'Note: Considered Not Medically Necessary when used to report:  ',
  '• PRAME (preferentially expressed antigen in melanoma) (eg, melanoma), ',
  'expression analysis ',
  ' ',
  'ICD-10-CM ',
  'Diagnosis ',
  'Codes ',
  'Description ',
  'C50.011 - C50.A2 Malignant neoplasm of breast ',
  'C61 Malignant neoplasm of prostate ',
  ' ',
  'Not Covered or Reimbursable:  ',
  ' ',
  'ICD-10-CM ',
  'Diagnosis ',
  'Codes ',
  'Description ',
  ' All other diagnosis codes ',
  ' ',
  'Revision Details  ',
  ' ',
  'Type of Revision Summary of Changes Date ',
  'Annual Review • Revised policy statements for tissue-based ',
  'testing; primary myelo- ',
  'fibrosis testing. ',
  '• Removed a statement. ',
  '4/15/2026 ',
  'Focused Review • No clinical policy statement changes. 1/15/2026 ',
  ' ',
  '“Cigna Companies” refers to operating subsidiaries of The Cigna Group. ',
].join('\n');

describe('plain extraction', () => {
  const document = ingestText(TWO_PAGES, 'sample.txt');

  test('pages from footers at the top of each page', () => {
    expect(document.pageCount).toBe(2);
    expect(paragraphs(document)[0]!.page).toBe(1);
    expect(document.blocks.at(-1)!.page).toBe(2);
  });

  test('footers removed', () => {
    const all = paragraphTexts(document).join('\n');
    expect(all).not.toMatch(/Page \d+ +of/);
    expect(all).not.toContain('Medical Coverage Policy: 0001');
  });

  test('masthead, title and contents', () => {
    expect(paragraphTexts(document).slice(0, 6)).toEqual([
      'Medical Coverage Policy',
      'Effective Date .................... 4/15/2026',
      'Next Review Date...............8/15/2026',
      'Coverage Policy Number ............. 0001',
      'Sample Procedures / for Testing',
      'Table of Contents',
    ]);
    expect(paragraphs(document)[4]!.bold).toBe(true);
  });

  test('related resources one per paragraph', () => {
    const all = paragraphTexts(document);
    const start = all.indexOf('Related Coverage Resources');
    expect(all.slice(start + 1, start + 3)).toEqual(['Genetics', 'Laboratory Testing Services']);
  });

  test('group heading cut over lines', () => {
    const heading = paragraphs(document).find((paragraph) => paragraph.lines[0]!.text.startsWith('Considered'));
    expect(heading?.lines.map((line) => line.text)).toEqual([
      'Considered Medically Necessary when criteria in the applicable policy statements listed',
      'above are met:',
    ]);
    expect(heading?.bold).toBe(true);
  });

  test('context subheading bold, notes not', () => {
    const byText = new Map(paragraphs(document).map((paragraph) => [paragraph.lines[0]!.text, paragraph]));
    expect(byText.get('Imaging Testing')?.bold).toBe(true);
    expect(byText.get('Notes:')?.bold).toBe(false);
    expect(byText.get('Coding Information')?.bold).toBe(true);
  });

  test('code table header and rows across a page break', () => {
    const codeTable = tables(document)[0]!;
    expect(codeTable.page).toBe(1);
    expect(cells(codeTable)).toEqual([
      [['CPT®* Codes'], ['Description']],
      [['0207T'], ['Evacuation of meibomian glands, automated, using heat and intermittent', 'pressure, unilateral']],
      [
        ['81401†'],
        [
          'Molecular pathology procedure, Level 2 (eg, 2-10 SNPs, 1 methylated variant, or',
          '1 somatic variant [typically using non-',
          'sequencing target variant analysis])',
        ],
      ],
      [['CPT®* Codes'], ['Description']],
      [['0342T'], ['Therapeutic apheresis with selective HDL delipidation and plasma reinfusion']],
    ]);
    expect(codeTable.rows.map((row) => [row.page, row.header])).toEqual([
      [1, true],
      [1, false],
      [1, false],
      [2, true],
      [2, false],
    ]);
  });

  test('footnote note is a bold paragraph with its marker', () => {
    const note = paragraphs(document).find((paragraph) => paragraph.lines[0]!.text.includes('Note:'));
    expect(note?.lines[0]!.text).toBe('†Note: Considered Not Medically Necessary when used to report:');
    expect(note?.bold).toBe(true);
    expect(paragraphTexts(document)).toContain(
      '• PRAME (preferentially expressed antigen in melanoma) (eg, melanoma), / expression analysis',
    );
  });

  test('ICD-10-CM tables, range and row without code', () => {
    const [, diagnoses, others] = tables(document);
    expect(cells(diagnoses!)).toEqual([
      [['ICD-10-CM', 'Diagnosis', 'Codes'], ['Description']],
      [['C50.011 - C50.A2'], ['Malignant neoplasm of breast']],
      [['C61'], ['Malignant neoplasm of prostate']],
    ]);
    expect(cells(others!)).toEqual([
      [['ICD-10-CM', 'Diagnosis', 'Codes'], ['Description']],
      [[], ['All other diagnosis codes']],
    ]);
  });

  test('revision rows, one line per bullet', () => {
    const revisions = tables(document)[3]!;
    expect(cells(revisions)).toEqual([
      [['Type of Revision'], ['Summary of Changes'], ['Date']],
      [
        ['Annual Review'],
        ['• Revised policy statements for tissue-based testing; primary myelo-fibrosis testing.', '• Removed a statement.'],
        ['4/15/2026'],
      ],
      [['Focused Review'], ['• No clinical policy statement changes.'], ['1/15/2026']],
    ]);
  });

  test('text after the revision table is a paragraph', () => {
    expect(paragraphTexts(document).at(-1)).toBe('“Cigna Companies” refers to operating subsidiaries of The Cigna Group.');
  });
});

describe('plain extraction subheadings', () => {
  const text = [
    'Coverage Policy Number ..... 0001',
    '',
    'General Background',
    '',
    'Somatic Mutation Genetic Testing',
    'Somatic mutations are changes in the DNA of a cell that may occur in any cell of the body',
    'except the germ cells.',
    '',
    'Minimal residual disease refers to the presence of leukemic cells',
    'below the threshold of detection.',
    '',
    'Proteomic Testing',
    '',
    'Proteomics involves the study of proteins.',
  ].join('\n');
  const document = ingestText(text, 'sample.txt');
  const byText = new Map(paragraphs(document).map((paragraph) => [paragraph.lines[0]!.text, paragraph]));

  test('title-case line above body text', () => {
    expect(byText.get('Somatic Mutation Genetic Testing')?.bold).toBe(true);
    expect(byText.get('Somatic Mutation Genetic Testing')?.lines).toHaveLength(1);
    expect(byText.get('Somatic mutations are changes in the DNA of a cell that may occur in any cell of the body')?.lines).toHaveLength(2);
  });

  test('sentence line stays in its paragraph', () => {
    const paragraph = byText.get('Minimal residual disease refers to the presence of leukemic cells');
    expect(paragraph?.bold).toBe(false);
    expect(paragraph?.lines).toHaveLength(2);
  });

  test('short line standing alone', () => {
    expect(byText.get('Proteomic Testing')?.bold).toBe(true);
    expect(byText.get('Proteomics involves the study of proteins.')?.bold).toBe(false);
  });
});

describe('plain extraction pages', () => {
  const masthead = 'Medical Coverage Policy\nCoverage Policy Number ..... 0001\n';

  test('footers at the bottom of each page', () => {
    const text = `${masthead}First page text\nPage 1 of 2\nSecond page text\nPage 2 of 2\n`;
    const document = ingestText(text, 'sample.txt');
    const pages = Object.fromEntries(paragraphs(document).map((paragraph) => [paragraph.lines[0]!.text, paragraph.page]));
    expect(pages['First page text']).toBe(1);
    expect(pages['Second page text']).toBe(2);
    expect(document.pageCount).toBe(2);
  });

  test('form feeds between pages', () => {
    const text = `${masthead}First page text\n\fSecond page text\n\f`;
    const document = ingestText(text, 'sample.txt');
    const pages = Object.fromEntries(paragraphs(document).map((paragraph) => [paragraph.lines[0]!.text, paragraph.page]));
    expect(pages['First page text']).toBe(1);
    expect(pages['Second page text']).toBe(2);
    expect(document.pageCount).toBe(2);
  });

  test('text without footers is one page', () => {
    const document = ingestText(`${masthead}Body\n`, 'sample.txt');
    expect(document.pageCount).toBe(1);
    expect(document.blocks.every((block) => block.page === 1)).toBe(true);
  });

  test('revision row continued on the next page', () => {
    const text = [
      '',
      'Page 1 of 2',
      masthead,
      'Revision Details',
      '',
      'Type of Revision Summary of Changes Date',
      'Focused Review • Removed policy statements for ',
      'occult neoplasms. ',
      '11/1/2024 ',
      '',
      'Page 2 of 2',
      'Type of Revision Summary of Changes Date ',
      '• Added policy statement for specific not covered ',
      'or reimbursable tests. ',
      'Annual Review • Revised general criteria. ',
      '5/15/2024 ',
    ].join('\n');
    const [revisions] = tables(ingestText(text, 'sample.txt'));
    expect(revisions!.rows.map((row) => [row.page, row.header])).toEqual([
      [1, true],
      [1, false],
      [2, true],
      [2, false],
    ]);
    expect(revisions!.rows[1]!.cells[1]!.lines).toEqual([
      '• Removed policy statements for occult neoplasms.',
      '• Added policy statement for specific not covered or reimbursable tests.',
    ]);
    expect(revisions!.rows[1]!.cells[2]!.lines).toEqual(['11/1/2024']);
    expect(revisions!.rows[3]!.cells[0]!.lines).toEqual(['Annual Review']);
  });
});
