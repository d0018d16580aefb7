// Diffs two releases of one policy. Pure and deterministic: the same releases give the same
// diff, with changes ordered by class, kind and then code, policy or date.
import type { PolicyRelease } from '../model/release.ts';
import { findUnannounced } from './announcement.ts';
import { diffCodes } from './code-changes.ts';
import { diffExceptions } from './exception-changes.ts';
import { diffMetadata, diffRelatedResources } from './metadata-changes.ts';
import { diffRevisions } from './revision-changes.ts';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  DIFF_SCHEMA_VERSION,
  type DiffSummary,
  HISTORY_REWRITE_KINDS,
  type ReleaseDiff,
  type ReleaseRef,
} from './types.ts';

export function diffReleases(old: PolicyRelease, next: PolicyRelease): ReleaseDiff {
  const codeChanges = diffCodes(old, next);
  const changes = sortChanges([
    ...codeChanges,
    ...withoutMovedCodes(diffExceptions(old, next), codeChanges),
    ...diffRevisions(old, next),
    ...diffMetadata(old, next),
    ...diffRelatedResources(old, next),
  ]);

  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    policy: { publisher: next.policy.publisher, number: next.policy.number, title: next.policy.title },
    old: releaseRef(old),
    new: releaseRef(next),
    summary: summarize(changes),
    unannounced: findUnannounced(changes, next),
    changes,
  };
}

/**
 * Drops from the exception policies' code changes the codes whose move a code change already
 * reports, so one edit (0671T taken from the exception table into a code list) is one change.
 */
function withoutMovedCodes(exceptionChanges: Change[], codeChanges: Change[]): Change[] {
  const moves = codeChanges.filter((change) => change.kind === 'code-moved');
  const movedOut = (policy: string, code: string): boolean =>
    moves.some((move) => move.code === code && move.from.coveredElsewhere.includes(policy) && !move.to.coveredElsewhere.includes(policy));
  const movedIn = (policy: string, code: string): boolean =>
    moves.some((move) => move.code === code && move.to.coveredElsewhere.includes(policy) && !move.from.coveredElsewhere.includes(policy));

  return exceptionChanges.flatMap((change): Change[] => {
    if (change.kind !== 'exception-codes-changed') return [change];
    const removed = change.removed.filter((code) => !movedOut(change.policy, code));
    const added = change.added.filter((code) => !movedIn(change.policy, code));
    return removed.length === 0 && added.length === 0 ? [] : [{ ...change, removed, added }];
  });
}

/** Changes in `CHANGE_KINDS` order (coverage kinds first); within a kind, as produced. */
function sortChanges(changes: Change[]): Change[] {
  const rank = (change: Change): number => CHANGE_KINDS.indexOf(change.kind);
  return changes
    .map((change, order) => ({ change, order }))
    .sort((x, y) => rank(x.change) - rank(y.change) || x.order - y.order)
    .map(({ change }) => change);
}

function summarize(changes: Change[]): DiffSummary {
  const byKind = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) byKind[change.kind] += 1;

  const coverage = changes.filter((change) => change.class === 'coverage').length;
  return {
    coverage,
    editorial: changes.length - coverage,
    total: changes.length,
    historyRewritten: changes.filter((change) => HISTORY_REWRITE_KINDS.includes(change.kind)).length,
    byKind,
  };
}

function releaseRef(release: PolicyRelease): ReleaseRef {
  return { effectiveDate: release.policy.effectiveDate, sources: release.source.map((source) => source.path) };
}
