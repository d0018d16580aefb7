// `unbalanced-parentheses`: a description with an unclosed `(` or a stray `)`. The 0980T row of
// policy 0558 ends in `(Do not report Submucosal cryolysis therapy; base of tongue and lingual
// tonsil only`: the publisher's own text is cut short.
import type { Finding } from '../../model/finding.ts';
import { listCodeRows } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export const unbalancedParenthesesRule: Rule = {
  id: 'unbalanced-parentheses',
  severity: 'warning',
  check({ release, path }) {
    const findings: Finding[] = [];

    for (const { row, jsonPath } of listCodeRows(release)) {
      const problem = describeImbalance(row.description);
      if (problem === null) continue;
      const message = `the description of ${quote(row.code)} ${problem}; the source text may be cut short.`;
      findings.push(createFinding(unbalancedParenthesesRule, path, { page: row.page, jsonPath: `${jsonPath}.description` }, message));
    }

    return findings;
  },
};

function describeImbalance(text: string): string | null {
  const characters = [...text];
  const openings: number[] = [];
  for (const [index, character] of characters.entries()) {
    if (character === '(') openings.push(index);
    if (character !== ')') continue;
    if (openings.length === 0) return `has a \`)\` without a matching \`(\` at character ${index + 1}`;
    openings.pop();
  }
  if (openings.length === 0) return null;

  const unclosed = openings[0] as number;
  const excerpt = characters.slice(unclosed, unclosed + 60).join('');
  const count = openings.length === 1 ? 'an unclosed `(`' : `${openings.length} unclosed \`(\`, the first`;
  return `has ${count} at character ${unclosed + 1}: ${quote(excerpt)}`;
}
