// Cheap pass over wink-nlp tokens: runs of capitalised words (with the connectors and name
// particles that may sit inside a name), one sentence at a time. Everything later works on
// these runs only, so the cost is one look at each token.
import type { Token } from '../../../core/doc.js';
import { NAME_PARTICLES } from '../../../rules/honorifics.js';
import { GPE_HEADS, ORG_CONNECTORS, ORG_HEADS } from '../../../rules/org.js';
import { gazetteer } from '../../../rules/gazetteer.js';
import { NOT_NAME_WORDS } from '../../../rules/entities.js';

/** A token with what the entity rules ask of it, computed once. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter or a digit-free all-caps form ("EADS", "U.S.", "AT&T"). */
  cap: boolean;
  /** First word of its sentence, or first after an opening quote, colon or dash. */
  initial: boolean;
  /** In a line written in Title Case (a headline), where capitals prove nothing. */
  titleLine: boolean;
  /** Followed directly by a possessive "'s". */
  possessive: boolean;
  sentence: number;
  /** wink-nlp's part of speech. */
  pos: string;
}

export type Run = Word[];

// Digits make a model or product code ("A380", "MP3"), not a name word.
const CAP = /^[\p{Lu}][\p{L}\p{M}'’.&]*$/u;
const ALL_CAPS = /^[\p{Lu}][\p{Lu}.&\d]+$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '–', '—', '•', '*', '|', '...', '…']);
const GROUP_POSSESSORS = new Set(['people', 'children', 'women', 'men', 'workers', 'veterans', 'farmers']);
const LETTERS = /^[\p{L}\p{M}]+$/u;
const ENDS_IN_LETTER = /[\p{L}\p{M}]$/u;

export const isAcronym = (text: string): boolean => ALL_CAPS.test(text) && text.replace(/[^\p{Lu}]/gu, '').length >= 2;

/** Words of the body with their flags; punctuation tokens are kept as non-capitalised words. */
export function toWords(body: string, tokens: readonly Token[]): Word[] {
  const titleLines = titleCaseLines(body);
  const words: Word[] = [];
  let lineIndex = 0;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    const prev = tokens[i - 1];
    // wink-nlp cuts some words at letters it does not know ("Erdoğan" -> "Erdo" "ğ" "an"): glue them back.
    let k = i;
    while (tokens[k + 1] && tokens[k + 1]!.start === tokens[k]!.end && (tokens[k + 1]!.type === 'unk' || tokens[k]!.type === 'unk') && LETTERS.test(body.slice(tokens[k + 1]!.start, tokens[k + 1]!.end)) && ENDS_IN_LETTER.test(body.slice(tokens[k]!.start, tokens[k]!.end))) k++;
    if (k > i) {
      t = { ...t, end: tokens[k]!.end, type: 'word' };
      i = k;
    }
    while (lineIndex < titleLines.length && titleLines[lineIndex]!.end <= t.start) lineIndex++;
    const line = titleLines[lineIndex];
    const text = body.slice(t.start, t.end);
    const lower = text.toLowerCase();
    const next = tokens[i + 1];
    const prevText = prev ? body.slice(prev.start, prev.end) : '';
    const initial =
      !prev || prev.sentence !== t.sentence || OPENERS.has(prevText) || body.slice(prev.end, t.start).includes('\n');
    const titleLine = line !== undefined && line.start <= t.start && t.end <= line.end;
    words.push({
      start: t.start,
      end: t.end,
      text,
      lower,
      // A headline capitalises its function words too ("DaimlerChrysler To Sell Chrysler Group"): they join no name.
      cap: (t.type === 'word' || t.type === 'symbol' || t.type === 'alpha') && CAP.test(text) && !NOT_NAME_WORDS.has(lower) && !(titleLine && HEADLINE_FUNCTION_WORDS.has(lower)),
      initial,
      titleLine,
      possessive: next !== undefined && next.start === t.end && /^['’]s$/i.test(body.slice(next.start, next.end)),
      sentence: t.sentence,
      pos: t.pos,
    });
  }
  return words;
}

/** Runs of capitalised words, joined by connectors, particles and in-word hyphens. */
export function capitalisedRuns(body: string, words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap) {
      i++;
      continue;
    }
    const run: Word[] = [words[i]!];
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      const last = run[run.length - 1]!;
      if (w.sentence !== last.sentence || body.slice(last.end, w.start).includes('\n')) break;
      if (last.possessive) {
        if (!possessiveInName(words, j, last)) break;
        run.push(w, words[j + 1]!);
        j += 2;
        continue;
      }
      if (w.cap && w.start - last.end <= 1) {
        run.push(w);
        j++;
        continue;
      }
      // A link is taken only when a capitalised word follows it ("Bank of America", "al-Assad").
      const link = linkLength(words, j, last);
      if (link > 0) {
        for (let k = j; k < j + link; k++) run.push(words[k]!);
        j += link;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * A common word's possessive inside an organisation name: "People's Republic", "Prosecutor's
 * Office", "Children's Hospital". A name's possessive ("Iran's Foreign Ministry") ends the run;
 * the resolver joins place and body when it should.
 */
function possessiveInName(words: readonly Word[], j: number, last: Word): boolean {
  const after = words[j + 1];
  if (!after?.cap || after.start - words[j]!.end !== 1) return false;
  const g = gazetteer();
  const head = after.lower;
  // "People's Liberation Army", "Women's Institute": a group's possessive opens a name.
  if (GROUP_POSSESSORS.has(last.lower)) return true;
  return g.isCommonWord(last.lower) && !g.phrases.has(last.lower) && (g.isOrgSuffix(head) || ORG_HEADS.has(head) || GPE_HEADS.has(head) || g.facSuffixes.has(head));
}

/** How many words from `j` join the run as a link to a capitalised word (0 if none). */
function linkLength(words: readonly Word[], j: number, last: Word): number {
  const w = words[j]!;
  const next = words[j + 1];
  const after = words[j + 2];
  const tight = (a: Word, b: Word): boolean => a.end === b.start;
  // In-word hyphen: "France-Presse", "al-Assad"; not "City-based".
  if ((w.text === '-' || w.text === '‐') && tight(last, w) && next && tight(w, next) && next.cap) return 2;
  // Persian and Arabic joining particles: "Haft-e Tir", "Abd-ul Karim".
  if ((w.text === '-' || w.text === '‐') && tight(last, w) && next && tight(w, next) && NAME_PARTICLES.has(next.lower) && after?.cap && after.start - next.end === 1) return 2;
  if (NAME_PARTICLES.has(w.lower) && !w.cap && next) {
    if (next.cap && w.start - last.end === 1) return 1;
    // Two particles: "van de", "van der", "de la", "bin al".
    if (NAME_PARTICLES.has(next.lower) && !next.cap && after?.cap && w.start - last.end === 1 && next.start - w.end === 1 && after.start - next.end === 1) return 2;
    if ((next.text === '-' || next.text === '‐') && after?.cap && tight(w, next) && tight(next, after)) return 3;
  }
  if (ORG_CONNECTORS.has(w.lower) && !w.cap && w.lower !== 'the') {
    if (next?.cap) return 1;
    if (next?.lower === 'the' && after?.cap) return 2;
  }
  return 0;
}

/**
 * Lines written in Title Case: most words capitalised and no sentence end. Headlines, menus and
 * one- or two-word labels ("Most Viewed", "Background") are written so; there a capital letter
 * is no evidence of a name.
 */
export function titleCaseLines(body: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (isTitleCase(body.slice(start, end))) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'is', 'but', 'into', 'over']);
const HEADLINE_FUNCTION_WORDS = new Set([...MINOR, 'after', 'before', 'against', 'amid', 'about', 'under', 'as', 'says', 'said', 'will', 'are', 'was', 'were', 'be', 'has', 'have', 'not', 'no', 'its', 'their', 'his', 'her', 'up', 'out', 'off', 'than', 'then', 'this', 'that', 'how', 'why', 'what', 'who', 'when', 'where']);

function isTitleCase(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || /[.!?]["”’)]?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && !MINOR.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.8;
}
