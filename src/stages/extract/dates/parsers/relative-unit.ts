// "this week", "last month", "next year", "earlier this year", "the end of last month",
// "last weekend", "later in the year": a calendar unit counted from the reference date, cut to that unit
// (2013-W12, 2013-03, 2013). "the past year" is left to the duration parser (TimeML: a span).
import { addDays, addMonths, cutDay, fmtWeek, weekday, type Ymd } from '../calendar.js';
import { timexParser, type Timex } from '../timex.js';

const PATTERN =
  /(?:(?:earlier|later|early|late|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of|(?:at|by)\s+the\s+end\s+of)[\s-]+)?(this|last|next|the\s+current|the\s+previous|the\s+following|the\s+next|the\s+coming|the\s+same)\s+(week|month|year|weekend)\b/i;

function extract(match: RegExpMatchArray, ref: Ymd): Timex | null {
  const which = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const unit = match[2]!.toLowerCase();
  if (which === 'the same') return null;
  // "the next/coming year" is a span from now in TimeML; only "next year" is a date.
  if (which === 'the next' || which === 'the coming') return null;
  const step = which === 'last' || which === 'the previous' ? -1 : which === 'next' || which === 'the following' ? 1 : 0;
  if (unit === 'weekend') return { kind: 'date', value: weekendValue(ref, step), grain: 'week' };
  // "the following month" counts from the date just mentioned (refiners/anchor.ts).
  const anchor = which === 'the following' || which === 'the previous' ? { anchor: { n: step, unit } } : {};
  if (unit === 'month') return { kind: 'date', value: cutDay(addMonths(ref, step), 'month'), grain: 'month', ...anchor };
  if (unit === 'year') return { kind: 'date', value: String(ref.y + step).padStart(4, '0'), grain: 'year', ...anchor };
  if (unit === 'week') return { kind: 'date', value: cutDay(addDays(ref, step * 7), 'week'), grain: 'week' };
  if (unit === 'month') return { kind: 'date', value: cutDay(addMonths(ref, step), 'month'), grain: 'month' };
  return { kind: 'date', value: String(ref.y + step).padStart(4, '0'), grain: 'year' };
}

/** The weekend a reader means: "this"/"the" weekend is the latest one begun by the reference day. */
function weekendValue(ref: Ymd, step: number): string {
  const sinceSaturday = (weekday(ref) + 1) % 7;
  const saturday = addDays(ref, -sinceSaturday + step * 7);
  return `${fmtWeek(saturday)}-WE`;
}

/** "the weekend": the latest weekend begun by the reference day. */
export const weekendParser = timexParser('WeekendParser', /(?:the|this\s+past)\s+weekend\b/i, (_match, ref) => ({
  kind: 'date',
  value: weekendValue(ref, 0),
  grain: 'week',
}));

export const relativeUnitParser = timexParser('RelativeUnitParser', PATTERN, extract);

/**
 * "earlier in the week", "later in the year": the unit the story is in. A month or year counts
 * from the date mentioned before ("He moved in 2009. Later in the year ..." = 2009); a week is
 * the reference's.
 */
const IN_THE_UNIT = /(?:earlier|later|early|late)\s+in\s+the\s+(week|month|year)\b(?!\s+(?:of|before|after|when|that)\b)/i;
export const inTheUnitParser = timexParser('InTheUnitParser', IN_THE_UNIT, (match, ref) => {
  const unit = match[1]!.toLowerCase();
  if (unit === 'week') return { kind: 'date', value: fmtWeek(ref), grain: 'week' };
  const grain = unit === 'month' ? 'month' : 'year';
  return { kind: 'date', value: cutDay(ref, grain), grain, anchor: { n: 0, unit } };
});
