// Loads a PDF with pdf.js and returns its positioned text items, page by page. pdf.js runs
// without eval, without system fonts and with its console warnings silenced. The page count,
// the size of images it decodes and the time per document are bounded.
import {
  getDocument,
  InvalidPDFException,
  VerbosityLevel,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

import { InputError } from '../../errors.ts';
import { checkStreamBudget } from './stream-budget.ts';

/** Real coverage policies run to a few dozen pages; 1,000 leaves room for the longest. */
export const MAX_PDF_PAGES = 1000;
/** Images over this many pixels are skipped rather than decoded (a decompression-bomb guard). */
const MAX_IMAGE_PIXELS = 16 * 1024 * 1024;
export const PDF_TIMEOUT_MS = 120_000;

/** A run of text as pdf.js positions it, in points, with y measured down from the page top. */
export interface TextItem {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
}

export async function loadPdfText(bytes: Uint8Array, path: string): Promise<PdfPage[]> {
  checkStreamBudget(bytes, path);

  const task = getDocument({
    // pdf.js transfers the buffer to its worker, so it gets a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: VerbosityLevel.ERRORS,
  });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new InputError(`${path}: reading the PDF took longer than ${PDF_TIMEOUT_MS / 1000} s; the file may be damaged or built to exhaust readers.`));
    }, PDF_TIMEOUT_MS);
  });

  try {
    return await Promise.race([readPages(task.promise, path), timeout]);
  } catch (error) {
    throw toInputError(error, path);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

async function readPages(loading: Promise<PDFDocumentProxy>, path: string): Promise<PdfPage[]> {
  const document = await loading;
  if (document.numPages > MAX_PDF_PAGES) {
    throw new InputError(
      `${path}: the PDF has ${document.numPages} pages, over the limit of ${MAX_PDF_PAGES}; expected one coverage policy.`,
    );
  }

  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    pages.push(await readPage(page, number));
    page.cleanup();
  }
  return pages;
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // The operator list makes pdf.js resolve the page's fonts, whose names tell bold from regular.
  await page.getOperatorList();

  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [, , c, d, e, f] = item.transform as number[];
    items.push({
      text: item.str,
      x: e ?? 0,
      y: viewport.height - (f ?? 0),
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0),
      bold: isBoldFont(page, item.fontName),
    });
  }
  return { number, width: viewport.width, height: viewport.height, items };
}

function isBoldFont(page: PDFPageProxy, fontName: string): boolean {
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
  if (!font) return false;
  return Boolean(font.bold || font.black) || /bold|black|heavy|semibold|demi/i.test(font.name ?? '');
}

function toInputError(error: unknown, path: string): Error {
  if (error instanceof InputError) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new InputError(`${path}: the PDF is encrypted with a password; save an unprotected copy and try again.`);
  }
  if (error instanceof InvalidPDFException) {
    return new InputError(
      `${path}: not a valid PDF (${error.message}); the file may be truncated or damaged. Download it again.`,
    );
  }
  if (error instanceof Error && /PDF|XRef|stream|Invalid/i.test(error.message)) {
    return new InputError(`${path}: the PDF could not be read (${error.message}); the file may be damaged.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
