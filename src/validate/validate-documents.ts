// Validates several documents at once. Besides each release's own rules, documents of one
// policy are checked against each other: renditions of one release (same effective date) must
// agree, and each release is compared with the one before it.
import type { Finding } from '../model/finding.ts';
import type { ParseResult } from '../model/parse-result.ts';
import { sortFindings, validateRelease } from './index.ts';
import { compareRenditions } from './rules/rendition-disagreement.ts';
import { findUnannouncedChanges } from './rules/unannounced-change.ts';

export interface ParsedDocument {
  path: string;
  result: ParseResult;
}

export function validateDocuments(documents: ParsedDocument[]): Finding[] {
  const findings: Finding[] = [];

  for (const releases of groupReleasesByPolicy(documents)) {
    releases.forEach((renditions, index) => {
      const [primary, ...others] = renditions as [ParsedDocument, ...ParsedDocument[]];
      const previous = releases[index - 1]?.[0];

      const input = { result: primary.result, path: primary.path };
      const primaryFindings = validateRelease(previous ? { ...input, previous: previous.result.release } : input);
      const reported = new Set(primaryFindings.map(findingKey));
      findings.push(...primaryFindings);

      for (const other of others) {
        findings.push(...compareRenditions(toRendition(primary), toRendition(other)));
        // Warnings about the document itself repeat in every rendition, so only errors that the
        // primary rendition does not have (a row this rendition lost) are reported for it.
        for (const finding of validateRelease({ result: other.result, path: other.path })) {
          if (finding.severity === 'error' && !reported.has(findingKey(finding))) findings.push(finding);
        }
      }
      if (previous) {
        findings.push(...findUnannouncedChanges(previous.result.release, primary.result.release, primary.path));
      }
    });
  }

  return sortFindings(findings);
}

/**
 * Groups documents by policy number, then by effective date, oldest release first. Each release
 * is a list of its renditions, PDF first because its pages are the printed ones, then HTML, then
 * text, each format ordered by path. Documents without a policy number stand alone.
 */
export function groupReleasesByPolicy(documents: ParsedDocument[]): ParsedDocument[][][] {
  const byPolicy = new Map<string, ParsedDocument[]>();
  documents.forEach((document, index) => {
    const number = document.result.release.policy.number;
    const key = number === '' ? `#${index}` : number;
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), document]);
  });

  return [...byPolicy.values()].map((policyDocuments) => {
    const byDate = new Map<string, ParsedDocument[]>();
    for (const document of [...policyDocuments].sort(compareRenditionOrder)) {
      const date = document.result.release.policy.effectiveDate;
      byDate.set(date, [...(byDate.get(date) ?? []), document]);
    }
    return [...byDate.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, renditions]) => renditions);
  });
}

const FORMAT_ORDER = ['pdf', 'html', 'txt'];

function compareRenditionOrder(a: ParsedDocument, b: ParsedDocument): number {
  const rank = (document: ParsedDocument): number => {
    const format = document.result.release.source[0]?.format ?? '';
    const index = FORMAT_ORDER.indexOf(format);
    return index === -1 ? FORMAT_ORDER.length : index;
  };
  return rank(a) - rank(b) || compareStrings(a.path, b.path);
}

function findingKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.jsonPath}`;
}

function toRendition(document: ParsedDocument): { path: string; release: ParseResult['release'] } {
  return { path: document.path, release: document.result.release };
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
