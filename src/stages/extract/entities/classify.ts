// Types one run of capitalised words with contextual rules: it splits the run at titles and
// connectors, strips sentence-initial common words, and asks the gazetteers and the head words
// of organisations, facilities and places. What no rule can type is left untyped for the resolver.
import type { EntityLabel } from './candidate.js';
import type { Candidate } from './candidate.js';
import { isAcronym, type Run, type Word } from './runs.js';
import { gazetteer, type GazKind } from '../../../rules/gazetteer.js';
import { HONORIFICS, KIN_WORDS, NAME_PARTICLES, NAME_SUFFIXES, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../../../rules/honorifics.js';
import { COMPASS_WORDS, COUNTRY_ABBREVIATIONS, PLACE_PREFIXES } from '../../../rules/places.js';
import { STOPWORDS } from '../../../rules/stopwords.js';
import { EVENT_HEADS, INDUSTRY_WORDS, LAW_HEADS } from '../../../rules/entities.js';
import {
  BARE_GENERIC,
  CENTRE_WORK,
  UNIQUE_BODIES,
  LEGAL_FORMS,
  GPE_HEADS,
  GPE_SUFFIXES,
  LOC_HEADS,
  NOT_NAME_ACRONYMS,
  ORG_HEADS,
} from '../../../rules/org.js';

const KIND_LABEL: Record<GazKind, EntityLabel> = {
  country: 'GPE',
  city: 'GPE',
  region: 'GPE',
  loc: 'LOC',
  org: 'ORG',
  person: 'PERSON',
  norp: 'NORP',
};

/** Strength of each kind of evidence; the resolver lets stronger evidence win. */
export const STRENGTH = { gazetteer: 3, head: 3, title: 3, acronym: 2, name: 2, guess: 1 } as const;

/** Strength of a bare organisation head: never a mention by itself. */
export const BARE = 0;

/** A name of a law, treaty or event: it claims its words and is dropped by the resolver. */
export const otherName = (start: number, end: number, words: number): Candidate => ({ start, end, label: null, source: 'other', strength: 4, words });

function isOtherName(run: Run): boolean {
  const last = run[run.length - 1]!.lower;
  // "Ministry of War", "Conference Board": an organisation head first makes an organisation.
  if (ORG_HEADS.has(run[0]!.lower) || gazetteer().isOrgSuffix(run[0]!.lower)) return false;
  if (run.length > 1 && (LAW_HEADS.has(last) || EVENT_HEADS.has(last))) return true;
  // "Convention on Diplomatic Relations", "Treaty of Versailles"
  return run.some((w, i) => i < run.length - 1 && LAW_HEADS.has(w.lower) && /^(?:on|of|for|against)$/.test(run[i + 1]!.lower));
}

const isTitleWord = (w: Word): boolean => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower);
const isConnector = (w: Word): boolean => !w.cap && !NAME_PARTICLES.has(w.lower) && w.text !== '-' && w.text !== '‐' && !/^['’]s$/.test(w.lower);

/** Candidates from one run; `before` is the word just before the run (or undefined). */
export function classifyRun(run: Run, before: Word | undefined, beforeThat?: Word): Candidate[] {
  // "spokesman Ayxan Hacizada", "the president of Iran Ebrahim Raisi"
  const cue = before !== undefined && !before.cap && TITLE_HEADS.has(before.lower);
  // After "president of" comes a place, and only then maybe the person ("of Iran Ebrahim Raisi").
  const ofTitle = before?.lower === 'of' && beforeThat !== undefined && TITLE_HEADS.has(beforeThat.lower);
  // "father of Ilham", "the wife of X": kin of someone are people.
  const kin = before?.lower === 'of' && beforeThat !== undefined && KIN_WORDS.has(beforeThat.lower);
  const whole = lookup(run);
  if (whole && !run[0]!.titleLine) return [make(run, KIND_LABEL[whole], 'gazetteer', STRENGTH.gazetteer)];
  const named = run.length > 1 ? trimRun(run) : run;
  if (named.length > 1 && isOtherName(named)) return [otherName(named[0]!.start, named[named.length - 1]!.end, named.length)];
  const out: Candidate[] = [];
  for (const part of splitAfterLegalForms(run)) {
    let afterOf = ofTitle;
    let first = true;
    for (const whole of splitAtConnectors(part)) {
      // "Minister of Foreign Affairs of Azerbaijan X": the portfolio is part of the title.
      let piece = whole;
      if (afterOf && !first) {
        let k = 0;
        while (k < piece.length && PORTFOLIO_WORDS.has(piece[k]!.lower) && !lookup([piece[k]!])) k++;
        piece = piece.slice(k);
        if (piece.length === 0) continue;
        if (k > 0) {
          out.push(...splitAtTitles(piece, true, false));
          afterOf = false;
          continue;
        }
      }
      out.push(...splitAtTitles(piece, (first && (cue || kin)) || startsWithHonorific(piece), afterOf));
      // "President of Egypt Abdel Fattah El-Sisi": a name after "title of place" is a person.
      afterOf = TITLE_HEADS.has(piece[piece.length - 1]!.lower);
      first = false;
    }
  }
  return out;
}

/** A legal form ends a company name: "Apple Inc. Steve Jobs" is two names. */
function splitAfterLegalForms(run: Run): Run[] {
  const parts: Run[] = [];
  let from = 0;
  for (let i = 0; i < run.length - 1; i++) {
    if (LEGAL_FORMS.has(run[i]!.lower) && run[i + 1]!.cap) {
      parts.push(run.slice(from, i + 1));
      from = i + 1;
    }
  }
  parts.push(run.slice(from));
  return parts;
}

function startsWithHonorific(run: Run): boolean {
  return run.length > 1 && HONORIFICS.has(run[0]!.lower);
}

/** Splits at "of"/"and"/"for" unless the words around make one name ("Bank of Japan"). */
function splitAtConnectors(run: Run): Run[] {
  const parts: Run[] = [];
  let current: Word[] = [];
  for (let i = 0; i < run.length; i++) {
    const w = run[i]!;
    if (!isConnector(w)) {
      current.push(w);
      continue;
    }
    if (keepsConnector(run, i, current)) current.push(w);
    else {
      if (current.length) parts.push(current);
      current = [];
      if (w.lower === 'the') continue;
    }
  }
  if (current.length) parts.push(current);
  // "of the" split leaves a stray "the" at a part's start.
  return parts.map((p) => (p[0]?.lower === 'the' && !p[0].cap ? p.slice(1) : p)).filter((p) => p.length > 0);
}

function keepsConnector(run: Run, i: number, left: Word[]): boolean {
  const w = run[i]!;
  const prev = left[left.length - 1];
  if (!prev) return false;
  const { isOrgSuffix } = gazetteer();
  if (w.lower === 'the') return (run[i - 1]?.lower === 'of' || run[i - 1]?.lower === 'for') && left.length > 0;
  if (w.lower === '&') return true;
  // "State Committee for Work with Religious Organizations": 'with' inside a body's remit only.
  if (w.lower === 'with') return left.some((x) => x.lower === 'for' || x.lower === 'of') && left.some((x) => ORG_HEADS.has(x.lower) || isOrgSuffix(x.lower));
  // "Ministry of Foreign Affairs of Azerbaijan": an "X of Y" body, then the country it serves.
  const head = left.find((x) => x.lower !== 'the');
  if (w.lower === 'of' && head !== undefined && ORG_HEADS.has(head.lower) && left.some((x) => x.lower === 'of') && run[i + 1] !== undefined) {
    const kind = lookup([run[i + 1]!]);
    if ((kind === 'country' || kind === 'city') && (i + 2 >= run.length || isConnector(run[i + 2]!))) return true;
  }
  if (w.lower === 'of' || w.lower === 'for' || w.lower === 'on' || w.lower === 'de' || w.lower === 'du' || w.lower === 'des' || w.lower === 'la' || w.lower === 'der') {
    if (TITLE_HEADS.has(prev.lower) && !ORG_HEADS.has(prev.lower)) return false;
    // "Committee on Foreign Relations", "Convention on ...": only a body's or a law's head takes 'on'.
    if (w.lower === 'on') return LAW_HEADS.has(prev.lower) || ORG_HEADS.has(prev.lower);
    return ORG_HEADS.has(prev.lower) || isOrgSuffix(prev.lower) || GPE_HEADS.has(prev.lower) || LOC_HEADS.has(prev.lower) || prev.lower === 'people' || (w.lower !== 'of' && w.lower !== 'for');
  }
  if (w.lower === 'and') {
    // "Defence and Space Company": joined only when the words after end the name with an org head.
    let j = i + 1;
    while (j < run.length && !isConnector(run[j]!)) j++;
    const end = run[j - 1];
    // Both neighbours must be common words: "Defence and Space", not "Toyota and General Motors".
    const g = gazetteer();
    const after = run[i + 1];
    // A public body's head ends the name even when the left part has a head too: "Securities and Exchange Commission".
    const bodyHead = end !== undefined && ORG_HEADS.has(end.lower) && !ORG_HEADS.has(prev.lower);
    return end !== undefined && j - 1 > i && gazetteer().isOrgSuffix(end.lower) && (bodyHead || !left.some((x) => isOrgSuffix(x.lower))) &&
      g.isCommonWord(prev.lower) && after !== undefined && g.isCommonWord(after.lower);
  }
  return false;
}

/** Splits "Azerbaijani Foreign Minister Jeyhun Bayramov" into NORP + PERSON, dropping the title. */
function splitAtTitles(run: Run, cue: boolean, afterOf = false): Candidate[] {
  const { isOrgSuffix } = gazetteer();
  const last = run[run.length - 1]!;
  const typed = lookup(run);
  if (typed && !run[0]!.titleLine) return [make(run, KIND_LABEL[typed], 'gazetteer', STRENGTH.gazetteer)];
  // A name ending with an org head is one organisation, whatever titles it holds ("General Motors").
  // A title's possessive belongs to the name: "Prosecutor's Office".
  if (run.length > 1 && isOrgSuffix(last.lower) && !run.some((w) => TITLE_HEADS.has(w.lower) && !TITLE_MODIFIERS.has(w.lower) && w !== last && !w.possessive)) {
    return classifySegment(run, cue);
  }
  const out: Candidate[] = [];
  let segment: Word[] = [];
  let segmentCue = cue;
  let segmentAfterOf = afterOf;
  let i = 0;
  while (i < run.length) {
    const titleEnd = titleAt(run, i);
    if (titleEnd > i) {
      if (segment.length) out.push(...classifySegment(segment, segmentCue, segmentAfterOf));
      segment = [];
      segmentCue = true;
      segmentAfterOf = false;
      i = titleEnd;
      continue;
    }
    segment.push(run[i]!);
    i++;
  }
  if (segment.length) out.push(...classifySegment(segment, segmentCue, segmentAfterOf));
  return out;
}

/** End (exclusive) of a title starting at `i` ("Foreign Minister", "Senior Lieutenant"), or `i`. */
function titleAt(run: Run, i: number): number {
  // After "of" a title word is part of a name: "Royal Courts of Justice", "Chief of Staff".
  if (i > 0 && isConnector(run[i - 1]!)) return i;
  let j = i;
  let head = -1;
  while (j < run.length && isTitleWord(run[j]!)) {
    if (TITLE_HEADS.has(run[j]!.lower)) head = j;
    j++;
  }
  if (head < 0) return i;
  // A title must be followed by a name to be a title here; "Executive" alone ends nothing.
  return head + 1;
}

/** Types a run with no title inside. */
function classifySegment(input: Run, cue: boolean, afterOf = false): Candidate[] {
  const g = gazetteer();
  let run = trimRun(input);
  if (run.length === 0) return [];
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const typed = lookup(run);
  if (typed) return [make(run, KIND_LABEL[typed], 'gazetteer', STRENGTH.gazetteer)];
  // A plural acronym names things of a kind ("SUVs", "EVs"), not one organisation.
  if (run.length === 1 && /^\p{Lu}{2,}s$/u.test(first.text)) return [];
  if (run.length === 1 && isAcronym(first.text)) {
    if (NOT_NAME_ACRONYMS.has(first.text.replace(/\.$/, ''))) return [];
    if (COUNTRY_ABBREVIATIONS[first.text]) return [make(run, 'GPE', 'gazetteer', STRENGTH.gazetteer)];
    return [make(run, 'ORG', 'acronym', STRENGTH.acronym)];
  }
  if (run.length > 1) {
    if (g.isOrgSuffix(last.lower)) return [make(run, 'ORG', 'head', STRENGTH.head)];
    // A centre is a place ("Moscone Center") unless it names what it studies or serves ("Research Center").
    if ((last.lower === 'center' || last.lower === 'centre') && CENTRE_WORK.has(run[run.length - 2]!.lower)) return [make(run, 'ORG', 'head', STRENGTH.head)];
    // "Fiona Hill", "Sally Field": a given name before a place word is a person's.
    const givenName = run.length === 2 && g.firstNames.has(first.lower) && !g.isCommonWord(first.lower) && lookup([first]) === null;
    if (g.facSuffixes.has(last.lower) && !givenName) return [make(run, 'FAC', 'head', STRENGTH.head)];
    if (g.locSuffixes.has(last.lower) && !givenName) return [make(run, 'LOC', 'head', STRENGTH.head)];
    if (GPE_SUFFIXES.has(last.lower)) return [make(run, 'GPE', 'head', STRENGTH.head)];
    const second = run[1]!.lower;
    if (second === 'of' || second === 'for') {
      if (ORG_HEADS.has(first.lower)) return [make(run, 'ORG', 'head', STRENGTH.head)];
      if (GPE_HEADS.has(first.lower)) return [make(run, 'GPE', 'head', STRENGTH.head)];
      if (LOC_HEADS.has(first.lower)) return [make(run, 'LOC', 'head', STRENGTH.head)];
    }
    if (LOC_HEADS.has(first.lower) && first.lower !== 'river') return [make(run, 'LOC', 'head', STRENGTH.head)];
    // A known place or group before other words: "Azerbaijan Ilham Aliyev", "Russian Mikhail ...".
    const prefix = longestKnownPrefix(run);
    // "U.S. Department of Labor", "Russian Federal Service for Financial Markets": one organisation.
    if (prefix > 0 && prefix < run.length - 2 && (run[prefix + 1]!.lower === 'of' || run[prefix + 1]!.lower === 'for') && (ORG_HEADS.has(run[prefix]!.lower) || g.isOrgSuffix(run[prefix]!.lower))) {
      return [make(run, 'ORG', 'head', STRENGTH.head)];
    }
    // A place's body: "Azerbaijani Embassy", "Iranian Government".
    if (prefix === run.length - 1 && ORG_HEADS.has(last.lower)) return [make(run, 'ORG', 'head', STRENGTH.head)];
    // A company's national branch: "Ford Australia", "GM Europe".
    const tail = lookup([last]);
    if (run.length === 2 && COMPASS_WORDS.has(first.lower) && tail !== null && tail !== 'org' && tail !== 'person' && tail !== 'norp') return [make(run, 'GPE', 'head', STRENGTH.head)];
    // "North American", "West African": a regional group word.
    if (run.length === 2 && COMPASS_WORDS.has(first.lower) && tail === 'norp') return [make(run, 'NORP', 'head', STRENGTH.head)];
    if (prefix === 0 && run.length === 2 && (tail === 'country' || tail === 'loc') && !g.firstNames.has(first.lower)) return [make(run, 'ORG', 'head', STRENGTH.name)];
    // An airline: "Air Astana", "Air India".
    if (run.length === 2 && first.lower === 'air' && tail !== null && tail !== 'person' && tail !== 'org') return [make(run, 'ORG', 'head', STRENGTH.head)];
    // An organisation followed by a person's name: "... Religious Organizations Mubariz Gurbanli".
    const split = orgThenName(run);
    if (split > 0) return [make(run.slice(0, split), 'ORG', 'head', STRENGTH.head), make(run.slice(split), 'PERSON', 'name', STRENGTH.name)];
    if (prefix > 0 && prefix < run.length) {
      const head = run.slice(0, prefix);
      return [...classifySegment(head, false), ...classifySegment(run.slice(prefix), cue || afterOf)];
    }
  }
  if (run.length === 1 && first.text.replace(/\./g, '').length === 1) return [];
  if (run.length === 1 && UNIQUE_BODIES.has(first.lower) && !first.initial) return [make(run, 'ORG', 'head', STRENGTH.head)];
  // A bare organisation head ("the Embassy", "Government") is no name; kept weakest so that the
  // resolver can join it to a place that owns it ("Azerbaijan's Embassy"), dropped otherwise.
  if (run.length === 1 && (g.isOrgSuffix(first.lower) || ORG_HEADS.has(first.lower))) return [make(run, 'ORG', 'head', BARE)];
  if (run.length === 1 && (BARE_GENERIC.has(first.lower) || LAW_HEADS.has(first.lower) || EVENT_HEADS.has(first.lower))) return [];
  // "Ernst & Young", "Frost & Sullivan": partners joined by an ampersand are a firm.
  if (run.length > 1 && run.some((w) => w.text === '&')) return [make(run, 'ORG', 'head', STRENGTH.name)];
  if (cue) return [make(run, 'PERSON', 'title', STRENGTH.title)];
  if (run.length > 1 && PLACE_PREFIXES.has(first.lower) && first.cap) return [make(run, 'GPE', 'name', STRENGTH.name)];
  if (run.length > 1 && run.length <= 4 && (g.firstNames.has(first.lower) || (g.lastNames.has(last.lower) && !g.isCommonWord(first.lower)))) {
    return [make(run, 'PERSON', 'name', STRENGTH.name)];
  }
  if (NAME_SUFFIXES.has(last.lower) && run.length > 1) return [make(run, 'PERSON', 'name', STRENGTH.name)];
  // Personal names are seldom common English words; "Apple Computer", "Music Store" are not people.
  // "State Security Service of Azerbaijan": an organisation head before "of"/"for" makes the whole an organisation.
  if (run.some((w, i) => i > 0 && (w.lower === 'of' || w.lower === 'for') && (g.isOrgSuffix(run[i - 1]!.lower) || ORG_HEADS.has(run[i - 1]!.lower)))) {
    return [make(run, 'ORG', 'head', STRENGTH.head)];
  }
  // A head first, in French or Spanish order: "Agence France-Presse", "Banco Santander".
  if (run.length > 1 && (ORG_HEADS.has(first.lower) || g.isOrgSuffix(first.lower)) && !TITLE_HEADS.has(first.lower)) return [make(run, 'ORG', 'head', STRENGTH.name)];
  // Letters only in capitals ("R-AZ", "BBC NEWS"): codes and shouted names, never a person's name.
  if (run.length > 1 && run.every((w) => !/\p{Ll}/u.test(w.text))) return [make(run, 'ORG', 'guess', STRENGTH.guess)];
  // The last word decides: organisation names end in a common noun ("Apple Computer", "Golden
  // Dawn"); a person's surname is seldom one, whatever the first name means ("Robin Haase").
  // Two words with an uncommon first ("Elon Musk", "Tim Cook") stay open: a given name and a surname that is also a word.
  if (run.length > 1 && g.isCommonWord(last.lower) && (run.length > 2 || g.isCommonWord(first.lower) || isAcronym(first.text) || INDUSTRY_WORDS.has(last.lower))) return [make(run, 'ORG', 'guess', STRENGTH.guess)];
  return [make(run, null, 'guess', STRENGTH.guess)];
}

/** Drops edge words that are no part of a name: sentence-initial common words, "The", honorifics, stray links. */
function trimRun(input: Run): Run {
  const g = gazetteer();
  let run = input.slice();
  const droppable = (w: Word): boolean =>
    !w.cap || HONORIFICS.has(w.lower) || w.lower === 'the' || ((w.initial || w.titleLine) && !isAcronym(w.text) && g.isCommonWord(w.lower) && !lookup([w]));
  while (run.length && droppable(run[0]!)) {
    // A common word that starts a known multi-word name stays ("New York", "United States").
    if (run.length > 1 && lookup(run.slice(0, 2)) !== null && run[0]!.cap) break;
    // Outside headlines, a capitalised content word before another capitalised word is part of
    // the name ("Apple Computer", "White House"); function words and adverbs are not ("After Apple").
    const w = run[0]!;
    if (run[1]?.lower === 'of' && (ORG_HEADS.has(w.lower) || GPE_HEADS.has(w.lower) || LOC_HEADS.has(w.lower))) break;
    if (run.length > 1 && w.cap && !w.titleLine && run[1]!.cap && (w.pos === 'PROPN' || w.pos === 'NOUN') && !STOPWORDS.has(w.lower) && !/ly$/.test(w.lower) && !HONORIFICS.has(w.lower) && w.lower !== 'the') break;
    run = run.slice(1);
  }
  if (run.some((w) => w.titleLine)) {
    // Headline words prove nothing, but an organisation head still ends a name: "Chrysler Group".
    const keeps = (w: Word): boolean => w.cap && (!g.isCommonWord(w.lower) || lookup([w]) !== null || (run.length > 1 && g.isOrgSuffix(w.lower)));
    while (run.length && !keeps(run[run.length - 1]!)) run = run.slice(0, -1);
  }
  while (run.length && !run[run.length - 1]!.cap) run = run.slice(0, -1);
  return run;
}

/** The gazetteer kind of the run's exact text, or null. */
export function lookup(run: Run): GazKind | null {
  if (run.length === 0 || run.length > gazetteer().maxWords) return null;
  const text = run.map((w, i) => (i > 0 && run[i - 1]!.end === w.start ? '' : i > 0 ? ' ' : '') + w.lower).join('');
  const phrases = gazetteer().phrases;
  return phrases.get(text) ?? phrases.get(text.replace(/\.$/, '')) ?? phrases.get(text.replace(/\./g, '')) ?? (COUNTRY_ABBREVIATIONS[run.map((w) => w.text).join('')] ? 'country' : null);
}

/** Index after an org head that is followed by two or three uncommon name words, or 0. */
function orgThenName(run: Run): number {
  const g = gazetteer();
  for (let k = run.length - 3; k >= 1 && k >= run.length - 4; k--) {
    if (!g.isOrgSuffix(run[k]!.lower)) continue;
    const rest = run.slice(k + 1);
    if (rest.every((w) => w.cap && !g.isCommonWord(w.lower) && !g.isOrgSuffix(w.lower) && lookup([w]) === null)) return k + 1;
  }
  return 0;
}

function longestKnownPrefix(run: Run): number {
  for (let k = Math.min(run.length - 1, gazetteer().maxWords); k > 0; k--) {
    const kind = lookup(run.slice(0, k));
    if (kind === 'country' || kind === 'city' || kind === 'region' || kind === 'norp' || kind === 'loc') return k;
  }
  return 0;
}

function make(run: Run, label: EntityLabel | null, source: Candidate['source'], strength: number): Candidate {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  return { start, end, label, source, strength, words: run.length };
}
