// The published JSON Schemas, written to `generated/schema/{release,diff,codes,history,index}.schema.json`.
export { codesSchema } from './codes.ts';
export { historySchema, indexSchema } from './dataset-files.ts';
export type { JsonSchema } from './common.ts';
export { diffSchema } from './diff.ts';
export { releaseSchema } from './release.ts';
