// Running headers and footers that the publisher prints on every page:
//   "Page 3 of 14"
//   "Medical Coverage Policy: 0070"
import type { Line } from './lines.ts';

export function isRunningFooter(text: string): boolean {
  return /^Page\s+\d+\s+of\s+\d+$/i.test(text) || /^Medical Coverage Policy:\s*\S+$/i.test(text);
}

/** Drops footer segments, and lines left empty by that. */
export function removeRunningText(lines: Line[]): Line[] {
  return lines
    .map((line) => ({ ...line, segments: line.segments.filter((segment) => !isRunningFooter(segment.text)) }))
    .filter((line) => line.segments.length > 0);
}
