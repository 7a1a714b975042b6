// Decades and centuries: "the 1990s", "the mid-1980s", "the '80s", "the nineties" -> 199X / 198X,
// "the 20th century" -> 19. A decade is a date even as a modifier ("the 1990s band").
import { DECADE_WORDS } from '../../../../rules/dates.js';
import { timexParser } from '../timex.js';

const WORDS = Object.keys(DECADE_WORDS).join('|');
const PATTERN = new RegExp(
  `(?:the\\s+)?(?:(?:early|mid|late|last\\s+half\\s+of\\s+the|first\\s+half\\s+of\\s+the)[\\s-]+)?(?:(\\d{3})0'?s|'(\\d)0'?s|(${WORDS}))(?![\\p{L}\\p{N}])`,
  'iu',
);

export const decadeParser = timexParser('DecadeParser', PATTERN, (match, ref) => {
  if (match[1]) return { kind: 'date', value: `${match[1]}X`, grain: 'decade' };
  const digit = match[2] ? Number(match[2]) : DECADE_WORDS[match[3]!.toLowerCase()]!;
  if (match[3] && !/^the\b/i.test(match[0])) return null;
  // A two-digit decade is the latest one of that name that has begun by the reference date.
  const century = Math.floor(ref.y / 100) * 100;
  const start = century + digit * 10 <= ref.y ? century + digit * 10 : century - 100 + digit * 10;
  return { kind: 'date', value: `${String(start).slice(0, 3)}X`, grain: 'decade' };
});

const CENTURY = /(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century/i;
export const centuryParser = timexParser('CenturyParser', CENTURY, (match) => ({
  kind: 'date',
  value: String(Number(match[1]) - 1).padStart(2, '0'),
  grain: 'decade',
}));
