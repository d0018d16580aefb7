// Decodes the bytes of an HTML file in the encoding a browser would pick: a byte order mark first,
// then a `<meta charset>` in the first 1024 bytes, else UTF-8. A page exported on Windows may
// declare `charset=windows-1252` and write `®` as the single byte 0xAE, which UTF-8 decoding
// would turn into U+FFFD.

/** Bytes of the head that a `<meta>` declaring the encoding must lie within. */
const PRESCAN_BYTES = 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Characters of windows-1252 bytes 0x80–0x9F, from the WHATWG Encoding Standard's
 * index-windows-1252. Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same
 * value.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = declaredDecoder(META_CHARSET.exec(head)?.[1]);
  // A page re-saved as UTF-8 often keeps its old `windows-1252` declaration. Text in that
  // encoding almost never forms valid UTF-8 sequences (`Â®` for `®`), so bytes that do are
  // read as UTF-8, unlike a browser, which would trust the declaration.
  if (declared?.encoding === 'windows-1252' && isMultiByteUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  if (declared?.encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (declared) return declared.decode(bytes);

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Undeclared bytes that are not UTF-8 are most likely an old Windows export.
    return decodeWindows1252(bytes);
  }
}

/** True for bytes that are valid UTF-8 and contain at least one multi-byte character. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes windows-1252, which the Encoding Standard also uses for the `latin1`, `iso-8859-1`
 * and `ascii` labels. Node's own decoder gives C1 controls for bytes 0x80–0x9F from 20.18.3
 * on (nodejs/node#60888; seen on 20.20.2), so those are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Finds the decoder for a declared encoding label, or null when the label names no known encoding. */
function declaredDecoder(label: string | undefined): TextDecoder | null {
  if (label === undefined) return null;
  try {
    // A page saved as UTF-8 may still declare UTF-16, which the Encoding Standard reads as UTF-8.
    const decoder = new TextDecoder(label);
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}
