import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { ingestText } from '../../../src/ingest/text/ingest-text.ts';
import type { LayoutDocument, Paragraph, Table } from '../../../src/model/layout.ts';

const FIXTURE = new URL('../../fixtures/published/cigna-0558-2026-04-15.txt', import.meta.url);
const PATH = 'sources/cigna-0558/2026-04-15.txt';

function paragraphs(document: LayoutDocument): Paragraph[] {
  return document.blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
}

function tables(document: LayoutDocument): Table[] {
  return document.blocks.filter((block): block is Table => block.kind === 'table');
}

function texts(document: LayoutDocument): string[] {
  return paragraphs(document).map((paragraph) => paragraph.lines.map((line) => line.text).join(' '));
}

function findParagraph(document: LayoutDocument, text: string): Paragraph {
  const found = paragraphs(document).find((paragraph) => paragraph.lines[0]?.text === text);
  if (!found) throw new Error(`no paragraph ${text}`);
  return found;
}

describe('tabbed text rendition of 0558', () => {
  const document = ingestText(readFileSync(FIXTURE, 'utf8'), PATH);

  test('one page, format txt', () => {
    expect(document.format).toBe('txt');
    expect(document.pageCount).toBe(1);
    expect(document.blocks.every((block) => block.page === 1)).toBe(true);
  });

  test('masthead lines kept as printed', () => {
    const all = texts(document);
    expect(all.slice(0, 5)).toEqual([
      'Medical Coverage Policy',
      'Effective Date4/15/2026',
      'Next Review Date8/15/2026',
      'Coverage Policy Number..... 0558',
      'Category III Current Procedural Terminology (CPT®) codes',
    ]);
    expect(findParagraph(document, 'Medical Coverage Policy').bold).toBe(true);
    expect(findParagraph(document, 'Effective Date4/15/2026').bold).toBe(false);
    expect(findParagraph(document, 'Category III Current Procedural Terminology (CPT®) codes').bold).toBe(true);
  });

  test('related resources lose links and escapes', () => {
    const all = texts(document);
    const start = all.indexOf('Related Coverage Resources');
    const end = all.indexOf('INSTRUCTIONS FOR USE');
    const resources = all.slice(start + 1, end);
    expect(resources).toHaveLength(25);
    expect(resources[0]).toBe('Ablative Treatments for Malignant Breast Tumors');
    expect(resources).toContain('Breyanzi (Injectable CAR-T)');
    expect(resources).toContain('Subtalar Joint Implantation (Subtalar Arthroereisis)');
    expect(resources.some((text) => /[[\]\\]|\(#\)/.test(text))).toBe(false);
  });

  test('section titles and group heading bold', () => {
    for (const title of ['Table of Contents', 'Related Coverage Resources', 'INSTRUCTIONS FOR USE', 'Overview']) {
      expect(findParagraph(document, title).bold, title).toBe(true);
    }
    for (const title of ['Coverage Policy', 'Coding Information', 'General Background', 'Revision Details']) {
      expect(findParagraph(document, title).bold, title).toBe(true);
    }
    expect(findParagraph(document, 'Considered Experimental/Investigational/Unproven:').bold).toBe(true);
  });

  test('body text and notes not bold', () => {
    expect(findParagraph(document, 'Notes:').bold).toBe(false);
    expect(findParagraph(document, 'Coverage Policy 2').bold).toBe(false);
    const overview = paragraphs(document).find((paragraph) => paragraph.lines[0]!.text.startsWith('This Coverage Policy'));
    expect(overview?.bold).toBe(false);
    expect(overview?.lines[0]!.text).toContain('addresses CPT® Category III Codes');
  });

  test('CPT notice keeps its footnote marker', () => {
    const notice = findParagraph(
      document,
      '*Current Procedural Terminology (CPT®) ©2025 American Medical Association: Chicago, IL.',
    );
    expect(notice.page).toBe(1);
  });

  test('code table with repeated headers is one table', () => {
    const codeTable = tables(document)[0]!;
    const headers = codeTable.rows.filter((row) => row.header);
    const body = codeTable.rows.filter((row) => !row.header);

    expect(headers).toHaveLength(4);
    for (const header of headers) {
      expect(header.cells.map((cell) => cell.lines)).toEqual([['CPT®* Codes'], ['Description']]);
    }
    expect(codeTable.rows[0]!.header).toBe(true);
    expect(body).toHaveLength(56);
    expect(body[0]!.cells.map((cell) => cell.lines)).toEqual([
      ['0207T'],
      ['Evacuation of meibomian glands, automated, using heat and intermittent pressure, unilateral'],
    ]);
    expect(body.at(-1)!.cells[0]!.lines).toEqual(['1025T']);
  });

  test('cut description kept as printed', () => {
    const codeTable = tables(document)[0]!;
    const row = codeTable.rows.find((candidate) => candidate.cells[0]!.lines[0] === '0980T');
    expect(row?.cells[1]!.lines).toEqual([
      'Submucosal cryolysis therapy; base of tongue and lingual tonsil only (Do not report Submucosal cryolysis therapy; base of tongue and lingual tonsil only',
    ]);
  });

  test('exception table rows', () => {
    const exceptions = tables(document)[1]!;
    expect(exceptions.rows[0]).toEqual({
      page: 1,
      header: true,
      cells: [{ lines: ['Coverage Policy'] }, { lines: ['Category III CPT Code(s)'] }],
    });
    expect(exceptions.rows).toHaveLength(17);
    expect(exceptions.rows[3]!.cells.map((cell) => cell.lines)).toEqual([
      ['Brexucabtagene autoleucel'],
      ['0537T, 0538T, 0539T, 0540T'],
    ]);
    expect(exceptions.rows.at(-1)!.cells[0]!.lines).toEqual(['Yescarta (Injectable CAR-T)']);
  });

  test('revision table rows', () => {
    const revisions = tables(document)[2]!;
    expect(revisions.rows[0]!.header).toBe(true);
    expect(revisions.rows[0]!.cells.map((cell) => cell.lines)).toEqual([
      ['Type of Revision'],
      ['Summary of Changes'],
      ['Date'],
    ]);
    expect(revisions.rows).toHaveLength(8);
    expect(revisions.rows[6]!.cells.map((cell) => cell.lines)).toEqual([
      ['Focused Review'],
      ['Revised policy statement.'],
      ['12/15/2024'],
    ]);
  });

  test('no text lost outside tables', () => {
    expect(tables(document)).toHaveLength(3);
    expect(texts(document).at(-1)).toMatch(/^“Cigna Companies” refers to operating subsidiaries/);
  });
});

describe('tabbed text tables', () => {
  const masthead = 'Medical Coverage Policy\n\nCoverage Policy Number..... 0001\n\nA Title\n\nCoding Information\n\n';

  test('another header after a blank line starts a new table', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0207T\tOne\n\nICD-10-CM Diagnosis Codes\tDescription\nC61\tTwo\n`;
    const found = tables(ingestText(text, 'policy.txt'));
    expect(found).toHaveLength(2);
    expect(found[1]!.rows[0]!.header).toBe(true);
    expect(found[1]!.rows[1]!.cells[0]!.lines).toEqual(['C61']);
  });

  test('paragraph between tables splits them', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0207T\tOne\n\nNot Covered:\n\nCPT®* Codes\tDescription\n0208T\tTwo\n`;
    const document = ingestText(text, 'policy.txt');
    expect(tables(document)).toHaveLength(2);
    expect(findParagraph(document, 'Not Covered:').bold).toBe(true);
  });

  test('untabbed line under a row wraps its last cell', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0582T\tTransurethral ablation by water vapor\nthermotherapy, with imaging\n0587T\tPercutaneous implantation\n`;
    const [table] = tables(ingestText(text, 'policy.txt'));
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [['CPT®* Codes'], ['Description']],
      [['0582T'], ['Transurethral ablation by water vapor', 'thermotherapy, with imaging']],
      [['0587T'], ['Percutaneous implantation']],
    ]);
  });

  test('status heading under a row stays a heading', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0960T\tReplacement\nConsidered Medically Necessary when criteria are met:\nCPT®* Codes\tDescription\n0967T\tInsertion\n`;
    const document = ingestText(text, 'policy.txt');
    expect(tables(document)).toHaveLength(2);
    expect(tables(document)[0]!.rows[1]!.cells[1]!.lines).toEqual(['Replacement']);
    expect(findParagraph(document, 'Considered Medically Necessary when criteria are met:').bold).toBe(true);
  });

  test('wrapped exception policy name opens the next row', () => {
    const text = `${masthead}Coverage Policy\tCategory III CPT Code(s)\nAmbulatory External and Implantable\nElectrocardiographic Monitoring\t0650T\nScar Revision\t0479T, 0480T\nGlaucoma Surgical\nProcedures\t0449T\n`;
    const [table] = tables(ingestText(text, 'policy.txt'));
    expect(table!.rows.slice(1).map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [['Ambulatory External and Implantable', 'Electrocardiographic Monitoring'], ['0650T']],
      [['Scar Revision'], ['0479T, 0480T']],
      [['Glaucoma Surgical', 'Procedures'], ['0449T']],
    ]);
  });

  test('text right after an exception table stays a paragraph', () => {
    const text = `${masthead}Coverage Policy\tCategory III CPT Code(s)\nScar Revision\t0479T, 0480T\nThe list may change.\n`;
    const document = ingestText(text, 'policy.txt');
    expect(tables(document)[0]!.rows).toHaveLength(2);
    expect(texts(document)).toContain('The list may change.');
  });

  test('doubled tabs between cells', () => {
    const text = `${masthead}Revision Details\n\nType of Revision\t\tSummary of Changes\t\tDate\nAnnual Review\t\t• Added A.\t\t1/1/2025\n`;
    const [table] = tables(ingestText(text, 'policy.txt'));
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.lines))).toEqual([
      [['Type of Revision'], ['Summary of Changes'], ['Date']],
      [['Annual Review'], ['• Added A.'], ['1/1/2025']],
    ]);
  });

  test('empty cell kept when the row fits its header', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0207T\tOne\n\tgoes on\n`;
    const [table] = tables(ingestText(text, 'policy.txt'));
    expect(table!.rows[2]!.cells.map((cell) => cell.lines)).toEqual([[], ['goes on']]);
  });

  test('note under a table stays a paragraph', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n95165†\tServices\n†Note: not covered above 150 doses\n`;
    const document = ingestText(text, 'policy.txt');
    expect(tables(document)[0]!.rows).toHaveLength(2);
    expect(texts(document)).toContain('†Note: not covered above 150 doses');
  });

  test('inline bullets give one line each', () => {
    const text = `${masthead}Revision Details\n\nType of Revision\tSummary of Changes\tDate\nAnnual Review\t• Added A. • Removed B.\t1/1/2025\n`;
    const [revisions] = tables(ingestText(text, 'policy.txt'));
    expect(revisions!.rows[1]!.cells[1]!.lines).toEqual(['• Added A.', '• Removed B.']);
  });

  test('empty cell has no lines', () => {
    const text = `${masthead}CPT®* Codes\tDescription\n0207T\t\n`;
    const [table] = tables(ingestText(text, 'policy.txt'));
    expect(table!.rows[1]!.cells[1]!.lines).toEqual([]);
  });

  test('context subheading above a group is bold', () => {
    const text = `${masthead}Notes:\n\nTesting\n\nConsidered Medically Necessary:\n\nCPT®* Codes\tDescription\n0207T\tOne\n`;
    const document = ingestText(text, 'policy.txt');
    expect(findParagraph(document, 'Testing').bold).toBe(true);
    expect(findParagraph(document, 'Notes:').bold).toBe(false);
  });

  test('Markdown heading and strong text are bold', () => {
    const text = `${masthead}## Coverage Criteria\n\n**Imaging**\n\nPlain *emphasis* here\n`;
    const document = ingestText(text, 'policy.txt');
    expect(findParagraph(document, 'Coverage Criteria').bold).toBe(true);
    expect(findParagraph(document, 'Imaging').bold).toBe(true);
    expect(findParagraph(document, 'Plain emphasis here').bold).toBe(false);
  });
});

describe('Markdown pipe tables', () => {
  const text = [
    'Coverage Policy Number..... 0001',
    '',
    'Coding Information',
    '',
    'Considered Experimental/Investigational/Unproven:',
    '',
    '| CPT®\\* Codes | Description |',
    '|---|:---|',
    '| 0207T | Evacuation of meibomian glands, <br>unilateral |',
    '| 0342T | Apheresis \\| reinfusion |',
    '',
    'Revision Details',
    '',
    '| Type of Revision | Summary of Changes | Date |',
    '| --- | --- | --- |',
    '| Annual Review | • Added A.<br>• Removed B. | 1/1/2025 |',
  ].join('\n');
  const document = ingestText(text, 'policy.md');
  const [codes, revisions] = tables(document);

  test('header, rows and line breaks', () => {
    expect(codes!.rows.map((row) => [row.header, row.cells.map((cell) => cell.lines)])).toEqual([
      [true, [['CPT®* Codes'], ['Description']]],
      [false, [['0207T'], ['Evacuation of meibomian glands,', 'unilateral']]],
      [false, [['0342T'], ['Apheresis | reinfusion']]],
    ]);
  });

  test('revision bullets one per line', () => {
    expect(revisions!.rows[1]!.cells.map((cell) => cell.lines)).toEqual([
      ['Annual Review'],
      ['• Added A.', '• Removed B.'],
      ['1/1/2025'],
    ]);
  });
});
