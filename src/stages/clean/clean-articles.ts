// Cuts the normalised page into articles and cleans each: the story's paragraphs become the body,
// and title, stated publication date, byline, publisher, tags and captions are read around it;
// everything dropped is listed in `removed` with its reason and raw offsets. Needs the normalised
// text (line breaks unified, one blank line at most); runs before analyze, which reads the bodies.
import { z } from 'zod';
import { emptyArticle, type ArticleDraft, type Doc } from '../../core/doc.js';
import { RunMap, sourceSpan } from '../../core/offsets.js';
import { defineStage, type StageResult } from '../../core/stage.js';
import { cleanPage, type PageArticle } from './page.js';

/** The body of one article: its pieces joined, with a map from body offsets to text offsets. */
export function assembleBody(text: string, pieces: readonly { start: number; end: number }[]): { body: string; map: RunMap } {
  const out: string[] = [];
  const map = RunMap.builder();
  pieces.forEach((p, i) => {
    if (i > 0) {
      const prev = pieces[i - 1]!;
      const gap = text.slice(prev.end, p.start);
      // Lines that were neighbours keep their own break; anything cut between them becomes a
      // paragraph break mapped to the line break that ended the previous piece (whitespace
      // stands for whitespace, so a removed span's text is never claimed by the body).
      if (gap === '\n' || gap === '\n\n') {
        out.push(gap);
        map.copy(prev.end, gap.length);
      } else {
        const nl = /\s/.test(text[prev.end] ?? '') ? prev.end : text.indexOf('\n', prev.end);
        out.push('\n\n');
        map.replace(nl >= 0 && nl < p.start ? nl : prev.end, 1, 2);
      }
    }
    out.push(text.slice(p.start, p.end));
    map.copy(p.start, p.end - p.start);
  });
  return { body: out.join(''), map: map.build(text.length) };
}

function toDraft(doc: Doc, a: PageArticle, publisher: string | null): ArticleDraft {
  const { body, map } = assembleBody(doc.text, a.pieces);
  return {
    ...emptyArticle(body, map),
    title: a.title,
    published: a.published ? { text: a.published.text, value: a.published.value, source: 'page' } : null,
    publisher,
    byline: a.byline,
    tags: a.tags,
    captions: a.captions,
    meta: a.meta,
  };
}

export const cleanArticles = defineStage({
  id: 'clean-articles',
  version: '0.1.0',
  description: 'splits the page into articles; body = the densest run of prose without boilerplate; title, stated date, byline, publisher, tags, captions',
  requires: ['normalized'],
  adds: ['articles', 'metadata', 'captions'],
  options: z.object({}),
  run(doc): StageResult {
    if (doc.articles.length > 0) throw new Error('clean-articles: expected to run before articles exist, found some');
    const page = cleanPage(doc.text);
    const articles = page.articles.filter((a) => a.pieces.length > 0).map((a) => toDraft(doc, a, page.publisher));
    const removed = page.removed.map((r) => {
      const span = sourceSpan(doc.textToRaw, r.start, r.end);
      return { ...span, reason: r.reason, text: doc.raw.slice(span.start, span.end) };
    });
    const warnings =
      articles.length === 0 ? [{ code: 'no-article', message: 'clean-articles: found no run of prose that reads as an article, so the record has no article' }] : [];
    return { articles, removed, warnings };
  },
});
