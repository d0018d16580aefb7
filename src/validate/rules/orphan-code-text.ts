// `orphan-code-text`: a code printed in the Coding Information section that no extracted row
// holds, which is how a row lost at a page break shows. Category III codes printed beside the
// exception table are checked against its rows too. A code-shaped token of the section's text
// is held when some row has it as its code or inside its range. Any other token must be matched,
// occurrence by occurrence, by a token of a description, footnote or group heading or by a
// not-reported-with code, so a lost row is found even when another row's note mentions its code.
// NOTE: a lost row whose code is also the code of a row in another group is not found.
import type { Finding } from '../../model/finding.ts';
import type { PageText } from '../../model/parse-result.ts';
import type { PolicyRelease } from '../../model/release.ts';
import { readPrintedCode } from '../code-rows.ts';
import { findCodeTokens } from '../code-tokens.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

interface Occurrence {
  page: number;
  line: string;
}

interface HeldCodes {
  /** Page of each mention in a row's text, by token; one printed token uses up one of them. */
  pagesByToken: Map<string, number[]>;
  /** Row codes and the codes inside printed ranges, which may be printed any number of times. */
  rowCodes: Set<string>;
}

export const orphanCodeTextRule: Rule = {
  id: 'orphan-code-text',
  severity: 'error',
  check({ result, release, path }) {
    const held = collectHeldCodes(release);
    const findings: Finding[] = [];

    for (const [token, occurrences] of collectPrintedCodes(result.codingText)) {
      if (held.rowCodes.has(token)) continue;

      // A lost row often takes several mentions of its code with it (its code cell and its own
      // "Do not report" note), so each page gets one finding per code.
      const orphans = matchOccurrences(occurrences, held.pagesByToken.get(token) ?? []);
      const firstOrphanByPage = new Map(orphans.reverse().map((orphan) => [orphan.page, orphan]));
      for (const orphan of [...firstOrphanByPage.values()].reverse()) {
        const problem =
          `code ${quote(token)} is printed in the Coding Information section (line ${quote(orphan.line, 80)}) ` +
          'but no extracted row holds it; expected a row for it. A row may have been lost at a page break.';
        findings.push(createFinding(orphanCodeTextRule, path, { page: orphan.page, jsonPath: 'codeGroups' }, problem));
      }
    }

    findings.push(...findExceptionOrphans(result.exceptionText ?? [], release, path));
    return findings;
  },
};

/**
 * Finds Category III codes printed in the exception table's section that no exception row or
 * code row holds. An exception table that was not recognized (a missing or reworded header)
 * shows this way, because its rows become plain text.
 */
function findExceptionOrphans(lines: PageText[], release: PolicyRelease, path: string): Finding[] {
  const extractedCodes = new Set(release.coveredElsewhere.flatMap((entry) => entry.codes));
  for (const group of release.codeGroups) {
    for (const row of group.codes) {
      for (const code of readPrintedCode(row.code).codes) extractedCodes.add(code);
    }
  }

  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { page, text } of lines) {
    for (const token of findCodeTokens(text)) {
      if (!/^\d{4}T$/.test(token) || extractedCodes.has(token) || reported.has(token)) continue;
      reported.add(token);
      const problem =
        `Category III code ${quote(token)} is printed beside the exception table (line ${quote(text, 80)}) ` +
        'but no exception row or code row holds it; expected an exception row for it. The table may have been misread.';
      findings.push(createFinding(orphanCodeTextRule, path, { page, jsonPath: 'coveredElsewhere' }, problem));
    }
  }
  return findings;
}

function collectPrintedCodes(codingText: PageText[]): Map<string, Occurrence[]> {
  const occurrencesByToken = new Map<string, Occurrence[]>();
  for (const { page, text } of codingText) {
    for (const token of findCodeTokens(text)) {
      const occurrences = occurrencesByToken.get(token) ?? [];
      occurrences.push({ page, line: text });
      occurrencesByToken.set(token, occurrences);
    }
  }
  return occurrencesByToken;
}

function collectHeldCodes(release: PolicyRelease): HeldCodes {
  const held: HeldCodes = { pagesByToken: new Map(), rowCodes: new Set() };
  const hold = (token: string, page: number, times = 1): void => {
    const pages = held.pagesByToken.get(token) ?? [];
    for (let time = 0; time < times; time += 1) pages.push(page);
    held.pagesByToken.set(token, pages);
  };

  for (const group of release.codeGroups) {
    const groupPage = group.codes[0]?.page ?? 0;
    for (const token of findCodeTokens([group.heading, ...group.context].join(' '))) hold(token, groupPage);

    for (const row of group.codes) {
      for (const code of [...readPrintedCode(row.code).codes, ...findCodeTokens(row.code)]) held.rowCodes.add(code);

      // The not-reported-with codes are usually read from the description itself, so a token
      // counts as often as the larger of the two mentions it.
      const textTokens = countTokens(findCodeTokens([row.description, ...row.footnotes.map((note) => note.text)].join(' ')));
      const listedTokens = countTokens(row.notReportedWith.flatMap(findCodeTokens));
      for (const token of new Set([...textTokens.keys(), ...listedTokens.keys()])) {
        hold(token, row.page, Math.max(textTokens.get(token) ?? 0, listedTokens.get(token) ?? 0));
      }
    }
  }
  return held;
}

function countTokens(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * Pairs printed occurrences with held ones, same page first, and returns the printed ones left
 * over. A row's page is where it starts, so text on the continuation page of a split row is
 * paired in the second pass.
 */
function matchOccurrences(printed: Occurrence[], heldPages: number[]): Occurrence[] {
  const remaining = [...heldPages];
  const unmatched: Occurrence[] = [];

  for (const occurrence of printed) {
    const index = remaining.indexOf(occurrence.page);
    if (index === -1) unmatched.push(occurrence);
    else remaining.splice(index, 1);
  }
  return unmatched.slice(remaining.length);
}
