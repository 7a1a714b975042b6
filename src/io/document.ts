// One document from bytes (or a .jsonl text) to its record JSON: decode, build the Doc, run the
// stages, validate. Runs inside a worker thread (src/io/worker.ts) or inline; it never throws:
// every failure becomes a result naming the stage, so the batch goes on.
import { createDoc, type Given } from '../core/doc.js';
import type { Pipeline } from '../core/pipeline.js';
import { processDoc, StageError } from '../core/runner.js';
import { decodeBytes } from './decode.js';

export interface DocumentTask {
  id: string;
  path: string;
  format: 'text' | 'jsonl';
  sha256: string;
  size: number;
  /** The file's bytes (a folder source); transferred to the worker, not copied. */
  bytes?: Uint8Array;
  /** The text of a .jsonl source. */
  text?: string;
  given?: Given;
}

export type DocumentResult =
  | { ok: true; json: string; articles: number; dates: number; entities: number; quotes: number }
  | { ok: false; stage: string; message: string };

export function processTask(task: DocumentTask, pipeline: Pipeline): DocumentResult {
  let raw: string;
  const warnings: string[] = [];
  if (task.text !== undefined) {
    raw = task.text;
  } else {
    const decoded = decodeBytes(task.bytes ?? new Uint8Array());
    if (!decoded.ok) return { ok: false, stage: 'input', message: decoded.reason };
    raw = decoded.text;
    warnings.push(...decoded.warnings);
  }
  try {
    const doc = createDoc({
      id: task.id,
      raw,
      source: { path: task.path, sha256: task.sha256, bytes: task.size, format: task.format },
      given: task.given,
    });
    const withWarnings = { ...doc, warnings: warnings.map((message) => ({ stage: 'input', code: 'encoding', message: `input: ${message}` })) };
    const record = processDoc(withWarnings, pipeline);
    let dates = 0;
    let entities = 0;
    let quotes = 0;
    for (const a of record.articles) {
      dates += a.dates.length;
      entities += a.entities.length;
      quotes += a.quotes.length;
    }
    // The zod-parsed record keeps the schema's key order, so the JSON is stable byte for byte.
    const json = JSON.stringify(record, null, 2) + '\n';
    return { ok: true, json, articles: record.articles.length, dates, entities, quotes };
  } catch (err) {
    if (err instanceof StageError) return { ok: false, stage: err.stage, message: err.message + whereThrown(err.cause) };
    return { ok: false, stage: 'pipeline', message: `pipeline: ${(err as Error)?.stack ?? String(err)}` };
  }
}

/** The top frames of a stage's own error, kept in the manifest so a failure can be traced. */
function whereThrown(cause: unknown): string {
  const frames = ((cause as Error | undefined)?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return frames.length > 0 ? `\n${frames.slice(0, 3).join('\n')}` : '';
}
