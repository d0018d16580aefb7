// Markdown-style marks of a text rendition, removed so that the text reads as printed:
//
//   - [Breyanzi \(Injectable CAR-T\)](#)       ->  Breyanzi (Injectable CAR-T)
//   ***Current Procedural Terminology …**      ->  *Current Procedural Terminology …  (bold)
//   CPT®* Codes                                ->  CPT®* Codes  (a lone `*` is a footnote marker)

export interface InlineText {
  text: string;
  /** True when strong emphasis, or a `#` heading mark, covers the whole line. */
  bold: boolean;
}

// Backslash escapes are swapped for private-use characters while emphasis is matched, so that
// an escaped `\*` is never taken for a delimiter.
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

/** Reads one line of a Markdown-style rendition: block marks first, then inline marks. */
export function readMarkdownLine(line: string): InlineText {
  let text = line.trim();
  let bold = false;

  const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(text);
  if (heading) {
    text = heading[1]!;
    bold = true;
  }
  text = text.replace(/^>\s?/, '').replace(/^[-+*]\s+/, '');

  const inline = stripInlineMarks(text);
  return { text: inline.text, bold: bold || inline.bold };
}

/** Removes links, code spans, emphasis and escapes from a piece of text such as a table cell. */
export function stripInlineMarks(source: string): InlineText {
  let text = source.replace(ESCAPABLE, (_escape, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)));

  // `![alt](src)` and `[text](href)` keep their text.
  text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/`([^`]+)`/g, '$1');

  const strongRuns = findStrongRuns(text);
  const bold = strongRuns.coversLine;
  text = strongRuns.text;
  text = text.replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1');
  text = text.replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1');

  text = text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
  return { text: text.trim(), bold };
}

/**
 * Removes `**…**` and `__…__`. The line counts as bold when strong text covers all of it but a
 * leading footnote marker: in `***Current Procedural Terminology …**` the first `*` is the
 * marker of the CPT notice and stays.
 */
function findStrongRuns(source: string): { text: string; coversLine: boolean } {
  const pattern = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
  let coversLine = false;
  const text = source.replace(pattern, (whole, _delimiter: string, inner: string, offset: number) => {
    const before = source.slice(0, offset);
    const after = source.slice(offset + whole.length);
    if (/^[*†‡§]*\s*$/.test(before) && after.trim() === '') coversLine = true;
    return inner;
  });
  return { text, coversLine };
}
