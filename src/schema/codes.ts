// JSON Schema of the dataset `generated/dataset/codes.json`: every code of every policy's newest
// release, one row per code and code table.
import { closedObject, CODE_KIND, COVERAGE_STATUS, DRAFT_07, ISO_DATE, type JsonSchema, STRING_LIST } from './common.ts';

export const codesSchema: JsonSchema = {
  $schema: DRAFT_07,
  title: 'policydiff code dataset',
  ...closedObject({
    schemaVersion: { const: 1 },
    codes: {
      type: 'array',
      items: closedObject({
        policy: { type: 'string', pattern: '^[a-z][a-z0-9]*-[A-Za-z0-9.]+$', description: 'Source folder: publisher and policy number, such as cigna-0558' },
        publisher: { type: 'string' },
        policyNumber: { type: 'string' },
        status: COVERAGE_STATUS,
        heading: { type: 'string' },
        context: { ...STRING_LIST, description: 'Subheadings above the code table, outermost first, such as Treatment' },
        code: { type: 'string' },
        kind: CODE_KIND,
        description: { type: 'string' },
        addOn: { type: 'boolean', description: 'True for an add-on code (List separately in addition to code for primary procedure)' },
        notReportedWith: { ...STRING_LIST, description: 'Codes named in the descriptor\'s Do not report … in conjunction with … instruction' },
        footnotes: { ...STRING_LIST, description: 'Footnotes printed with the code, marker first, such as a limit on its coverage' },
        effectiveDate: ISO_DATE,
        coveredElsewhere: { ...STRING_LIST, description: 'Names of the policies that cover the code elsewhere' },
      }),
    },
  }),
};
