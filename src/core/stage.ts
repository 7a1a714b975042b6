// The stage interface: a pure function plus a little metadata. A stage declares what it needs
// (`requires`) and what it adds (`adds`); the pipeline loader checks the order before anything runs.
import type { z } from 'zod';
import type { Removed, Warning } from '../schema/record.js';
import type { ArticleDraft, Doc } from './doc.js';
import type { OffsetMap } from './offsets.js';

/**
 * Capabilities a stage can require or add. `text` exists from the start; the rest are added by
 * stages (see each stage's `adds`).
 */
export type Capability =
  | 'text'
  | 'normalized'
  | 'articles'
  | 'metadata'
  | 'captions'
  | 'analysis'
  | 'dates'
  | 'entities'
  | 'quotes'
  | (string & {});

export type StageWarning = Omit<Warning, 'stage'>;

/** What a stage returns. The runner merges it into a new Doc. */
export interface StageResult {
  /** A rewritten working text, with its map to the raw source. Only before articles exist. */
  text?: { text: string; textToRaw: OffsetMap };
  /** The new article list (replaces the old one). */
  articles?: ArticleDraft[];
  /** Spans dropped from the source, in raw offsets (appended). */
  removed?: Removed[];
  warnings?: StageWarning[];
}

export interface Stage<O = unknown> {
  id: string;
  /** Bump when the stage's output can change: it is part of the pipeline fingerprint. */
  version: string;
  description: string;
  requires: readonly Capability[];
  adds: readonly Capability[];
  /** Validates and fills in defaults of the options given in a pipeline file. */
  options: z.ZodType<O>;
  run(doc: Doc, options: O): StageResult;
}

/** What an article-level stage returns for one article. */
export type ArticlePatch = Partial<Omit<ArticleDraft, 'body' | 'bodyToText'>> & { warnings?: StageWarning[] };

/**
 * Builds a stage that works article by article (dates, entities, quotes...): `annotate`
 * returns the fields it adds to one article, and the stage merges them into copies.
 */
export function articleStage<O>(
  spec: Omit<Stage<O>, 'run'> & { annotate(article: ArticleDraft, doc: Doc, options: O): ArticlePatch },
): Stage<O> {
  const { annotate, ...meta } = spec;
  return {
    ...meta,
    run(doc, options) {
      const warnings: StageWarning[] = [];
      const articles = doc.articles.map((article) => {
        const { warnings: w, ...patch } = annotate(article, doc, options);
        if (w) for (const x of w) warnings.push(x); // not push(...w): 300,000 warnings overflow the stack
        return { ...article, ...patch };
      });
      return { articles, warnings };
    },
  };
}

export function defineStage<O>(stage: Stage<O>): Stage<O> {
  return stage;
}
