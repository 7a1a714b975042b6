// "three weeks ago", "a year earlier", "two days later", "five months from now": the reference
// (or, for "earlier"/"later", the date last mentioned: see refiners/anchor.ts) moved by the
// count, cut to the unit's grain as TimeML does ("five months ago" = 1997-08).
import { UNITS } from '../../../../rules/dates.js';
import { addDays, addMonths, cutDay, fmtDay, type Ymd } from '../calendar.js';
import { COUNT_SOURCE, readCount } from '../numbers.js';
import { timexParser, type Timex } from '../timex.js';

const UNIT_NAMES = Object.keys(UNITS).join('|');
const PATTERN = new RegExp(
  `(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|over|just|only|at\\s+least)\\s+)?(${COUNT_SOURCE})[\\s-]+(${UNIT_NAMES}|centurie)s?\\s+(ago|earlier|later|from\\s+now|hence|(?:before|after)(?=\\s*(?:[.,;:!?)]|$)))\\b`,
  'i',
);

export function shiftDay(day: Ymd, n: number, unit: string): Ymd {
  if (unit === 'day') return addDays(day, n);
  if (unit === 'week') return addDays(day, 7 * n);
  if (unit === 'month') return addMonths(day, n);
  if (unit === 'quarter') return addMonths(day, 3 * n);
  if (unit === 'year') return addMonths(day, 12 * n);
  if (unit === 'decade') return addMonths(day, 120 * n);
  return addMonths(day, 1200 * n);
}

function extract(match: RegExpMatchArray, ref: Ymd): Timex | null {
  const count = readCount(match[1]!);
  const unit = match[2]!.toLowerCase().replace(/^centurie$/, 'century');
  const info = UNITS[unit];
  if (!info || info.time || count === null) return null;
  const sign = /ago|earlier|before/i.test(match[3]!) ? -1 : 1;
  const anchored = !/ago|from\s+now|hence/i.test(match[3]!);
  // "several years ago" states no calendar value: TimeML's PAST_REF / FUTURE_REF.
  if (count === 'X') return { kind: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', grain: 'day' };
  if (!Number.isInteger(count)) return null;
  const day = shiftDay(ref, sign * count, unit);
  const grain = info.grain === 'time' ? 'day' : info.grain;
  const value = grain === 'day' ? fmtDay(day) : cutDay(day, grain);
  return { kind: 'date', value, grain, anchor: anchored ? { n: sign * count, unit } : { n: sign * count, unit, ago: true } };
}

export const agoParser = timexParser('AgoParser', PATTERN, extract);
