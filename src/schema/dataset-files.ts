// JSON Schemas of `generated/dataset/history.json` and `generated/index.json`.
import { closedObject, CODE_SYSTEM, COVERAGE_STATUS, DRAFT_07, ISO_DATE, type JsonSchema, SOURCE_PROPERTIES, STRING_LIST } from './common.ts';

export const historySchema: JsonSchema = {
  $schema: DRAFT_07,
  title: 'policydiff code history',
  ...closedObject({
    schemaVersion: { const: 1 },
    policies: {
      type: 'array',
      items: closedObject({
        policy: { type: 'string', description: 'Source folder: publisher and policy number, such as cigna-0558' },
        publisher: { type: 'string' },
        number: { type: 'string' },
        title: { type: 'string' },
        releases: { type: 'array', items: ISO_DATE, description: 'Effective dates of the releases, oldest first' },
        codes: {
          type: 'array',
          items: closedObject({
            code: { type: 'string' },
            codeSystem: CODE_SYSTEM,
            releases: {
              type: 'array',
              items: closedObject(
                {
                  effectiveDate: ISO_DATE,
                  statuses: { type: 'array', items: COVERAGE_STATUS },
                  coveredElsewhere: STRING_LIST,
                },
                'Both lists empty: the release does not list the code',
              ),
            },
          }),
        },
      }),
    },
  }),
};

const COUNTS = closedObject({ errors: { type: 'integer', minimum: 0 }, warnings: { type: 'integer', minimum: 0 } });

export const indexSchema: JsonSchema = {
  $schema: DRAFT_07,
  title: 'policydiff build index',
  ...closedObject({
    schemaVersion: { const: 1 },
    tool: closedObject({ name: { const: 'policydiff' }, version: { type: 'string' } }),
    sources: {
      type: 'array',
      items: closedObject({
        ...SOURCE_PROPERTIES,
        release: { type: ['string', 'null'], description: 'Release file under generated/ built from this source' },
      }),
    },
    policies: {
      type: 'array',
      items: closedObject({
        policy: { type: 'string' },
        number: { type: 'string' },
        title: { type: 'string' },
        newestRelease: { type: 'string' },
        releases: { type: 'array', items: ISO_DATE },
      }),
    },
    findings: closedObject({
      errors: { type: 'integer', minimum: 0 },
      warnings: { type: 'integer', minimum: 0 },
      byRule: { type: 'object', additionalProperties: COUNTS },
      items: {
        type: 'array',
        items: closedObject({
          rule: { type: 'string' },
          severity: { enum: ['error', 'warning'] },
          path: { type: 'string' },
          page: { type: ['integer', 'null'] },
          jsonPath: { type: 'string' },
          message: { type: 'string' },
        }),
      },
    }),
  }),
};
