// A layout table gives each cell's lines as paragraphs, cell after cell, so that the table of
// contents and the related coverage resources laid out side by side stay apart:
//
//   | Table of Contents   | Related Coverage Resources                      |
//   | Overview  2         | Ablative Treatments for Malignant Breast Tumors |
//
// A row of one-line cells (`Effective Date | 4/15/2026`) gives one paragraph with the cells
// joined by a space, as a masthead laid out in a table reads.
import type { Table } from '../../model/layout.ts';
import { expandLayoutTables, type BlockDraft, type ParagraphDraft, type TextRun } from './paragraph-draft.ts';

export interface CellDraft {
  blocks: BlockDraft[];
  lines: string[];
  bold: boolean;
  isHeaderCell: boolean;
}

export interface RowDraft {
  cells: CellDraft[];
  inHead: boolean;
  /** One cell spanning the row, such as a group heading set inside a code table. */
  banner: boolean;
}

/** The blank run between the cells of a layout row, which changes neither bold nor size. */
const CELL_SEPARATOR: TextRun = { text: ' ', bold: false, size: 0 };

/** Reads a layout table's rows as paragraphs, with the data tables nested in its cells. */
export function readLayoutTable(rows: RowDraft[]): BlockDraft[] {
  return rows.flatMap((row) => {
    const printed = row.cells.filter((cell) => cell.lines.length > 0);
    if (printed.length >= 2 && printed.every(isOneLineCell)) {
      const runs = printed.flatMap((cell, index) => {
        const cellRuns = firstLineRuns(cell);
        return index === 0 ? cellRuns : [CELL_SEPARATOR, ...cellRuns];
      });
      return [{ kind: 'paragraph' as const, page: 0, heading: false, lines: [runs] }];
    }

    return printed.flatMap((cell) => expandLayoutTables(cell.blocks).flatMap(splitLines));
  });
}

function isOneLineCell(cell: CellDraft): boolean {
  const [block] = cell.blocks;
  return cell.blocks.length === 1 && block?.kind === 'paragraph' && block.lines.length === 1;
}

function firstLineRuns(cell: CellDraft): TextRun[] {
  const [block] = cell.blocks;
  return block?.kind === 'paragraph' ? (block.lines[0] ?? []) : [];
}

/** Splits a paragraph into one paragraph per line. A nested data table stays a table. */
function splitLines(block: ParagraphDraft | Table): BlockDraft[] {
  if (block.kind === 'table') return [block];
  return block.lines.map((runs) => ({ ...block, lines: [runs] }));
}
