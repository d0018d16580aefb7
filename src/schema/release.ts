// JSON Schema of a normalized release, `generated/releases/<publisher>-<policy>/<date>.json`.
import {
  closedObject,
  CODE_KIND,
  CODE_SYSTEM,
  COVERAGE_STATUS,
  DRAFT_07,
  ISO_DATE,
  type JsonSchema,
  PAGE,
  SOURCE_PROPERTIES,
  STRING_LIST,
} from './common.ts';

export const footnoteSchema: JsonSchema = closedObject({ marker: { type: 'string' }, text: { type: 'string' } });

const codeSchema = closedObject({
  // Empty for a catch-all row printed with no code, such as `All other diagnosis codes`.
  code: { type: 'string' },
  kind: CODE_KIND,
  description: { type: 'string' },
  addOn: { type: 'boolean' },
  notReportedWith: STRING_LIST,
  footnotes: { type: 'array', items: footnoteSchema },
  page: PAGE,
});

export const releaseSchema: JsonSchema = {
  $schema: DRAFT_07,
  title: 'policydiff normalized policy release',
  ...closedObject({
    schemaVersion: { const: 1 },
    source: {
      type: 'array',
      items: closedObject(SOURCE_PROPERTIES),
    },
    policy: closedObject({
      publisher: { type: 'string' },
      number: { type: 'string' },
      title: { type: 'string' },
      effectiveDate: ISO_DATE,
      nextReviewDate: { anyOf: [ISO_DATE, { type: 'null' }] },
    }),
    relatedResources: STRING_LIST,
    codeGroups: {
      type: 'array',
      items: closedObject({
        heading: { type: 'string' },
        status: COVERAGE_STATUS,
        context: STRING_LIST,
        codeSystem: CODE_SYSTEM,
        codes: { type: 'array', items: codeSchema },
      }),
    },
    coveredElsewhere: {
      type: 'array',
      items: closedObject({ policy: { type: 'string' }, codes: STRING_LIST, page: PAGE }),
    },
    revisions: {
      type: 'array',
      items: closedObject({ type: { type: 'string' }, summary: STRING_LIST, date: ISO_DATE, page: PAGE }),
    },
  }),
};
