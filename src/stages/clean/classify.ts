// Classifies each line of a page as prose, neutral or boilerplate, scores it, and finds the
// densest run of prose (the story) with a maximum-sum segment: prose adds, boilerplate subtracts,
// so short real lines between long paragraphs stay while menus and teaser lists around the story
// do not. Pure functions over line features; the thresholds are the data below.
import { boilerplateReason } from '../../rules/boilerplate.js';
import type { LineFeatures } from './lines.js';

export type LineKind = 'good' | 'neutral' | 'bad';

export interface LineLabel {
  kind: LineKind;
  /** Why a bad line is boilerplate (a lexicon reason, 'duplicate', ...); null otherwise. */
  reason: string | null;
  score: number;
}

export const CLASSIFY = {
  /** Fewest words of a line that reads as a sentence of prose. */
  minProseWords: 8,
  /** Fewest words of a long line that counts as prose even without final punctuation. */
  minLongWords: 25,
  /** Lowest share of function words in prose (when the language has a stopword list). */
  minStopwordShare: 0.18,
  /** Highest share of capitalised words in prose. */
  maxCapitalShare: 0.6,
  /** A prose line adds its words minus this: short prose counts little, long paragraphs much. */
  proseOffset: 8,
  neutralBase: 1.5,
  neutralPerWord: 0.35,
  badPenalty: 12,
  menuCapitalShare: 0.7,
  lowerCaseDiscount: 0.5,
  /** The k-th line of a gap between prose lines costs up to this many times its own penalty. */
  maxGapFactor: 2,
  /** Cost of an "About the author" / "About us" heading: the story is over, a profile follows. */
  aboutPenalty: 40,
  /** Cost of a one-line interruption printed inside stories ("Advertisement", "Read more"). */
  interruptionPenalty: 4,
} as const;

/**
 * Reasons of lines that sites print inside a story, between its paragraphs: they are cut out, but
 * they say nothing about where the story ends, so they cost little and do not lengthen a gap.
 */
export const INTERRUPTIONS: ReadonlySet<string> = new Set(['advertisement', 'read-more']);

/** Lexicon reason or shape-based verdict for one line, before page context is considered. */
export function classifyLine(text: string, f: LineFeatures): LineLabel {
  const reason = boilerplateReason(text, f.words >= 40);
  // A teaser link is known boilerplate, but it is cut out of stories as often as it follows them:
  // it is dropped from the body while costing no more than any short headline-like line.
  if (reason === 'teaser-link') return { kind: 'bad', reason, score: neutralScore(f) };
  if (reason && (f.words < 40 || reason === 'legal')) return { kind: 'bad', reason, score: -(reason === 'about' ? CLASSIFY.aboutPenalty : CLASSIFY.badPenalty) };
  if (isProse(f)) return { kind: 'good', reason: null, score: proseScore(f) };
  return { kind: 'neutral', reason: null, score: neutralScore(f) };
}

/** Running words: many function words, or, without a list for the language, few capitals. */
export function isWordy(f: LineFeatures): boolean {
  // No function-word hits at all, or a text mostly in an unspaced script with a few English names
  // in it: few capitals is the evidence left.
  const unlisted = f.stopwordShare === 0 || f.unspacedShare >= 0.5;
  return f.stopwordShare >= CLASSIFY.minStopwordShare || (unlisted && f.capitalShare <= 0.35);
}

export function isProse(f: LineFeatures): boolean {
  if (f.letterShare < 0.5) return false;
  if (!isWordy(f) || f.capitalShare > CLASSIFY.maxCapitalShare) return false;
  if (f.words >= CLASSIFY.minLongWords) return true;
  return f.words >= CLASSIFY.minProseWords && (f.sentenceEnd || f.sentences >= 2);
}

export function proseScore(f: LineFeatures): number {
  return Math.max(1, f.words - CLASSIFY.proseOffset);
}

export function neutralScore(f: LineFeatures): number {
  // A longer line of lower-case running words without final punctuation (a sentence cut by the
  // dump, a list item that is a clause) reads as prose more than as a menu: it costs least.
  if (f.words >= CLASSIFY.minProseWords && isWordy(f) && f.capitalShare < 0.35) return -CLASSIFY.neutralBase;
  const penalty = CLASSIFY.neutralBase + CLASSIFY.neutralPerWord * Math.min(f.words, 20);
  // Menus and headline lists are Capitalised Words; short lines of a story (list items,
  // ingredients, a short answer) mostly are not, so they cost less.
  return -(f.capitalShare >= CLASSIFY.menuCapitalShare || f.words <= 1 ? penalty : penalty * CLASSIFY.lowerCaseDiscount);
}

export interface Run {
  /** First and last line index of the run (inclusive). */
  first: number;
  last: number;
  score: number;
}

/** The maximum-sum run of consecutive scores within [from, to) (Kadane); null when none is positive. */
export function densestRun(scores: readonly number[], from = 0, to = scores.length): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > 0 && (!best || sum > best.score)) best = { first: start, last: i, score: sum };
  }
  return best;
}
