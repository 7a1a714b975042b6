// Recognises image captions and credits in a page's lines: a caption printed twice is kept once,
// its credit split off ("(Reuters)", "Photo: X", "... - Representational Wikimedia Commons").
// Pure helpers over text; the cleaning stage decides which lines they apply to.
import { CAPTION_LABEL, CREDIT_LINE, CREDIT_SEPARATOR, CREDIT_WORDS, TRAILING_CREDIT, TRAILING_CREDIT_LABEL } from '../../rules/captions.js';

export interface CaptionParts {
  text: string;
  credit: string | null;
}

/** A credit in brackets at the end of a line, when it reads like a credit rather than an aside. */
export function trailingCredit(line: string): { captionEnd: number; credit: string } | null {
  // Cheap test first: the label regex scans the whole line.
  const label = /redit:|(photo|image)s?$/i.test(line) ? TRAILING_CREDIT_LABEL.exec(line) : null;
  if (label) return { captionEnd: label.index, credit: (label[1] ?? label[0]).trim() };
  const m = TRAILING_CREDIT.exec(line);
  if (!m) return null;
  const inner = m[1]!.trim();
  const words = inner.split(/\s+/);
  // "(PEPA)", "(IRGC)": an abbreviation spelled out before it, not an agency (those are in CREDIT_WORDS).
  const acronym = words.length === 1 && /^[\p{Lu}\p{N}&-]{2,8}$/u.test(inner);
  const looksLikeName = !acronym && words.length <= 6 && /^[\p{Lu}\p{N}]/u.test(inner) && !/[.!?]$/.test(inner);
  if (!(CREDIT_WORDS.test(inner) || (looksLikeName && (inner.includes('/') || words.length <= 3)))) return null;
  return { captionEnd: m.index, credit: inner };
}

/** "Photo: X" / "Image source: X": the credit, or null. */
export function creditLine(line: string): string | null {
  const m = CREDIT_LINE.exec(line.trim());
  return m ? m[1]!.trim() : null;
}

/** When `second` is `first` printed again with a credit appended, that credit. */
export function appendedCredit(first: string, second: string): string | null {
  if (second.length <= first.length || !second.startsWith(first)) return null;
  const m = CREDIT_SEPARATOR.exec(second.slice(first.length));
  return m ? m[1]!.trim() : null;
}

/** Splits a caption line into its text and its credit. */
export function splitCaption(line: string): CaptionParts {
  const t = CAPTION_LABEL.exec(line.trim())?.[1] ?? line.trim();
  const tail = trailingCredit(t);
  if (tail) return { text: t.slice(0, tail.captionEnd).trim() || t, credit: tail.credit };
  return { text: t, credit: null };
}

/** Whether a line reads like a caption on its own: descriptive text ending with a credit, or labelled "Image caption". */
export function looksLikeCaption(line: string): boolean {
  return CAPTION_LABEL.test(line.trim()) || trailingCredit(line.trim()) !== null;
}
