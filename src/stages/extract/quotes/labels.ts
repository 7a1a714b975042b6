// Lines whose speaker is a label before a colon: transcript turns ("WALLACE: Let's start …",
// "PENCE: Well, look …") and headline attributions ("Sanders: Clinton needs to …"). What follows
// the colon, to the end of the line, is reported as that speaker's words.
import { LABEL_WORDS } from '../../../rules/quotes.js';
import { wordCount, type ReportedSpan } from './clauses.js';
import { lineBreakBetween, normOf, posOf, type TokenView } from './phrases.js';

const MAX_LABEL = 4;
/** A headline attribution is a short line; a transcript turn may run long. */
const MAX_HEADLINE_TOKENS = 40;

interface Candidate {
  label: [number, number];
  colon: number;
  last: number;
  /** Opening mark before the label ('"WALLACE: …'), or -1. */
  mark: number;
  shouted: boolean;
}

const startsLine = (v: TokenView, t: number): boolean => t === 0 || lineBreakBetween(v, t - 1, t);
const isOpeningMark = (v: TokenView, t: number): boolean => /^["“‘'«„]$/.test(normOf(v, t)) && v.quoteOf[t]! >= 0 && v.quoteOf[t + 1] === v.quoteOf[t];

/** Label, colon and line end of the line starting at token `first`, or null. */
function candidateAt(v: TokenView, first: number): Candidate | null {
  const mark = isOpeningMark(v, first) ? first : -1;
  const from = mark >= 0 ? first + 1 : first;
  let colon = -1;
  for (let t = from; t < v.tokens.length && t <= from + MAX_LABEL; t++) {
    if (t > from && lineBreakBetween(v, t - 1, t)) return null;
    if (normOf(v, t) === ':') {
      colon = t;
      break;
    }
  }
  if (colon <= from) return null;
  for (let t = from; t < colon; t++) {
    const text = v.body.slice(v.tokens[t]!.start, v.tokens[t]!.end);
    if (!/^\p{Lu}/u.test(text) && text !== '.') return null;
    if (LABEL_WORDS.has(v.tokens[t]!.norm.replace(/\.$/, ''))) return null;
  }
  let last = colon;
  while (last + 1 < v.tokens.length && !lineBreakBetween(v, last, last + 1)) last++;
  const labelText = v.body.slice(v.tokens[from]!.start, v.tokens[colon - 1]!.end);
  return { label: [from, colon - 1], colon, last, mark, shouted: /^[\p{Lu}\s.'’-]+$/u.test(labelText) && /\p{Lu}{2}/u.test(labelText) };
}

/** Words after the colon: at least three and a finite verb (an arrest list's "Name: Dealing in
 *  methamphetamine, possession of …" says nothing). */
function saysSomething(v: TokenView, c: Candidate): boolean {
  if (wordCount(v, c.colon + 1, c.last) < 3) return false;
  for (let t = c.colon + 1; t <= c.last; t++) {
    const pos = posOf(v, t);
    if (pos === 'AUX' || (pos === 'VERB' && !v.tokens[t]!.norm.endsWith('ing'))) return true;
  }
  return false;
}

/** Every labelled line of the text. Shouted labels ("PENCE:") count only in a transcript (two or
 *  more such turns), so a lone dateline ("WASHINGTON: …") is not a speaker. */
export function findLabelledLines(v: TokenView): ReportedSpan[] {
  const found: Candidate[] = [];
  for (let t = 0; t < v.tokens.length; t++) {
    if (!startsLine(v, t)) continue;
    const c = candidateAt(v, t);
    if (c && saysSomething(v, c)) found.push(c);
  }
  const turns = found.filter((c) => c.shouted).length;
  const out: ReportedSpan[] = [];
  for (const c of found) {
    if (c.shouted ? turns < 2 : c.mark >= 0 || c.last - c.colon > MAX_HEADLINE_TOKENS || c.label[1] - c.label[0] > 2 || posOf(v, c.label[1]) !== 'PROPN') continue;
    let end = c.last;
    while (end > c.colon && /^[.!?;:,]$/.test(normOf(v, end))) end--;
    // A transcript quoted whole ('"PENCE: … .') ends before its closing mark, if any.
    if (c.mark >= 0 && v.quoteOf[end] === v.quoteOf[c.mark] && /^["”’'»]$/.test(normOf(v, end)) && end > c.colon + 1) end--;
    out.push({ start: v.tokens[c.colon + 1]!.start, end: v.tokens[end]!.end, cue: c.colon, speaker: c.label });
  }
  return out;
}
