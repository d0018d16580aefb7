// `rendition-disagreement`: two renditions of one release (PDF, HTML, text) that extract to
// different releases. Every field is compared except `source` and the `page` values, which
// differ between formats by nature. Code rows are paired by code, so one lost row gives one
// finding rather than a shifted comparison of every row after it.
import { diffArrays } from 'diff';

import type { Finding } from '../../model/finding.ts';
import type { PolicyCode, PolicyRelease } from '../../model/release.ts';
import { createFinding, quote, type Rule } from '../rule.ts';

export interface Rendition {
  path: string;
  release: PolicyRelease;
}

export const renditionDisagreementRule: Rule = {
  id: 'rendition-disagreement',
  severity: 'error',
  // Needs two releases, so `validateRelease` does not run it; see `compareRenditions`.
  check: () => [],
};

interface Difference {
  jsonPath: string;
  /** Page in the first rendition, when the difference sits in a row that has one. */
  page: number | null;
  /** The code whose row differs, when it does. */
  code: string | null;
  left: unknown;
  right: unknown;
  /** Set when a code row is in one rendition only. */
  missingFrom?: 'left' | 'right';
}

export function compareRenditions(a: Rendition, b: Rendition): Finding[] {
  const differences: Difference[] = [];
  const { source: _sourceA, codeGroups: groupsA, ...restA } = a.release;
  const { source: _sourceB, codeGroups: groupsB, ...restB } = b.release;

  const { relatedResources: resourcesA, coveredElsewhere: exceptionsA, revisions: revisionsA, ...headA } = restA;
  const { relatedResources: resourcesB, coveredElsewhere: exceptionsB, revisions: revisionsB, ...headB } = restB;

  compareValues(headA, headB, '', { page: null, code: null }, differences);
  compareRows(resourcesA, resourcesB, 'relatedResources', differences);
  compareGroups(groupsA, groupsB, differences);
  compareRows(exceptionsA, exceptionsB, 'coveredElsewhere', differences);
  compareRows(revisionsA, revisionsB, 'revisions', differences);

  return differences.map((difference) => {
    const location = { page: difference.page, jsonPath: difference.jsonPath };
    return createFinding(renditionDisagreementRule, a.path, location, describeDifference(difference, a.path, b.path));
  });
}

function describeDifference(difference: Difference, pathA: string, pathB: string): string {
  const advice = 'expected the same release from both; check which rendition the extraction misreads.';
  if (difference.missingFrom) {
    const [present, absent] = difference.missingFrom === 'right' ? [pathA, pathB] : [pathB, pathA];
    return `code ${quote(difference.code ?? '')} has a row in ${present} but none in ${absent}; ${advice}`;
  }

  const subject = difference.code === null ? '' : ` of ${quote(difference.code)}`;
  const [left, right] = describeValues(difference.left, difference.right);
  return `renditions disagree on ${difference.jsonPath}${subject}: ${left} in ${pathA}, ${right} in ${pathB}; ${advice}`;
}

interface Where {
  page: number | null;
  code: string | null;
}

function compareGroups(left: PolicyRelease['codeGroups'], right: PolicyRelease['codeGroups'], out: Difference[]): void {
  const count = Math.max(left.length, right.length);
  for (let index = 0; index < count; index += 1) {
    const jsonPath = `codeGroups[${index}]`;
    const groupA = left[index];
    const groupB = right[index];
    if (!groupA || !groupB) {
      out.push({ jsonPath, page: groupA?.codes[0]?.page ?? null, code: null, left: groupA?.heading, right: groupB?.heading });
      continue;
    }

    const { codes: codesA, ...restA } = groupA;
    const { codes: codesB, ...restB } = groupB;
    compareValues(restA, restB, jsonPath, { page: codesA[0]?.page ?? null, code: null }, out);
    compareCodes(codesA, codesB, `${jsonPath}.codes`, out);
  }
}

/** Pairs rows by code in order of appearance, then compares each pair field by field. */
function compareCodes(left: PolicyCode[], right: PolicyCode[], jsonPath: string, out: Difference[]): void {
  const unpairedRight = right.map((row, index) => ({ row, index }));

  left.forEach((rowA, indexA) => {
    const pairIndex = unpairedRight.findIndex(({ row }) => row.code === rowA.code);
    const where = { page: rowA.page, code: rowA.code };
    if (pairIndex === -1) {
      out.push({ jsonPath: `${jsonPath}[${indexA}]`, ...where, left: rowA, right: undefined, missingFrom: 'right' });
      return;
    }
    const [pair] = unpairedRight.splice(pairIndex, 1);
    const { page: _pageA, ...fieldsA } = rowA;
    const { page: _pageB, ...fieldsB } = (pair as { row: PolicyCode }).row;
    compareValues(fieldsA, fieldsB, `${jsonPath}[${indexA}]`, where, out);
  });

  for (const { row, index } of unpairedRight) {
    out.push({ jsonPath: `${jsonPath}[${index}]`, page: null, code: row.code, left: undefined, right: row, missingFrom: 'left' });
  }
}

/**
 * Aligns two lists of rows (revision rows, exception rows, resource names) with a longest
 * common subsequence, so one row inserted in one rendition gives one finding rather than a
 * shifted comparison of every row after it. A run of rows replaced by as many rows is
 * compared field by field.
 */
function compareRows(left: readonly unknown[], right: readonly unknown[], jsonPath: string, out: Difference[]): void {
  const changes = diffArrays([...left], [...right], { comparator: (a, b) => sameWithoutPages(a, b) });
  let indexA = 0;
  let indexB = 0;

  for (let position = 0; position < changes.length; position += 1) {
    const change = changes[position]!;
    const next = changes[position + 1];
    if (!change.added && !change.removed) {
      indexA += change.count ?? change.value.length;
      indexB += change.count ?? change.value.length;
      continue;
    }

    if (change.removed && next?.added && next.value.length === change.value.length) {
      change.value.forEach((row, offset) => {
        const item = `${jsonPath}[${indexA + offset}]`;
        compareValues(row, next.value[offset], item, { page: pageOf(row), code: null }, out);
      });
      indexA += change.value.length;
      indexB += next.value.length;
      position += 1;
      continue;
    }

    for (const row of change.value) {
      if (change.removed) {
        out.push({ jsonPath: `${jsonPath}[${indexA}]`, page: pageOf(row), code: null, left: row, right: undefined });
        indexA += 1;
      } else {
        out.push({ jsonPath: `${jsonPath}[${indexB}]`, page: null, code: null, left: undefined, right: row });
        indexB += 1;
      }
    }
  }
}

function sameWithoutPages(left: unknown, right: unknown): boolean {
  const differences: Difference[] = [];
  compareValues(left, right, '', { page: null, code: null }, differences);
  return differences.length === 0;
}

/** Walks two JSON values together, skipping `page` keys, and records each leaf that differs. */
function compareValues(left: unknown, right: unknown, jsonPath: string, where: Where, out: Difference[]): void {
  if (Array.isArray(left) && Array.isArray(right)) {
    const count = Math.max(left.length, right.length);
    for (let index = 0; index < count; index += 1) {
      const item = left[index] ?? right[index];
      compareValues(left[index], right[index], `${jsonPath}[${index}]`, { ...where, page: pageOf(item) ?? where.page }, out);
    }
    return;
  }

  if (isRecord(left) && isRecord(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => key !== 'page');
    for (const key of keys) {
      compareValues(left[key], right[key], jsonPath === '' ? key : `${jsonPath}.${key}`, where, out);
    }
    return;
  }

  if (left !== right) out.push({ jsonPath, ...where, left, right });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pageOf(value: unknown): number | null {
  return isRecord(value) && typeof value.page === 'number' ? value.page : null;
}

/** Quotes both values; two long strings are cut to the stretch around their first difference. */
function describeValues(left: unknown, right: unknown): [string, string] {
  if (typeof left === 'string' && typeof right === 'string' && Math.max(left.length, right.length) > 100) {
    let index = 0;
    while (index < left.length && left[index] === right[index]) index += 1;
    const start = Math.max(0, index - 30);
    const cut = (text: string): string => `${start > 0 ? '…' : ''}${text.slice(start, index + 50)}`;
    return [quote(cut(left)), quote(cut(right))];
  }
  return [describeValue(left), describeValue(right)];
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value, 200);
  return quote(JSON.stringify(value), 200);
}
