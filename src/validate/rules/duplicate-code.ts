// `duplicate-code`: one code twice in one group, either printed twice or inside a printed range
// as well, which happens when a row split by a page break is read as two rows.
import type { Finding } from '../../model/finding.ts';
import { isCatchAllRow, readPrintedCode } from '../code-rows.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { isHeaderRow } from './header-as-row.ts';

export const duplicateCodeRule: Rule = {
  id: 'duplicate-code',
  severity: 'error',
  check({ release, path }) {
    const findings: Finding[] = [];

    release.codeGroups.forEach((group, groupIndex) => {
      const firstRowByCode = new Map<string, number>();

      group.codes.forEach((row, rowIndex) => {
        if (isHeaderRow(row) || isCatchAllRow(row)) return;

        const repeated = readPrintedCode(row.code).codes.filter((code) => firstRowByCode.has(code));
        if (repeated.length > 0) {
          const code = repeated[0] as string;
          const firstIndex = firstRowByCode.get(code) as number;
          const first = group.codes[firstIndex];
          const problem =
            `code ${quote(code)} appears twice in group ${quote(group.heading)}: ` +
            `first at codes[${firstIndex}] (page ${first?.page}), again here; expected each code once per group.`;
          const location = { page: row.page, jsonPath: `codeGroups[${groupIndex}].codes[${rowIndex}].code` };
          findings.push(createFinding(duplicateCodeRule, path, location, problem));
        }

        for (const code of readPrintedCode(row.code).codes) {
          if (!firstRowByCode.has(code)) firstRowByCode.set(code, rowIndex);
        }
      });
    });

    return findings;
  },
};
