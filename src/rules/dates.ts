// Lexicons for the dates stage: number words, calendar units, seasons, quarters and the words
// TimeML resolves to the present, past or future. Data only; the parsers in
// src/stages/extract/dates/parsers/ build their patterns from these lists.

/** Cardinal number words up to ninety-nine are composed from these; "a"/"an"/"one" mean 1. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
  couple: 2, 'a couple of': 2, 'a pair of': 2,
};

/** Words that count an unstated number of units: "several days" = PXD. */
export const VAGUE_COUNTS: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous', 'countless'];

/** Calendar units with their ISO 8601 duration letter and the grain a date of that unit has. */
export const UNITS: Readonly<Record<string, { iso: string; time?: true; grain: 'time' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' }>> = {
  second: { iso: 'S', time: true, grain: 'time' },
  minute: { iso: 'M', time: true, grain: 'time' },
  hour: { iso: 'H', time: true, grain: 'time' },
  day: { iso: 'D', grain: 'day' },
  week: { iso: 'W', grain: 'week' },
  month: { iso: 'M', grain: 'month' },
  quarter: { iso: 'Q', grain: 'quarter' },
  year: { iso: 'Y', grain: 'year' },
  decade: { iso: 'E', grain: 'decade' },
  century: { iso: 'C', grain: 'decade' },
};

/** TimeML season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** Decade words: "the nineties" = 199X. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Parts of the day and their TimeML codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

/**
 * Expressions that point at the present, past or future without a calendar value
 * (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF). Only unambiguous adverbs and noun phrases:
 * the adjective "current" ("current account") and "once" are left out on purpose.
 */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'until recently': 'PAST_REF',
  'the past': 'PAST_REF',
  'in the past': 'PAST_REF',
  'recent years': 'PAST_REF',
  'recent months': 'PAST_REF',
  'recent weeks': 'PAST_REF',
  'recent days': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the coming months': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'coming years': 'FUTURE_REF',
  'coming weeks': 'FUTURE_REF',
  'the coming weeks': 'FUTURE_REF',
  soon: 'FUTURE_REF',
};

/** Words after a number that make it a count of things, not a year ("2000 people"). */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'children', 'police', 'troops', 'staff', 'personnel', 'cattle',
  'feet', 'foot', 'meters', 'metres', 'miles', 'kilometers', 'kilometres', 'tons', 'tonnes', 'pounds',
  'votes', 'seats', 'units', 'shares', 'barrels', 'cars', 'homes', 'jobs', 'workers', 'employees',
];

/** Words before a number that make it no year ("No. 1990", "page 2001", "$2000"). */
export const NON_YEAR_BEFORE: readonly string[] = [
  'no', 'no.', 'number', 'page', 'pages', 'room', 'flight', 'route', 'highway', 'item', 'section', 'article',
  'chapter', 'model', 'version', 'code', 'box', 'suite', 'apt', 'apartment', 'about', 'some', 'nearly', 'almost',
  'approximately', 'around', 'than', 'only', 'just',
];

/**
 * Holidays with a calendar rule: a fixed month and day, the nth weekday of a month (n = -1 for
 * the last), or Easter (computed). Weekdays 0 = Sunday ... 6 = Saturday.
 */
export type HolidayRule = { month: number; day: number } | { month: number; weekday: number; nth: number; plusDays?: number } | 'easter';
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  'valentine\'s day': { month: 2, day: 14 },
  'halloween': { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': { month: 11, weekday: 1, nth: 1, plusDays: 1 },
  easter: 'easter',
  'easter sunday': 'easter',
};

/**
 * Words before a bare weekday in the same clause that place it ahead of the reference ("will
 * meet Thursday", "as soon as Tuesday", "is scheduled to close Monday"). Without one, news
 * reports the past. "would" alone and "until" are left out: both mostly report past events.
 */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'is scheduled', 'are scheduled', 'was scheduled', 'were scheduled', 'has scheduled',
  'as soon as', 'as early as', 'planning', 'plan to', 'plans to', 'planned to', 'set to', 'is to', 'are to',
  'going to', 'expected to', 'would be',
];

/**
 * Words that name a recurrence, with its period (TimeML SET values). "quarterly" is left out:
 * in business news it names a kind of report or dividend ("quarterly earnings"), and TimeBank
 * marks none of its ten.
 */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y',
};

/** Weekday names, lower-case, in JavaScript's getDay() order (Sunday = 0). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
