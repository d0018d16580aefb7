// Runs every single-release rule over one parsed document. Rules that compare two documents
// (`rendition-disagreement`, `unannounced-change`) run in `validateDocuments` and in the build.
import type { Finding } from '../model/finding.ts';
import type { ParseResult } from '../model/parse-result.ts';
import type { PolicyRelease } from '../model/release.ts';
import type { Rule } from './rule.ts';
import { codeFormatRule } from './rules/code-format.ts';
import { codeKindMismatchRule } from './rules/code-kind-mismatch.ts';
import { coveredElsewhereConflictRule } from './rules/covered-elsewhere-conflict.ts';
import { duplicateCodeRule } from './rules/duplicate-code.ts';
import { effectiveDateMismatchRule } from './rules/effective-date-mismatch.ts';
import { emptyDescriptionRule } from './rules/empty-description.ts';
import { headerAsRowRule } from './rules/header-as-row.ts';
import { invalidRevisionDateRule } from './rules/invalid-revision-date.ts';
import { missingMetadataRule } from './rules/missing-metadata.ts';
import { missingPagesRule } from './rules/missing-pages.ts';
import { missingSectionRule } from './rules/missing-section.ts';
import { orphanCodeTextRule } from './rules/orphan-code-text.ts';
import { reviewBeforeEffectiveRule } from './rules/review-before-effective.ts';
import { revisionDuplicateRule } from './rules/revision-duplicate.ts';
import { revisionOrderRule } from './rules/revision-order.ts';
import { sourceNameMismatchRule } from './rules/source-name-mismatch.ts';
import { suspiciousShrinkRule } from './rules/suspicious-shrink.ts';
import { unbalancedParenthesesRule } from './rules/unbalanced-parentheses.ts';
import { unknownRelatedPolicyRule } from './rules/unknown-related-policy.ts';

export const RELEASE_RULES: readonly Rule[] = [
  codeFormatRule,
  codeKindMismatchRule,
  headerAsRowRule,
  duplicateCodeRule,
  emptyDescriptionRule,
  unbalancedParenthesesRule,
  orphanCodeTextRule,
  coveredElsewhereConflictRule,
  unknownRelatedPolicyRule,
  revisionOrderRule,
  invalidRevisionDateRule,
  revisionDuplicateRule,
  effectiveDateMismatchRule,
  reviewBeforeEffectiveRule,
  missingMetadataRule,
  missingSectionRule,
  missingPagesRule,
  sourceNameMismatchRule,
  suspiciousShrinkRule,
];

export interface ValidateInput {
  result: ParseResult;
  /** Source path, used in messages and checked against the policy number and date. */
  path: string;
  /** The previous release of the same policy, for `suspicious-shrink`. */
  previous?: PolicyRelease;
}

export function validateRelease({ result, path, previous }: ValidateInput): Finding[] {
  const context = { result, release: result.release, path, ...(previous ? { previous } : {}) };
  return sortFindings(RELEASE_RULES.flatMap((rule) => rule.check(context)));
}

/**
 * Orders findings by path, then page (document-wide findings first), rule and JSON path, with
 * array indexes compared as numbers so `codes[2]` comes before `codes[10]`.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      (a.page ?? 0) - (b.page ?? 0) ||
      compareText(a.rule, b.rule) ||
      compareText(a.jsonPath, b.jsonPath) ||
      compareText(a.message, b.message),
  );
}

const collator = new Intl.Collator('en', { numeric: true });

function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function countFindings(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
