// Named entities of each article body (PERSON, ORG, GPE, LOC, FAC, NORP), one entry per mention
// with a canonical name. Needs the shared wink-nlp analysis (tokens); runs after dates so date
// words are settled, and before quotes, which read `entities` to name speakers.
import { z } from 'zod';
import type { ArticleDraft } from '../../core/doc.js';
import { articleStage } from '../../core/stage.js';
import type { Candidate, EntityMention } from './entities/candidate.js';
import { classifyRun, otherName } from './entities/classify.js';
import { ORG_COUNTERPARTS, ORG_ROLE_AFTER, ORG_ROLE_BEFORE, PRODUCT_NOUNS } from '../../rules/entities.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../rules/honorifics.js';
import { gazetteer } from '../../rules/gazetteer.js';
import { STOPWORDS } from '../../rules/stopwords.js';
import { capitalisedRuns, toWords, type Word } from './entities/runs.js';
import { PLACE_NOUNS } from '../../rules/places.js';
import { resolveEntities } from '../resolve/entities.js';
import { linkAliases } from '../resolve/aliases.js';

/** Candidates from every source, each tagged with its source. */
export function entityCandidates(body: string, article: Pick<ArticleDraft, 'analysis' | 'dates'>): Candidate[] {
  const tokens = article.analysis?.tokens ?? [];
  const words = toWords(body, tokens);
  const index = new Map(words.map((w, i) => [w.start, i]));
  const out: Candidate[] = [];
  for (const run of capitalisedRuns(body, words)) {
    const at = index.get(run[0]!.start) ?? 0;
    out.push(...classifyRun(run, words[at - 1], words[at - 2]));
  }
  // Dates are the dates stage's; "US$40" is a currency.
  const dates = article.dates ?? [];
  return out
    .map((c) => placeByNoun(c, words, index))
    .map((c) => modelName(c, words, index))
    .map((c) => orgByRole(c, words, index))
    .map((c) => personByApposition(body, c, words, index))
    .filter((c) => body[c.end] !== '$' && !currencyCode(body, c) && !productMaker(c, words, index) && !dates.some((d) => !d.field && d.start < c.end && c.start < d.end));
}

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
function productMaker(c: Candidate, words: readonly Word[], index: Map<number, number>): boolean {
  if (!isWeak(c)) return false;
  const next = wordAfter(c, words, index);
  if (!next || next.start - c.end > 1) return false;
  if (next.cap) return false;
  if (PRODUCT_NOUNS.has(next.lower)) return true;
  const after = wordAfter(c, words, index, 2);
  // One modifier may stand between: "assault rifle", "transport plane"; a verb may not: "Aeroflot bought jets".
  return !STOPWORDS.has(next.lower) && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^[a-z]+$/.test(next.text) && after !== undefined && PRODUCT_NOUNS.has(after.lower);
}

/** A name right after a model number is the model's: "787 Dreamliner"; it is no entity anywhere in the article. */
function modelName(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.strength > 2) return c;
  const i = index.get(c.start);
  const prev = i === undefined ? undefined : words[i - 1];
  const maker = i === undefined ? undefined : words[i - 2];
  // The code must follow a name ("Boeing 787"), or it is a count: "500 Apple engineers".
  return prev && maker?.cap && MODEL_CODE.test(prev.text) && c.start - prev.end === 1 && prev.start - maker.end === 1 ? otherName(c.start, c.end, c.words) : c;
}

/** A weak name after an organisation's role noun, or before one, is an organisation: "flag carrier Aeroflot", "Airbus parent". */
function orgByRole(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (!isWeak(c) || c.label === 'ORG') return c;
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
function personByApposition(body: string, c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
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
function currencyCode(body: string, c: Candidate): boolean {
  return c.source === 'acronym' && /^ ?[#£$€¥]/.test(body.slice(c.end, c.end + 2));
}

/** A guess followed by a place noun is a place: "the Nagorno-Karabakh region". */
function placeByNoun(c: Candidate, words: readonly Word[], index: Map<number, number>): Candidate {
  if (c.strength > 1) return c;
  let i = index.get(c.start) ?? -1;
  while (i >= 0 && i < words.length && words[i]!.end < c.end) i++;
  const next = words[i + 1];
  return next && !next.cap && PLACE_NOUNS.has(next.lower) ? { ...c, label: 'GPE', strength: 2 } : c;
}

/** Typed mentions with canonical names, in reading order. */
export function findEntities(body: string, article: Pick<ArticleDraft, 'analysis' | 'dates'>): EntityMention[] {
  return linkAliases(body, resolveEntities(body, entityCandidates(body, article)));
}

export const entities = articleStage({
  id: 'entities',
  version: '1.0.0',
  description: 'named entities (PERSON, ORG, GPE, LOC, FAC, NORP) with canonical names: rules, gazetteers, document-level resolution',
  requires: ['analysis'],
  adds: ['entities'],
  options: z.object({}),
  annotate(article) {
    return { entities: findEntities(article.body, article) };
  },
});
