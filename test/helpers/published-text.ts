// Reads the expected values of a golden test from the publisher's text of policy 0558, where
// tables are tab-separated rows and related resources are Markdown links. Kept apart from the
// text ingester on purpose: golden tests compare the extraction with what the document prints.
import { readFileSync } from 'node:fs';

export interface PublishedPolicy {
  codes: { code: string; description: string }[];
  coveredElsewhere: { policy: string; codes: string[] }[];
  revisions: { type: string; summary: string; date: string }[];
  relatedResources: string[];
}

export function readPublishedPolicy(path: string): PublishedPolicy {
  const lines = readFileSync(path, 'utf8').split('\n');
  const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

  const codes = lines
    .filter((line) => /^\d{4}T\t/.test(line))
    .map((line) => {
      const [code, description] = line.split('\t');
      return { code: code!, description: fold(description!) };
    });

  const coveredElsewhere = rowsAfter(lines, 'Coverage Policy\tCategory III CPT Code(s)').map(([policy, list]) => ({
    policy: fold(policy!),
    codes: list!.split(',').map((code) => code.trim()),
  }));

  const revisions = rowsAfter(lines, 'Type of Revision\tSummary of Changes\tDate').map(([type, summary, date]) => {
    const [month, day, year] = date!.trim().split('/');
    return { type: fold(type!), summary: fold(summary!), date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` };
  });

  const relatedResources = lines
    .filter((line) => line.startsWith('- ['))
    .map((line) => line.replace(/^- \[(.*)\]\(#\)$/, '$1').replace(/\\([()])/g, '$1'));

  return { codes, coveredElsewhere, revisions, relatedResources };
}

/** Reads the tab-separated rows after a header line, up to the first line without a tab. */
function rowsAfter(lines: string[], header: string): string[][] {
  const start = lines.indexOf(header);
  if (start === -1) throw new Error(`header not found: ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.includes('\t')) break;
    rows.push(line.split('\t'));
  }
  return rows;
}
