import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { InputError } from '../../src/errors.ts';
import { extractDocument } from '../../src/extract.ts';
import { detectFormat } from '../../src/ingest/index.ts';
import { sourcesDir } from '../helpers/paths.ts';

const html = readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.html'), 'utf8');

describe('detectFormat', () => {
  test('PDF by its header, whatever the extension', () => {
    const pdf = readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.pdf'));
    expect(detectFormat(new Uint8Array(pdf), 'policy.txt')).toBe('pdf');
  });

  test('HTML saved as UTF-16 with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(detectFormat(new Uint8Array(bytes), 'policy.html')).toBe('html');
  });

  test('text by content', () => {
    expect(detectFormat(new TextEncoder().encode('Medical Coverage Policy\n'), 'policy.pdf')).toBe('txt');
  });

  test('binary data is rejected', () => {
    expect(() => detectFormat(new Uint8Array([0, 1, 2, 3, 0, 0, 7]), 'x.bin')).toThrow(InputError);
  });
});

describe('HTML encodings', () => {
  test('UTF-16 page extracts like the UTF-8 one', async () => {
    const utf8 = await extractDocument(new TextEncoder().encode(html), 'a.html');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const utf16 = await extractDocument(new Uint8Array(bytes), 'b.html');
    expect(utf16.release.policy).toEqual(utf8.release.policy);
    expect(utf16.release.codeGroups).toEqual(utf8.release.codeGroups);
  });

  test('windows-1252 page keeps the registered sign', async () => {
    const declared = html.replace(/<meta[^>]*charset[^>]*>/i, '').replace(/<head>/i, '<head><meta charset="windows-1252">');
    const bytes = Buffer.from(declared.replace(/®/g, '\u0000'), 'latin1');
    bytes.forEach((byte, index) => {
      if (byte === 0) bytes[index] = 0xae;
    });
    const result = await extractDocument(new Uint8Array(bytes), 'c.html');
    expect(result.release.policy.title).toBe('Category III Current Procedural Terminology (CPT®) codes');
  });
});
