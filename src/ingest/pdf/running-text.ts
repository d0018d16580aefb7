// Running headers and footers that the publisher prints on every page:
//   "Page 3 of 14"
//   "Medical Coverage Policy: 0070"
import type { PrintedPageNumber } from '../../model/layout.ts';
import type { Line } from './lines.ts';

export function isRunningFooter(text: string): boolean {
  return /^Page\s+\d+\s+of\s+\d+$/i.test(text) || /^Medical Coverage Policy:\s*\S+$/i.test(text);
}

const PAGE_FOOTER = /^Page\s+(\d+)\s+of\s+(\d+)$/i;

/** Reads the `Page N of M` footer of one page, if it prints one. */
export function readPrintedPageNumber(lines: Line[], page: number): PrintedPageNumber | undefined {
  for (const line of lines) {
    for (const segment of line.segments) {
      const match = PAGE_FOOTER.exec(segment.text);
      if (match) return { page, number: Number(match[1]), of: Number(match[2]) };
    }
  }
  return undefined;
}

/** Drops footer segments, and lines left empty by that. */
export function removeRunningText(lines: Line[]): Line[] {
  return lines
    .map((line) => ({ ...line, segments: line.segments.filter((segment) => !isRunningFooter(segment.text)) }))
    .filter((line) => line.segments.length > 0);
}
