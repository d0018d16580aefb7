// HTML to the layout model: a saved policy web page or a word processor's HTML export. Cheerio
// (parse5) only parses the page, so no script runs. Scripts, styles, comments, `<head>` and
// hidden elements give no text.
//
// HTML has no printed pages. Every block is on page 1 unless the page marks hard page breaks
// (`page-break-before: always`, as word processors export them).
// NOTE: a page that a word processor broke without a hard break is not seen, so with hard
// breaks a block's page can be lower than the printed one.
import { load } from 'cheerio';

import type { LayoutBlock, LayoutDocument } from '../../model/layout.ts';
import { BlockWalker } from './block-walker.ts';
import { checkNestingDepth, checkPolicyPage, checkRawNesting } from './check-policy-page.ts';
import { resolveElementStyle, UNSTYLED_TEXT } from './element-style.ts';
import { expandLayoutTables, toParagraph } from './paragraph-draft.ts';
import { parseStylesheet } from './stylesheet.ts';

export function ingestHtml(html: string, path: string): LayoutDocument {
  checkRawNesting(html, path);
  const $ = load(html);
  const sheet = parseStylesheet($('style').map((_, element) => $(element).text()).get());

  // Sizes and weights set on `<html>` or `<body>` (`body { font-size: 10pt }`) reach all text.
  const root = $('html').get(0);
  const body = $('body').get(0);
  const rootStyle = root ? resolveElementStyle(root, UNSTYLED_TEXT, sheet).text : UNSTYLED_TEXT;
  if (body) checkNestingDepth(body, path);
  const walker = new BlockWalker({ sheet, page: 1, followPageBreaks: true, listMarkers: false });
  if (body) walker.walkChildren(body, resolveElementStyle(body, rootStyle, sheet).text);

  const drafts = expandLayoutTables(walker.finish());
  const blocks: LayoutBlock[] = drafts.map((draft) => (draft.kind === 'paragraph' ? toParagraph(draft) : draft));
  checkPolicyPage(blocks, path);

  const pageCount = blocks.reduce((count, block) => Math.max(count, block.page), 1);
  return { format: 'html', pageCount, blocks };
}
