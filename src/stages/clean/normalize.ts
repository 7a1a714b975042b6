// Normalises the working text: BOM and zero-width characters dropped, control characters
// dropped, line endings unified, runs of spaces collapsed, three or more line breaks cut to a
// blank line, Unicode NFC. Runs first, so every later stage sees one spelling of whitespace;
// it keeps a map to the raw text so nothing downstream loses its offsets.
import { z } from 'zod';
import { composeMaps, RunMap, type OffsetMap } from '../../core/offsets.js';
import { defineStage } from '../../core/stage.js';

const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Zero-width and formatting characters that scrapers leave between letters.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
/** `s` without the invisible characters normalize drops (tests compare source clusters with it). */
export const dropInvisible = (s: string): string => s.replace(INVISIBLE_ALL, '');
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
// C0/C1 controls except tab and line feed; they carry nothing in a text dump.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

export const NormalizeOptions = z.object({
  /** Longest run of line breaks kept (2 = one blank line between paragraphs). */
  maxLineBreaks: z.number().int().min(1).default(2),
});
export type NormalizeOptions = z.infer<typeof NormalizeOptions>;

/** Whitespace, line endings and invisible characters, with a map back to `raw`. */
export function normalizeWhitespace(raw: string, maxLineBreaks = 2): { text: string; map: RunMap } {
  const out: string[] = [];
  const map = RunMap.builder();
  let copyStart = -1; // start of the pending run of characters copied as they are
  const flush = (end: number): void => {
    if (copyStart >= 0) {
      out.push(raw.slice(copyStart, end));
      map.copy(copyStart, end - copyStart);
      copyStart = -1;
    }
  };
  let atLineStart = true;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (LINE_BREAK.test(ch)) {
      flush(i);
      let j = i;
      let breaks = 0;
      // A run of line breaks with only spaces between them is one paragraph break.
      while (j < raw.length && (LINE_BREAK.test(raw[j]!) || HORIZONTAL_SPACE.test(raw[j]!) || INVISIBLE.test(raw[j]!))) {
        if (raw[j] === '\r' && raw[j + 1] === '\n') j++;
        if (LINE_BREAK.test(raw[j]!)) breaks++;
        j++;
      }
      const kept = atLineStart && out.length === 0 ? 0 : Math.min(breaks, maxLineBreaks);
      if (kept > 0) {
        out.push('\n'.repeat(kept));
        map.replace(i, j - i, kept);
      }
      atLineStart = true;
      i = j;
    } else if (HORIZONTAL_SPACE.test(ch) || INVISIBLE.test(ch) || CONTROL.test(ch)) {
      flush(i);
      let j = i;
      let spaces = 0;
      while (j < raw.length && (HORIZONTAL_SPACE.test(raw[j]!) || INVISIBLE.test(raw[j]!) || CONTROL.test(raw[j]!))) {
        if (HORIZONTAL_SPACE.test(raw[j]!)) spaces++;
        j++;
      }
      const atLineEnd = j >= raw.length || LINE_BREAK.test(raw[j]!);
      if (spaces > 0 && !atLineStart && !atLineEnd) {
        out.push(' ');
        map.replace(i, j - i, 1);
      }
      i = j;
    } else {
      if (copyStart < 0) copyStart = i;
      atLineStart = false;
      i++;
    }
  }
  flush(raw.length);
  let text = out.join('');
  // A trailing paragraph break carries nothing.
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  if (end < text.length) text = text.slice(0, end);
  const built = map.build(raw.length);
  return { text, map: end < built.length ? truncate(built, end, raw.length) : built };
}

function truncate(map: RunMap, length: number, sourceLength: number): RunMap {
  const b = RunMap.builder();
  for (let i = 0; i < length; i++) b.replace(map.toSource(i), map.toSourceEnd(i + 1) - map.toSource(i), 1);
  return b.build(sourceLength);
}

/**
 * Unicode NFC, unit by unit so that the map stays exact. A unit is a character with the marks
 * (and Hangul medial/final jamo) after it: NFC composes only inside such a unit. Not
 * Intl.Segmenter: V8 copies the whole input into every segment it yields for some texts (lone
 * surrogates), which made 40,000 such characters take 19 s and 100,000 run out of memory.
 */
export function composeNfc(text: string): { text: string; map: RunMap } {
  if (text.normalize('NFC') === text) return { text, map: RunMap.identity(text.length) };
  const out: string[] = [];
  const map = RunMap.builder();
  let done = 0; // source offset up to which the map is written
  for (const word of text.matchAll(/\S+/g)) {
    if (word[0].normalize('NFC') === word[0]) continue; // copied with the gap before the next change
    for (const unit of word[0].matchAll(NFC_UNIT)) {
      const start = word.index + unit.index;
      const nfc = unit[0].normalize('NFC');
      if (nfc === unit[0]) continue;
      if (start > done) {
        out.push(text.slice(done, start));
        map.copy(done, start - done);
      }
      out.push(nfc);
      map.replace(start, unit[0].length, nfc.length);
      done = start + unit[0].length;
    }
  }
  if (done < text.length) {
    out.push(text.slice(done));
    map.copy(done, text.length - done);
  }
  return { text: out.join(''), map: map.build(text.length) };
}

const NFC_UNIT = /[^\p{M}\u1160-\u11FF][\p{M}\u1160-\u11FF]*|[\p{M}\u1160-\u11FF]+/gsu;

export function normalizeText(raw: string, options: NormalizeOptions = { maxLineBreaks: 2 }): { text: string; textToRaw: OffsetMap } {
  const spaced = normalizeWhitespace(raw, options.maxLineBreaks);
  const composed = composeNfc(spaced.text);
  return { text: composed.text, textToRaw: composeMaps(composed.map, spaced.map) };
}

export const normalize = defineStage({
  id: 'normalize',
  version: '1.0.0',
  description: 'Unicode NFC, line endings, BOM, invisible characters, whitespace runs collapsed (offset map kept)',
  requires: ['text'],
  adds: ['normalized'],
  options: NormalizeOptions,
  run(doc, options) {
    if (doc.articles.length > 0) throw new Error('normalize: expected to run before articles exist, found some');
    const { text, textToRaw } = normalizeText(doc.text, options);
    return { text: { text, textToRaw: doc.text === doc.raw ? textToRaw : composeMaps(textToRaw, doc.textToRaw) } };
  },
});
