// A pair of releases whose diff holds every change kind at least once, for tests that must see
// each kind rendered or validated.
import type { PolicyRelease } from '../../src/model/release.ts';
import { editRelease } from './next-release.ts';
import { buildRelease0558 } from './release-fixture.ts';

export function releasesWithEveryKind(): { old: PolicyRelease; next: PolicyRelease } {
  const old = buildRelease0558();
  old.codeGroups.push({
    heading: 'Considered Medically Necessary',
    status: 'medically-necessary',
    context: ['Cardiology'],
    codeSystem: 'CPT',
    codes: [],
  });
  const next = editRelease(old);
  const [experimental, necessary] = next.codeGroups;
  const rowOf = (code: string) => experimental!.codes.find((row) => row.code === code)!;

  // add-on, "do not report with" and footnote changes on listed codes
  rowOf('0342T').addOn = true;
  rowOf('0957T').notReportedWith = ['0958T', '0961T'];
  rowOf('0439T').footnotes = [{ marker: '†', text: 'Covered only with a cardiology referral.' }];

  // 1025T to another status, and a same-status group under a new context: moved and regrouped
  const row1025 = rowOf('1025T');
  experimental!.codes = experimental!.codes.filter((row) => row !== row1025);
  necessary!.codes.push(row1025);
  next.codeGroups.push({
    heading: 'Considered Experimental/Investigational/Unproven',
    status: 'experimental-investigational-unproven',
    context: ['Cardiology'],
    codeSystem: 'CPT',
    codes: [experimental!.codes.find((row) => row.code === '0351T')!],
  });
  experimental!.codes = experimental!.codes.filter((row) => row.code !== '0351T');

  next.coveredElsewhere.push({ policy: 'Cardiac Omnibus Codes', codes: ['0965T'], page: 7 });
  next.revisions = next.revisions.filter((row) => row.date !== '2024-08-15');
  next.revisions.push({ type: 'New Policy', summary: ['Initial release.'], date: '2023-01-01', page: 8 });
  next.policy.title = 'Category III CPT® Codes';
  next.relatedResources = ['Brexucabtagene autoleucel', 'Scar Revision', 'Cardiac Omnibus Codes'];
  old.relatedResources.push('Preventive Care Services');

  return { old, next };
}
