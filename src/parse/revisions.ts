// The Revision Details table: revision type, a summary cell of one or more bullets, and the
// date. Bullets wrap over lines and rows run across pages:
//
//   Focused Review | • Added policy statements regarding testing | 12/03/2023
//                  |   limits on allergy testing and preparation of
//                  | • Removed the not medically necessary policy
import type { LayoutBlock, Table } from '../model/layout.ts';
import type { Revision } from '../model/release.ts';
import { joinLines, parseUsDate } from './text.ts';

const BULLET = /^[•●▪◦‣·\-–]\s*/;

export function isRevisionTable(table: Table): boolean {
  const header = table.rows.find((row) => row.header);
  if (!header) return false;
  return /revision/i.test(joinLines(header.cells[0]?.lines ?? [])) && header.cells.length >= 3;
}

export function readRevisions(blocks: LayoutBlock[]): Revision[] {
  const revisions: Revision[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table' || !isRevisionTable(block)) continue;

    for (const row of block.rows) {
      if (row.header) continue;
      const type = joinLines(row.cells[0]?.lines ?? []);
      const summaryLines = row.cells[1]?.lines ?? [];
      const dateText = joinLines(row.cells[2]?.lines ?? []);
      const previous = revisions.at(-1);

      // The rest of a row that a page break cut: no type and no date of its own.
      if (type === '' && previous && (dateText === '' || previous.date === '')) {
        addBullets(previous.summary, summaryLines);
        if (previous.date === '') previous.date = parseUsDate(dateText) ?? dateText;
        continue;
      }

      const summary: string[] = [];
      addBullets(summary, summaryLines);
      revisions.push({ type, summary, date: parseUsDate(dateText) ?? dateText, page: row.page });
    }
  }
  return revisions;
}

/** Adds a summary cell's lines: a bulleted line starts an entry, any other line continues one. */
function addBullets(summary: string[], lines: string[]): void {
  let pending: string[] | undefined;
  const flush = (): void => {
    if (pending) summary.push(joinLines(pending));
    pending = undefined;
  };

  for (const line of lines) {
    if (BULLET.test(line)) {
      flush();
      pending = [line.replace(BULLET, '')];
    } else if (pending) {
      pending.push(line);
    } else if (summary.length > 0) {
      // A continuation at the top of a new page belongs to the last entry.
      summary[summary.length - 1] = joinLines([summary.at(-1)!, line]);
    } else {
      pending = [line];
    }
  }
  flush();
}
