// Quarters and halves: "the third quarter", "fourth-quarter", "the first quarter of 1990",
// "the 1988 second quarter", "the quarter", "the first half". Without a year a quarter is the
// latest one of that number that has begun by the reference date (news reports quarters that
// have happened), "the quarter"/"the latest quarter" the last completed one.
import { ORDINALS } from '../../../../rules/dates.js';
import { fmtQuarter, quarterOf, type Ymd } from '../calendar.js';
import { timexParser, type Timex } from '../timex.js';

const ORD = Object.keys(ORDINALS).join('|');

const PATTERN = new RegExp(
  `(?:(?:the|its|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?(?:(\\d{4})\\s+)?(?:fiscal[\\s-]+)?(${ORD})[\\s-]+(quarter|half)(?![\\p{L}]|-to-|[\\s-]+(?:century|of\\s+the\\s+(?:century|decade)))(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}))?`,
  'iu',
);

function latestQuarter(ref: Ymd, q: number): number {
  return q <= quarterOf(ref) ? ref.y : ref.y - 1;
}

function extract(match: RegExpMatchArray, ref: Ymd): Timex | null {
  const text = match[0].toLowerCase();
  const n = ORDINALS[match[2]!.toLowerCase()]!;
  const half = match[3]!.toLowerCase() === 'half';
  if (half && n > 2) return null;
  if (/^(?:last|final)$/i.test(match[2]!) && !/^the\s/.test(text)) return null;
  const stated = match[1] ?? match[4];
  let year = stated ? Number(stated) : half ? (n === 1 || ref.m > 6 ? ref.y : ref.y - 1) : latestQuarter(ref, n);
  if (/last\s+year's/.test(text)) year = ref.y - 1;
  if (/next\s+year's/.test(text)) year = ref.y + 1;
  if (/this\s+year's/.test(text)) year = ref.y;
  if (half) return { kind: 'date', value: `${String(year).padStart(4, '0')}-H${n}`, grain: 'quarter' };
  return { kind: 'date', value: fmtQuarter(year, n), grain: 'quarter' };
}

export const quarterParser = timexParser('QuarterParser', PATTERN, extract);

/** "the quarter", "the latest quarter", "this quarter", "last quarter", "the current quarter". */
const RELATIVE = /(?:the\s+(?:latest|current|last|previous|past|most\s+recent|same|comparable|recent|fiscal)\s+|this\s+|last\s+|next\s+|the\s+)(quarter)\b(?!-to-|[\s-]+(?:century|of\s+(?:a|the)\b|point|mile|inch|percent|%))/i;

export const relativeQuarterParser = timexParser('RelativeQuarterParser', RELATIVE, (match, ref) => {
  const text = match[0].toLowerCase();
  const current = quarterOf(ref);
  let index = ref.y * 4 + current - 1;
  if (/this|current/.test(text)) index += 0;
  else if (/next/.test(text)) index += 1;
  else index -= 1;
  const y = Math.floor(index / 4);
  return { kind: 'date', value: fmtQuarter(y, index - y * 4 + 1), grain: 'quarter' };
});
