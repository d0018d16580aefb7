import type { LayoutDocument } from '../../model/layout.ts';

// TODO: placeholder until the PDF ingester lands.
export async function ingestPdf(_bytes: Uint8Array, _path: string): Promise<LayoutDocument> {
  throw new Error('ingestPdf is not built yet');
}
