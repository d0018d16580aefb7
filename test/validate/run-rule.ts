import type { Finding } from '../../src/model/finding.ts';
import type { PageText } from '../../src/model/parse-result.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import type { Rule } from '../../src/validate/rule.ts';
import { SOURCE_PATH, toParseResult } from './build-release.ts';

export interface RunOptions {
  path?: string;
  previous?: PolicyRelease;
  codingText?: PageText[];
}

export function runRule(rule: Rule, release: PolicyRelease, options: RunOptions = {}): Finding[] {
  const result = toParseResult(release, options.codingText);
  const path = options.path ?? SOURCE_PATH;
  return rule.check({ result, release, path, ...(options.previous ? { previous: options.previous } : {}) });
}
