// The first page prints two columns under the masthead: the table of contents on the left and
// "Related Coverage Resources" on the right, whose list may run on to the top of page 2:
//
//   Table of Contents                 Related Coverage Resources
//   Overview .............. 2         Ablative Treatments for Malignant Breast
//   Coverage Policy ....... 2         Tumors
//
// Left and right lines share baselines, so they are separated here by x and given in reading
// order: the whole left column, then the whole right column.
import type { Line, Segment } from './lines.ts';

export type Column = 'full' | 'left' | 'right';

export interface PlacedLine extends Line {
  column: Column;
}

const LEFT_HEADING = /^table of contents$/i;
const RIGHT_HEADING = /^related coverage resources$/i;

/** Splits every page's two-column region; `splitX` carries a right column on to the next page. */
export function orderColumns(pages: Line[][]): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let carriedSplitX: number | undefined;

  for (const lines of pages) {
    let index = 0;

    // Lines at the top of a page that continue the previous page's right column.
    if (carriedSplitX !== undefined) {
      const splitX = carriedSplitX;
      while (index < lines.length && lines[index]!.segments.every((segment) => segment.x >= splitX)) {
        placed.push({ ...lines[index]!, column: 'right' });
        index++;
      }
      carriedSplitX = undefined;
    }

    const headingIndex = lines.findIndex((line, i) => i >= index && isColumnsHeading(line));
    if (headingIndex === -1) {
      for (; index < lines.length; index++) placed.push({ ...lines[index]!, column: 'full' });
      continue;
    }

    for (; index < headingIndex; index++) placed.push({ ...lines[index]!, column: 'full' });

    const splitX = columnsSplitX(lines[headingIndex]!);
    const regionEnd = findRegionEnd(lines, headingIndex, splitX);
    const left: PlacedLine[] = [];
    const right: PlacedLine[] = [];
    for (index = headingIndex; index < regionEnd; index++) {
      const line = lines[index]!;
      const leftSegments = line.segments.filter((segment) => segment.x < splitX);
      const rightSegments = line.segments.filter((segment) => segment.x >= splitX);
      if (leftSegments.length > 0) left.push({ ...line, y: leftSegments[0]!.y, segments: leftSegments, column: 'left' });
      if (rightSegments.length > 0) right.push({ ...line, y: rightSegments[0]!.y, segments: rightSegments, column: 'right' });
    }
    placed.push(...left, ...right);

    if (regionEnd === lines.length) carriedSplitX = splitX;
    for (; index < lines.length; index++) placed.push({ ...lines[index]!, column: 'full' });
  }

  return placed;
}

/**
 * Finds where the region ends: after its last line with text in the right column, and before
 * any line whose text crosses from one column into the other (full-width body text).
 */
function findRegionEnd(lines: Line[], headingIndex: number, splitX: number): number {
  let end = headingIndex + 1;
  for (let index = headingIndex; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.segments.some((segment) => crosses(segment, splitX))) break;
    if (line.segments.some((segment) => segment.x >= splitX)) end = index + 1;
  }
  return end;
}

function isColumnsHeading(line: Line): boolean {
  return (
    line.segments.some((segment) => LEFT_HEADING.test(segment.text)) &&
    line.segments.some((segment) => RIGHT_HEADING.test(segment.text))
  );
}

function columnsSplitX(line: Line): number {
  const right = line.segments.find((segment) => RIGHT_HEADING.test(segment.text));
  return (right?.x ?? 0) - 2;
}

function crosses(segment: Segment, splitX: number): boolean {
  return segment.x < splitX && segment.xEnd > splitX + 2;
}
