// Rejects an HTML page that contains no coverage policy (a search result, a login or error page, a
// site index) before the parser reports a confusing list of missing fields.
import { InputError } from '../../errors.ts';
import type { LayoutBlock } from '../../model/layout.ts';

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
      'table. Save the policy document itself as HTML, not a search, index or error page.',
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
