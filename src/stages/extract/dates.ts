// Finds the dates and durations of each article body (and of its title and captions) and resolves them to ISO / TimeML values
// against the article's reference date (chrono-node plus our parsers and refiners, dates/*).
// Needs the analyze stage's sentences: chrono runs per sentence (bounded chunks), so the cost
// stays linear in the text. Runs after analyze and before entities/quotes, which may use dates.
import type { Chrono, ParsingResult } from 'chrono-node';
import { z } from 'zod';
import type { ArticleDraft, Doc, Span } from '../../core/doc.js';
import { articleStage, type StageWarning } from '../../core/stage.js';
import type { DateMention, Duration } from '../../schema/record.js';
import { fmtDay, noonUtc, type Ymd } from './dates/calendar.js';
import { newsChrono } from './dates/chrono.js';
import { completeFromContext } from './dates/context.js';
import { chooseReference, type Reference } from './dates/reference.js';
import { resolveAnchors } from './dates/refiners/anchor.js';
import { timexOf, type Timex } from './dates/timex.js';

/** Longest piece of text chrono sees at once: its patterns slow down on long runs of text. */
const MAX_CHUNK = 600;

/**
 * Cheap test for a sentence that could hold a temporal expression at all: a digit or the start
 * of a calendar, unit or time word (every count we read is followed by a unit word).
 */
const MAY_HOLD_TIME =
  /\d|\b(?:\w*day|tonight|tomorrow|week|month|year|quarter|half|spring|summer|fall|autumn|winter|now|current|present|recent|past|future|soon|coming|near|morning|afternoon|evening|night|noon|midnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|decade|centur|hour|minute|second|\w+ties|\w*teen|two\s+thousand|christmas|thanksgiving|easter|halloween|valentine|daily|annually)/i;

interface Found {
  span: Span;
  timex: Timex;
}

/** Splits a sentence into pieces of at most MAX_CHUNK characters, cutting at whitespace. */
export function chunks(body: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_CHUNK) {
    const window = body.slice(start, start + MAX_CHUNK);
    const cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    const end = cut > MAX_CHUNK / 2 ? start + cut : start + MAX_CHUNK;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: sentence.end });
  return out;
}

function findAll(chrono: Chrono, body: string, sentences: readonly Span[], day: Ymd): Found[] {
  const found: Found[] = [];
  const reference = { instant: noonUtc(day), timezone: 0 };
  for (const sentence of sentences) {
    for (const chunk of chunks(body, sentence)) {
      const text = body.slice(chunk.start, chunk.end);
      if (!MAY_HOLD_TIME.test(text)) continue;
      for (const result of chrono.parse(text, reference) as ParsingResult[]) {
        const timex = timexOf(result);
        if (!timex || timex.kind === 'none' || result.text.length === 0) continue;
        found.push({ span: { start: chunk.start + result.index, end: chunk.start + result.index + result.text.length }, timex });
      }
    }
  }
  return found;
}

/**
 * Without any reference date, keeps only what does not depend on one: the same value found
 * against two far-apart references.
 */
function absoluteOnly(chrono: Chrono, body: string, sentences: readonly Span[]): Found[] {
  const a = findAll(chrono, body, sentences, { y: 2001, m: 3, d: 14 });
  const b = new Map(findAll(chrono, body, sentences, { y: 2011, m: 9, d: 23 }).map((f) => [`${f.span.start}:${f.span.end}`, f.timex]));
  return a.filter((f) => JSON.stringify(b.get(`${f.span.start}:${f.span.end}`)) === JSON.stringify(f.timex));
}

function toMentions(body: string, found: readonly Found[], sentences: readonly Span[], published: boolean): { dates: DateMention[]; durations: Duration[] } {
  const dates: DateMention[] = [];
  const durations: Duration[] = [];
  const timexes = resolveAnchors(completeFromContext(found, body, sentences, published));
  found.forEach((f, i) => {
    const timex = timexes[i]!;
    const text = body.slice(f.span.start, f.span.end);
    if (timex.kind === 'date') dates.push({ text, start: f.span.start, end: f.span.end, value: timex.value, grain: timex.grain });
    else if (timex.kind === 'duration') durations.push({ text, start: f.span.start, end: f.span.end, value: timex.value, recurring: timex.recurring === true });
  });
  return { dates, durations };
}

const SOURCE_NAMES: Record<Reference['source'], string> = {
  published: 'the publication date',
  caption: 'a dated caption',
  dateline: 'the dateline',
  'latest-date': 'the latest full date in the text',
  'other-article': 'the date of another article on the page',
};

export function annotateDates(article: ArticleDraft, doc: Doc, chrono: Chrono = newsChrono()) {
  const warnings: StageWarning[] = [];
  const sentences = article.analysis?.sentences ?? [{ start: 0, end: article.body.length }];
  const reference = chooseReference(article, doc, chrono);
  let found: Found[];
  if (!reference) {
    warnings.push({ code: 'no-reference-date', message: 'dates: no publication date and no full date in the text, so relative dates are left out' });
    found = absoluteOnly(chrono, article.body, sentences);
  } else {
    if (reference.source !== 'published') {
      warnings.push({
        code: 'reference-from-text',
        message: `dates: no publication date; relative dates resolved against ${fmtDay(reference.day)} ("${reference.text}", ${SOURCE_NAMES[reference.source]})`,
      });
    }
    found = findAll(chrono, article.body, sentences, reference.day);
  }
  const body = toMentions(article.body, found, sentences, reference?.source === 'published');
  const outside = outsideBody(article, chrono, reference?.day ?? null, reference?.source === 'published');
  return { dates: [...body.dates, ...outside.dates], durations: [...body.durations, ...outside.durations], warnings };
}

/**
 * Dates in the title and the captions ("19 June 2025, Iran, Tehran: …"), resolved against the
 * same reference, with `field` (and `caption`) saying which text their offsets index. Each is
 * read as one sentence: titles and captions are short.
 */
function outsideBody(article: ArticleDraft, chrono: Chrono, day: Ymd | null, published: boolean): { dates: DateMention[]; durations: Duration[] } {
  const texts: { text: string; place: { field: 'title' } | { field: 'caption'; caption: number } }[] = [];
  if (article.title) texts.push({ text: article.title, place: { field: 'title' } });
  article.captions.forEach((c, i) => texts.push({ text: c.text, place: { field: 'caption', caption: i } }));
  const dates: DateMention[] = [];
  const durations: Duration[] = [];
  for (const { text, place } of texts) {
    const whole = [{ start: 0, end: text.length }];
    const found = day ? findAll(chrono, text, whole, day) : absoluteOnly(chrono, text, whole);
    const m = toMentions(text, found, whole, published);
    dates.push(...m.dates.map((d) => ({ ...d, ...place })));
    durations.push(...m.durations.map((d) => ({ ...d, ...place })));
  }
  return { dates, durations };
}

export const dates = articleStage({
  id: 'dates',
  version: '0.2.0',
  description: 'dates and durations of each article, resolved against its publication date (chrono-node + TimeML rules)',
  requires: ['analysis'],
  adds: ['dates'],
  options: z.object({}),
  annotate(article, doc) {
    return annotateDates(article, doc, sharedChrono());
  },
});

let instance: Chrono | null = null;
/** One configured chrono per process: it holds no state between parses. */
function sharedChrono(): Chrono {
  instance ??= newsChrono();
  return instance;
}
