// Invariants every Doc and record must keep whatever the input: offsets slice to their text,
// every derived character maps back to the raw source (the cleaner invents nothing), records
// validate. Each check returns a list of problems (empty = fine) so a property can print them all.
import { mentionSource } from '../../src/core/mentions.js';
import { composeMaps, type OffsetMap } from '../../src/core/offsets.js';
import type { ArticleDraft, Doc } from '../../src/core/doc.js';
import { DocumentRecord } from '../../src/schema/record.js';
import { dropInvisible } from '../../src/stages/clean/normalize.js';

// JavaScript's \s plus NEL (U+0085), which the normaliser treats as a line break.
const WHITESPACE = /[\s\u0085]/;
// Characters the normaliser may drop inside a collapsed whitespace run.
const DROPPABLE = /[\s\u0085\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u001F\u007F-\u009F]/;

type Mention = { text: string; start: number; end: number; field?: string; caption?: number };

function describe(kind: string, m: Mention, text: string | null): string {
  const got = text === null ? '<no such field>' : JSON.stringify(text.slice(m.start, m.end));
  return `${kind} ${JSON.stringify(m.text)} at ${m.field ?? 'body'}[${m.start},${m.end}) slices to ${got}`;
}

/** Every date, duration, entity and quote (and quote speaker) slices to its text. */
export function mentionProblems(article: ArticleDraft): string[] {
  const problems: string[] = [];
  const lists: Array<[string, readonly Mention[]]> = [
    ['date', article.dates],
    ['duration', article.durations],
    ['entity', article.entities],
    ['quote', article.quotes],
  ];
  for (const [kind, list] of lists) {
    for (const m of list) {
      const text = mentionSource(article, m);
      const ok = text !== null && m.start >= 0 && m.start <= m.end && m.end <= text.length && text.slice(m.start, m.end) === m.text;
      if (!ok) problems.push(describe(kind, m, text));
    }
  }
  for (const q of article.quotes) {
    const s = q.speaker;
    if (s && article.body.slice(s.start, s.end) !== s.text) problems.push(describe('speaker', s, article.body));
  }
  return problems;
}

/**
 * Each character of `derived` maps into `raw` through `map`: a non-whitespace character to the
 * same character (or to a source cluster whose NFC holds it), a whitespace character to a source
 * span holding whitespace. So nothing is invented and nothing drifts.
 */
export function mapProblems(derived: string, map: OffsetMap, raw: string, label: string): string[] {
  if (map.length !== derived.length) return [`${label}: map length ${map.length} != text length ${derived.length}`];
  const problems: string[] = [];
  for (let i = 0; i < derived.length && problems.length < 5; i++) {
    const ch = derived[i]!;
    let start: number;
    let end: number;
    try {
      start = map.toSource(i);
      end = map.toSourceEnd(i + 1);
    } catch (err) {
      problems.push(`${label}[${i}] ${JSON.stringify(ch)}: map throws ${(err as Error).message}`);
      continue;
    }
    const src = raw.slice(start, end);
    const where = `${label}[${i}] ${JSON.stringify(ch)} -> raw[${start},${end}) ${JSON.stringify(src.slice(0, 20))}`;
    if (start < 0 || end > raw.length || end <= start) problems.push(`${where}: empty or out-of-range source span`);
    else if (WHITESPACE.test(ch)) {
      if (![...src].some((c) => WHITESPACE.test(c))) problems.push(`${where}: whitespace from no whitespace`);
      else if (![...src].every((c) => DROPPABLE.test(c))) problems.push(`${where}: whitespace stands for visible text`);
    } else if (src !== ch && !composesTo(raw, start, end, ch)) {
      // Only an NFC composition may change a character, and then into a part of its composed form.
      problems.push(`${where}: character not from the source`);
    }
  }
  return problems;
}

/** Tokens and sentences of the shared analysis lie inside the body, tokens non-empty and in order. */
export function analysisProblems(article: ArticleDraft): string[] {
  const a = article.analysis;
  if (!a) return [];
  const n = article.body.length;
  const bad = (s: { start: number; end: number }): boolean => !(s.start >= 0 && s.start <= s.end && s.end <= n);
  const problems: string[] = [];
  a.tokens.forEach((t, i) => {
    if (bad(t) || t.end === t.start) problems.push(`token ${i} [${t.start},${t.end}) is empty or outside the body (${n})`);
    else if (i > 0 && t.start < a.tokens[i - 1]!.end) problems.push(`token ${i} [${t.start},${t.end}) overlaps the one before`);
  });
  a.sentences.forEach((s, i) => bad(s) && problems.push(`sentence ${i} [${s.start},${s.end}) is outside the body (${n})`));
  return problems.slice(0, 5);
}

/**
 * NFC may change a character into a part of its composed form. Compare whole code points: a
 * same-length composition (U+2F95C -> U+2597C) maps surrogate halves one to one.
 */
function composesTo(raw: string, start: number, end: number, ch: string): boolean {
  const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
  const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
  let s = start;
  let e = end;
  if (s > 0 && isLow(raw.charCodeAt(s)) && isHigh(raw.charCodeAt(s - 1))) s--;
  if (e < raw.length && isHigh(raw.charCodeAt(e - 1)) && isLow(raw.charCodeAt(e))) e++;
  // normalize drops invisible characters before composing, so 'e', U+200B, U+0301 becomes 'é'.
  const src = raw.slice(s, e);
  const composed = dropInvisible(src).normalize('NFC');
  return composed !== src && composed.includes(ch);
}

/** The working text and every article body map back to the raw source. */
export function docProblems(doc: Doc): string[] {
  const problems = mapProblems(doc.text, doc.textToRaw, doc.raw, 'text');
  doc.articles.forEach((a, k) => {
    problems.push(...mapProblems(a.body, composeMaps(a.bodyToText, doc.textToRaw), doc.raw, `article ${k} body`));
    problems.push(...mentionProblems(a).map((p) => `article ${k}: ${p}`));
    problems.push(...analysisProblems(a).map((p) => `article ${k}: ${p}`));
  });
  for (const r of doc.removed) {
    if (!(r.start >= 0 && r.start <= r.end && r.end <= doc.raw.length)) problems.push(`removed [${r.start},${r.end}) is outside the raw text`);
  }
  return problems;
}

/** A record round-trips through JSON and validates; no stage emitted a mention the record had to drop. */
export function recordProblems(record: unknown): string[] {
  const json = JSON.stringify(record);
  const parsed = DocumentRecord.safeParse(JSON.parse(json));
  if (!parsed.success) return [`record does not validate: ${parsed.error.message.slice(0, 500)}`];
  return parsed.data.warnings.filter((w) => w.code === 'offset-mismatch').map((w) => `record dropped a mention: ${w.message}`);
}

/** Visible text of a title or caption must come from the page: compare with spaces squeezed, NFC. */
export function inventedText(piece: string, raw: string): boolean {
  // Invisible and control characters vanish (the normaliser drops them); whitespace runs are one space.
  const squeeze = (s: string): string =>
    s
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
      .normalize('NFC')
      .replace(/[\s\u0085]+/g, ' ')
      .trim();
  return !squeeze(raw).includes(squeeze(piece));
}
