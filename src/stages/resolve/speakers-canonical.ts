// Resolves a speaker phrase to the words that name the speaker and the canonical name of the
// entity meant: a name through the entities stage's canonical, "he/she/they/it" through the
// speakers before it, a description ("the ministry", "a spokesman for X", "the president")
// through the entity it describes. Unresolvable pronouns and descriptions get canonical null.
import type { Speaker } from '../../schema/record.js';
import type { Phrase } from '../extract/quotes/cues.js';
import { headToken, speakerWords, type EntityLike, type TokenView } from '../extract/quotes/phrases.js';
import { FEMALE_WORDS, GENERIC_ORG_HEADS, MALE_WORDS, ORG_HEADS, OTHER_PRONOUNS, PERSON_HEADS, PERSON_PRONOUNS, PLURAL_PRONOUNS, STATE_HEADS, THING_PRONOUNS, VARIATION_HEADS } from '../../rules/quotes.js';
import { lowerBound } from '../../core/search.js';

type Kind = 'person' | 'org' | 'plural' | 'unknown';

interface Known {
  at: number;
  canonical: string | null;
  kind: Kind;
  /** Sentence index of the mention. */
  sentence: number;
}

/** How far back (in characters) a pronoun may find its speaker: about three paragraphs. */
const PRONOUN_REACH = 1500;
/** How far back (in characters) a description may find the entity it names ("the ministry"). */
const MAX_REACH = 6_000;

const lastWord = (text: string): string => text.split(/\s+/).pop()!.toLowerCase();
/** Heads of a description that speaks for the organisation named in it ("a spokesman for X",
 *  "officials at X"): the organisation is the entity meant. */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives', 'statement', 'spokesmen', 'officials']);

const kindOfLabel = (label: string): Kind => (label === 'PERSON' ? 'person' : label === 'ORG' || label === 'GPE' || label === 'NORP' ? 'org' : 'unknown');

export class SpeakerResolver {
  private readonly known: Known[] = [];
  /** What he/she has shown of a person (canonical name -> 'he' | 'she'): a title or role word
   *  before one of their mentions, or a pronoun already resolved to them. */
  private readonly genders = new Map<string, string>();
  private readonly cache = new Map<string, Speaker>();
  private readonly entities: readonly EntityLike[];

  constructor(
    private readonly v: TokenView,
    entities: readonly EntityLike[],
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
  }

  /** Resolve phrases in text order so that pronouns see the speakers before them. */
  resolve(phrase: Phrase): Speaker {
    const key = `${phrase[0]}:${phrase[1]}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const { speaker, kind } = this.resolveNew(phrase);
    if (speaker.canonical && kind === 'person') this.learnGender(speaker, phrase);
    this.known.push({ at: speaker.start, canonical: speaker.canonical, kind, sentence: this.v.tokens[phrase[0]]!.sentence });
    this.cache.set(key, speaker);
    return speaker;
  }

  private resolveNew(phrase: Phrase): { speaker: Speaker; kind: Kind } {
    const v = this.v;
    const inside = this.entitiesIn(v.tokens[phrase[0]]!.start, v.tokens[phrase[1]]!.end);
    const words = speakerWords(v, phrase, inside);
    const text = v.body.slice(words.span.start, words.span.end);
    const base = { text, start: words.span.start, end: words.span.end };
    if (words.entity) return { speaker: { ...base, canonical: words.entity.canonical }, kind: kindOfLabel(words.entity.label) };
    const first = v.tokens[phrase[0]]!;
    if (phrase[0] === phrase[1] && first.pos === 'PRON') return this.pronoun(base, first.norm);
    if (!words.description) return { speaker: { ...base, canonical: this.nameCanonical(text) }, kind: nameKind(text) };
    return this.description(base, phrase, inside);
  }

  private pronoun(base: Omit<Speaker, 'canonical'>, norm: string): { speaker: Speaker; kind: Kind } {
    const want: Kind[] = PERSON_PRONOUNS.has(norm) ? ['person'] : PLURAL_PRONOUNS.has(norm) ? ['plural', 'org'] : THING_PRONOUNS.has(norm) ? ['org'] : [];
    const kind: Kind = PERSON_PRONOUNS.has(norm) ? 'person' : PLURAL_PRONOUNS.has(norm) ? 'plural' : 'org';
    if (OTHER_PRONOUNS.has(norm) || want.length === 0) return { speaker: { ...base, canonical: null }, kind: 'unknown' };
    // A bare name the entities stage did not type ("Ghazaee") may be a person too.
    const accept: Kind[] = kind === 'person' ? ['person', 'unknown'] : want;
    for (let i = this.known.length - 1; i >= 0; i--) {
      const k = this.known[i]!;
      if (k.at >= base.start) continue;
      if (base.start - k.at > PRONOUN_REACH) break; // known speakers are in text order
      // "she" skips a speaker known to be "he", and the other way round.
      const other = kind === 'person' && k.canonical !== null && (this.genders.get(k.canonical) ?? norm) !== norm;
      if (accept.includes(k.kind) && (k.kind !== 'unknown' || k.canonical !== null) && !other) return { speaker: { ...base, canonical: k.canonical }, kind };
    }
    const label = kind === 'person' ? ['PERSON'] : ['ORG'];
    const recent = this.lastEntityBefore(base.start, (e) => label.includes(e.label), 400);
    return { speaker: { ...base, canonical: recent?.canonical ?? null }, kind };
  }

  /** `inside`: the entities within the phrase. */
  private description(base: Omit<Speaker, 'canonical'>, phrase: Phrase, inside: readonly EntityLike[]): { speaker: Speaker; kind: Kind } {
    const v = this.v;
    const head = v.tokens[headToken(v, phrase)]!.norm;
    const start = v.tokens[phrase[0]]!.start;
    const end = v.tokens[phrase[1]]!.end;
    if (SPOKES.has(head)) {
      const org = inside.find((e) => e.label === 'ORG') ?? inside.find((e) => e.label === 'GPE' || e.label === 'NORP');
      if (org) return { speaker: { ...base, canonical: org.canonical }, kind: 'org' };
    }
    // "the 45-year-old said": a person already in the story, found as "he"/"she" would be.
    if (/^the \d+-year-old$/i.test(v.body.slice(start, end))) return this.pronoun(base, 'he');
    const state = STATE_HEADS.has(head) ? inside.find((e) => e.label === 'GPE') : undefined;
    if (state) return { speaker: { ...base, canonical: state.canonical }, kind: 'org' }; // "Norway's government"
    if (ORG_HEADS.has(head) && !SPOKES.has(head)) {
      // "Ministry of foreign affairs of France" is no earlier "Ministry of Foreign Affairs of Azerbaijan":
      // a place named in the description must be named by the organisation too.
      const place = inside.find((e) => e.label === 'GPE' || e.label === 'NORP');
      const samePlace = (e: EntityLike): boolean => !place || namesPlace(`${e.text} ${e.canonical}`, place);
      const named = (e: EntityLike): boolean => e.label === 'ORG' && hasWord(`${e.text} ${e.canonical}`, head) && samePlace(e);
      const found =
        inside.find(named) ??
        this.lastEntityBefore(start, named, Infinity) ??
        this.lastEntityBefore(start, (e) => e.label === 'ORG' && this.wordBefore(e.start) === head, Infinity) ??
        (GENERIC_ORG_HEADS.has(head) && this.definite(phrase) ? this.lastEntityBefore(start, (e) => e.label === 'ORG', PRONOUN_REACH) : null);
      if (found) return { speaker: { ...base, canonical: found.canonical }, kind: 'org' };
      return { speaker: { ...base, canonical: null }, kind: 'org' };
    }
    if (PERSON_HEADS.has(head)) {
      const found = this.lastEntityBefore(start, (e) => e.label === 'PERSON' && this.roleNear(e, head), Infinity);
      const variation = !found && VARIATION_HEADS.has(head) && this.definite(phrase) ? this.lastPersonSpeaker(phrase) : null;
      return { speaker: { ...base, canonical: found?.canonical ?? variation }, kind: 'person' };
    }
    const plural = v.tokens[phrase[1]]!.pos === 'NOUN' && /s$/.test(v.tokens[phrase[1]]!.norm);
    return { speaker: { ...base, canonical: null }, kind: plural ? 'plural' : 'unknown' };
  }

  /** Records he/she for a person: from the pronoun itself, or from a title or role word among the
   *  few words before the speaker's name ("Ms. Berg", "spokeswoman Jo Baker"). */
  private learnGender(speaker: Speaker, phrase: Phrase): void {
    const v = this.v;
    const words = speaker.text.toLowerCase();
    if (words === 'he' || words === 'she') {
      if (!this.genders.has(speaker.canonical!)) this.genders.set(speaker.canonical!, words);
      return;
    }
    const before = v.body.slice(Math.max(0, Math.min(v.tokens[phrase[0]]!.start, speaker.start) - 40), speaker.start).toLowerCase().split(/[^a-z.]+/).slice(-3);
    const gender = before.some((w) => FEMALE_WORDS.has(w)) ? 'she' : before.some((w) => MALE_WORDS.has(w)) ? 'he' : null;
    if (gender && !this.genders.has(speaker.canonical!)) this.genders.set(speaker.canonical!, gender);
  }

  /** "The …" or "the …": a description of someone already in the story. */
  private definite(phrase: Phrase): boolean {
    return this.v.tokens[phrase[0]]!.norm === 'the';
  }

  /** The named person who spoke last, when that was in an earlier sentence and nobody spoke since:
   *  "Ghazaee said … The Azerbaijani affairs expert added …". */
  private lastPersonSpeaker(phrase: Phrase): string | null {
    const last = this.known[this.known.length - 1];
    const start = this.v.tokens[phrase[0]]!.start;
    if (!last || last.kind !== 'person' || !last.canonical || last.at >= start || start - last.at > PRONOUN_REACH) return null;
    return last.sentence < this.v.tokens[phrase[0]]!.sentence ? last.canonical : null;
  }

  /** A name the entities stage did not give: the fullest entity or speaker name ending with its
   *  last word (looked up by that word: a scan of every entity per name was quadratic). */
  private nameCanonical(text: string): string {
    const last = lastWord(text);
    if (!this.byLastWord) {
      this.byLastWord = new Map();
      for (const e of this.entities) this.offerName(e.canonical);
    }
    for (let i = this.namesSeen; i < this.known.length; i++) if (this.known[i]!.canonical) this.offerName(this.known[i]!.canonical!);
    this.namesSeen = this.known.length;
    const best = this.byLastWord.get(last);
    return best && best.length >= text.length ? best : text;
  }

  private byLastWord: Map<string, string> | null = null;
  private namesSeen = 0;

  private offerName(name: string): void {
    const key = lastWord(name);
    const best = this.byLastWord!.get(key);
    if (!best || name.length > best.length) this.byLastWord!.set(key, name);
  }

  /** The last entity ending before `offset` that passes `test`, within `reach` characters (and never
   *  further than MAX_REACH: an unbounded walk per speaker was quadratic on long pages). */
  private lastEntityBefore(offset: number, test: (e: EntityLike) => boolean, reach: number): EntityLike | null {
    const limit = Math.min(reach, MAX_REACH);
    const lo = this.firstEntityFrom(offset);
    for (let i = lo - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      if (offset - e.start > limit + 200) return null;
      if (e.end > offset) continue;
      if (offset - e.end > limit) return null;
      if (test(e)) return e;
    }
    return null;
  }

  /** Index of the first entity starting at or after `offset` (binary search: entities are sorted). */
  private firstEntityFrom(offset: number): number {
    return lowerBound(this.entities.length, (i) => this.entities[i]!.start < offset);
  }

  /** The entities inside [start, end). */
  private entitiesIn(start: number, end: number): EntityLike[] {
    const lo = this.firstEntityFrom(start);
    const out: EntityLike[] = [];
    for (let i = lo; i < this.entities.length && this.entities[i]!.start < end; i++) if (this.entities[i]!.end <= end) out.push(this.entities[i]!);
    return out;
  }

  private wordBefore(offset: number): string {
    // redos-safe: it only ever sees the 40 characters before the offset.
    const m = /([\p{L}-]+)\W*$/u.exec(this.v.body.slice(Math.max(0, offset - 40), offset));
    return m ? m[1]!.toLowerCase() : '';
  }

  /** Is the role word in the person's title or appositive ("President Ilham Aliyev",
   *  "Ahad Ghazaee, former ambassador of Iran")? Not merely near it: "Shahriari, the suspect claimed". */
  private roleNear(e: EntityLike, head: string): boolean {
    const body = this.v.body;
    const before = body.slice(Math.max(0, e.start - 80), e.start).split(/[,.;:\n]/).pop() ?? '';
    const after = body[e.end] === ',' ? (body.slice(e.end + 1, e.end + 120).split(/[,.;:\n]/)[0] ?? '') : '';
    return hasWord(before, head) || (hasWord(after, head) && !/\b(said|says|told|claimed|added|stated)\b/.test(after));
  }
}

const wordPatterns = new Map<string, RegExp>();
/** Does a name mention the place (as written or by its canonical name), as whole words? Not
 *  through hasWord's cache: place names are open-ended, the cache would grow with the corpus. */
function namesPlace(name: string, place: EntityLike): boolean {
  const words = ` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [place.text, place.canonical].some((p) => words.includes(` ${p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
}

const hasWord = (text: string, word: string): boolean => {
  let pattern = wordPatterns.get(word);
  if (!pattern) wordPatterns.set(word, (pattern = wordPattern(word)));
  return pattern.test(text);
};
// Non-global, so test() keeps no lastIndex between calls.
const wordPattern = (word: string): RegExp => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'iu');

function nameKind(text: string): Kind {
  const words = text.toLowerCase().split(/\s+/);
  if (words.some((w) => ORG_HEADS.has(w))) return 'org';
  return words.length >= 2 ? 'person' : 'unknown';
}
