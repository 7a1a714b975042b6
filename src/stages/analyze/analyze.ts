// Sentences, tokens and parts of speech for each article body, made once with wink-nlp (fast:
// ~250k tokens/s without its NER, which no stage uses) and shared by the dates, entities and quotes stages, which run compromise only
// on the few sentences that need it. Runs after the articles are cut, before any extraction.
import { z } from 'zod';
import type { Analysis, Span, Token } from '../../core/doc.js';
import { articleStage } from '../../core/stage.js';
import { wink } from './wink.js';

/** Tokens with body offsets, wink-nlp sentences cut again at paragraph breaks. */
export function analyzeText(body: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(breakLongRuns(body));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const norms = doc.tokens().out(its.normal) as string[];
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    // wink-nlp keeps the text, so this holds; indexOf is the fallback should a token differ.
    if (!body.startsWith(value, cursor)) {
      const found = body.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    starts[i] = cursor;
    cursor += value.length;
    ends[i] = Math.min(cursor, body.length);
  }
  const sentenceOf: number[] = new Array(values.length).fill(0);
  const sentences: Span[] = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    let open = -1;
    for (let t = first; t <= last; t++) {
      const isBreak = types[t] === 'tabCRLF' ? /\n\s*\n/.test(values[t]!) : /\n\s*\n/.test(spaces[t]!);
      if (isBreak && open >= 0) {
        sentences.push({ start: starts[open]!, end: ends[lastWord(types, open, t - 1)]! });
        open = -1;
      }
      if (types[t] === 'tabCRLF') continue;
      if (open < 0) open = t;
      sentenceOf[t] = sentences.length;
    }
    if (open >= 0) sentences.push({ start: starts[open]!, end: ends[lastWord(types, open, last)]! });
  }
  const tokens: Token[] = [];
  for (let i = 0; i < values.length; i++) {
    if (types[i] === 'tabCRLF') continue;
    tokens.push({ start: starts[i]!, end: ends[i]!, pos: pos[i]!, type: types[i]!, norm: norms[i]!, sentence: sentenceOf[i]! });
  }
  return { sentences, tokens };
}

// wink-nlp's tokenizer is quadratic in the length of one token: a 200,000-letter word or a base64
// blob took minutes. wink reads a copy in which every MAX_RUN-th character of a longer run of
// non-spaces is a space: same length, so token offsets still index the body (that character is lost
// from the tokens, harmless in a "word" that long).
const MAX_RUN = 500;

function breakLongRuns(body: string): string {
  let copy: string[] | null = null;
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // Whitespace as wink sees it: ASCII spaces and controls, NBSP and the Unicode spaces.
    const space = c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
    run = space ? 0 : run + 1;
    if (run > MAX_RUN) {
      (copy ??= body.split(''))[i] = ' ';
      run = 0;
    }
  }
  return copy ? copy.join('') : body;
}

function lastWord(types: string[], from: number, to: number): number {
  let t = to;
  while (t > from && types[t] === 'tabCRLF') t--;
  return t;
}

export const analyze = articleStage({
  id: 'analyze',
  version: '1.0.0',
  description: 'sentences, tokens and POS tags of each article body (wink-nlp)',
  requires: ['articles'],
  adds: ['analysis'],
  options: z.object({}),
  annotate(article) {
    return { analysis: analyzeText(article.body) };
  },
});
