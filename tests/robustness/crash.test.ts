// Crash safety: the built CLI is killed with SIGKILL at seeded random moments while it works
// through a few hundred generated pages, then run to completion; the output folder must then equal
// a clean run's byte for byte, every file compared (records, manifest.json, articles.jsonl, the
// schemas; the manifest holds no timings or timestamps, so nothing is excluded), with no temporary
// file or lock left. Also: a deleted or malformed manifest is reported and rebuilt, not trusted.
// Default 120 pages x 3 kills; STRESS=1: 400 pages x 8 kills.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isTempFile } from '../../src/io/atomic.js';
import { ensureBuilt, run, samplePages, spawnCli, tempDir, tree, treeDiff, writeInputs, type CliResult } from '../helpers/cli.js';
import { prng } from '../../bench/prng.js';
import { STRESS } from '../helpers/pages.js';

const DOCS = STRESS ? 400 : 120;
const KILLS = STRESS ? 8 : 3;
const PIPELINE = 'pipelines/news.json';

let input: string;
let clean: string;
let cleanMs: number;
let cleanCode: number | null;

beforeAll(async () => {
  ensureBuilt();
  input = path.join(tempDir('crash'), 'in');
  const pages = await samplePages(DOCS, 20261123);
  writeInputs(input, pages.map((p, i) => [`page-${String(i).padStart(4, '0')}`, p] as const));
  clean = tempDir('crash-clean');
  const r = await run(input, clean, ['--concurrency', '2'], PIPELINE);
  // Exit 1 is fine: some generated pages hold NUL bytes and fail as binary, in every run alike.
  if (r.code !== 0 && !(r.code === 1 && /\[input\]: input: binary file/.test(r.stderr))) throw new Error(`the clean run failed (${r.code}):\n${r.stderr}`);
  cleanMs = r.ms;
  cleanCode = r.code;
}, 300_000);

/** Starts a run, SIGKILLs it after `afterMs`, and resolves when it is gone. */
function runAndKill(output: string, afterMs: number): Promise<CliResult> {
  const t0 = performance.now();
  const child = spawnCli(['run', '--input', input, '--output', output, '--pipeline', PIPELINE, '--quiet', '--concurrency', '2']);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: '', stderr, ms: performance.now() - t0 });
    }),
  );
}

/** Files a finished run must not leave: temporary files of atomic writes and the lock. */
const leftovers = (dir: string): string[] => [...tree(dir).keys()].filter((f) => isTempFile(path.basename(f)) || path.basename(f) === '.lock');

describe('crash safety', () => {
  test(`${DOCS} pages, killed ${KILLS} times at random moments, then finished: byte-identical to a clean run`, async () => {
    const out = tempDir('crash-killed');
    const rnd = prng(8);
    const kills: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      // Between 10% and 50% of a clean run: late enough that records are being written, early
      // enough that work is left (each run resumes where the one before stopped).
      const afterMs = Math.round(cleanMs * (0.1 + 0.4 * rnd()));
      const r = await runAndKill(out, afterMs);
      kills.push(`${afterMs} ms: ${r.signal ?? `exit ${r.code}`}`);
    }
    const done = await run(input, out, ['--concurrency', '2'], PIPELINE);
    console.log(`crash: clean run ${cleanMs.toFixed(0)} ms; kills after ${kills.join(', ')}; final run ${done.ms.toFixed(0)} ms`);
    expect(done.code).toBe(cleanCode);
    expect(kills.filter((k) => k.endsWith('SIGKILL')).length, 'runs actually killed').toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
    expect(treeDiff(clean, out)).toEqual([]);
    expect(tree(out).size).toBe(tree(clean).size);
    expect(leftovers(out)).toEqual([]);
  }, 600_000);
});

describe('manifest rebuild', () => {
  // A smaller corpus of its own: each case redoes every document. (A manifest cut mid-JSON is
  // covered by tests/e2e/cli.test.ts.)
  let small: string;
  let smallClean: string;
  let smallCode: number | null;
  let pages: Array<readonly [string, string]>;
  let out: string;
  beforeAll(async () => {
    small = path.join(tempDir('manifest-in'), 'in');
    pages = (await samplePages(20, 7)).map((p, i) => [`page-${i}`, p] as const);
    writeInputs(small, pages);
    smallClean = tempDir('manifest-clean');
    smallCode = (await run(small, smallClean, ['--concurrency', '1'], PIPELINE)).code;
    out = tempDir('manifest');
    fs.cpSync(smallClean, out, { recursive: true });
  }, 300_000);

  test.for([
    ['deleted', () => fs.rmSync(path.join(out, 'manifest.json')), /manifest: .* is missing; every document is redone/],
    ['valid JSON of the wrong shape', () => fs.writeFileSync(path.join(out, 'manifest.json'), '{"schemaVersion": 1, "entries": "none"}'), /manifest: .*does not match the manifest schema.*not trusting it, so every document is redone/s],
  ] as const)('a %s manifest is reported, every document is redone, and the output equals a clean run', { timeout: 300_000 }, async ([, damage, message]) => {
    damage();
    const r = await run(small, out, ['--concurrency', '1'], PIPELINE);
    expect(r.code).toBe(smallCode);
    expect(r.stderr).toMatch(message);
    expect(treeDiff(smallClean, out)).toEqual([]);
    expect(leftovers(out)).toEqual([]);
  });

  test('determinism: the same pages written in reverse order, run with concurrency 2 instead of 1, give byte-identical output', async () => {
    const reversed = path.join(tempDir('reversed-in'), 'in');
    writeInputs(reversed, [...pages].reverse());
    const other = tempDir('reversed-out');
    const r = await run(reversed, other, ['--concurrency', '2'], PIPELINE);
    expect(r.code).toBe(smallCode);
    expect(treeDiff(smallClean, other)).toEqual([]);
  }, 300_000);
});
