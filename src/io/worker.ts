// The piscina worker: resolves the pipeline once per thread from the definition the main thread
// validated, then turns each task into a record. Loaded from dist/ (compiled JS) by the pool.
import { parentPort, workerData } from 'node:worker_threads';
import { resolvePipeline, type Pipeline } from '../core/pipeline.js';
import { processTask, type DocumentResult, type DocumentTask } from './document.js';

export interface WorkerData {
  definition: unknown;
  origin: string;
  fingerprint: string;
}

let pipeline: Pipeline | null = null;

function loaded(): Pipeline {
  if (pipeline) return pipeline;
  const data = workerData as WorkerData;
  const resolved = resolvePipeline(data.definition, data.origin);
  if (resolved.fingerprint !== data.fingerprint) {
    throw new Error(`worker: pipeline fingerprint ${resolved.fingerprint} differs from the main thread's ${data.fingerprint}`);
  }
  pipeline = resolved;
  return pipeline;
}

/** A task as the pool sends it: the document and a number the main thread knows it by. */
export interface WorkerTask {
  token: number;
  task: DocumentTask;
}

/** What the worker posts when it starts a document, so its time budget counts from there. */
export interface StartedMessage {
  started: number;
}

// Load the stages while the thread starts (piscina imports this file before marking the worker
// ready), so neither the first document nor its time budget pays for it. A failure here is
// reported again, per document, by loaded().
try {
  loaded();
} catch {
  // see loaded()
}

export default function run({ token, task }: WorkerTask): DocumentResult {
  const stages = loaded();
  parentPort?.postMessage({ started: token } satisfies StartedMessage);
  return processTask(task, stages);
}
