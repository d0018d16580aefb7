// Ingests a body fragment behind a masthead line, which every policy page needs, and returns
// the blocks after that line.
import { ingestHtml } from '../../../src/ingest/html/ingest-html.ts';
import type { LayoutBlock, Paragraph, Table } from '../../../src/model/layout.ts';

export function layoutOf(body: string, head = ''): LayoutBlock[] {
  const html = `<html><head>${head}</head><body><p>Effective Date 4/15/2026</p>${body}</body></html>`;
  return ingestHtml(html, 'fragment.html').blocks.slice(1);
}

export function onlyTable(blocks: LayoutBlock[]): Table {
  const tables = blocks.filter((block): block is Table => block.kind === 'table');
  if (tables.length !== 1) throw new Error(`expected one table, got ${tables.length}`);
  return tables[0]!;
}

export function cellLines(table: Table): string[][][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.lines));
}

export function paragraphTexts(blocks: LayoutBlock[]): string[] {
  return blocks
    .filter((block): block is Paragraph => block.kind === 'paragraph')
    .map((paragraph) => paragraph.lines.map((line) => line.text).join('\n'));
}
