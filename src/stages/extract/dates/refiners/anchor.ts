// Expressions counted from another date ("two days later", "a year earlier", "the following
// month", "the year-ago quarter") take the date mentioned last before them, as a reader does.
// "a year ago/earlier" beside quarterly results means that quarter a year before (TimeML's WSJ
// convention); otherwise a year back is a year. "ago" keeps the reference date, which its parser
// already used, unless it follows a quarter. Runs over the whole article, in reading order.
import { fmtQuarter, parseYmd, type Ymd } from '../calendar.js';
import { shiftDay } from '../parsers/ago.js';
import type { Timex } from '../timex.js';

type Plain = 'day' | 'month' | 'quarter' | 'year';

/** Reads a day, month, quarter or year value back into its first day and grain. */
function readValue(value: string): { day: Ymd; grain: Plain } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { day: parseYmd(value)!, grain: 'day' };
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: Number(m[2]), d: 1 }, grain: 'month' };
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: (Number(m[2]) - 1) * 3 + 1, d: 1 }, grain: 'quarter' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: 1, d: 1 }, grain: 'year' };
  return null;
}

function cut(day: Ymd, grain: Plain): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (grain === 'quarter') return fmtQuarter(day.y, Math.floor((day.m - 1) / 3) + 1);
  if (grain === 'month') return `${day.y}-${p(day.m)}`;
  if (grain === 'year') return String(day.y);
  return `${day.y}-${p(day.m)}-${p(day.d)}`;
}

function anchored(t: Extract<Timex, { kind: 'date' }>, before: { day: Ymd; grain: Plain }): Timex {
  const { n, unit, ago } = t.anchor!;
  const yearBack = unit === 'year' && n === -1;
  if (yearBack && before.grain === 'quarter') return { kind: 'date', value: cut(shiftDay(before.day, n, unit), 'quarter'), grain: 'quarter' };
  if (ago) return t;
  const grain: Plain | null = t.grain === 'day' || t.grain === 'month' || t.grain === 'year' ? t.grain : null;
  // A finer unit than the date it counts from ("two days after 1990") has no day to land on.
  if (!grain || (before.grain === 'year' && grain !== 'year') || (before.grain === 'month' && grain === 'day')) return t;
  return { kind: 'date', value: cut(shiftDay(before.day, n, unit), grain), grain };
}

/** Resolves anchored timexes against the previous plain date; returns the timexes in order. */
export function resolveAnchors(timexes: readonly Timex[]): Timex[] {
  let previous: { day: Ymd; grain: Plain } | null = null;
  return timexes.map((t) => {
    if (t.kind !== 'date') return t;
    if (!t.anchor) {
      previous = readValue(t.value) ?? previous;
      return t;
    }
    return previous ? anchored(t, previous) : t;
  });
}
