// Printed lines of a plain extraction. A simple extractor gives each raised symbol a line of its
// own. The symbol belongs to the line above, and the line after it continues the same printed
// line when it starts with a space or a closing mark:
//
//   CPT              81401               EpiSwitch            (blank)
//   ®                †                   ®                    †
//   *                 Molecular …         CiRT (CPT …)        Note: Considered …
//   Codes
//   -> CPT®* Codes   -> 81401† Molecular  -> EpiSwitch® CiRT   -> †Note: Considered …
import type { PagedLine } from './pages.ts';

export interface PlainLine {
  /** The printed line, trimmed. */
  text: string;
  page: number;
  /** True when a blank line, or the start of the text, comes before this line. */
  blankBefore: boolean;
}

/** `®`, `™`, `SM`, `†`, `††`, `*`: a raised symbol alone on its line. */
export function isRaisedSymbolLine(text: string): boolean {
  return /^\s*(?:®|™|©|SM|TM|[†‡§*]+)\s*$/.test(text);
}

export function readPlainLines(paged: PagedLine[]): PlainLine[] {
  const lines: PlainLine[] = [];
  let blankBefore = true;
  let pendingSymbols = '';
  // Set after a raised symbol: whether the next line may continue the same printed line.
  let joinNext = false;
  let symbolHadSpace = false;

  for (const { text, page } of paged) {
    if (text.trim() === '') {
      blankBefore = true;
      joinNext = false;
      continue;
    }

    const previous = lines.at(-1);
    if (isRaisedSymbolLine(text)) {
      if (previous && !blankBefore) {
        previous.text += text.trim();
        joinNext = true;
        symbolHadSpace = /\s$/.test(text);
      } else {
        pendingSymbols += text.trim();
      }
      continue;
    }

    if (previous && joinNext && continuesPrintedLine(text, symbolHadSpace)) {
      const separator = /^\s/.test(text) || symbolHadSpace ? ' ' : '';
      previous.text = `${previous.text}${separator}${text.trim()}`.trimEnd();
      joinNext = false;
      continue;
    }

    lines.push({ text: pendingSymbols + text.trim(), page, blankBefore });
    pendingSymbols = '';
    blankBefore = false;
    joinNext = false;
  }

  return lines;
}

function continuesPrintedLine(text: string, symbolHadSpace: boolean): boolean {
  return symbolHadSpace || /^\s/.test(text) || /^[)\],.;:]/.test(text);
}
