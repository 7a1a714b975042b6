// Decoding source bytes: every encoding a crawler meets is decoded or refused with a reason.
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';

const TEXT = 'Café “news” — naïve 日本 \u{1F600}\nsecond line';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endian === 'le') bytes.push(c & 0xff, c >> 8);
    else bytes.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(bytes);
}
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cp1252 = (...codes: number[]): Uint8Array => Uint8Array.from(codes);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decoded', () => {
  test.for([
    ['UTF-8', utf8(TEXT), TEXT, 'utf-8', false],
    ['UTF-8 with BOM (stripped)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), TEXT, 'utf-8', false],
    ['UTF-16 LE with BOM', utf16(TEXT, 'le', true), TEXT, 'utf-16le', false],
    ['UTF-16 BE with BOM', utf16(TEXT, 'be', true), TEXT, 'utf-16be', false],
    ['UTF-16 LE without BOM', utf16('Plain English news text, mostly ASCII.', 'le', false), 'Plain English news text, mostly ASCII.', 'utf-16le', true],
    ['UTF-16 BE without BOM', utf16('Plain English news text, mostly ASCII.', 'be', false), 'Plain English news text, mostly ASCII.', 'utf-16be', true],
    // "Café “quoted” – déjà vu" in windows-1252
    ['windows-1252', cp1252(...ascii('Caf'), 0xe9, 0x20, 0x93, ...ascii('quoted'), 0x94, 0x20, 0x96, 0x20, ...ascii('d'), 0xe9, ...ascii('j'), 0xe0, ...ascii(' vu')), 'Café “quoted” – déjà vu', 'windows-1252', true],
    // Regression: Node 20's TextDecoder('windows-1252') gave C1 controls for 0x80-0x9F.
    ['windows-1252 euro, ellipsis, trademark, dashes', cp1252(...ascii('Price '), 0x80, ...ascii('5, wait'), 0x85, ...ascii(' Brand'), 0x99, ...ascii(' ok '), 0x97, ...ascii(' done')), 'Price €5, wait… Brand™ ok — done', 'windows-1252', true],
    ['empty', new Uint8Array(), '', 'utf-8', false],
    ['tabs and form feeds are text', utf8('a\tb\fc\r\n'), 'a\tb\fc\r\n', 'utf-8', false],
  ] as const)('%s', ([, bytes, text, encoding, warns]) => {
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, text, encoding });
    expect(decoded.ok && decoded.warnings.length > 0).toBe(warns);
  });
});

describe('refused with a reason', () => {
  test.for([
    ['NUL bytes (binary)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['mostly control bytes', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42, 0x0e, 0x0f]), 'binary'],
    // Bytes windows-1252 leaves undefined, in invalid UTF-8: some other encoding.
    ['invalid UTF-8 that is no windows-1252 either', cp1252(...ascii('abc'), 0x81, 0x8d, ...ascii('def')), 'not valid UTF-8'],
    ['mostly high bytes (another 8-bit encoding or binary)', Uint8Array.from(Array.from({ length: 40 }, (_, i) => 0xc0 + (i % 3) * 0x11)), 'not valid UTF-8'],
    ['UTF-16 with a BOM and an odd byte count', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd number of bytes'],
    ['UTF-16 LE with an unpaired surrogate', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'unpaired surrogates'],
  ] as const)('%s', ([, bytes, reason]) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain(reason);
  });

  test('the reason for invalid UTF-8 says where', () => {
    const bytes = Uint8Array.from([...utf8('x'.repeat(100)), 0x81, 0x8d]);
    const decoded = decodeBytes(bytes);
    expect(!decoded.ok && decoded.reason).toMatch(/near byte 9\d/);
  });
});
