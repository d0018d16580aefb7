// Chooses the ingester by content, not by file extension: a `.txt` file that contains a PDF
// is read as a PDF, and a file in none of the three formats is rejected.
import { InputError } from '../errors.ts';
import type { LayoutDocument } from '../model/layout.ts';
import type { SourceFormat } from '../model/release.ts';
import { decodeHtml } from './html/decode-html.ts';
import { ingestHtml } from './html/ingest-html.ts';
import { ingestPdf } from './pdf/ingest-pdf.ts';
import { ingestText } from './text/ingest-text.ts';

const PDF_MAGIC = '%PDF-';
/** HTML and text renditions of real policies are well under 1 MiB; larger files are rejected. */
export const MAX_MARKUP_BYTES = 10 * 1024 * 1024;

/** Tells the format of a document from its first bytes. */
export function detectFormat(bytes: Uint8Array, path: string): SourceFormat {
  if (bytes.length === 0) {
    throw new InputError(`${path}: the file is empty; expected a policy as PDF, HTML or text.`);
  }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) return 'pdf';
  if (looksLikeHtml(head) || looksLikeHtml(decodeUtf16Head(bytes))) return 'html';
  if (looksLikeText(bytes)) return 'txt';
  if (decodeUtf16Head(bytes) !== '') {
    throw new InputError(`${path}: the text is encoded as UTF-16, which is not supported for text renditions; save it as UTF-8.`);
  }

  throw new InputError(
    `${path}: not a PDF, HTML or text file (it starts with bytes ${hexPrefix(bytes)}); ` +
      'save the policy as the PDF the publisher prints, its web page, or plain text.',
  );
}

export async function ingestDocument(bytes: Uint8Array, path: string): Promise<LayoutDocument> {
  const format = detectFormat(bytes, path);
  if (format !== 'pdf' && bytes.length > MAX_MARKUP_BYTES) {
    throw new InputError(
      `${path}: the ${format === 'html' ? 'HTML' : 'text'} file is ${bytes.length} bytes, over the limit of ${MAX_MARKUP_BYTES}; expected one coverage policy.`,
    );
  }
  switch (format) {
    case 'pdf':
      return ingestPdf(bytes, path);
    case 'html':
      return ingestHtml(decodeHtml(bytes), path);
    case 'txt':
      return ingestText(decodeText(bytes), path);
  }
}

/** Decodes the first characters of a UTF-16 file with a byte order mark; returns '' for any other file. */
function decodeUtf16Head(bytes: Uint8Array): string {
  const bom = (bytes[0] ?? 0) * 256 + (bytes[1] ?? 0);
  if (bom === 0xfffe) return new TextDecoder('utf-16le').decode(bytes.subarray(2, 1024));
  if (bom === 0xfeff) return new TextDecoder('utf-16be').decode(bytes.subarray(2, 1024));
  return '';
}

function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF?\s*/, '').slice(0, 512).toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>]|<!--)/.test(start);
}

/** UTF-8 without NUL bytes and with few control characters is treated as text. */
function looksLikeText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
  } catch {
    // A multi-byte character cut at the 64 KiB boundary is not a decoding failure.
    if (bytes.length <= 64 * 1024) return false;
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
  }
  if (text.includes('\u0000')) return false;
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls <= text.length / 1000;
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function hexPrefix(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
