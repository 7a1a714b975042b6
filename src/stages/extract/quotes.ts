// Quotes stage: direct quotes (words in quotation marks) and reported speech ("X said that …"),
// each with the phrase naming its speaker and that speaker's canonical entity name. Needs the
// shared analysis (tokens, POS) and the entities (speakers are linked to them), so it runs last.
import { z } from 'zod';
import type { Analysis } from '../../core/doc.js';
import { articleStage, type StageWarning } from '../../core/stage.js';
import { MIN_STATEMENT_WORDS, TITLE_CUES } from '../../rules/quotes.js';
import { STATEMENT_VERBS } from '../../rules/reporting-verbs.js';
import type { Caption, Quote } from '../../schema/record.js';
import { SpeakerResolver } from '../resolve/speakers-canonical.js';
import { attributeDirectQuotes, opensSentence, quoteTokens, type Attribution } from '../resolve/speakers.js';
import type { Phrase } from './quotes/cues.js';
import { findQuotedSpans, type QuotedSpan } from './quotes/direct.js';
import { isSpeechCue, lineBreakBetween, makeView, normOf, type EntityLike, type TokenView } from './quotes/phrases.js';
import { findLabelledLines } from './quotes/labels.js';
import { findReportedSpeech } from './quotes/reported.js';
import { lowerBound } from '../../core/search.js';

export interface QuotesInput {
  body: string;
  analysis: Analysis;
  entities: readonly EntityLike[];
  title?: string | null;
  captions?: readonly Caption[];
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Quoted words with most words capitalised and no sentence punctuation: a title or a name. */
export function looksLikeTitle(text: string): boolean {
  const w = words(text);
  if (w.length < 2 || /[.!?,;:]/.test(text.replace(/\.$/, ''))) return false;
  const long = w.filter((x) => x.length > 3);
  const first = /^(the|a|an)$/.test(w[0]!) && w.length > 2 ? w[1]! : w[0]!; // "the Butcher of Elm Street"
  return long.length > 0 && long.every((x) => /^\p{Lu}/u.test(x)) && /^\p{Lu}/u.test(first);
}

const wordBefore = (body: string, at: number): string => /([\p{L}-]+)[\s,:]*$/u.exec(body.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

/** Is a quoted span what someone said? Short spans and titles only when an attribution frames them
 *  ("Yes," he said / she said: "No."). */
export function isStatement(v: TokenView | null, body: string, quote: QuotedSpan, qi: number): boolean {
  const text = body.slice(quote.start, quote.end);
  const n = words(text).length;
  const cue = TITLE_CUES.has(wordBefore(body, quote.open));
  const framed = v ? isFramed(v, qi) : false;
  if (cue && (n <= 4 || looksLikeTitle(text)) && !framed) return false;
  if (n < MIN_STATEMENT_WORDS || looksLikeTitle(text)) return framed;
  return true;
}

/** The quote is the whole complement of a speech verb: `"A," he said` or `he said: "A"`. */
function isFramed(v: TokenView, qi: number): boolean {
  const range = quoteTokens(v, qi);
  if (!range) return false;
  const [first, last] = range;
  if (opensSentence(v, first)) {
    for (let t = last + 1; t <= last + 3 && t < v.tokens.length; t++) if (isSpeechCue(v, t)) return true;
  }
  // Before the quote, a comma or colon must part it from the verb: 'she said, "No."' frames a
  // statement; 'She wrote "The Silent Coast"' names a work.
  const t = first - 1;
  return t >= 1 && (normOf(v, t) === ':' || normOf(v, t) === ',') && isSpeechCue(v, t - 1);
}

/** Quotes of an article body (and of its title and captions, without speakers). */
export function extractQuotes(input: QuotesInput): { quotes: Quote[]; warnings: StageWarning[] } {
  const { body, analysis } = input;
  const found = findQuotedSpans(body);
  const warnings: StageWarning[] = found.warnings.map((w) => ({ code: w.code, message: w.message }));
  const spans = found.spans;
  const entities = input.entities.filter((e) => !('field' in e) || (e as { field?: string }).field === undefined);
  const v = makeView(body, analysis.tokens, spans);
  const statements = spans.map((q, i) => isStatement(v, body, q, i));
  const attributions = attributeDirectQuotes(v, spans, statements);
  const labelled = findLabelledLines(v);
  const reported = [...findReportedSpeech(v).filter((r) => !coveredByDirect(r, spans, statements, body)), ...labelled].sort((a, b) => a.start - b.start);
  // '"PENCE: Well, …': the quotation holding a transcript turn is that turn, reported with its label.
  for (const r of labelled) if (v.quoteOf[r.cue]! >= 0) statements[v.quoteOf[r.cue]!] = false;
  // A quotation inside a reported clause ('said that "…"', 'says Trump's "meltdown is …"') is part
  // of that statement: reported once, as the indirect quote whose text keeps the marks.
  const inside = insideReported(reported);
  const kept = statements.map((k, i) => k && !inside(spans[i]!) && !(attributions[i] === null && insideWritersSentence(v, i)));

  const resolver = new SpeakerResolver(v, entities);
  const phrases: Phrase[] = [...attributions.filter((a): a is Attribution => a !== null).map((a) => a.phrase), ...reported.flatMap((r) => (r.speaker ? [r.speaker] : []))];
  phrases.sort((a, b) => a[0] - b[0]);
  for (const p of phrases) resolver.resolve(p);

  const quotes: Quote[] = [];
  spans.forEach((q, i) => {
    if (!kept[i]) return;
    const a = attributions[i];
    quotes.push({ text: body.slice(q.start, q.end), start: q.start, end: q.end, kind: 'direct', speaker: a ? resolver.resolve(a.phrase) : null });
  });
  for (const r of reported) {
    quotes.push({ text: body.slice(r.start, r.end), start: r.start, end: r.end, kind: 'indirect', speaker: r.speaker ? resolver.resolve(r.speaker) : null });
  }
  quotes.push(...fieldQuotes(input.title ?? null, input.captions ?? []));
  quotes.sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '') || (a.caption ?? 0) - (b.caption ?? 0) || a.start - b.start || a.end - b.end);
  return { quotes, warnings };
}

/** A quotation that neither opens its sentence nor follows a colon ('a call for "providing
 *  weapons"', 'its "national reporter"'): with nobody named, it is a term the writer quotes, not
 *  a statement. */
function insideWritersSentence(v: TokenView, qi: number): boolean {
  const range = quoteTokens(v, qi);
  if (!range || opensSentence(v, range[0])) return false;
  const before = range[0] - 1;
  // 'banners reading "No war"', 'a note saying "…"': the words of a sign or a text, said by nobody named.
  return !(normOf(v, before) === ':' || lineBreakBetween(v, before, range[0]) || STATEMENT_VERBS.has(normOf(v, before)) || isSpeechCue(v, before));
}

/** A test: does a reported clause hold the whole quotation, marks included? `reported` is sorted
 *  by start; the furthest end among the clauses starting at or before the opening mark decides
 *  (a scan of every clause per quote was quadratic on quote-dense text). */
function insideReported(reported: readonly { start: number; end: number }[]): (q: QuotedSpan) => boolean {
  const furthest: number[] = [];
  reported.forEach((r, i) => furthest.push(Math.max(r.end, i > 0 ? furthest[i - 1]! : -1)));
  return (q) => {
    const n = lowerBound(reported.length, (i) => reported[i]!.start <= q.open);
    return n > 0 && (q.close >= 0 ? q.close + 1 : q.end) <= furthest[n - 1]!;
  };
}

/** A reported clause with no word of its own outside the direct quotes adds nothing. */
function coveredByDirect(r: { start: number; end: number }, spans: readonly QuotedSpan[], kept: readonly boolean[], body: string): boolean {
  let text = '';
  let at = r.start;
  // Spans are in text order and do not overlap: start at the first one ending after r.start (a
  // scan over every span for every clause was quadratic on quote-dense text).
  const first = lowerBound(spans.length, (i) => spans[i]!.end <= r.start);
  for (let i = first; i < spans.length && spans[i]!.start < r.end; i++) {
    const q = spans[i]!;
    if (!kept[i] || q.end <= r.start) continue;
    text += body.slice(at, Math.max(at, q.start));
    at = Math.max(at, q.end);
  }
  text += body.slice(at, r.end);
  return words(text).length < 1;
}

/** Quotes in the title and captions: marked with their field, offsets into that text, no speaker
 *  (speaker offsets index the body). */
function fieldQuotes(title: string | null, captions: readonly Caption[]): Quote[] {
  const out: Quote[] = [];
  const scan = (text: string, place: Pick<Quote, 'field' | 'caption'>): void => {
    for (const q of findQuotedSpans(text).spans) {
      if (!isStatement(null, text, q, -1)) continue;
      out.push({ text: text.slice(q.start, q.end), start: q.start, end: q.end, kind: 'direct', speaker: null, ...place });
    }
  };
  if (title) scan(title, { field: 'title' });
  captions.forEach((c, i) => scan(c.text, { field: 'caption', caption: i }));
  return out;
}

export const quotes = articleStage({
  id: 'quotes',
  version: '0.2.0',
  description: 'direct quotes and reported speech with their speakers, linked to entities',
  requires: ['analysis', 'entities'],
  adds: ['quotes'],
  options: z.object({}),
  annotate(article) {
    if (!article.analysis) return { quotes: [], warnings: [{ code: 'no-analysis', message: 'quotes: the article has no analysis; no quotes' }] };
    const { quotes, warnings } = extractQuotes({ body: article.body, analysis: article.analysis, entities: article.entities, title: article.title, captions: article.captions });
    return { quotes, warnings };
  },
});
