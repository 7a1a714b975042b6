// Contextual rules over the words around each candidate: nouns that type a name ("the Nagorno-
// Karabakh region", "flag carrier Aeroflot"), titles in apposition, and names that are products,
// models, currencies, languages or dates rather than entities. Each looks at a few words only.
import type { Candidate } from './candidate.js';
import type { Word } from './runs.js';
import { otherName } from './classify.js';
import { ORG_COUNTERPARTS, ORG_ROLE_AFTER, ORG_ROLE_BEFORE, PRODUCT_NOUNS } from '../../../rules/entities.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../../rules/honorifics.js';
import { FAC_NOUNS, LOC_NOUNS, PLACE_NOUNS, SITE_NOUNS } from '../../../rules/places.js';
import { ENGLISH_FUNCTION_WORDS, NOT_NAME_WORDS } from '../../../rules/entities.js';
import { STOPWORDS } from '../../../rules/stopwords.js';
import { gazetteer } from '../../../rules/gazetteer.js';

const isWeak = (c: Candidate): boolean => c.strength <= 2 && (c.source === 'guess' || c.source === 'name' || c.source === 'acronym');
// A model number: "787", "A380", "737-800", "3GS"; years and plain counts are not.
const MODEL_CODE = /^(?:\d{3}(?:-\d+[A-Z]*)?|[A-Z]+\d+[A-Z]*|\d+[A-Z]+)$/;

function wordAfter(c: Candidate, words: readonly Word[], index: Map<number, number>, k = 1): Word | undefined {
  let i = index.get(c.start) ?? -1;
  if (i < 0) return undefined;
  while (i < words.length && words[i]!.end < c.end) i++;
  return words[i + k];
}

/**
 * A weak name before a product noun names a product, and no entity we can type: "a Kalashnikov
 * assault rifle", "the Joint Strike Fighter program". Known names (gazetteer, heads) keep their
 * type: "Boeing aircraft". A maker before a model number stays: "Airbus A380".
 */
export function productMaker(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  if (!isWeak(c)) return false;
  // "iPod Touches", "iTunes Music Store": a name after a product's lower-case brand is the product's.
  const brand = words[(index.get(c.start) ?? 0) - 1];
  if (brand && c.start - brand.end === 1 && /^[a-z]+\p{Lu}/u.test(brand.text)) return true;
  const next = wordAfter(c, words, index);
  if (!next || next.start - c.end > 1) return false;
  if (next.cap) return false;
  if (PRODUCT_NOUNS.has(next.lower)) return true;
  const after = wordAfter(c, words, index, 2);
  // One modifier may stand between: "assault rifle", "transport plane"; a verb may not: "Aeroflot bought jets".
  return !STOPWORDS.has(next.lower) && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^[a-z]+$/.test(next.text) && after !== undefined && PRODUCT_NOUNS.has(after.lower);
}

/** A name right after a model number is the model's: "787 Dreamliner"; it is no entity anywhere in the article. */
export function modelName(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.strength > 2) return c;
  const i = index.get(c.start);
  const prev = i === undefined ? undefined : words[i - 1];
  const maker = i === undefined ? undefined : words[i - 2];
  // The code must follow a name ("Boeing 787"), or it is a count: "500 Apple engineers".
  return prev && maker?.cap && MODEL_CODE.test(prev.text) && c.start - prev.end === 1 && prev.start - maker.end === 1 ? otherName(c.start, c.end, c.words) : c;
}

/** A weak name after an organisation's role noun, or before one, is an organisation: "flag carrier Aeroflot", "Airbus parent". */
export function orgByRole(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (!isWeak(c) || (c.label !== null && c.source !== 'name')) return c;
  const i = index.get(c.start);
  const prev = i === undefined ? undefined : words[i - 1];
  const next = wordAfter(c, words, index);
  const before = prev !== undefined && !prev.cap && c.start - prev.end === 1 && ORG_ROLE_BEFORE.has(prev.lower);
  const after = next !== undefined && !next.cap && next.start - c.end === 1 && ORG_ROLE_AFTER.has(next.lower);
  // "Lockheed Martin, Boeing's rival": an organisation's counterpart in apposition.
  const owner = wordAfter(c, words, index, 2);
  const role = wordAfter(c, words, index, 4);
  const apposed = next?.text === ',' && owner?.cap === true && owner.possessive && role !== undefined && ORG_COUNTERPARTS.has(role.lower);
  return before || after || apposed ? { ...c, label: 'ORG', strength: 2 } : c;
}

/**
 * "said Jim Press, the Vice Chairman of Chrysler": a name followed by a title in apposition is
 * a person's, whatever its last word looks like.
 */
export function personByApposition(body: string, c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.label === 'PERSON' || c.source === 'gazetteer' || c.source === 'other' || c.source === 'acronym') return c;
  if (c.source === 'head' && !gazetteer().firstNames.has(body.slice(c.start, c.end).split(' ')[0]!.toLowerCase())) return c;
  if (body.slice(c.end, c.end + 2) !== ', ') return c;
  let k = 2;
  let next = wordAfter(c, words, index, k);
  if (next && /^(?:the|a|an|its|his|her|their)$/i.test(next.text)) next = wordAfter(c, words, index, ++k);
  if (!next || k === 2) return c;
  let titled = false;
  while (next && (TITLE_MODIFIERS.has(next.lower) || TITLE_HEADS.has(next.lower))) {
    titled ||= TITLE_HEADS.has(next.lower);
    next = wordAfter(c, words, index, ++k);
  }
  return titled && next !== undefined && /^(?:of|at|for|,|\.)$/.test(next.lower) ? { ...c, label: 'PERSON', source: 'title', strength: 3 } : c;
}

/** "GB £20.1 billion", "(GB #20.1 billion)": a code before an amount is a currency. */
export function currencyCode(body: string, c: Candidate): boolean {
  return c.source === 'acronym' && /^ ?[#£$€¥]/.test(body.slice(c.end, c.end + 2));
}

/** A guess followed by a place noun is a place: "the Nagorno-Karabakh region", "Khodaafarin dam", "Karun river". */
export function placeByNoun(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.strength > 1) return c;
  const next = wordAfter(c, words, index);
  if (!next || next.cap) return c;
  if (PLACE_NOUNS.has(next.lower)) return { ...c, label: 'GPE', strength: 2 };
  // "its Cupertino headquarters": where an organisation has its site is a place.
  const prev = words[(index.get(c.start) ?? 0) - 1];
  if ((prev?.lower === 'its' || prev?.lower === 'their') && SITE_NOUNS.has(next.lower)) return { ...c, label: 'GPE', strength: 2 };
  if (FAC_NOUNS.has(next.lower)) return { ...c, label: 'FAC', strength: 2 };
  if (LOC_NOUNS.has(next.lower)) return { ...c, label: 'LOC', strength: 2 };
  return c;
}

/** "chanted slogans in Arabic and wrote": a nationality word used as a language is no group. */
export function languageUse(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  if (c.label !== 'NORP' || c.words !== 1) return false;
  const i = index.get(c.start);
  const prev = i === undefined ? undefined : words[i - 1];
  if (prev?.lower !== 'in' && prev?.lower !== 'into') return false;
  const next = wordAfter(c, words, index);
  if (!next || next.pos === 'PUNCT') return true;
  const after = wordAfter(c, words, index, 2);
  return (next.lower === 'and' || next.lower === 'or') && after !== undefined && after.pos === 'VERB';
}

/** "Black Monday", "Super Tuesday": a common word before a day's name is part of a date's name. */
export function dayName(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  if (c.strength > 1 || c.words !== 1) return false;
  const w = words[index.get(c.start) ?? -1];
  const next = wordAfter(c, words, index);
  return w !== undefined && next !== undefined && next.start - c.end === 1 && NOT_NAME_WORDS.has(next.lower) && /^\p{Lu}/u.test(next.text) && gazetteer().isCommonWord(w.lower);
}

/**
 * A weak name inside a short quoted title ("the plan, called \"Way Forward\"", "the \"Back to the
 * Mac\" event") names a work, plan or event: every word of the quote is capitalised or minor.
 */
export function quotedTitle(body: string, c: Candidate): boolean {
  if (c.strength > 1) return false;
  const open = lastQuoteBefore(body, c.start);
  if (open < 0) return false;
  const close = firstQuoteAfter(body, c.end);
  if (close < 0) return false;
  const inner = body.slice(open + 1, close).replace(/[,.!?]$/, '').trim();
  const parts = inner.split(/\s+/);
  return parts.length <= 6 && parts.every((p) => /^[\p{Lu}\d]/u.test(p) || TITLE_MINOR.has(p));
}

const QUOTES = /["“”«»]/;
const TITLE_MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);

function lastQuoteBefore(body: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 60; i--) {
    if (QUOTES.test(body[i]!)) return i;
    if (/[.!?\n]/.test(body[i]!)) return -1;
  }
  return -1;
}

function firstQuoteAfter(body: string, at: number): number {
  for (let i = at; i < body.length && i <= at + 60; i++) {
    if (QUOTES.test(body[i]!)) return i;
    if (/[!?\n]/.test(body[i]!)) return -1;
  }
  return -1;
}

/** "Air France Flight 447": a flight number's "Flight" is not part of the airline's name. */
export function withoutFlight(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.words < 2) return c;
  const next = wordAfter(c, words, index);
  let i = index.get(c.start) ?? -1;
  while (i >= 0 && i < words.length && words[i]!.end < c.end) i++;
  const last = words[i];
  const before = words[i - 1];
  if (!last || !before || last.lower !== 'flight' || !next || !/^\d+$/.test(next.text)) return c;
  return { ...c, end: before.end, words: c.words - 1 };
}

/**
 * An acronym spelled out in common words ("Maintenance, Repair and Overhaul (MRO)", "gross
 * domestic product (GDP)") abbreviates a thing, not a name: its expansion claims its words, and
 * the resolver drops the acronym with it.
 */
export function commonExpansions(body: string, candidates: readonly Candidate[], words: readonly Word[], index: Map<number, number>): Candidate[] {
  const out: Candidate[] = [];
  const g = gazetteer();
  for (const c of candidates) {
    if (c.source !== 'acronym' || body[c.start - 1] !== '(' || body[c.end] !== ')') continue;
    const letters = body.slice(c.start, c.end).replace(/[^\p{Lu}]/gu, '');
    let i = (index.get(c.start) ?? 0) - 2;
    const taken: Word[] = [];
    while (i >= 0 && taken.length < letters.length) {
      const w = words[i]!;
      if (/^(?:and|of|the|for|&|,|-|on|in|to)$/i.test(w.text)) {
        i--;
        continue;
      }
      if (!/^\p{L}/u.test(w.text)) break;
      taken.unshift(w);
      i--;
    }
    const initials = taken.map((w) => w.text[0]!.toUpperCase()).join('');
    if (initials !== letters || taken.length === 0) continue;
    if (taken.every((w) => g.isCommonWord(w.lower)) && !g.isOrgSuffix(taken[taken.length - 1]!.lower)) {
      out.push(otherName(taken[0]!.start, taken[taken.length - 1]!.end, taken.length));
    }
  }
  return out;
}

/**
 * "in a Kia Pride.", "into an embassy Hyundai Sonata,": a weak name that is itself the thing a
 * or an counts is a product or a model, not a named entity. A name used as a modifier ("an Air
 * France flight") is kept.
 */
export function countedThing(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  if (!isWeak(c) || c.words < 2) return false;
  const i = index.get(c.start) ?? -1;
  let article = words[i - 1];
  if (article && !article.cap && article.pos === 'NOUN') article = words[i - 2];
  if (article?.lower !== 'a' && article?.lower !== 'an') return false;
  const next = wordAfter(c, words, index);
  return next === undefined || next.pos === 'PUNCT';
}

/**
 * Not English prose: most capitalised sentence starts are then ordinary words our English
 * lexicon does not know ("Nunca", "Jangan"), so a lone weak word there proves nothing.
 */
export function isEnglish(words: readonly Word[]): boolean {
  let all = 0;
  let english = 0;
  for (const w of words) {
    if (w.pos === 'PUNCT' || w.pos === 'NUM' || w.pos === 'SYM') continue;
    all++;
    if (ENGLISH_FUNCTION_WORDS.has(w.lower)) english++;
  }
  return all < 40 || english / all >= 0.08;
}

/** A weak single word at a sentence start (where capitals prove nothing). */
export function initialGuess(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  return c.strength <= 1 && c.words === 1 && words[index.get(c.start) ?? -1]?.initial === true;
}
