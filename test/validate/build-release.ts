// Small hand-built releases for rule tests: a valid 0558-like release that each test alters.
import { classifyCode } from '../../src/codes/code-systems.ts';
import type { PageText, ParseResult } from '../../src/model/parse-result.ts';
import type { CodeGroup, PolicyCode, PolicyRelease } from '../../src/model/release.ts';

export const SOURCE_PATH = 'sources/cigna-0558/2026-04-15.pdf';

export function codeRow(code: string, description: string, page = 3, extra: Partial<PolicyCode> = {}): PolicyCode {
  return {
    code,
    kind: classifyCode(code),
    description,
    addOn: false,
    notReportedWith: [],
    footnotes: [],
    page,
    ...extra,
  };
}

export function codeGroup(codes: PolicyCode[], extra: Partial<CodeGroup> = {}): CodeGroup {
  return {
    heading: 'Considered Experimental/Investigational/Unproven',
    status: 'experimental-investigational-unproven',
    context: [],
    codeSystem: 'CPT',
    codes,
    ...extra,
  };
}

export function buildRelease(extra: Partial<PolicyRelease> = {}): PolicyRelease {
  return {
    schemaVersion: 1,
    source: [{ path: SOURCE_PATH, sha256: '0'.repeat(64), format: 'pdf', pages: 8 }],
    policy: {
      publisher: 'Cigna',
      number: '0558',
      title: 'Category III Current Procedural Terminology (CPT®) codes',
      effectiveDate: '2026-04-15',
      nextReviewDate: '2026-08-15',
    },
    relatedResources: ['Scar Revision', 'Yescarta (Injectable CAR-T)'],
    codeGroups: [
      codeGroup([
        codeRow('0207T', 'Evacuation of meibomian glands, automated, using heat and intermittent pressure, unilateral'),
        codeRow('0338T', 'Transcatheter renal sympathetic denervation; unilateral'),
        codeRow('0339T', 'Transcatheter renal sympathetic denervation; bilateral', 4),
      ]),
    ],
    coveredElsewhere: [
      { policy: 'Scar Revision', codes: ['0479T', '0480T'], page: 7 },
      { policy: 'Yescarta (Injectable CAR-T)', codes: ['0537T', '0538T'], page: 7 },
    ],
    revisions: [
      { type: 'Focused Review', summary: ['Revised policy statement.'], date: '2026-04-15', page: 8 },
      { type: 'Annual Review', summary: ['No clinical policy statement changes.'], date: '2025-08-15', page: 8 },
    ],
    ...extra,
  };
}

/** Prints the coding-section text of a release's rows, one line per row. */
export function printCodingText(release: PolicyRelease): PageText[] {
  return release.codeGroups.flatMap((group) => [
    { page: group.codes[0]?.page ?? 1, text: `${group.heading}:` },
    ...group.codes.map((row) => ({ page: row.page, text: `${row.code} ${row.description}` })),
  ]);
}

export function toParseResult(release: PolicyRelease, codingText = printCodingText(release)): ParseResult {
  return { release, codingText };
}
