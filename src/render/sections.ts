// Section order and the wording of counts and pages, shared by the Markdown and HTML reports so
// that both formats show the same report.
import { describeUnannouncedReason } from '../diff/announcement.ts';
import { KIND_TITLES } from '../diff/describe.ts';
import { CHANGE_CLASS, CHANGE_KINDS, type Change, type ChangeClass, type ChangeKind, type PagePair, type ReleaseDiff } from '../diff/types.ts';

export interface KindSection {
  kind: ChangeKind;
  title: string;
  changes: Change[];
}

export interface ClassSection {
  class: ChangeClass;
  /** Anchor of the section in the HTML report. */
  id: string;
  title: string;
  kinds: KindSection[];
}

export const CLASS_TITLES: Record<ChangeClass, string> = {
  coverage: 'Coverage changes',
  editorial: 'Editorial changes',
};

/** Groups the changes by class (coverage first) and kind, leaving out empty kinds. */
export function groupChanges(diff: ReleaseDiff): ClassSection[] {
  return (['coverage', 'editorial'] as const).map((changeClass) => ({
    class: changeClass,
    id: changeClass,
    title: CLASS_TITLES[changeClass],
    kinds: CHANGE_KINDS.filter((kind) => CHANGE_CLASS[kind] === changeClass)
      .map((kind) => ({ kind, title: KIND_TITLES[kind], changes: diff.changes.filter((change) => change.kind === kind) }))
      .filter((section) => section.changes.length > 0),
  }));
}

export function reportTitle(diff: ReleaseDiff): string {
  return `${diff.policy.publisher} ${diff.policy.number}: ${diff.old.effectiveDate} → ${diff.new.effectiveDate}`;
}

/** `page 3 → 6`, `page – → 6`, or an empty string when neither side has a page. */
export function formatPages(pages: PagePair): string {
  if (pages.old === null && pages.new === null) return '';
  return `page ${pages.old ?? '–'} → ${pages.new ?? '–'}`;
}

export function unannouncedHeadline(diff: ReleaseDiff): string | null {
  const unannounced = diff.unannounced;
  if (!unannounced) return null;

  const count = unannounced.changes.length;
  return (
    `${count} coverage ${count === 1 ? 'change' : 'changes'}, but ${describeUnannouncedReason(unannounced)}. ` +
    'Check these against the publisher’s announcement first:'
  );
}

export function historyHeadline(diff: ReleaseDiff): string | null {
  const count = diff.summary.historyRewritten;
  if (count === 0) return null;

  const rows = count === 1 ? '1 revision row' : `${count} revision rows`;
  return `${rows} of the previous release changed, vanished or reappeared with an earlier date.`;
}
