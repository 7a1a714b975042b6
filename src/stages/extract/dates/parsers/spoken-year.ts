// Years said in words, as broadcast transcripts write them: "nineteen ninety-six",
// "nineteen eighty", "two thousand", "the year two thousand" -> 1996, 1980, 2000.
import { timexParser } from '../timex.js';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const PATTERN = new RegExp(
  `(?:the\\s+year\\s+)?(?:(nineteen|eighteen)[\\s-]+(?:(${TENS.join('|')})(?:[\\s-]+(${UNITS.join('|')}))?|(${TEENS.join('|')})|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(${[...UNITS, ...TEENS].join('|')}))?)(?![\\p{L}-])`,
  'iu',
);

/** The source of a spoken year, for use inside larger patterns ("January nineteen ninety-seven"). */
export const SPOKEN_YEAR_SOURCE = `(?:nineteen|eighteen)[\\s-]+(?:(?:${TENS.join('|')})(?:[\\s-]+(?:${UNITS.join('|')}))?|(?:${TEENS.join('|')}))`;

const WHOLE = new RegExp(`^${PATTERN.source}$`, 'iu');

/** The year a spoken year names, or null ("nineteen ninety-four" -> 1994). */
export function spokenYear(text: string): number | null {
  const match = WHOLE.exec(text.trim());
  return match ? readYear(match) : null;
}

export const spokenYearParser = timexParser('SpokenYearParser', PATTERN, (match) => {
  const text = match[0].toLowerCase();
  // "two thousand people" is a count: only "the year two thousand" or a following year word.
  if (/^two\s+thousand/.test(text) && !match[5]) return null;
  return { kind: 'date', value: String(readYear(match)), grain: 'year' };
});

function readYear(match: RegExpMatchArray): number {
  let year: number;
  if (match[1]) {
    const century = match[1].toLowerCase() === 'nineteen' ? 1900 : 1800;
    const tens = match[2] ? (TENS.indexOf(match[2].toLowerCase()) + 2) * 10 : 0;
    const units = match[3] ? UNITS.indexOf(match[3].toLowerCase()) + 1 : 0;
    const teen = match[4] ? TEENS.indexOf(match[4].toLowerCase()) + 10 : 0;
    year = century + tens + units + teen;
  } else {
    const rest = match[5]?.toLowerCase();
    year = 2000 + (rest ? (UNITS.includes(rest) ? UNITS.indexOf(rest) + 1 : TEENS.indexOf(rest) + 10) : 0);
  }
  return year;
}

/** "the year two thousand" alone. */
export const yearTwoThousandParser = timexParser('YearTwoThousandParser', /the\s+year\s+two\s+thousand(?![\p{L}-])/iu, () => ({
  kind: 'date',
  value: '2000',
  grain: 'year',
}));
