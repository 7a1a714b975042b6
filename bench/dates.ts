// Benchmark of the dates stage alone: time against input length for ordinary news prose and for
// whitespace-heavy text (the input that makes chrono slow, chrono issues #382/#399). The time per
// kilo-character must stay flat as the length grows (linear cost). Run: npx tsx bench/dates.ts
import { createDoc, emptyArticle } from '../src/core/doc.js';
import { RunMap } from '../src/core/offsets.js';
import { analyzeText } from '../src/stages/analyze/analyze.js';
import { annotateDates } from '../src/stages/extract/dates.js';
import { newsChrono } from '../src/stages/extract/dates/chrono.js';

const PROSE =
  'On Sunday, officials said the third quarter was weak; profit fell 12% from a year earlier to $4.5 million. ' +
  'The company, founded in 1990, expects a recovery next year after two years of losses, and talks resume March 3 at 10 a.m. ' +
  'About 2000 people, including a 14-year-old, marched for several days last week. ';
const SPACEY = 'Prices   rose \t\t  on   Monday    ' + ' '.repeat(200) + '\n\n' + '   and    fell     in    October   2022 ' + ' \t '.repeat(100);

function article(body: string, published: string | undefined) {
  const doc = createDoc({ id: 'bench', raw: body, source: { path: 'bench.txt', sha256: '0'.repeat(64), bytes: body.length, format: 'text' }, given: published ? { published } : {} });
  const a = { ...emptyArticle(body, RunMap.identity(body.length)), analysis: analyzeText(body) };
  return { doc: { ...doc, articles: [a] }, a };
}

const chrono = newsChrono();
// Without a publication date the stage also reads the text for a reference date (reference.ts).
for (const [name, unit, published] of [
  ['prose', PROSE, '2013-03-22'],
  ['whitespace-heavy', SPACEY, '2013-03-22'],
  ['whitespace-heavy, no publication date', SPACEY, undefined],
] as const) {
  console.log(`\n${name}: chars, dates+durations, ms, µs per 1000 chars, words/s`);
  for (const copies of [10, 40, 160, 640]) {
    const body = unit.repeat(copies);
    const { doc, a } = article(body, published);
    annotateDates(a, doc, chrono); // warm-up
    const runs = 3;
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const r = annotateDates(a, doc, chrono);
      found = r.dates.length + r.durations.length;
    }
    const ms = (performance.now() - started) / runs;
    const words = body.split(/\s+/).filter(Boolean).length;
    console.log(`${String(body.length).padStart(9)} ${String(found).padStart(6)} ${ms.toFixed(1).padStart(9)} ${((ms * 1000) / (body.length / 1000)).toFixed(0).padStart(8)} ${Math.round(words / (ms / 1000)).toString().padStart(9)}`);
  }
}
