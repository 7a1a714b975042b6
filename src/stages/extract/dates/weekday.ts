// Which calendar day a bare weekday names. News reports what happened, so a weekday is the
// nearest one on or before the reference date, unless the sentence so far speaks of the future
// ("will", "next", "is scheduled to"), then the nearest one after.
import { addDays, weekday, type Ymd } from './calendar.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const FUTURE = /\b(?:will|won't|shall|'ll|next|scheduled|expected|expects|plans?|planned|due|going\s+to|is\s+to|are\s+to|until|till|through|starting|begins?|effective|by)\b/i;

export function resolveWeekday(day: number, ref: Ymd, before: string): Ymd {
  const back = (weekday(ref) - day + 7) % 7;
  const clause = before.slice(-80);
  if (FUTURE.test(clause) && back !== 0) return addDays(ref, 7 - back);
  return addDays(ref, -back);
}
