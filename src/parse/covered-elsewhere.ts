// The exception mapping: other policies that cover specific codes.
//
//   Coverage Policy                        | Category III CPT Code(s)
//   Brexucabtagene autoleucel              | 0537T, 0538T, 0539T, 0540T
//   Ambulatory External and Implantable    | 0650T
//   Electrocardiographic Monitoring        |                      <- wrapped name, same row
import { parseCodeRange } from '../codes/code-systems.ts';
import type { LayoutBlock, Table } from '../model/layout.ts';
import type { CoveredElsewhere } from '../model/release.ts';
import { joinLines } from './text.ts';

export function isCoveredElsewhereTable(table: Table): boolean {
  const header = table.rows.find((row) => row.header);
  if (!header || header.cells.length < 2) return false;
  const first = joinLines(header.cells[0]!.lines);
  const second = joinLines(header.cells[1]!.lines);
  // `Coverage Policy | Category III CPT Code(s)`, `Coverage Policy Title | CPT Category III Codes`
  return /\bpolic(y|ies)\b/i.test(first) && !/\bcodes?\b/i.test(first) && /\bcodes?\b|code\(s\)/i.test(second);
}

export function readCoveredElsewhere(blocks: LayoutBlock[]): CoveredElsewhere[] {
  const rows: CoveredElsewhere[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table' || !isCoveredElsewhereTable(block)) continue;

    for (const row of block.rows) {
      if (row.header) continue;
      const policy = joinLines(row.cells[0]?.lines ?? []);
      const codes = splitCodeList(joinLines(row.cells[1]?.lines ?? []));
      const previous = rows.at(-1);
      if (policy === '' && previous) {
        previous.codes.push(...codes);
        continue;
      }
      rows.push({ policy, codes, page: row.page });
    }
  }
  return rows;
}

/** Splits `0537T, 0538T` or `0537T-0540T` into codes, expanding ranges. */
export function splitCodeList(text: string): string[] {
  const codes: string[] = [];
  const tokens = text.replace(/\s*[-\u2013]\s*/g, '-').split(/[,;\s]+/);
  for (const token of tokens) {
    if (token === '') continue;
    const range = parseCodeRange(token);
    if (range && range.codes.length > 0) codes.push(...range.codes);
    else codes.push(token);
  }
  return codes;
}
