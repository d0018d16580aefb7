// One row of a code table: the code cell with its footnote markers, and the descriptor with
// the CPT instructions the parser reads out of it.
//
//   95165†   Professional services for the supervision … (specify number of doses)
//   0957T    Revision of … (Do not report 0957T in conjunction with 0958T, 0960T)
import { classifyCode, parseCodeRange } from '../codes/code-systems.ts';
import type { CodeKind } from '../model/release.ts';
import { foldWhitespace } from './text.ts';

/** Footnote markers printed after a code or at the start of a footnote. */
export const FOOTNOTE_MARKERS = '*†‡§¶#';
const TRAILING_MARKERS = new RegExp(`[${escapeClass(FOOTNOTE_MARKERS)}]+$`);

export interface CodeCell {
  code: string;
  markers: string[];
  kind: CodeKind | null;
}

export function readCodeCell(text: string): CodeCell {
  const folded = foldWhitespace(text);
  const markerMatch = TRAILING_MARKERS.exec(folded);
  const markers = markerMatch ? splitMarkers(markerMatch[0]) : [];
  const code = markerMatch ? folded.slice(0, markerMatch.index).trim() : folded;
  const range = parseCodeRange(code);
  const kind = range ? classifyCode(range.from) : classifyCode(code);
  return { code, markers, kind };
}

/** Splits `*†` into `*` and `†`, keeping a doubled marker such as `††` whole. */
export function splitMarkers(text: string): string[] {
  return text.match(/(.)\1*/gu) ?? [];
}

const ADD_ON = /\(List separately in addition to code for primary procedure\)/i;

export function isAddOn(description: string): boolean {
  return ADD_ON.test(description);
}

// `(Do not report 0970T in conjunction with 76641, 76642, 76940, 76942)`
const NOT_REPORTED_WITH = /Do not report\b[^()]*?\bin conjunction with ([^()]*)/gi;
const CODE_TOKEN = /\b(?:\d{4}[0-9FTUM]|[A-V]\d{4})\b(?:\s*[-\u2013]\s*\b(?:\d{4}[0-9FTUM]|[A-V]\d{4})\b)?/g;

/** Codes named in the descriptor's "Do not report … in conjunction with …" instructions. */
export function readNotReportedWith(description: string): string[] {
  const codes: string[] = [];
  for (const match of description.matchAll(NOT_REPORTED_WITH)) {
    for (const token of match[1]!.match(CODE_TOKEN) ?? []) {
      const range = parseCodeRange(token);
      const listed = range && range.codes.length > 0 ? range.codes : [token.replace(/\s+/g, '')];
      for (const code of listed) if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}

function escapeClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}
