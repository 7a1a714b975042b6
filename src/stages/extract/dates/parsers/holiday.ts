// Holidays: "Thanksgiving Day", "last Christmas", "Easter Sunday", "Election Day 1998". Without a
// year a holiday is the latest one on or before the reference ("next" takes the following one),
// as news mostly reports what happened, unless this year's falls within the coming month: a
// reader in late October takes "Election Day" as the one ahead.
import { HOLIDAYS, type HolidayRule } from '../../../../rules/dates.js';
import { addDays, daysBetween, fmtDay, weekday, type Ymd } from '../calendar.js';
import { timexParser } from '../timex.js';

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');
// Case-sensitive initial capitals: "christmas" in running text is still the holiday, but
// "easter" would be a direction; so names must be capitalised.
const PATTERN = new RegExp(`(?:(last|next|this)\\s+)?(${NAMES})(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'iu');

/** How far ahead an unmodified holiday is still the one meant. */
const UPCOMING_DAYS = 31;

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function holidayIn(rule: HolidayRule, y: number): Ymd {
  if (rule === 'easter') return easter(y);
  if ('day' in rule) return { y, m: rule.month, d: rule.day };
  let day: Ymd;
  if (rule.nth > 0) {
    const first = { y, m: rule.month, d: 1 };
    day = addDays(first, ((rule.weekday - weekday(first) + 7) % 7) + 7 * (rule.nth - 1));
  } else {
    const last = addDays({ y: rule.month === 12 ? y + 1 : y, m: rule.month === 12 ? 1 : rule.month + 1, d: 1 }, -1);
    day = addDays(last, -((weekday(last) - rule.weekday + 7) % 7));
  }
  return addDays(day, rule.plusDays ?? 0);
}

export const holidayParser = timexParser('HolidayParser', PATTERN, (match, ref) => {
  const name = match[2]!;
  if (!/^[A-Z]/.test(name)) return null;
  const rule = HOLIDAYS[name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")];
  if (!rule) return null;
  const which = match[1]?.toLowerCase();
  let day: Ymd;
  if (match[3]) day = holidayIn(rule, Number(match[3]));
  else {
    day = holidayIn(rule, ref.y);
    const ahead = daysBetween(ref, day) > 0;
    if (which === 'next') day = ahead ? day : holidayIn(rule, ref.y + 1);
    else if (which === 'this') day = day;
    else if (which === 'last' ? daysBetween(ref, day) >= 0 : daysBetween(ref, day) > UPCOMING_DAYS) day = holidayIn(rule, ref.y - 1);
  }
  return { kind: 'date', value: fmtDay(day), grain: 'day' };
});
