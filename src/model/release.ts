// The normalized release, schema version 1. Every consumer of generated/ depends on these
// field names, so a change here is a schema change.

export const SCHEMA_VERSION = 1;

export type SourceFormat = 'pdf' | 'html' | 'txt';

export interface SourceRef {
  /** Path as given to the tool, with `/` separators. */
  path: string;
  sha256: string;
  format: SourceFormat;
  pages: number;
}

export interface PolicyMetadata {
  publisher: string;
  number: string;
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  effectiveDate: string;
  /** ISO date, or null when the document prints none. */
  nextReviewDate: string | null;
}

export type CoverageStatus =
  | 'medically-necessary'
  | 'not-medically-necessary'
  | 'experimental-investigational-unproven'
  | 'not-covered'
  | 'other';

export type CodeSystem = 'CPT' | 'HCPCS' | 'ICD-10-CM' | 'ICD-10-PCS';

/** `MAAA`: CPT administrative codes for Multianalyte Assays with Algorithmic Analyses (`0015M`). */
export type CodeKind = 'CPT-I' | 'CPT-II' | 'CPT-III' | 'PLA' | 'MAAA' | 'HCPCS' | 'ICD-10-CM' | 'ICD-10-PCS';

export interface Footnote {
  marker: string;
  text: string;
}

export interface PolicyCode {
  /** The code as printed, without footnote markers; a range keeps its printed form. */
  code: string;
  /** Null when the code matches no known code format (the `code-format` rule reports it). */
  kind: CodeKind | null;
  description: string;
  addOn: boolean;
  notReportedWith: string[];
  footnotes: Footnote[];
  page: number;
}

export interface CodeGroup {
  heading: string;
  status: CoverageStatus;
  context: string[];
  codeSystem: CodeSystem;
  codes: PolicyCode[];
}

export interface CoveredElsewhere {
  policy: string;
  codes: string[];
  page: number;
}

export interface Revision {
  type: string;
  summary: string[];
  /** ISO date. */
  date: string;
  page: number;
}

export interface PolicyRelease {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceRef[];
  policy: PolicyMetadata;
  relatedResources: string[];
  codeGroups: CodeGroup[];
  coveredElsewhere: CoveredElsewhere[];
  revisions: Revision[];
}
