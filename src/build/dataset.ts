// The dataset for claims and prior-authorization systems: one row per code of each policy's
// newest release, with the policies that the release says cover the code elsewhere.
import { stringify } from 'csv-stringify/sync';

import { classifyCode } from '../codes/code-systems.ts';
import type { CodeKind, CoverageStatus, PolicyRelease } from '../model/release.ts';
import { compareText } from '../diff/text.ts';

export interface CodeRow {
  /** Source folder name, for example `cigna-0558`. */
  policy: string;
  publisher: string;
  policyNumber: string;
  status: CoverageStatus;
  heading: string;
  /** Subheadings above the group, outermost first, such as `Treatment`. */
  context: string[];
  code: string;
  kind: CodeKind | null;
  description: string;
  addOn: boolean;
  notReportedWith: string[];
  /** Footnotes printed with the code, such as a limit on its coverage, as `marker text`. */
  footnotes: string[];
  effectiveDate: string;
  coveredElsewhere: string[];
}

/**
 * Heading of the rows for codes that a policy lists only in its exception mapping, such as
 * 0537T in policy 0558: covered by the named policies, with no descriptor printed.
 */
export const COVERED_ELSEWHERE_HEADING = 'Listed only as covered by another coverage policy';

export function buildCodeRows(newest: { policyKey: string; release: PolicyRelease }[]): CodeRow[] {
  const rows: CodeRow[] = [];

  for (const { policyKey, release } of newest) {
    const coveringPolicies = new Map<string, string[]>();
    for (const entry of release.coveredElsewhere) {
      for (const code of entry.codes) {
        const names = coveringPolicies.get(code) ?? [];
        if (!names.includes(entry.policy)) names.push(entry.policy);
        coveringPolicies.set(code, names);
      }
    }

    const base = {
      policy: policyKey,
      publisher: release.policy.publisher,
      policyNumber: release.policy.number,
      effectiveDate: release.policy.effectiveDate,
    };
    const listed = new Set<string>();
    for (const group of release.codeGroups) {
      for (const code of group.codes) {
        listed.add(code.code);
        rows.push({
          ...base,
          status: group.status,
          heading: group.heading,
          context: group.context,
          code: code.code,
          kind: code.kind,
          description: code.description,
          addOn: code.addOn,
          notReportedWith: code.notReportedWith,
          footnotes: code.footnotes.map((note) => `${note.marker} ${note.text}`),
          coveredElsewhere: [...(coveringPolicies.get(code.code) ?? [])].sort(compareText),
        });
      }
    }

    for (const [code, names] of coveringPolicies) {
      if (listed.has(code)) continue;
      rows.push({
        ...base,
        status: 'other',
        heading: COVERED_ELSEWHERE_HEADING,
        context: [],
        code,
        kind: classifyCode(code),
        description: '',
        addOn: false,
        notReportedWith: [],
        footnotes: [],
        coveredElsewhere: [...names].sort(compareText),
      });
    }
  }

  return rows.sort(
    (a, b) =>
      compareText(a.policy, b.policy) ||
      compareText(a.code, b.code) ||
      compareText(a.status, b.status) ||
      compareText(a.heading, b.heading) ||
      compareText(a.context.join('\u0000'), b.context.join('\u0000')),
  );
}

const CSV_COLUMNS: { key: keyof CodeRow; header: string }[] = [
  { key: 'policy', header: 'policy' },
  { key: 'publisher', header: 'publisher' },
  { key: 'policyNumber', header: 'policy_number' },
  { key: 'status', header: 'status' },
  { key: 'heading', header: 'heading' },
  { key: 'context', header: 'context' },
  { key: 'code', header: 'code' },
  { key: 'kind', header: 'kind' },
  { key: 'description', header: 'description' },
  { key: 'addOn', header: 'add_on' },
  { key: 'notReportedWith', header: 'not_reported_with' },
  { key: 'footnotes', header: 'footnotes' },
  { key: 'effectiveDate', header: 'effective_date' },
  { key: 'coveredElsewhere', header: 'covered_elsewhere' },
];

/**
 * CSV with a header row, `\n` line ends, context subheadings joined by ` > `, footnotes by
 * ` | ` and code or policy lists by `; `. A cell that a
 * spreadsheet would run as a formula (`=HYPERLINK(…)`) gets a leading `'`; codes.json keeps
 * the text verbatim.
 */
export function renderCodesCsv(rows: CodeRow[]): string {
  const records = rows.map((row) =>
    CSV_COLUMNS.map(({ key }) => {
      const value = row[key];
      const separator = key === 'context' ? ' > ' : key === 'footnotes' ? ' | ' : '; ';
      const text = Array.isArray(value) ? value.join(separator) : String(value ?? '');
      return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
    }),
  );
  return stringify(records, { header: true, columns: CSV_COLUMNS.map((column) => column.header), record_delimiter: '\n' });
}
