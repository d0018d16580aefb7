// Every code of a release with where it is listed: the code tables that hold it and the
// exception-mapping rows that name it. Codes are keyed by code system and code, so `0207T` in a
// CPT table and `0207T` in the exception mapping are one code.
import type { CodeGroup, CodeSystem, PolicyCode, PolicyRelease } from '../model/release.ts';
import { inferCodeSystem } from './code-system.ts';
import { compareText, sortedUnique } from './text.ts';
import type { CodePlacement } from './types.ts';

export interface ListedCode {
  group: CodeGroup;
  row: PolicyCode;
}

export interface IndexedCode {
  code: string;
  codeSystem: CodeSystem;
  /** Code-table rows, in document order. */
  listings: ListedCode[];
  /** Exception-mapping rows naming the code, in document order. */
  exceptions: Array<{ policy: string; page: number }>;
}

export function indexCodes(release: PolicyRelease): Map<string, IndexedCode> {
  const index = new Map<string, IndexedCode>();
  const entryFor = (code: string, codeSystem: CodeSystem): IndexedCode => {
    const key = codeKey(code, codeSystem);
    let entry = index.get(key);
    if (!entry) {
      entry = { code, codeSystem, listings: [], exceptions: [] };
      index.set(key, entry);
    }
    return entry;
  };

  for (const group of release.codeGroups) {
    for (const row of group.codes) {
      entryFor(row.code, group.codeSystem).listings.push({ group, row });
    }
  }
  for (const exception of release.coveredElsewhere) {
    for (const code of exception.codes) {
      entryFor(code, inferCodeSystem(code)).exceptions.push({ policy: exception.policy, page: exception.page });
    }
  }
  return index;
}

export function codeKey(code: string, codeSystem: CodeSystem): string {
  return `${codeSystem} ${code}`;
}

/** Keys of all the indexes, sorted by code and then code system. */
export function unionKeys(...indexes: Array<Map<string, IndexedCode>>): string[] {
  const entries = new Map<string, IndexedCode>();
  for (const index of indexes) {
    for (const [key, value] of index) {
      if (!entries.has(key)) entries.set(key, value);
    }
  }

  return [...entries.entries()]
    .sort(([, x], [, y]) => compareText(x.code, y.code) || compareText(x.codeSystem, y.codeSystem))
    .map(([key]) => key);
}

export function placementOf(entry: IndexedCode | undefined): CodePlacement {
  if (!entry) return { groups: [], coveredElsewhere: [] };

  return {
    groups: entry.listings.map(({ group }) => ({
      status: group.status,
      heading: group.heading,
      context: [...group.context],
    })),
    coveredElsewhere: sortedUnique(entry.exceptions.map((exception) => exception.policy)),
  };
}
