// Recurring times (TimeML SETs): "every day" = P1D, "each month" = P1M, "every two weeks" = P2W,
// "daily" = P1D, "annually" = P1Y. They carry the period as TimeML values them and are listed
// with the durations, marked `recurring: true` (an addition to the contract): they are no calendar dates.
// A recurring weekday ("every Monday") has no such period value, so it is kept out of both.
import { SET_ADVERBS } from '../../../../rules/dates.js';
import { COUNT_SOURCE, readCount } from '../numbers.js';
import { timexParser } from '../timex.js';
import { isoDuration } from './duration.js';

const EVERY = new RegExp(
  `(?:every|each)\\s+(?:(other)\\s+|(${COUNT_SOURCE})\\s+)?(second|minute|hour|day|night|week|month|quarter|year|decade)s?\\b(?![\\w-])`,
  'i',
);

export const everyUnitParser = timexParser('EveryUnitParser', EVERY, (match) => {
  // "every other day" is every two days; "each day" is one.
  const count = match[1] ? 2 : match[2] ? readCount(match[2]) : 1;
  if (count === null || count === 'X') return null;
  const unit = match[3]!.toLowerCase() === 'night' ? 'day' : match[3]!.toLowerCase();
  const value = isoDuration(count, unit);
  return value ? { kind: 'duration', value, recurring: true } : null;
});

/** "every Monday", "each Thursday": a weekly recurrence, not the Monday before the reference. */
const EVERY_WEEKDAY = /(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
export const everyWeekdayParser = timexParser('EveryWeekdayParser', EVERY_WEEKDAY, () => ({ kind: 'none' }));

const ADVERBS = new RegExp(`(?:${Object.keys(SET_ADVERBS).join('|')})\\b(?![\\w-])`, 'i');

export const setAdverbParser = timexParser('SetAdverbParser', ADVERBS, (match) => {
  // "Daily Mail", "Weekly Standard": a capitalised set word names a paper or a show.
  if (/^[A-Z]/.test(match[0])) return null;
  const value = SET_ADVERBS[match[0].toLowerCase()];
  return value ? { kind: 'duration', value, recurring: true } : null;
});
