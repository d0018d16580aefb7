// Pairs names that differ only slightly, such as an exception policy whose name was corrected
// from `Idcabtagene vicleucel` to `Idecabtagene vicleucel`, so the diff shows a rename.
import { distance } from 'fastest-levenshtein';

import { compareText, foldWhitespace } from './text.ts';

/**
 * Two names are near-identical when their case-folded edit distance is at most 2, or at most a
 * fifth of the longer name. That accepts typo fixes, changed capitalization or punctuation, an
 * added ® or a plural (`Tisagenlecleucl` ~ `Tisagenlecleucel`, distance 1 of 16), and rejects
 * two different drugs whose rows list the same codes (`Tisagenlecleucel` against
 * `Idecabtagene vicleucel`, distance 15 of 22).
 */
export function isNearIdentical(a: string, b: string): boolean {
  if (withoutQualifiers(a) === withoutQualifiers(b)) return true;
  return nameDistance(a, b) <= renameThreshold(a, b);
}

/**
 * Drops bracketed qualifiers, so a name that gains or loses one is the same policy:
 * `Yescarta (Injectable CAR-T)` ~ `Yescarta`, `Scar Revision` ~ `Scar Revision (Keloid)`.
 */
function withoutQualifiers(name: string): string {
  return foldWhitespace(name.replace(/\([^()]*\)/g, ' ')).toLowerCase();
}

export function renameThreshold(a: string, b: string): number {
  return Math.max(2, Math.floor(Math.max(a.length, b.length) / 5));
}

function nameDistance(a: string, b: string): number {
  return distance(foldWhitespace(a).toLowerCase(), foldWhitespace(b).toLowerCase());
}

/**
 * Pairs each removed name with at most one added name, closest first. `canPair` adds a condition
 * of the caller's (the exception mapping requires shared codes).
 */
export function pairRenames(
  removed: string[],
  added: string[],
  canPair: (before: string, after: string) => boolean = () => true,
): Array<[before: string, after: string]> {
  const candidates: Array<{ before: string; after: string; distance: number }> = [];
  for (const before of removed) {
    for (const after of added) {
      if (isNearIdentical(before, after) && canPair(before, after)) {
        candidates.push({ before, after, distance: nameDistance(before, after) });
      }
    }
  }
  candidates.sort(
    (x, y) => x.distance - y.distance || compareText(x.before, y.before) || compareText(x.after, y.after),
  );

  const pairs: Array<[string, string]> = [];
  const used = new Set<string>();
  for (const { before, after } of candidates) {
    if (used.has(`old:${before}`) || used.has(`new:${after}`)) continue;
    used.add(`old:${before}`);
    used.add(`new:${after}`);
    pairs.push([before, after]);
  }
  return pairs;
}
