// Named entities of each article body (PERSON, ORG, GPE, LOC, FAC, NORP), one entry per mention
// with a canonical name. Needs the shared wink-nlp analysis (tokens); runs after dates so date
// words are settled, and before quotes, which read `entities` to name speakers.
import { z } from 'zod';
import type { ArticleDraft } from '../../core/doc.js';
import { articleStage } from '../../core/stage.js';
import type { Candidate, EntityMention } from './entities/candidate.js';
import { classifyRun } from './entities/classify.js';
import { commonExpansions, countedThing, currencyCode, dayName, initialGuess, isEnglish, languageUse, modelName, orgByRole, personByApposition, placeByNoun, productMaker, quotedTitle, withoutFlight } from './entities/context.js';
import { capitalisedRuns, toWords } from './entities/runs.js';
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
  const english = isEnglish(words);
  out.push(...commonExpansions(body, out, words, index));
  return out
    .map((c) => placeByNoun(c, words, index))
    .map((c) => modelName(c, words, index))
    .map((c) => orgByRole(c, words, index))
    .map((c) => personByApposition(body, c, words, index))
    .map((c) => withoutFlight(c, words, index))
    .filter((c) => body[c.end] !== '$' && !currencyCode(body, c) && !productMaker(c, words, index) && !dates.some((d) => !d.field && d.start < c.end && c.start < d.end))
    .filter((c) => !languageUse(c, words, index) && !dayName(c, words, index) && !quotedTitle(body, c) && !countedThing(c, words, index))
    // Elsewhere than in English prose, only evidence beyond capitals counts.
    .filter((c) => english || (c.strength >= 2 && !initialGuess(c, words, index)));
}

/** Typed mentions with canonical names, in reading order. */
export function findEntities(body: string, article: Pick<ArticleDraft, 'analysis' | 'dates'>): EntityMention[] {
  return linkAliases(body, resolveEntities(body, entityCandidates(body, article)));
}

export const entities = articleStage({
  id: 'entities',
  version: '1.1.0',
  description: 'named entities (PERSON, ORG, GPE, LOC, FAC, NORP) with canonical names: rules, gazetteers, document-level resolution',
  requires: ['analysis'],
  adds: ['entities'],
  options: z.object({}),
  annotate(article) {
    return { entities: findEntities(article.body, article) };
  },
});
