// Changes of the masthead (number, title, dates) and of the related coverage resources.
//
// NOTE: the release does not record the page of its masthead or of its resource list, so these
// changes carry null pages.
import type { PolicyRelease } from '../model/release.ts';
import { pairRenames } from './similar-names.ts';
import { compareText, foldWhitespace, sortedUnique } from './text.ts';
import type { Change, MetadataField } from './types.ts';

const METADATA_FIELDS: MetadataField[] = ['publisher', 'number', 'title', 'effectiveDate', 'nextReviewDate'];

const NO_PAGES = { old: null, new: null };

export function diffMetadata(old: PolicyRelease, next: PolicyRelease): Change[] {
  const changes: Change[] = [];
  for (const field of METADATA_FIELDS) {
    const before = old.policy[field];
    const after = next.policy[field];
    if (foldWhitespace(before ?? '') !== foldWhitespace(after ?? '')) {
      changes.push({ kind: 'metadata-changed', class: 'editorial', field, before, after, pages: NO_PAGES });
    }
  }
  return changes;
}

export function diffRelatedResources(old: PolicyRelease, next: PolicyRelease): Change[] {
  const before = sortedUnique(old.relatedResources.map(foldWhitespace));
  const after = sortedUnique(next.relatedResources.map(foldWhitespace));
  const removed = before.filter((name) => !after.includes(name));
  const added = after.filter((name) => !before.includes(name));
  const renames = pairRenames(removed, added);
  const changes: Change[] = [];

  for (const [from, to] of renames) {
    changes.push({ kind: 'related-resource-renamed', class: 'editorial', before: from, after: to, pages: NO_PAGES });
  }
  for (const name of removed.filter((name) => !renames.some(([from]) => from === name))) {
    changes.push({ kind: 'related-resource-removed', class: 'editorial', name, pages: NO_PAGES });
  }
  for (const name of added.filter((name) => !renames.some(([, to]) => to === name))) {
    changes.push({ kind: 'related-resource-added', class: 'editorial', name, pages: NO_PAGES });
  }
  return changes.sort((x, y) => compareText(nameOf(x), nameOf(y)));
}

function nameOf(change: Change): string {
  if ('name' in change) return change.name;
  return change.kind === 'related-resource-renamed' ? change.after : '';
}
