// One document to a parsed release: bytes in, release and coding-section text out.
import { createHash } from 'node:crypto';

import { detectFormat, ingestDocument } from './ingest/index.ts';
import type { ParseResult } from './model/parse-result.ts';
import { parsePolicy } from './parse/parse-policy.ts';

export async function extractDocument(bytes: Uint8Array, path: string): Promise<ParseResult> {
  const format = detectFormat(bytes, path);
  const layout = await ingestDocument(bytes, path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  return parsePolicy(layout, { path, sha256, format, pages: layout.pageCount });
}
