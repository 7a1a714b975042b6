import { describe, expect, test } from 'vitest';
import { lowerBound, spanAt } from '../../src/core/search.js';

describe('lowerBound: first index past a sorted prefix', () => {
  const sorted = [1, 3, 3, 5, 9];
  test.for([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [9, 4],
    [10, 5],
  ] as const)('first item >= %i is at %i', ([x, want]) => {
    expect(lowerBound(sorted.length, (i) => sorted[i]! < x)).toBe(want);
  });
  test('an empty list gives 0', () => expect(lowerBound(0, () => true)).toBe(0));
});

describe('spanAt: the span holding an offset', () => {
  const spans = [{ s: 0, e: 5 }, { s: 5, e: 5 }, { s: 7, e: 10 }];
  const at = (x: number) => spanAt(spans, x, (p) => p.s, (p) => p.e);
  test.for([
    [0, 0],
    [4, 0],
    [5, -1], // the empty span holds nothing; 5..7 is a gap
    [6, -1],
    [7, 2],
    [9, 2],
    [10, -1],
  ] as const)('offset %i is in span %i', ([x, want]) => {
    expect(at(x)).toBe(want < 0 ? undefined : spans[want]);
  });
});
