import type { PrintedPageNumber } from './layout.ts';
import type { PolicyRelease } from './release.ts';

/** Text of the coding section, one entry per printed line, for checks against the rows. */
export interface PageText {
  page: number;
  text: string;
}

export interface ParseResult {
  release: PolicyRelease;
  /** Every line of the Coding Information section, including table cells, in reading order. */
  codingText: PageText[];
  /** Page numbers printed in the running footers, when the document has them. */
  printedPages?: PrintedPageNumber[];
}
