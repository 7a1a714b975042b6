import { describe, expect, test } from 'vitest';
import { lineFeatures, splitLines } from '../../../src/stages/clean/lines.js';

describe('splitLines', () => {
  test.for([
    ['one line', [['one line', 0, 8, false]]],
    ['a\nb', [['a', 0, 1, false], ['b', 2, 3, false]]],
    ['a\n\nb', [['a', 0, 1, false], ['b', 3, 4, true]]],
    ['', []],
  ] as const)('%j', ([text, expected]) => {
    expect(splitLines(text).map((l) => [l.text, l.start, l.end, l.blankBefore])).toEqual(expected);
  });
});

describe('lineFeatures', () => {
  test('prose: words, a sentence end, many function words, few capitals', () => {
    const f = lineFeatures('The minister said on Monday that the talks would resume in the spring.');
    expect(f.words).toBe(13);
    expect(f.sentenceEnd).toBe(true);
    expect(f.stopwordShare).toBeGreaterThan(0.3);
    expect(f.capitalShare).toBeLessThan(0.2);
  });
  test('a menu line: capitalised words, no function words, no sentence end', () => {
    const f = lineFeatures('Business Markets Tech Opinion');
    expect(f.sentenceEnd).toBe(false);
    expect(f.stopwordShare).toBe(0);
    expect(f.capitalShare).toBe(1);
  });
  test('a closing quote after the full stop still ends a sentence', () => {
    expect(lineFeatures('He said it was "ridiculous."').sentenceEnd).toBe(true);
  });
  test('unspaced scripts count about two characters a word', () => {
    expect(lineFeatures('これが非常に困ったもの。').words).toBeGreaterThanOrEqual(5);
  });
  // Regression: a Japanese paragraph naming one Latin product ("Kindle for PC") had a capital
  // share of 0.67 (Latin words only), so it read as a menu and the story was cut.
  test('unspaced characters count in the capital share, so a few Latin names do not make a menu', () => {
    expect(lineFeatures('さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。').capitalShare).toBeLessThan(0.35);
  });
  test.for([
    ['ru', 'То, что вы поставите, такая скорость у вас и будет, если не отменить это после игры.'],
    ['pl', 'Rząd przyjął projekt ustawy, który ma być gotowy jeszcze przed wakacjami.'],
    ['tr', 'Bakan bu konuda daha çok çalışma yapılacağını ve sonuçların açıklanacağını söyledi.'],
  ] as const)('function words of %s count', ([, line]) => {
    expect(lineFeatures(line).stopwordShare).toBeGreaterThanOrEqual(0.18);
  });
});
