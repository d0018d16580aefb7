// `missing-metadata`: a release without policy number, title or a valid effective date, which
// every later step (file names, ordering, diffs) depends on.
import type { Finding } from '../../model/finding.ts';
import { isIsoDate } from '../iso-date.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { MASTHEAD_PAGE } from './masthead-page.ts';

export const missingMetadataRule: Rule = {
  id: 'missing-metadata',
  severity: 'error',
  check({ release, path }) {
    const { number, title, effectiveDate, nextReviewDate } = release.policy;
    const findings: Finding[] = [];
    const report = (field: string, problem: string): void => {
      findings.push(createFinding(missingMetadataRule, path, { page: MASTHEAD_PAGE, jsonPath: `policy.${field}` }, problem));
    };

    if (number.trim() === '') report('number', 'no policy number; expected `Coverage Policy Number` in the masthead.');
    if (title.trim() === '') report('title', 'no policy title; expected the title under the masthead.');
    if (effectiveDate.trim() === '') {
      report('effectiveDate', 'no effective date; expected `Effective Date` in the masthead.');
    } else if (!isIsoDate(effectiveDate)) {
      report('effectiveDate', `effective date ${quote(effectiveDate)} is not a valid date; expected YYYY-MM-DD.`);
    }
    if (nextReviewDate !== null && !isIsoDate(nextReviewDate)) {
      report('nextReviewDate', `next review date ${quote(nextReviewDate)} is not a valid date; expected YYYY-MM-DD.`);
    }

    return findings;
  },
};
