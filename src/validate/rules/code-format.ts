// `code-format`: a code that matches no code system's format, such as `O339T` with a letter O
// read for a zero.
import { describeCodeKind } from '../../codes/code-systems.ts';
import type { Finding } from '../../model/finding.ts';
import type { CodeGroup, PolicyRelease } from '../../model/release.ts';
import { isCatchAllRow, isCategoryThreeList, listCodeRows, readPrintedCode } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { isHeaderRow } from './header-as-row.ts';

export const codeFormatRule: Rule = {
  id: 'code-format',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];
    const report = (page: number | null, jsonPath: string, code: string, expected: string): void => {
      const problem =
        code.trim() === ''
          ? `the row has no code; expected ${expected}. Check that the code cell was read.`
          : `code ${quote(code)} matches no code format; expected ${expected}. Check the source for a misread character.`;
      findings.push(createFinding(codeFormatRule, path, { page, jsonPath }, problem));
    };

    for (const { group, row, jsonPath } of listCodeRows(release)) {
      if (isHeaderRow(row) || isCatchAllRow(row)) continue;
      if (!readPrintedCode(row.code).known) {
        report(row.page, `${jsonPath}.code`, row.code, describeExpectedCode(release, group));
      }
      row.notReportedWith.forEach((code, index) => {
        if (!readPrintedCode(code).known) {
          report(row.page, `${jsonPath}.notReportedWith[${index}]`, code, 'a code of any code system');
        }
      });
    }

    release.coveredElsewhere.forEach((entry, entryIndex) => {
      entry.codes.forEach((code, index) => {
        if (!readPrintedCode(code).known) {
          report(entry.page, `coveredElsewhere[${entryIndex}].codes[${index}]`, code, 'a code of any code system');
        }
      });
    });

    return findings;
  },
};

/** Describes the format of a group's codes, from its table header and its heading. */
export function describeExpectedCode(release: PolicyRelease, group: CodeGroup): string {
  if (isCategoryThreeList(release, group)) return describeCodeKind('CPT-III');

  switch (group.codeSystem) {
    case 'CPT':
      return 'a CPT code: five digits (Category I), or four digits and F (Category II), T (Category III), U (PLA) or M (MAAA)';
    case 'HCPCS':
      return describeCodeKind('HCPCS');
    case 'ICD-10-CM':
      return describeCodeKind('ICD-10-CM');
    case 'ICD-10-PCS':
      return describeCodeKind('ICD-10-PCS');
  }
}
