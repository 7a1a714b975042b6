import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/stages/analyze/analyze.js';

describe('analyzeText', () => {
  test.for([
    ['Azerbaijan announced it. Iran did not reply.', ['Azerbaijan announced it.', 'Iran did not reply.']],
    ['A heading without a stop\n\nThe first paragraph ends here.', ['A heading without a stop', 'The first paragraph ends here.']],
    ['Mr. Hajiyev said it at 5 p.m. on Jan. 29. Nobody else spoke.', ['Mr. Hajiyev said it at 5 p.m. on Jan. 29.', 'Nobody else spoke.']],
    ['  Leading spaces and a tail.  ', ['Leading spaces and a tail.']],
  ] as const)('sentences of %j', ([text, expected]) => {
    const { sentences } = analyzeText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test.for([
    'He didn\'t say "temporary"; U.S. officials can\'t comment.',
    'Tabs\tand   runs of   spaces\n\nand\nline breaks',
    'Unicode: café, naïve, 𝒳 astral, emoji 🎉 and — dashes',
  ])('every token slices to its own text: %j', (text) => {
    const { tokens } = analyzeText(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end).trim()).not.toBe('');
      expect(t.end).toBeGreaterThan(t.start);
    }
    expect(tokens.map((t) => t.start)).toEqual([...tokens.map((t) => t.start)].sort((a, b) => a - b));
  });

  test('tokens carry POS tags and their sentence index', () => {
    const { tokens } = analyzeText('Baku closed the embassy. Tehran objected.');
    const tehran = tokens.find((t) => t.norm === 'tehran');
    expect(tehran?.pos).toBe('PROPN');
    expect(tehran?.sentence).toBe(1);
  });
});
