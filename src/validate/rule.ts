// The shape every validation rule shares, and the one place that words where a finding sits.
import type { Finding, Severity } from '../model/finding.ts';
import type { ParseResult } from '../model/parse-result.ts';
import type { PolicyRelease } from '../model/release.ts';

export interface RuleContext {
  result: ParseResult;
  release: PolicyRelease;
  /** Source path as given to the tool, used in messages and in the file-name check. */
  path: string;
  /** The release of the same policy before this one, when known. */
  previous?: PolicyRelease;
}

export interface Rule {
  /** Stable id that users filter on and CI annotations show, for example `code-format`. */
  id: string;
  severity: Severity;
  check(context: RuleContext): Finding[];
}

export interface Location {
  page: number | null;
  jsonPath: string;
}

/**
 * Builds a finding whose message starts with where it sits:
 * "sources/cigna-0558/2026-04-15.pdf page 4, codeGroups[0].codes[3].code: code `O339T` …".
 */
export function createFinding(rule: Rule, path: string, location: Location, problem: string): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    path,
    page: location.page,
    jsonPath: location.jsonPath,
    message: `${describeLocation(path, location)}: ${problem}`,
  };
}

export function describeLocation(path: string, location: Location): string {
  const page = location.page === null ? '' : ` page ${location.page}`;
  return `${path}${page}, ${location.jsonPath}`;
}

/** Quotes a value from the document for a message, shortening long text. */
export function quote(value: string, maxLength = 120): string {
  const text = value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
  return `\`${text}\``;
}
