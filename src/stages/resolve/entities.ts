// Settles the candidates of one article into typed mentions: overlaps (stronger, then longer
// evidence wins), document-level consistency (a name typed once is typed the same everywhere,
// and found again where capitals proved nothing), types for what no rule could type, and
// "Azerbaijan's Foreign Ministry" as one organisation. Runs after every candidate source.
import type { Candidate, EntityLabel } from '../extract/entities/candidate.js';
import { BARE } from '../extract/entities/classify.js';
import { ORG_HEADS, STATE_BODY_MODIFIERS, UNIQUE_BODIES } from '../../rules/org.js';
import { gazetteer } from '../../rules/gazetteer.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../rules/honorifics.js';
import { STOPWORDS } from '../../rules/stopwords.js';
import { wordsOf } from './aliases.js';

const firstWord = (text: string): string => (text.split(/\s/)[0] ?? '').toLowerCase();

export interface TypedMention {
  start: number;
  end: number;
  label: EntityLabel;
  strength: number;
}


/** Typed, non-overlapping mentions in reading order. */
export function resolveEntities(body: string, candidates: readonly Candidate[]): TypedMention[] {
  const settled = removeOverlaps(candidates);
  const others = settled.filter((c) => c.source === 'other');
  const otherTexts = otherNameTexts(body, settled, others);
  const kept = settled.filter((c) => c.source !== 'other' && !(c.strength < 3 && otherTexts.has(body.slice(c.start, c.end))));
  const votes = labelVotes(body, kept);
  const longer = longerNames(body, kept);
  const typed: TypedMention[] = [];
  for (const c of kept) {
    const text = body.slice(c.start, c.end);
    const label = decideLabel(text, c, votes, longer);
    if (label) typed.push({ start: c.start, end: c.end, label, strength: c.strength });
  }
  const found = findAgain(body, alignShortNames(body, typeByNeighbours(body, typed)), others);
  return mergePossessiveOrgs(body, found).filter((m) => m.strength !== BARE);
}

/**
 * A guess takes the type of a well-typed neighbour it is coordinated with ("Toyota and General
 * Motors", "from London to Sydney") or placed in ("Cupertino, California").
 */
function typeByNeighbours(body: string, list: readonly TypedMention[]): TypedMention[] {
  return list.map((m, i) => {
    if (m.strength > 1 || m.strength === BARE) return m;
    // "Jeff Bezos and SpaceX's Elon Musk": a possessive is coordinated as part of a larger phrase.
    if (/^['’]s\b/.test(body.slice(m.end, m.end + 3))) return m;
    const next = list[i + 1];
    const prev = list[i - 1];
    const gapAfter = next ? body.slice(m.end, next.start) : '';
    const gapBefore = prev ? body.slice(prev.end, m.start) : '';
    if (next && next.strength > 1 && next.label === 'GPE' && gapAfter === ', ' && !/\s/.test(body.slice(m.start, m.end))) return { ...m, label: 'GPE' };
    if (next && next.strength > 1 && /^ (?:and|or) $/.test(gapAfter) && next.label !== 'NORP') return { ...m, label: next.label };
    if (prev && prev.strength > 1 && /^ (?:and|or) $/.test(gapBefore) && prev.label !== 'NORP') return { ...m, label: prev.label };
    if (prev && prev.strength > 1 && gapBefore === ' to ' && prev.label === 'GPE') return { ...m, label: 'GPE' };
    return m;
  });
}

/**
 * A weakly typed single word that begins a longer organisation name of the article, and no
 * person's name, is that organisation ("Lockheed" after "Lockheed Martin"); one that begins or
 * ends only a person's name is that person. Runs after neighbour typing, which types the longer
 * names this relies on.
 */
function alignShortNames(body: string, list: readonly TypedMention[]): TypedMention[] {
  const orgFirst = new Set<string>();
  const personWords = new Set<string>();
  for (const m of list) {
    const words = wordsOf(body.slice(m.start, m.end));
    if (words.length < 2) continue;
    if (m.label === 'ORG') orgFirst.add(words[0]!);
    if (m.label === 'PERSON') {
      personWords.add(words[0]!);
      personWords.add(words[words.length - 1]!);
    }
  }
  return list.map((m) => {
    if (m.strength > 1 || m.strength === BARE) return m;
    const text = body.slice(m.start, m.end);
    if (/\s/.test(text)) return m;
    if (orgFirst.has(text) && !personWords.has(text)) return { ...m, label: 'ORG' };
    if (personWords.has(text) && !orgFirst.has(text)) return { ...m, label: 'PERSON' };
    return m;
  });
}

/**
 * Texts that name no entity of ours in this article: the names of laws, events and products, and
 * the acronyms given for them in parentheses ("Worldwide Developers Conference (WWDC)"). Weak
 * candidates with these texts elsewhere are dropped too ("the Dreamliner" after "787 Dreamliner").
 */
function otherNameTexts(body: string, settled: readonly Candidate[], others: readonly Candidate[]): Set<string> {
  const texts = new Set(others.map((c) => body.slice(c.start, c.end)));
  const ends = new Set(others.map((c) => c.end));
  settled.forEach((c, i) => {
    const prev = settled[i - 1];
    if (prev && ends.has(prev.end) && c.source === 'acronym' && /^\s*\(\s*$/.test(body.slice(prev.end, c.start))) texts.add(body.slice(c.start, c.end));
  });
  return texts;
}

/** Keeps the strongest, then longest, of overlapping candidates. */
export function removeOverlaps<T extends { start: number; end: number; strength: number }>(list: readonly T[]): T[] {
  const order = [...list].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Coverage();
  const kept: T[] = [];
  for (const c of order) {
    if (taken.overlaps(c.start, c.end)) continue;
    taken.add(c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Character positions already taken by a mention (a set of offsets; mentions are short). */
class Coverage {
  private readonly used = new Set<number>();
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.used.has(i)) return true;
    return false;
  }
  add(start: number, end: number): void {
    for (let i = start; i < end; i++) this.used.add(i);
  }
}

interface LongerNames {
  /** First or last word of a multi-word PERSON name. */
  personWords: Set<string>;
  /** Proper word prefixes of multi-word ORG names. */
  orgPrefixes: Set<string>;
}

function longerNames(body: string, list: readonly Candidate[]): LongerNames {
  const personWords = new Set<string>();
  const orgPrefixes = new Set<string>();
  for (const o of list) {
    if (o.words < 2) continue;
    const ow = wordsOf(body.slice(o.start, o.end));
    // An untyped run of uncommon words will be a person (see decideLabel): its surname counts too.
    if (!o.label && ow.every((w) => !gazetteer().isCommonWord(w.toLowerCase()))) {
      personWords.add(ow[0]!);
      personWords.add(ow[ow.length - 1]!);
    }
    if (!o.label || o.strength < 2) continue;
    if (o.label === 'PERSON') {
      personWords.add(ow[0]!);
      personWords.add(ow[ow.length - 1]!);
    }
    if (o.label === 'ORG') for (let k = 1; k < ow.length; k++) orgPrefixes.add(ow.slice(0, k).join(' '));
  }
  return { personWords, orgPrefixes };
}

type Votes = Map<string, Map<EntityLabel, number>>;

/** Label votes per exact text from evidence stronger than a guess. */
function labelVotes(body: string, list: readonly Candidate[]): Votes {
  const votes: Votes = new Map();
  for (const c of list) {
    if (!c.label || c.strength < 2) continue;
    const text = body.slice(c.start, c.end);
    const v = votes.get(text) ?? new Map<EntityLabel, number>();
    v.set(c.label, (v.get(c.label) ?? 0) + c.strength);
    votes.set(text, v);
  }
  return votes;
}

function bestVote(v: Map<EntityLabel, number> | undefined): EntityLabel | null {
  if (!v) return null;
  let best: EntityLabel | null = null;
  let score = 0;
  for (const [label, n] of v) if (n > score) [best, score] = [label, n];
  return best;
}

function decideLabel(text: string, c: Candidate, votes: Votes, longer: LongerNames): EntityLabel | null {
  // "Sierra Nevada" after "Sierra Nevada Corporation": a first-name guess that begins an organisation's name is that organisation.
  if (c.source === 'name' && c.label === 'PERSON' && longer.orgPrefixes.has(text)) return 'ORG';
  const voted = bestVote(votes.get(text));
  if (voted && (c.strength < 3 || !c.label)) return voted;
  if (c.label && c.strength >= 2) return c.label;
  const parts = wordsOf(text);
  // A surname or first name alone, or the first words of a longer organisation name.
  if (parts.length === 1 && longer.personWords.has(text)) return 'PERSON';
  if (longer.orgPrefixes.has(parts.join(' '))) return 'ORG';
  if (c.label) return c.label;
  return parts.length > 1 ? 'PERSON' : 'ORG';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Finds each typed name again where no candidate covered it (sentence starts, headlines). */
function findAgain(body: string, typed: readonly TypedMention[], others: readonly Candidate[]): TypedMention[] {
  const out = [...typed];
  const taken = new Coverage();
  for (const m of [...typed, ...others]) taken.add(m.start, m.end);
  const seen = new Set<string>();
  const names = typed.filter((m) => m.strength !== BARE).map((m) => ({ text: body.slice(m.start, m.end), label: m.label }));
  for (const m of typed) {
    const short = shortOrgName(body.slice(m.start, m.end), m.label);
    if (short) names.push({ text: short, label: 'ORG' });
    // A surname alone refers to the person named in full elsewhere, even where capitals prove nothing.
    const parts = wordsOf(body.slice(m.start, m.end));
    if (m.label === 'PERSON' && m.strength > 1 && parts.length > 1 && parts[parts.length - 1]!.length > 2) names.push({ text: parts[parts.length - 1]!, label: 'PERSON' });
  }
  // One pass over the body's words, with the names indexed by their first word: linear in the
  // length of the body, however many names the article holds. Earlier names win a position.
  const byFirst = new Map<string, Array<{ text: string; label: EntityLabel }>>();
  for (const m of names) {
    if (seen.has(m.text) || m.text.length < 2) continue;
    seen.add(m.text);
    const first = FIRST_WORD.exec(m.text)?.[0];
    if (first === undefined || first.length === 0 || !m.text.startsWith(first)) continue;
    const list = byFirst.get(first) ?? [];
    list.push(m);
    byFirst.set(first, list);
  }
  for (const [at, first] of wordStarts(body)) {
    for (const m of byFirst.get(first) ?? []) {
      const end = at + m.text.length;
      // "US$40" is a currency, not the country found again.
      const bounded = !WORD_CHAR.test(body[end] ?? '') && body[end] !== '$';
      if (!bounded || !body.startsWith(m.text, at) || taken.overlaps(at, end)) continue;
      out.push({ start: at, end, label: m.label, strength: 1 });
      taken.add(at, end);
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(String.fromCharCode(c)));

/** Each maximal run of letters and digits that starts with a capital, with its offset: a plain character loop, linear and cheap. */
function* wordStarts(body: string): Generator<[number, string]> {
  let i = 0;
  while (i < body.length) {
    if (!isWordCode(body.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < body.length && isWordCode(body.charCodeAt(i))) i++;
    const c = body.charCodeAt(start);
    // Names found again start with a capital; lower-case words cannot be their first word.
    if ((c >= 65 && c <= 90) || c > 127) yield [start, body.slice(start, i)];
  }
}

/**
 * The first word of an organisation name whose other words are generic ("Apple" of "Apple
 * Computer", "Ford" of "Ford Motor Company"): articles use it alone for the same company.
 */
function shortOrgName(text: string, label: EntityLabel): string | null {
  if (label !== 'ORG') return null;
  const words = text.split(' ');
  const first = words[0]!;
  if (words.length < 2 || first.length < 3 || !/^\p{Lu}\p{Ll}/u.test(first)) return null;
  const g = gazetteer();
  const lower = first.toLowerCase();
  // Adjective-shaped first words ("Criminal Code", "National Assembly") are no short name.
  if (/(?:al|ive|ous|ic|ed|ing|ary|ful|less|able|ible|an|ern)$/.test(lower)) return null;
  if (g.phrases.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || g.isOrgSuffix(lower) || STOPWORDS.has(lower)) return null;
  const generic = words.slice(1).every((w) => g.isOrgSuffix(w.toLowerCase()) || g.isCommonWord(w.toLowerCase()));
  return generic ? first : null;
}

/** A state body's name: "Foreign Ministry", "Parliament", "Revolutionary Guards". */
function isBody(text: string): boolean {
  const lower = text.toLowerCase();
  // "Ministry of Foreign Affairs" too: an "X of Y" body the place owns.
  const first = firstWord(text);
  const xOfY = /^\S+ (?:of|for) /.test(text) && ORG_HEADS.has(first);
  return STATE_BODY_MODIFIERS.has(first) || xOfY || UNIQUE_BODIES.has(lower) || ORG_HEADS.has(lower) || gazetteer().isOrgSuffix(lower);
}

/** "Azerbaijan's Foreign Ministry": a place owning an organisation head is one ORG mention. */
function mergePossessiveOrgs(body: string, list: readonly TypedMention[]): TypedMention[] {
  const out: TypedMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (b && a.label === 'GPE' && b.label === 'ORG' && /^['’]s $/.test(body.slice(a.end, b.start)) && (b.strength === BARE || isBody(body.slice(b.start, b.end)))) {
      out.push({ start: a.start, end: b.end, label: 'ORG', strength: Math.max(a.strength, b.strength, 1) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
