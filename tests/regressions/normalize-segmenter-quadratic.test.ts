// Regression: normalize's NFC pass walked Intl.Segmenter's grapheme clusters, and V8 copies the
// whole input into each segment for texts with lone surrogates: 40,000 such characters took 19 s,
// 100,000 ran out of memory (found by STRESS=1 of the hostile suite). The bound is the test's
// timeout, generous for a linear pass (~0.1 s here).
import { expect, test } from 'vitest';
import { sourceSpan } from '../../src/core/offsets.js';
import { normalizeText } from '../../src/stages/clean/normalize.js';

const PIECES = ['\uD800', '\uDFFF', '\u{1F600}', 'e\u0301', ' ', 'word', '\u1100\u1161\u11A8', 'A\u030A'];

test('100,000 lone surrogates, astral and decomposed characters normalise in linear time', () => {
  let seed = 7;
  const raw = Array.from({ length: 100_000 }, () => PIECES[(seed = (seed * 1103515245 + 12345) % 2147483648) % PIECES.length]).join('');
  const { text, textToRaw } = normalizeText(raw);
  expect(text).toBe(text.normalize('NFC'));
  expect(textToRaw.length).toBe(text.length);
}, 20_000);

test.for([
  ['e\u0301', '\u00E9'],
  ['A\u030A and \u1100\u1161\u11A8', '\u00C5 and \uAC01'],
  ['\uD800 lone e\u0301\u0323', '\uD800 lone \u1EB9\u0301'],
])('%j composes to %j with each character mapped to its source unit', ([raw, expected]) => {
  const { text, textToRaw } = normalizeText(raw!);
  expect(text).toBe(expected);
  for (let i = 0; i < text.length; i++) {
    const span = sourceSpan(textToRaw, i, i + 1);
    const src = raw!.slice(span.start, span.end);
    expect(src === text[i] || src.normalize('NFC').includes(text[i]!)).toBe(true);
  }
});
