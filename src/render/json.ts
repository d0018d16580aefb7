// The JSON report: the diff itself, in the layout of every JSON file policydiff writes.
import type { ReleaseDiff } from '../diff/types.ts';
import { toStableJson } from '../stable-json.ts';

export function renderDiffJson(diff: ReleaseDiff): string {
  return toStableJson(diff);
}
