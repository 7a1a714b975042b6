// The date relative expressions resolve against. The input's `published` wins, then the page's
// stated date (core/doc.ts referenceDate); when neither exists, the best date the text offers:
// a dated caption or dateline ("19 June 2025, Iran, Tehran: ...") or else the latest fully
// stated date. Never the machine's clock.
import type { Chrono } from 'chrono-node';
import { referenceDate, type ArticleDraft, type Doc } from '../../../core/doc.js';
import { noonUtc, parseYmd, type Ymd } from './calendar.js';

export interface Reference {
  day: Ymd;
  source: 'published' | 'dateline' | 'latest-date';
  text: string;
}

/** Day, month and year stated at the start of a line, then a comma, dash or colon: a dateline. */
const DATELINE = /^[ \t]*(?:[A-Z][\w .'-]{0,40},\s*)?(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[,:\u2013\u2014-]/m;

/** A far-off reference for chrono while looking for absolute dates: they do not depend on it. */
const NEUTRAL = noonUtc({ y: 2000, m: 1, d: 1 });

function fullDates(chrono: Chrono, text: string): Array<{ day: Ymd; text: string; index: number }> {
  const found = [];
  for (const r of chrono.parse(text, { instant: NEUTRAL, timezone: 0 })) {
    const c = r.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      found.push({ day: { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! }, text: r.text, index: r.index });
    }
  }
  return found;
}

const later = (a: Ymd, b: Ymd): boolean => a.y * 400 + a.m * 32 + a.d > b.y * 400 + b.m * 32 + b.d;

export function chooseReference(article: ArticleDraft, doc: Doc, chrono: Chrono): Reference | null {
  const given = referenceDate(article, doc);
  const day = given ? parseYmd(given) : null;
  if (day) return { day, source: 'published', text: given! };
  const head = article.body.slice(0, 20_000);
  const line = DATELINE.exec(head);
  if (line) {
    const dated = fullDates(chrono, line[1]!)[0];
    if (dated) return { day: dated.day, source: 'dateline', text: line[1]! };
  }
  let best: { day: Ymd; text: string } | null = null;
  for (const d of fullDates(chrono, head)) if (!best || later(d.day, best.day)) best = d;
  return best ? { day: best.day, source: 'latest-date', text: best.text } : null;
}
