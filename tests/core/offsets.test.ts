// Offset maps: every derived offset must lead back to the source character it came from,
// through one map and through composed maps (normalised text -> raw, body -> text -> raw).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { composeMaps, RunMap, sourceSpan } from '../../src/core/offsets.js';
import { dropInvisible, normalizeText } from '../../src/stages/clean/normalize.js';

describe('RunMap', () => {
  test('identity maps each offset to itself, and the end to the length', () => {
    const map = RunMap.identity(5);
    expect([0, 1, 4].map((i) => map.toSource(i))).toEqual([0, 1, 4]);
    expect(map.toSource(5)).toBe(5);
    expect(map.toSourceEnd(3)).toBe(3);
  });

  // "a  b\r\nc" -> "a b\nc": a collapsed space run and a CRLF, each one derived character.
  const raw = 'a  b\r\nc';
  const map = RunMap.builder().copy(0, 1).replace(1, 2, 1).copy(3, 1).replace(4, 2, 1).copy(6, 1).build(raw.length);
  test.for([
    // [derived offset, source offset]
    [0, 0],
    [1, 1],
    [2, 3],
    [3, 4],
    [4, 6],
    [5, 7],
  ])('toSource(%i) = %i', ([i, src]) => {
    expect(map.toSource(i!)).toBe(src);
  });
  test.for([
    // [derived end, source end]: a replace run's end covers all of its source characters
    [1, 1],
    [2, 3],
    [3, 4],
    [4, 6],
    [5, 7],
  ])('toSourceEnd(%i) = %i', ([end, src]) => {
    expect(map.toSourceEnd(end!)).toBe(src);
  });

  test('adjacent copies merge, so a long copied text stays one run', () => {
    const b = RunMap.builder().copy(0, 3).copy(3, 4);
    const built = b.build();
    expect(built.length).toBe(7);
    expect(built.toSource(6)).toBe(6);
  });

  test('an offset outside the mapped text is refused with a RangeError, not mapped silently', () => {
    const gap = RunMap.builder().copy(0, 2).build();
    expect(gap.toSource(2)).toBe(2); // the end maps to the source end
    expect(() => gap.toSource(-1)).toThrow(RangeError);
  });
});

describe('composeMaps', () => {
  test('maps C -> B -> A offsets, and sourceSpan keeps spans whole', () => {
    // A = "x  y z", B = "x y z" (collapsed), C = "y z" (a slice of B from 2)
    const outer = RunMap.builder().copy(0, 1).replace(1, 2, 1).copy(3, 3).build(6);
    const inner = RunMap.builder().copy(2, 3).build(5);
    const composed = composeMaps(inner, outer);
    expect(composed.toSource(0)).toBe(3);
    expect(sourceSpan(composed, 0, 3)).toEqual({ start: 3, end: 6 });
    expect(sourceSpan(composed, 1, 1)).toEqual({ start: 4, end: 4 });
  });

  test('round trip property: slicing a copied derived span equals slicing its source span', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 20 }), (runs) => {
        // Source: runs of letters (copied) and of spaces (collapsed to one space).
        let source = '';
        let derived = '';
        const b = RunMap.builder();
        runs.forEach(([copied, len], k) => {
          const piece = copied ? String.fromCharCode(97 + (k % 26)).repeat(len) : ' '.repeat(len);
          if (copied) b.copy(source.length, len);
          else b.replace(source.length, len, 1);
          derived += copied ? piece : ' ';
          source += piece;
        });
        const map = b.build(source.length);
        const twice = composeMaps(RunMap.identity(derived.length), map);
        for (let i = 0; i < derived.length; i++) {
          const span = sourceSpan(twice, i, i + 1);
          const src = source.slice(span.start, span.end);
          expect(derived[i] === ' ' ? src.trim() : src).toBe(derived[i] === ' ' ? '' : derived[i]);
        }
      }),
    );
  });
});

describe('normalizeText offset map', () => {
  /** Every non-space derived character maps back to the raw character(s) it came from. */
  function expectFaithful(raw: string): void {
    const { text, textToRaw } = normalizeText(raw);
    expect(textToRaw.length).toBe(text.length);
    for (let i = 0; i < text.length; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      const span = sourceSpan(textToRaw, i, i + char.length);
      const src = raw.slice(span.start, span.end);
      // An NFC composition maps one derived character to its decomposed source cluster, from
      // which normalize has dropped invisible characters ('e', U+200B, U+0301 -> 'é').
      const composed = dropInvisible(src).normalize('NFC');
      if (!/\s/.test(char)) expect(src === char || composed.includes(char), `char ${i} "${char}" <- "${src}"`).toBe(true);
      i += char.length;
    }
  }

  test.for([
    ['plain', 'Hello world.'],
    ['CRLF and blank lines', 'Title\r\n\r\n\r\n\r\nBody  text\there.\r\n'],
    ['BOM and zero-width', '\uFEFFSome\u200Bthing and\u00A0more'],
    ['decomposed accents (NFC)', 'Cafe\u0301 in Zu\u0308rich'],
    ['control characters', 'a\u0001b\u0007c\n\n\nd'],
    ['astral characters', 'emoji \u{1F600} and \u{1D400} math'],
    // Regression (CI, property test): a zero-width space between a letter and its accent.
    ['zero-width space inside a composed cluster', 'e\u200B\u0301  \r\n\r\nKaka said'],
    ['leading and trailing space', '   \n\n  text  \n\n  '],
  ])('%s', ([, raw]) => expectFaithful(raw!));

  test('property: holds for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (raw) => expectFaithful(raw)), { numRuns: 300 });
  });
});
