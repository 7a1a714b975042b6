// "that day", "later that year", "earlier that week", "that same month": the unit of the date
// mentioned just before (refiners/anchor.ts); alone, the reference's.
import { addDays, cutDay, type Ymd } from '../calendar.js';
import { timexParser } from '../timex.js';

const PATTERN = /(?:(?:earlier|later|early|late)\s+)?that\s+(?:same\s+)?(day|month|year)\b/i;

export const thatUnitParser = timexParser('ThatUnitParser', PATTERN, (match, ref: Ymd) => {
  const unit = match[1]!.toLowerCase() as 'day' | 'month' | 'year';
  return { kind: 'date', value: cutDay(addDays(ref, 0), unit), grain: unit, anchor: { n: 0, unit } };
});
