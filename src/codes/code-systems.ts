// Code systems of medical coverage policies: which system a printed code belongs to, and how a
// printed range such as `0537T-0540T` expands into codes.
import type { CodeKind } from '../model/release.ts';

interface CodeFormat {
  kind: CodeKind;
  pattern: RegExp;
  /** The format in words, for messages such as "expected four digits and T (CPT Category III)". */
  description: string;
}

/**
 * The formats in the order they are tried. No code matches two of them: the lengths, the
 * trailing letter and the dot of ICD-10-CM keep them apart.
 */
export const CODE_FORMATS: readonly CodeFormat[] = [
  { kind: 'CPT-I', pattern: /^\d{5}$/, description: 'five digits (CPT Category I)' },
  { kind: 'CPT-II', pattern: /^\d{4}F$/, description: 'four digits and F (CPT Category II)' },
  { kind: 'CPT-III', pattern: /^\d{4}T$/, description: 'four digits and T (CPT Category III)' },
  { kind: 'PLA', pattern: /^\d{4}U$/, description: 'four digits and U (Proprietary Laboratory Analyses)' },
  { kind: 'MAAA', pattern: /^\d{4}M$/, description: 'four digits and M (Multianalyte Assays with Algorithmic Analyses)' },
  { kind: 'HCPCS', pattern: /^[A-V]\d{4}$/, description: 'a letter A to V and four digits (HCPCS Level II)' },
  {
    // `C61`, `C79.82`, `C50.A2`, `T36.0X1A`: a letter, a digit, a letter or digit, then a dot and
    // up to four more. Chapter letters include U (codes for special purposes such as U07.1).
    kind: 'ICD-10-CM',
    pattern: /^[A-Z]\d[A-Z0-9](?:\.[A-Z0-9]{1,4})?$/,
    description: 'a letter, a digit, a letter or digit, then optionally a dot and up to four more (ICD-10-CM)',
  },
  {
    // `0DTJ4ZZ`: seven characters, no letters I or O, and the first one names the section
    // (0 to 9, B, C, D, F, G, H or X).
    kind: 'ICD-10-PCS',
    pattern: /^[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}$/,
    description: 'seven letters or digits without I or O (ICD-10-PCS)',
  },
];

export function classifyCode(code: string): CodeKind | null {
  for (const format of CODE_FORMATS) {
    if (format.pattern.test(code)) return format.kind;
  }
  return null;
}

/** True when the code has the format of some code system. */
export function isKnownCodeFormat(code: string): boolean {
  return classifyCode(code) !== null;
}

export function describeCodeKind(kind: CodeKind): string {
  const format = CODE_FORMATS.find((candidate) => candidate.kind === kind);
  return format ? format.description : kind;
}

export interface CodeRange {
  from: string;
  to: string;
  /** Every code of the range in order; empty for ranges that cannot be listed (ICD-10). */
  codes: string[];
}

/**
 * Ranges longer than this are recognized but not listed. The limit is a guess that keeps a
 * misread range such as `10000-99999` from listing ninety thousand codes.
 */
export const MAX_RANGE_CODES = 1000;

// `0537T-0540T`, `0537T–0540T`, `C50.011 - C50.A2`: two codes joined by a hyphen, en dash or em
// dash, with optional spaces around it.
const RANGE_PATTERN = /^\s*([A-Z0-9.]+)\s*[-\u2013\u2014]\s*([A-Z0-9.]+)\s*$/;

/**
 * Reads a printed range of codes. Returns null when the text is not two codes of one kind joined
 * by a dash, or when the range runs backwards.
 */
export function parseCodeRange(text: string): CodeRange | null {
  const match = RANGE_PATTERN.exec(text);
  if (!match) return null;

  const from = match[1] as string;
  const to = match[2] as string;
  const kind = classifyCode(from);
  if (kind === null || classifyCode(to) !== kind) return null;

  if (kind === 'ICD-10-CM' || kind === 'ICD-10-PCS') {
    // ICD-10 codes are not numbered in sequence (`C50.011 - C50.A2` spans letters and
    // subcategories), so the range is kept as printed without listing its codes.
    return from <= to ? { from, to, codes: [] } : null;
  }

  const first = splitNumbered(from);
  const last = splitNumbered(to);
  if (first.prefix !== last.prefix || first.suffix !== last.suffix || first.number > last.number) return null;

  const count = last.number - first.number + 1;
  if (count > MAX_RANGE_CODES) return { from, to, codes: [] };

  const width = first.digits.length;
  const codes: string[] = [];
  for (let number = first.number; number <= last.number; number += 1) {
    codes.push(`${first.prefix}${String(number).padStart(width, '0')}${first.suffix}`);
  }
  return { from, to, codes };
}

/** Splits `0537T` into ``, `0537`, `T` and `J1234` into `J`, `1234`, ``. */
function splitNumbered(code: string): { prefix: string; digits: string; number: number; suffix: string } {
  const match = /^([A-Z]?)(\d+)([A-Z]?)$/.exec(code);
  if (!match) throw new Error(`splitNumbered: ${code} is not a numbered code`);
  const digits = match[2] as string;
  return { prefix: match[1] as string, digits, number: Number(digits), suffix: match[3] as string };
}

/**
 * True for a token of running text that looks like a code, for finding codes in text that no
 * row holds. It is stricter than `classifyCode` where prose often matches a code format. A
 * three-character ICD-10-CM category must end in a digit (`C61`, but not `H2O` or `A1C`). An
 * ICD-10-PCS code must contain a digit, so a seven-letter word such as `CHAPTER` is not one.
 */
export function isCodeShaped(token: string): boolean {
  const kind = classifyCode(token);
  if (kind === null) return false;
  if (kind === 'ICD-10-CM' && token.length === 3) return /^[A-Z]\d\d$/.test(token);
  // NOTE: ICD-10-PCS codes made only of letters (`GZHZZZZ`, group psychotherapy) are not
  // recognized in running text.
  if (kind === 'ICD-10-PCS') return /\d/.test(token);
  return true;
}
