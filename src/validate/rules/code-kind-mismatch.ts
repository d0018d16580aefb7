// `code-kind-mismatch`: a well-formed code in the wrong table, such as an ICD-10-CM code in a
// CPT table or a Category I code in a list of Category III codes.
import { describeCodeKind } from '../../codes/code-systems.ts';
import type { Finding } from '../../model/finding.ts';
import type { CodeKind, CodeSystem } from '../../model/release.ts';
import { isCategoryThreeList, listCodeRows, readPrintedCode } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { isHeaderRow } from './header-as-row.ts';

/** Kinds each table may list. */
const KINDS_BY_SYSTEM: Record<CodeSystem, readonly (CodeKind | null)[]> = {
  CPT: ['CPT-I', 'CPT-II', 'CPT-III', 'PLA', 'MAAA'],
  HCPCS: ['HCPCS'],
  'ICD-10-CM': ['ICD-10-CM'],
  'ICD-10-PCS': ['ICD-10-PCS'],
};

export const codeKindMismatchRule: Rule = {
  id: 'code-kind-mismatch',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];
    const report = (page: number, jsonPath: string, problem: string): void => {
      findings.push(createFinding(codeKindMismatchRule, path, { page, jsonPath }, problem));
    };

    for (const { group, row, jsonPath } of listCodeRows(release)) {
      const printed = readPrintedCode(row.code);
      // Codes of no known format are the `code-format` rule's to report.
      if (isHeaderRow(row) || !printed.known) continue;

      const where = `${jsonPath}.code`;
      const kindName = printed.kind ?? 'of no known kind';
      if (!KINDS_BY_SYSTEM[group.codeSystem].includes(printed.kind)) {
        report(row.page, where, `code ${quote(row.code)} is ${kindName}, but its table lists ${group.codeSystem} codes; check the table header and the code.`);
      } else if (isCategoryThreeList(release, group) && printed.kind !== 'CPT-III') {
        report(row.page, where, `code ${quote(row.code)} is ${kindName} in a list of Category III codes; expected ${describeCodeKind('CPT-III')}.`);
      } else if (row.kind !== printed.kind) {
        report(row.page, `${jsonPath}.kind`, `code ${quote(row.code)} is recorded as ${row.kind ?? 'null'} but has the format of ${kindName}.`);
      }
    }

    if (/\bcategory iii\b/i.test(release.policy.title)) {
      release.coveredElsewhere.forEach((entry, entryIndex) => {
        entry.codes.forEach((code, index) => {
          const printed = readPrintedCode(code);
          if (printed.known && printed.kind !== 'CPT-III') {
            report(entry.page, `coveredElsewhere[${entryIndex}].codes[${index}]`, `code ${quote(code)} is ${printed.kind ?? 'of no known kind'} in a policy of Category III codes; expected ${describeCodeKind('CPT-III')}.`);
          }
        });
      });
    }

    return findings;
  },
};
