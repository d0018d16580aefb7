// Building blocks of the JSON Schemas (draft-07, which Ajv validates without extra setup).
export type JsonSchema = Record<string, unknown>;

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

export const ISO_DATE: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const STRING_LIST: JsonSchema = { type: 'array', items: { type: 'string' } };

export const COVERAGE_STATUS: JsonSchema = {
  enum: ['medically-necessary', 'not-medically-necessary', 'experimental-investigational-unproven', 'not-covered', 'other'],
};

export const CODE_SYSTEM: JsonSchema = { enum: ['CPT', 'HCPCS', 'ICD-10-CM', 'ICD-10-PCS'] };

export const CODE_KIND: JsonSchema = {
  enum: ['CPT-I', 'CPT-II', 'CPT-III', 'PLA', 'MAAA', 'HCPCS', 'ICD-10-CM', 'ICD-10-PCS', null],
};

export const PAGE: JsonSchema = { type: 'integer', minimum: 1 };

/** Properties of a source document: its path, SHA-256 digest, format and page count. */
export const SOURCE_PROPERTIES: Record<string, JsonSchema> = {
  path: { type: 'string' },
  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  format: { enum: ['pdf', 'html', 'txt'] },
  pages: { type: 'integer', minimum: 0 },
};

/** Builds the schema of an object with exactly these properties, all required. */
export function closedObject(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}
