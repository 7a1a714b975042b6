// Makes the whole working text one article, unchanged. The `plain` pipeline uses it so that
// benchmarks can score extraction on gold text whose offsets must line up with the input.
import { z } from 'zod';
import { emptyArticle } from '../../core/doc.js';
import { RunMap } from '../../core/offsets.js';
import { defineStage } from '../../core/stage.js';

export const singleArticle = defineStage({
  id: 'single-article',
  version: '1.0.0',
  description: 'the whole text is one article whose body is the text unchanged (title null)',
  requires: ['text'],
  adds: ['articles'],
  options: z.object({}),
  run(doc) {
    if (doc.text.trim() === '') {
      return { articles: [], warnings: [{ code: 'empty-text', message: 'single-article: the source holds no text, so no article' }] };
    }
    return { articles: [emptyArticle(doc.text, RunMap.identity(doc.text.length))] };
  },
});
