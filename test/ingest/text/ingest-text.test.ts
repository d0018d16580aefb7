import { describe, expect, test } from 'vitest';

import { InputError } from '../../../src/errors.ts';
import { ingestDocument } from '../../../src/ingest/index.ts';
import { ingestText } from '../../../src/ingest/text/ingest-text.ts';

describe('ingestText', () => {
  test('text that is no policy is rejected', () => {
    const read = (): unknown => ingestText('Shopping list\n\nmilk\neggs\n', 'notes/list.txt');
    expect(read).toThrow(InputError);
    expect(read).toThrow(/^notes\/list\.txt: no medical coverage policy found in this text; expected a masthead/);
    expect(read).toThrow(/Coding Information section or a Revision Details table/);
  });

  test('empty text is rejected', () => {
    expect(() => ingestText('   \n', 'empty.txt')).toThrow(InputError);
  });

  test.each([
    ['a masthead', 'Medical Coverage Policy\nSome text\n'],
    ['a policy number', 'Coverage Policy Number..... 0558\n'],
    ['a coding section', 'Coding Information\n\nNotes:\n'],
    ['a revision section', 'Revision Details\n'],
  ])('text with %s is read', (_what, text) => {
    expect(ingestText(text, 'policy.txt').format).toBe('txt');
  });

  test('tabs choose the tabbed reader', () => {
    const text = 'Coding Information\n\nCPT®* Codes\tDescription\n0207T\tOne\n';
    const [, table] = ingestText(text, 'policy.txt').blocks;
    expect(table?.kind).toBe('table');
  });

  test('plain lines choose the plain reader', () => {
    const text = 'Coding Information\n\nCPT\n®\n* \nCodes \nDescription \n0207T One \n';
    const [, table] = ingestText(text, 'policy.txt').blocks;
    expect(table?.kind).toBe('table');
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows[1]?.cells[0]?.lines).toEqual(['0207T']);
  });

  test('ingestDocument reads text bytes', async () => {
    const bytes = new TextEncoder().encode('Recipe\n\nFlour, water.\n');
    await expect(ingestDocument(bytes, 'recipe.txt')).rejects.toThrow(/recipe\.txt: no medical coverage policy found/);
  });
});
