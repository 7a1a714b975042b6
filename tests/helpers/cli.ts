// Running the built CLI from tests: build once (under a lock, as several test files may ask at
// once), spawn `node dist/src/cli.js`, and compare output trees byte for byte.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = process.cwd();
export const cliJs = path.join(root, 'dist', 'src', 'cli.js');

/** True once the CLI source exists (the batch spine landed). */
export const cliExists = (): boolean => fs.existsSync(path.join(root, 'src', 'cli.ts'));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const upToDate = (): boolean => fs.existsSync(cliJs) && fs.statSync(cliJs).mtimeMs >= newestMtime(path.join(root, 'src'));

/** Builds dist/ when a source is newer than dist/src/cli.js. Type errors elsewhere do not stop tsc emitting. */
export function ensureBuilt(): void {
  if (upToDate()) return;
  const lock = path.join(os.tmpdir(), `news-extract-build-${createHash('sha1').update(root).digest('hex').slice(0, 8)}.lock`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`cli helper: waited 180 s for the build lock ${lock}`);
      // Another test file is building: wait for it, then use its result.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true }); // a crashed builder
    }
  }
  try {
    if (!upToDate()) {
      const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
      if (!fs.existsSync(cliJs)) throw new Error(`cli helper: the build made no ${cliJs}:\n${r.stdout}\n${r.stderr}`);
      fs.utimesSync(cliJs, new Date(), new Date()); // tsc may skip rewriting an unchanged file
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [cliJs, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the CLI to the end (or kills it after timeoutMs) and collects its output. */
export function runCli(args: string[], timeoutMs = 120_000): Promise<CliResult> {
  const t0 = performance.now();
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    }),
  );
}

export const run = (input: string, output: string, extra: string[] = [], pipeline = 'pipelines/news.json'): Promise<CliResult> =>
  runCli(['run', '--input', input, '--output', output, '--pipeline', pipeline, '--quiet', ...extra]);

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `news-extract-${label}-`));
}

/** Every file below dir (relative path -> sha256 of its bytes). */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** Differences between two output trees, as readable lines (empty = byte-identical). */
export function treeDiff(expected: string, actual: string): string[] {
  const a = tree(expected);
  const b = tree(actual);
  const diff: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) diff.push(`missing: ${file}`);
    else if (b.get(file) !== hash) diff.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) diff.push(`extra: ${file}`);
  return diff.sort();
}

/** Writes generated pages as input/<name>.txt files. */
export function writeInputs(dir: string, pages: ReadonlyArray<readonly [string, string]>): void {
  for (const [name, text] of pages) {
    const file = path.join(dir, `${name}.txt`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** Deterministic pages for CLI tests (fast-check's sample with a fixed seed). */
export async function samplePages(count: number, seed: number): Promise<string[]> {
  const fc = (await import('fast-check')).default;
  const { page } = await import('./pages.js');
  return fc.sample(page, { numRuns: count, seed });
}
