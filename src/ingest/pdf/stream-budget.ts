// A decompression-bomb guard run before pdf.js: every Flate-compressed stream is inflated with
// a ceiling on its output, so a file of a few hundred KiB that would expand to gigabytes is
// rejected at once instead of exhausting memory inside pdf.js.
import { inflateSync } from 'node:zlib';

import { InputError } from '../../errors.ts';

/** No stream of a real policy PDF comes near this; a full-page scanned image is about 30 MiB. */
export const MAX_STREAM_BYTES = 128 * 1024 * 1024;
/** Ceiling on all streams of one document together. */
export const MAX_DOCUMENT_STREAM_BYTES = 512 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far before `stream` to look for the stream's dictionary. */
const DICTIONARY_WINDOW = 1024;

export function checkStreamBudget(bytes: Uint8Array, path: string): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;

  for (;;) {
    const keyword = buffer.indexOf(STREAM, from);
    if (keyword === -1) return;
    from = keyword + STREAM.length;
    // `endstream` also contains `stream`; only a keyword followed by an end of line opens data.
    if (keyword >= 3 && buffer.subarray(keyword - 3, keyword).toString('latin1') === 'end') continue;
    const dataStart = skipEndOfLine(buffer, from);
    if (dataStart === -1) continue;

    const dictionary = buffer.subarray(Math.max(0, keyword - DICTIONARY_WINDOW), keyword).toString('latin1');
    const end = buffer.indexOf(END_STREAM, dataStart);
    if (end === -1) return;
    from = end + END_STREAM.length;
    if (!/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('obj')))) continue;

    const expanded = inflatedSize(buffer.subarray(dataStart, end), path, keyword);
    total += expanded;
    if (total > MAX_DOCUMENT_STREAM_BYTES) {
      throw new InputError(
        `${path}: the PDF's compressed streams expand to more than ${MAX_DOCUMENT_STREAM_BYTES / 2 ** 20} MiB in all; ` +
          'the file looks built to exhaust readers. Use the publisher\'s original PDF.',
      );
    }
  }
}

function inflatedSize(data: Buffer, path: string, offset: number): number {
  try {
    return inflateSync(data, { maxOutputLength: MAX_STREAM_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH */ }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(
        `${path}: the compressed stream at byte ${offset} expands to more than ${MAX_STREAM_BYTES / 2 ** 20} MiB; ` +
          'the file looks built to exhaust readers. Use the publisher\'s original PDF.',
      );
    }
    // Encrypted or damaged data is left for pdf.js to report or skip.
    return 0;
  }
}

function skipEndOfLine(buffer: Buffer, index: number): number {
  if (buffer[index] === 0x0d && buffer[index + 1] === 0x0a) return index + 2;
  if (buffer[index] === 0x0a || buffer[index] === 0x0d) return index + 1;
  return -1;
}
