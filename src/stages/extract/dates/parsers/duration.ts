// Durations: "44 days" = P44D, "several days" = PXD, "two-year" = P2Y, "the first nine months"
// = P9M, "the past year" = P1Y, "for years" = PXY. Ages ("14-year-old", "five years old") are
// recognised here only to be dropped: they are neither dates nor durations.
import { UNITS } from '../../../../rules/dates.js';
import { COUNT_SOURCE, readCount } from '../numbers.js';
import type { ParsingContext } from 'chrono-node';
import { timexParser, type Timex, type Trimmed } from '../timex.js';

const UNIT_NAMES = Object.keys(UNITS).join('|');
// "a" leads a count ("a year") but not an adjective ("a five-year deal": TimeML marks "five-year").
const DET = '((?:the|its|their|his|her|our|a|an)\\s+)?';
const MOD = '((?:first|last|past|next|previous|coming|following|final|latest|initial|entire|full|whole|additional|further|more)\\s+)?';
const HEDGE = '((?:about|nearly|almost|some|roughly|approximately|around|more\\s+than|less\\s+than|fewer\\s+than|over|under|up\\s+to|at\\s+least|at\\s+most|only|just|another|the\\s+past|the\\s+last)\\s+)?';
/** Hedges TimeML leaves outside the span ("about five hours" -> "five hours"). */
const DROPPED_HEDGE = /^(?:about|nearly|almost|roughly|approximately|around|over|under|only|just)\s/i;

// Groups: 1 determiner, 2 modifier, 3 hedge, 4 count, 5 "1/2", 6 unit, 7 plural s, 8 "and a half".
const COUNTED = new RegExp(
  `${DET}${MOD}${HEDGE}(${COUNT_SOURCE})(\\s+1/2|\\s*½)?[\\s-]+(${UNIT_NAMES}|centurie)(s?)(\\s+and\\s+a\\s+half)?(?![\\p{L}])(?:[\\s-]+old\\b)?`,
  'iu',
);

/** Half of a unit in the next smaller one (decades and centuries are counted in years). */
const HALF_OF: Readonly<Record<string, { n: number; letter: string; time?: true }>> = {
  year: { n: 6, letter: 'M' },
  day: { n: 12, letter: 'H', time: true },
  hour: { n: 30, letter: 'M', time: true },
  minute: { n: 30, letter: 'S', time: true },
};

/** ISO 8601 duration for a count of a unit. */
export function isoDuration(count: number | 'X', unit: string, half = false): string | null {
  const info = UNITS[unit];
  if (!info) return null;
  let n: number | 'X' = count;
  let letter = info.iso;
  if (unit === 'decade' && count !== 'X') [n, letter] = [count * 10, 'Y'];
  if (unit === 'century' && count !== 'X') [n, letter] = [count * 100, 'Y'];
  if (unit === 'quarter' && count !== 'X') [n, letter] = [count * 3, 'M'];
  if (half && n !== 'X') {
    // Half a unit is written in the next smaller one where that is whole: "2 1/2 years" = P2Y6M.
    const smaller = HALF_OF[unit];
    if (smaller && Number.isInteger(n)) {
      const t = info.time ? 'T' : '';
      return `P${t}${n}${letter}${smaller.time && !t ? 'T' : ''}${smaller.n}${smaller.letter}`;
    }
    n += unit === 'decade' ? 5 : unit === 'century' ? 50 : 0.5;
  }
  if (n !== 'X' && !Number.isFinite(n)) return null;
  return `P${info.time ? 'T' : ''}${n}${letter}`;
}

/**
 * "four flights a week", "358,000 a month", "5% a year", "twice a week": a rate (a TimeML SET),
 * not a duration. A plural alone is no rate: "it takes a year", "caps a four-month ordeal".
 */
// redos-safe: it only ever sees the 30 characters before a match.
const RATE_BEFORE = /(?:\d%?|%|\b(?:once|twice|thrice|times)|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|several|few|many))\s+[a-z-]+s)\s+$/i;

/**
 * Where the span starts: an adjective ("the five-year plan", "a two day rally") leaves its
 * determiner out, and a hedge ("about", "only") is left out when nothing precedes it.
 */
function spanSkip(match: RegExpMatchArray, count: number | 'X'): number {
  const [det = '', mod = '', hedge = ''] = [match[1], match[2], match[3]];
  const countText = match[4]! + (match[5] ?? '');
  const hyphenated = match[0].slice(det.length + mod.length + hedge.length + countText.length).startsWith('-');
  const adjective = hyphenated || (match[7] === '' && count !== 1 && count !== 'X' && !/^an?\s/i.test(countText));
  if (det && !mod && (adjective || (hedge && DROPPED_HEDGE.test(hedge)))) return det.length + (hedge && DROPPED_HEDGE.test(hedge) ? hedge.length : 0);
  if (!det && !mod && hedge && DROPPED_HEDGE.test(hedge)) return hedge.length;
  return 0;
}

function extractCounted(match: RegExpMatchArray, _ref: unknown, context: ParsingContext): Timex | Trimmed | null {
  if (/old$/i.test(match[0])) return { kind: 'none' };
  const index = match.index ?? 0;
  // Only a bare "a" counting the unit makes a rate: "caps a four-month ordeal" is a duration.
  const bareA = !match[1] && !match[2] && !match[3] && /^an?$/i.test(match[4]!);
  if (bareA && RATE_BEFORE.test(context.text.slice(Math.max(0, index - 30), index))) return { kind: 'none' };
  // "three-quarters of its food" is a fraction.
  if (/quarter/i.test(match[6]!) && /^\s+of\b/i.test(context.text.slice(index + match[0].length))) return { kind: 'none' };
  const count = readCount(match[4]!);
  const unit = match[6]!.toLowerCase().replace(/^centurie$/, 'century');
  if (count === null) return null;
  // "60 Minutes", "Four Seasons": a capitalised unit is a title, not a span of time.
  if (/^[A-Z]/.test(match[6]!) && !/^[A-Z]+$/.test(match[6]!)) return null;
  // "a second group", "the second day": an ordinal, not a count of seconds.
  if (unit === 'second' && !/\d|seconds/i.test(match[0])) return null;
  const value = isoDuration(count, unit, Boolean(match[5] || match[8]));
  if (!value) return null;
  const skip = spanSkip(match, count);
  return skip ? { timex: { kind: 'duration', value }, skip } : { kind: 'duration', value };
}

export const durationParser = timexParser('DurationParser', COUNTED, extractCounted);

/** "the past year", "the next month", "the last decade": one unit before or after the reference. */
const ONE_UNIT = /(?:the\s+)(?:past|last|next|coming|previous|following)\s+(year|month|week|decade|century|day|quarter)\b(?!['’]s)/i;
export const oneUnitDurationParser = timexParser('OneUnitDurationParser', ONE_UNIT, (match) => {
  const value = isoDuration(1, match[1]!.toLowerCase());
  return value ? { kind: 'duration', value } : null;
});

/** "for years", "over decades", "within hours": an unstated number of units. */
// (?=[cdhmwy]) first: the lookbehind is tried only where a unit can start, not at every character
// of a whitespace run (in unnormalised text, a 100,000-space gap made it quadratic).
const VAGUE = /(?=[cdhmwy])(?<=\b(?:for|over|within|lasting|took|takes|take)\s+)(years|months|weeks|days|decades|hours|minutes|centuries)\b/i;
export const vagueDurationParser = timexParser('VagueDurationParser', VAGUE, (match) => {
  const unit = match[1]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const value = isoDuration('X', unit);
  return value ? { kind: 'duration', value } : null;
});
