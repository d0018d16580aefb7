// Changes of the exception mapping, the table of other policies that cover some of the codes:
// a policy added or removed, codes added to or removed from a policy, and a policy renamed.
import type { CoveredElsewhere, PolicyRelease } from '../model/release.ts';
import { pairRenames } from './similar-names.ts';
import { compareText, foldWhitespace, sortedUnique } from './text.ts';
import type { Change } from './types.ts';

interface ExceptionRow {
  policy: string;
  codes: string[];
  page: number;
}

export function diffExceptions(old: PolicyRelease, next: PolicyRelease): Change[] {
  const before = indexRows(old.coveredElsewhere);
  const after = indexRows(next.coveredElsewhere);
  const changes: Change[] = [];

  for (const [policy, row] of after) {
    const previous = before.get(policy);
    if (previous) changes.push(...diffRowCodes(previous, row));
  }

  const removed = [...before.keys()].filter((policy) => !after.has(policy));
  const added = [...after.keys()].filter((policy) => !before.has(policy));
  const renames = pairRenames(removed, added, (from, to) => sharesCode(before.get(from)!, after.get(to)!));

  for (const [from, to] of renames) {
    const oldRow = before.get(from)!;
    const newRow = after.get(to)!;
    changes.push({
      kind: 'exception-policy-renamed',
      class: 'editorial',
      before: oldRow.policy,
      after: newRow.policy,
      codes: newRow.codes,
      pages: { old: oldRow.page, new: newRow.page },
    });
    changes.push(...diffRowCodes(oldRow, newRow));
  }

  const renamedFrom = new Set(renames.map(([from]) => from));
  const renamedTo = new Set(renames.map(([, to]) => to));
  for (const policy of removed.filter((name) => !renamedFrom.has(name))) {
    const row = before.get(policy)!;
    changes.push({
      kind: 'exception-policy-removed',
      class: 'coverage',
      policy: row.policy,
      codes: row.codes,
      pages: { old: row.page, new: null },
    });
  }
  for (const policy of added.filter((name) => !renamedTo.has(name))) {
    const row = after.get(policy)!;
    changes.push({
      kind: 'exception-policy-added',
      class: 'coverage',
      policy: row.policy,
      codes: row.codes,
      pages: { old: null, new: row.page },
    });
  }
  return changes.sort((x, y) => compareText(policyOf(x), policyOf(y)));
}

/**
 * Rows keyed by their whitespace-folded policy name, in name order. Two rows naming one policy
 * are merged, with the page of the first.
 */
function indexRows(rows: CoveredElsewhere[]): Map<string, ExceptionRow> {
  const index = new Map<string, ExceptionRow>();
  for (const row of rows) {
    const policy = foldWhitespace(row.policy);
    const known = index.get(policy);
    index.set(policy, {
      policy,
      codes: sortedUnique([...(known?.codes ?? []), ...row.codes]),
      page: known?.page ?? row.page,
    });
  }
  return new Map([...index.entries()].sort(([x], [y]) => compareText(x, y)));
}

function diffRowCodes(before: ExceptionRow, after: ExceptionRow): Change[] {
  const added = after.codes.filter((code) => !before.codes.includes(code));
  const removed = before.codes.filter((code) => !after.codes.includes(code));
  if (added.length === 0 && removed.length === 0) return [];

  return [
    {
      kind: 'exception-codes-changed',
      class: 'coverage',
      policy: after.policy,
      added,
      removed,
      pages: { old: before.page, new: after.page },
    },
  ];
}

function sharesCode(a: ExceptionRow, b: ExceptionRow): boolean {
  return a.codes.some((code) => b.codes.includes(code));
}

function policyOf(change: Change): string {
  if ('policy' in change) return change.policy;
  if (change.kind === 'exception-policy-renamed') return change.after;
  return '';
}
