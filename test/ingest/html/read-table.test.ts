import { describe, expect, test } from 'vitest';

import type { Paragraph, Table } from '../../../src/model/layout.ts';
import { cellLines, layoutOf, onlyTable, paragraphTexts } from './layout-of.ts';

const HEADER = '<tr><th>CPT Codes</th><th>Description</th></tr>';

describe('data tables', () => {
  test('thead row is header', () => {
    const table = onlyTable(
      layoutOf('<table><thead><tr><td>Code</td><td>Text</td></tr></thead><tbody><tr><td>0207T</td><td>A</td></tr></tbody></table>'),
    );
    expect(table.rows.map((row) => row.header)).toEqual([true, false]);
  });

  test('bold style first row is header', () => {
    const table = onlyTable(
      layoutOf(
        '<table><tr><td><span style="font-weight: 700">CPT Codes</span></td><td><p style="font-weight:bold">Description</p></td></tr>' +
          '<tr><td>0207T</td><td>Evacuation</td></tr></table>',
      ),
    );
    expect(table.rows.map((row) => row.header)).toEqual([true, false]);
  });

  test('partly bold first row is no header', () => {
    const blocks = layoutOf(
      '<table><tr><td><b>Code</b> list</td><td><b>Description</b></td></tr><tr><td>0207T</td><td>Evacuation</td></tr></table>',
    );
    expect(blocks.some((block) => block.kind === 'table')).toBe(false);
  });

  test('footer rows come last', () => {
    const table = onlyTable(
      layoutOf(`<table><tfoot><tr><td>End</td><td>of table</td></tr></tfoot><tbody><tr><td>0207T</td><td>A</td></tr></tbody><thead>${HEADER}</thead></table>`),
    );
    expect(cellLines(table)).toEqual([[['CPT Codes'], ['Description']], [['0207T'], ['A']], [['End'], ['of table']]]);
  });

  test('rowspan leaves an empty cell below', () => {
    const table = onlyTable(
      layoutOf(`<table>${HEADER}<tr><td rowspan="2">0207T</td><td>first part</td></tr><tr><td>second part</td></tr></table>`),
    );
    expect(cellLines(table)).toEqual([[['CPT Codes'], ['Description']], [['0207T'], ['first part']], [[], ['second part']]]);
  });

  test('colspan pads with empty cells', () => {
    const table = onlyTable(
      layoutOf(
        '<table><tr><th>Type</th><th>Summary</th><th>Date</th></tr>' +
          '<tr><td colspan="2">Annual Review, no changes</td><td>8/15/2025</td></tr></table>',
      ),
    );
    expect(cellLines(table)[1]).toEqual([['Annual Review, no changes'], [], ['8/15/2025']]);
  });

  test('empty rows dropped', () => {
    const table = onlyTable(layoutOf(`<table>${HEADER}<tr><td>&nbsp;</td><td></td></tr><tr><td>0207T</td><td>A</td></tr></table>`));
    expect(table.rows).toHaveLength(2);
  });

  test('nested table flattened to one line per row', () => {
    const table = onlyTable(
      layoutOf(
        '<table><tr><th>Coverage Policy</th><th>Codes</th></tr><tr><td>Yescarta</td><td>' +
          '<table><tr><td>0537T</td><td>first</td></tr><tr><td>0538T</td><td>second<br>line</td></tr></table>' +
          '</td></tr></table>',
      ),
    );
    expect(cellLines(table)[1]).toEqual([['Yescarta'], ['0537T first', '0538T second line']]);
  });

  test('caption becomes a paragraph before the table', () => {
    const blocks = layoutOf(`<table><caption><b>Considered Experimental:</b></caption>${HEADER}<tr><td>0207T</td><td>A</td></tr></table>`);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
    expect((blocks[0] as Paragraph).bold).toBe(true);
  });

  test('links give their text', () => {
    const table = onlyTable(layoutOf(`<table>${HEADER}<tr><td><a href="/x">0207T</a></td><td>See <a href="#">policy</a>.</td></tr></table>`));
    expect(cellLines(table)[1]).toEqual([['0207T'], ['See policy.']]);
  });
});

describe('banner rows', () => {
  test('leading title row becomes a paragraph', () => {
    const blocks = layoutOf(
      `<table><tr><th colspan="2">Considered Experimental/Investigational/Unproven:</th></tr>${HEADER}<tr><td>0207T</td><td>A</td></tr></table>`,
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
    expect(paragraphTexts(blocks)).toEqual(['Considered Experimental/Investigational/Unproven:']);
    expect((blocks[0] as Paragraph).bold).toBe(true);
    expect(onlyTable(blocks.slice(1)).rows.map((row) => row.header)).toEqual([true, false]);
  });

  test('bold header after a title row', () => {
    const blocks = layoutOf(
      '<table><tr><td colspan="2">Considered Medically Necessary:</td></tr>' +
        '<tr><td><b>CPT Codes</b></td><td><b>Description</b></td></tr><tr><td>0449T</td><td>A</td></tr></table>',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
    expect(onlyTable(blocks.slice(1)).rows.map((row) => row.header)).toEqual([true, false]);
  });

  test('group row inside a table splits it', () => {
    const blocks = layoutOf(
      `<table>${HEADER}<tr><td colspan="2"><b>Considered Experimental:</b></td></tr><tr><td>0207T</td><td>A</td></tr>` +
        '<tr><td colspan="2"><b>Considered Medically Necessary:</b></td></tr><tr><td>0449T</td><td>B</td></tr></table>',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(paragraphTexts(blocks)).toEqual(['Considered Experimental:', 'Considered Medically Necessary:']);
    const [first, second] = blocks.filter((block) => block.kind === 'table');
    expect(cellLines(first as Table)).toEqual([[['CPT Codes'], ['Description']], [['0207T'], ['A']]]);
    expect(cellLines(second as Table)).toEqual([[['CPT Codes'], ['Description']], [['0449T'], ['B']]]);
    expect((second as Table).rows.map((row) => row.header)).toEqual([true, false]);
  });

  test('one-line cell beside empty ones is no banner', () => {
    const table = onlyTable(layoutOf(`<table>${HEADER}<tr><td>0207T</td><td></td></tr><tr><td>0338T</td><td>B</td></tr></table>`));
    expect(cellLines(table)).toEqual([[['CPT Codes'], ['Description']], [['0207T'], []], [['0338T'], ['B']]]);
  });
});

describe('list items in cells', () => {
  test.each([
    ['bulleted list', '<ul><li>Added 0979T.</li><li>Removed 0980T.</li></ul>', ['• Added 0979T.', '• Removed 0980T.']],
    ['numbered list', '<ol start="3"><li>Added.</li><li>Removed.</li></ol>', ['3. Added.', '4. Removed.']],
    ['paragraph in item', '<ul><li><p>Added 0979T.</p></li></ul>', ['• Added 0979T.']],
    ['item with its own bullet', '<ul><li>· Added 0979T.</li></ul>', ['· Added 0979T.']],
    ['unmarked list', '<ul style="list-style: none"><li>Added 0979T.</li></ul>', ['Added 0979T.']],
  ])('%s', (_, summary, expected) => {
    const table = onlyTable(layoutOf(`<table><tr><th>Type</th><th>Summary</th></tr><tr><td>Review</td><td>${summary}</td></tr></table>`));
    expect(table.rows[1]?.cells[1]?.lines).toEqual(expected);
  });

  test('items outside tables have no marker', () => {
    expect(paragraphTexts(layoutOf('<ul><li>Scar Revision</li></ul>'))).toEqual(['Scar Revision']);
  });
});

describe('layout tables', () => {
  test('columns of blocks give paragraphs cell by cell', () => {
    const blocks = layoutOf(
      '<table><tr>' +
        '<td><p><b>Table of Contents</b></p><p>Overview 2</p><p>Coding Information 3</p></td>' +
        '<td><p><b>Related Coverage Resources</b></p><p>Scar Revision</p><p>Preventive Care<br>Services</p></td>' +
        '</tr></table>',
    );
    expect(paragraphTexts(blocks)).toEqual([
      'Table of Contents',
      'Overview 2',
      'Coding Information 3',
      'Related Coverage Resources',
      'Scar Revision',
      'Preventive Care',
      'Services',
    ]);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.bold)).toEqual([true, false, false, true, false, false, false]);
  });

  test('rows of one-line cells give one paragraph each', () => {
    const blocks = layoutOf(
      '<table><tr><td>Effective Date</td><td>4/15/2026</td></tr><tr><td>Coverage Policy Number</td><td>0558</td></tr></table>',
    );
    expect(paragraphTexts(blocks)).toEqual(['Effective Date 4/15/2026', 'Coverage Policy Number 0558']);
  });

  test('presentation role wins over a header', () => {
    const blocks = layoutOf(`<table role="presentation">${HEADER}<tr><td>0207T</td><td>A</td></tr></table>`);
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(paragraphTexts(blocks)).toEqual(['CPT Codes Description', '0207T A']);
  });

  test('data table inside a layout cell stays a table', () => {
    const blocks = layoutOf(
      `<table><tr><td><p><b>Coding Information</b></p><p>Notes:</p><table>${HEADER}<tr><td>0207T</td><td>A</td></tr></table></td></tr></table>`,
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(cellLines(onlyTable(blocks))[1]).toEqual([['0207T'], ['A']]);
  });
});
