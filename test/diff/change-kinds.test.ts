import { describe, expect, test } from 'vitest';

import { describeChange } from '../../src/diff/describe.ts';
import { diffReleases } from '../../src/diff/diff-releases.ts';
import { isNearIdentical } from '../../src/diff/similar-names.ts';
import { releasesWithEveryKind } from './every-kind.ts';
import { buildRelease0558, cloneRelease } from './release-fixture.ts';

describe('change kinds', () => {
  test('every kind described in report order', () => {
    const { old, next } = releasesWithEveryKind();
    const lines = diffReleases(old, next).changes.map((change) => `${change.class} ${change.kind}: ${describeChange(change)}`);
    expect(lines).toEqual([
      'coverage code-added: 1026T added to Considered Experimental/Investigational/Unproven',
      'coverage code-removed: 0207T removed from Considered Experimental/Investigational/Unproven',
      'coverage code-moved: 0650T moved from covered by "Ambulatory External and Implantable Electrocardiographic Monitoring" to Considered Experimental/Investigational/Unproven',
      'coverage code-moved: 1025T moved from Considered Experimental/Investigational/Unproven to Cardiology › Considered Medically Necessary',
      'coverage footnotes-changed: 0439T footnotes changed',
      'coverage exception-policy-added: Exception policy "Cardiac Omnibus Codes" added, covering 0965T',
      'coverage exception-policy-removed: Exception policy "Ambulatory External and Implantable Electrocardiographic Monitoring" removed; it covered 0650T',
      'coverage exception-codes-changed: Exception policy "Preventive Care Services": added 0812T; removed 0488T',
      'editorial description-changed: 0351T description changed',
      'editorial add-on-changed: 0342T is now an add-on code',
      'editorial not-reported-with-changed: 0957T "do not report with" list: added 0961T; removed 0960T',
      'editorial code-regrouped: 0351T moved from Considered Experimental/Investigational/Unproven to Cardiology › Considered Experimental/Investigational/Unproven',
      'editorial exception-policy-renamed: Exception policy "Idcabtagene vicleucel" renamed to "Idecabtagene vicleucel"',
      'editorial revision-added: Revision row added: 2026-10-15 Focused Review: Removed CPT code 0207T; added CPT codes 0650T and 1026T.',
      'editorial revision-changed: Earlier revision row changed from 2024-12-15 Focused Review: Revised policy statement. to 2024-12-15 Focused Review: Revised the policy statement.',
      'editorial revision-removed: Earlier revision row removed: 2024-08-15 Annual Review: No clinical policy statement changes.',
      'editorial revision-backdated: Revision row added with an earlier date: 2023-01-01 New Policy: Initial release.',
      'editorial metadata-changed: Title changed from Category III Current Procedural Terminology (CPT®) codes to Category III CPT® Codes',
      'editorial metadata-changed: Effective date changed from 2026-04-15 to 2026-10-15',
      'editorial metadata-changed: Next review date changed from 2026-08-15 to 2027-02-15',
      'editorial related-resource-added: Related resource "Cardiac Omnibus Codes" added',
      'editorial related-resource-removed: Related resource "Ablative Treatments for Malignant Breast Tumors" removed',
      'editorial related-resource-removed: Related resource "Preventive Care Services" removed',
      'editorial related-resource-renamed: Related resource "Brexucabtagene autoleucl" renamed to "Brexucabtagene autoleucel"',
    ]);
  });

  test('code moved into exception mapping', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    next.codeGroups[0]!.codes = next.codeGroups[0]!.codes.filter((row) => row.code !== '0342T');
    next.coveredElsewhere.find((row) => row.policy === 'Scar Revision')!.codes.push('0342T');
    const kinds = diffReleases(old, next).changes.map((change) => `${change.kind} ${change.pages.old}→${change.pages.new}`);
    // The exception row's new code is the same edit as the move, so it is reported once.
    expect(kinds).toEqual(['code-moved 3→7']);
  });

  test('moved code and another exception change', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    next.codeGroups[0]!.codes = next.codeGroups[0]!.codes.filter((row) => row.code !== '0342T');
    const scar = next.coveredElsewhere.find((row) => row.policy === 'Scar Revision')!;
    scar.codes.push('0342T');
    scar.codes = scar.codes.filter((code) => code !== '0480T');
    const changes = diffReleases(old, next).changes;
    expect(changes.map((change) => change.kind)).toEqual(['code-moved', 'exception-codes-changed']);
    expect(changes[1]).toMatchObject({ policy: 'Scar Revision', added: [], removed: ['0480T'] });
  });

  test('same codes under another name is no rename', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    next.coveredElsewhere.find((row) => row.policy === 'Tisagenlecleucel')!.policy = 'Kymriah (Injectable CAR-T)';
    const kinds = diffReleases(old, next).changes.map((change) => change.kind);
    expect(kinds).toEqual(['exception-policy-added', 'exception-policy-removed']);
  });

  test('near name without shared codes is no rename', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    const row = next.coveredElsewhere.find((candidate) => candidate.policy === 'Scar Revision')!;
    row.policy = 'Scar Revisions';
    row.codes = ['0999T'];
    const kinds = diffReleases(old, next).changes.map((change) => change.kind);
    expect(kinds).toEqual(['exception-policy-added', 'exception-policy-removed']);
  });

  test('corrected revision date is a changed row', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    next.revisions[5]!.date = '2024-12-16';
    const changes = diffReleases(old, next).changes;
    expect(changes.map((change) => change.kind)).toEqual(['revision-changed']);
    expect(diffReleases(old, next).summary.historyRewritten).toBe(1);
  });

  test('duplicate revision rows match one for one', () => {
    const old = buildRelease0558();
    const next = cloneRelease(old);
    next.revisions.splice(3, 1);
    const changes = diffReleases(old, next).changes;
    expect(changes.map((change) => change.kind)).toEqual(['revision-removed']);
  });

  test.each([
    ['Tisagenlecleucl', 'Tisagenlecleucel', true],
    ['Idcabtagene vicleucel', 'Idecabtagene vicleucel', true],
    ['eviCore Adult Head Imaging guideline', 'eviCore Adult Head Imaging Guidelines', true],
    ['Tisagenlecleucel', 'Idecabtagene vicleucel', false],
    ['Scar Revision', 'Scar Treatment', false],
    ['Yescarta (Injectable CAR-T)', 'Yescarta', true],
    ['Scar Revision', 'Scar Revision (Keloid)', true],
    ['Breyanzi (Injectable CAR-T)', 'Yescarta (Injectable CAR-T)', false],
  ])('%j near-identical to %j: %s', (a, b, expected) => {
    expect(isNearIdentical(a, b)).toBe(expected);
  });
});
