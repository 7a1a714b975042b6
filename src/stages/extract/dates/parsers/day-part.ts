// Parts of a day: "Wednesday night", "this morning", "last night", "tonight", "late yesterday
// afternoon" -> 1998-01-07TNI (TimeML's MO/AF/EV/NI), grain time. A weekday is the one nearest
// before the reference, as for bare weekdays.
import { DAY_PARTS } from '../../../../rules/dates.js';
import { addDays, fmtDay, type Ymd } from '../calendar.js';
import { timexParser } from '../timex.js';
import { resolveWeekday, WEEKDAYS } from '../weekday.js';

const PARTS = Object.keys(DAY_PARTS).join('|');
const DAYS = WEEKDAYS.join('|');
const PATTERN = new RegExp(
  `(?:(?:early|late|mid)[\\s-]+)?(?:(${DAYS}|yesterday|today|tomorrow|this|last|the)\\s+(${PARTS})s?|(tonight))\\b`,
  'i',
);

export const dayPartParser = timexParser('DayPartParser', PATTERN, (match, ref, context) => {
  const which = (match[1] ?? match[3])!.toLowerCase();
  const part = match[2] ? DAY_PARTS[match[2].toLowerCase()]! : 'NI';
  let day: Ymd;
  if (which === 'yesterday') day = addDays(ref, -1);
  else if (which === 'tomorrow') day = addDays(ref, 1);
  else if (which === 'last') {
    if (part !== 'NI') return null;
    day = addDays(ref, -1);
  }  else if (which === 'today' || which === 'this' || which === 'tonight') day = ref;
  else if (which === 'the') return { kind: 'none' };
  else day = resolveWeekday(WEEKDAYS.indexOf(which), ref, context.text.slice(0, match.index ?? 0));
  return { kind: 'date', value: `${fmtDay(day)}T${part}`, grain: 'time' };
});
