// `news-extract validate`: re-checks an output folder against the contract, independently of
// the run that wrote it: every record and every articles.jsonl line parses with the zod schemas,
// every mention's offsets slice to its text, ids agree with paths, the manifest parses.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { Manifest } from '../schema/manifest.js';
import { ArticleLine, DocumentRecord, type Article } from '../schema/record.js';
import { listFiles } from './atomic.js';
import { mentionSource } from '../core/mentions.js';

export interface ValidationReport {
  records: number;
  lines: number;
  problems: string[];
}

export async function validateOutput(dir: string): Promise<ValidationReport> {
  const problems: string[] = [];
  const docs = path.join(dir, 'documents');
  if (!fs.existsSync(docs)) problems.push(`${docs}: missing (no records)`);
  const files = (await listFiles(docs)).filter((f) => f.endsWith('.json'));
  for (const rel of files) problems.push(...(await checkRecord(path.join(docs, rel), rel.slice(0, -'.json'.length))));
  const lines = await checkArticles(path.join(dir, 'articles.jsonl'), problems);
  checkManifest(path.join(dir, 'manifest.json'), problems);
  return { records: files.length, lines, problems };
}

async function checkRecord(file: string, id: string): Promise<string[]> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch (err) {
    return [`${file}: not valid JSON (${(err as Error).message})`];
  }
  const parsed = DocumentRecord.safeParse(json);
  if (!parsed.success) return [`${file}: does not match the document schema: ${z.prettifyError(parsed.error)}`];
  const record = parsed.data;
  const problems: string[] = [];
  if (record.id !== id) problems.push(`${file}: id "${record.id}" does not match the file's path "${id}"`);
  record.articles.forEach((a, i) => {
    if (a.id !== `${record.id}#${i + 1}`) problems.push(`${file}: article ${i + 1} has id "${a.id}", expected "${record.id}#${i + 1}"`);
    problems.push(...offsetProblems(a).map((p) => `${file}: article ${a.id}: ${p}`));
  });
  return problems;
}

type Mention = { text: string; start: number; end: number; field?: string | undefined; caption?: number | undefined };

/** Every mention's offsets must slice its text out of the field it names. */
export function offsetProblems(a: Article): string[] {
  const problems: string[] = [];
  const check = (kind: string, m: Mention) => {
    const text = mentionSource(a, m);
    if (text === null) problems.push(`${kind} "${m.text}" points into a missing ${m.field}`);
    else if (m.end < m.start || text.slice(m.start, m.end) !== m.text) {
      problems.push(`${kind} "${m.text}" at ${m.start}-${m.end} does not slice to its text (found "${text.slice(m.start, m.end)}")`);
    }
  };
  for (const m of a.dates) check('date', m);
  for (const m of a.durations) check('duration', m);
  for (const m of a.entities) check('entity', m);
  for (const q of a.quotes) {
    check('quote', q);
    if (q.speaker) check('quote speaker', { ...q.speaker, field: undefined });
  }
  return problems;
}

async function checkArticles(file: string, problems: string[]): Promise<number> {
  if (!fs.existsSync(file)) {
    problems.push(`${file}: missing`);
    return 0;
  }
  let n = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    n++;
    const where = `${file}:${n}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      problems.push(`${where}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = ArticleLine.safeParse(json);
    if (!parsed.success) {
      problems.push(`${where}: does not match the article line schema: ${z.prettifyError(parsed.error)}`);
      continue;
    }
    problems.push(...offsetProblems(parsed.data).map((p) => `${where}: ${p}`));
  }
  return n;
}

function checkManifest(file: string, problems: string[]): void {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${file}: missing or not valid JSON (${(err as Error).message})`);
    return;
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) problems.push(`${file}: does not match the manifest schema: ${z.prettifyError(parsed.error)}`);
}
