// Who a speech cue belongs to: the subject before the verb, the name after an inverted verb
// ("said Hacizada"), the main clause's subject for a participle or a coordinated verb
// ("he said, adding that…", "X stated that … and added that …").
import { HEARER_VERBS, STATEMENT_NOUNS } from '../../../rules/reporting-verbs.js';
import { isSpeechCue, normOf, phraseEndingAt, phraseStartingAt, posOf, subjectOf, type TokenView } from './phrases.js';

export type Phrase = [number, number];

const COORDINATORS = new Set([',', 'and', 'but']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'will', 'would', 'repeatedly']);

/** The phrase naming who speaks at cue token `cue`, or null. */
export function speakerOfCue(v: TokenView, cue: number): Phrase | null {
  const quoted = quotedAsSaying(v, cue);
  if (quoted) return quoted;
  const before = previousWord(v, cue);
  const participle = v.tokens[cue]!.norm.endsWith('ing');
  // "…, and has called for …": the conjunction may stand before the auxiliaries.
  let conjunction = before;
  while (conjunction > 0 && AUXILIARIES.has(normOf(v, conjunction)) && v.tokens[conjunction - 1]!.sentence === v.tokens[cue]!.sentence) conjunction--;
  if ((participle || (conjunction >= 0 && COORDINATORS.has(normOf(v, conjunction)))) && !(before >= 0 && v.quoteOf[before]! >= 0)) {
    const main = mainSpeaker(v, cue);
    if (main) return main;
  }
  if (!participle) {
    const subject = subjectOf(v, cue);
    if (subject) return subject;
  }
  if (participle && before >= 0 && v.tokens[before]!.pos !== 'PUNCT') return null; // "footage showing", not speech
  return invertedSpeaker(v, cue);
}

/** "The agency quoted Ali Reza as saying …": the person quoted speaks, not the one quoting. */
function quotedAsSaying(v: TokenView, cue: number): Phrase | null {
  if (normOf(v, cue - 1) !== 'as' || !v.tokens[cue]!.norm.endsWith('ing')) return null;
  const s = v.tokens[cue]!.sentence;
  for (let t = cue - 2; t >= 0 && t >= cue - 15 && v.tokens[t]!.sentence === s; t--) {
    if (/^quot(e|es|ed|ing)$/.test(normOf(v, t))) {
      const phrase = phraseStartingAt(v, t + 1);
      return phrase && phrase[1] === cue - 2 ? phrase : null;
    }
  }
  return null;
}

/** The token before `t` in the same sentence, or -1. */
function previousWord(v: TokenView, t: number): number {
  return t > 0 && v.tokens[t - 1]!.sentence === v.tokens[t]!.sentence ? t - 1 : -1;
}

/** For "…," said Hacizada / said a spokesman: the phrase right after the verb, unless it is the
 *  hearer ("told reporters"). */
export function invertedSpeaker(v: TokenView, cue: number): Phrase | null {
  // "told reporters": the hearer; but '"Why …?" asked Rosa Diaz' right after a quote: the speaker.
  const afterQuote = cue > 0 && v.quoteOf[cue - 1]! >= 0 && /^ask/.test(v.tokens[cue]!.norm);
  if (HEARER_VERBS.has(v.tokens[cue]!.norm) && !afterQuote) return null;
  const next = cue + 1;
  if (next >= v.tokens.length || v.tokens[next]!.sentence !== v.tokens[cue]!.sentence) return null;
  const phrase = phraseStartingAt(v, next);
  if (!phrase) return null;
  const after = v.tokens[phrase[1] + 1];
  // "said Hacizada." / "said Hacizada, adding" / "said the ministry in a statement"
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null; // "said it was taking…": a clause's subject
  return phrase;
}

/** The speaker of an earlier cue in the sentence, else the subject of the sentence's first verb. */
function mainSpeaker(v: TokenView, cue: number): Phrase | null {
  const s = v.tokens[cue]!.sentence;
  for (let t = cue - 1; t >= 0 && v.tokens[t]!.sentence === s; t--) {
    if (v.quoteOf[t]! >= 0) continue;
    if (isSpeechCue(v, t) && !v.tokens[t]!.norm.endsWith('ing')) {
      const p = subjectOf(v, t) ?? invertedSpeaker(v, t);
      if (p) return p;
    }
  }
  let first = cue; // a cue may open the sentence (or the text): start at the sentence's first token
  while (first > 0 && v.tokens[first - 1]!.sentence === s) first--;
  for (let t = first; t < cue; t++) {
    if (v.quoteOf[t]! >= 0) continue;
    if (posOf(v, t) === 'VERB' || posOf(v, t) === 'AUX') return subjectOf(v, t);
  }
  return null;
}

/** "issued a statement reading", "released a statement condemning the attack:": the subject of the
 *  verb that governs the statement noun at token `noun`. */
export function statementSpeaker(v: TokenView, noun: number): Phrase | null {
  const s = v.tokens[noun]!.sentence;
  let t = noun - 1;
  while (t >= 0 && v.tokens[t]!.sentence === s && ['DET', 'ADJ', 'NOUN', 'PRON'].includes(v.tokens[t]!.pos) && v.quoteOf[t]! < 0) t--;
  if (t < 0 || v.tokens[t]!.sentence !== s) return null;
  // Anything else ("in a statement, X …") is left to X's own verb.
  return v.tokens[t]!.pos === 'VERB' || v.tokens[t]!.pos === 'AUX' ? subjectOf(v, t) : null;
}

export const isStatementNoun = (v: TokenView, t: number): boolean => STATEMENT_NOUNS.has(v.tokens[t]!.norm) && v.tokens[t]!.pos === 'NOUN';

/** "read a statement from the Turkish Foreign Ministry": the phrase after from/by. */
export function readStatementSpeaker(v: TokenView, t: number): Phrase | null {
  if (!['read', 'reads'].includes(normOf(v, t))) return null;
  let k = t + 1;
  while (k < v.tokens.length && ['DET', 'ADJ'].includes(v.tokens[k]!.pos)) k++;
  if (!isStatementNoun(v, k) || !['from', 'by'].includes(normOf(v, k + 1))) return null;
  return phraseStartingAt(v, k + 2);
}

export { phraseEndingAt };
