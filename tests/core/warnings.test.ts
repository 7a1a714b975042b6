// A record's warnings are capped per kind (stage + code), with one line counting the rest.
import { expect, test } from 'vitest';
import { processText } from '../../src/index.js';
import { capWarnings } from '../../src/core/warnings.js';

const w = (stage: string, code: string, i: number) => ({ stage, code, message: `${stage}: ${code} ${i}` });

test('a few warnings of each kind pass through unchanged and in order', () => {
  const list = [w('quotes', 'unbalanced-quote', 1), w('dates', 'no-reference-date', 1), w('quotes', 'unbalanced-quote', 2)];
  expect(capWarnings(list)).toEqual(list);
});

test('past the cap, the first ones stay and one line counts the rest, per kind', () => {
  const list = [...Array.from({ length: 50 }, (_, i) => w('quotes', 'unbalanced-quote', i)), w('dates', 'no-reference-date', 0)];
  const capped = capWarnings(list, 20);
  expect(capped).toHaveLength(22);
  expect(capped.slice(0, 20)).toEqual(list.slice(0, 20));
  expect(capped[20]).toEqual(w('dates', 'no-reference-date', 0));
  expect(capped[21]).toMatchObject({ stage: 'quotes', code: 'unbalanced-quote' });
  expect(capped[21]!.message).toMatch(/30 more .* \(50 in all\)/);
});

test('a page of 5,000 unmatched quote marks gives a small record, not 5,000 warnings', () => {
  const text = `He said \u201Cnothing. ${'And then \u201D it went on. '.repeat(5000)}`;
  const record = processText(text, { id: 'many-marks' });
  expect(record.warnings.length).toBeLessThan(50);
});
