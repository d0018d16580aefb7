// Pages of a text rendition, read from the running footer that the publisher prints on every
// page. A plain extractor may print the footer of each page at the start of that page's text:
//
//   Page 8   of    36          <- page 8 starts here
//   Medical Coverage Policy: 0520
//   CPT
//
// or at its end, as the page is printed. Text without footers is split at form feeds, which
// pdftotext writes between pages, and is one page when it has none.
import type { PrintedPageNumber } from '../../model/layout.ts';
import { isRunningFooter } from './headings.ts';

export interface PagedLine {
  /** The line as in the file, without its line break. */
  text: string;
  page: number;
}

export interface PagedText {
  /** Every line but the running footers, in order. */
  lines: PagedLine[];
  pageCount: number;
  /** The `Page N of M` footers in the order printed. */
  printedPages: PrintedPageNumber[];
}

const PAGE_FOOTER = /^\s*Page\s+(\d+)\s+of\s+(\d+)\s*$/i;

export function assignPages(lines: string[]): PagedText {
  const footers = lines.flatMap((text, index) => {
    const match = PAGE_FOOTER.exec(text);
    return match ? [{ index, page: Number(match[1]), of: Number(match[2]) }] : [];
  });
  if (footers.length === 0) return splitAtFormFeeds(lines);

  const firstFooter = footers[0]!.index;
  const footerLeads = lines.slice(0, firstFooter).every((text) => text.trim() === '');
  const pageCount = Math.max(...footers.map((footer) => Math.max(footer.page, footer.of)));
  const paged: PagedLine[] = [];
  let footer = 0;

  lines.forEach((text, index) => {
    while (footer < footers.length && footers[footer]!.index < index) footer++;
    if (isRunningFooter(text)) return;

    let page: number;
    if (footerLeads) {
      // The last footer at or before this line names its page.
      page = footer > 0 ? footers[footer - 1]!.page : 1;
    } else {
      // The next footer names the page; text after the last footer is on the page after it.
      page = footer < footers.length ? footers[footer]!.page : Math.min(footers.at(-1)!.page + 1, pageCount);
    }
    paged.push({ text, page });
  });

  const printedPages = footers.map((found) => ({ page: found.page, number: found.page, of: found.of }));
  return { lines: paged, pageCount, printedPages };
}

/** Starts a new page at each form feed (`\f`) and removes the form feeds. */
function splitAtFormFeeds(lines: string[]): PagedText {
  let page = 1;
  const paged = lines.map((line) => {
    const feeds = line.split('\f').length - 1;
    page += feeds;
    return { text: line.replaceAll('\f', ''), page };
  });
  // A form feed after the last page's text does not start another page.
  const pageCount = paged.reduce((count, line) => (line.text.trim() === '' ? count : Math.max(count, line.page)), 1);
  return { lines: paged, pageCount, printedPages: [] };
}
