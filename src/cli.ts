#!/usr/bin/env node
// news-extract's command line: `run` turns a folder of .txt files or a .jsonl file into records,
// `validate` re-checks an output folder. Exit codes: 0 all documents ok, 1 some failed (the rest
// are written), 2 bad usage (unknown option, missing input, bad pipeline, output folder locked).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import type { RunSummary } from './batch.js';
import { packageRoot, packageVersion } from './core/package-info.js';
import { LockError } from './io/lock.js';
import { InputError } from './io/sources.js';
import { validateOutput } from './io/validate.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET_MS } from './io/defaults.js';

// batch.js pulls in every stage (models, lexicons: about a second); --help and validate do not
// need them, so only `run` imports it. Its error classes are therefore recognised by name.
const USAGE_ERRORS = new Set(['PipelineError', 'UsageError']);
const isUsageError = (err: unknown): err is Error =>
  err instanceof InputError || err instanceof LockError || (err instanceof Error && USAGE_ERRORS.has(err.name));

const MAX_LISTED_FAILURES = 10;

const log = (message: string): void => void process.stderr.write(message + '\n');

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

interface RunFlags {
  input: string;
  output: string;
  pipeline: string;
  concurrency: number;
  force?: boolean;
  maxBytes: number;
  timeBudget: number;
  quiet?: boolean;
}

/** A pipeline path as given, else the package's own file of that name: `npm start` and the
 *  default `pipelines/news.json` work from any folder, not only from the package root. */
function pipelineFile(given: string): string {
  if (fs.existsSync(given) || path.isAbsolute(given)) return given;
  const packaged = path.join(packageRoot, given);
  return fs.existsSync(packaged) ? packaged : given;
}

async function runCommand(flags: RunFlags): Promise<number> {
  const bar = !flags.quiet && process.stderr.isTTY ? progressBar() : null;
  const { runPipeline } = await import('./batch.js');
  const summary = await runPipeline({
    input: flags.input,
    output: flags.output,
    pipeline: pipelineFile(flags.pipeline),
    concurrency: flags.concurrency,
    force: flags.force ?? false,
    maxBytes: flags.maxBytes,
    timeBudgetMs: flags.timeBudget,
    onNotice: (message) => (bar ? bar.log(message) : log(message)),
    onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
  }).finally(() => bar?.stop());
  if (!flags.quiet) log(summaryLine(summary));
  if (summary.failures.length > 0) log(failureList(summary));
  return summary.failed > 0 ? 1 : 0;
}

function progressBar() {
  const bar = new cliProgress.SingleBar(
    { format: 'news-extract {bar} {value}/{total} documents | {eta_formatted} left', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number | null) {
      if (!started) {
        bar.start(total ?? 0, done);
        started = true;
      } else {
        if (total !== null) bar.setTotal(total);
        bar.update(done);
      }
    },
    log(message: string) {
      if (started) bar.stop();
      log(message);
      started = false;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function summaryLine(s: RunSummary): string {
  return (
    `news-extract: ${s.documents} documents in ${s.seconds.toFixed(1)} s: ` +
    `${s.processed} processed, ${s.unchanged} unchanged, ${s.failed} failed, ${s.removed} removed; ` +
    `${s.articles} articles, ${s.dates} dates, ${s.entities} entities, ${s.quotes} quotes -> ${s.output}`
  );
}

function failureList(s: RunSummary): string {
  const shown = s.failures.slice(0, MAX_LISTED_FAILURES).map((f) => `  ${f.id} [${f.stage}]: ${firstLine(f.message)}`);
  const more = s.failures.length - shown.length;
  return [`failed documents (${s.failures.length}):`, ...shown, ...(more > 0 ? [`  ... and ${more} more (see ${s.output}/manifest.json)`] : [])].join('\n');
}

const firstLine = (message: string): string => {
  const line = message.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
};

async function validateCommand(dir: string): Promise<number> {
  const report = await validateOutput(dir);
  for (const problem of report.problems.slice(0, 50)) log(problem);
  if (report.problems.length > 50) log(`... and ${report.problems.length - 50} more problems`);
  const verdict = report.problems.length === 0 ? 'valid' : `${report.problems.length} problems`;
  process.stdout.write(`${dir}: ${report.records} records, ${report.lines} article lines: ${verdict}\n`);
  return report.problems.length === 0 ? 0 : 1;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('news-extract')
    .description('Turn raw scraped news text into clean, validated JSON article records.')
    .version(packageVersion)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  program
    .command('run')
    .description('process a folder of .txt files or a .jsonl file into <output>/documents/<id>.json, articles.jsonl and manifest.json')
    .option('-i, --input <path>', 'a folder of .txt files (recursive) or a .jsonl file of {id, text, published?, url?, title?}', 'input')
    .option('-o, --output <dir>', 'output folder', 'output')
    .option('-p, --pipeline <file>', 'pipeline definition', 'pipelines/news.json')
    .option('-c, --concurrency <n>', 'worker threads (default: the number of cores)', wholeNumber, os.availableParallelism())
    .option('-f, --force', 'redo every document, even unchanged ones')
    .option('--max-bytes <n>', 'sources larger than this many bytes fail', wholeNumber, DEFAULT_MAX_BYTES)
    .option('--time-budget <ms>', 'per-document time budget; a document over it fails', wholeNumber, DEFAULT_TIME_BUDGET_MS)
    .option('-q, --quiet', 'no progress bar and no summary (failures are still listed)')
    .action(async (flags: RunFlags) => setExit(await runCommand(flags)));
  program
    .command('validate')
    .description('re-check every record and articles.jsonl line in an output folder against the contract (exit 1 when any is invalid)')
    .argument('[dir]', 'output folder', 'output')
    .action(async (dir: string) => setExit(await validateCommand(dir)));
  return program;
}

async function main(): Promise<void> {
  process.on('SIGINT', () => {
    log('news-extract: interrupted; finished documents are kept in the manifest for the next run');
    process.exit(130);
  });
  const program = buildProgram((code) => (process.exitCode = code));
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (isUsageError(err)) {
      log(`news-extract: ${err.message}`);
      process.exitCode = 2;
    } else {
      log(`news-extract: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
      process.exitCode = 1;
    }
  }
}

await main();
