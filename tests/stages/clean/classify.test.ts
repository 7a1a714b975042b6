import { describe, expect, test } from 'vitest';
import { classifyLine, densestRun } from '../../../src/stages/clean/classify.js';
import { lineFeatures } from '../../../src/stages/clean/lines.js';

const kind = (line: string): string => classifyLine(line, lineFeatures(line)).kind;
const reason = (line: string): string | null => classifyLine(line, lineFeatures(line)).reason;

describe('classifyLine: prose', () => {
  test.for([
    'Azerbaijan announced that the closure of its embassy is temporary and does not mean ties were severed.',
    '"That doesn\'t mean that diplomatic ties had been severed," he said, adding that the consulate was open.',
    'He stressed that masterminds and perpetrators of this crime should be punished.',
    // A long paragraph that lost its final full stop is still prose.
    'As tensions between the two countries have steadily mounted, the government has nurtured relations with its allies, much to the chagrin of an increasingly aggressive neighbour on the other side',
    // Regression: Japanese prose naming "Kindle for PC" had one English function word, so it was
    // judged by the (English) function-word share and read as a menu.
    'さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。',
  ])('%s', (line) => {
    expect(kind(line)).toBe('good');
  });
});

describe('classifyLine: boilerplate by lexicon (must not be body)', () => {
  test.for([
    ['Read more', 'read-more'],
    ['Related Articles', 'related-links'],
    ['Share this:', 'share'],
    ['Advertisement', 'advertisement'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Name :', 'comment-form'],
    ['Email :', 'comment-form'],
    ['* Text :', 'comment-form'],
    ['TT', 'share-counter'],
    ['20', 'share-counter'],
    ['1.2k', 'share-counter'],
    ['© 2019 Example Media Inc. All Rights Reserved.', 'legal'],
    ['We use cookies to improve your experience on our website. By continuing you agree.', 'cookie-notice'],
    ['Leave a Comment', 'comment-form'],
    ['jsmith says:', 'comment-form'],
    ['Tags :', 'tags'],
    ['SEE MORE: Council row over the new tram line deepens as costs rise', 'read-more'],
    ['Related: Ten things to know about the budget', 'read-more'],
    ['Mayor under fire over tram delays [VIDEO]', 'teaser-link'],
    ['Most read in world news', 'related-links'],
    ['Explore further', 'related-links'],
    ['More:', 'related-links'],
    ['関連記事', 'related-links'],
    ['Leia também', 'related-links'],
    ['Trending News', 'related-links'],
    ['Trump Impeachment Inquiry More', 'related-links'],
    ['GET EXAMPLE NEWS ON THE GO BY CLICKING HERE', 'read-more'],
    ['Story continues below gallery', 'advertisement'],
    ['1 of 6', 'image-gallery'],
    ['Like this article?', 'newsletter'],
    ['Get the latest updates right in your inbox. Subscribe to Example.com’s newsletters.', 'newsletter'],
    ['Have a tip? Jane Doe may be reached at jdoe@example.com.', 'contact'],
    ['About the author', 'about'],
    ['Über Moritz Beispiel', 'about'],
    ['About Us', 'about'],
    ['Stay up to date with Example Corp. Subscribe to our newsletter.', 'newsletter'],
    ['Follow Example News on Instagram, Facebook, Twitter and YouTube.', 'newsletter'],
    ['Need more news? Subscribe to our sister title Example Magazine for the latest stories!', 'newsletter'],
    ['This document is subject to copyright. Apart from any fair dealing no part may be reproduced without the written permission.', 'legal'],
  ] as const)('%s -> %s', ([line, expected]) => {
    expect(kind(line)).toBe('bad');
    expect(reason(line)).toBe(expected);
  });
});

describe('classifyLine: short lines are neutral, never boilerplate by lexicon', () => {
  test.for([
    'Iran-Azerbaijan Relations',
    'NISSAN SENTRA',
    'Background',
    '1 cup blueberries',
    'Yes.',
    'Read the statement below carefully before you sign it, the lawyer said.',
    'The minister said: "We will join our partners on Monday."',
    'She followed the story for years, and stayed up to date on every twist.',
    'The court [of appeal] ruled on Monday.',
    'About 300 people attended.',
    'We want more',
    'Tell me more',
    'About time.',
  ])(
    '%s',
    (line) => {
      expect(reason(line)).toBeNull();
    },
  );
});

describe('neutralScore', () => {
  // Regression: a long lower-case line of running words that lost its full stop cost more than a
  // one-word menu entry, so it cut the story in two.
  test('a long lower-case line of running words costs less than a short menu line', () => {
    const cut = 'Из рекомендации можно еще прописать эту команду, если увидите, что скорость у вас меняется после того как';
    const menu = 'Contact Us Today';
    expect(kind(cut)).toBe('neutral');
    expect(classifyLine(cut, lineFeatures(cut)).score).toBeGreaterThan(classifyLine(menu, lineFeatures(menu)).score);
  });
});

describe('densestRun', () => {
  test.for([
    [[-2, -2, 30, -3, 25, -12, -2], 2, 4],
    [[40, -1, -1, -1, 2], 0, 0],
    [[40, -1, -1, -1, 5], 0, 4],
    [[10, -2, 10], 0, 2],
  ] as const)('%j -> lines %i..%i', ([scores, first, last]) => {
    const run = densestRun(scores);
    expect([run?.first, run?.last]).toEqual([first, last]);
  });
  test('no positive line: no run', () => {
    expect(densestRun([-1, -5, -2])).toBeNull();
  });
  test('respects the segment bounds', () => {
    expect(densestRun([50, -1, 5, 6], 1, 4)).toMatchObject({ first: 2, last: 3 });
  });
});
