// The published JSON Schemas, written to `generated/schema/{release,diff,codes}.schema.json`.
export { codesSchema } from './codes.ts';
export type { JsonSchema } from './common.ts';
export { diffSchema } from './diff.ts';
export { releaseSchema } from './release.ts';
