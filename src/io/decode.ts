// Turns the bytes of a source file into text. Scraped dumps arrive in every encoding a crawler
// met: UTF-8 with or without a BOM, UTF-16 from Windows tools, legacy windows-1252 pages, and now
// and then a binary file saved as .txt. Each gets decoded or refused with a reason, never garbled.

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; warnings: string[] }
  | { ok: false; reason: string };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', warnings: [] };
  const bom = bomOf(bytes);
  if (bom === 'utf-8') return decodeUtf8(bytes.subarray(3), 'utf-8');
  if (bom) return decodeUtf16(bytes.subarray(2), bom, []);
  const guessed = utf16WithoutBom(bytes);
  if (guessed) return decodeUtf16(bytes, guessed, [`decoded as ${guessed.toUpperCase()} without a byte-order mark (NUL bytes at alternating positions)`]);
  if (bytes.includes(0)) return { ok: false, reason: 'input: binary file (it contains NUL bytes), not text' };
  if (controlShare(bytes) > 0.1) return { ok: false, reason: 'input: binary file (more than 10% control bytes), not text' };
  const asUtf8 = decodeUtf8(bytes, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  if (looksLikeLegacy8Bit(bytes)) {
    const text = decodeWindows1252(bytes);
    return { ok: true, text, encoding: 'windows-1252', warnings: ['not valid UTF-8; decoded as windows-1252 (legacy 8-bit text)'] };
  }
  return { ok: false, reason: `input: ${asUtf8.reason}, and it does not look like windows-1252 text either` };
}

function bomOf(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf8(bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), encoding, warnings: [] };
  } catch {
    return { ok: false, reason: `not valid UTF-8 near byte ${firstInvalidUtf8(bytes)}` };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): Decoded {
  if (bytes.length % 2 === 1) return { ok: false, reason: `input: ${encoding.toUpperCase()} text with an odd number of bytes (truncated file?)` };
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding, warnings };
  } catch {
    return { ok: false, reason: `input: invalid ${encoding.toUpperCase()} (unpaired surrogates)` };
  }
}

/**
 * UTF-16 of mostly-ASCII text has a NUL in every other byte: at odd positions for LE, even for
 * BE. Require most pairs to show it so a binary file with scattered NULs is not taken for text.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2 === 1) return null;
  const pairs = Math.min(b.length >> 1, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (b[2 * i] === 0) evenNul++;
    if (b[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of C0 control bytes other than tab, line feed, form feed and carriage return. */
function controlShare(b: Uint8Array): number {
  const n = Math.min(b.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) control++;
  }
  return control / n;
}

/**
 * Legacy 8-bit text is mostly ASCII with scattered high bytes (accented letters, curly quotes).
 * Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean some other encoding.
 */
function looksLikeLegacy8Bit(b: Uint8Array): boolean {
  let high = 0;
  for (const c of b) {
    if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) return false;
    if (c >= 0x80) high++;
  }
  return high <= b.length * 0.3;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let lo = 0;
  let hi = b.length;
  // The longest decodable prefix, found by bisection (TextDecoder says only "invalid").
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

// windows-1252 differs from Latin-1 only in 0x80-0x9F. Node 20's TextDecoder('windows-1252')
// decodes those as C1 controls (Latin-1), turning curly quotes into invisible characters, so the
// block is mapped here (from the WHATWG Encoding Standard's index; undefined bytes keep C1).
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK)) codes.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
