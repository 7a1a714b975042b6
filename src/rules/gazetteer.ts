// Gazetteers built once per thread from well-kept npm data: world-countries (names, official
// names, alternative spellings, capitals, demonyms) and compromise's lexicon (cities, regions,
// organisations, first names, surnames, famous people), plus our own small lists in src/rules/.
// Keys are lower-cased phrases; values say what the phrase names.
import worldCountries, { type Country } from 'world-countries';
import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { LOC_NAMES, COUNTRY_ABBREVIATIONS, STATE_ABBREVIATIONS } from './places.js';
import { NORP_WORDS } from './demonyms.js';
import { ORG_SUFFIXES, FAC_SUFFIXES, LOC_SUFFIXES } from './org.js';

export type GazKind = 'country' | 'city' | 'region' | 'loc' | 'org' | 'person' | 'norp';

export interface Gazetteer {
  /** Phrase -> what it names (first kind wins when a phrase is listed twice). */
  phrases: Map<string, GazKind>;
  /** Country names, spellings, abbreviations and demonyms -> the country's common name. */
  countryOf: Map<string, string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Lower-case words of the English vocabulary (wink-nlp's lexicon) that are not name-like. */
  isCommonWord(lower: string): boolean;
  orgSuffixes: Set<string>;
  facSuffixes: Set<string>;
  locSuffixes: Set<string>;
  /** An organisation head, also in the plural ("Organizations", "Forces"). */
  isOrgSuffix(lower: string): boolean;
  /** Longest phrase in `phrases`, in words. */
  maxWords: number;
}

// world-countries is CommonJS: its default export is the array itself.
const countries = worldCountries as unknown as Country[];

let built: Gazetteer | undefined;

/** compromise, loaded when the gazetteer is first built: importing it costs ~0.8 s of CPU, which a
 *  process that only validates a pipeline or writes the manifest (the CLI's main thread) never needs. */
function loadCompromise(): { model(): unknown } {
  return createRequire(import.meta.url)('compromise') as { model(): unknown };
}

/** The gazetteer, built on first use (about 50 ms) and shared read-only. */
export function gazetteer(): Gazetteer {
  built ??= buildGazetteer();
  return built;
}

const tagsOf = (t: string | string[]): string[] => (Array.isArray(t) ? t : [t]);

function buildGazetteer(): Gazetteer {
  const phrases = new Map<string, GazKind>();
  const countryOf = new Map<string, string>();
  const put = (key: string, kind: GazKind): void => {
    const k = key.toLowerCase().trim();
    if (k.length > 1 && !phrases.has(k)) phrases.set(k, kind);
  };
  for (const c of countries) {
    const common = c.name.common;
    for (const n of [common, c.name.official, ...c.altSpellings.filter((s: string) => s.length > 3)]) {
      put(n, 'country');
      countryOf.set(n.toLowerCase(), common);
    }
    for (const cap of c.capital ?? []) put(cap, 'city');
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) {
      if (!d) continue;
      put(d, 'norp');
      put(pluralOf(d), 'norp');
      countryOf.set(d.toLowerCase(), common);
    }
  }
  for (const [abbr, name] of Object.entries(COUNTRY_ABBREVIATIONS)) {
    put(abbr, 'country');
    countryOf.set(abbr.toLowerCase(), name);
  }
  for (const n of LOC_NAMES) put(n, 'loc');
  for (const n of STATE_ABBREVIATIONS) put(n, 'region');
  for (const n of NORP_WORDS) put(n, 'norp');

  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const compromiseModel = loadCompromise().model() as { one: { lexicon: Record<string, string | string[]> }; two: { orgWords?: Record<string, unknown> } };
  const lexicon = compromiseModel.one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = tagsOf(tag);
    if (tags.includes('Country')) put(word, 'country');
    else if (tags.includes('City')) put(word, 'city');
    else if (tags.includes('Region')) put(word, 'region');
    else if (tags.includes('Place') && !word.includes('.') && word.length > 3) put(word, 'city');
    else if (tags.includes('Organization') || tags.includes('SportsTeam')) {
      if (word.length > 2 && !ORG_SUFFIXES.has(word)) put(word, 'org');
    } else if (tags.includes('Person')) {
      // One-word famous people ("Jordan", "Sydney") are more often places or surnames: names only.
      if (word.includes(' ')) put(word, 'person');
      else lastNames.add(word);
    }
    else if (tags.includes('Demonym')) put(word, 'norp');
    if (tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName')) firstNames.add(word);
    if (tags.includes('LastName')) lastNames.add(word);
  }
  const two = compromiseModel.two;
  const orgSuffixes = new Set([...ORG_SUFFIXES, ...Object.keys(two.orgWords ?? {}).filter((w) => !NOT_ORG_SUFFIX.has(w))]);
  const facSuffixes = new Set(FAC_SUFFIXES);
  const locSuffixes = new Set(LOC_SUFFIXES);

  const vocabulary = (model as unknown as { core(): { features: { lexeme: { hash: Record<string, number>; intrinsicSize: number } } } }).core()
    .features.lexeme;
  const isCommonWord = (lower: string): boolean => {
    if (phrases.has(lower) || firstNames.has(lower) || lastNames.has(lower)) return false;
    const i = vocabulary.hash[lower];
    return i !== undefined && i < vocabulary.intrinsicSize;
  };
  let maxWords = 1;
  for (const k of phrases.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  const isOrgSuffix = (lower: string): boolean =>
    orgSuffixes.has(lower) || (lower.length > 4 && lower.endsWith('s') && orgSuffixes.has(lower.slice(0, -1)));
  return { phrases, countryOf, firstNames, lastNames, isCommonWord, isOrgSuffix, orgSuffixes, facSuffixes, locSuffixes, maxWords: Math.min(maxWords, 6) };
}

// compromise's orgWords hold some words that end many non-organisation names too.
const NOT_ORG_SUFFIX = new Set(['center', 'centre', 'boys', 'girls', 'care', 'coffee', 'pizza', 'data', 'design', 'development', 'education', 'energy', 'gas', 'oil', 'power', 'marine', 'mobile', 'optical', 'post', 'community', 'collective', 'crew', 'estate', 'memorial', 'cafe']);

/** "Iranian" -> "Iranians", "Azerbaijani" -> "Azerbaijanis"; "-ese"/"-ish" demonyms have no plural. */
export function pluralOf(demonym: string): string {
  if (/(ese|ish|ch|ss|x)$/i.test(demonym)) return demonym;
  return `${demonym}s`;
}
