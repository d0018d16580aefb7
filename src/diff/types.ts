// The release diff: what changed between two releases of one policy, as plain data that the
// Markdown, HTML and JSON reports render. `generated/diffs/**.json` is this object, so a change
// to these field names is a schema change (see src/schema/diff.ts).
import type { CodeKind, CodeSystem, CoverageStatus, Footnote } from '../model/release.ts';

export const DIFF_SCHEMA_VERSION = 1;

/**
 * Whether a change can alter what a plan pays for. `coverage` changes are the ones a reviewer
 * must check against the publisher's announcement; `editorial` ones change wording or records.
 */
export type ChangeClass = 'coverage' | 'editorial';

/**
 * Every change kind with its class, in report order. The class follows from what the policy
 * decides: which codes it lists, under which status, and which other policy covers them.
 *
 * - Coverage: a code entering or leaving a list, a code moving between statuses (including into
 *   or out of the exception mapping), a footnote change (footnotes carry conditions such as
 *   "covered only when …"), and any change to which codes another policy covers.
 * - Editorial: descriptors, which are the AMA's wording for the same service. Add-on and
 *   "do not report with" notes, which are coding instructions, not coverage. A heading that
 *   changes while the status stays, a renamed exception policy with the same codes, revision
 *   rows, metadata and related resources.
 */
export const CHANGE_CLASS = {
  'code-added': 'coverage',
  'code-removed': 'coverage',
  'code-moved': 'coverage',
  'footnotes-changed': 'coverage',
  'exception-policy-added': 'coverage',
  'exception-policy-removed': 'coverage',
  'exception-codes-changed': 'coverage',
  'description-changed': 'editorial',
  'add-on-changed': 'editorial',
  'not-reported-with-changed': 'editorial',
  'code-regrouped': 'editorial',
  'exception-policy-renamed': 'editorial',
  'revision-added': 'editorial',
  'revision-changed': 'editorial',
  'revision-removed': 'editorial',
  'revision-backdated': 'editorial',
  'metadata-changed': 'editorial',
  'related-resource-added': 'editorial',
  'related-resource-removed': 'editorial',
  'related-resource-renamed': 'editorial',
} as const satisfies Record<string, ChangeClass>;

export type ChangeKind = keyof typeof CHANGE_CLASS;

export const CHANGE_KINDS = Object.keys(CHANGE_CLASS) as ChangeKind[];

/** Revision-row changes that alter rows the previous release already printed. */
export const HISTORY_REWRITE_KINDS: readonly ChangeKind[] = ['revision-changed', 'revision-removed', 'revision-backdated'];

/** Page of the change in the old and the new release; null where that side has no such row. */
export interface PagePair {
  old: number | null;
  new: number | null;
}

interface ChangeBase<K extends ChangeKind> {
  kind: K;
  class: (typeof CHANGE_CLASS)[K];
  pages: PagePair;
}

interface CodeChangeBase<K extends ChangeKind> extends ChangeBase<K> {
  code: string;
  codeSystem: CodeSystem;
}

/** One code table that lists a code. */
export interface GroupPlacement {
  status: CoverageStatus;
  heading: string;
  context: string[];
}

/** A code's place in a release: the code tables that list it and the policies that cover it. */
export interface CodePlacement {
  groups: GroupPlacement[];
  coveredElsewhere: string[];
}

export interface CodeListedChange<K extends 'code-added' | 'code-removed'> extends CodeChangeBase<K> {
  codeKind: CodeKind | null;
  description: string;
  placement: CodePlacement;
}

/** A code whose placement changed: between statuses, or between a list and the exception mapping. */
export interface CodePlacementChange<K extends 'code-moved' | 'code-regrouped'> extends CodeChangeBase<K> {
  from: CodePlacement;
  to: CodePlacement;
}

export interface WordPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

export interface DescriptionChange extends CodeChangeBase<'description-changed'> {
  before: string;
  after: string;
  /** Word-level diff of the whitespace-folded descriptions. */
  words: WordPart[];
}

export interface AddOnChange extends CodeChangeBase<'add-on-changed'> {
  before: boolean;
  after: boolean;
}

export interface NotReportedWithChange extends CodeChangeBase<'not-reported-with-changed'> {
  added: string[];
  removed: string[];
}

export interface FootnotesChange extends CodeChangeBase<'footnotes-changed'> {
  before: Footnote[];
  after: Footnote[];
}

export interface ExceptionPolicyListedChange<K extends 'exception-policy-added' | 'exception-policy-removed'>
  extends ChangeBase<K> {
  policy: string;
  codes: string[];
}

export interface ExceptionCodesChange extends ChangeBase<'exception-codes-changed'> {
  policy: string;
  added: string[];
  removed: string[];
}

export interface ExceptionRenameChange extends ChangeBase<'exception-policy-renamed'> {
  before: string;
  after: string;
  /** Codes of the renamed row in the new release. */
  codes: string[];
}

export interface RevisionRow {
  type: string;
  summary: string[];
  date: string;
}

export interface RevisionListedChange<K extends 'revision-added' | 'revision-removed' | 'revision-backdated'>
  extends ChangeBase<K> {
  revision: RevisionRow;
}

export interface RevisionChange extends ChangeBase<'revision-changed'> {
  before: RevisionRow;
  after: RevisionRow;
}

export type MetadataField = 'publisher' | 'number' | 'title' | 'effectiveDate' | 'nextReviewDate';

export interface MetadataChange extends ChangeBase<'metadata-changed'> {
  field: MetadataField;
  before: string | null;
  after: string | null;
}

export interface RelatedResourceListedChange<K extends 'related-resource-added' | 'related-resource-removed'>
  extends ChangeBase<K> {
  name: string;
}

export interface RelatedResourceRenameChange extends ChangeBase<'related-resource-renamed'> {
  before: string;
  after: string;
}

export type Change =
  | CodeListedChange<'code-added'>
  | CodeListedChange<'code-removed'>
  | CodePlacementChange<'code-moved'>
  | CodePlacementChange<'code-regrouped'>
  | DescriptionChange
  | AddOnChange
  | NotReportedWithChange
  | FootnotesChange
  | ExceptionPolicyListedChange<'exception-policy-added'>
  | ExceptionPolicyListedChange<'exception-policy-removed'>
  | ExceptionCodesChange
  | ExceptionRenameChange
  | RevisionListedChange<'revision-added'>
  | RevisionListedChange<'revision-removed'>
  | RevisionListedChange<'revision-backdated'>
  | RevisionChange
  | MetadataChange
  | RelatedResourceListedChange<'related-resource-added'>
  | RelatedResourceListedChange<'related-resource-removed'>
  | RelatedResourceRenameChange;

export interface ReleaseRef {
  effectiveDate: string;
  /** Source paths of the release's renditions. */
  sources: string[];
}

export interface DiffSummary {
  coverage: number;
  editorial: number;
  total: number;
  /** Revision rows of the old release that the new one changed, dropped or back-dated. */
  historyRewritten: number;
  /** Every change kind, zero included, in report order. */
  byKind: Record<ChangeKind, number>;
}

/**
 * Coverage changes that the new release's revision table does not announce: it adds no revision
 * row, or its newest row states that there were no policy statement changes.
 */
export interface UnannouncedChanges {
  reason: 'no-revision-added' | 'revision-reports-no-changes';
  /** The newest revision row of the new release, or null when it has none. */
  newestRevision: (RevisionRow & { page: number }) | null;
  /** One line per coverage change, as the reports print them. */
  changes: string[];
}

export interface ReleaseDiff {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  policy: { publisher: string; number: string; title: string };
  old: ReleaseRef;
  new: ReleaseRef;
  summary: DiffSummary;
  unannounced: UnannouncedChanges | null;
  /** Coverage changes first, then editorial ones, each in `CHANGE_KINDS` order. */
  changes: Change[];
}
