// Rejects HTML that the ingester cannot read as a policy. Markup nested too deep to walk is
// rejected, and so is a page that contains no coverage policy (a search result, a login or error
// page, a site index), before the parser reports a confusing list of missing fields.
import type { AnyNode } from 'domhandler';

import { InputError } from '../../errors.ts';
import type { LayoutBlock } from '../../model/layout.ts';
import { describeUnsupportedLayout } from '../unsupported-layout.ts';

/**
 * Deepest element nesting the walker accepts, since it recurses once per level. The 0558 word
 * processor export nests 7 deep below `<body>`.
 */
export const MAX_NESTING_DEPTH = 400;

/** Lines that show a policy: its masthead, its coding section or its revision table. */
const POLICY_MARKERS = [
  /\bEffective\s*Date\b/i,
  /\bPolicy\s+Number\b/i,
  /^Coding Information\b/i,
  /^Revision Details\b/i,
  /^(Revision|Policy) History\b/i,
];

/** Throws an InputError unless one line of the page matches a policy marker. */
export function checkPolicyPage(blocks: LayoutBlock[], path: string): void {
  const lines = blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? block.lines.map((line) => line.text)
      : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.lines)),
  );
  if (lines.some((line) => POLICY_MARKERS.some((marker) => marker.test(line)))) return;

  const found = lines.length === 0 ? 'it has no visible text' : `it starts with \`${truncate(lines[0] ?? '', 60)}\``;
  throw new InputError(
    `${path}: this HTML page is not a coverage policy (${found}); expected a masthead ` +
      '(`Effective Date`, `Coverage Policy Number`), a `Coding Information` section or a `Revision Details` ' +
      'table. Save the policy document itself as HTML, not a search, index or error page.' +
      describeUnsupportedLayout(lines.slice(0, 200).join('\n')),
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Elements that never nest (void) or whose end tag HTML lets a page leave out. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
]);
/** Depth at which the raw-text scan rejects a page; above MAX_NESTING_DEPTH, as it counts loosely. */
export const MAX_RAW_NESTING_DEPTH = 1000;

/**
 * Throws an InputError when the raw markup opens elements far deeper than any policy page.
 * It runs before parsing, because parse5 takes time that grows with the square of the nesting
 * depth (50,000 nested `<div>` take about 15 s) before the tree can be checked.
 */
export function checkRawNesting(html: string, path: string): void {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (NON_NESTING.has(name!.toLowerCase()) || selfClosing === '/') continue;
    depth = closing === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_RAW_NESTING_DEPTH) {
      throw new InputError(
        `${path}: HTML elements are nested more than ${MAX_RAW_NESTING_DEPTH} deep; ` +
          'a policy page nests a few levels. Save the policy page again from its source.',
      );
    }
  }
}

/** Throws an InputError when elements nest deeper than the walker can recurse. */
export function checkNestingDepth(root: AnyNode, path: string): void {
  const stack: { node: AnyNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry.depth > MAX_NESTING_DEPTH) {
      throw new InputError(
        `${path}: HTML elements are nested more than ${MAX_NESTING_DEPTH} deep; ` +
          'a policy page nests a few levels. Save the policy page again from its source.',
      );
    }
    if ('children' in entry.node) {
      for (const child of entry.node.children) stack.push({ node: child, depth: entry.depth + 1 });
    }
  }
}
