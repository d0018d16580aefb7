// PDF to layout document: positioned text items, then lines, then the first page's columns,
// then tables and paragraphs.
import type { LayoutBlock, LayoutDocument } from '../../model/layout.ts';
import { orderColumns, type PlacedLine } from './columns.ts';
import { groupLines } from './lines.ts';
import { loadPdfText } from './load-pdf.ts';
import { continueParagraph, startParagraph, type ParagraphBuilder } from './paragraphs.ts';
import { readPrintedPageNumber, removeRunningText } from './running-text.ts';
import { readTable, startsTable } from './tables.ts';

export async function ingestPdf(bytes: Uint8Array, path: string): Promise<LayoutDocument> {
  const pages = await loadPdfText(bytes, path);
  const pageLines = pages.map((page) => groupLines(page.items, page.number));
  const printedPages = pageLines.flatMap((lines, index) => readPrintedPageNumber(lines, index + 1) ?? []);
  const lines = orderColumns(pageLines.map((lines) => removeRunningText(lines)));

  return { format: 'pdf', pageCount: pages.length, blocks: buildBlocks(lines), printedPages };
}

export function buildBlocks(lines: PlacedLine[]): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let paragraph: ParagraphBuilder | undefined;
  let index = 0;

  while (index < lines.length) {
    if (startsTable(lines, index)) {
      const { table, next } = readTable(lines, index);
      blocks.push(table);
      paragraph = undefined;
      index = next;
      continue;
    }

    const line = lines[index]!;
    if (!paragraph || !continueParagraph(paragraph, line)) {
      paragraph = startParagraph(line);
      blocks.push(paragraph.paragraph);
    }
    index++;
  }

  return blocks;
}
