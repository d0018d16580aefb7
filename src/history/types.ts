// `generated/dataset/history.json`: every code's place in every release of its policy, so a
// consumer can tell when a code entered, left or changed status without reading each diff.
import type { CodeSystem, CoverageStatus } from '../model/release.ts';

export const HISTORY_SCHEMA_VERSION = 1;

export interface CodeHistory {
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  /** One entry per policy, sorted by policy id. */
  policies: PolicyHistory[];
}

export interface PolicyHistory {
  /** Publisher and number, as the source folder is named: `cigna-0558`. */
  policy: string;
  publisher: string;
  number: string;
  /** Title of the newest release. */
  title: string;
  /** Effective dates of the releases, oldest first. */
  releases: string[];
  /** Every code any release lists, sorted by code and then code system. */
  codes: CodeTimeline[];
}

export interface CodeTimeline {
  code: string;
  codeSystem: CodeSystem;
  /** One entry per release, in the order of `releases`. */
  releases: CodeInRelease[];
}

/**
 * A code's place in one release. Both lists empty means the release does not list the code,
 * which for a Category III code in policy 0558 still means experimental by default.
 */
export interface CodeInRelease {
  effectiveDate: string;
  /** Statuses of the code tables that list the code, sorted, without repeats. */
  statuses: CoverageStatus[];
  /** Policies that the exception mapping names as covering the code. */
  coveredElsewhere: string[];
}
