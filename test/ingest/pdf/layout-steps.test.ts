import { describe, expect, test } from 'vitest';

import { orderColumns } from '../../../src/ingest/pdf/columns.ts';
import { buildBlocks } from '../../../src/ingest/pdf/ingest-pdf.ts';
import { groupLines, type Line } from '../../../src/ingest/pdf/lines.ts';
import type { TextItem } from '../../../src/ingest/pdf/load-pdf.ts';
import { isRunningFooter, removeRunningText } from '../../../src/ingest/pdf/running-text.ts';

function item(text: string, x: number, y: number, options: Partial<TextItem> = {}): TextItem {
  return { text, x, y, width: text.length * 5, size: 10, bold: false, ...options };
}

describe('groupLines', () => {
  test('superscript marker joins its code', () => {
    const lines = groupLines([item('95165', 59.4, 285.2, { width: 31.8 }), item('†', 91.2, 281.8, { size: 6.5, width: 4.6 })], 4);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.segments.map((segment) => segment.text)).toEqual(['95165†']);
  });

  test('wide gap starts a new segment', () => {
    const lines = groupLines([item('0207T', 64.9, 548.2, { width: 31.5 }), item('Evacuation of glands', 122.5, 548.2)], 3);
    expect(lines[0]!.segments.map((segment) => [segment.text, segment.x])).toEqual([
      ['0207T', 64.9],
      ['Evacuation of glands', 122.5],
    ]);
  });

  test('spacer item one em wide separates cells', () => {
    const lines = groupLines(
      [
        item('Behavioral Health Services', 64.9, 563.7, { width: 274.4 }),
        item(' ', 339.3, 563.7, { width: 15 }),
        item('0591T, 0592T', 354.3, 563.7, { width: 69.3 }),
      ],
      7,
    );
    expect(lines[0]!.segments.map((segment) => segment.text)).toEqual(['Behavioral Health Services', '0591T, 0592T']);
  });

  test('dot leaders and date stay one segment', () => {
    const lines = groupLines(
      [item('Effective Date ..................', 337.6, 134.3, { width: 144.8 }), item('04/15/2026', 482.9, 134.3, { width: 70.6 })],
      1,
    );
    expect(lines[0]!.segments.map((segment) => segment.text)).toEqual(['Effective Date ..................04/15/2026']);
  });
});

describe('running footers', () => {
  test.each(['Page 3 of 14', 'Page 8   of 36', 'Medical Coverage Policy: 0070'])('%s is a footer', (text) => {
    expect(isRunningFooter(text)).toBe(true);
  });

  test.each(['Medical Coverage Policy', 'Coverage Policy Number 0558', 'Page 3'])('%s is not a footer', (text) => {
    expect(isRunningFooter(text)).toBe(false);
  });

  test('footer lines are removed', () => {
    const lines = groupLines([item('Body text', 64.9, 700), item('Page 1 of 8', 64.9, 730.3), item('Medical Coverage Policy: 0558', 64.9, 742)], 1);
    expect(removeRunningText(lines).map((line) => line.segments[0]!.text)).toEqual(['Body text']);
  });
});

describe('first-page columns', () => {
  const page1: Line[] = groupLines(
    [
      item('Table of Contents', 64.9, 225.7, { bold: true }),
      item('Related Coverage Resources', 306.1, 225.7, { bold: true }),
      item('Overview.........2', 64.9, 249.1),
      item('Ablative Treatments for Malignant Breast', 306.1, 249.1),
      item('Tumors', 306.1, 262.4),
      item('Coverage Policy....2', 64.9, 272.4),
      item('Peripheral Nerve Destruction for Pain', 306.1, 699.4),
    ],
    1,
  );
  const page2: Line[] = groupLines(
    [item('Conditions', 306.1, 74.1), item('INSTRUCTIONS FOR USE', 64.9, 275.2, { bold: true })],
    2,
  );

  test('left column first, then right, then the right column on page 2', () => {
    const placed = orderColumns([page1, page2]);
    expect(placed.map((line) => [line.column, line.segments.map((segment) => segment.text).join(' | ')])).toEqual([
      ['left', 'Table of Contents'],
      ['left', 'Overview.........2'],
      ['left', 'Coverage Policy....2'],
      ['right', 'Related Coverage Resources'],
      ['right', 'Ablative Treatments for Malignant Breast'],
      ['right', 'Tumors'],
      ['right', 'Peripheral Nerve Destruction for Pain'],
      ['right', 'Conditions'],
      ['full', 'INSTRUCTIONS FOR USE'],
    ]);
  });
});

describe('tables', () => {
  test('repeated header and a row split by a page break', () => {
    const lines = orderColumns([
      groupLines(
        [
          item('CPT®*', 64.9, 524.4, { bold: true, width: 36.7 }),
          item('Description', 122.5, 524.4, { bold: true, width: 64.6 }),
          item('Codes', 64.9, 536.1, { bold: true, width: 34 }),
          item('0644T', 64.9, 548.2, { width: 31.5 }),
          item('Transcatheter removal of mass (eg, vegetations,', 122.5, 548.2, { width: 300 }),
        ],
        4,
      ),
      groupLines(
        [
          item('CPT®*', 64.9, 74.6, { bold: true, width: 36.7 }),
          item('Description', 122.5, 74.6, { bold: true, width: 64.6 }),
          item('Codes', 64.9, 86.3, { bold: true, width: 34 }),
          item('thrombus) via suction', 122.5, 98.4, { width: 120 }),
          item('0647T', 64.9, 110.6, { width: 31.5 }),
          item('Insertion of gastrostomy tube', 122.5, 110.6, { width: 150 }),
          item('*Current Procedural Terminology (CPT®) ©2025 American Medical Association', 64.9, 181.5, { width: 460 }),
        ],
        5,
      ),
    ]);

    const blocks = buildBlocks(lines);
    expect(blocks.map((block) => block.kind)).toEqual(['table', 'paragraph']);
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows.map((row) => [row.page, row.header, row.cells.map((cell) => cell.lines.join(' / '))])).toEqual([
      [4, true, ['CPT®* / Codes', 'Description']],
      [4, false, ['0644T', 'Transcatheter removal of mass (eg, vegetations,']],
      [5, true, ['CPT®* / Codes', 'Description']],
      [5, false, ['', 'thrombus) via suction']],
      [5, false, ['0647T', 'Insertion of gastrostomy tube']],
    ]);
  });
});
