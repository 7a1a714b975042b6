// The invariant checks the properties rely on must themselves catch broken maps and mentions;
// otherwise every property would pass vacuously.
import { describe, expect, test } from 'vitest';
import { emptyArticle } from '../../src/core/doc.js';
import { RunMap } from '../../src/core/offsets.js';
import { normalizeText } from '../../src/stages/clean/normalize.js';
import { inventedText, mapProblems, mentionProblems, recordProblems } from '../helpers/invariants.js';

describe('mapProblems', () => {
  test.for([
    ['a  b\r\nc', 'collapsed spaces and CRLF'],
    ['e\u0301t\u00E9', 'NFC composition'],
    ['\uFEFFx\u0000\u200By', 'BOM, NUL and zero-width'],
    ['\u{1F600} \u{1D49C}', 'astral characters'],
  ] as const)('a correct normalisation map passes: %s (%s)', ([raw]) => {
    const { text, textToRaw } = normalizeText(raw);
    expect(mapProblems(text, textToRaw, raw, 'text')).toEqual([]);
  });

  test.for([
    ['abc', 'abd', RunMap.identity(3), 'character not from the source'],
    ['abc', 'bc', RunMap.identity(2), 'character not from the source'],
    ['a-b', 'a b', RunMap.identity(3), 'whitespace from no whitespace'],
    ['ab', 'ab', RunMap.identity(1), 'map length'],
  ] as const)('a broken map is caught: %s -> %s', ([raw, derived, map, problem]) => {
    expect(mapProblems(derived, map, raw, 'text').join('\n')).toContain(problem);
  });
});

describe('mentionProblems', () => {
  const article = { ...emptyArticle('Hello Kalo Mi said.', RunMap.identity(19)), title: 'Big News' };
  test.for([
    [{ entities: [{ text: 'Kalo Mi', start: 6, end: 13, label: 'PERSON', canonical: 'Kalo Mi' }] }, 0],
    [{ entities: [{ text: 'Kalo Mi', start: 5, end: 12, label: 'PERSON', canonical: 'Kalo Mi' }] }, 1],
    [{ dates: [{ text: 'News', start: 4, end: 8, value: '2020', grain: 'year', field: 'title' }] }, 0],
    [{ dates: [{ text: 'News', start: 4, end: 8, value: '2020', grain: 'year' }] }, 1],
    [{ quotes: [{ text: 'Hello', start: 0, end: 5, kind: 'direct', speaker: { text: 'Kalo', start: 6, end: 10, canonical: null } }] }, 0],
    [{ quotes: [{ text: 'Hello', start: 0, end: 5, kind: 'direct', speaker: { text: 'Kalo', start: 7, end: 11, canonical: null } }] }, 1],
  ] as const)('%j -> %i problems', ([patch, count]) => {
    expect(mentionProblems({ ...article, ...(patch as object) })).toHaveLength(count);
  });
});

test('recordProblems rejects a record that does not validate', () => {
  expect(recordProblems({ schemaVersion: 2 })).not.toEqual([]);
});

test.for([
  ['Big  News', 'x\nBig News\ny', false],
  ['Big News', 'x\nBig\n\nNews', false],
  ['Big Views', 'x\nBig News\ny', true],
  ['\u{1F469}\u{1F4BB}Big', '\u{1F469}\u200D\u{1F4BB}Big', false],
] as const)('inventedText(%s, %j) is %s', ([piece, raw, invented]) => {
  expect(inventedText(piece, raw)).toBe(invented);
});
