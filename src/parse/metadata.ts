// The masthead at the top of page 1, printed with dot leaders in the PDF and run together in
// some text renditions:
//
//   Effective Date ........ 4/15/2026          Effective Date4/15/2026
//   Next Review Date ...... 8/15/2026
//   Coverage Policy Number ........ 0558
//
// and the title, the first paragraph after the masthead.
import type { LayoutBlock } from '../model/layout.ts';
import type { PolicyMetadata } from '../model/release.ts';
import { paragraphText, parseUsDate } from './text.ts';

const EFFECTIVE_DATE = /Effective Date[\s.:…]*(\d{1,2}\/\d{1,2}\/\d{4})/i;
const NEXT_REVIEW_DATE = /Next Review Date[\s.:…]*(\d{1,2}\/\d{1,2}\/\d{4})/i;
const POLICY_NUMBER = /Coverage Policy Number[\s.:…]*([A-Z]*\d[A-Z0-9]*)/i;
const MASTHEAD_LINE = /^(Medical Coverage Policy|Effective Date|Next Review Date|Coverage Policy Number)/i;

/** Publishers whose names identify a document; the first found in the text wins. */
const PUBLISHERS = ['Cigna', 'Aetna', 'UnitedHealthcare', 'Humana', 'Anthem', 'Elevance', 'Kaiser Permanente'];

export function readMetadata(front: LayoutBlock[], documentText: string): PolicyMetadata {
  const lines: { text: string; page: number }[] = [];
  for (const block of front) {
    if (block.kind === 'paragraph') {
      for (const line of block.lines) lines.push({ text: line.text, page: block.page });
    }
  }

  const find = (pattern: RegExp): string | null => {
    for (const line of lines) {
      const match = pattern.exec(line.text);
      if (match) return match[1]!;
    }
    return null;
  };

  const effective = find(EFFECTIVE_DATE);
  const nextReview = find(NEXT_REVIEW_DATE);

  return {
    publisher: findPublisher(documentText),
    number: find(POLICY_NUMBER) ?? '',
    title: findTitle(front),
    effectiveDate: effective ? (parseUsDate(effective) ?? effective) : '',
    nextReviewDate: nextReview ? (parseUsDate(nextReview) ?? nextReview) : null,
  };
}

/** Finds the title: the first paragraph after the masthead lines, before the table of contents. */
function findTitle(front: LayoutBlock[]): string {
  let afterMasthead = false;
  for (const block of front) {
    if (block.kind !== 'paragraph') continue;
    const isMasthead = block.lines.every((line) => MASTHEAD_LINE.test(line.text.trim()));
    if (isMasthead) {
      afterMasthead = true;
      continue;
    }
    if (afterMasthead) return paragraphText(block);
  }
  return '';
}

function findPublisher(text: string): string {
  let best = '';
  let bestIndex = Number.POSITIVE_INFINITY;
  for (const name of PUBLISHERS) {
    const index = text.search(new RegExp(`\\b${name}\\b`));
    if (index !== -1 && index < bestIndex) {
      best = name;
      bestIndex = index;
    }
  }
  return best;
}
