// "midday" -> the reference day at 12:00, as chrono reads "noon" (TimeML gives both T12:00).
import { fmtTime } from '../calendar.js';
import { timexParser } from '../timex.js';

export const middayParser = timexParser('MiddayParser', /midday(?![\p{L}-])/iu, (_match, ref) => ({
  kind: 'date',
  value: fmtTime(ref, 12, 0),
  grain: 'time',
}));
