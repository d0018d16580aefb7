// Text renditions of a policy, of two kinds that the content distinguishes:
//   - tab-separated table rows with Markdown-style links and emphasis (a converter's output);
//   - a plain extraction with no layout, as simple PDF text extractors print it.
import { InputError } from '../../errors.ts';
import { describeUnsupportedLayout } from '../unsupported-layout.ts';
import type { LayoutDocument } from '../../model/layout.ts';
import { ingestPlainText } from './plain-text.ts';
import { ingestTabbedText } from './tabbed-text.ts';

export function ingestText(text: string, path: string): LayoutDocument {
  if (!hasPolicyStructure(text)) {
    throw new InputError(
      `${path}: no medical coverage policy found in this text; expected a masthead ` +
        '("Medical Coverage Policy", "Coverage Policy Number"), a Coding Information section or a ' +
        'Revision Details table. Give the policy as published (PDF, HTML or its text rendition).' +
        describeUnsupportedLayout(text.slice(0, 100_000)),
    );
  }

  return isTabbedText(text) ? ingestTabbedText(text) : ingestPlainText(text);
}

function hasPolicyStructure(text: string): boolean {
  return (
    /\bCoverage Policy Number\b/i.test(text) ||
    /^\W*Medical Coverage Policy\W*$/im.test(text) ||
    /^\W*(?:Coding Information|Revision Details)\W*$/im.test(text)
  );
}

/**
 * Tells the converter's rendition by a tab between cells or a Markdown mark: a link, a `#`
 * heading, a pipe table row, `**strong**` text or a backslash escape.
 */
function isTabbedText(text: string): boolean {
  return (
    /^[^\t\n]*\S[^\t\n]*\t/m.test(text) ||
    /^\s*\|.*\|\s*$/m.test(text) ||
    /\[[^\]\n]+\]\([^)\n]*\)/.test(text) ||
    /^#{1,6}\s/m.test(text) ||
    /\*\*\S[^\n]*?\S\*\*/.test(text) ||
    /\\[()[\]*_]/.test(text)
  );
}
