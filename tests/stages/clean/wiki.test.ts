import { describe, expect, test } from 'vitest';
import { infoboxEntry, isInfoboxStart, isTailHeading, wikiHeading } from '../../../src/stages/clean/wiki.js';

describe('wikiHeading', () => {
  test.for([
    ['= 2023 attack on the embassy =', 1, '2023 attack on the embassy'],
    ['== Background ==', 2, 'Background'],
    ['==See also==', 2, 'See also'],
  ] as const)('%s', ([line, level, title]) => {
    const h = wikiHeading(line)!;
    expect([h.level, h.title, line.slice(h.innerStart, h.innerEnd)]).toEqual([level, title, title]);
  });
  test.for(['a = b = c', '== unbalanced =', 'E = mc2', '===='])('not a heading: %s', (line) => {
    expect(wikiHeading(line)).toBeNull();
  });
});

describe('tail sections and infobox', () => {
  test.for(['See also', 'References', 'External links', 'Further reading', '34 responses to “A headline”'])('tail: %s', (t) => {
    expect(isTailHeading(t)).toBe(true);
  });
  test.for(['Background', 'Aftermath and motive', 'Official reactions'])('not tail: %s', (t) => {
    expect(isTailHeading(t)).toBe(false);
  });
  test('infobox entries', () => {
    expect(isInfoboxStart('Infobox')).toBe(true);
    expect(infoboxEntry('- Date: 2023-01-27')).toEqual({ key: 'Date', value: '2023-01-27' });
    expect(infoboxEntry('- 2010 attack on Pakistan ambassador to Iran')).toBeNull();
  });
});
