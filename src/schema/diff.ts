// JSON Schema of a release diff, `generated/diffs/<publisher>-<policy>/<from>_<to>.json`.
import { CHANGE_CLASS, CHANGE_KINDS, type ChangeKind } from '../diff/types.ts';
import { closedObject, CODE_KIND, CODE_SYSTEM, COVERAGE_STATUS, DRAFT_07, ISO_DATE, type JsonSchema, PAGE, STRING_LIST } from './common.ts';
import { footnoteSchema } from './release.ts';

const NULLABLE_PAGE: JsonSchema = { anyOf: [PAGE, { type: 'null' }] };
const NULLABLE_STRING: JsonSchema = { type: ['string', 'null'] };

const placement = closedObject({
  groups: {
    type: 'array',
    items: closedObject({ status: COVERAGE_STATUS, heading: { type: 'string' }, context: STRING_LIST }),
  },
  coveredElsewhere: STRING_LIST,
});

const revisionRow = closedObject({ type: { type: 'string' }, summary: STRING_LIST, date: ISO_DATE });

const codeFields = { code: { type: 'string' }, codeSystem: CODE_SYSTEM };
const listedCode = { ...codeFields, codeKind: CODE_KIND, description: { type: 'string' }, placement };
const movedCode = { ...codeFields, from: placement, to: placement };
const exceptionListed = { policy: { type: 'string' }, codes: STRING_LIST };
const codeLists = { added: STRING_LIST, removed: STRING_LIST };

/** Properties of each change kind besides `kind`, `class` and `pages`. */
const CHANGE_FIELDS: Record<ChangeKind, Record<string, JsonSchema>> = {
  'code-added': listedCode,
  'code-removed': listedCode,
  'code-moved': movedCode,
  'code-regrouped': movedCode,
  'description-changed': {
    ...codeFields,
    before: { type: 'string' },
    after: { type: 'string' },
    words: {
      type: 'array',
      items: closedObject({ op: { enum: ['equal', 'added', 'removed'] }, text: { type: 'string' } }),
    },
  },
  'add-on-changed': { ...codeFields, before: { type: 'boolean' }, after: { type: 'boolean' } },
  'not-reported-with-changed': { ...codeFields, ...codeLists },
  'footnotes-changed': {
    ...codeFields,
    before: { type: 'array', items: footnoteSchema },
    after: { type: 'array', items: footnoteSchema },
  },
  'exception-policy-added': exceptionListed,
  'exception-policy-removed': exceptionListed,
  'exception-codes-changed': { policy: { type: 'string' }, ...codeLists },
  'exception-policy-renamed': { before: { type: 'string' }, after: { type: 'string' }, codes: STRING_LIST },
  'revision-added': { revision: revisionRow },
  'revision-removed': { revision: revisionRow },
  'revision-backdated': { revision: revisionRow },
  'revision-changed': { before: revisionRow, after: revisionRow },
  'metadata-changed': {
    field: { enum: ['publisher', 'number', 'title', 'effectiveDate', 'nextReviewDate'] },
    before: NULLABLE_STRING,
    after: NULLABLE_STRING,
  },
  'related-resource-added': { name: { type: 'string' } },
  'related-resource-removed': { name: { type: 'string' } },
  'related-resource-renamed': { before: { type: 'string' }, after: { type: 'string' } },
};

const changeSchemas = CHANGE_KINDS.map((kind) =>
  closedObject({
    kind: { const: kind },
    class: { const: CHANGE_CLASS[kind] },
    pages: closedObject({ old: NULLABLE_PAGE, new: NULLABLE_PAGE }),
    ...CHANGE_FIELDS[kind],
  }),
);

const releaseRef = closedObject({ effectiveDate: ISO_DATE, sources: STRING_LIST });
const count: JsonSchema = { type: 'integer', minimum: 0 };

export const diffSchema: JsonSchema = {
  $schema: DRAFT_07,
  title: 'policydiff release diff',
  ...closedObject({
    schemaVersion: { const: 1 },
    policy: closedObject({ publisher: { type: 'string' }, number: { type: 'string' }, title: { type: 'string' } }),
    old: releaseRef,
    new: releaseRef,
    summary: closedObject({
      coverage: count,
      editorial: count,
      total: count,
      historyRewritten: count,
      byKind: closedObject(Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, count]))),
    }),
    unannounced: {
      anyOf: [
        { type: 'null' },
        closedObject({
          reason: { enum: ['no-revision-added', 'revision-reports-no-changes'] },
          newestRevision: { anyOf: [{ type: 'null' }, closedObject({ ...(revisionRow.properties as object), page: PAGE })] },
          changes: STRING_LIST,
        }),
      ],
    },
    changes: { type: 'array', items: { oneOf: changeSchemas } },
  }),
};
