// Runs the built CLI (dist/, as `npm start` does) on temporary folders.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../helpers/cli.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const cliPath = path.join(root, 'dist/src/cli.js');

/**
 * Builds dist/ when a source is newer, under the build lock tests/helpers/cli.ts shares with the
 * robustness tests: two test files running tsc at once could let a CLI read a half-written file.
 */
export function buildOnce(): void {
  ensureBuilt();
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `run` gets one worker unless a test sets --concurrency: each worker loads every stage (over a
 * second of CPU), which dominates these small runs; the pool path is the same with one worker.
 */
const withConcurrency = (args: string[]): string[] =>
  args[0] === 'run' && !args.some((a) => a === '--concurrency' || a === '-c') && !args.includes('--help') ? [...args, '--concurrency', '1'] : args;

export function cli(args: string[], cwd = root): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...withConcurrency(args)], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting; resolves when it exits. */
export function cliAsync(args: string[]): { done: Promise<CliResult>; pid: number } {
  const child = spawn(process.execPath, [cliPath, ...withConcurrency(args)], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, pid: child.pid! };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `news-extract-${prefix}-`));
}

/** A temporary copy of the sample pages in input/. */
export function copyOfInput(): string {
  const dir = tempDir('input');
  for (const f of fs.readdirSync(path.join(root, 'input'))) fs.copyFileSync(path.join(root, 'input', f), path.join(dir, f));
  return dir;
}

/** Every file below dir with its content and its identity on disk (inode and mtime). */
export function snapshot(dir: string): Map<string, { content: string; ino: number; mtimeMs: number }> {
  const out = new Map<string, { content: string; ino: number; mtimeMs: number }>();
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else {
        const stat = fs.statSync(path.join(dir, child));
        out.set(child, { content: fs.readFileSync(path.join(dir, child), 'utf8'), ino: stat.ino, mtimeMs: stat.mtimeMs });
      }
    }
  };
  walk('');
  return out;
}

/** The counts of the summary line on stderr. */
export function summaryOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((l) => l.startsWith('news-extract: ') && l.includes(' processed'));
  if (!line) throw new Error(`no summary line in:\n${stderr}`);
  const counts: Record<string, number> = {};
  for (const m of line.matchAll(/(\d+) (documents|processed|unchanged|failed|removed|articles|dates|entities|quotes)/g)) counts[m[2]!] = Number(m[1]);
  return counts;
}

export function writePipeline(dir: string, stages: unknown[]): string {
  const file = path.join(dir, 'pipeline.json');
  fs.writeFileSync(file, JSON.stringify({ name: 'test', stages }));
  return file;
}
