// Reads a document named on the command line, turning file-system failures into input errors.
import { readFile, stat } from 'node:fs/promises';

import { InputError } from '../errors.ts';

/** Documents larger than this are rejected before parsing (no real policy comes close). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export async function readInputFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError(`${path}: is a directory; expected a policy document (PDF, HTML or text).`);
    }
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: file not found or not readable (${describeFsError(error)}); check the path.`);
  }

  if (size > MAX_DOCUMENT_BYTES) {
    throw new InputError(
      `${path}: the file is ${size} bytes, over the limit of ${MAX_DOCUMENT_BYTES}; expected a single policy document.`,
    );
  }
  return new Uint8Array(await readFile(path));
}

function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String(error.code);
  return String(error);
}
