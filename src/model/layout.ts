// The layout document: what every ingester (PDF, HTML, text) produces and the policy parser
// reads. It keeps reading order, pages and enough typography (bold, size, x) to tell headings
// from body text, and it gives tables as rows of cells. Running headers and footers
// (`Page 3 of 14`, `Medical Coverage Policy: 0558`) are already removed.

export interface LayoutDocument {
  format: 'pdf' | 'html' | 'txt';
  pageCount: number;
  blocks: LayoutBlock[];
  /** Page numbers printed in the running footers (`Page 3 of 14`), in document order. */
  printedPages?: PrintedPageNumber[];
}

export interface PrintedPageNumber {
  /** Page of the document the footer is on (for text, the page it names). */
  page: number;
  /** `3` of `Page 3 of 14`. */
  number: number;
  /** `14` of `Page 3 of 14`. */
  of: number;
}

export type LayoutBlock = Paragraph | Table;

/** Text on one printed line of a paragraph or a cell. */
export interface LayoutLine {
  text: string;
  /** Left edge in points from the page's left edge; 0 where the format has no geometry. */
  x: number;
}

/**
 * A run of lines that belong together: a heading, a body paragraph, a list item. An ingester
 * without geometry (HTML, text) gives one paragraph per element or input line.
 */
export interface Paragraph {
  kind: 'paragraph';
  page: number;
  bold: boolean;
  /** Font size in points; 0 when unknown. */
  size: number;
  lines: LayoutLine[];
}

export interface TableCell {
  /** The cell's printed lines, in order; an empty cell has none. */
  lines: string[];
}

export interface TableRow {
  page: number;
  /** True for a header row, including a header repeated at the top of a later page. */
  header: boolean;
  cells: TableCell[];
}

/**
 * One table as printed, possibly across pages. A row that a page break split in two is either
 * one row on the page where it starts, or two rows whose second has an empty first cell. The
 * parser joins the second into the first.
 */
export interface Table {
  kind: 'table';
  page: number;
  rows: TableRow[];
}
