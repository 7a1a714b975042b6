// Attributes direct quotes to the phrase that names their speaker: the attribution after the quote
// ("…," he said / said Hacizada / read a statement from X), before it ("X said: …", "X issued a
// statement reading, …"), in the previous sentence, or the previous paragraph's quote continued.
// Runs inside the quotes stage, after the quote and reported-speech finders.
import type { QuotedSpan } from '../extract/quotes/direct.js';
import { isStatementNoun, readStatementSpeaker, speakerOfCue, statementSpeaker, type Phrase } from '../extract/quotes/cues.js';
import { isSpeechCue, lineBreakBetween, normOf, phraseStartingAt, subjectOf, type TokenView } from '../extract/quotes/phrases.js';

export interface Attribution {
  phrase: Phrase;
  /** Where the attribution was found: reported in tests and used to rank competing readings. */
  via: 'after' | 'before' | 'previous-sentence' | 'previous-paragraph' | 'group';
}

const SENTENCE_END = new Set(['.', '!', '?']);
const MAX_REACH = 40;

/** First and last token of quote `qi` (marks included), or null when it has no tokens. */
export function quoteTokens(v: TokenView, qi: number): [number, number] | null {
  return v.quoteRanges[qi] ?? null;
}

/** The speaker of token `t` when it is a speech cue, else null. */
const cueSpeaker = (v: TokenView, t: number): Phrase | null => (isSpeechCue(v, t) ? speakerOfCue(v, t) : null);

/** A sentence-ending mark, but not the full stop of an abbreviation inside "(D-Mo.)" or before
 *  a comma ("McConnell, R-Ky., said"). */
const endsSentence = (v: TokenView, t: number): boolean => SENTENCE_END.has(normOf(v, t)) && !(normOf(v, t) === '.' && /^[),]$/.test(normOf(v, t + 1)));

/** The attribution right after the closing mark, up to the end of the sentence. */
export function attributionAfter(v: TokenView, last: number): Phrase | null {
  for (let t = last + 1; t < v.tokens.length && t <= last + MAX_REACH; t++) {
    if (v.quoteOf[t]! >= 0 || endsSentence(v, t) || lineBreakBetween(v, t - 1, t)) return null;
    const phrase = readStatementSpeaker(v, t) ?? cueSpeaker(v, t);
    if (phrase) return phrase;
  }
  return null;
}

/** The attribution before the opening mark, back to the sentence start or the previous quote. */
export function attributionBefore(v: TokenView, first: number): Phrase | null {
  const s = v.tokens[first]!.sentence;
  for (let t = first - 1; t >= 0 && t >= first - MAX_REACH && v.tokens[t]!.sentence === s; t--) {
    if (v.quoteOf[t]! >= 0 && v.quoteOf[t] !== v.quoteOf[first]) {
      // A quote before this one in the sentence: "A," he said, "B" is attributed by the words between.
      continue;
    }
    if (normOf(v, t) === 'according' && normOf(v, t + 1) === 'to') return phraseStartingAt(v, t + 2);
    const phrase = cueSpeaker(v, t) ?? (isStatementNoun(v, t) ? statementSpeaker(v, t) : null);
    if (phrase) return phrase;
  }
  return null;
}

/** Does the quote open its sentence (nothing but punctuation before it)? */
export function opensSentence(v: TokenView, first: number): boolean {
  const s = v.tokens[first]!.sentence;
  for (let t = first - 1; t >= 0 && v.tokens[t]!.sentence === s; t--) if (v.tokens[t]!.pos !== 'PUNCT') return false;
  return true;
}

/** The speaker of the sentence before, when it is in the same paragraph and has a speech cue. */
function previousSentence(v: TokenView, first: number): Phrase | null {
  const s = v.tokens[first]!.sentence;
  let t = first - 1;
  while (t >= 0 && v.tokens[t]!.sentence === s) t--;
  if (t < 0 || lineBreakBetween(v, t, t + 1)) return null;
  const prev = v.tokens[t]!.sentence;
  for (let k = t; k >= 0 && v.tokens[k]!.sentence === prev; k--) {
    if (v.quoteOf[k]! >= 0) continue;
    const phrase = cueSpeaker(v, k);
    if (phrase) return phrase;
  }
  return null;
}

/** "… the group's leader addressed his followers:" then the quote as the next paragraph: the
 *  subject of the last verb before the colon that ends the previous paragraph. */
function introducedByColon(v: TokenView, first: number): Phrase | null {
  const colon = first - 1;
  if (colon < 0 || normOf(v, colon) !== ':' || v.quoteOf[colon]! >= 0 || !lineBreakBetween(v, colon, first)) return null;
  const s = v.tokens[colon]!.sentence;
  for (let t = colon - 1; t >= 0 && v.tokens[t]!.sentence === s && v.quoteOf[t]! < 0; t--) {
    if (v.tokens[t]!.pos === 'VERB' && !lineBreakBetween(v, t, colon)) {
      const phrase = subjectOf(v, t);
      if (phrase) return phrase;
    }
  }
  return null;
}

/** Attributes each kept direct quote. `kept[i]` says whether quotes[i] is a statement. */
export function attributeDirectQuotes(v: TokenView, quotes: readonly QuotedSpan[], kept: readonly boolean[]): Array<Attribution | null> {
  const result: Array<Attribution | null> = quotes.map(() => null);
  quotes.forEach((_, qi) => {
    if (!kept[qi]) return;
    const range = quoteTokens(v, qi);
    if (!range) return;
    const [first, last] = range;
    const atStart = opensSentence(v, first);
    const after = (): Attribution | null => wrap(attributionAfter(v, last), 'after');
    const before = (): Attribution | null => wrap(attributionBefore(v, first), 'before');
    result[qi] = (atStart ? after() ?? before() : before() ?? after()) ?? wrap(signedWithDash(v, last), 'after') ?? (atStart ? wrap(previousSentence(v, first) ?? introducedByColon(v, first), 'previous-sentence') : null);
  });
  continueAfterAttribution(v, quotes, kept, result);
  shareWithinGroups(quotes, kept, result);
  continueFromPreviousParagraph(v, quotes, kept, result);
  return result;
}

const DASHES = new Set(['-', '--', '–', '—', '―']);

/** '"…" ― Julie Diaz.' (a reader's or a source's quote signed at the end of its line): the name
 *  after a dash that follows the closing mark and runs to the end of the line. */
function signedWithDash(v: TokenView, last: number): Phrase | null {
  let t = last + 1;
  if (normOf(v, t) === '.' || normOf(v, t) === ',') t++;
  if (t >= v.tokens.length || !DASHES.has(normOf(v, t)) || lineBreakBetween(v, last, t)) return null;
  const phrase = phraseStartingAt(v, t + 1);
  if (!phrase || lineBreakBetween(v, t, phrase[0]) || v.tokens[phrase[1]]!.pos !== 'PROPN') return null;
  let end = phrase[1] + 1;
  if (normOf(v, end) === '.') end++;
  return end >= v.tokens.length || lineBreakBetween(v, end - 1, end) ? phrase : null;
}

/** '"A," said X, head of Y. "B."': a quote opening its sentence, with no attribution of its own,
 *  goes on with the speaker of the quote just before it in the paragraph when only that quote's
 *  attribution stands between them. */
function continueAfterAttribution(v: TokenView, quotes: readonly QuotedSpan[], kept: readonly boolean[], result: Array<Attribution | null>): void {
  let prev = -1;
  quotes.forEach((_, i) => {
    if (!kept[i]) return;
    const p = prev;
    prev = i;
    const a = p >= 0 ? result[p] : null;
    if (result[i] || !a || a.via !== 'after') return;
    const range = quoteTokens(v, i);
    const before = quoteTokens(v, p);
    if (!range || !before || !opensSentence(v, range[0]) || lineBreakBetween(v, before[1], range[0])) return;
    // Between the two quotes: the attribution, its appositive and punctuation; no other sentence.
    if (a.phrase[0] <= before[1] || range[0] - before[1] > 30) return;
    let depth = 0; // "(D-N.C.)" holds full stops that end nothing
    for (let t = a.phrase[1] + 1; t < range[0]; t++) {
      depth += normOf(v, t) === '(' ? 1 : normOf(v, t) === ')' ? -1 : 0;
      if (isSpeechCue(v, t) || (depth === 0 && endsSentence(v, t) && t < range[0] - 1 && v.tokens[t + 1]!.pos !== 'PUNCT')) return;
    }
    result[i] = { phrase: a.phrase, via: 'after' };
  });
}

const wrap = (phrase: Phrase | null, via: Attribution['via']): Attribution | null => (phrase ? { phrase, via } : null);

/** A quote over several paragraphs has one speaker, named in any of its pieces. */
function shareWithinGroups(quotes: readonly QuotedSpan[], kept: readonly boolean[], result: Array<Attribution | null>): void {
  const byGroup = new Map<number, Attribution>();
  quotes.forEach((q, i) => {
    const a = result[i];
    if (kept[i] && a && !byGroup.has(q.group)) byGroup.set(q.group, a);
  });
  quotes.forEach((q, i) => {
    const a = byGroup.get(q.group);
    if (kept[i] && !result[i] && a) result[i] = { phrase: a.phrase, via: 'group' };
  });
}

/** News convention: a paragraph that is only a quote, right after a paragraph whose quote has a
 *  speaker, goes on with that speaker. */
function continueFromPreviousParagraph(v: TokenView, quotes: readonly QuotedSpan[], kept: readonly boolean[], result: Array<Attribution | null>): void {
  const body = v.body;
  quotes.forEach((q, i) => {
    if (!kept[i] || result[i]) return;
    const lineStart = body.lastIndexOf('\n', q.open) + 1;
    if (body.slice(lineStart, q.open).trim() !== '') return;
    const prevLineEnd = body.slice(0, lineStart).trimEnd().length;
    const prevLineStart = body.lastIndexOf('\n', prevLineEnd - 1) + 1;
    for (let k = i - 1; k >= 0; k--) {
      const p = quotes[k]!;
      if (p.open < prevLineStart) break;
      if (kept[k] && result[k] && p.open < prevLineEnd) {
        result[i] = { phrase: result[k]!.phrase, via: 'previous-paragraph' };
        break;
      }
    }
  });
}
