// The shape of a reported clause, shared by the finders of reported speech (reported.ts) and of
// speech acts with an object (objects.ts): sentences, where a clause ends, words and verbs in a range.
import type { Phrase } from './cues.js';
import { isSpeechCue, normOf, posOf, type TokenView } from './phrases.js';

export interface ReportedSpan {
  start: number;
  end: number;
  /** Token index of the cue ("said", "according"). */
  cue: number;
  speaker: Phrase | null;
}

const CLAUSE_BREAKS = new Set([':', ';', '--', '—', '–']);

export interface Sentence {
  first: number;
  last: number;
}

export function sentencesOf(v: TokenView): Sentence[] {
  const out: Sentence[] = [];
  v.tokens.forEach((tok, t) => {
    if (t === 0 || tok.sentence !== v.tokens[t - 1]!.sentence) out.push({ first: t, last: t });
    else out[out.length - 1]!.last = t;
  });
  return out;
}

export const isVerb = (v: TokenView, t: number): boolean => posOf(v, t) === 'VERB' || posOf(v, t) === 'AUX';

/** End offset of a reported clause: the sentence end, less a trailing ", according to X" and the
 *  final punctuation. */
export function clauseEnd(v: TokenView, from: number, last: number, subordinate = false): number {
  let end = last;
  for (let k = from; k < last; k++) {
    if (v.quoteOf[k]! >= 0) continue;
    const n = normOf(v, k);
    // A colon, semicolon or dash starts the writer's own words; in "While X said that A, B" the
    // main clause B after the comma is the writer's too.
    if ((CLAUSE_BREAKS.has(n) || (subordinate && n === ',') || writerResumes(v, k)) && k > from) {
      end = k - 1;
      break;
    }
    // ", according to X" names the source; "and added that …" starts the next reported clause.
    const coordinated = (n === ',' || n === 'and') && isSpeechCue(v, k + 1) && normOf(v, k + 2) === 'that';
    if ((n === ',' && normOf(v, k + 1) === 'according') || coordinated) {
      end = k - 1;
      if (n === 'and' && normOf(v, k - 1) === ',') end = k - 2;
      break;
    }
  }
  while (end > from && /^[.!?;:,]$/.test(normOf(v, end)) && v.quoteOf[end]! < 0) end--;
  return v.tokens[end]!.end;
}

const CONCESSIVES = new Set(['though', 'although', 'whereas']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'shortly', 'soon', 'just', 'hour', 'day', 'week', 'month', 'year']);
const DETERMINERS = new Set(['DET', 'NOUN', 'PRON']);

/** At comma `k`, does the writer take the sentence back? ", though CCTV footage shows …" (a
 *  concession of the writer's), ", and expressed hope that …" (the speaker's next act, not words). */
function writerResumes(v: TokenView, k: number): boolean {
  if (normOf(v, k) !== ',' || v.quoteOf[k + 1]! >= 0) return false;
  if (CONCESSIVES.has(normOf(v, k + 1))) return true;
  // ", days after a gunman stormed …": the writer's time setting.
  if (TIME_UNITS.has(normOf(v, k + 1)) && /^(after|before|since)$/.test(normOf(v, k + 2))) return true;
  if (TIME_UNITS.has(normOf(v, k + 2)) && /^(after|before|since)$/.test(normOf(v, k + 3)) && ['NUM', 'DET'].includes(posOf(v, k + 1))) return true;
  // ", with the Azerbaijani side doing the same": an absolute phrase of the writer's.
  if (normOf(v, k + 1) === 'with') {
    for (let j = k + 2; j <= k + 8 && j < v.tokens.length && v.quoteOf[j]! < 0 && normOf(v, j) !== ','; j++) {
      if (posOf(v, j) === 'VERB') return v.tokens[j]!.norm.endsWith('ing');
    }
  }
  if (normOf(v, k + 1) !== 'and' || k + 3 >= v.tokens.length) return false;
  const verb = v.tokens[k + 2]!;
  const object = DETERMINERS.has(posOf(v, k + 3)) || normOf(v, k + 4) === 'that'; // wink tags "hope" in "expressed hope that" a verb
  return posOf(v, k + 2) === 'VERB' && verb.norm.endsWith('ed') && object && verb.sentence === v.tokens[k]!.sentence;
}

export const hasVerb = (v: TokenView, from: number, to: number): boolean => {
  for (let k = from; k <= to; k++) if (isVerb(v, k)) return true;
  return false;
};
export const wordCount = (v: TokenView, from: number, to: number): number => {
  let n = 0;
  for (let k = from; k <= to; k++) if (v.tokens[k]!.pos !== 'PUNCT') n++;
  return n;
};

export function lastTokenBefore(v: TokenView, end: number, last: number): number {
  let k = last;
  while (k >= 0 && v.tokens[k]!.start >= end) k--;
  return k;
}
