// The "Related Coverage Resources" list. Each resource is a paragraph, or, where the PDF sets
// the list with even line spacing, one paragraph whose wrapped lines are indented:
//
//   Omalizumab
//   Peanut (arachis hypogaea) allergen powder-
//      dnfp                                      <- continues the line above
//   Ragwitek
import type { LayoutBlock, LayoutLine } from '../model/layout.ts';
import { joinLines } from './text.ts';

/** A line indented by more than this many points continues the item above it. */
const HANGING_INDENT = 3;

export function readRelatedResources(blocks: LayoutBlock[]): string[] {
  const resources: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const item of splitItems(block.lines)) {
      const text = joinLines(item.map((line) => line.text));
      if (text !== '') resources.push(text);
    }
  }
  return resources;
}

function splitItems(lines: LayoutLine[]): LayoutLine[][] {
  const left = Math.min(...lines.map((line) => line.x));
  const hasHangingIndent = lines.some((line) => line.x > left + HANGING_INDENT);
  // NOTE: an evenly spaced list in which no name wraps has no indented line, so it is read as
  // one resource. The PDFs seen so far either space items apart or wrap with an indent.
  if (!hasHangingIndent) return [lines];

  const items: LayoutLine[][] = [];
  for (const line of lines) {
    if (line.x > left + HANGING_INDENT && items.length > 0) items.at(-1)!.push(line);
    else items.push([line]);
  }
  return items;
}
