import { describe, expect, test } from 'vitest';

import { decodeHtml } from '../../../src/ingest/html/decode-html.ts';

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  test.each([
    ['UTF-8 without declaration', utf8('<p>CPT® codes</p>')],
    ['meta charset windows-1252', latin1Bytes('<meta charset="windows-1252"><p>CPT\u00ae codes</p>')],
    ['http-equiv windows-1252', latin1Bytes('<meta http-equiv=Content-Type content="text/html; charset=windows-1252"><p>CPT\u00ae codes</p>')],
    ['ISO-8859-1 label', latin1Bytes("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><p>CPT\u00ae codes</p>")],
    ['meta charset utf-8', utf8('<meta charset=utf-8><p>CPT® codes</p>')],
    ['UTF-8 byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>CPT® codes</p>')])],
    ['declared UTF-16 read as UTF-8', utf8('<meta charset="utf-16"><p>CPT® codes</p>')],
    ['unknown label', utf8('<meta charset="no-such-encoding"><p>CPT® codes</p>')],
    ['undeclared Windows bytes', latin1Bytes('<p>CPT\u00ae codes</p>')],
    ['UTF-8 bytes declared windows-1252', utf8('<meta charset="windows-1252"><p>CPT® codes</p>')],
  ])('%s', (_, bytes) => {
    const text = decodeHtml(bytes);
    expect(text).toContain('<p>CPT® codes</p>');
    expect(text).not.toContain('\ufffd');
    expect(text.startsWith('\ufeff')).toBe(false);
  });

  test('UTF-16LE with byte order mark', () => {
    const body = '<p>CPT® codes</p>';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < body.length; index++) bytes[2 + index * 2] = body.charCodeAt(index);
    expect(decodeHtml(bytes)).toBe(body);
  });

  test('windows-1252 quotes', () => {
    expect(decodeHtml(latin1Bytes('<meta charset="windows-1252"><p>\u0093Cigna Companies\u0094</p>'))).toContain(
      '“Cigna Companies”',
    );
  });

  test.each([
    [0x80, '€'],
    [0x81, '\u0081'],
    [0x95, '•'],
    [0x96, '–'],
    [0x99, '™'],
    [0x9f, 'Ÿ'],
    [0xae, '®'],
  ])('windows-1252 byte %i', (byte, expected) => {
    const bytes = Uint8Array.from([...latin1Bytes('<meta charset="windows-1252"><p>'), byte, ...latin1Bytes('</p>')]);
    expect(decodeHtml(bytes)).toContain(`<p>${expected}</p>`);
  });
});
