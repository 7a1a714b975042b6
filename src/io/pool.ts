// Runs document tasks on a piscina worker-thread pool (or inline, in this thread, when running
// from TypeScript sources where no compiled worker exists). A task that exceeds its time budget
// is aborted: piscina terminates the worker running it and starts a fresh one; others go on.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Pipeline } from '../core/pipeline.js';
import { processTask, type DocumentResult, type DocumentTask } from './document.js';
import type { StartedMessage, WorkerData, WorkerTask } from './worker.js';

export interface Executor {
  /** Whether tasks run on worker threads (and so can be stopped by the time budget). */
  readonly threaded: boolean;
  run(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
}

export interface ExecutorOptions {
  pipeline: Pipeline;
  /** The pipeline file's parsed JSON, re-resolved in each worker. */
  definition: unknown;
  concurrency: number;
  timeBudgetMs: number;
  inline?: boolean;
}

const workerFile = new URL('./worker.js', import.meta.url);

export function createExecutor(options: ExecutorOptions): Executor {
  const compiled = import.meta.url.endsWith('.js') && fs.existsSync(fileURLToPath(workerFile));
  if (options.inline || !compiled) return inlineExecutor(options.pipeline);
  return poolExecutor(options);
}

function inlineExecutor(pipeline: Pipeline): Executor {
  return {
    threaded: false,
    run: async (task) => processTask(task, pipeline),
    close: async () => {},
  };
}

function poolExecutor(options: ExecutorOptions): Executor {
  const workerData: WorkerData = { definition: options.definition, origin: options.pipeline.origin, fingerprint: options.pipeline.fingerprint };
  // Started on the first document to do, so a re-run with nothing changed starts no thread
  // (each one loads every stage: about a second of CPU).
  let started: Piscina | null = null;
  const pool = (): Piscina => {
    if (started) return started;
    started = new Piscina({
      filename: workerFile.href,
      minThreads: options.concurrency,
      maxThreads: options.concurrency,
      idleTimeout: 60_000,
      workerData,
    });
    started.on('message', (message: StartedMessage) => starters.get(message.started)?.());
    return started;
  };
  // The budget of a document counts from the moment its worker starts it (the worker says so),
  // not from when it was queued: a queue behind a slow document must not fail the ones waiting.
  const starters = new Map<number, () => void>();
  let tokens = 0;
  return {
    threaded: true,
    async run(task) {
      const transferList = task.bytes ? [ownBuffer(task)] : [];
      const controller = new AbortController();
      const token = ++tokens;
      let timer: NodeJS.Timeout | undefined;
      starters.set(token, () => (timer = setTimeout(() => controller.abort(), options.timeBudgetMs)));
      try {
        return (await pool().run({ token, task } satisfies WorkerTask, { transferList, signal: controller.signal })) as DocumentResult;
      } catch (err) {
        if (controller.signal.aborted) {
          return {
            ok: false,
            stage: 'time-budget',
            message: `time-budget: the document exceeded the time budget of ${options.timeBudgetMs} ms (--time-budget); its worker was stopped`,
          };
        }
        return { ok: false, stage: 'worker', message: `worker: the worker thread failed (${(err as Error)?.message ?? String(err)})` };
      } finally {
        starters.delete(token);
        clearTimeout(timer);
      }
    },
    close: async () => started?.destroy(),
  };
}

/** The task's bytes in an ArrayBuffer of their own, so transferring it moves nothing else. */
function ownBuffer(task: DocumentTask): ArrayBuffer {
  const bytes = task.bytes!;
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  const copy = new Uint8Array(bytes);
  task.bytes = copy;
  return copy.buffer;
}
