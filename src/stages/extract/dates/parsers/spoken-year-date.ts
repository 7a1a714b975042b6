// A month or season with a year said in words, as broadcast transcripts write them:
// "January nineteen ninety-seven" -> 1997-01, "the winter of nineteen ninety-four" -> 1994-WI.
import { SEASONS } from '../../../../rules/dates.js';
import { fmtMonth } from '../calendar.js';
import { MONTHS } from '../months.js';
import { timexParser } from '../timex.js';
import { SPOKEN_YEAR_SOURCE, spokenYear } from './spoken-year.js';

const PATTERN = new RegExp(
  `(?:(${Object.keys(MONTHS).join('|')})\\s+(?:of\\s+)?|(?:the\\s+)?(${Object.keys(SEASONS).join('|')})\\s+of\\s+)(${SPOKEN_YEAR_SOURCE})(?![\\p{L}-])`,
  'iu',
);

export const spokenYearDateParser = timexParser('SpokenYearDateParser', PATTERN, (match) => {
  const year = spokenYear(match[3]!);
  if (year === null) return null;
  if (match[1]) {
    if (!/^[A-Z]/.test(match[1])) return null;
    return { kind: 'date', value: fmtMonth({ y: year, m: MONTHS[match[1].toLowerCase()]! }), grain: 'month' };
  }
  return { kind: 'date', value: `${year}-${SEASONS[match[2]!.toLowerCase()]!}`, grain: 'season' };
});
