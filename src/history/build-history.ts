// Builds the code history of every policy from all its releases. Pure and deterministic:
// policies, releases and codes are sorted, whatever order the releases come in.
import { indexCodes, type IndexedCode, unionKeys } from '../diff/index-codes.ts';
import { compareText, sortedUnique } from '../diff/text.ts';
import type { CoverageStatus, PolicyRelease } from '../model/release.ts';
import { policyIdOf } from './policy-id.ts';
import { type CodeHistory, type CodeTimeline, HISTORY_SCHEMA_VERSION, type PolicyHistory } from './types.ts';

export function buildHistory(releases: PolicyRelease[]): CodeHistory {
  const byPolicy = new Map<string, PolicyRelease[]>();
  for (const release of releases) {
    const id = policyIdOf(release);
    byPolicy.set(id, [...(byPolicy.get(id) ?? []), release]);
  }

  const policies = [...byPolicy.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([id, policyReleases]) => buildPolicyHistory(id, sortByEffectiveDate(policyReleases)));

  return { schemaVersion: HISTORY_SCHEMA_VERSION, policies };
}

function buildPolicyHistory(id: string, releases: PolicyRelease[]): PolicyHistory {
  const newest = releases.at(-1)!;
  const indexes = releases.map(indexCodes);

  const codes: CodeTimeline[] = unionKeys(...indexes).map((key) => {
    const known = findEntry(indexes, key)!;
    return {
      code: known.code,
      codeSystem: known.codeSystem,
      releases: releases.map((release, position) => {
        const entry = indexes[position]!.get(key);
        return {
          effectiveDate: release.policy.effectiveDate,
          statuses: sortedUnique(entry?.listings.map(({ group }) => group.status) ?? []) as CoverageStatus[],
          coveredElsewhere: sortedUnique(entry?.exceptions.map((exception) => exception.policy) ?? []),
        };
      }),
    };
  });

  return {
    policy: id,
    publisher: newest.policy.publisher,
    number: newest.policy.number,
    title: newest.policy.title,
    releases: releases.map((release) => release.policy.effectiveDate),
    codes,
  };
}

function findEntry(indexes: Array<Map<string, IndexedCode>>, key: string): IndexedCode | undefined {
  for (const index of indexes) {
    const entry = index.get(key);
    if (entry) return entry;
  }
  return undefined;
}

/** Oldest first; releases of one date keep the order of their first source path. */
function sortByEffectiveDate(releases: PolicyRelease[]): PolicyRelease[] {
  return [...releases].sort(
    (a, b) =>
      compareText(a.policy.effectiveDate, b.policy.effectiveDate) ||
      compareText(a.source[0]?.path ?? '', b.source[0]?.path ?? ''),
  );
}
