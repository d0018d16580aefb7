// `source-name-mismatch`: a source saved under the wrong name. Sources live at
// `<publisher>-<policy>/<effective-date>.<ext>` (`sources/cigna-0558/2026-04-15.pdf`), and the
// build files each release by that name, so the publisher, the policy number and the date must
// match the document. Paths of any other shape are not checked.
import type { Finding } from '../../model/finding.ts';
import { createFinding, quote, type Rule } from '../rule.ts';
import { MASTHEAD_PAGE } from './masthead-page.ts';

// The folder is a publisher name, one hyphen and a policy number with a digit, so folders such
// as `my-docs` or a temporary `policydiff-diff-x1y2` are not read as policy folders.
const SOURCE_NAME = /(?:^|\/)([A-Za-z]+)-([A-Za-z0-9.]*\d[A-Za-z0-9.]*)\/(\d{4}-\d{2}-\d{2})\.[A-Za-z0-9]+$/;

export const sourceNameMismatchRule: Rule = {
  id: 'source-name-mismatch',
  severity: 'error',
  check({ release, path }) {
    const match = SOURCE_NAME.exec(path.replaceAll('\\', '/'));
    if (!match) return [];

    const [, publisher, policyNumber, date] = match as unknown as [string, string, string, string];
    const { number, effectiveDate } = release.policy;
    const findings: Finding[] = [];

    const documentPublisher = release.policy.publisher;
    if (documentPublisher !== '' && publisher.toLowerCase() !== documentPublisher.toLowerCase()) {
      const problem = `the folder name gives publisher ${quote(publisher)} but the document is published by ${quote(documentPublisher)}; rename the folder to ${documentPublisher.toLowerCase()}-${number || policyNumber}.`;
      findings.push(createFinding(sourceNameMismatchRule, path, { page: MASTHEAD_PAGE, jsonPath: 'policy.publisher' }, problem));
    }

    if (number !== '' && policyNumber !== number) {
      const problem = `the file name gives policy ${quote(policyNumber)} but the document is policy ${quote(number)}; rename the folder to match the document.`;
      findings.push(createFinding(sourceNameMismatchRule, path, { page: MASTHEAD_PAGE, jsonPath: 'policy.number' }, problem));
    }
    if (effectiveDate !== '' && date !== effectiveDate) {
      const problem = `the file name gives date ${date} but the document's effective date is ${effectiveDate}; rename the file to ${effectiveDate}.`;
      findings.push(createFinding(sourceNameMismatchRule, path, { page: MASTHEAD_PAGE, jsonPath: 'policy.effectiveDate' }, problem));
    }
    return findings;
  },
};
