// Bare years ("in 1990", "fiscal 1989", "the 1988 period") that chrono leaves alone. A four-digit
// number is a year only in a plausible range and when nothing around it makes it a count
// ("2000 people", "some 1,990", "$1990") or a code ("No. 1990", "Flight 1990").
import { COUNT_NOUNS, NON_YEAR_BEFORE } from '../../../../rules/dates.js';
import { timexParser } from '../timex.js';

const PATTERN = /(?:fiscal(?:\s+year)?\s+|calendar\s+(?:year\s+)?|the\s+year\s+|(?:early|mid|late)[\s-]+(?!\d{4}s))?((?:1[5-9]|20)\d{2})(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|percent|-(?:year|old|\d)))/iu;

const WORD_BEFORE = /([\p{L}.$£€#]+)\s*$/u;
const WORD_AFTER = /^\s+([\p{L}]+)/u;

export const yearParser = timexParser('YearParser', PATTERN, (match, _ref, context) => {
  const index = match.index ?? 0;
  const before = context.text.slice(Math.max(0, index - 20), index);
  if (/[$£€#]\s*$|[\d,]\s*$|\d\s*-\s*$/.test(before)) return null;
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (match[0] === match[1] && word && NON_YEAR_BEFORE.includes(word)) return null;
  const after = WORD_AFTER.exec(context.text.slice(index + match[0].length, index + match[0].length + 30))?.[1]?.toLowerCase();
  if (after && COUNT_NOUNS.includes(after)) return null;
  return { kind: 'date', value: match[1]!, grain: 'year' };
});
