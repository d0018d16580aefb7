import type { LayoutDocument } from '../model/layout.ts';
import type { ParseResult } from '../model/parse-result.ts';
import type { SourceRef } from '../model/release.ts';

// TODO: placeholder until the parser lands.
export function parsePolicy(_layout: LayoutDocument, _source: SourceRef): ParseResult {
  throw new Error('parsePolicy is not built yet');
}
