// One release from its renditions: the first rendition (PDF, then HTML, then text) is primary,
// the others must extract to the same release, and `source` lists them all.
import type { Finding } from '../model/finding.ts';
import type { ParseResult } from '../model/parse-result.ts';
import type { PolicyRelease } from '../model/release.ts';
import { validateRelease } from '../validate/index.ts';
import { compareRenditions } from '../validate/rules/rendition-disagreement.ts';
import { compareText } from '../diff/text.ts';

export interface ExtractedRendition {
  path: string;
  result: ParseResult;
}

export interface AssembledRelease {
  policyKey: string;
  release: PolicyRelease;
  findings: Finding[];
}

export function assembleRelease(
  policyKey: string,
  renditions: ExtractedRendition[],
  previous: PolicyRelease | undefined,
): AssembledRelease {
  const [primary, ...others] = renditions;
  if (!primary) throw new Error(`assembleRelease: no renditions for ${policyKey}`);

  const findings = validateRelease({ result: primary.result, path: primary.path, ...(previous ? { previous } : {}) });
  const reported = new Set(findings.map(findingKey));

  for (const other of others) {
    findings.push(
      ...compareRenditions(
        { path: primary.path, release: primary.result.release },
        { path: other.path, release: other.result.release },
      ),
    );
    // Warnings about the document itself repeat in every rendition; errors that only one
    // rendition has (a row it lost) are its own.
    for (const finding of validateRelease({ result: other.result, path: other.path })) {
      if (finding.severity === 'error' && !reported.has(findingKey(finding))) findings.push(finding);
    }
  }

  const release: PolicyRelease = {
    ...primary.result.release,
    source: renditions.flatMap((rendition) => rendition.result.release.source).sort((a, b) => compareText(a.path, b.path)),
  };
  return { policyKey, release, findings };
}

function findingKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.jsonPath}`;
}
