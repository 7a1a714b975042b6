// Expressions counted from another date ("two days later", "a year earlier", "the year-ago
// quarter") take the date mentioned last before them, as a reader does. "a year ago" in a
// report of quarterly results means that quarter a year before; otherwise "ago" counts from the
// reference date, which the parser already did. Runs over the whole article, in reading order.
import { addMonths, fmtQuarter, parseYmd, type Ymd } from '../calendar.js';
import { shiftDay } from '../parsers/ago.js';
import type { Timex } from '../timex.js';

type DateTimex = Extract<Timex, { kind: 'date' }>;

/** Reads a day, month, quarter or year value back into its first day and grain. */
function readValue(value: string): { day: Ymd; grain: 'day' | 'month' | 'quarter' | 'year' } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { day: parseYmd(value)!, grain: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: Number(m[2]), d: 1 }, grain: 'month' };
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: (Number(m[2]) - 1) * 3 + 1, d: 1 }, grain: 'quarter' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: { y: Number(m[1]), m: 1, d: 1 }, grain: 'year' };
  return null;
}

function cut(day: Ymd, grain: 'day' | 'month' | 'quarter' | 'year'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  if (grain === 'quarter') return fmtQuarter(day.y, Math.floor((day.m - 1) / 3) + 1);
  if (grain === 'month') return `${day.y}-${p(day.m)}`;
  if (grain === 'year') return String(day.y);
  return `${day.y}-${p(day.m)}-${p(day.d)}`;
}

/** Resolves anchored timexes against the previous plain date; returns new timexes in order. */
export function resolveAnchors(timexes: readonly Timex[]): Timex[] {
  let previous: DateTimex | null = null;
  return timexes.map((t) => {
    if (t.kind !== 'date') return t;
    if (!t.anchor) {
      if (readValue(t.value)) previous = t;
      return t;
    }
    const before = previous ? readValue(previous.value) : null;
    if (!before) return t;
    const { n, unit, ago } = t.anchor;
    const yearBack = unit === 'year' && Math.abs(n) === 1;
    if (ago && !(yearBack && before.grain === 'quarter')) return t;
    if (!ago && before.grain === 'year' && unit !== 'year' && unit !== 'decade') return t;
    const shifted = unit === 'year' || unit === 'decade' || unit === 'century' ? shiftDay(before.day, n, unit) : shiftDay(before.day, n, unit);
    const grain = yearBack ? before.grain : t.grain === 'week' || t.grain === 'decade' ? 'day' : (t.grain as 'day');
    if (t.grain === 'week' || t.grain === 'decade') return t;
    const value = cut(shifted, yearBack ? before.grain : grain);
    return { ...t, value, grain: yearBack ? before.grain : t.grain } as Timex;
  });
}

export { addMonths };
