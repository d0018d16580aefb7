// A validation finding: plain data, so the CLI can print it as text, JSON or CI annotations.

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable rule id, for example `code-format`. */
  rule: string;
  severity: Severity;
  /** Source path the finding is about (the first rendition when there are several). */
  path: string;
  /** Page in that source, or null when the finding is about the document as a whole. */
  page: number | null;
  /** JSON path into the release, for example `codeGroups[0].codes[3].code`. */
  jsonPath: string;
  message: string;
}
