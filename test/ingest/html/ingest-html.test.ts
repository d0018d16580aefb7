import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { InputError } from '../../../src/errors.ts';
import { ingestHtml } from '../../../src/ingest/html/ingest-html.ts';
import type { LayoutBlock, LayoutDocument, Paragraph, Table } from '../../../src/model/layout.ts';

const PLAIN_PATH = 'test/fixtures/html/plain-policy.html';
const EXPORT_PATH = 'sources/cigna-0558/2026-04-15.html';

function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');
}

function paragraphs(document: LayoutDocument): Paragraph[] {
  return document.blocks.filter((block): block is Paragraph => block.kind === 'paragraph');
}

function tables(document: LayoutDocument): Table[] {
  return document.blocks.filter((block): block is Table => block.kind === 'table');
}

function texts(blocks: LayoutBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? block.lines.map((line) => line.text)
      : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines)),
  );
}

function paragraphText(paragraph: Paragraph): string {
  return paragraph.lines.map((line) => line.text).join('\n');
}

function findParagraph(document: LayoutDocument, text: string): Paragraph {
  const found = paragraphs(document).find((paragraph) => paragraphText(paragraph) === text);
  if (!found) throw new Error(`no paragraph reads ${JSON.stringify(text)}`);
  return found;
}

function cellLines(table: Table): string[][][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.lines));
}

describe('plain policy page', () => {
  const document = ingestHtml(readFixture('plain-policy.html'), PLAIN_PATH);

  test('document format and single page', () => {
    expect(document.format).toBe('html');
    expect(document.pageCount).toBe(1);
    expect(document.blocks.every((block) => block.page === 1)).toBe(true);
  });

  test('scripts, comments, noscript and hidden text ignored', () => {
    const all = texts(document.blocks).join('\n');
    for (const code of ['0001T', '0002T', '0003T', '0004T', '0005T', '0006T']) {
      expect(all).not.toContain(code);
    }
    expect(all).not.toContain('document.');
    expect(all).not.toContain('font-family');
  });

  test('paragraphs in reading order', () => {
    const heads = paragraphs(document).slice(0, 14).map(paragraphText);
    expect(heads).toEqual([
      'Medical Coverage Policy',
      'Effective Date ........ 4/15/2026',
      'Next Review Date ........ 8/15/2026',
      'Coverage Policy Number ........ 0558',
      'Category III Current Procedural Terminology (CPT®) codes',
      'Table of Contents',
      'Overview 2',
      'Coding Information 3',
      'Revision Details 8',
      'Related Coverage Resources',
      'Brexucabtagene autoleucel',
      'Glaucoma Surgical Procedures',
      'Yescarta (Injectable CAR-T)',
      'INSTRUCTIONS FOR USE',
    ]);
  });

  test('entities decoded and nbsp as space', () => {
    expect(findParagraph(document, 'Effective Date ........ 4/15/2026').lines[0]?.text).not.toContain('\u00a0');
    expect(texts(document.blocks)).toContain(
      '*Current Procedural Terminology (CPT®) ©2025 American Medical Association: Chicago, IL.',
    );
    expect(texts(document.blocks)).toContain('© 2026 The Cigna Group.');
  });

  test.each([
    ['Medical Coverage Policy', true, 13],
    ['Effective Date ........ 4/15/2026', false, 10],
    ['Category III Current Procedural Terminology (CPT®) codes', true, 20],
    ['Table of Contents', true, 10],
    ['Overview 2', false, 10],
    ['INSTRUCTIONS FOR USE', true, 11],
    ['Overview', true, 14],
    ['Considered Experimental/Investigational/Unproven:', true, 10],
    ['This Coverage Policy addresses CPT® Category III Codes.', false, 10],
  ])('paragraph %j bold %s size %d', (text, bold, size) => {
    const paragraph = findParagraph(document, text);
    expect(paragraph.bold).toBe(bold);
    expect(paragraph.size).toBe(size);
    expect(paragraph.lines.every((line) => line.x === 0)).toBe(true);
  });

  test('one table per code group', () => {
    expect(tables(document)).toHaveLength(4);
    const groupHeading = document.blocks.findIndex(
      (block) => block.kind === 'paragraph' && paragraphText(block) === 'Considered Experimental/Investigational/Unproven:',
    );
    expect(document.blocks[groupHeading + 1]?.kind).toBe('table');
  });

  test('th header, repeated header, br and p in cells', () => {
    const [codes] = tables(document);
    expect(codes?.rows.map((row) => row.header)).toEqual([true, false, false, true, false]);
    expect(cellLines(codes!)).toEqual([
      [['CPT®* Codes'], ['Description']],
      [['0207T'], ['Evacuation of meibomian glands, automated, using heat and', 'intermittent pressure, unilateral']],
      [
        ['0439T'],
        [
          'Myocardial contrast perfusion echocardiography; at rest or with stress, for assessment of myocardial ischemia or viability',
          '(List separately in addition to code for primary procedure)',
        ],
      ],
      [['CPT®* Codes'], ['Description']],
      [['0979T'], ['Submucosal cryolysis therapy; soft palate only']],
    ]);
  });

  test('bold first row read as header', () => {
    const necessary = tables(document)[1]!;
    expect(necessary.rows.map((row) => row.header)).toEqual([true, false, false]);
    expect(necessary.rows[0]?.cells.map((cell) => cell.lines)).toEqual([['CPT®* Codes'], ['Description']]);
    expect(necessary.rows[1]?.cells[0]?.lines).toEqual(['0449T']);
  });

  test('revision summary gives one bulleted line per item', () => {
    const revisions = tables(document)[3]!;
    expect(revisions.rows[0]?.header).toBe(true);
    expect(cellLines(revisions).slice(1)).toEqual([
      [['Focused Review'], ['• Added 0979T.', '• Removed 0980T.'], ['4/15/2026']],
      [['Annual Review'], ['• No clinical policy statement changes.'], ['8/15/2025']],
    ]);
  });
});

describe('word processor export of 0558', () => {
  const document = ingestHtml(readFileSync(new URL('../../../sources/cigna-0558/2026-04-15.html', import.meta.url), 'utf8'), EXPORT_PATH);

  test('masthead lines as printed', () => {
    expect(paragraphs(document).slice(0, 5).map(paragraphText)).toEqual([
      'Medical Coverage Policy',
      'Effective Date 4/15/2026',
      'Next Review Date 8/15/2026',
      'Coverage Policy Number 0558',
      'Category III Current Procedural Terminology (CPT®) codes',
    ]);
  });

  test('layout table split into contents and resources', () => {
    const lines = paragraphs(document).map(paragraphText);
    const contents = lines.indexOf('Table of Contents');
    const related = lines.indexOf('Related Coverage Resources');
    const instructions = lines.indexOf('INSTRUCTIONS FOR USE');
    expect(contents).toBe(5);
    expect(lines.slice(contents + 1, related)).toEqual([
      'Overview 2',
      'Coverage Policy 2',
      'Coding Information 3',
      'General Background 6',
      'Health Equity Considerations 7',
      'References 8',
      'Revision Details 8',
    ]);
    expect(instructions - related - 1).toBe(25);
    expect(lines[related + 2]).toBe('Ambulatory External and Implantable Electrocardiographic Monitoring');
    expect(lines[instructions - 1]).toBe('Yescarta (Injectable CAR-T)');
    expect(findParagraph(document, 'Related Coverage Resources').bold).toBe(true);
    expect(findParagraph(document, 'Scar Revision').bold).toBe(false);
  });

  test('section headings bold with their size', () => {
    for (const heading of ['Overview', 'Coverage Policy', 'Coding Information', 'General Background', 'Revision Details']) {
      expect(findParagraph(document, heading).bold).toBe(true);
      expect(findParagraph(document, heading).size).toBe(14);
    }
    expect(findParagraph(document, 'Considered Experimental/Investigational/Unproven:').bold).toBe(true);
    expect(findParagraph(document, 'Notes:').bold).toBe(false);
    expect(findParagraph(document, 'Notes:').size).toBe(10);
  });

  test('code, exception and revision tables', () => {
    const [codes, exceptions, revisions] = tables(document);
    expect(tables(document)).toHaveLength(3);

    expect(codes?.rows).toHaveLength(57);
    expect(codes?.rows.filter((row) => row.header)).toHaveLength(1);
    expect(codes?.rows[0]?.cells.map((cell) => cell.lines)).toEqual([['CPT®* Codes'], ['Description']]);
    expect(codes?.rows[56]?.cells.map((cell) => cell.lines)).toEqual([
      ['1025T'],
      [
        'Alternating electric fields dosimetry and delivery-simulation modeling, creation and selection of patient-specific array layouts, and placement verification',
      ],
    ]);

    expect(exceptions?.rows).toHaveLength(17);
    expect(exceptions?.rows[0]?.header).toBe(true);
    expect(exceptions?.rows[3]?.cells.map((cell) => cell.lines)).toEqual([
      ['Brexucabtagene autoleucel'],
      ['0537T, 0538T, 0539T, 0540T'],
    ]);

    expect(revisions?.rows).toHaveLength(8);
    expect(revisions?.rows[6]?.cells.map((cell) => cell.lines)).toEqual([
      ['Focused Review'],
      ['• Revised policy statement.'],
      ['12/15/2024'],
    ]);
  });

  test('running footer dropped', () => {
    const all = texts(document.blocks);
    expect(all).not.toContain('Medical Coverage Policy: 0558');
    expect(all.some((line) => /^Page \d+ of \d+$/.test(line))).toBe(false);
    expect(all.at(-1)).toMatch(/© 2026 The Cigna Group\.$/);
  });

  test('br splits a paragraph into lines', () => {
    const equity = paragraphs(document).find((paragraph) => paragraph.lines[0]?.text.startsWith('Health equity is'));
    expect(equity?.lines).toHaveLength(2);
    expect(equity?.lines[1]?.text).toMatch(/^Social determinants of health are the conditions/);
  });
});

describe('page breaks', () => {
  test('hard page breaks number the pages', () => {
    const document = ingestHtml(
      `<html><body>
        <p>Effective Date 4/15/2026</p>
        <p style="page-break-before: always">Coding Information</p>
        <table><tr><th>CPT Codes</th><th>Description</th></tr><tr><td>0207T</td><td>Evacuation</td></tr></table>
        <br clear="all" style="page-break-before:always">
        <p>Revision Details</p>
      </body></html>`,
      'breaks.html',
    );
    expect(document.blocks.map((block) => block.page)).toEqual([1, 2, 2, 3]);
    expect((document.blocks[2] as Table).rows.map((row) => row.page)).toEqual([2, 2]);
    expect(document.pageCount).toBe(3);
  });

  test('break before the first block opens no page', () => {
    const document = ingestHtml('<p style="break-before: page">Effective Date 4/15/2026</p>', 'first.html');
    expect(document.blocks[0]?.page).toBe(1);
    expect(document.pageCount).toBe(1);
  });
});

describe('page that is no policy', () => {
  test.each([
    ['a news page', '<html><head><title>News</title></head><body><h1>Plan news</h1><p>Open enrollment starts soon.</p></body></html>'],
    ['an empty body', '<html><body><script>var x = "Effective Date 4/15/2026";</script></body></html>'],
  ])('%s gives InputError', (_, html) => {
    expect(() => ingestHtml(html, 'sources/cigna-0558/2026-04-15.html')).toThrow(InputError);
  });

  test('message names file and expected content', () => {
    const html = '<html><body><h1>Plan news</h1><p>Open enrollment starts soon.</p></body></html>';
    expect(() => ingestHtml(html, 'sources/cigna-0558/2026-04-15.html')).toThrow(
      'sources/cigna-0558/2026-04-15.html: this HTML page is not a coverage policy (it starts with `Plan news`); ' +
        'expected a masthead (`Effective Date`, `Coverage Policy Number`), a `Coding Information` section or a ' +
        '`Revision Details` table. Save the policy document itself as HTML, not a search, index or error page.',
    );
  });

  test('message for a page without text', () => {
    expect(() => ingestHtml('<html><body><!-- nothing --></body></html>', 'empty.html')).toThrow(/^empty\.html: .*\(it has no visible text\)/);
  });
});

describe('nesting depth', () => {
  const nested = (depth: number): string =>
    `<p>Effective Date 4/15/2026</p>${'<div>'.repeat(depth)}Coding Information${'</div>'.repeat(depth)}`;

  test('deep but accepted nesting reads', () => {
    expect(texts(ingestHtml(nested(390), 'deep.html').blocks)).toEqual(['Effective Date 4/15/2026', 'Coding Information']);
  });

  test('nested tables read', () => {
    const html = `<p>Effective Date 4/15/2026</p>${'<table><tr><td>'.repeat(90)}0207T${'</td></tr></table>'.repeat(90)}`;
    expect(texts(ingestHtml(html, 'tables.html').blocks)).toEqual(['Effective Date 4/15/2026', '0207T']);
  });

  test('excessive nesting gives InputError', () => {
    expect(() => ingestHtml(nested(1000), 'deep.html')).toThrow(InputError);
    expect(() => ingestHtml(nested(1000), 'deep.html')).toThrow(/^deep\.html: HTML elements are nested more than 400 deep/);
  });
});
