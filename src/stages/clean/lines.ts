// Splits the normalised text into lines with their offsets, and measures each line with the cheap
// features the classifier weighs: word count, sentence punctuation, share of function words and
// of capitalised words. Pure; no language model, a few microseconds per line.
import { STOPWORDS } from '../../rules/stopwords.js';

export interface Line {
  index: number;
  /** Offsets into the normalised text (the line without its line break). */
  start: number;
  end: number;
  text: string;
  /** A blank line separates this line from the one before. */
  blankBefore: boolean;
}

export interface LineFeatures {
  words: number;
  chars: number;
  /** Ends like a sentence (., !, ?, …, or a closing quote/bracket after one). */
  sentenceEnd: boolean;
  /** Sentence-ending punctuation marks inside the line. */
  sentences: number;
  stopwordShare: number;
  /** Share of words that start with a capital letter. */
  capitalShare: number;
  /** Share of characters that are letters. */
  letterShare: number;
  /** Share of the words that come from scripts written without spaces (Chinese, Japanese, Thai). */
  unspacedShare: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    // Normalised text has no spaces at line edges, but a line may still be empty (a blank line).
    if (raw.trim() === '') {
      blank = lines.length > 0;
    } else {
      lines.push({ index: lines.length, start, end, text: raw, blankBefore: blank });
      blank = false;
    }
    start = end + 1;
  }
  return lines;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;
const LETTERS = /\p{L}+/gu;
const SENTENCE_END = /[.!?…。！？](["'”’»)\]]*)$/u;
const SENTENCE_MARKS = /[.!?…。！？](?=\s|$|["'”’»)\]])/gu;

// Scripts written without spaces: about two characters carry what a word does elsewhere.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export function lineFeatures(text: string): LineFeatures {
  const unspaced = (text.match(UNSPACED) ?? []).length;
  const words = (unspaced > 0 ? text.replace(UNSPACED, ' ') : text).match(WORD) ?? [];
  let stop = 0;
  let capital = 0;
  let alpha = 0;
  for (const w of words) {
    // Scores, prices and dates ("6-4,", "$39.99") say nothing about prose or menus.
    if (!/^\p{L}/u.test(w)) continue;
    alpha++;
    if (STOPWORDS.has(w.toLowerCase())) stop++;
    const c = w[0]!;
    if (c !== c.toLowerCase()) capital++;
  }
  let letters = 0;
  for (const run of text.match(LETTERS) ?? []) letters += run.length;
  // Characters of unspaced scripts count as words (uncapitalised, no function words known).
  const n = Math.max(1, alpha + Math.round(unspaced / 2));
  return {
    words: words.length + Math.round(unspaced / 2),
    chars: text.length,
    sentenceEnd: SENTENCE_END.test(text.trim()),
    sentences: (text.match(SENTENCE_MARKS) ?? []).length,
    stopwordShare: stop / n,
    capitalShare: capital / n,
    letterShare: letters / Math.max(1, text.length),
    unspacedShare: Math.round(unspaced / 2) / n,
  };
}
