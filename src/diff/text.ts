// Text comparison for the diff: descriptions and names compare with whitespace folded, so a
// description re-wrapped over other lines is the same description.
import { diffWords } from 'diff';

import type { WordPart } from './types.ts';

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function sameText(a: string, b: string): boolean {
  return foldWhitespace(a) === foldWhitespace(b);
}

/** Diffs two descriptions word by word, merging adjacent parts of one kind. */
export function diffDescriptionWords(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];

  for (const change of diffWords(foldWhitespace(before), foldWhitespace(after))) {
    let op: WordPart['op'] = 'equal';
    if (change.added) op = 'added';
    if (change.removed) op = 'removed';
    const last = parts.at(-1);
    if (last && last.op === op) {
      last.text += change.value;
    } else {
      parts.push({ op, text: change.value });
    }
  }
  return parts;
}

/** Plain `<` comparison, so the order does not depend on the locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}
