// The date relative expressions resolve against. The input's `published` wins, then the page's
// stated date (core/doc.ts referenceDate); when neither exists, the best date the text offers:
// a dated caption ("19 June 2025, Iran, Tehran: ..."), a dateline, else the latest fully stated
// date, else what another article on the same page offers. Never the machine's clock.
import type { Chrono } from 'chrono-node';
import { referenceDate, type ArticleDraft, type Doc } from '../../../core/doc.js';
import { noonUtc, parseYmd, type Ymd } from './calendar.js';

export interface Reference {
  day: Ymd;
  source: 'published' | 'caption' | 'dateline' | 'latest-date' | 'other-article';
  text: string;
}

/** Day, month and year stated at the start of a line, then a comma, dash or colon: a dateline. */
const DATELINE = /^[ \t]*(?:[A-Z][\w .'-]{0,40},\s*)?(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[,:\u2013\u2014-]/m;

/** A far-off reference for chrono while looking for absolute dates: they do not depend on it. */
const NEUTRAL = noonUtc({ y: 2000, m: 1, d: 1 });

/** Longest piece chrono reads at once, as in the stage: its patterns slow down on long runs. */
const MAX_PIECE = 600;

/** Lines cut into pieces of at most MAX_PIECE characters at whitespace, with their offsets. */
function* pieces(text: string): Generator<{ text: string; at: number }> {
  let at = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    while (line.length - start > MAX_PIECE) {
      const cut = line.lastIndexOf(' ', start + MAX_PIECE);
      const end = cut > start + MAX_PIECE / 2 ? cut : start + MAX_PIECE;
      yield { text: line.slice(start, end), at: at + start };
      start = end;
    }
    yield { text: line.slice(start), at: at + start };
    at += line.length + 1;
  }
}

/** Dates stated with day, month and year. Only pieces with a four-digit number can hold one. */
function fullDates(chrono: Chrono, text: string): Array<{ day: Ymd; text: string; index: number }> {
  const found = [];
  for (const piece of pieces(text)) {
    if (!/\d{4}/.test(piece.text)) continue;
    for (const r of chrono.parse(piece.text, { instant: NEUTRAL, timezone: 0 })) {
      const c = r.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
        found.push({ day: { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! }, text: r.text, index: piece.at + r.index });
      }
    }
  }
  return found;
}

const later = (a: Ymd, b: Ymd): boolean => a.y * 400 + a.m * 32 + a.d > b.y * 400 + b.m * 32 + b.d;

/** A date stated at the start of a line of the text (a dateline or dated caption), or null. */
function datelineOf(chrono: Chrono, text: string): { day: Ymd; text: string } | null {
  const line = DATELINE.exec(text);
  const dated = line ? fullDates(chrono, line[1]!)[0] : undefined;
  return dated ? { day: dated.day, text: line![1]! } : null;
}

/** Each article's own best date, read once: every undated article on a page may ask for it. */
const seen = new WeakMap<ArticleDraft, Reference | null>();
function fromText(article: ArticleDraft, chrono: Chrono): Reference | null {
  if (!seen.has(article)) seen.set(article, readText(article, chrono));
  return seen.get(article)!;
}

/** The best date an article's own text offers: a dated caption, a dateline, the latest full date. */
function readText(article: ArticleDraft, chrono: Chrono): Reference | null {
  // A photo caption dates its picture, at its start ("19 June 2025, Iran, Tehran: ...") or its
  // end ("... in Baku, Azerbaijan, January 29, 2023. (Reuters)"): the news is about that day.
  for (const caption of article.captions) {
    const dated = datelineOf(chrono, caption.text) ?? fullDates(chrono, caption.text).at(-1);
    if (dated) return { day: dated.day, text: dated.text, source: 'caption' };
  }
  const head = article.body.slice(0, 20_000);
  const dated = datelineOf(chrono, head);
  if (dated) return { ...dated, source: 'dateline' };
  let best: { day: Ymd; text: string } | null = null;
  for (const d of fullDates(chrono, head)) if (!best || later(d.day, best.day)) best = d;
  return best ? { day: best.day, text: best.text, source: 'latest-date' } : null;
}

export function chooseReference(article: ArticleDraft, doc: Doc, chrono: Chrono): Reference | null {
  const given = referenceDate(article, doc);
  const day = given ? parseYmd(given) : null;
  if (day) return { day, source: 'published', text: given! };
  const own = fromText(article, chrono);
  if (own) return own;
  // A page with several articles: another one's publication date or text is the next best.
  for (const other of doc.articles) {
    if (other === article) continue;
    const stated = other.published?.value ? parseYmd(other.published.value) : null;
    const found = stated ? { day: stated, text: other.published!.text } : fromText(other, chrono);
    if (found) return { day: found.day, text: found.text, source: 'other-article' };
  }
  return null;
}
