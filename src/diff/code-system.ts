// The code system of a code printed without a table header, as in the exception mapping
// (`0537T, 0538T`), so those codes can be matched with the same codes in the code tables.
import { classifyCode } from '../codes/code-systems.ts';
import type { CodeKind, CodeSystem } from '../model/release.ts';

const SYSTEM_OF_KIND: Record<CodeKind, CodeSystem> = {
  'CPT-I': 'CPT',
  'CPT-II': 'CPT',
  'CPT-III': 'CPT',
  PLA: 'CPT',
  MAAA: 'CPT',
  HCPCS: 'HCPCS',
  'ICD-10-CM': 'ICD-10-CM',
  'ICD-10-PCS': 'ICD-10-PCS',
};

/** Returns the system of the code's format, or `CPT` when it has none (exception tables list CPT codes). */
export function inferCodeSystem(code: string): CodeSystem {
  const kind = classifyCode(code.toUpperCase());
  return kind === null ? 'CPT' : SYSTEM_OF_KIND[kind];
}
