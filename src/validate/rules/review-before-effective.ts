// `review-before-effective`: a next review date on or before the effective date, which no
// release can have. The usual cause is a date read from the wrong field or a misread year.
import { isIsoDate } from '../iso-date.ts';
import { createFinding, type Rule } from '../rule.ts';
import { MASTHEAD_PAGE } from './masthead-page.ts';

export const reviewBeforeEffectiveRule: Rule = {
  id: 'review-before-effective',
  severity: 'error',
  check({ release, path }) {
    const { effectiveDate, nextReviewDate } = release.policy;
    // Missing or invalid dates are the `missing-metadata` rule's to report.
    if (nextReviewDate === null || !isIsoDate(nextReviewDate) || !isIsoDate(effectiveDate)) return [];
    if (nextReviewDate > effectiveDate) return [];

    const problem = `next review date ${nextReviewDate} is not after the effective date ${effectiveDate}; expected a later date. Check both dates in the masthead.`;
    return [createFinding(reviewBeforeEffectiveRule, path, { page: MASTHEAD_PAGE, jsonPath: 'policy.nextReviewDate' }, problem)];
  },
};
