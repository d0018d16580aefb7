// Predicates for text that belongs to a table's frame rather than to its rows: the header that
// repeats on every page and the running footer. A row made of such text was misread.

// `CPT®* Codes`, `HCPCS Codes`, `ICD-10-CM Diagnosis Codes`, `ICD-10-PCS Procedure Codes`, and
// the pieces of a header that a plain text extraction breaks over lines (`CPT`, `Codes`).
const CODE_COLUMN_HEADER =
  /^(?:(?:cpt|hcpcs|cpt\/hcpcs|icd-10|icd-10-cm|icd-10-pcs)(?: (?:diagnosis|procedure))?(?: codes?)?|(?:diagnosis |procedure )?codes?)$/;

/** Other header cells of the code, exception and revision tables. */
const OTHER_HEADERS = new Set([
  'description',
  'coverage policy',
  'category iii cpt code(s)',
  'type of revision',
  'summary of changes',
  'date',
]);

// `Page 3 of 14`, `Page 8   of 36`, `Medical Coverage Policy: 0558`.
const RUNNING_FOOTER = /\bpage\s+\d+\s+of\s+\d+\b|\bmedical coverage policy:\s*\d+/i;

export function isTableHeaderText(text: string): boolean {
  const normalized = text
    .replace(/[®*†‡§™]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return CODE_COLUMN_HEADER.test(normalized) || OTHER_HEADERS.has(normalized);
}

export function containsRunningFooter(text: string): boolean {
  return RUNNING_FOOTER.test(text);
}
