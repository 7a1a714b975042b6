// The piscina worker: resolves the pipeline once per thread from the definition the main thread
// validated, then turns each task into a record. Loaded from dist/ (compiled JS) by the pool.
import { workerData } from 'node:worker_threads';
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

export default function run(task: DocumentTask): DocumentResult {
  return processTask(task, loaded());
}
