// Turns each of chrono's own results into a timex cut to the grain the text states: a weekday
// alone is the nearest one before the reference (weekday.ts), a month and day without a year take
// chrono's implied year (the one closest to the reference), a clock time keeps its zone.
// Runs last, after chrono's mergers, so "10 p.m. Wednesday" is one result.
import type { ParsedComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { fmtDay, fmtMonth, fmtOffset, fmtTime, fmtYear, type Ymd } from '../calendar.js';
import { referenceDay, tagResult, timexOf, type Timex } from '../timex.js';
import { resolveModifiedWeekday, resolveWeekday } from '../weekday.js';

function dayOf(c: ParsedComponents): Ymd {
  return { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
}

/**
 * The year of a month named without one: news looks back more than ahead, so the month is placed
 * from seven months before the reference month to four after it (in TimeBank and AQUAINT this
 * window holds 209 of 223 such months; chrono's closest-year rule holds 203).
 */
export function plausibleYear(month: number, ref: Ymd): number {
  const delta = month - ref.m;
  if (delta > 4) return ref.y - 1;
  if (delta < -7) return ref.y + 1;
  return ref.y;
}

export function chronoTimex(result: ParsingResult, context: ParsingContext): Timex | null {
  const c = result.start;
  const ref = referenceDay(context);
  let day = dayOf(c);
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
  if (weekdayOnly) {
    const modifier = /^(last|next|this)\s/i.exec(result.text)?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
    day = modifier
      ? resolveModifiedWeekday(c.get('weekday')!, ref, modifier)
      : resolveWeekday(c.get('weekday')!, ref, context.text.slice(0, result.index));
  }
  if (c.isCertain('hour')) {
    const zone = c.isCertain('timezoneOffset') ? fmtOffset(c.get('timezoneOffset')!) : '';
    const clock = !weekdayOnly && !c.isCertain('day') && !c.isCertain('month') ? { clock: true as const } : {};
    return { kind: 'date', value: fmtTime(day, c.get('hour')!, c.get('minute') ?? 0) + zone, grain: 'time', ...clock };
  }
  const yearless = !c.isCertain('year') && c.isCertain('month') && !weekdayOnly;
  if (yearless) day = { ...day, y: plausibleYear(day.m, ref) };
  const mark = yearless ? { yearless: true as const } : {};
  if (c.isCertain('day') || weekdayOnly) return { kind: 'date', value: fmtDay(day), grain: 'day', ...mark };
  if (c.isCertain('month')) return { kind: 'date', value: fmtMonth(day), grain: 'month', ...mark };
  if (c.isCertain('year')) return { kind: 'date', value: fmtYear(day.y), grain: 'year' };
  return null;
}

export const resolveChronoRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      if (timexOf(result)) {
        out.push(result);
        continue;
      }
      const timex = chronoTimex(result, context);
      if (timex) out.push(tagResult(result, timex));
    }
    return out;
  },
};
