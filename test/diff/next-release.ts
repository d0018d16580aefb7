// The edits that make a next release of policy 0558 for the diff tests, applied to a copy of a
// parsed release. The same edits are made to the text and HTML renditions in the end-to-end
// tests, so every rendition must yield the diff that `expectedChanges` lists.
import type { PolicyRelease } from '../../src/model/release.ts';
import { cloneRelease, codeRow } from './release-fixture.ts';

export const NEW_CODE_DESCRIPTION =
  'Transcranial alternating electric field therapy, planning and delivery of patient-specific array layouts, including placement verification';

export const ADDED_REVISION = {
  type: 'Focused Review',
  summary: ['Removed CPT code 0207T; added CPT codes 0650T and 1026T.'],
  date: '2026-10-15',
};

export function editRelease(release: PolicyRelease): PolicyRelease {
  const next = cloneRelease(release);
  const group = next.codeGroups.find((candidate) => candidate.status === 'experimental-investigational-unproven')!;

  next.policy.effectiveDate = '2026-10-15';
  next.policy.nextReviewDate = '2027-02-15';

  group.codes = group.codes.filter((row) => row.code !== '0207T');
  const row0351 = group.codes.find((row) => row.code === '0351T')!;
  row0351.description = row0351.description.replace('excised tissue', 'resected tissue');
  const row0338 = group.codes.find((row) => row.code === '0338T')!;
  row0338.description = row0338.description.replace('arterial puncture, ', 'arterial\npuncture,  ').replace('; ', ';\n ');

  const row1025 = group.codes.find((row) => row.code === '1025T')!;
  group.codes.push(codeRow('1026T', row1025.page, NEW_CODE_DESCRIPTION));
  group.codes.push(codeRow('0650T', 3, 'Programming device evaluation (remote) of subcutaneous cardiac rhythm monitor system'));

  next.coveredElsewhere = next.coveredElsewhere.filter((row) => !row.policy.startsWith('Ambulatory External'));
  const preventive = next.coveredElsewhere.find((row) => row.policy === 'Preventive Care Services')!;
  preventive.codes = ['0403T', '0500T', '0812T'];
  next.coveredElsewhere.find((row) => row.policy === 'Idcabtagene vicleucel')!.policy = 'Idecabtagene vicleucel';

  const revisionPage = next.revisions[0]!.page;
  next.revisions.unshift({ ...ADDED_REVISION, summary: [...ADDED_REVISION.summary], page: revisionPage });
  next.revisions.find((row) => row.date === '2024-12-15')!.summary = ['Revised the policy statement.'];

  return next;
}
