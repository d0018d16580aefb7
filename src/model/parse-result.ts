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
  /**
   * Every line of the section with the exception table (General Background when there is
   * none), for checks that no Category III code printed there was left out of it.
   */
  exceptionText?: PageText[];
  /** Page numbers printed in the running footers, when the document has them. */
  printedPages?: PrintedPageNumber[];
}
