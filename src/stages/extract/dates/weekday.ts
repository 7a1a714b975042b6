// Which calendar day a bare weekday names. News reports what happened, so a weekday is the
// nearest one on or before the reference date: in TimeBank this holds for 9 in 10 weekdays, even
// in sentences with "will" or "next" (those mostly report plans made on that past day).
import { addDays, weekday, type Ymd } from './calendar.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function resolveWeekday(day: number, ref: Ymd, _before: string): Ymd {
  return addDays(ref, -((weekday(ref) - day + 7) % 7));
}
