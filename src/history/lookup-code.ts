// Looks a code up in the dataset: its status in each policy's newest release, the policies that
// cover it elsewhere and, for a Category III code that no policy lists, the default position of
// Cigna policy 0558.
import type { CodeRow } from '../build/dataset.ts';
import { classifyCode } from '../codes/code-systems.ts';
import type { CodeKind, CodeSystem, CoverageStatus, PolicyRelease } from '../model/release.ts';
import { compareText, sortedUnique } from '../diff/text.ts';

export type { CodeRow };

export interface Listing {
  status: CoverageStatus;
  heading: string;
  context: string[];
  description: string;
}

export interface PolicyPosition {
  /** Source folder name, such as `cigna-0558`. */
  policy: string;
  title: string | null;
  effectiveDate: string | null;
  /** Code tables of the newest release that list the code. */
  listings: Listing[];
  /** Policies that the newest release's exception mapping names as covering the code. */
  coveredElsewhere: string[];
  /**
   * Code tables of the newest release whose catch-all row (printed without a code, such as
   * `All other diagnosis codes`) takes in this code of the same code system, when no table
   * lists it.
   */
  catchAll: Listing[];
}

export interface DefaultPosition {
  policy: string;
  effectiveDate: string | null;
  statement: string;
}

export interface LookupResult {
  code: string;
  kind: CodeKind | null;
  /** Every policy of the dataset, sorted by id, with the code's place in its newest release. */
  policies: PolicyPosition[];
  /** True when some policy lists the code or names a policy that covers it. */
  listed: boolean;
  /** Set for a Category III code that no policy lists. */
  defaultPosition: DefaultPosition | null;
}

/** Id of the policy whose coverage position applies to every Category III code. */
export const CATEGORY_III_POLICY = 'cigna-0558';

export const CATEGORY_III_STATEMENT =
  'Category III codes are considered experimental, investigational or unproven, unless another ' +
  'coverage policy separately addresses and covers the code.';

export interface NewestRelease {
  policy: string;
  release: PolicyRelease;
}

/**
 * Looks a code up in the dataset rows and the newest releases. A row whose heading is
 * `coveredOnlyHeading` exists only because an exception mapping names the code, so it counts as
 * covered elsewhere, not as listed.
 */
export function lookupCode(code: string, rows: CodeRow[], newest: NewestRelease[], coveredOnlyHeading: string): LookupResult {
  const releases = new Map(newest.map((entry) => [entry.policy, entry.release]));
  const matching = rows.filter((row) => row.code === code);
  const policyIds = sortedUnique([...rows.map((row) => row.policy), ...releases.keys()]);

  const policies = policyIds.map((policy): PolicyPosition => {
    const release = releases.get(policy);
    const policyRows = matching.filter((row) => row.policy === policy);
    const fromReleases = (release?.coveredElsewhere ?? [])
      .filter((exception) => exception.codes.includes(code))
      .map((exception) => exception.policy);

    return {
      policy,
      title: release?.policy.title ?? null,
      effectiveDate: release?.policy.effectiveDate ?? policyRows[0]?.effectiveDate ?? effectiveDateOf(rows, policy),
      listings: policyRows
        .filter((row) => row.heading !== coveredOnlyHeading)
        .map((row) => ({ status: row.status, heading: row.heading, context: row.context, description: row.description }))
        .sort((a, b) => compareText(a.heading, b.heading)),
      coveredElsewhere: sortedUnique([...policyRows.flatMap((row) => row.coveredElsewhere), ...fromReleases]),
      catchAll: policyRows.length === 0 && release ? findCatchAll(release, code) : [],
    };
  });

  const kind = classifyCode(code);
  const listed = policies.some((position) => position.listings.length > 0 || position.coveredElsewhere.length > 0);
  const categoryIII = policies.find((position) => position.policy === CATEGORY_III_POLICY);
  const defaultPosition =
    kind === 'CPT-III' && !listed
      ? { policy: CATEGORY_III_POLICY, effectiveDate: categoryIII?.effectiveDate ?? null, statement: CATEGORY_III_STATEMENT }
      : null;

  return { code, kind, policies, listed, defaultPosition };
}

function findCatchAll(release: PolicyRelease, code: string): Listing[] {
  const system = systemOfCode(code);
  if (!system) return [];
  return release.codeGroups
    .filter((group) => group.codeSystem === system)
    .flatMap((group) =>
      group.codes
        .filter((row) => row.code === '')
        .map((row) => ({ status: group.status, heading: group.heading, context: group.context, description: row.description })),
    );
}

function systemOfCode(code: string): CodeSystem | null {
  const kind = classifyCode(code);
  if (kind === null) return null;
  if (kind === 'ICD-10-CM' || kind === 'ICD-10-PCS' || kind === 'HCPCS') return kind;
  return 'CPT';
}

function effectiveDateOf(rows: CodeRow[], policy: string): string | null {
  return rows.find((row) => row.policy === policy)?.effectiveDate ?? null;
}
