// The dates stage end to end through pipelines/plain.json: expressions with a reference date and
// the values and grains a news reader gives them, things that are no dates, durations, offsets,
// the reference-date fallback, and one regression test per bug fixed.
import { describe, expect, test } from 'vitest';
import { createDoc, emptyArticle } from '../../../src/core/doc.js';
import { RunMap } from '../../../src/core/offsets.js';
import { loadPipeline, processText } from '../../../src/index.js';
import { annotateDates } from '../../../src/stages/extract/dates.js';

const pipeline = loadPipeline('pipelines/plain.json');

function run(text: string, published: string | null = '2013-03-22') {
  const record = processText(text, { pipeline, published });
  const article = record.articles[0]!;
  return { dates: article.dates, durations: article.durations, warnings: record.warnings, body: article.body };
}

const found = (text: string, published?: string | null) =>
  run(text, published).dates.map((d) => [d.text, d.value, d.grain]);

// Reference: Friday 22 March 2013 (ISO week 12, first quarter).
describe('dates: resolved against the reference date', () => {
  test.for([
    ['It happened on Sunday.', 'Sunday', '2013-03-17', 'day'],
    ['The vote was on Friday.', 'Friday', '2013-03-22', 'day'],
    ['They met last Wednesday.', 'last Wednesday', '2013-03-13', 'day'],
    // A clause that looks ahead takes the next such weekday; otherwise news reports the past.
    ['He will arrive on Tuesday.', 'Tuesday', '2013-03-26', 'day'],
    ["She said she'll leave Sunday.", 'Sunday', '2013-03-24', 'day'],
    ['Trading is to resume Monday.', 'Monday', '2013-03-25', 'day'],
    ['The deal is scheduled to close Thursday.', 'Thursday', '2013-03-28', 'day'],
    ['The group could leave as soon as Wednesday.', 'Wednesday', '2013-03-27', 'day'],
    ['Earnings were lower-than-expected on Wednesday.', 'Wednesday', '2013-03-20', 'day'],
    ['He will say, as he did Monday, that it failed.', 'Monday', '2013-03-18', 'day'],
    ['Officials will investigate what happened Sunday.', 'Sunday', '2013-03-17', 'day'],
    ['Stocks will rise as soon as trading opened Monday.', 'Monday', '2013-03-25', 'day'],
    ['On January 11 they met.', 'January 11', '2013-01-11', 'day'],
    ['In October the plant closed.', 'October', '2012-10', 'month'],
    ['The talks resume in April.', 'April', '2013-04', 'month'],
    ['Prices fell 28 January.', '28 January', '2013-01-28', 'day'],
    ['He left last year.', 'last year', '2012', 'year'],
    ['Sales rose this week.', 'this week', '2013-W12', 'week'],
    ['Services were cut earlier in the week.', 'earlier in the week', '2013-W12', 'week'],
    ['Talks resume later in the month.', 'later in the month', '2013-03', 'month'],
    ['It rained last month.', 'last month', '2013-02', 'month'],
    ['Profit fell in the first quarter.', 'the first quarter', '2013-Q1', 'quarter'],
    ['Profit fell in the fourth quarter.', 'the fourth quarter', '2012-Q4', 'quarter'],
    ['Third-quarter profit fell.', 'Third-quarter', '2012-Q3', 'quarter'],
    ['It opens this summer.', 'this summer', '2013-SU', 'season'],
    ['It closed last fall.', 'last fall', '2012-FA', 'season'],
    ['Grunge ruled the 1990s.', 'the 1990s', '199X', 'decade'],
    ['A 1990s band played.', '1990s', '199X', 'decade'],
    ['Inflation peaked in August 2022.', 'August 2022', '2022-08', 'month'],
    ['The census of 1990 counted them.', '1990', '1990', 'year'],
    ['Profit for fiscal 1990 rose.', 'fiscal 1990', '1990', 'year'],
    ['The 2020 elections were close.', '2020', '2020', 'year'],
    ["Iran's 1979 revolution changed it.", '1979', '1979', 'year'],
    ['Growth was weak in 1989 results.', '1989', '1989', 'year'],
    ['1998 was hot.', '1998', '1998', 'year'],
    ['It was nineteen ninety-six.', 'nineteen ninety-six', '1996', 'year'],
    ['Born on 19 June 2025, the calf thrived.', '19 June 2025', '2025-06-19', 'day'],
    ['He arrived three weeks ago.', 'three weeks ago', '2013-W09', 'week'],
    ['She quit five months ago.', 'five months ago', '2012-10', 'month'],
    ['The shelling began at 08:00 a.m. local time.', '08:00 a.m.', '2013-03-22T08:00', 'time'],
    ['Trading halts at 5 p.m. EST.', '5 p.m. EST', '2013-03-22T17:00-05:00', 'time'],
    ['They spoke Wednesday night.', 'Wednesday night', '2013-03-20TNI', 'time'],
    ['He is now in Paris.', 'now', 'PRESENT_REF', 'day'],
    ['She recently moved.', 'recently', 'PAST_REF', 'day'],
    ['We expect it next year.', 'next year', '2014', 'year'],
    ['He said: "Today we won."', 'Today', '2013-03-22', 'day'],
    ['Prices fell. This Week the rally ended.', 'This Week', '2013-W12', 'week'],
    ['It went up last May.', 'last May', '2012-05', 'month'],
    ['It went up in June last year.', 'June last year', '2012-06', 'month'],
    ['They met on Thanksgiving Day.', 'Thanksgiving Day', '2012-11-22', 'day'],
    ['They will meet next Christmas.', 'next Christmas', '2013-12-25', 'day'],
    ['He spoke at Easter 2012.', 'Easter 2012', '2012-04-08', 'day'],
    ['The hearing is set for the week of March 6.', 'the week of March 6', '2013-W10', 'week'],
    ['The summit is on April 24 and 25.', '25', '2013-04-25', 'day'],
    ['The summit is on April 24 and 25.', 'April 24', '2013-04-24', 'day'],
    ['They met at midday.', 'midday', '2013-03-22T12:00', 'time'],
    ['Atlanta again, January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01', 'month'],
    ['Prices fell in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '1994-WI', 'season'],
  ])('%s -> %s = %s (%s)', ([text, span, value, grain]) => {
    expect(found(text!)).toContainEqual([span, value, grain]);
  });
});

describe('dates: holidays without a year', () => {
  test.for([
    ['2013-03-22', '2012-11-06'],
    // Within the coming month the holiday ahead is meant.
    ['2013-10-20', '2013-11-05'],
    ['2013-11-10', '2013-11-05'],
  ])('Election Day said on %s = %s', ([published, value]) => {
    expect(found('Polls close on Election Day.', published)).toEqual([['Election Day', value, 'day']]);
  });
});

describe('dates: anchored to the date mentioned before', () => {
  test.for([
    ['The truce began on March 3 and collapsed two days later.', 'two days later', '2013-03-05'],
    ['Profit rose in the third quarter. A year earlier it fell.', 'A year earlier', '2011-Q3'],
    ['Profit rose in the third quarter from the year-ago quarter.', 'the year-ago quarter', '2011-Q3'],
    ['He moved in 2009. The following year he married.', 'The following year', '2010'],
    ['He moved in 2009. Later in the year he married.', 'Later in the year', '2009'],
    ['The bomb went off on Oct. 23, 1998. Later that day police came.', 'Later that day', '1998-10-23'],
  ])('%s -> %s = %s', ([text, span, value]) => {
    expect(run(text!).dates.map((d) => [d.text, d.value])).toContainEqual([span, value]);
  });
});

describe('dates: not dates', () => {
  test.for([
    ['A 14-year-old boy was hurt.'],
    ['The boy, 14 years old, was hurt.'],
    ['About 2000 people marched.'],
    ['It costs $1990 now.'.replace(' now', '')],
    ['Call 555-1990 for details.'],
    ['The team won 3-1 at home.'],
    ['Shares rose 4 5/8 to 112 5/8.'],
    ['It yields 6 3/8% a year.'.replace(' a year', '')],
    ['Sun Microsystems gained.'],
    ['Thousands march through the city.'],
    ['Profit rose to 2.46 billion guilders.'],
    ['They will receive $3,500 a share.'],
    ['Flight 1990 landed safely.'],
    ['He installed Windows 2000 on it.'],
    ['Baker said on ABC News\' "This Week," that it failed.'],
    ['This is VOA Today.'],
    ["She appeared on NBC's Today show."],
    ['The venture, called Orion 1980, makes parts.'],
    ['He scored 2010 points in his career.'],
    ['He lives at 1999 Main Street.'],
    ['They wrote a 2000-word essay.'],
    ['The vote was 1990 to 12.'],
    ['A second group of directors resigned.'],
    ['Imports cover three-quarters of its food.'],
    ['He said so on CBS\'s 60 Minutes.'],
    ['They joined the March for Life.'],
    ['The Daily Mail ran the story.'],
    ['Flights leave every Monday.'],
    ['The board meets twice a week.'],
    ['Prices rose 5% a year.'],
    ['Four flights a week leave Bombay.'],
    ['He reads the Weekly Standard.'],
    ['The protesters at this march were arrested.'],
  ])('%s', ([text]) => {
    const { dates, durations } = run(text!);
    expect([...dates, ...durations].map((d) => d.text)).toEqual([]);
  });
});

describe('durations', () => {
  test.for([
    ['The siege lasted 44 days.', '44 days', 'P44D'],
    ['It took several days.', 'several days', 'PXD'],
    ['He served two years in prison.', 'two years', 'P2Y'],
    ['They signed a five-year deal.', 'five-year', 'P5Y'],
    ['Sales in the first nine months rose.', 'the first nine months', 'P9M'],
    ['They have fought for years.', 'years', 'PXY'],
    ['Talks went on for 24 hours.', '24 hours', 'PT24H'],
    ['It may take a couple of years.', 'a couple of years', 'P2Y'],
    ['Prices rose over the past year.', 'the past year', 'P1Y'],
    ['It lasted a decade.', 'a decade', 'P10Y'],
    ['The flight took about five hours.', 'five hours', 'PT5H'],
    ['He waited only 14 days.', '14 days', 'P14D'],
    ['They signed the 14-day truce.', '14-day', 'P14D'],
    ['They lived in camps for 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['She spent about 5 1/2 hours there.', '5 1/2 hours', 'PT5H30M'],
    ['A minute and a half later it fell.', 'A minute and a half', 'PT1M30S'],
    // Recurrences (TimeML SETs) carry their period.
    ['It takes a year to build.', 'a year', 'P1Y'],
    ['Crowds rally every day.', 'every day', 'P1D'],
    ['The board meets every other week.', 'every other week', 'P2W'],
    ['Rallies are held almost daily.', 'daily', 'P1D'],
    ['He gave his weekly radio address.', 'weekly', 'P1W'],
    ['Sales rise 8% annually.', 'annually', 'P1Y'],
  ])('%s -> %s = %s', ([text, span, value]) => {
    expect(run(text!).durations.map((d) => [d.text, d.value])).toContainEqual([span, value]);
  });

  test.for([
    ['Crowds rally every day.', true],
    ['Rallies are held almost daily.', true],
    ['The siege lasted 44 days.', false],
    ['It took several days.', false],
  ] as const)('%s: recurring = %s', ([text, recurring]) => {
    const found = run(text).durations;
    expect(found).toHaveLength(1);
    expect(found[0]!.recurring).toBe(recurring);
  });

  test('an age is neither a date nor a duration', () => {
    const { dates, durations } = run('The 30-year-old driver and a five-year-old girl survived.');
    expect([...dates, ...durations]).toEqual([]);
  });
});

describe('offsets and time zones', () => {
  const text =
    'On Sunday, 3 March, officials said that since the 1990s, and for several days in the third quarter,\n\n  prices   rose at 5 p.m. EST; a 14-year-old was last seen two weeks ago, now.';

  test('every mention slices to its text', () => {
    const { dates, durations, body } = run(text);
    expect(dates.length + durations.length).toBeGreaterThan(5);
    for (const m of [...dates, ...durations]) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  test.for([['UTC'], ['Pacific/Kiritimati'], ['America/Los_Angeles'], ['Asia/Kathmandu']])('same values with TZ=%s', ([zone]) => {
    const before = process.env.TZ;
    const expected = JSON.stringify(run(text));
    try {
      process.env.TZ = zone;
      expect(JSON.stringify(run(text))).toBe(expected);
      expect(found('It happened on Sunday. In October it closed.', '2013-03-22T23:30:00-08:00')).toEqual([
        ['Sunday', '2013-03-17', 'day'],
        ['October', '2012-10', 'month'],
      ]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('dates completed from their sentence and text', () => {
  test('a clock time takes the day stated before it and the zone of the city named with "local time"', () => {
    expect(found('The embassy in Tehran was attacked on 27 January 2023, at around 08:00 a.m. local time.')).toContainEqual([
      '08:00 a.m.',
      '2023-01-27T08:00+03:30',
      'time',
    ]);
  });
  test('the zone follows daylight saving time on that day', () => {
    expect(found('Trading in New York opened at 9:30 a.m. local time.')).toContainEqual(['9:30 a.m.', '2013-03-22T09:30-04:00', 'time']);
    expect(found('Trading in New York opened at 9:30 a.m. local time.', '2013-01-10')).toContainEqual(['9:30 a.m.', '2013-01-10T09:30-05:00', 'time']);
  });
  test('"local time" with no city keeps no zone', () => {
    expect(found('The shelling began at 08:00 a.m. local time.')).toContainEqual(['08:00 a.m.', '2013-03-22T08:00', 'time']);
    // "Davis" is also an Antarctic zone: only a place after "in", "at", "near", "from" or "of" counts.
    expect(found('Mr. Davis said the blast came at 5 a.m. local time.')).toContainEqual(['5 a.m.', '2013-03-22T05:00', 'time']);
  });
  test('in an undated text a day without a year takes the year of the first full date, not the latest', () => {
    const text = 'The embassy was attacked on 27 January 2023. On 29 January the staff left. The attacker was executed on 21 May 2025. On 28 January officials had spoken.';
    const { dates, warnings } = run(text, null);
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['27 January 2023', '2023-01-27'],
      ['29 January', '2023-01-29'],
      ['21 May 2025', '2025-05-21'],
      ['28 January', '2023-01-28'],
    ]);
    expect(warnings.map((w) => w.code)).toContain('reference-from-text');
  });
  test('with a publication date, a day without a year is placed around it', () => {
    expect(found('The embassy was attacked on 27 January 2011. On 29 January the staff left.').map((d) => d[1])).toEqual(['2011-01-27', '2013-01-29']);
  });
});

describe('reference date', () => {
  test('a dated caption line stands in for a missing publication date, with a warning', () => {
    const { dates, warnings } = run('19 June 2025, Iran, Tehran: Protesters gathered on Sunday.', null);
    expect(dates.map((d) => [d.text, d.value])).toContainEqual(['Sunday', '2025-06-15']);
    expect(warnings.map((w) => w.code)).toContain('reference-from-text');
  });

  function draft(body: string, captions: string[], published: string | null = null) {
    const article = { ...emptyArticle(body, RunMap.identity(body.length)), captions: captions.map((text) => ({ text, credit: null })) };
    if (published) article.published = { text: published, value: published, source: 'page' } as typeof article.published;
    return article;
  }
  const docWith = (...articles: ReturnType<typeof draft>[]) => ({
    ...createDoc({ id: 't', raw: '', source: { path: 't', sha256: '0'.repeat(64), bytes: 0, format: 'text' } }),
    articles,
  });

  test('the page\'s stated date is the reference when the input gives none', () => {
    const article = draft('Protesters gathered on Sunday.', [], '2023-01-30');
    const { dates, warnings } = annotateDates(article, docWith(article));
    expect(dates.map((d) => [d.text, d.value])).toEqual([['Sunday', '2023-01-29']]);
    expect(warnings).toEqual([]);
  });

  test('a caption dated at its end ("..., January 29, 2023. (Reuters)") stands in, with a warning', () => {
    const article = draft('Late on Sunday, officials spoke.', ['Passengers arrive at an airport in Baku, Azerbaijan, January 29, 2023. (Reuters)']);
    const { dates, warnings } = annotateDates(article, docWith(article));
    expect(dates.filter((d) => !d.field).map((d) => [d.text, d.value])).toEqual([['Sunday', '2023-01-29']]);
    // The caption's own date is listed too, with offsets into the caption.
    expect(dates.filter((d) => d.field).map((d) => [d.field, d.caption, d.text, d.value])).toEqual([['caption', 0, 'January 29, 2023', '2023-01-29']]);
    expect(warnings.map((w) => w.code)).toEqual(['reference-from-text']);
  });

  test('an undated article on a page takes the date another article offers', () => {
    const first = draft('Officials spoke on Saturday.', []);
    const second = draft('The report came out.', [], '2024-07-22');
    const { dates } = annotateDates(first, docWith(first, second));
    expect(dates.map((d) => [d.text, d.value])).toEqual([['Saturday', '2024-07-20']]);
  });

  test('else the latest fully stated date', () => {
    const { dates } = run('The deal, signed on May 2, 2019, replaced one from March 1, 2018. It takes effect on Monday.', null);
    expect(dates.map((d) => [d.text, d.value])).toContainEqual(['Monday', '2019-04-29']);
  });

  test('with no date at all, only absolute dates are kept, and a warning says so', () => {
    const { dates, warnings } = run('Inflation peaked in August 2022 and fell on Sunday.', null);
    expect(dates.map((d) => d.value)).toEqual(['2022-08']);
    expect(warnings.map((w) => w.code)).toContain('no-reference-date');
  });
});

describe('regressions', () => {
  test('a count does not swallow the article of the next phrase ("seven a year ago")', () => {
    expect(run('Profit was $5 a share, up from seven a year ago.').dates.map((d) => d.text)).toEqual(['a year ago']);
  });
  test('an amount after a date is no clock time and does not swallow the date', () => {
    expect(found('It may buy the stake after Jan. 1, 1990 at 1,015 francs a share.')).toEqual([['Jan. 1, 1990', '1990-01-01', 'day']]);
  });
  test('the two ends of a range are two dates', () => {
    expect(run('Shares bought from Sept. 14 to Thursday rose.').dates.map((d) => d.text)).toEqual(['Sept. 14', 'Thursday']);
  });
  test('a sentence whose only time word is "tomorrow" is still read', () => {
    expect(found("But tomorrow's vote matters.")).toEqual([['tomorrow', '2013-03-23', 'day']]);
  });
  test('a plural before "a" makes no rate when the count is a number ("caps a four-month ordeal")', () => {
    expect(run('The news caps a four-month ordeal.').durations.map((d) => [d.text, d.value])).toEqual([['four-month', 'P4M']]);
  });
  test('a company named like a weekday abbreviation before a comma is no date ("Sun, a maker of ...")', () => {
    const text = 'Sun, a maker of computer workstations, reported sales of $538.5 million for the quarter ended Sept. 29.';
    expect(run(text).dates.map((d) => d.text)).not.toContain('Sun');
  });
  test('"this year\'s" is a date', () => {
    expect(found("He ran in this year's election.")).toEqual([['this year', '2013', 'year']]);
  });
});
