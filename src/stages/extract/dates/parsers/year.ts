// Bare years ("in 1990", "fiscal 1989", "the 1988 period") that chrono leaves alone. A four-digit
// number is a year only in a plausible range and when nothing around it makes it a count
// ("2000 people", "some 1,990", "$1990", "scored 2010 points") or a code or name ("No. 1990",
// "Flight 1990", "Windows 2000").
import { COUNT_NOUNS, NON_YEAR_BEFORE } from '../../../../rules/dates.js';
import { timexParser } from '../timex.js';

const PATTERN = /(?:fiscal(?:\s+year)?\s+|calendar\s+(?:year\s+)?|the\s+year\s+|(?:early|mid|late)[\s-]+(?!\d{4}s))?((?:1[5-9]|20)\d{2})(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|percent|-(?:year|old|\d)))/iu;

const WORD_BEFORE = /([\p{L}.$£€#]+)\s*$/u;
const WORD_AFTER = /^\s+([\p{L}]+)/u;

/** Words after which a year keeps its role: determiners, prepositions, calendar words. */
const YEAR_BEFORE_OK = /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|in|since|by|after|before|until|till|from|during|for|of|on|at|around|through|throughout|between|and|or|to|early|mid|late|fiscal|calendar|year|spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/**
 * What around a four-digit number makes it no year: a name before it ("Windows 2000", "HR 2020",
 * "Orion 1980"), a unit compound ("a 2000-word essay"), a score ("1990 to 12"), a street number
 * ("1999 Main Street"), or a plural noun it counts after a verb ("scored 2010 points"; "the 2020
 * elections" and "in 1989 results" stay years).
 */
function otherRole(before: string, after: string): boolean {
  if (/^-(?!era\b)\p{Ll}/u.test(after)) return true;
  if (/^\s+(?:to|-)\s*\d{1,3}(?!\d)/.test(after)) return true;
  if (/^\s+\p{Lu}\p{Ll}+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place)\b/u.test(after)) return true;
  // redos-safe: `before` is the 20 characters before the year.
  const word = /([\p{L}][\p{L}.'’-]*)\s+$/u.exec(before)?.[1];
  if (!word || YEAR_BEFORE_OK.test(word.replace(/\.$/, '')) || /['’]s?$/.test(word)) return false;
  const wordStart = before.length - before.trimEnd().length + word.length;
  const sentenceStart = /(?:^|[.!?:;"“(])\s*$/.test(before.slice(0, before.length - wordStart));
  // A capitalised word that does not open the sentence names something: "Windows 2000".
  if (/^\p{Lu}/u.test(word)) return !sentenceStart;
  // After a verb, a number with a plural noun is a count: "scored 2010 points".
  const noun = /^\s+(\p{Ll}{3,}s)\b/u.exec(after)?.[1];
  return Boolean(noun && !/ss$/.test(noun));
}

export const yearParser = timexParser('YearParser', PATTERN, (match, _ref, context) => {
  const index = match.index ?? 0;
  const before = context.text.slice(Math.max(0, index - 20), index);
  if (/[$£€#]\s*$|[\d,]\s*$|\d\s*-\s*$/.test(before)) return null;
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (match[0] === match[1] && word && NON_YEAR_BEFORE.includes(word)) return null;
  const rest = context.text.slice(index + match[0].length, index + match[0].length + 40);
  const after = WORD_AFTER.exec(rest)?.[1]?.toLowerCase();
  if (after && COUNT_NOUNS.includes(after)) return null;
  if (match[0] === match[1] && otherRole(before, rest)) return null;
  return { kind: 'date', value: match[1]!, grain: 'year' };
});
