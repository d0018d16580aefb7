// One-line plain-text descriptions of changes, shared by the reports and the
// `unannounced-change` finding so that every output names a change the same way.
import type { Change, ChangeKind, CodePlacement, MetadataField, RevisionRow } from './types.ts';

/** Section titles of the reports, one per change kind. */
export const KIND_TITLES: Record<ChangeKind, string> = {
  'code-added': 'Codes added',
  'code-removed': 'Codes removed',
  'code-moved': 'Codes moved between statuses',
  'footnotes-changed': 'Footnotes changed',
  'exception-policy-added': 'Exception policies added',
  'exception-policy-removed': 'Exception policies removed',
  'exception-codes-changed': 'Exception policy codes changed',
  'description-changed': 'Descriptions changed',
  'add-on-changed': 'Add-on flags changed',
  'not-reported-with-changed': '"Do not report with" lists changed',
  'code-regrouped': 'Codes moved between headings (same status)',
  'exception-policy-renamed': 'Exception policies renamed',
  'revision-added': 'Revision rows added',
  'revision-changed': 'Earlier revision rows changed',
  'revision-removed': 'Earlier revision rows removed',
  'revision-backdated': 'Revision rows added with an earlier date',
  'metadata-changed': 'Metadata changed',
  'related-resource-added': 'Related resources added',
  'related-resource-removed': 'Related resources removed',
  'related-resource-renamed': 'Related resources renamed',
};

const FIELD_NAMES: Record<MetadataField, string> = {
  publisher: 'Publisher',
  number: 'Policy number',
  title: 'Title',
  effectiveDate: 'Effective date',
  nextReviewDate: 'Next review date',
};

export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'code-added':
      return `${change.code} added to ${describePlacement(change.placement)}`;
    case 'code-removed':
      return `${change.code} removed from ${describePlacement(change.placement)}`;
    case 'code-moved':
    case 'code-regrouped':
      return `${change.code} moved from ${describePlacement(change.from)} to ${describePlacement(change.to)}`;
    case 'description-changed':
      return `${change.code} description changed`;
    case 'add-on-changed':
      return change.after ? `${change.code} is now an add-on code` : `${change.code} is no longer an add-on code`;
    case 'not-reported-with-changed':
      return `${change.code} "do not report with" list: ${describeCodeLists(change.added, change.removed)}`;
    case 'footnotes-changed':
      return `${change.code} footnotes changed`;
    case 'exception-policy-added':
      return `Exception policy "${change.policy}" added, covering ${change.codes.join(', ')}`;
    case 'exception-policy-removed':
      return `Exception policy "${change.policy}" removed; it covered ${change.codes.join(', ')}`;
    case 'exception-codes-changed':
      return `Exception policy "${change.policy}": ${describeCodeLists(change.added, change.removed)}`;
    case 'exception-policy-renamed':
      return `Exception policy "${change.before}" renamed to "${change.after}"`;
    case 'revision-added':
      return `Revision row added: ${describeRevision(change.revision)}`;
    case 'revision-removed':
      return `Earlier revision row removed: ${describeRevision(change.revision)}`;
    case 'revision-backdated':
      return `Revision row added with an earlier date: ${describeRevision(change.revision)}`;
    case 'revision-changed':
      return `Earlier revision row changed from ${describeRevision(change.before)} to ${describeRevision(change.after)}`;
    case 'metadata-changed':
      return `${FIELD_NAMES[change.field]} changed from ${change.before ?? 'none'} to ${change.after ?? 'none'}`;
    case 'related-resource-added':
      return `Related resource "${change.name}" added`;
    case 'related-resource-removed':
      return `Related resource "${change.name}" removed`;
    case 'related-resource-renamed':
      return `Related resource "${change.before}" renamed to "${change.after}"`;
  }
}

/** Names where a code is listed, for example `Considered Experimental/Investigational/Unproven`. */
export function describePlacement(placement: CodePlacement): string {
  const parts = placement.groups.map((group) => [...group.context, group.heading].join(' › '));
  if (placement.coveredElsewhere.length > 0) {
    parts.push(`covered by ${placement.coveredElsewhere.map((policy) => `"${policy}"`).join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'no list';
}

export function describeRevision(row: RevisionRow): string {
  return `${row.date} ${row.type}: ${row.summary.join(' ')}`;
}

function describeCodeLists(added: string[], removed: string[]): string {
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`removed ${removed.join(', ')}`);
  return parts.join('; ');
}
