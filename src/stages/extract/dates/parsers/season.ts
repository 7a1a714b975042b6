// Seasons: "last fall", "this summer", "the summer of 1990", "winter 1994" -> 1990-SU. A bare
// season word is left alone ("fall" and "spring" are verbs too): a determiner or a year must say
// it is a time. "last" is the latest such season before the reference, "next" the one after.
import { SEASONS } from '../../../../rules/dates.js';
import type { Ymd } from '../calendar.js';
import { timexParser, type Timex } from '../timex.js';

const NAMES = Object.keys(SEASONS).join('|');
// At most three modifiers ('this past early'): an unbounded run made every start scan the whole
// run, quadratic on 'next next next ...' (a long line of them took a second).
const PATTERN = new RegExp(
  `(?:(?:(this\\s+past|this\\s+coming|this|last|next|the|early|late|mid)[\\s-]+){1,3}(${NAMES})\\b(?:\\s+of\\s+(\\d{4}))?|(${NAMES})\\s+(?:of\\s+)?(\\d{4})\\b)`,
  'i',
);

/** Northern-hemisphere season a month falls in (TimeML convention for news). */
const seasonOfMonth = (m: number): string => (m >= 3 && m <= 5 ? 'SP' : m <= 8 && m >= 6 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI');
const ORDER = ['WI', 'SP', 'SU', 'FA'];

function extract(match: RegExpMatchArray, ref: Ymd): Timex | null {
  const code = SEASONS[(match[2] ?? match[4])!.toLowerCase()]!;
  const stated = match[3] ?? match[5];
  const text = match[0].toLowerCase();
  if (stated) return { kind: 'date', value: `${stated}-${code}`, grain: 'season' };
  const now = ORDER.indexOf(seasonOfMonth(ref.m));
  const wanted = ORDER.indexOf(code);
  // Winter is counted with the year it starts in only from December on.
  let year = ref.y;
  if (/\blast\b|this\s+past/.test(text)) {
    if (wanted >= now) year -= 1;
  } else if (/\bnext\b|this\s+coming/.test(text)) {
    if (wanted <= now) year += 1;
  } else if (!/\bthis\b/.test(text) && !/^the\b/.test(text) && !/early|late|mid/.test(text)) {
    return null;
  }
  return { kind: 'date', value: `${year}-${code}`, grain: 'season' };
}

export const seasonParser = timexParser('SeasonParser', PATTERN, extract);
