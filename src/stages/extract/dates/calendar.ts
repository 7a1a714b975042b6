// Calendar arithmetic on plain year/month/day triples in UTC, so that no result depends on the
// machine's time zone or clock. Also the TimeML value formats (weeks, quarters, seasons, decades).
import type { Grain } from '../../../schema/record.js';

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

const toUtc = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d);
const fromUtc = (ms: number): Ymd => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

/** Reads the date part of an ISO date or date-time ("2013-03-22", "2013-03-22T10:00:00Z"); null when it is none. */
export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return t.m >= 1 && t.m <= 12 && t.d >= 1 && t.d <= 31 ? t : null;
}

export const ymdOfInstant = (date: Date): Ymd => fromUtc(date.getTime());
/** Noon UTC of the day: a chrono reference that stays on the same calendar day in every zone offset. */
export const noonUtc = (t: Ymd): Date => new Date(toUtc(t) + DAY_MS / 2);

export const addDays = (t: Ymd, n: number): Ymd => fromUtc(toUtc(t) + n * DAY_MS);
export function addMonths(t: Ymd, n: number): Ymd {
  const index = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(t.d, last) };
}
/** 0 = Sunday ... 6 = Saturday */
export const weekday = (t: Ymd): number => new Date(toUtc(t)).getUTCDay();
export const daysBetween = (a: Ymd, b: Ymd): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 3 - ((weekday(t) + 6) % 7));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const quarterOf = (t: Ymd): number => Math.floor((t.m - 1) / 3) + 1;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (t: { y: number; m: number }): string => `${pad(t.y, 4)}-${pad(t.m)}`;
export const fmtDay = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtWeek = (t: Ymd): string => {
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};
export const fmtQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
export const fmtTime = (t: Ymd, hour: number, minute: number): string => `${fmtDay(t)}T${pad(hour)}:${pad(minute)}`;
export const fmtOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** The value of a day cut to a grain (day, week, month, quarter, year). */
export function cutDay(t: Ymd, grain: Grain): string {
  switch (grain) {
    case 'week':
      return fmtWeek(t);
    case 'month':
      return fmtMonth(t);
    case 'quarter':
      return fmtQuarter(t.y, quarterOf(t));
    case 'year':
      return fmtYear(t.y);
    case 'decade':
      return `${fmtYear(t.y).slice(0, 3)}X`;
    default:
      return fmtDay(t);
  }
}
