import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

import { ingestText } from '../../../src/ingest/text/ingest-text.ts';
import type { LayoutDocument, Paragraph, Table, TableRow } from '../../../src/model/layout.ts';

const FETCHED = fileURLToPath(new URL('../../../../shared/corpus/fetched/', import.meta.url));
const PATH = `${FETCHED}cigna-0520-2025-11-09.txt`;

function tables(document: LayoutDocument): Table[] {
  return document.blocks.filter((block): block is Table => block.kind === 'table');
}

function bodyRows(table: Table): TableRow[] {
  return table.rows.filter((row) => !row.header);
}

function findRow(document: LayoutDocument, code: string): TableRow[] {
  return tables(document).flatMap((table) => table.rows.filter((row) => row.cells[0]!.lines[0] === code));
}

/** Finds the last paragraph before a table, which is the table's group heading in this policy. */
function headingBefore(document: LayoutDocument, table: Table): Paragraph | undefined {
  const before = document.blocks.slice(0, document.blocks.indexOf(table));
  return before.reverse().find((block): block is Paragraph => block.kind === 'paragraph');
}

describe.skipIf(!existsSync(FETCHED))('plain extraction of 0520', () => {
  // The body runs to collect the tests even when they are skipped, so it reads nothing then.
  const document: LayoutDocument = existsSync(PATH)
    ? ingestText(readFileSync(PATH, 'utf8'), PATH)
    : { format: 'txt', pageCount: 0, blocks: [] };
  const codeTables = tables(document).slice(0, -1);
  const revisionTable = tables(document).at(-1)!;

  test('36 pages', () => {
    expect(document.format).toBe('txt');
    expect(document.pageCount).toBe(36);
  });

  test('masthead and title', () => {
    const first = document.blocks.slice(0, 5) as Paragraph[];
    expect(first.map((paragraph) => paragraph.lines.map((line) => line.text))).toEqual([
      ['Medical Coverage Policy'],
      ['Effective Date .................... 11/9/2025'],
      ['Next Review Date...............7/15/2026'],
      ['Coverage Policy Number ............. 0520'],
      ['Molecular and Proteomic Diagnostic Testing', 'for Hematology and Oncology Indications'],
    ]);
    expect(first[4]!.bold).toBe(true);
  });

  test('section headings on their printed pages', () => {
    const headings = document.blocks.filter(
      (block): block is Paragraph => block.kind === 'paragraph' && block.bold && block.lines.length === 1,
    );
    const pageOf = (title: string): number | undefined => headings.find((heading) => heading.lines[0]!.text === title)?.page;
    expect(pageOf('Overview')).toBe(2);
    expect(pageOf('Coding Information')).toBe(7);
    expect(pageOf('General Background')).toBe(16);
    expect(pageOf('Revision Details')).toBe(35);
  });

  test('code tables, headers and row counts', () => {
    expect(codeTables.map((table) => [table.page, bodyRows(table).length])).toEqual([
      [7, 54],
      [10, 7],
      [11, 13],
      [12, 2],
      [13, 3],
      [13, 2],
      [13, 3],
      [13, 1],
      [14, 22],
      [15, 1],
      [15, 12],
    ]);
    for (const table of codeTables) {
      expect(table.rows[0]!.header).toBe(true);
      expect(table.rows.filter((row) => row.header).every((row) => row.cells[1]!.lines[0] === 'Description')).toBe(true);
    }
    expect(codeTables[6]!.rows[0]!.cells[0]!.lines).toEqual(['ICD-10-CM', 'Diagnosis', 'Codes']);
    expect(codeTables[0]!.rows[0]!.cells[0]!.lines).toEqual(['CPT®* Codes']);
  });

  test('repeated headers on later pages', () => {
    const headerPages = codeTables[0]!.rows.filter((row) => row.header).map((row) => row.page);
    expect(headerPages).toEqual([7, 8, 9, 10]);
  });

  test('group headings and context above the tables', () => {
    const headings = codeTables.map((table) => headingBefore(document, table));
    expect(headings.every((heading) => heading?.bold)).toBe(true);
    expect(headings[0]!.lines.map((line) => line.text).join(' ')).toBe(
      'Considered Medically Necessary when criteria in the applicable policy statements listed above are met:',
    );
    expect(headings[6]!.lines[0]!.text).toBe('Considered Medically Necessary when criteria in the applicable policy statements listed');
    // The ICD-10-CM table follows the CPT table of its group with no paragraph between.
    expect(document.blocks[document.blocks.indexOf(codeTables[6]!) - 1]).toBe(codeTables[5]);

    const contexts = ['General Criteria for Somatic Pathogenic or Likely Pathogenic Variant Genetic Testing',
      'Tumor Profile/Gene Expression Classifier Testing', 'Circulating Tumor Cells Testing', 'Myeloproliferative Neoplasms'];
    const coding = document.blocks.slice(document.blocks.findIndex((block) => block.kind === 'paragraph' && block.lines[0]!.text === 'Coding Information'));
    for (const context of contexts) {
      const paragraph = coding.find((block): block is Paragraph => block.kind === 'paragraph' && block.lines[0]!.text === context);
      expect(paragraph?.bold, context).toBe(true);
    }
  });

  test('row cut by a page break stays one row', () => {
    const [row] = findRow(document, '81540');
    expect(row!.page).toBe(10);
    expect(row!.cells[1]!.lines).toEqual([
      'Oncology (tumor of unknown origin), mRNA, gene expression profiling by real-',
      'time RT-PCR of 92 genes (87 content and 5 housekeeping) to classify tumor into',
      'main cancer type and subtype, utilizing formalin-fixed paraffin-embedded tissue,',
      'algorithm reported as a probability of predicted main cancer type and subtype',
    ]);
    const [prostate] = findRow(document, '0497U');
    expect(prostate!.page).toBe(15);
    expect(prostate!.cells[1]!.lines.at(-1)).toBe('prostate cancer');
  });

  test('footnote markers stay on their codes', () => {
    expect(findRow(document, '81401†').map((row) => row.page)).toEqual([10]);
    expect(findRow(document, '81445††').map((row) => row.page)).toEqual([10]);
    expect(findRow(document, '81404†').map((row) => row.page)).toEqual([11]);
    expect(findRow(document, '81401').map((row) => row.page)).toEqual([14]);
  });

  test('footnote notes are bold paragraphs', () => {
    const notes = document.blocks.filter(
      (block): block is Paragraph => block.kind === 'paragraph' && /^†+Note:/.test(block.lines[0]!.text),
    );
    expect(notes.map((note) => [note.page, note.bold, note.lines[0]!.text])).toEqual([
      [10, true, '†Note: Considered Not Medically Necessary when used to report:'],
      [10, true, '††Note: Considered Medically Necessary when used to report ThyGeNext®'],
      [12, true, '†Note: Considered Medically Necessary when used to report:'],
    ]);
  });

  test('ICD-10-CM rows and the row without code', () => {
    expect(bodyRows(codeTables[6]!).map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [['C61'], ['Malignant neoplasm of prostate']],
      [['C79.82'], ['Secondary malignant neoplasm of genital organs']],
      [['D40.0'], ['Neoplasm of uncertain behavior of prostate']],
    ]);
    expect(bodyRows(codeTables[7]!).map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [[], ['All other diagnosis codes']],
    ]);
  });

  test('revision rows across pages', () => {
    expect(revisionTable.page).toBe(35);
    expect(revisionTable.rows.map((row) => [row.page, row.header])).toEqual([
      [35, true],
      [35, false],
      [35, false],
      [36, true],
      [36, false],
    ]);
    expect(bodyRows(revisionTable).map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [
        ['Annual Review'],
        [
          '• Revised policy statements for tissue-based broad molecular profile panel testing; primary myelofibrosis testing; and not covered or reimbursable tests.',
        ],
        ['11/9/2025'],
      ],
      [
        ['Focused Review'],
        [
          '• Removed policy statements for targeted PIK3CA and NTRK fusions testing; specific gene expression testing for breast cancer; certain prostate cancer tests; occult neoplasms; topographic genotyping; and adhesive patch gene expression assay.',
          '• Added policy statement for specific not covered or reimbursable tests.',
        ],
        ['11/1/2024'],
      ],
      [
        ['Annual Review'],
        [
          '• Revised general criteria for somatic pathogenic or likely pathogenic variant genetic testing.',
          '• Removed policy statement for VeriStrat.',
        ],
        ['5/15/2024'],
      ],
    ]);
  });

  test('no running footer left in any block', () => {
    const texts = document.blocks.flatMap((block) =>
      block.kind === 'paragraph'
        ? block.lines.map((line) => line.text)
        : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines)),
    );
    expect(texts.filter((text) => /^Page\s+\d+\s+of|^Medical Coverage Policy:/.test(text))).toEqual([]);
  });
});
