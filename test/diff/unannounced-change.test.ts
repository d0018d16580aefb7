import { describe, expect, test } from 'vitest';

import { reportsNoChanges } from '../../src/diff/announcement.ts';
import { diffReleases } from '../../src/diff/diff-releases.ts';
import { findUnannouncedChanges } from '../../src/validate/rules/unannounced-change.ts';
import { editRelease } from './next-release.ts';
import { buildRelease0558, cloneRelease } from './release-fixture.ts';

const PATH = 'sources/cigna-0558/2026-10-15.pdf';

describe('unannounced changes', () => {
  const old = buildRelease0558();

  test('no revision row added', () => {
    const next = editRelease(old);
    next.revisions.shift();
    const diff = diffReleases(old, next);
    expect(diff.unannounced?.reason).toBe('no-revision-added');
    expect(diff.unannounced?.changes).toHaveLength(5);
    expect(diff.unannounced?.changes[1]).toBe('0207T removed from Considered Experimental/Investigational/Unproven');
  });

  test('newest row reports no changes', () => {
    const next = editRelease(old);
    next.revisions[0]!.summary = ['No clinical policy statement changes.'];
    const diff = diffReleases(old, next);
    expect(diff.unannounced?.reason).toBe('revision-reports-no-changes');
    expect(diff.unannounced?.newestRevision?.date).toBe('2026-10-15');
  });

  test('editorial changes alone are not flagged', () => {
    const next = cloneRelease(old);
    next.codeGroups[0]!.codes[0]!.description += ' (revised)';
    expect(diffReleases(old, next).unannounced).toBeNull();
  });

  test.each([
    ['No clinical policy statement changes.', true],
    ['No policy statement changes', true],
    ['No coverage changes.', true],
    ['No changes to the policy statement.', true],
    ['Revised policy statement.', false],
    ['Removed CPT code 0207T.', false],
  ])('summary %j reports no changes: %s', (summary, expected) => {
    expect(reportsNoChanges([summary])).toBe(expected);
  });
});

describe('findUnannouncedChanges', () => {
  const old = buildRelease0558();

  test('warning at the newest revision row', () => {
    const next = editRelease(old);
    next.revisions[0]!.summary = ['No clinical policy statement changes.'];
    const findings = findUnannouncedChanges(old, next, PATH);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.rule).toBe('unannounced-change');
    expect(finding?.severity).toBe('warning');
    expect(finding?.path).toBe(PATH);
    expect(finding?.page).toBe(8);
    expect(finding?.jsonPath).toBe('revisions[0]');
    expect(finding?.message).toContain('5 coverage changes against the release of 2026-04-15');
    expect(finding?.message).toContain('1026T added to Considered Experimental/Investigational/Unproven');
    expect(finding?.message).toContain('says "No clinical policy statement changes"');
  });

  test('release without revision rows has no page', () => {
    const next = editRelease(old);
    next.revisions = [];
    const [finding] = findUnannouncedChanges(old, next, PATH);
    expect(finding?.page).toBeNull();
    expect(finding?.jsonPath).toBe('revisions');
    expect(finding?.message).toContain('the new release adds no revision row');
  });

  test('long lists are counted', () => {
    const next = editRelease(old);
    next.revisions.shift();
    next.codeGroups[0]!.codes = [];
    const [finding] = findUnannouncedChanges(old, next, PATH);
    expect(finding?.message).toMatch(/; and \d+ more\)/);
  });

  test('announced changes give no finding', () => {
    expect(findUnannouncedChanges(old, editRelease(old), PATH)).toEqual([]);
  });
});
