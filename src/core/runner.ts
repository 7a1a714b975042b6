// Runs a resolved pipeline over one document and turns the result into a validated record.
// A stage that throws is reported as a StageError naming the stage; the batch runner records it
// and goes on with the next document.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DocumentRecord, SCHEMA_VERSION, type Article, type Published, type Warning } from '../schema/record.js';
import { createDoc, type ArticleDraft, type Doc, type Given } from './doc.js';
import { packageRoot } from './package-info.js';
import { loadPipeline, type Pipeline } from './pipeline.js';
import { capWarnings } from './warnings.js';
import { mentionSource } from './mentions.js';

export class StageError extends Error {
  override name = 'StageError';
  constructor(
    readonly stage: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function runStages(doc: Doc, pipeline: Pipeline): Doc {
  let current = doc;
  for (const { stage, options } of pipeline.stages) {
    let result;
    try {
      result = stage.run(current, options);
    } catch (err) {
      // The stage's own error stays as the cause, so its stack can be found (processTask logs it).
      throw new StageError(stage.id, `${stage.id}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
    }
    current = {
      ...current,
      ...(result.text ? { text: result.text.text, textToRaw: result.text.textToRaw } : {}),
      articles: result.articles ?? current.articles,
      removed: result.removed?.length ? [...current.removed, ...result.removed] : current.removed,
      warnings: result.warnings?.length
        ? [...current.warnings, ...result.warnings.map((w) => ({ stage: stage.id, ...w }))]
        : current.warnings,
    };
  }
  return current;
}

type Mention = { text: string; start: number; end: number; field?: 'title' | 'caption'; caption?: number };

function sliceMatches(article: ArticleDraft, m: Mention): boolean {
  const text = mentionSource(article, m);
  return text !== null && m.start <= m.end && m.end <= text.length && text.slice(m.start, m.end) === m.text;
}

const byPlace = (a: Mention, b: Mention): number =>
  (a.field ?? '').localeCompare(b.field ?? '') || (a.caption ?? 0) - (b.caption ?? 0) || a.start - b.start || a.end - b.end;

/** Keeps mentions whose offsets slice to their text, in reading order; reports the rest. */
function checkedMentions<M extends Mention>(article: ArticleDraft, list: readonly M[], kind: string, warnings: Warning[]): M[] {
  const kept = list.filter((m) => {
    if (sliceMatches(article, m)) return true;
    warnings.push({ stage: 'record', code: 'offset-mismatch', message: `record: dropped a ${kind} "${m.text}" whose offsets ${m.start}-${m.end} do not slice to its text` });
    return false;
  });
  return [...kept].sort(byPlace);
}

function publishedOf(article: ArticleDraft, given: Given): Published | null {
  if (given.published) return { text: given.published, value: given.published, source: 'input' };
  return article.published;
}

function toArticle(doc: Doc, article: ArticleDraft, index: number, warnings: Warning[]): Article {
  const quotes = checkedMentions(article, article.quotes, 'quote', warnings).map((q) =>
    q.speaker && article.body.slice(q.speaker.start, q.speaker.end) !== q.speaker.text ? { ...q, speaker: null } : q,
  );
  return {
    id: `${doc.id}#${index + 1}`,
    title: article.title ?? (index === 0 ? doc.given.title : null) ?? null,
    published: publishedOf(article, doc.given),
    publisher: article.publisher,
    byline: article.byline,
    tags: article.tags,
    captions: article.captions,
    body: article.body,
    dates: checkedMentions(article, article.dates, 'date', warnings),
    durations: checkedMentions(article, article.durations, 'duration', warnings),
    entities: checkedMentions(article, article.entities, 'entity', warnings),
    quotes,
  };
}

export function toRecord(doc: Doc, pipeline: Pipeline): DocumentRecord {
  const warnings: Warning[] = [...doc.warnings];
  const articles = doc.articles.map((a, i) => toArticle(doc, a, i, warnings));
  const record: DocumentRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    source: doc.source,
    pipeline: { name: pipeline.name, version: pipeline.version, fingerprint: pipeline.fingerprint },
    articles,
    removed: [...doc.removed].sort((a, b) => a.start - b.start || a.end - b.end),
    warnings: capWarnings(warnings),
  };
  const parsed = DocumentRecord.safeParse(record);
  if (!parsed.success) throw new StageError('record', `record: the record does not match the schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export interface ProcessTextOptions {
  /** A loaded pipeline or the path of a pipeline file; default: the package's pipelines/news.json. */
  pipeline?: Pipeline | string;
  id?: string;
  published?: string | null;
  url?: string | null;
  title?: string | null;
  path?: string;
}

/** Runs a pipeline over one text in this thread and returns the validated record. */
export function processText(text: string, options: ProcessTextOptions = {}): DocumentRecord {
  const id = options.id ?? 'text';
  const doc = createDoc({
    id,
    raw: text,
    source: { path: options.path ?? `${id}.txt`, sha256: sha256(text), bytes: Buffer.byteLength(text, 'utf8'), format: 'text' },
    given: { published: options.published ?? null, url: options.url ?? null, title: options.title ?? null },
  });
  return processDoc(doc, pipelineOf(options.pipeline));
}

const loadedPipelines = new Map<string, Pipeline>();

/** A pipeline named by path is loaded (and checked) once per process. */
function pipelineOf(pipeline: Pipeline | string | undefined): Pipeline {
  if (typeof pipeline === 'object') return pipeline;
  const file = path.resolve(pipeline ?? path.join(packageRoot, 'pipelines', 'news.json'));
  let loaded = loadedPipelines.get(file);
  if (!loaded) loadedPipelines.set(file, (loaded = loadPipeline(file)));
  return loaded;
}

/** Runs a pipeline over a prepared Doc (the batch runner makes its own, with the file's hash). */
export function processDoc(doc: Doc, pipeline: Pipeline): DocumentRecord {
  if (doc.raw.trim() === '') {
    const record = toRecord(doc, pipeline0(pipeline));
    return { ...record, warnings: [...record.warnings, { stage: 'input', code: 'empty', message: 'input: the source is empty (no text), so no article' }] };
  }
  return toRecord(runStages(doc, pipeline), pipeline);
}

const pipeline0 = (p: Pipeline): Pipeline => ({ ...p, stages: [] });
