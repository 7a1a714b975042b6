// The batch runner behind `news-extract run` and the library's `runPipeline`: reads the sources
// one by one, skips those whose hash and pipeline fingerprint are unchanged, runs the rest on a
// worker pool with a bounded number in flight (memory stays flat), writes every output atomically,
// checkpoints the manifest as it goes, and removes the outputs of sources that disappeared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPipeline } from './core/pipeline.js';
import type { ManifestEntry } from './schema/manifest.js';
import { compareIds, isTempFile, listFiles, pruneEmptyDirs, sweepTempFiles, writeFileAtomic, writeFileAtomicSync, writeIfChanged } from './io/atomic.js';
import type { DocumentResult, DocumentTask } from './io/document.js';
import { acquireLock } from './io/lock.js';
import { entriesById, loadManifest, planSource, serializeManifest, sortEntries } from './io/manifest.js';
import { writeArticles, writeSchemas, recordPath } from './io/outputs.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET_MS } from './io/defaults.js';
import { createExecutor } from './io/pool.js';
import { openSources, type Source } from './io/sources.js';

export interface RunOptions {
  /** A folder of .txt files (recursive) or a .jsonl file. */
  input: string;
  output: string;
  /** Path of a pipeline definition (pipelines/*.json). */
  pipeline: string;
  /** Worker threads; default: the number of cores. */
  concurrency?: number;
  /** Redo every source, whatever the manifest says. */
  force?: boolean;
  /** Sources larger than this fail (default 5 MB). */
  maxBytes?: number;
  /** Per-document time budget in ms (default 60 000); only enforced on worker threads. */
  timeBudgetMs?: number;
  /** Run in this thread instead of a worker pool (no time budget). */
  inline?: boolean;
  /** How often the manifest is checkpointed while running (ms). */
  checkpointMs?: number;
  /** Notices for the user (stale lock taken over, manifest not trusted, ...). */
  onNotice?: (message: string) => void;
  onProgress?: (done: number, total: number | null) => void;
}

export interface Failure {
  id: string;
  path: string;
  stage: string;
  message: string;
}

export interface RunSummary {
  output: string;
  documents: number;
  processed: number;
  unchanged: number;
  failed: number;
  removed: number;
  articles: number;
  dates: number;
  entities: number;
  quotes: number;
  seconds: number;
  failures: Failure[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export { DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET_MS };

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < 1) throw new UsageError(`${name} must be a positive whole number, got ${value}`);
  return v;
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const concurrency = positiveInt('concurrency', options.concurrency, os.availableParallelism());
  const maxBytes = positiveInt('max-bytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const timeBudgetMs = positiveInt('time-budget', options.timeBudgetMs, DEFAULT_TIME_BUDGET_MS);
  const pipeline = loadPipeline(options.pipeline);
  const definition: unknown = JSON.parse(fs.readFileSync(options.pipeline, 'utf8'));
  const reader = await openSources(options.input, maxBytes, { countLines: options.onProgress !== undefined });
  const outputDir = path.resolve(options.output);
  const notice = options.onNotice ?? (() => {});
  const lock = acquireLock(outputDir, notice);
  const executor = createExecutor({ pipeline, definition, concurrency, timeBudgetMs, inline: options.inline });
  try {
    await sweepTempFiles(outputDir);
    const batch = new Batch(outputDir, pipeline.name, pipeline.fingerprint, options, notice);
    await writeSchemas(outputDir);
    await batch.run(reader.sources(), reader.total, executor.run.bind(executor), executor.threaded ? concurrency * 2 : 1);
    const summary = await batch.finish();
    return { ...summary, seconds: (performance.now() - started) / 1000 };
  } finally {
    await executor.close();
    lock.release();
  }
}

class Batch {
  private readonly manifestFile: string;
  private readonly previous: Map<string, ManifestEntry>;
  private readonly done: ManifestEntry[] = [];
  private readonly doneIds = new Set<string>();
  private readonly failures: Failure[] = [];
  private processed = 0;
  private unchanged = 0;
  private changed = false;
  private fatal: unknown = null;
  private checkpointing: Promise<void> | null = null;
  private readonly exitHook = (): void => this.checkpointSync();

  constructor(
    private readonly outputDir: string,
    private readonly pipelineName: string,
    private readonly fingerprint: string,
    private readonly options: RunOptions,
    notice: (message: string) => void,
  ) {
    this.manifestFile = path.join(outputDir, 'manifest.json');
    const loaded = loadManifest(this.manifestFile);
    if (loaded.status === 'corrupt') notice(`manifest: ${this.manifestFile} ${loaded.reason}; not trusting it, so every document is redone`);
    if (loaded.status === 'missing' && fs.existsSync(path.join(outputDir, 'documents'))) {
      notice(`manifest: ${this.manifestFile} is missing; every document is redone`);
    }
    this.previous = loaded.status === 'ok' ? entriesById(loaded.manifest.entries) : new Map();
  }

  async run(sources: AsyncIterable<Source>, total: number | null, execute: (t: DocumentTask) => Promise<DocumentResult>, limit: number) {
    const progress = this.options.onProgress ?? (() => {});
    const timer = setInterval(() => this.checkpoint(), this.options.checkpointMs ?? 3000);
    process.once('exit', this.exitHook);
    const inflight = new Set<Promise<void>>();
    let count = 0;
    const tick = () => progress(++count, total);
    try {
      progress(0, total);
      for await (const source of sources) {
        if (this.fatal) break;
        if (source.kind === 'problem') {
          this.fail(source, '', 'input', source.problem);
          tick();
          continue;
        }
        const previous = this.previous.get(source.id);
        const outputExists = previous?.output ? await exists(path.join(this.outputDir, previous.output)) : false;
        const plan = planSource(previous, { path: source.path, sha256: source.sha256, fingerprint: this.fingerprint, outputExists }, !!this.options.force);
        if (plan.action === 'skip') {
          this.record(previous!);
          this.unchanged++;
          tick();
          continue;
        }
        const task: DocumentTask =
          source.kind === 'bytes'
            ? { id: source.id, path: source.path, format: source.format, sha256: source.sha256, size: source.size, bytes: source.bytes }
            : { id: source.id, path: source.path, format: source.format, sha256: source.sha256, size: source.size, text: source.text, given: source.given };
        const job = execute(task)
          .then((result) => this.store(source.id, source.path, source.sha256, result))
          .catch((err: unknown) => void (this.fatal ??= err))
          .finally(() => {
            inflight.delete(job);
            tick();
          });
        inflight.add(job);
        if (inflight.size >= limit) await Promise.race(inflight);
      }
      await Promise.all(inflight);
      if (this.fatal) throw this.fatal;
    } finally {
      clearInterval(timer);
      await this.checkpointing;
      process.removeListener('exit', this.exitHook);
    }
  }

  private async store(id: string, sourcePath: string, sha256: string, result: DocumentResult): Promise<void> {
    if (!result.ok) return this.fail({ id, path: sourcePath }, sha256, result.stage, result.message);
    const output = recordPath(id);
    await writeFileAtomic(path.join(this.outputDir, output), result.json);
    this.changed = true;
    this.processed++;
    const { articles, dates, entities, quotes } = result;
    this.record({ id, path: sourcePath, sha256, fingerprint: this.fingerprint, output, status: 'ok', error: null, articles, dates, entities, quotes });
  }

  private fail(source: { id: string; path: string }, sha256: string, stage: string, message: string): void {
    this.failures.push({ id: source.id, path: source.path, stage, message });
    this.record({
      id: source.id,
      path: source.path,
      sha256,
      fingerprint: this.fingerprint,
      output: null,
      status: 'failed',
      error: { stage, message },
      articles: 0,
      dates: 0,
      entities: 0,
      quotes: 0,
    });
  }

  private record(entry: ManifestEntry): void {
    this.done.push(entry);
    this.doneIds.add(entry.id);
  }

  /** Entries known so far: this run's, plus the previous run's for sources not reached yet. */
  private snapshot(): string {
    const pending = [...this.previous.values()].filter((e) => !this.doneIds.has(e.id));
    return serializeManifest({ schemaVersion: 1, pipeline: { name: this.pipelineName, fingerprint: this.fingerprint }, entries: sortEntries([...pending, ...this.done]) });
  }

  private checkpoint(): void {
    if (this.checkpointing) return;
    this.checkpointing = writeFileAtomic(this.manifestFile, this.snapshot())
      .catch(() => {}) // a failed checkpoint only costs redone work next time
      .finally(() => (this.checkpointing = null));
  }

  /** On an abrupt exit (Ctrl-C), keep what was done for the next run. */
  private checkpointSync(): void {
    try {
      writeFileAtomicSync(this.manifestFile, this.snapshot());
    } catch {
      // nothing more can be done while exiting
    }
  }

  async finish(): Promise<Omit<RunSummary, 'seconds'>> {
    const entries = sortEntries(this.done);
    const keep = new Set(entries.filter((e) => e.status === 'ok' && e.output).map((e) => e.output!));
    const removed = await this.removeStaleRecords(keep);
    await writeIfChanged(this.manifestFile, serializeManifest({ schemaVersion: 1, pipeline: { name: this.pipelineName, fingerprint: this.fingerprint }, entries }));
    if (this.changed || !(await exists(path.join(this.outputDir, 'articles.jsonl')))) {
      await writeArticles(this.outputDir, [...keep].sort(compareIds));
    }
    const ok = entries.filter((e) => e.status === 'ok');
    const sum = (key: 'articles' | 'dates' | 'entities' | 'quotes') => ok.reduce((n, e) => n + e[key], 0);
    return {
      output: this.outputDir,
      documents: this.processed + this.unchanged + this.failures.length,
      processed: this.processed,
      unchanged: this.unchanged,
      failed: this.failures.length,
      removed,
      articles: sum('articles'),
      dates: sum('dates'),
      entities: sum('entities'),
      quotes: sum('quotes'),
      failures: this.failures.sort((a, b) => compareIds(a.id, b.id) || compareIds(a.path, b.path)),
    };
  }

  /**
   * Deletes record files no ok entry names: sources that disappeared, sources that failed this
   * time (a stale record would contradict the manifest), leftovers of an untrusted manifest.
   * Returns how many belonged to sources no longer in the input.
   */
  private async removeStaleRecords(keep: ReadonlySet<string>): Promise<number> {
    const docs = path.join(this.outputDir, 'documents');
    let removed = 0;
    for (const rel of await listFiles(docs)) {
      const output = `documents/${rel}`;
      if (!rel.endsWith('.json') || isTempFile(path.posix.basename(rel)) || keep.has(output)) continue;
      await fs.promises.rm(path.join(docs, rel), { force: true });
      await pruneEmptyDirs(path.dirname(path.join(docs, rel)), docs);
      this.changed = true;
      if (!this.doneIds.has(rel.slice(0, -'.json'.length))) removed++;
    }
    return removed;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.access(file).then(
    () => true,
    () => false,
  );
}
