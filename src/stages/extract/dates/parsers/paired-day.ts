// The second day of a pair sharing one month: "April 24 and 25" -> the 25th of the same April.
// chrono reads "April 24" and leaves the bare "25"; TimeML marks both days. The year is the one
// a month without a year takes (resolve-chrono.plausibleYear) unless the pair states it.
import { fmtDay } from '../calendar.js';
import { MONTH_SOURCE, monthOf } from '../months.js';
import { plausibleYear } from '../refiners/resolve-chrono.js';
import { timexParser } from '../timex.js';

const PATTERN = new RegExp(
  // (?=\\d) first: the lookbehind is tried only before a digit, not at every character of a
  // whitespace run (in unnormalised text, a 100,000-space gap made it quadratic).
  `(?=\\d)(?<=\\b(${MONTH_SOURCE})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or|&)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:]|[.,]\\d)(?:,?\\s+((?:1[5-9]|20)\\d{2})(?![\\p{N}]))?`,
  'iu',
);

export const pairedDayParser = timexParser('PairedDayParser', PATTERN, (match, ref) => {
  if (!/^[A-Z]/.test(match[1]!)) return null;
  const m = monthOf(match[1]!);
  const d = Number(match[2]);
  if (!m || d < 1 || d > 31) return null;
  const y = match[3] ? Number(match[3]) : plausibleYear(m, ref);
  return { kind: 'date', value: fmtDay({ y, m, d }), grain: 'day' };
});
