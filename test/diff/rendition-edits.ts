// The edits of `next-release.ts`, made to the text and HTML renditions of policy 0558 as a
// publisher's next release would print them. Each replacement must match exactly once, so a
// change of the fixture fails the test instead of silently editing nothing. A replacement may
// name groups of a regular expression as `$1`.

const NEW_0650T_DESCRIPTION = 'Programming device evaluation (remote) of subcutaneous cardiac rhythm monitor system';

export function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const pattern = typeof search === 'string' ? new RegExp(escapeRegExp(search), 'g') : new RegExp(search.source, `${search.flags.replace('g', '')}g`);
  const count = [...text.matchAll(pattern)].length;
  if (count !== 1) throw new Error(`expected one match of ${String(search)} in the fixture, found ${count}`);
  return text.replace(pattern, replacement);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function editTextRendition(text: string, newCodeDescription: string, revisionSummary: string): string {
  let next = text;
  next = replaceOnce(next, 'Effective Date4/15/2026', 'Effective Date10/15/2026');
  next = replaceOnce(next, 'Next Review Date8/15/2026', 'Next Review Date2/15/2027');
  next = replaceOnce(next, /^0207T\t.*\n/m, '');
  next = replaceOnce(next, /^(1025T\t.*)$/m, `$1\n1026T\t${newCodeDescription}`);
  next = replaceOnce(next, 'excised tissue', 'resected tissue');
  // 0338T: the description continues on a row with an empty code cell, wrapped elsewhere.
  next = replaceOnce(next, '0338T\tTranscatheter renal sympathetic denervation, percutaneous approach including arterial puncture,', '0338T\tTranscatheter renal sympathetic denervation, percutaneous approach including arterial\n\tpuncture,');
  next = replaceOnce(next, /^(0647T\t.*)$/m, `$1\n0650T\t${NEW_0650T_DESCRIPTION}`);
  next = replaceOnce(next, /^Ambulatory External and Implantable Electrocardiographic Monitoring\t0650T\n/m, '');
  next = replaceOnce(next, 'Preventive Care Services\t0403T, 0488T, 0500T', 'Preventive Care Services\t0403T, 0500T, 0812T');
  next = replaceOnce(next, 'Idcabtagene vicleucel\t', 'Idecabtagene vicleucel\t');
  next = replaceOnce(next, /^(Type of Revision\tSummary of Changes\tDate)$/m, `$1\nFocused Review\t${revisionSummary}\t10/15/2026`);
  next = replaceOnce(next, 'Revised policy statement.', 'Revised the policy statement.');
  return next;
}

/** Cells of the word processor's HTML export, as in the 0558 rendition. */
function htmlCell(width: number, text: string): string {
  return (
    `\t\t\t<td width="${width}" style="border: 1px solid #000000; padding: 0in 0.08in">` +
    `<p class="western" align="left" style="orphans: 2; widows: 2">\n\t\t\t\t${text}</p>\n\t\t\t</td>\n`
  );
}

function htmlRow(cells: Array<[width: number, text: string]>): string {
  return `\t\t<tr valign="top">\n${cells.map(([width, text]) => htmlCell(width, text)).join('')}\t\t</tr>\n`;
}

/** Matches the `<tr>` whose first cell contains exactly `firstCell`, with its trailing newline. */
function rowPattern(firstCell: string): RegExp {
  return new RegExp(`\\t\\t<tr valign="top">\\n\\t\\t\\t<td[^>]*><p[^>]*>\\s*${escapeRegExp(firstCell)}</p>(?:(?!</tr>)[\\s\\S])*</tr>\\n`);
}

export function editHtmlRendition(html: string, newCodeDescription: string, revisionSummary: string): string {
  let next = html;
  next = replaceOnce(next, 'Date\t4/15/2026</p>', 'Date\t10/15/2026</p>');
  next = replaceOnce(next, 'Date\t8/15/2026</p>', 'Date\t2/15/2027</p>');
  next = replaceOnce(next, rowPattern('0207T'), '');
  next = replaceOnce(next, /(<tr valign="top">\n\t\t\t<td[^>]*><p[^>]*>\s*1025T<\/p>(?:(?!<\/tr>)[\s\S])*<\/tr>\n)/, `$1${htmlRow([[62, '1026T'], [551, newCodeDescription]])}`);
  next = replaceOnce(next, 'excised tissue', 'resected tissue');
  // 0338T: the same words, broken over other lines.
  next = replaceOnce(
    next,
    /(0338T<\/p>[\s\S]*?)Transcatheter renal sympathetic denervation, percutaneous\n\t\t\t\tapproach including arterial puncture, selective catheter/,
    '$1Transcatheter renal sympathetic\n\t\t\t\tdenervation, percutaneous approach including\n   arterial  puncture, selective catheter',
  );
  next = replaceOnce(next, /(<tr valign="top">\n\t\t\t<td[^>]*><p[^>]*>\s*0647T<\/p>(?:(?!<\/tr>)[\s\S])*<\/tr>\n)/, `$1${htmlRow([[62, '0650T'], [551, NEW_0650T_DESCRIPTION]])}`);
  next = replaceOnce(next, rowPattern('Ambulatory External and Implantable Electrocardiographic\n\t\t\t\tMonitoring'), '');
  next = replaceOnce(next, '0403T, 0488T, 0500T', '0403T, 0500T, 0812T');
  next = replaceOnce(next, 'Idcabtagene vicleucel</p>', 'Idecabtagene vicleucel</p>');
  next = replaceOnce(
    next,
    /(<b>Type of Revision<\/b>(?:(?!<tbody>)[\s\S])*<tbody>\n)/,
    `$1${htmlRow([[146, 'Focused Review'], [340, `• ${revisionSummary}`], [114, '10/15/2026']])}`,
  );
  next = replaceOnce(next, '• Revised policy statement.', '• Revised the policy statement.');
  return next;
}
