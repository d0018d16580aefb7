import { describe, expect, test } from 'vitest';

import { diffReleases } from '../../src/diff/diff-releases.ts';
import type { Change } from '../../src/diff/types.ts';
import { ADDED_REVISION, editRelease, NEW_CODE_DESCRIPTION } from './next-release.ts';
import { buildRelease0558, cloneRelease } from './release-fixture.ts';

/** Kind, class and the code or name a change is about, with its pages. */
function outline(change: Change): string {
  const subject =
    'code' in change
      ? change.code
      : 'policy' in change
        ? change.policy
        : 'field' in change
          ? change.field
          : change.kind === 'revision-changed'
            ? change.after.date
            : 'revision' in change
              ? change.revision.date
              : '';
  return `${change.class} ${change.kind} ${subject} ${change.pages.old ?? '-'}→${change.pages.new ?? '-'}`;
}

function find<K extends Change['kind']>(changes: Change[], kind: K): Extract<Change, { kind: K }>[] {
  return changes.filter((change): change is Extract<Change, { kind: K }> => change.kind === kind);
}

describe('diffReleases', () => {
  const old = buildRelease0558();
  const diff = diffReleases(old, editRelease(old));

  test('golden diff lists every edit and nothing else', () => {
    expect(diff.changes.map(outline)).toEqual([
      'coverage code-added 1026T -→6',
      'coverage code-removed 0207T 3→-',
      'coverage code-moved 0650T 7→3',
      'coverage exception-policy-removed Ambulatory External and Implantable Electrocardiographic Monitoring 7→-',
      'coverage exception-codes-changed Preventive Care Services 7→7',
      'editorial description-changed 0351T 3→3',
      'editorial exception-policy-renamed  7→7',
      'editorial revision-added 2026-10-15 -→8',
      'editorial revision-changed 2024-12-15 8→8',
      'editorial metadata-changed effectiveDate -→-',
      'editorial metadata-changed nextReviewDate -→-',
    ]);
  });

  test('summary counts both classes', () => {
    expect(diff.summary.coverage).toBe(5);
    expect(diff.summary.editorial).toBe(6);
    expect(diff.summary.total).toBe(11);
    expect(diff.summary.historyRewritten).toBe(1);
    expect(diff.summary.byKind['code-added']).toBe(1);
    expect(diff.summary.byKind['metadata-changed']).toBe(2);
    expect(diff.summary.byKind['footnotes-changed']).toBe(0);
  });

  test('added and removed codes carry description and status', () => {
    const [added] = find(diff.changes, 'code-added');
    expect(added?.description).toBe(NEW_CODE_DESCRIPTION);
    expect(added?.codeKind).toBe('CPT-III');
    expect(added?.placement.groups.map((group) => group.status)).toEqual(['experimental-investigational-unproven']);

    const [removed] = find(diff.changes, 'code-removed');
    expect(removed?.description).toMatch(/^Evacuation of meibomian glands/);
    expect(removed?.placement.coveredElsewhere).toEqual([]);
  });

  test('code moved out of exception mapping', () => {
    const [moved] = find(diff.changes, 'code-moved');
    expect(moved?.from).toEqual({
      groups: [],
      coveredElsewhere: ['Ambulatory External and Implantable Electrocardiographic Monitoring'],
    });
    expect(moved?.to.groups.map((group) => group.heading)).toEqual(['Considered Experimental/Investigational/Unproven']);
    expect(moved?.to.coveredElsewhere).toEqual([]);
  });

  test('description change is word level', () => {
    const [described] = find(diff.changes, 'description-changed');
    const changed = described?.words.filter((part) => part.op !== 'equal');
    expect(changed).toEqual([
      { op: 'removed', text: 'excised' },
      { op: 'added', text: 'resected' },
    ]);
    expect(described?.words.map((part) => (part.op === 'added' ? '' : part.text)).join('')).toBe(
      old.codeGroups[0]!.codes.find((row) => row.code === '0351T')!.description,
    );
  });

  test('re-wrapped description is no change', () => {
    expect(diff.changes.filter((change) => 'code' in change && change.code === '0338T')).toEqual([]);
  });

  test('exception codes added and removed', () => {
    const [codes] = find(diff.changes, 'exception-codes-changed');
    expect(codes?.added).toEqual(['0812T']);
    expect(codes?.removed).toEqual(['0488T']);
  });

  test('renamed exception policy keeps its codes', () => {
    const [renamed] = find(diff.changes, 'exception-policy-renamed');
    expect(renamed?.before).toBe('Idcabtagene vicleucel');
    expect(renamed?.after).toBe('Idecabtagene vicleucel');
    expect(renamed?.codes).toEqual(['0537T', '0538T', '0539T', '0540T']);
  });

  test('revision rows added and rewritten', () => {
    const [added] = find(diff.changes, 'revision-added');
    expect(added?.revision).toEqual(ADDED_REVISION);

    const [rewritten] = find(diff.changes, 'revision-changed');
    expect(rewritten?.before.summary).toEqual(['Revised policy statement.']);
    expect(rewritten?.after.summary).toEqual(['Revised the policy statement.']);
  });

  test('announced changes are not flagged', () => {
    expect(diff.unannounced).toBeNull();
  });

  test('identical releases give no changes', () => {
    const same = diffReleases(old, cloneRelease(old));
    expect(same.changes).toEqual([]);
    expect(same.summary.total).toBe(0);
    expect(same.unannounced).toBeNull();
  });

  test('same inputs give equal output', () => {
    expect(JSON.stringify(diffReleases(old, editRelease(old)))).toBe(JSON.stringify(diff));
  });
});
