import { describe, expect, test } from 'vitest';
import { bylineOf, copyrightHolder, isHeadlineShaped, isTitleLike, publisherOf, statedDate, tagsOf } from '../../../src/stages/metadata/fields.js';

describe('statedDate: as written on the page', () => {
  test.for([
    ['Monday 22 July 2024', '2024-07-22', 'plain'],
    ['Jan 30, 2023', '2023-01-30', 'plain'],
    ['This article was first published on January 27, 2023', '2023-01-27', 'published'],
    ['Posted: 18 Nov 2019 8:11 pm', '2019-11-18T20:11', 'published'],
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', '2019-11-20T01:39:00-05:00', 'updated'],
    ['2018-08-16', '2018-08-16', 'plain'],
  ] as const)('%s -> %s', ([line, value, label]) => {
    expect(statedDate(line)).toMatchObject({ value, label });
  });
});

describe('statedDate: nothing filled in from a clock (negative)', () => {
  test.for(['July 22', 'Monday', '30 minutes before bed', 'Drink within 30 minutes after your workout', 'last year', 'Updated', '14-year-old'])(
    '%s',
    (line) => {
      expect(statedDate(line)).toBeNull();
    },
  );
});

describe('bylineOf', () => {
  test.for([
    ['Author: Josephine Freund', ['Josephine Freund']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['by Regan September 15, 2014', ['Regan']],
    ['Posted on March 30, 2015 by Admin', ['Admin']],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', ['Chris Davies']],
    ['By Tom Krisher, AP Auto Writer', ['Tom Krisher']],
    // Regression: outlets, degrees and glued outlet names were read as second authors.
    ['By Jane Doe, CNN', ['Jane Doe']],
    ['By Jane Doe, MS', ['Jane Doe']],
    ['By Jane Doe, Example.com', ['Jane Doe']],
    ['By Jane DoeFOXBusiness', ['Jane Doe']],
    ['By Jane McDonald and John LaMotte', ['Jane McDonald', 'John LaMotte']],
  ] as const)('%s', ([line, names]) => {
    expect(bylineOf(line)).toEqual(names);
  });
  test('"By" alone: the names are on the next line', () => {
    expect(bylineOf('By', 'Sarah E. Needleman')).toEqual(['Sarah E. Needleman']);
  });
  test.for(['By clicking you agree to our terms', 'By the numbers', 'by 2030 emissions must fall', 'Jan 30, 2023', 'Author:', 'By Nov'])('no byline: %s', (line) => {
    expect(bylineOf(line)).toBeNull();
  });
});

describe('tagsOf', () => {
  test.for([
    ['Tags :', []],
    ['Tags: Iran, Azerbaijan, Embassy', ['Iran', 'Azerbaijan', 'Embassy']],
    ['Topics: elections | economy', ['elections', 'economy']],
    ['Etiquetas: elecciones, economía', ['elecciones', 'economía']],
    ['Schlagwörter: Wahl, Wirtschaft', ['Wahl', 'Wirtschaft']],
    ['タグ: ソフトウェア', ['ソフトウェア']],
  ] as const)('%s', ([line, tags]) => {
    expect(tagsOf(line)).toEqual(tags);
  });
  test.for(['Tagged a friend in the photo and went home early yesterday.', 'The topics of the day are many and varied, the host said.'])('not tags: %s', (line) => {
    expect(tagsOf(line)).toBeNull();
  });
});

describe('publisherOf', () => {
  test.for([
    ['CPC - Caspian Policy Center', null, 'Caspian Policy Center'],
    ['Alwaght | News & Analysis Website', null, 'Alwaght'],
    [null, '© 2019 Example Media Inc. All Rights Reserved.', 'Example Media Inc'],
    ['Breaking: markets fall', null, null],
    [null, null, null],
  ] as const)('%s / %s', ([first, copyright, expected]) => {
    expect(publisherOf(first, copyright)).toBe(expected);
  });
});

describe('isTitleLike', () => {
  test.for(["Baku: Closure of Tehran Embassy Doesn't Mean Severing of Diplomatic Ties", 'Iranians Are Left with No Internet Access Again', 'Is this the end?'])(
    'headline: %s',
    (line) => {
      expect(isTitleLike(line)).toBe(true);
    },
  );
  test.for(['He said so. Then he left.', 'Name :', 'https://example.com/a-b', 'x'])('not a headline: %s', (line) => {
    expect(isTitleLike(line)).toBe(false);
  });
});

describe('isHeadlineShaped: a headline', () => {
  test.for([
    'Council approves budget after nine-hour debate',
    'The Impeachment Clock',
    'Milan Design Week 2018 | A light installation for a showroom',
    "Browns player on teammate's role in fight: He asked for it",
  ])('%s', (line) => {
    expect(isHeadlineShaped(line)).toBe(true);
  });
});

// Regression: the line above the story was taken as its title even when it was a byline, a photo
// credit, a breadcrumb, a share bar or a date stamp.
describe('isHeadlineShaped: no headline (negative)', () => {
  test.for([
    'Jane Doe',
    'Associated Press',
    'Jane Doe, Example Insider',
    'Alex Smith | Getty Images',
    'BLOG > Nutrition > Meal Plans',
    'Facebook Twitter LinkedIn',
    'Close share panel',
    'Jane Doe@janedoe',
    'By Staff Reports -',
    'Posted on March 30, 2015 by Admin',
    'Updated Nov 19, 6:55 AM',
    'The Associated Press',
    'Example News wire services',
    'You are signed in as',
    'chevron_left Browse All Posts',
    '21:17 18.11.2019Get short URL',
    'Nov 15, 20195:45 AM',
  ])('%s', (line) => {
    expect(isHeadlineShaped(line)).toBe(false);
  });
});

describe('copyrightHolder', () => {
  test.for([
    ['© 2019 Example Media Inc. All Rights Reserved.', 'Example Media Inc'],
    ['Copyright ©2019 Example & Company, Inc. All Rights Reserved.', 'Example & Company, Inc'],
    ['© Copyright Example 2018', 'Example'],
    ['copyright Example 2019 - ISSN: 1234-5678', 'Example'],
    ['Copyright @ 2019 The Example Arab.', 'The Example Arab'],
    ['© 2000 - 2019 Example Bawaba (www.example.com)', 'Example Bawaba'],
    ['© 2019 The Example unless otherwise noted. All rights reserved. Privacy Policy', 'The Example'],
    ['© 2019 ExampleSite - All rights reservedNot associated with Another', 'ExampleSite'],
    ['All contents © 2019 The Example Group LLC', 'The Example Group LLC'],
    ['Copyright © 2010 EXAMPLE. Todos os direitos reservados.', 'EXAMPLE'],
    ['© 2019 The Printers (Mysore) Private Ltd.', 'The Printers (Mysore) Private Ltd'],
  ] as const)('%s -> %s', ([line, holder]) => {
    expect(copyrightHolder(line)).toBe(holder);
  });
  test('a notice without a holder names none', () => {
    expect(copyrightHolder('© 2019 All rights reserved.')).toBeNull();
  });
  // Regression: '\s' inside a template literal is a plain 's', so the year's trailing space stayed
  // and '^by ' no longer matched.
  test.for([
    ['© 2019 by Jane Doe', 'Jane Doe'],
    ['Copyright 2021, by Example Press', 'Example Press'],
  ] as const)('the space after the year goes with it: %s -> %s', ([line, holder]) => {
    expect(copyrightHolder(line)).toBe(holder);
  });
});
