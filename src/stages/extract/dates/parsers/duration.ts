// Durations: "44 days" = P44D, "several days" = PXD, "two-year" = P2Y, "the first nine months"
// = P9M, "the past year" = P1Y, "for years" = PXY. Ages ("14-year-old", "five years old") are
// recognised here only to be dropped: they are neither dates nor durations.
import { UNITS } from '../../../../rules/dates.js';
import { COUNT_SOURCE, readCount } from '../numbers.js';
import type { ParsingContext } from 'chrono-node';
import { timexParser, type Timex } from '../timex.js';

const UNIT_NAMES = Object.keys(UNITS).join('|');
// "a" leads a count ("a year") but not an adjective ("a five-year deal": TimeML marks "five-year").
const LEAD = '(?:(?:the|its|their|his|her)\\s+|an?\\s+(?![\\w\\s]+-(?:second|minute|hour|day|week|month|quarter|year|decade|century)))?(?:(?:first|last|past|next|previous|coming|following|final|latest|initial|entire|full|whole|additional|further|more)\\s+)?';
const HEDGE = '(?:(?:about|nearly|almost|some|roughly|approximately|around|more\\s+than|less\\s+than|fewer\\s+than|over|under|up\\s+to|at\\s+least|at\\s+most|only|just|another|the\\s+past|the\\s+last)\\s+)?';

const COUNTED = new RegExp(
  `${LEAD}${HEDGE}(${COUNT_SOURCE})[\\s-]+(${UNIT_NAMES}|centurie)s?(\\s+and\\s+a\\s+half)?(?![\\p{L}])(?:[\\s-]+old\\b)?`,
  'iu',
);

/** ISO 8601 duration for a count of a unit. */
export function isoDuration(count: number | 'X', unit: string, half = false): string | null {
  const info = UNITS[unit];
  if (!info) return null;
  let n: number | 'X' = count;
  let letter = info.iso;
  if (unit === 'decade' && count !== 'X') [n, letter] = [count * 10, 'Y'];
  if (unit === 'century' && count !== 'X') [n, letter] = [count * 100, 'Y'];
  if (unit === 'quarter' && count !== 'X') [n, letter] = [count * 3, 'M'];
  if (half && n !== 'X') n += 0.5;
  if (n !== 'X' && !Number.isInteger(n)) {
    // ISO allows a decimal fraction in the smallest unit: "a minute and a half" = PT1.5M.
    if (!Number.isFinite(n)) return null;
  }
  return `P${info.time ? 'T' : ''}${n}${letter}`;
}

/** "four flights a week", "358,000 a month": a rate (a TimeML SET), not a duration. */
const RATE_BEFORE = /(?:\d|[a-z]{3,}s)\s+$/i;

function extractCounted(match: RegExpMatchArray, _ref: unknown, context: ParsingContext): Timex | null {
  if (/old$/i.test(match[0])) return { kind: 'none' };
  const index = match.index ?? 0;
  if (/^an?\s/i.test(match[0]) && RATE_BEFORE.test(context.text.slice(Math.max(0, index - 30), index))) return { kind: 'none' };
  // "three-quarters of its food" is a fraction.
  if (/quarter/i.test(match[2]!) && /^\s+of\b/i.test(context.text.slice(index + match[0].length))) return { kind: 'none' };
  const count = readCount(match[1]!);
  const unit = match[2]!.toLowerCase().replace(/^centurie$/, 'century');
  if (count === null) return null;
  // "60 Minutes", "Four Seasons": a capitalised unit is a title, not a span of time.
  if (/^[A-Z]/.test(match[2]!) && !/^[A-Z]+$/.test(match[2]!)) return null;
  // "a second group", "the second day": an ordinal, not a count of seconds.
  if (unit === 'second' && !/\d|seconds/i.test(match[0])) return null;
  const value = isoDuration(count, unit, Boolean(match[3]));
  return value ? { kind: 'duration', value } : null;
}

export const durationParser = timexParser('DurationParser', COUNTED, extractCounted);

/** "the past year", "the next month", "the last decade": one unit before or after the reference. */
const ONE_UNIT = /(?:the\s+)(?:past|last|next|coming|previous|following)\s+(year|month|week|decade|century|day|quarter)\b(?!['’]s)/i;
export const oneUnitDurationParser = timexParser('OneUnitDurationParser', ONE_UNIT, (match) => {
  const value = isoDuration(1, match[1]!.toLowerCase());
  return value ? { kind: 'duration', value } : null;
});

/** "for years", "over decades", "within hours": an unstated number of units. */
const VAGUE = /(?<=\b(?:for|over|within|lasting|took|takes|take)\s+)(years|months|weeks|days|decades|hours|minutes|centuries)\b/i;
export const vagueDurationParser = timexParser('VagueDurationParser', VAGUE, (match) => {
  const unit = match[1]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const value = isoDuration('X', unit);
  return value ? { kind: 'duration', value } : null;
});
