// The document that flows through the stages. Stages never mutate it: each returns a result
// that the runner merges into a new Doc. Annotations are character spans into one named text
// (an article's `body`), and every body maps back to the raw source through offset maps.
import type { ArticleFields, Removed, SourceInfo, Warning } from '../schema/record.js';
import { RunMap, type OffsetMap } from './offsets.js';

export interface Span {
  start: number;
  end: number;
}

/** One wink-nlp token, with offsets into the article body. */
export interface Token extends Span {
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, NUM, ...). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, symbol, email, url, ... */
  type: string;
  /** Lower-cased normal form. */
  norm: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** Shared language analysis of an article body, made once by the analyze stage. */
export interface Analysis {
  sentences: Span[];
  tokens: Token[];
}

/** An article while the pipeline works on it: the record fields plus what stages share. */
export interface ArticleDraft extends ArticleFields {
  /** Maps body offsets to offsets in `Doc.text`. */
  bodyToText: OffsetMap;
  /** Sentences and tokens of `body`; null until the analyze stage has run. */
  analysis: Analysis | null;
  /** Structured metadata a cleaner found (an infobox's key/value pairs, ...). */
  meta: Record<string, string>;
}

/** What the caller knows about a source besides its text (from a .jsonl line). */
export interface Given {
  published: string | null;
  url: string | null;
  title: string | null;
}

export interface Doc {
  id: string;
  source: SourceInfo;
  /** The decoded source text, as read. Removed spans index this text. */
  raw: string;
  /** The working text (normalised once a normalise stage has run). */
  text: string;
  /** Maps `text` offsets to `raw` offsets. */
  textToRaw: OffsetMap;
  given: Given;
  articles: readonly ArticleDraft[];
  removed: readonly Removed[];
  warnings: readonly Warning[];
}

export function createDoc(init: { id: string; source: SourceInfo; raw: string; given?: Partial<Given> }): Doc {
  return {
    id: init.id,
    source: init.source,
    raw: init.raw,
    text: init.raw,
    textToRaw: RunMap.identity(init.raw.length),
    given: { published: init.given?.published ?? null, url: init.given?.url ?? null, title: init.given?.title ?? null },
    articles: [],
    removed: [],
    warnings: [],
  };
}

/** An article with every list empty and every scalar unknown, for stages that create articles. */
export function emptyArticle(body: string, bodyToText: OffsetMap): ArticleDraft {
  return {
    title: null,
    published: null,
    publisher: null,
    byline: [],
    tags: [],
    captions: [],
    body,
    dates: [],
    durations: [],
    entities: [],
    quotes: [],
    bodyToText,
    analysis: null,
    meta: {},
  };
}

/**
 * The date relative expressions resolve against: the input's `published` wins, then the
 * date the page states. Null when neither exists (a dates stage may then look for the best
 * date the document offers; never the machine's clock).
 */
export function referenceDate(article: ArticleDraft, doc: Doc): string | null {
  return doc.given.published ?? article.published?.value ?? null;
}
