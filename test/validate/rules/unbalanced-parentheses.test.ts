import { describe, expect, test } from 'vitest';

import { unbalancedParenthesesRule } from '../../../src/validate/rules/unbalanced-parentheses.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

function findingsFor(description: string) {
  const release = buildRelease();
  release.codeGroups[0]!.codes[0]!.description = description;
  return runRule(unbalancedParenthesesRule, release);
}

describe('unbalanced-parentheses', () => {
  test('balanced and nested text passes', () => {
    expect(findingsFor('Ablation (eg, fibroadenoma (benign)) (Do not report 0970T)')).toEqual([]);
  });

  test('description cut short', () => {
    const findings = findingsFor(
      'Submucosal cryolysis therapy; base of tongue and lingual tonsil only (Do not report Submucosal cryolysis therapy',
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', page: 3, jsonPath: 'codeGroups[0].codes[0].description' });
    expect(findings[0]!.message).toContain('unclosed `(`');
    expect(findings[0]!.message).toContain('(Do not report');
  });

  test('first unclosed parenthesis is quoted', () => {
    const findings = findingsFor('Therapy (first (second) third');
    expect(findings[0]!.message).toContain('`(first (second) third`');
  });

  test('stray closing parenthesis', () => {
    const findings = findingsFor('Therapy) of the knee');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('without a matching');
  });
});
