// Scores the quotes stage on the hand-made tables and the sample-page expectations of
// tests/stages/extract/quotes.cases.ts, with the held-out scorer's span rules: direct quotes match
// on equal normalised text (exact), reported clauses when they overlap by >= 50% of the shorter.
// Speaker accuracy: on matched pairs, the speaker words are the expected ones (null == null);
// canonical accuracy where a case states one. Also times the stage alone.
// Run: npx tsx bench/quotes-eval.ts [--errors]
import fs from 'node:fs';
import path from 'node:path';
import { loadPipeline, processText } from '../src/index.js';
import type { Quote } from '../src/schema/record.js';
import { analyzeText } from '../src/stages/analyze/analyze.js';
import { extractQuotes } from '../src/stages/extract/quotes.js';
import { DIRECT_PATTERNS, NEGATIVE_DIRECT, NEGATIVE_SPEAKERS, REPORTED_PATTERNS, SAMPLE_PAGES, UNSEEN_PATTERNS, UNSEEN_PATTERNS_2, UNSEEN_PATTERNS_3, UNSEEN_PATTERNS_4, accepted, locateExpected, norm, runCase, samplePageQuotes, type Expected } from '../tests/stages/extract/quotes.cases.js';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  pairs: number;
  speakerOk: number;
  canonicalPairs: number;
  canonicalOk: number;
  /** Pairs whose normalised text is the expected one word for word (reported clauses pair on overlap). */
  exact: number;
}
function diff(a: { direct: Tally; indirect: Tally }, b: { direct: Tally; indirect: Tally }): { direct: Tally; indirect: Tally } {
  const one = (x: Tally, y: Tally): Tally => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v - y[k as keyof Tally]])) as unknown as Tally;
  return { direct: one(a.direct, b.direct), indirect: one(a.indirect, b.indirect) };
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, pairs: 0, speakerOk: 0, canonicalPairs: 0, canonicalOk: 0, exact: 0 });
const rows = { direct: tally(), indirect: tally() };
const showErrors = process.argv.includes('--errors');

function locate(body: string, e: Expected): { start: number; end: number } | null {
  const at = locateExpected(body, e);
  return at < 0 ? null : { start: at, end: at + e.text.length };
}

function overlapHalf(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

function score(where: string, body: string, predicted: readonly Quote[], expected: readonly Expected[]): void {
  for (const kind of ['direct', 'indirect'] as const) {
    const row = rows[kind];
    const preds = predicted.filter((q) => q.kind === kind && q.field === undefined);
    const used = new Set<number>();
    for (const e of expected.filter((x) => x.kind === kind)) {
      const span = locate(body, e);
      const i = preds.findIndex((p, k) => !used.has(k) && (kind === 'direct' ? norm(p.text) === norm(e.text) : span !== null && overlapHalf(p, span)));
      if (i < 0) {
        row.fn++;
        if (showErrors) console.log(`  FN ${where} ${kind}: ${JSON.stringify(e.text.slice(0, 80))}`);
        continue;
      }
      used.add(i);
      row.tp++;
      row.pairs++;
      const p = preds[i]!;
      if (norm(p.text) === norm(e.text)) row.exact++;
      else if (showErrors && kind === 'indirect') console.log(`  SPAN ${where}: want ${JSON.stringify(norm(e.text).slice(0, 90))} got ${JSON.stringify(norm(p.text).slice(0, 90))}`);
      const ok = (p.speaker?.text ?? null) === accepted(e.speaker, p.speaker?.text ?? null);
      if (ok) row.speakerOk++;
      else if (showErrors) console.log(`  SPK ${where} ${kind}: ${JSON.stringify(e.text.slice(0, 50))} want ${JSON.stringify(e.speaker)} got ${JSON.stringify(p.speaker?.text ?? null)}`);
      if (e.canonical !== undefined) {
        row.canonicalPairs++;
        if ((p.speaker?.canonical ?? null) === accepted(e.canonical, p.speaker?.canonical ?? null)) row.canonicalOk++;
        else if (showErrors) console.log(`  CAN ${where}: ${JSON.stringify(e.text.slice(0, 50))} want ${JSON.stringify(e.canonical)} got ${JSON.stringify(p.speaker?.canonical ?? null)}`);
      }
    }
    preds.forEach((p, k) => {
      if (used.has(k)) return;
      row.fp++;
      if (showErrors) console.log(`  FP ${where} ${kind}: ${JSON.stringify(p.text.slice(0, 80))} <= ${JSON.stringify(p.speaker?.text ?? null)}`);
    });
  }
}

for (const c of [...DIRECT_PATTERNS, ...REPORTED_PATTERNS, ...NEGATIVE_SPEAKERS]) score(`[${c.name}]`, c.text, runCase(c).quotes, c.expect);
for (const [name, text] of NEGATIVE_DIRECT) score(`[negative: ${name}]`, text, runCase({ text }).quotes.filter((q) => q.kind === 'direct'), []);
const tablesOnly = structuredClone(rows);
// Each unseen table scored on its own: the rows it adds to the running tally.
const unseen = [UNSEEN_PATTERNS, UNSEEN_PATTERNS_2, UNSEEN_PATTERNS_3, UNSEEN_PATTERNS_4].map((table, i) => {
  const before = structuredClone(rows);
  for (const c of table) score(`[unseen${i ? ` ${i + 1}` : ''}: ${c.name}]`, c.text, runCase(c).quotes, c.expect);
  return diff(rows, before);
});
const afterUnseen = structuredClone(rows); // all tables scored: what follows is the sample pages

const pagesDir = 'input';
const samplesThere = SAMPLE_PAGES.every((p) => fs.existsSync(path.join(pagesDir, p.file)));
if (samplesThere) {
  const pipeline = loadPipeline('pipelines/news.json');
  for (const page of SAMPLE_PAGES) {
    const record = processText(fs.readFileSync(path.join(pagesDir, page.file), 'utf8'), { pipeline, id: page.file });
    // The cleaned articles' bodies joined: each expectation is looked up in the article holding it.
    const found = samplePageQuotes(record);
    const bodies = record.articles.map((a) => a.body);
    const joined = bodies.join('\n\u0000\n');
    let at = 0;
    const shifted = found.map(({ body, quote }) => {
      const base = joined.indexOf(body, at);
      at = Math.max(at, base);
      return { ...quote, start: quote.start + base, end: quote.end + base, speaker: quote.speaker };
    });
    score(page.file.slice(0, 3), joined, shifted, page.expect);
  }
} else console.log(`(${pagesDir}/ lacks the sample pages: skipped)`);
const f = (x: number): string => (100 * x).toFixed(1);
function report(label: string, r: { direct: Tally; indirect: Tally }): void {
  for (const [kind, t] of Object.entries(r)) {
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const rc = t.tp / Math.max(1, t.tp + t.fn);
    const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
    console.log(
      `${label.padEnd(22)} ${kind.padEnd(8)} tp ${String(t.tp).padStart(3)} fp ${String(t.fp).padStart(3)} fn ${String(t.fn).padStart(3)} | P ${f(p)} R ${f(rc)} F1 ${f(f1)} | speaker acc ${f(t.speakerOk / Math.max(1, t.pairs))} (${t.speakerOk}/${t.pairs})` +
        (t.canonicalPairs ? ` | canonical acc ${f(t.canonicalOk / t.canonicalPairs)} (${t.canonicalOk}/${t.canonicalPairs})` : '') +
        ` | same words ${t.exact}/${t.pairs}`,
    );
  }
}
const pagesOnly = diff(rows, afterUnseen);
report('tables', tablesOnly);
unseen.forEach((r, i) => report(`unseen table${i ? ` ${i + 1}` : ''}`, r));
report('sample pages', pagesOnly);
report('all', rows);

// Speed of the stage alone (analysis made beforehand, as in the pipeline), on the sample pages.
if (samplesThere) {
  const bodies = SAMPLE_PAGES.map((p) => fs.readFileSync(path.join(pagesDir, p.file), 'utf8'));
  const prepared = bodies.map((body) => ({ body, analysis: analyzeText(body) }));
  const words = bodies.reduce((n, b) => n + (b.match(/\S+/g)?.length ?? 0), 0);
  for (const p of prepared) extractQuotes({ ...p, entities: [] }); // warm up
  const rounds = 50;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of prepared) extractQuotes({ ...p, entities: [] });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`quotes stage alone: ${Math.round((words * rounds) / seconds).toLocaleString('en')} words/s (${words} words x ${rounds})`);
}

// Scaling: time per quote mark must stay flat from 10,000 to 100,000 marks (quoted statements with
// attributions, and stray unbalanced marks on one long line).
const shapes: Record<string, (i: number) => string> = {
  statements: (i) => `"We will win the vote number ${i}," he said. `,
  stray: (i) => (i % 3 === 0 ? '" ' : i % 3 === 1 ? 'word “ ' : 'x» '),
  openers: () => '“word ',
  paragraphs: (i) => `"Paragraph ${i} of a long statement goes on.\n\n`,
  named: (i) => `Anna Berg of Volta Energy spoke. "We will win vote ${i}," the minister said. "It is ours," she added, and the company said it agreed. `,
  wrapped: (i) => `"Quote ${i} runs\nover a hard line break," he said. Then "an open one\nthat never\ncloses at all\n`,
};
for (const [shape, piece] of Object.entries(shapes)) {
  const perMark: string[] = [];
  for (const marks of [10_000, 100_000]) {
    let text = '';
    let n = 0;
    for (let i = 0; n < marks; i++) {
      const p = piece(i);
      n += (p.match(/["“”«»]/g) ?? []).length;
      text += p;
    }
    const analysis = analyzeText(text);
    // Every "Anna Berg" is a PERSON and every "Volta Energy" an ORG, so the resolver has entities to search.
    const entities = [...text.matchAll(/Anna Berg|Volta Energy/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, label: m[0] === 'Anna Berg' ? 'PERSON' : 'ORG', canonical: m[0] }));
    const t0 = performance.now();
    extractQuotes({ body: text, analysis, entities });
    perMark.push(`${marks} marks ${((performance.now() - t0) / marks * 1000).toFixed(2)} µs/mark`);
  }
  console.log(`scaling (${shape}): ${perMark.join(', ')}`);
}
