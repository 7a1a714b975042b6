// Reads the sources of a run one at a time, so memory stays flat however large the corpus:
// a folder of .txt files (recursive, sorted by id) or a .jsonl file (one source per line).
// A bad source (hostile id, bad line, too large) is yielded with its problem; the batch goes on.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import type { Given } from '../core/doc.js';
import { JsonlSource } from '../schema/input.js';
import { compareIds, listFiles } from './atomic.js';
import { idProblem } from './ids.js';

export interface SourceBase {
  id: string;
  /** Path relative to the input folder; for a .jsonl source `file.jsonl#line`. */
  path: string;
  format: 'text' | 'jsonl';
}

export type Source =
  | (SourceBase & { kind: 'bytes'; bytes: Uint8Array; sha256: string; size: number })
  | (SourceBase & { kind: 'text'; text: string; given: Given; sha256: string; size: number })
  | (SourceBase & { kind: 'problem'; problem: string });

export interface SourceReader {
  /** How many sources there are, when known before reading them (for the progress bar). */
  total: number | null;
  sources(): AsyncIterable<Source>;
}

export class InputError extends Error {
  override name = 'InputError';
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export async function openSources(input: string, maxBytes: number, options: { countLines?: boolean } = {}): Promise<SourceReader> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(input);
  } catch {
    throw new InputError(`input: ${input} does not exist (expected a folder of .txt files or a .jsonl file)`);
  }
  if (stat.isDirectory()) return folderSources(input, maxBytes);
  if (/\.jsonl$/i.test(input)) {
    return { total: options.countLines ? await countLines(input) : null, sources: () => jsonlSources(input, maxBytes) };
  }
  if (/\.txt$/i.test(input)) {
    const name = path.basename(input);
    return { total: 1, sources: () => textFiles(path.dirname(input), [name], maxBytes) };
  }
  throw new InputError(`input: ${input} is neither a folder nor a .jsonl (or .txt) file`);
}

async function folderSources(dir: string, maxBytes: number): Promise<SourceReader> {
  const files = (await listFiles(dir)).filter((f) => /\.txt$/i.test(f) && !path.posix.basename(f).startsWith('.'));
  // Sorted by id (the path without its extension), the order records appear in articles.jsonl.
  files.sort((a, b) => compareIds(idOfPath(a), idOfPath(b)));
  return { total: files.length, sources: () => textFiles(dir, files, maxBytes) };
}

const idOfPath = (rel: string): string => rel.replace(/\.txt$/i, '');

async function* textFiles(dir: string, files: string[], maxBytes: number): AsyncIterable<Source> {
  for (const rel of files) {
    const base: SourceBase = { id: idOfPath(rel), path: rel, format: 'text' };
    const problem = idProblem(base.id);
    if (problem) {
      yield { ...base, id: base.id || rel, kind: 'problem', problem: `input: refused id ${JSON.stringify(base.id)}: ${problem}` };
      continue;
    }
    const file = path.join(dir, rel);
    try {
      const { size } = await fs.promises.stat(file);
      if (size > maxBytes) {
        yield { ...base, kind: 'problem', problem: tooLarge(size, maxBytes) };
        continue;
      }
      const bytes = await fs.promises.readFile(file);
      yield { ...base, kind: 'bytes', bytes, sha256: sha256(bytes), size: bytes.length };
    } catch (err) {
      yield { ...base, kind: 'problem', problem: `input: cannot read ${rel} (${(err as Error).message})` };
    }
  }
}

const tooLarge = (size: number, max: number): string =>
  `input: the source is ${size} bytes, more than the limit of ${max} bytes (raise it with --max-bytes)`;

async function countLines(file: string): Promise<number> {
  let n = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') n++;
  return n;
}

async function* jsonlSources(file: string, maxBytes: number): AsyncIterable<Source> {
  const name = path.basename(file);
  const firstLine = new Map<string, number>();
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const where = `${name}#${n}`;
    const base: SourceBase = { id: where, path: where, format: 'jsonl' };
    const size = Buffer.byteLength(line, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      yield { ...base, kind: 'problem', problem: `input: ${where} is not valid JSON (${(err as Error).message})` };
      continue;
    }
    const rawId = (json as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : where;
    const parsed = JsonlSource.safeParse(json);
    if (!parsed.success) {
      yield { ...base, id, kind: 'problem', problem: `input: ${where} is not a valid source line: ${z.prettifyError(parsed.error)}` };
      continue;
    }
    const problem = idProblem(parsed.data.id);
    if (problem) {
      yield { ...base, id, kind: 'problem', problem: `input: ${where}: refused id ${JSON.stringify(parsed.data.id)}: ${problem}` };
      continue;
    }
    const first = firstLine.get(id);
    if (first !== undefined) {
      yield { ...base, id, kind: 'problem', problem: `input: ${where}: duplicate id ${JSON.stringify(id)} (first on line ${first}); this line is ignored` };
      continue;
    }
    firstLine.set(id, n);
    if (size > maxBytes) {
      yield { ...base, id, kind: 'problem', problem: tooLarge(size, maxBytes) };
      continue;
    }
    const { text, published, url, title } = parsed.data;
    yield {
      ...base,
      id,
      kind: 'text',
      text,
      given: { published: published ?? null, url: url ?? null, title: title ?? null },
      sha256: sha256(line),
      size,
    };
  }
}
