// Findings as text for people and logs, as JSON for programs, and as GitHub workflow commands,
// which GitHub Actions shows as annotations on the named file.
import type { Finding } from '../model/finding.ts';
import { toStableJson } from '../stable-json.ts';
import { countFindings } from './index.ts';

export type FindingsFormat = 'text' | 'json' | 'github';

export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['text', 'json', 'github'];

export function formatFindings(findings: Finding[], format: FindingsFormat): string {
  switch (format) {
    case 'text':
      return formatFindingsText(findings);
    case 'json':
      return toStableJson({ ...countFindings(findings), findings });
    case 'github':
      return formatFindingsGithub(findings);
  }
}

/** Formats one line per finding: `error code-format: sources/… page 4, codeGroups[0]…: code …`. */
export function formatFindingsText(findings: Finding[]): string {
  return findings.map((finding) => `${finding.severity} ${finding.rule}: ${finding.message}\n`).join('');
}

/**
 * Formats one workflow command per finding: `::error file=…,title=code-format (page 4)::message`.
 * The command takes no `line`, because a finding has a page, not a line, and a page number given
 * as `line` would point at the wrong line of a text source. The title carries the page instead.
 */
export function formatFindingsGithub(findings: Finding[]): string {
  return findings
    .map((finding) => {
      const page = finding.page === null ? '' : ` (page ${finding.page})`;
      const properties = `file=${escapeProperty(finding.path)},title=${escapeProperty(`${finding.rule}${page}`)}`;
      return `::${finding.severity} ${properties}::${escapeData(finding.message)}\n`;
    })
    .join('');
}

// Escapes of the GitHub Actions toolkit (`@actions/core` command.ts): data escapes %, CR and LF,
// and property values also escape `:` and `,`.
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
