// Walks the code rows of a release with their JSON paths, and reads a row's printed code, which
// may be a single code or a range.
import { classifyCode, isKnownCodeFormat, parseCodeRange } from '../codes/code-systems.ts';
import type { CodeGroup, CodeKind, PolicyCode, PolicyRelease } from '../model/release.ts';

export interface CodeRow {
  group: CodeGroup;
  groupIndex: number;
  row: PolicyCode;
  rowIndex: number;
  /** `codeGroups[0].codes[3]` */
  jsonPath: string;
}

export function listCodeRows(release: PolicyRelease): CodeRow[] {
  return release.codeGroups.flatMap((group, groupIndex) =>
    group.codes.map((row, rowIndex) => ({
      group,
      groupIndex,
      row,
      rowIndex,
      jsonPath: `codeGroups[${groupIndex}].codes[${rowIndex}]`,
    })),
  );
}

export interface PrintedCode {
  /** Kind of the code, or of both ends of a range; null when no code system has a kind for it. */
  kind: CodeKind | null;
  /** True when the text is a code or a range in some code system's format. */
  known: boolean;
  /** The codes the text stands for: itself, or the listed codes of a range with its ends. */
  codes: string[];
  isRange: boolean;
}

export function readPrintedCode(text: string): PrintedCode {
  const range = parseCodeRange(text);
  if (range) {
    const codes = [...new Set([range.from, ...range.codes, range.to])];
    return { kind: classifyCode(range.from), known: true, codes, isRange: true };
  }
  return { kind: classifyCode(text), known: isKnownCodeFormat(text), codes: [text], isRange: false };
}

/** True for a group printed as a Category III list, where every code must end in T. */
export function isCategoryThreeList(release: PolicyRelease, group: CodeGroup): boolean {
  const texts = [release.policy.title, group.heading, ...group.context];
  return texts.some((text) => /\bcategory iii\b/i.test(text));
}

/**
 * True for a row that stands for every code not listed, printed with an empty code cell:
 * `| All other diagnosis codes` under an ICD-10-CM header in policy 0520.
 */
export function isCatchAllRow(row: PolicyCode): boolean {
  return row.code.trim() === '' && /^all other\b.*\bcodes?\b/i.test(row.description.trim());
}
