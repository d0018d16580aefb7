// Joins printed lines into paragraphs. Lines of one paragraph sit one line-height apart in the
// same column and style; a paragraph gap is about twice that:
//
//   Ablative Treatments for Malignant Breast      <- 13.3 pt to the next line: same paragraph
//   Tumors                                        <- 23.4 pt to the next line: new paragraph
//   Ambulatory External and Implantable
//
// A paragraph cut by a page break continues at the top of the next page when its last line
// was full, that is when the next line's first word would not have fitted after it.
import type { LayoutLine, Paragraph } from '../../model/layout.ts';
import type { PlacedLine } from './columns.ts';
import { isBoldLine, lineEnd, lineStart, lineText } from './lines.ts';

/** Lines of one paragraph are at most this many font sizes apart. */
const LINE_GAP_EMS = 1.45;

export interface ParagraphBuilder {
  paragraph: Paragraph;
  last: PlacedLine;
  /** Rightmost end of any line in the paragraph's column on its last page. */
  columnEnd: number;
}

export function startParagraph(line: PlacedLine): ParagraphBuilder {
  return {
    paragraph: { kind: 'paragraph', page: line.page, bold: isBoldLine(line), size: round(line.size), lines: [toLayoutLine(line)] },
    last: line,
    columnEnd: lineEnd(line),
  };
}

/** Adds the line to the paragraph when it continues it; returns false when it starts a new one. */
export function continueParagraph(builder: ParagraphBuilder, line: PlacedLine): boolean {
  const { last, paragraph } = builder;
  const sameStyle =
    line.column === last.column && isBoldLine(line) === paragraph.bold && Math.abs(line.size - last.size) <= 0.5;
  if (!sameStyle) return false;

  const x = paragraph.lines[0]!.x;
  const start = lineStart(line);
  let continues: boolean;
  if (line.page === last.page) {
    continues = line.y - last.y <= LINE_GAP_EMS * line.size && start >= x - 2 && start <= x + 40;
  } else {
    continues = Math.abs(start - lineStart(last)) <= 2 && !wouldFit(last, line, builder.columnEnd);
  }
  if (!continues) return false;

  paragraph.lines.push(toLayoutLine(line));
  builder.columnEnd = line.page === last.page ? Math.max(builder.columnEnd, lineEnd(line)) : lineEnd(line);
  builder.last = line;
  return true;
}

/** True when the first word of `next` would have fitted at the end of `line`. */
function wouldFit(line: PlacedLine, next: PlacedLine, columnEnd: number): boolean {
  const text = lineText(next);
  const firstWord = text.split(' ')[0] ?? '';
  const width = lineEnd(next) - lineStart(next);
  const wordWidth = text.length > 0 ? (width * firstWord.length) / text.length : 0;
  const spaceWidth = 0.28 * line.size;
  return lineEnd(line) + spaceWidth + wordWidth <= columnEnd;
}

function toLayoutLine(line: PlacedLine): LayoutLine {
  return { text: lineText(line), x: round(lineStart(line)) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
