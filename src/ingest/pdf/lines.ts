// Groups pdf.js text items into printed lines, and each line into segments: runs of text
// separated by a wide horizontal gap, such as the cells of a table row or the two columns of
// the first page.
//
//   64.9 "0207T"   122.5 "Evacuation of meibomian glands, automated, …"
//   └ segment 1 ┘  └ segment 2 (26 pt to the right) ────────────────┘
import type { TextItem } from './load-pdf.ts';

export interface Segment {
  text: string;
  x: number;
  /** Baseline of the segment's first item; lines of two columns can differ by a few points. */
  y: number;
  xEnd: number;
  size: number;
  bold: boolean;
}

export interface Line {
  page: number;
  /** Baseline from the top of the page. */
  y: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many font sizes separates segments (cells, columns). */
const SEGMENT_GAP_EMS = 1.8;
/** A gap wider than this many font sizes between two items means a space between them. */
const SPACE_GAP_EMS = 0.15;
/** Items whose baselines differ by less than this many font sizes share a line (superscripts do). */
const SAME_LINE_EMS = 0.5;

export function groupLines(items: TextItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextItem[][] = [];

  for (const item of sorted) {
    const row = rows.at(-1);
    const reference = row && baseItem(row);
    if (row && reference && Math.abs(item.y - reference.y) < SAME_LINE_EMS * Math.max(reference.size, item.size)) {
      row.push(item);
    } else {
      rows.push([item]);
    }
  }

  return rows
    .map((row) => toLine(row, page))
    .filter((line) => line.segments.length > 0);
}

/** Finds the item that sets a line's baseline: the first of the largest font size. */
function baseItem(row: TextItem[]): TextItem | undefined {
  let base = row[0];
  for (const item of row) {
    if (base && item.size > base.size + 0.5) base = item;
  }
  return base;
}

function toLine(row: TextItem[], page: number): Line {
  const base = baseItem(row);
  const size = base?.size ?? 0;
  const items = [...row].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: SegmentDraft | undefined;

  let spacerBreak = false;

  for (const item of items) {
    // Some word processors fill the room between two cells with a spacer item (a run of spaces
    // at least one em wide), so it separates segments. It carries no text.
    if (item.text.trim() === '') {
      if (item.width >= size) spacerBreak = true;
      continue;
    }

    const gap = current ? item.x - current.xEnd : 0;
    if (!current || spacerBreak || gap > SEGMENT_GAP_EMS * size) {
      spacerBreak = false;
      if (current) segments.push(finishSegment(current, size));
      current = { parts: [], x: item.x, y: item.y, xEnd: item.x, boldChars: 0, chars: 0 };
    } else if (gap > SPACE_GAP_EMS * size) {
      current.parts.push(' ');
    }

    current.parts.push(item.text);
    current.xEnd = Math.max(current.xEnd, item.x + item.width);
    const visible = item.text.replace(/\s/g, '').length;
    current.chars += visible;
    if (item.bold) current.boldChars += visible;
  }
  if (current) segments.push(finishSegment(current, size));

  return { page, y: base?.y ?? 0, size, segments };
}

interface SegmentDraft {
  parts: string[];
  x: number;
  y: number;
  xEnd: number;
  boldChars: number;
  chars: number;
}

function finishSegment(segment: SegmentDraft, size: number): Segment {
  return {
    text: segment.parts.join('').replace(/\s+/g, ' ').trim(),
    x: segment.x,
    y: segment.y,
    xEnd: segment.xEnd,
    size,
    // A superscript marker in a regular font does not make a bold heading regular.
    bold: segment.chars > 0 && segment.boldChars / segment.chars >= 0.8,
  };
}

export function lineText(line: Line): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

export function lineStart(line: Line): number {
  return line.segments[0]?.x ?? 0;
}

export function lineEnd(line: Line): number {
  return line.segments.at(-1)?.xEnd ?? 0;
}

export function isBoldLine(line: Line): boolean {
  return line.segments.every((segment) => segment.bold);
}
