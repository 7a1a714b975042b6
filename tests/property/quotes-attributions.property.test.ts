// The quotes stage over random strings of attribution pieces (speech verbs, object reports, labels,
// party labels, typewriter and curly marks, ends of text): it never throws and every quote and
// speaker slices to its text. Regression: 'called X fabricated' at the very end of a text read a
// token past the end (objectThenComplement) and threw.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyzeText } from '../../src/stages/analyze/analyze.js';
import { extractQuotes } from '../../src/stages/extract/quotes.js';
import { runs } from '../helpers/pages.js';

const PIECES = [
  '"', '“', '”', "''", '``', "'", ':', ',', '.', '\n', '\n\n', 'said', 'told', 'called', 'accused', 'urged', 'to', 'of',
  'for', 'that', 'whether', 'asked', 'vowed', 'PENCE:', 'HOST:', 'Sanders:', 'The Latest:', 'a', 'an', 'the', 'man',
  'Anna Berg', 'he', 'she', 'it', 'was', 'were', 'when', '(D-Mo.)', ', R-Ky.,', '58,', 'who', 'condemned', 'attack', 'and',
  'has', '―', 'Monday', 'this month', 'reports', 'notes', 'as', 'fabricated', 'pointed', 'out', 'questioned', 'PD',
];

test('quotes: random attribution pieces never throw, and every offset slices', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), (pieces) => {
      const text = pieces.join(' ');
      const entities = [...text.matchAll(/Anna Berg/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, label: 'PERSON', canonical: 'Anna Berg' }));
      const { quotes } = extractQuotes({ body: text, analysis: analyzeText(text), entities });
      for (const q of quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.speaker?.start !== undefined) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      }
    }),
    { numRuns: runs(1000, 20000) },
  );
});

test('quotes: a text ending right after an object report does not throw', () => {
  for (const text of ['The campaign called the charges fabricated', 'They called it', 'She accused', 'He urged the', 'It condemned the attack and'])
    expect(() => extractQuotes({ body: text, analysis: analyzeText(text), entities: [] })).not.toThrow();
});
