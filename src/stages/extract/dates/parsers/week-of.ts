// "the week of March 6" -> 2000-W10: the ISO week holding the day named, whose year, when not
// stated, is placed as for any month without a year (resolve-chrono.plausibleYear).
import { fmtWeek } from '../calendar.js';
import { MONTH_SOURCE, monthOf } from '../months.js';
import { plausibleYear } from '../refiners/resolve-chrono.js';
import { timexParser } from '../timex.js';

const PATTERN = new RegExp(`the\\s+week\\s+of\\s+(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:1[5-9]|20)\\d{2}))?(?![\\p{L}\\p{N}])`, 'iu');

export const weekOfParser = timexParser('WeekOfParser', PATTERN, (match, ref) => {
  // News capitalises months: "the week of may 6" is no date.
  if (!/^[A-Z]/.test(match[1]!)) return null;
  const m = monthOf(match[1]!);
  const d = Number(match[2]);
  if (!m || d < 1 || d > 31) return null;
  const y = match[3] ? Number(match[3]) : plausibleYear(m, ref);
  return { kind: 'date', value: fmtWeek({ y, m, d }), grain: 'week' };
});
