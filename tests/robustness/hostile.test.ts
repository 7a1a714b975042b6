// Hostile inputs: one bad page must cost one failed record, never the batch, never an hour.
// Each case runs through processText with both pipelines (news normalises and cleans first; plain
// hands the raw text to every extraction stage) and must end with a valid record or a clear
// failure naming its stage, within a bound: the vitest timeout of the test, 30 s plus 0.1 ms per
// character (10,000 chars/s, ~25x under the pipeline's speed target, so only a super-linear blow-up
// or a hang misses it). Cases run in a worker thread on the built library, so a case that hangs is
// stopped at its bound instead of hanging the suite. Reduced sizes by default; STRESS=1: full sizes.
// File-level cases (encodings, empty file, hostile file names, a 5 MB line) go through the CLI.
// Each test prints its measured time; the closing note of issue 8 lists them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleStage } from '../../src/core/stage.js';
import { emptyArticle } from '../../src/core/doc.js';
import { RunMap } from '../../src/core/offsets.js';
import { Manifest } from '../../src/schema/manifest.js';
import { DocumentRecord } from '../../src/schema/record.js';
import { findQuotedSpans } from '../../src/stages/extract/quotes/direct.js';
import { linkAliases } from '../../src/stages/resolve/aliases.js';
import { analyzeText } from '../../src/stages/analyze/analyze.js';
import { loadPipeline } from '../../src/core/pipeline.js';
import { runStages } from '../../src/core/runner.js';
import { cliJs, ensureBuilt, root, run, tempDir, tree } from '../helpers/cli.js';
import { docOf } from '../helpers/docs.js';
import { hostileCases, prose } from '../helpers/hostile.js';
import { recordProblems } from '../helpers/invariants.js';
import { STRESS } from '../helpers/pages.js';

const boundMs = (chars: number): number => Math.round(30_000 + chars * 0.1);
const measured: string[] = [];
const note = (line: string): void => void measured.push(line);

afterAll(() => console.log(`hostile cases (${STRESS ? 'full sizes' : 'reduced sizes'}), measured:\n${measured.join('\n')}`));

// The worker loads the built library once and runs one text at a time.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.index).then((lib) => {
  parentPort.on('message', ({ text, pipeline }) => {
    const t0 = performance.now();
    try {
      const json = JSON.stringify(lib.processText(text, { pipeline, id: 'hostile' }));
      parentPort.postMessage({ ok: true, ms: performance.now() - t0, json });
    } catch (err) {
      parentPort.postMessage({ ok: false, ms: performance.now() - t0, error: String(err && err.name) + ': ' + String(err && err.message) });
    }
  });
  parentPort.postMessage({ ready: true });
});
`;

type Outcome = { ok: true; ms: number; json: string } | { ok: false; ms: number; error: string };

interface Runner {
  worker: Worker;
  ready: Promise<void>;
}
let runner: Runner | null = null;

function startRunner(): Runner {
  const index = pathToFileURL(path.join(root, 'dist/src/index.js')).href;
  // execArgv: [] keeps vitest's module hooks out of the worker (with them, the import never settles).
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { index }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
  worker.setMaxListeners(0);
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hostile-case worker exited (${code}) before it was ready`)));
  });
  return { worker, ready };
}

/**
 * Runs one text. The worker is stopped a little before the test's own timeout, so a case over its
 * bound never leaves a busy worker behind for the next case (which then gets a fresh one).
 */
async function processInWorker(text: string, pipeline: string, limitMs: number): Promise<Outcome> {
  const r = (runner ??= startRunner());
  await r.ready;
  return new Promise<Outcome>((resolve, reject) => {
    const stop = (err: Error): void => {
      clearTimeout(timer);
      r.worker.removeAllListeners('message');
      if (runner === r) runner = null;
      void r.worker.terminate();
      reject(err);
    };
    const timer = setTimeout(() => stop(new Error(`did not finish within ${limitMs} ms: stopped`)), limitMs);
    r.worker.once('message', (m: Outcome) => {
      clearTimeout(timer);
      resolve(m);
    });
    r.worker.once('error', stop);
    r.worker.postMessage({ text, pipeline });
  });
}

beforeAll(() => ensureBuilt(), 300_000);
afterAll(async () => void (await runner?.worker.terminate()));

describe.for([['pipelines/news.json'], ['pipelines/plain.json']] as const)('processText with %s', ([pipeline]) => {
  for (const c of hostileCases(STRESS)) {
    const text = c.build();
    const bound = boundMs(text.length);
    test(`${c.name} (${text.length.toLocaleString('en')} chars): a valid record or a clear failure within ${bound / 1000} s`, async () => {
      const out = await processInWorker(text, path.join(root, pipeline), bound - 2_000);
      note(`${pipeline.padEnd(20)} ${c.name.padEnd(62)} ${String(text.length).padStart(8)} chars ${out.ms.toFixed(0).padStart(7)} ms  ${out.ok ? 'record' : out.error}`);
      if (out.ok) expect(recordProblems(JSON.parse(out.json))).toEqual([]);
      // A failure must be a StageError naming the stage, the batch's per-document failure.
      else expect(out.error).toMatch(/^StageError: [a-z-]+: \S/);
    }, bound);
  }
});

// Regression tests, named after the bugs this suite found; each input made the old code blow up.
describe('regressions', () => {
  test('alias index quadratic in name length (50,000 capitalised words ran the plain pipeline out of memory)', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => ['Kalo', 'Mimar', 'Zuren', 'Group'][i % 4]).join(' ');
    const t0 = performance.now();
    const out = linkAliases(body, [
      { start: 0, end: body.length, label: 'ORG' },
      { start: 0, end: body.length, label: 'PERSON' },
      { start: 0, end: 4, label: 'PERSON' },
    ]);
    note(`regression: linkAliases over a 50,000-word name: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(out.map((m) => m.canonical)).toEqual([body, body, 'Kalo']);
  }, 20_000);

  test('quote pairing quadratic in unclosed marks on one line (1.6M chars of mixed marks took minutes)', () => {
    const kinds = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB'];
    const line = Array.from({ length: 250_000 }, (_, i) => `${kinds[i % 8]}word`).join(' ');
    const t0 = performance.now();
    const { spans } = findQuotedSpans(line);
    note(`regression: findQuotedSpans over ${line.length} chars of mixed marks: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(spans.length).toBeGreaterThan(0);
  }, 20_000);

  test('wink tokenizer quadratic in one token\'s length (a 200,000-letter word took minutes)', () => {
    const body = `A word: ${'a'.repeat(200_000)} ends here.`;
    const t0 = performance.now();
    const { tokens } = analyzeText(body);
    note(`regression: analyzeText over a 200,000-letter word: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) expect(t.end).toBeLessThanOrEqual(body.length);
    expect(body.slice(tokens.at(-2)!.start, tokens.at(-2)!.end)).toBe('here');
  }, 20_000);

  test('cleaner quadratic in runs of repeated lines (10,000 short lines took a minute, 150,000 far longer)', () => {
    const news = loadPipeline('pipelines/news.json');
    const text = 'word\n'.repeat(75_000) + '\r\n'.repeat(75_000);
    const t0 = performance.now();
    runStages(docOf(text), { ...news, stages: news.stages.slice(0, 2) });
    note(`regression: normalize + clean-articles over 150,000 short lines: ${(performance.now() - t0).toFixed(0)} ms`);
  }, 30_000);

  test('date lookbehinds quadratic in a whitespace run (plain pipeline, 300,000 spaces before a date pair)', () => {
    const plain = loadPipeline('pipelines/plain.json');
    const upToDates = plain.stages.slice(0, plain.stages.findIndex((s) => s.stage.id === 'dates') + 1);
    const text = `Talks on May 3 and${' '.repeat(300_000)}4, 2021, for${' '.repeat(300_000)}years.`;
    const t0 = performance.now();
    const doc = runStages(docOf(text), { ...plain, stages: upToDates });
    note(`regression: plain pipeline to dates over two 300,000-space gaps: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(doc.articles).toHaveLength(1);
  }, 30_000);

  test('quote warnings appended with push(...) overflowed the stack at 300,000 unmatched closing quotes', () => {
    const { warnings } = findQuotedSpans('x\u201D '.repeat(300_000));
    expect(warnings).toHaveLength(300_000);
    // articleStage merged an article's warnings the same way.
    const stage = articleStage({
      id: 'many-warnings',
      version: '1',
      description: 'returns 300,000 warnings',
      requires: [],
      adds: [],
      options: undefined as never,
      annotate: () => ({ warnings: Array.from({ length: 300_000 }, () => ({ code: 'w', message: 'w' })) }),
    });
    const doc = { ...docOf('x'), articles: [emptyArticle('x', RunMap.identity(1))] };
    expect(stage.run(doc, undefined as never).warnings).toHaveLength(300_000);
  }, 20_000);
});

// File-level cases through the built CLI: bytes and names no string test can hold.
describe('the CLI on hostile files', () => {
  const big = STRESS ? 5_000_000 : 200_000;
  const files: Array<{ name: string; bytes: Buffer; expect: 'record' | 'skipped' | RegExp }> = [
    { name: `one line of ${big} bytes.txt`, bytes: Buffer.from(prose(big)), expect: 'record' },
    { name: 'empty.txt', bytes: Buffer.alloc(0), expect: 'record' },
    { name: 'nul and control bytes.txt', bytes: Buffer.from(`${prose(2000)}\u0000\u0001\u0002${prose(2000, 2)}`), expect: /input: binary file \(it contains NUL bytes\)/ },
    { name: 'control bytes only.txt', bytes: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 32 || 1)), expect: /input: binary file/ },
    { name: 'invalid utf-8, latin-1 like.txt', bytes: Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(` reopened. ${prose(500)}`)]), expect: 'record' },
    { name: 'invalid utf-8, random bytes.txt', bytes: Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), expect: /input: .*not valid UTF-8|input: binary file/ },
    { name: 'utf-16le without bom.txt', bytes: Buffer.from(`Grüße aus Köln. ${prose(300)}`, 'utf16le'), expect: 'record' },
    { name: 'utf-16be without bom.txt', bytes: Buffer.from(`Grüße aus Köln. ${prose(300)}`, 'utf16le').swap16(), expect: 'record' },
    { name: 'utf-16le odd length.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('truncated', 'utf16le'), Buffer.from([0x41])]), expect: /odd number of bytes/ },
    { name: 'with  spaces and Ünïcödé 記事.txt', bytes: Buffer.from(prose(400)), expect: 'record' },
    { name: 'a..b.txt', bytes: Buffer.from(prose(400)), expect: 'record' },
    // A name starting with '.' is a hidden file: the folder source skips it by design.
    { name: '..leading dots.txt', bytes: Buffer.from(prose(400)), expect: 'skipped' },
    { name: 'sub dir/..hidden dir/trailing dots...txt', bytes: Buffer.from(prose(400)), expect: 'record' },
  ];

  test('each file ends as a valid record or a failure naming its reason; nothing lands outside the output', async () => {
    const dir = tempDir('hostile-files');
    const input = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(input, f.name)), { recursive: true });
      fs.writeFileSync(path.join(input, f.name), f.bytes);
    }
    const r = await run(input, out, ['--concurrency', '2', '--time-budget', String(boundMs(big))], 'pipelines/news.json');
    note(`cli: ${files.length} hostile files (largest ${big} bytes) through the news pipeline: ${r.ms.toFixed(0)} ms`);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1); // some sources fail, as they should
    const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    for (const f of files) {
      const id = f.name.replace(/\.txt$/, '');
      const entry = manifest.entries.find((e) => e.id === id);
      if (f.expect === 'skipped') {
        expect(entry).toBeUndefined();
        expect(fs.existsSync(path.join(out, 'documents', `${id}.json`))).toBe(false);
        continue;
      }
      expect(entry, `manifest entry for ${id}`).toBeDefined();
      if (f.expect === 'record') {
        expect(entry!.status, `${id}: ${entry!.error?.message}`).toBe('ok');
        const record = DocumentRecord.parse(JSON.parse(fs.readFileSync(path.join(out, 'documents', `${id}.json`), 'utf8')));
        expect(record.id).toBe(id);
      } else {
        expect(entry!.status).toBe('failed');
        expect(entry!.error!.message).toMatch(f.expect);
        expect(r.stderr).toContain(id);
      }
    }
    // Only the output folder was written: no record escaped through a '..' in a name.
    expect(fs.readdirSync(dir).sort()).toEqual(['in', 'out']);
    expect([...tree(out).keys()].every((f) => !f.includes('..' + path.sep) && !path.isAbsolute(f))).toBe(true);
    const validate = spawnSync(process.execPath, [cliJs, 'validate', out], { encoding: 'utf8' });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
  }, 300_000);
});
