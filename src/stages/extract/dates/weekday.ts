// Which calendar day a bare weekday names. News reports what happened, so a weekday is the
// nearest one on or before the reference date (in TimeBank and AQUAINT 305 of 323 weekdays),
// unless its clause looks ahead ("will", "as soon as", "is scheduled to"): then the next one.
import { FUTURE_CUES, WEEKDAYS } from '../../../rules/dates.js';
import { addDays, weekday, type Ymd } from './calendar.js';
import { escape } from './numbers.js';

export { WEEKDAYS };

// A cue starts a word ("lower-than-expected" is none); "'ll" hangs on one ("he'll").
const WORD_CUES = FUTURE_CUES.filter((cue) => /^\w/.test(cue)).map(escape).join('|');
const CLITIC_CUES = FUTURE_CUES.filter((cue) => !/^\w/.test(cue)).map(escape).join('|');
const FUTURE = new RegExp(`(?:(?<![\\w-])(?:${WORD_CUES})|${CLITIC_CUES})(?!\\w)`, 'i');
/** The clause a weekday sits in: after the last comma-like break or reporting verb. */
const CLAUSE_BREAK = /[,;:(]|\b(?:said|says|told|announced|reported)\b/gi;

/** A past-tense verb after the cue ("will study what happened Sunday") puts the day back. */
// A list, not "-ed": "United", "hundred" and "as soon as trading opened Monday" (ahead) end so too.
const PAST_AFTER = /\b(?:happened|occurred|committed|took\s+place|began|ended|died|was|were|had|did|said)\b/i;

function looksAhead(before: string): boolean {
  const tail = before.slice(-200);
  let start = 0;
  for (const m of tail.matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  const clause = tail.slice(start);
  const cue = FUTURE.exec(clause);
  return cue !== null && !PAST_AFTER.test(clause.slice(cue.index + cue[0].length));
}

/** `before`: the text of the sentence up to the weekday. */
export function resolveWeekday(day: number, ref: Ymd, before: string): Ymd {
  if (looksAhead(before)) return addDays(ref, (day - weekday(ref) + 7) % 7);
  return addDays(ref, -((weekday(ref) - day + 7) % 7));
}

/** Monday-based index of a weekday (Monday 0 ... Sunday 6). */
const mondayIndex = (day: number): number => (day + 6) % 7;

/**
 * "last Wednesday" is the Wednesday of the previous week, "next Wednesday" of the next week,
 * "this Wednesday" of the reference's week (TimeBank: "last Wednesday" said on a Thursday is
 * eight days back).
 */
export function resolveModifiedWeekday(day: number, ref: Ymd, modifier: 'last' | 'next' | 'this'): Ymd {
  const monday = addDays(ref, -mondayIndex(weekday(ref)));
  const week = modifier === 'last' ? -7 : modifier === 'next' ? 7 : 0;
  return addDays(monday, week + mondayIndex(day));
}
