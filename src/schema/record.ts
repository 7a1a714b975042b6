// The output record contract (../shared/CONTRACT.md, version 1) as zod schemas.
// These schemas are the one definition of a record: types are inferred from them and
// output/schema/*.json is generated from them. Fields beyond the contract are additions only.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();

/** Where a mention lives when it is not in `body`: offsets then index that text instead. */
export const MentionField = z.enum(['title', 'caption']);

const mentionPlace = {
  field: MentionField.optional().describe('absent for body mentions; "title" or "caption" when offsets index that text'),
  caption: z.number().int().nonnegative().optional().describe('index into captions when field is "caption"'),
};

export const Grain = z.enum(['decade', 'year', 'quarter', 'season', 'month', 'week', 'day', 'time']);

export const DateMention = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.string().min(1).describe('ISO 8601 cut to the stated grain, or a TimeML form (2013-W12, 2013-Q1, 2013-SU, 199X)'),
  grain: Grain,
  ...mentionPlace,
});

export const Duration = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.string().regex(/^P/, 'an ISO 8601 duration starting with P').describe('ISO 8601 duration; X for an unstated number (PXD)'),
  recurring: z.boolean().describe("added to the contract: true for a recurrence ('every day', 'weekly'), whose value is its period (P1D, P1W)"),
  ...mentionPlace,
});

export const EntityLabel = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);

export const Entity = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  label: EntityLabel,
  canonical: z.string().min(1).describe('the same string for every mention of one real-world entity in the article'),
  ...mentionPlace,
});

export const Speaker = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  canonical: z.string().min(1).nullable().describe('the entity meant; null when a mention names no resolvable entity'),
});

export const Quote = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  kind: z.enum(['direct', 'indirect']),
  speaker: Speaker.nullable(),
  ...mentionPlace,
});

export const Caption = z.object({
  text: z.string().min(1),
  credit: z.string().min(1).nullable(),
});

export const Published = z.object({
  text: z.string().min(1).describe('as stated on the page, or as given in the input'),
  value: z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]),
  source: z.enum(['input', 'page']).describe('addition: where the date came from'),
});

export const ArticleFields = z.object({
  title: z.string().min(1).nullable(),
  published: Published.nullable(),
  publisher: z.string().min(1).nullable(),
  byline: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  captions: z.array(Caption),
  body: z.string(),
  dates: z.array(DateMention),
  durations: z.array(Duration),
  entities: z.array(Entity),
  quotes: z.array(Quote),
});

export const Article = z.object({ id: z.string().min(1) }).extend(ArticleFields.shape);

export const Removed = z.object({
  start: offset,
  end: offset,
  reason: z.string().min(1),
  text: z.string(),
});

export const Warning = z.object({
  stage: z.string().min(1),
  code: z.string().min(1).describe('addition: a stable machine-readable code'),
  message: z.string().min(1),
});

export const SourceInfo = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  format: z.enum(['text', 'jsonl']),
});

export const PipelineInfo = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  fingerprint: z.string().min(1),
});

export const DocumentRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  source: SourceInfo,
  pipeline: PipelineInfo,
  articles: z.array(Article),
  removed: z.array(Removed),
  warnings: z.array(Warning),
});

export const ArticleLine = z.object({ documentId: z.string().min(1) }).extend(Article.shape);

export type DateMention = z.infer<typeof DateMention>;
export type Duration = z.infer<typeof Duration>;
export type EntityLabel = z.infer<typeof EntityLabel>;
export type Entity = z.infer<typeof Entity>;
export type Speaker = z.infer<typeof Speaker>;
export type Quote = z.infer<typeof Quote>;
export type Caption = z.infer<typeof Caption>;
export type Published = z.infer<typeof Published>;
export type ArticleFields = z.infer<typeof ArticleFields>;
export type Article = z.infer<typeof Article>;
export type Removed = z.infer<typeof Removed>;
export type Warning = z.infer<typeof Warning>;
export type SourceInfo = z.infer<typeof SourceInfo>;
export type PipelineInfo = z.infer<typeof PipelineInfo>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type ArticleLine = z.infer<typeof ArticleLine>;
export type Grain = z.infer<typeof Grain>;
