// generated/index.json: what was built from which sources, by which tool version, with how
// many findings. It holds no clock time, so an unchanged tree rebuilds to the same bytes.
import type { Finding } from '../model/finding.ts';
import type { PolicyRelease } from '../model/release.ts';
import { TOOL_VERSION } from '../version.ts';
import type { AssembledRelease } from './assemble-release.ts';
import { compareText } from '../diff/text.ts';
import type { SourceFile } from './scan-sources.ts';

export function buildIndex(
  sources: SourceFile[],
  newest: AssembledRelease[],
  releases: PolicyRelease[],
  findings: Finding[],
) {
  const sourceRefs = releases.flatMap((release) => release.source).sort((a, b) => compareText(a.path, b.path));

  return {
    schemaVersion: 1,
    tool: { name: 'policydiff', version: TOOL_VERSION },
    sources: sourceRefs.map((source) => ({
      path: source.path,
      sha256: source.sha256,
      format: source.format,
      pages: source.pages,
      release: releasePathOf(sources, source.path),
    })),
    policies: newest.map(({ policyKey, release }) => ({
      policy: policyKey,
      number: release.policy.number,
      title: release.policy.title,
      newestRelease: `releases/${policyKey}/${release.policy.effectiveDate}.json`,
      releases: releases
        .filter((candidate) => candidate.policy.number === release.policy.number && candidate.policy.publisher === release.policy.publisher)
        .map((candidate) => candidate.policy.effectiveDate),
    })),
    findings: { ...countFindings(findings), items: findings },
  };
}

function releasePathOf(sources: SourceFile[], path: string): string | null {
  const source = sources.find((candidate) => candidate.path === path);
  return source ? `releases/${source.policyKey}/${source.date}.json` : null;
}

function countFindings(findings: Finding[]) {
  const byRule: Record<string, { errors: number; warnings: number }> = {};
  for (const finding of findings) {
    byRule[finding.rule] ??= { errors: 0, warnings: 0 };
    if (finding.severity === 'error') byRule[finding.rule]!.errors++;
    else byRule[finding.rule]!.warnings++;
  }
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => compareText(a, b)));
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    byRule: sortedByRule,
  };
}
