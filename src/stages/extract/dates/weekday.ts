// Which calendar day a bare weekday names. News reports what happened, so a weekday is the
// nearest one on or before the reference date: in TimeBank this holds for 9 in 10 weekdays, even
// in sentences with "will" or "next" (those mostly report plans made on that past day).
import { addDays, weekday, type Ymd } from './calendar.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function resolveWeekday(day: number, ref: Ymd, _before: string): Ymd {
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
