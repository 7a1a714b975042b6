// Speech acts whose content is their object ("accused X of …", "called X a …", "condemned the
// attack"), and the passives that make a speech verb's subject no speaker ("was told to", "when asked").
import { OBJECT_REPORTS } from '../../../rules/reporting-verbs.js';
import { clauseEnd, lastTokenBefore, wordCount, type ReportedSpan, type Sentence } from './clauses.js';
import { speakerOfCue } from './cues.js';
import { normOf, phraseStartingAt, posOf, subjectOf, type TokenView } from './phrases.js';

const PREPOSITIONS = new Set(['of', 'to', 'for', 'as']);

/** An indefinite article at or just before a phrase ("a newer charging spec"). */
function indefinite(v: TokenView, first: number): boolean {
  for (let k = first; k >= 0 && k >= first - 3 && v.tokens[k]!.sentence === v.tokens[first]!.sentence; k--) {
    if (normOf(v, k) === 'a' || normOf(v, k) === 'an') return true;
    if (k < first && !['ADJ', 'VERB', 'NOUN', 'ADV'].includes(posOf(v, k))) return false;
  }
  return false;
}

/** After the verb, an object and then the word its reading as speech needs ("accused the agency
 *  of", "called the charges unsubstantiated"), or the clause's end when the object alone will do. */
function objectThenComplement(v: TokenView, verb: number, last: number): boolean {
  const allowed = OBJECT_REPORTS.get(normOf(v, verb))!;
  const object = phraseStartingAt(v, verb + 1);
  if (!object) return false;
  // A preposition may come after the object's own "of"/"from" phrases ("accused the head of the
  // agency of lying"): scan for it, up to a verb or a stop.
  for (let k = verb + 2; k <= Math.min(last, verb + 12); k++) {
    const n = normOf(v, k);
    if (PREPOSITIONS.has(n) && allowed.includes(n)) return true;
    if (/^[.,;:!?]$/.test(n) || posOf(v, k) === 'VERB' || posOf(v, k) === 'AUX' || v.quoteOf[k]! >= 0) break;
  }
  // Anything else must come right after the object: "called the charges false", "called him a liar".
  const k = object[1] + 1;
  if (k > last || /^[.,;:!?]$/.test(normOf(v, k))) return allowed.includes('');
  const pos = posOf(v, k);
  // A participle complement ends there ("called the charges fabricated."); one with its own object
  // is the next verb ("a man called Peter Lind opened the shop").
  const participle = pos === 'VERB' && v.tokens[k]!.norm.endsWith('ed') && !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(posOf(v, k + 1));
  const adjective = pos === 'ADJ' || participle;
  if (allowed.includes('')) return pos !== 'AUX' && !(pos === 'VERB' && normOf(v, k - 1) !== 'and'); // "condemned the attack and called …"
  return (!PREPOSITIONS.has(normOf(v, k)) && allowed.includes(normOf(v, k))) || (adjective && allowed.includes('ADJ'));
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const REDUCED_PASSIVE = new Set(['when', 'if', 'unless', 'once', 'as', 'until']);
/** "was announced winner", "were told to leave": the subject is not the speaker. */
export function passive(v: TokenView, t: number): boolean {
  let k = t - 1;
  while (k >= 0 && posOf(v, k) === 'ADV') k--;
  const form = v.tokens[t]!.norm;
  const participle = form.endsWith('ed') || form === 'told' || form === 'said' || form === 'written';
  // "when asked about …", "if pressed": a reduced passive; the one asked is not the speaker.
  return participle && ((k >= 0 && BE.has(normOf(v, k))) || REDUCED_PASSIVE.has(normOf(v, t - 1)));
}

/** "X accused Y of …", "urged Y to …", "called Y a …", "called for …", "condemned the attack":
 *  a speech act whose content is its object, up to the end of the clause. The subject speaks. */
export function objectReport(v: TokenView, sentence: Sentence, verb: number): ReportedSpan | null {
  if (v.tokens[verb]!.pos !== 'VERB' || verb + 2 > sentence.last) return null;
  // "… condemned the attack and called for …": a coordinated verb shares the sentence's speaker.
  const speaker = subjectOf(v, verb) ?? speakerOfCue(v, verb);
  if (!speaker || speaker[0] > verb) return null;
  // "a man called Peter Lind", "a newer spec called PD": naming, not speech.
  if (/^call/.test(normOf(v, verb)) && posOf(v, verb + 1) === 'PROPN' && indefinite(v, speaker[0])) return null;
  let from = verb + 1;
  // "called for an inquiry", "called on Congress to act"
  if (/^call/.test(normOf(v, verb)) && (normOf(v, from) === 'for' || normOf(v, from) === 'on')) from++;
  else if (!objectThenComplement(v, verb, sentence.last)) return null;
  if (from > sentence.last) return null;
  const end = Math.min(clauseEnd(v, from, sentence.last), nextPredicate(v, from, sentence.last));
  const last = lastTokenBefore(v, end, sentence.last);
  if (last < from || wordCount(v, from, last) < 2) return null;
  return { start: v.tokens[from]!.start, end, cue: verb, speaker };
}

/** End of an object before the subject's next act: "condemned the attack, offered condolences …"
 *  or "… and called on Iran to …" (a comma or "and" before a finite verb). */
function nextPredicate(v: TokenView, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) {
    if (v.quoteOf[k]! >= 0 || (normOf(v, k) !== ',' && normOf(v, k) !== 'and')) continue;
    const next = normOf(v, k + 1) === 'and' ? k + 2 : k + 1;
    if (posOf(v, next) === 'VERB' && !v.tokens[next]!.norm.endsWith('ing') && !(v.tokens[next]!.norm.endsWith('ed') && posOf(v, k - 1) === 'ADJ')) {
      let end = k - 1;
      while (end > from && /^[.,;:]$/.test(normOf(v, end))) end--;
      return v.tokens[end]!.end;
    }
  }
  return Infinity;
}
