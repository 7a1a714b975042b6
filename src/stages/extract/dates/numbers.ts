// Reads the count in front of a unit: digits ("44"), number words ("twenty four", "a couple of")
// or vague words ("several" -> X, as TimeML writes an unstated number).
import { NUMBER_WORDS, VAGUE_COUNTS } from '../../../rules/dates.js';

/** A word or phrase as a regex source, any run of spaces matching its spaces. */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string): number => b.length - a.length;

/** Words that start a number; "a"/"an" only start "a hundred", "a dozen" or stand alone. */
const FIRST_WORD = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'a' && w !== 'an')
  .sort(byLength)
  .map(escape)
  .join('|');
/** Words that go on a number ("twenty four", "a hundred"): not "a", which starts a new phrase ("seven a year"). */
const NEXT_WORD = Object.keys(NUMBER_WORDS)
  .filter((w) => !/^(?:a|an|a couple of|a pair of|couple|half)$/.test(w))
  .sort(byLength)
  .map(escape)
  .join('|');
// Repetitions are bounded ({0,4}): unbounded, a long run like 'six-six-six-…' is rescanned from
// every start position (quadratic; the ReDoS test found 2 s on a 40,000-character line).
/** A number written in digits or words, or a vague count; for use inside larger patterns. */
export const COUNT_SOURCE = `(?:\\d{1,3}(?:,\\d{3}){0,4}(?:\\.\\d+)?|(?:${FIRST_WORD})(?:[\\s-]+(?:${NEXT_WORD})){0,4}|an?(?:\\s+(?:hundred|dozen))?|${VAGUE_COUNTS.slice().sort(byLength).map(escape).join('|')})`;

/** The number a count states, 'X' for a vague count, null when it is none. */
export function readCount(text: string): number | 'X' | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE_COUNTS.includes(t)) return 'X';
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  const whole = NUMBER_WORDS[t];
  if (whole !== undefined) return whole;
  // "a three-year period": the article is no number.
  for (const word of t.replace(/^an?\s+(?=\S+\s*\S)/, '').split(/[\s-]+/)) {
    if (word === 'and' || word === 'of') continue;
    const n = NUMBER_WORDS[word];
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return total || null;
}
