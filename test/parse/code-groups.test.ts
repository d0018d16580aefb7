import { describe, expect, test } from 'vitest';

import type { LayoutBlock, Paragraph, Table } from '../../src/model/layout.ts';
import { readCodeGroups } from '../../src/parse/code-groups.ts';
import { isCoveredElsewhereTable } from '../../src/parse/covered-elsewhere.ts';

function paragraph(text: string, bold = true): Paragraph {
  return { kind: 'paragraph', page: 1, bold, size: 10, lines: [{ text, x: 0 }] };
}

function codeTable(rows: [string, string][]): Table {
  return {
    kind: 'table',
    page: 1,
    rows: [
      { page: 1, header: true, cells: [{ lines: ['CPT®* Codes'] }, { lines: ['Description'] }] },
      ...rows.map(([code, description]) => ({ page: 1, header: false, cells: [{ lines: [code] }, { lines: [description] }] })),
    ],
  };
}

describe('readCodeGroups', () => {
  test('a Continued line keeps the group', () => {
    const blocks: LayoutBlock[] = [
      paragraph('Considered Experimental/Investigational/Unproven:'),
      codeTable([['0207T', 'One']]),
      paragraph('Continued'),
      codeTable([['0587T', 'Two']]),
    ];
    const groups = readCodeGroups(blocks);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.codes.map((code) => code.code)).toEqual(['0207T', '0587T']);
  });

  test('a status heading between tables starts a group', () => {
    const blocks: LayoutBlock[] = [
      paragraph('Considered Experimental/Investigational/Unproven:'),
      codeTable([['0207T', 'One']]),
      paragraph('Considered Medically Necessary when criteria are met:'),
      codeTable([['0967T', 'Two']]),
    ];
    expect(readCodeGroups(blocks).map((group) => [group.status, group.codes.length])).toEqual([
      ['experimental-investigational-unproven', 1],
      ['medically-necessary', 1],
    ]);
  });

  test('context subheading above a heading', () => {
    const blocks: LayoutBlock[] = [paragraph('Treatment'), paragraph('Not Covered or Reimbursable:'), codeTable([['95165', 'Services']])];
    expect(readCodeGroups(blocks)[0]).toMatchObject({ heading: 'Not Covered or Reimbursable', context: ['Treatment'], status: 'not-covered' });
  });
});

describe('isCoveredElsewhereTable', () => {
  function table(first: string, second: string): Table {
    return { kind: 'table', page: 1, rows: [{ page: 1, header: true, cells: [{ lines: [first] }, { lines: [second] }] }] };
  }

  test.each([
    ['Coverage Policy', 'Category III CPT Code(s)', true],
    ['Coverage Policy Title', 'CPT Category III Codes', true],
    ['Policy', 'Codes', true],
    ['CPT®* Codes', 'Description', false],
    ['Type of Revision', 'Summary of Changes', false],
  ])('%s | %s: %s', (first, second, expected) => {
    expect(isCoveredElsewhereTable(table(first, second))).toBe(expected);
  });
});
