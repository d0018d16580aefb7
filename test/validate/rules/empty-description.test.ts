import { describe, expect, test } from 'vitest';

import { emptyDescriptionRule } from '../../../src/validate/rules/empty-description.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

describe('empty-description', () => {
  test('valid release gives nothing', () => {
    expect(runRule(emptyDescriptionRule, buildRelease())).toEqual([]);
  });

  test('blank description', () => {
    const release = buildRelease();
    release.codeGroups[0]!.codes[2]!.description = '  ';

    const findings = runRule(emptyDescriptionRule, release);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', page: 4, jsonPath: 'codeGroups[0].codes[2].description' });
    expect(findings[0]!.message).toContain('`0339T`');
  });
});
