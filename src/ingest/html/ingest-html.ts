import { InputError } from '../../errors.ts';
import type { LayoutDocument } from '../../model/layout.ts';

// TODO: placeholder until this ingester is built.
export function ingestHtml(_text: string, path: string): LayoutDocument {
  throw new InputError(`${path}: this format is not supported yet.`);
}
