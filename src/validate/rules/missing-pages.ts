// `missing-pages`: page numbers in the running footers (`Page 3 of 14`) that skip, repeat or run
// out of order, or a document with fewer pages than its footers count. A page lost from a PDF
// or a text extraction takes its rows with it, and the rows around it still look complete.
import type { PrintedPageNumber } from '../../model/layout.ts';
import { createFinding, type Rule } from '../rule.ts';

export const missingPagesRule: Rule = {
  id: 'missing-pages',
  severity: 'error',
  check({ result, path }) {
    const printed = result.printedPages ?? [];
    if (printed.length === 0) return [];

    const problem = describeGap(printed);
    if (!problem) return [];
    return [createFinding(missingPagesRule, path, { page: problem.page, jsonPath: 'source' }, problem.text)];
  },
};

function describeGap(printed: PrintedPageNumber[]): { page: number; text: string } | undefined {
  const total = Math.max(...printed.map((footer) => footer.of));
  const advice = 'the document may have lost or reordered pages; use the complete document as published.';

  for (let index = 0; index < printed.length; index += 1) {
    const footer = printed[index]!;
    const expected = index + 1;
    if (footer.number !== expected) {
      const later = printed.slice(index + 1).some((other) => other.number === expected);
      const seen = footer.number > expected && !later ? `page ${expected} is missing before it` : 'the pages are out of order';
      return {
        page: footer.page,
        text: `the footer reads \`Page ${footer.number} of ${footer.of}\` where page ${expected} was expected (${seen}); ${advice}`,
      };
    }
  }

  if (printed.length < total) {
    const last = printed.at(-1)!;
    return {
      page: last.page,
      text: `the footers count ${total} pages but the last one reads \`Page ${last.number} of ${last.of}\`; ${advice}`,
    };
  }
  return undefined;
}
