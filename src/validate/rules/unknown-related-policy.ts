// `unknown-related-policy`: an exception-table policy that is not among the Related Coverage
// Resources, naming the closest resource when the name is a near miss (`Brexucabtagene
// autoleucel` against the printed `Brexucabtagene autoleucl`).
import { distance } from 'fastest-levenshtein';

import type { Finding } from '../../model/finding.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

/**
 * Maximum edit distance, divided by the longer name's length, at which two names count as the
 * same policy misspelled. A dropped or swapped letter in a name of 15 or more characters stays
 * under 0.1. Distinct names in policy 0558 differ in a third or more of their characters
 * (`Lisocabtagene maraleucel` against `Idcabtagene vicleucl` is 0.33). So 0.2 leaves a margin
 * on both sides.
 */
export const NEAR_MISS_THRESHOLD = 0.2;

export const unknownRelatedPolicyRule: Rule = {
  id: 'unknown-related-policy',
  severity: 'warning',
  check({ release, path }) {
    const resources = release.relatedResources.flatMap((name) =>
      comparableForms(name).map((form) => ({ name, form })),
    );
    const known = new Set(resources.map((resource) => resource.form));
    const findings: Finding[] = [];

    release.coveredElsewhere.forEach((entry, index) => {
      const forms = comparableForms(entry.policy);
      if (forms.some((form) => known.has(form))) return;

      const closest = findClosest(forms, resources);
      const location = { page: entry.page, jsonPath: `coveredElsewhere[${index}].policy` };
      const problem =
        closest && closest.score <= NEAR_MISS_THRESHOLD
          ? `policy ${quote(entry.policy)} is not among the related coverage resources; the closest is ${quote(closest.name)}, which may be the same policy misspelled.`
          : `policy ${quote(entry.policy)} is not among the related coverage resources and none is a near match; expected the exception table to name a listed resource.`;
      findings.push(createFinding(unknownRelatedPolicyRule, path, location, problem));
    });

    return findings;
  },
};

/**
 * Returns the name as compared: case and spacing folded, and once more without a trailing qualifier in
 * parentheses, so `Tisagenlecleucel` is compared with `Tisagenlecleucl` of `Tisagenlecleucl
 * (Injectable CAR-T)`.
 */
function comparableForms(name: string): string[] {
  const folded = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const unqualified = folded.replace(/\s*\([^()]*\)$/, '');
  return unqualified === folded || unqualified === '' ? [folded] : [folded, unqualified];
}

function findClosest(
  forms: string[],
  resources: { name: string; form: string }[],
): { name: string; score: number } | null {
  let closest: { name: string; score: number } | null = null;
  for (const form of forms) {
    for (const resource of resources) {
      const score = distance(form, resource.form) / Math.max(form.length, resource.form.length);
      if (closest === null || score < closest.score) closest = { name: resource.name, score };
    }
  }
  return closest;
}
