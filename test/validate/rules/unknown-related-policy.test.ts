import { describe, expect, test } from 'vitest';

import { unknownRelatedPolicyRule } from '../../../src/validate/rules/unknown-related-policy.ts';
import { buildRelease } from '../build-release.ts';
import { runRule } from '../run-rule.ts';

function findingsFor(policy: string, resources: string[]) {
  const release = buildRelease({
    relatedResources: resources,
    coveredElsewhere: [{ policy, codes: ['0537T'], page: 7 }],
  });
  return runRule(unknownRelatedPolicyRule, release);
}

describe('unknown-related-policy', () => {
  test.each([
    ['Scar Revision', 'exact name'],
    ['scar  revision', 'case and spacing'],
    ['Yescarta', 'name without its qualifier'],
  ])('%s is known (%s)', (policy) => {
    expect(findingsFor(policy, ['Scar Revision', 'Yescarta (Injectable CAR-T)'])).toEqual([]);
  });

  test.each([
    ['Brexucabtagene autoleucel', 'Brexucabtagene autoleucl'],
    ['Idcabtagene vicleucel', 'Idcabtagene vicleucl'],
    ['Tisagenlecleucel', 'Tisagenlecleucl (Injectable CAR-T)'],
  ])('%s is a near miss of %s', (policy, resource) => {
    const findings = findingsFor(policy, ['Breyanzi (Injectable CAR-T)', resource, 'Scar Revision']);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', page: 7, jsonPath: 'coveredElsewhere[0].policy' });
    expect(findings[0]!.message).toContain(`the closest is \`${resource}\``);
  });

  test('distant name names no match', () => {
    const findings = findingsFor('Lisocabtagene maraleucel', ['Idcabtagene vicleucl', 'Breyanzi (Injectable CAR-T)']);

    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('none is a near match');
    expect(findings[0]!.message).not.toContain('closest');
  });

  test('no related resources at all', () => {
    expect(findingsFor('Scar Revision', [])[0]!.message).toContain('none is a near match');
  });
});
