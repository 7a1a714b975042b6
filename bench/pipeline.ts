// Benchmark of the whole batch (the code path `news-extract run` takes: runPipeline, worker pool,
// atomic writes, manifest) over a synthetic corpus built from the sample pages in input/.
// Each measurement runs in a child process of its own, so its peak RSS is its own.
//   npm run bench                 # 200 documents
//   npm run bench -- 1000         # or BENCH_DOCS=1000 npm run bench
//   BENCH_PIPELINE=pipelines/plain.json npm run bench
// Prints words/s and documents/s at concurrency 1 and 2 and their ratio, the time of a re-run
// with nothing changed and with 1 % of the sources changed, peak RSS at two corpus sizes, and
// compromise's nlp() alone over the same texts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/core/package-info.js';
import { prng } from './prng.js';

interface Measure {
  seconds: number;
  processed: number;
  unchanged: number;
  failed: number;
  /** CPU time of the child process, all its threads (user + system), in seconds. */
  cpuSeconds: number;
  /** Peak resident set size of the child process (all its threads), in MB. */
  peakRssMb: number;
  failures: string[];
}

type ChildTask =
  | { kind: 'run'; input: string; output: string; pipeline: string; concurrency: number }
  | { kind: 'inline'; input: string; pipeline: string }
  | { kind: 'compromise'; input: string };

const self = fileURLToPath(import.meta.url);

// --- the synthetic corpus ---------------------------------------------------------------

/**
 * Document i: sample page i mod 5 with its paragraphs after the first three shuffled (the page
 * head, where titles and bylines sit, stays in place) and a closing sentence carrying i, so
 * every document has its own hash and the cleaner still sees a page shaped like a real one.
 */
function variant(page: string, i: number): string {
  const paragraphs = page.split(/\n{2,}/);
  const head = paragraphs.slice(0, 3);
  const rest = paragraphs.slice(3);
  const rnd = prng(i + 1);
  for (let k = rest.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [rest[k], rest[j]] = [rest[j]!, rest[k]!];
  }
  return [...head, ...rest, `This is benchmark document number ${i}.`].join('\n\n') + '\n';
}

function buildCorpus(dir: string, count: number): { words: number } {
  const pages = fs
    .readdirSync(path.join(packageRoot, 'input'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(packageRoot, 'input', f), 'utf8'));
  if (pages.length === 0) throw new Error('bench: no sample pages in input/');
  fs.mkdirSync(dir, { recursive: true });
  let words = 0;
  for (let i = 0; i < count; i++) {
    const text = variant(pages[i % pages.length]!, i);
    words += countWords(text);
    fs.writeFileSync(path.join(dir, `doc${String(i).padStart(6, '0')}.txt`), text);
  }
  return { words };
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// --- children: one measurement each -------------------------------------------------------

async function child(task: ChildTask): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (task.kind === 'run') {
    const { runPipeline } = await import('../src/batch.js');
    const cpu = process.cpuUsage();
    const s = await runPipeline({ input: task.input, output: task.output, pipeline: task.pipeline, concurrency: task.concurrency });
    const cpuSeconds = cpuOf(cpu);
    gc?.();
    const failures = s.failures.map((f) => `${f.id} [${f.stage}]: ${f.message.split('\n')[0]!.slice(0, 200)}`);
    report({ seconds: s.seconds, cpuSeconds, processed: s.processed, unchanged: s.unchanged, failed: s.failed, peakRssMb: peakRss(), failures });
  } else if (task.kind === 'inline') {
    // What a worker does per document (decode, stages, record validation, JSON), in this thread,
    // after a warm-up: the steady per-core speed, without start-up, threads or file writes.
    const { loadPipeline } = await import('../src/core/pipeline.js');
    const { processTask } = await import('../src/io/document.js');
    const pipeline = loadPipeline(task.pipeline);
    const files = fs.readdirSync(task.input).sort();
    const tasks = files.map((f) => {
      const bytes = fs.readFileSync(path.join(task.input, f));
      return { id: f, path: f, format: 'text' as const, sha256: '0'.repeat(64), size: bytes.length, bytes };
    });
    for (const t of tasks.slice(0, 10)) processTask(t, pipeline);
    const started = performance.now();
    const cpu = process.cpuUsage();
    let failed = 0;
    for (const t of tasks) if (!processTask(t, pipeline).ok) failed++;
    const seconds = (performance.now() - started) / 1000;
    report({ seconds, cpuSeconds: cpuOf(cpu), processed: tasks.length - failed, unchanged: 0, failed, peakRssMb: peakRss(), failures: [] });
  } else {
    const nlp = (await import('compromise')).default;
    const texts = fs.readdirSync(task.input).sort().map((f) => fs.readFileSync(path.join(task.input, f), 'utf8'));
    nlp(texts[0]!); // compromise builds its lexicon on first use; the pipeline's start-up is timed, this is not
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const text of texts) nlp(text);
    const seconds = (performance.now() - started) / 1000;
    report({ seconds, cpuSeconds: cpuOf(cpu), processed: texts.length, unchanged: 0, failed: 0, peakRssMb: peakRss(), failures: [] });
  }
}

/** process.cpuUsage() counts every thread of the process, so worker threads are included. */
const cpuOf = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};
const peakRss = (): number => process.resourceUsage().maxRSS / 1024;
const report = (m: Measure): void => void process.stdout.write(`BENCH ${JSON.stringify(m)}\n`);

function measure(task: ChildTask): Measure {
  const r = spawnSync(process.execPath, ['--expose-gc', self, '--child', JSON.stringify(task)], { cwd: packageRoot, encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`bench: the child for ${JSON.stringify(task)} gave no result (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice('BENCH '.length)) as Measure;
}

// --- the report -----------------------------------------------------------------------------

const rate = (n: number, seconds: number): string => Math.round(n / seconds).toLocaleString('en-US');

function touchOnePercent(input: string): number {
  const files = fs.readdirSync(input).sort();
  const changed = Math.max(1, Math.round(files.length / 100));
  const step = Math.floor(files.length / changed);
  for (let k = 0; k < changed; k++) fs.appendFileSync(path.join(input, files[k * step]!), `\nA sentence added to document ${k * step} for the re-run.\n`);
  return changed;
}

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? process.env.BENCH_DOCS ?? 200);
  if (!Number.isSafeInteger(docs) || docs < 4) throw new Error(`bench: the corpus size must be a whole number >= 4, got ${process.argv[2] ?? process.env.BENCH_DOCS}`);
  const pipeline = path.resolve(packageRoot, process.env.BENCH_PIPELINE ?? 'pipelines/news.json');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-extract-bench-'));
  try {
    const input = path.join(work, 'input');
    const { words } = buildCorpus(input, docs);
    console.log(`news-extract bench: ${docs} documents, ${words.toLocaleString('en-US')} words, pipeline ${path.relative(packageRoot, pipeline)}`);
    console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}\n`);

    const steady = measure({ kind: 'inline', input, pipeline });
    console.log(
      `one thread, warm, no start-up (the worker's code per document): ${rate(words, steady.seconds)} words/s wall, ` +
        `${rate(words, steady.cpuSeconds)} words per CPU-second, ${rate(docs, steady.cpuSeconds)} docs per CPU-second`,
    );
    const runs: Record<number, Measure> = {};
    for (const concurrency of [1, 2]) {
      const m = measure({ kind: 'run', input, output: path.join(work, `out-c${concurrency}`), pipeline, concurrency });
      runs[concurrency] = m;
      console.log(
        `concurrency ${concurrency}: ${m.seconds.toFixed(2)} s wall, ${rate(words, m.seconds)} words/s, ${rate(docs, m.seconds)} docs/s; ` +
          `${m.cpuSeconds.toFixed(2)} s CPU, ${rate(words, m.cpuSeconds)} words per CPU-second; peak RSS ${m.peakRssMb.toFixed(0)} MB (start-up included)`,
      );
      if (m.failed > 0) console.log(`  ${m.failed} documents failed, e.g.\n    ${m.failures.slice(0, 3).join('\n    ')}`);
    }
    console.log(`2 workers vs 1: ${(runs[1]!.seconds / runs[2]!.seconds).toFixed(2)}x (wall time; CPU per word ${(runs[2]!.cpuSeconds / runs[1]!.cpuSeconds).toFixed(2)}x)\n`);

    const out = path.join(work, 'out-c2');
    const same = measure({ kind: 'run', input, output: out, pipeline, concurrency: 2 });
    console.log(`re-run, nothing changed: ${same.seconds.toFixed(2)} s wall, ${same.cpuSeconds.toFixed(2)} s CPU (${same.unchanged} unchanged, ${same.processed + same.failed} redone)`);
    const changed = touchOnePercent(input);
    const onePct = measure({ kind: 'run', input, output: out, pipeline, concurrency: 2 });
    console.log(`re-run, ${changed} of ${docs} sources changed: ${onePct.seconds.toFixed(2)} s wall, ${onePct.cpuSeconds.toFixed(2)} s CPU (${onePct.processed + onePct.failed} redone; failed documents are retried)\n`);

    const smallInput = path.join(work, 'input-small');
    const small = Math.max(2, Math.round(docs / 4));
    buildCorpus(smallInput, small);
    const smallRun = measure({ kind: 'run', input: smallInput, output: path.join(work, 'out-small'), pipeline, concurrency: 2 });
    console.log(`peak RSS at concurrency 2: ${small} documents ${smallRun.peakRssMb.toFixed(0)} MB, ${docs} documents ${runs[2]!.peakRssMb.toFixed(0)} MB`);

    const c = measure({ kind: 'compromise', input });
    const pipelineRate = words / runs[1]!.seconds;
    console.log(
      `compromise nlp() alone, one thread, warm: ${c.seconds.toFixed(2)} s wall, ${rate(words, c.seconds)} words/s, ${rate(words, c.cpuSeconds)} words per CPU-second; ` +
        `whole pipeline at concurrency 1 is ${(pipelineRate / (words / c.seconds)).toFixed(2)}x its speed (${(words / runs[1]!.cpuSeconds / (words / c.cpuSeconds)).toFixed(2)}x by CPU)`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const childArg = process.argv.indexOf('--child');
if (childArg >= 0) await child(JSON.parse(process.argv[childArg + 1]!) as ChildTask);
else await main();
