// A paragraph as the walker collects it: lines of text runs, each run with the bold and size of
// the element it came from, so that bold and size can be judged per line or per paragraph.
import type { Paragraph, Table } from '../../model/layout.ts';

export interface TextRun {
  text: string;
  bold: boolean;
  size: number;
}

export interface ParagraphDraft {
  kind: 'paragraph';
  page: number;
  /** True for `<h1>`–`<h6>`, which count as bold whatever the weight of their runs. */
  heading: boolean;
  /** Lines with text, since blank lines are dropped when the draft is made. */
  lines: TextRun[][];
}

/**
 * A layout table, kept whole until it is known whether it sits in a data cell (where it is
 * flattened to lines) or not (where its paragraphs take its place).
 */
export interface LayoutTableDraft {
  kind: 'layout-table';
  page: number;
  /** The table's content as paragraphs, with the data tables nested in it. */
  blocks: BlockDraft[];
  /** One line per row, the row's cell lines joined by spaces. */
  rowLines: string[];
}

export type BlockDraft = ParagraphDraft | Table | LayoutTableDraft;

/** Replaces layout tables by their paragraphs, at any depth. */
export function expandLayoutTables(drafts: BlockDraft[]): (ParagraphDraft | Table)[] {
  return drafts.flatMap((draft) => (draft.kind === 'layout-table' ? expandLayoutTables(draft.blocks) : [draft]));
}

/** Places a block and everything in it on one page. */
export function setPage(draft: BlockDraft, page: number): void {
  draft.page = page;
  if (draft.kind === 'table') {
    for (const row of draft.rows) row.page = page;
  }
  if (draft.kind === 'layout-table') {
    for (const block of draft.blocks) setPage(block, page);
  }
}

/**
 * Folds whitespace as a browser does within a line, so `&nbsp;`, tabs and newlines become one
 * space. Soft hyphens and zero-width characters print nothing and are removed.
 */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function lineText(runs: TextRun[]): string {
  return normalizeSpaces(runs.map((run) => run.text).join(''));
}

/** True when every run that prints something is bold, and one does. */
export function isBoldLine(runs: TextRun[]): boolean {
  const printed = runs.filter((run) => normalizeSpaces(run.text) !== '');
  return printed.length > 0 && printed.every((run) => run.bold);
}

export function isBoldDraft(draft: ParagraphDraft): boolean {
  return draft.heading || draft.lines.every(isBoldLine);
}

/** Finds the size that most printed characters of the runs have. */
export function dominantSize(runs: TextRun[]): number {
  const characters = new Map<number, number>();
  for (const run of runs) {
    const count = normalizeSpaces(run.text).length;
    characters.set(run.size, (characters.get(run.size) ?? 0) + count);
  }

  let best = 0;
  let bestCount = 0;
  for (const [size, count] of characters) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}

export function toParagraph(draft: ParagraphDraft): Paragraph {
  return {
    kind: 'paragraph',
    page: draft.page,
    bold: isBoldDraft(draft),
    size: dominantSize(draft.lines.flat()),
    lines: draft.lines.map((runs) => ({ text: lineText(runs), x: 0 })),
  };
}
