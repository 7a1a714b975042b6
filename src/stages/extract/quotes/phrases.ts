// Token-level helpers shared by the quote finders and the speaker resolver: which tokens are
// speech cues, where a noun phrase before or after a cue starts and ends, and which words of that
// phrase name the speaker. Works on wink-nlp tokens and POS tags only (cheap; no parser).
import type { Span, Token } from '../../../core/doc.js';
import { NOT_IN_SPEAKER, ORG_HEADS, PERSON_HEADS, TITLE_WORDS } from '../../../rules/quotes.js';
import { AMBIGUOUS_FORMS, SPEECH_VERBS, STATEMENT_NOUNS } from '../../../rules/reporting-verbs.js';
import { lowerBound } from '../../../core/search.js';

/** What the quote finders see of an article: its body, tokens and the direct quotes' mark spans. */
export interface TokenView {
  body: string;
  tokens: readonly Token[];
  /** For each token, the index of the direct quote (marks included) it lies in, or -1. */
  quoteOf: Int32Array;
  /** For each direct quote, its first and last token (marks included), or null when it has none:
   *  found once here, not again by every step that asks. */
  quoteRanges: ReadonlyArray<[number, number] | null>;
}

export interface EntityLike extends Span {
  text: string;
  label: string;
  canonical: string;
}

export function makeView(body: string, tokens: readonly Token[], quotes: ReadonlyArray<{ open: number; close: number; end: number }>): TokenView {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    const last = q.close >= 0 ? q.close + 1 : q.end;
    for (let t = firstTokenAt(tokens, q.open); t < tokens.length && tokens[t]!.start < last; t++) quoteOf[t] = qi;
  });
  const quoteRanges = quotes.map((q, qi): [number, number] | null => {
    const first = firstTokenAt(tokens, q.open);
    if (first >= tokens.length || quoteOf[first] !== qi) return null;
    let end = first;
    while (end + 1 < tokens.length && quoteOf[end + 1] === qi) end++;
    return [first, end];
  });
  return { body, tokens, quoteOf, quoteRanges };
}

/** Index of the first token that ends after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => tokens[i]!.end <= offset);
}

const textOf = (v: TokenView, t: number): string => v.body.slice(v.tokens[t]!.start, v.tokens[t]!.end);

const OPENING_PUNCT = /^["“‘'«„(\[]$/;
/** A quotation mark that ends a quote ('"…," Lynch said': the word after it does not open a sentence). */
const closesQuote = (v: TokenView, t: number): boolean => v.quoteOf[t]! >= 0 && v.quoteOf[t + 1] !== v.quoteOf[t];

/** wink-nlp's tag, except that a capitalised word inside a sentence is a name: it tags surnames
 *  that are also words as verbs ("Lisa Grant", "Helen Ward"). */
export function posOf(v: TokenView, t: number): string {
  const tok = v.tokens[t];
  if (!tok) return ''; // past either end of the text: no word, like normOf
  if (tok.pos === 'PROPN' || tok.pos === 'PUNCT' || tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'ADP' || tok.pos === 'NUM') return tok.pos;
  if (tok.pos === 'VERB' && roleBeforeNoun(v, t)) return 'NOUN';
  if (tok.pos === 'VERB' && endsCompound(v, t)) return 'ADJ'; // "the Oxford-trained economist", "state-run TV"
  if (t === 0 || v.tokens[t - 1]!.sentence !== tok.sentence || (OPENING_PUNCT.test(textOf(v, t - 1)) && !closesQuote(v, t - 1))) return tok.pos;
  const c = v.body.charCodeAt(tok.start);
  return c >= 65 && c <= 90 && tok.end - tok.start > 1 ? 'PROPN' : tok.pos;
}
export const normOf = (v: TokenView, t: number): string => v.tokens[t]?.norm ?? '';

/** True when a newline separates two tokens: phrases never run across lines. */
export const lineBreakBetween = (v: TokenView, a: number, b: number): boolean =>
  v.body.slice(v.tokens[a]!.end, v.tokens[b]!.start).includes('\n');

/** A speech verb used as a verb ("said", "told"); ambiguous forms must be tagged VERB. */
export function isSpeechCue(v: TokenView, t: number): boolean {
  const tok = v.tokens[t]!;
  if (!SPEECH_VERBS.has(tok.norm)) return false;
  if (posOf(v, t) === 'PROPN' && tok.pos !== 'PROPN') return false; // "Omar Said", a name
  if (AMBIGUOUS_FORMS.has(tok.norm)) return tok.pos === 'VERB' || introducesQuote(v, t);
  if (modifiesNoun(v, t)) return false;
  return tok.pos === 'VERB' || tok.pos === 'AUX' || (tok.pos === 'PROPN' && /^[a-z]/.test(textOf(v, t)));
}

/** "The New York Times reports: "…"", "she notes, "…"": a form that is also a noun, between a
 *  name or pronoun and a colon (or comma) with a quotation after it, is the verb. */
function introducesQuote(v: TokenView, t: number): boolean {
  const next = normOf(v, t + 1);
  if (!(next === ':' || next === ',') || t === 0 || v.quoteOf[t + 2] === undefined || v.quoteOf[t + 2]! < 0) return false;
  const before = v.tokens[t - 1]!;
  return v.quoteOf[t - 1]! < 0 && (before.pos === 'PROPN' || (before.pos === 'PRON' && PERSONAL.has(before.norm)) || before.pos === 'NOUN');
}

/** A participle inside a noun phrase ("after repeated warnings", "the stated goal"): an -ed form
 *  between a determiner, preposition or adjective and a common noun. */
function modifiesNoun(v: TokenView, t: number): boolean {
  if (!v.tokens[t]!.norm.endsWith('ed') || t === 0 || t + 1 >= v.tokens.length) return false;
  const before = posOf(v, t - 1);
  return (before === 'DET' || before === 'ADP' || before === 'ADJ' || before === 'CCONJ') && posOf(v, t + 1) === 'NOUN' && v.tokens[t + 1]!.sentence === v.tokens[t]!.sentence;
}

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const LINKING_ADP = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'on']);
const isPossessiveMark = (s: string): boolean => s === "'s" || s === '’s' || s === "'" || s === '’';

/** May token t stand inside a speaker phrase? */
function inPhrase(v: TokenView, t: number): boolean {
  const tok = v.tokens[t]!;
  if (v.quoteOf[t]! >= 0) return false;
  switch (posOf(v, t)) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
      return !NOT_IN_SPEAKER.has(tok.norm) || tok.pos === 'PROPN';
    case 'PART':
      return isPossessiveMark(textOf(v, t));
    case 'PRON':
      return POSSESSIVE.has(tok.norm);
    case 'ADP':
      return LINKING_ADP.has(tok.norm);
    case 'PUNCT':
    case 'SYM':
      return /^[-&.]$/.test(textOf(v, t)) || /^[A-Z]\.$/.test(textOf(v, t));
    case 'CCONJ':
      // "Immigration and Customs Enforcement": 'and' between two capitalised words of one name.
      return tok.norm === '&' || (tok.norm === 'and' && t > 0 && posOf(v, t - 1) === 'PROPN' && t + 1 < v.tokens.length && posOf(v, t + 1) === 'PROPN' && v.tokens[t - 1]!.pos === 'PROPN' && v.tokens[t + 1]!.pos === 'PROPN');
    default:
      return false;
  }
}

/** A role noun that wink tags a verb ("according to police spokesman X"): before a noun, after a
 *  determiner, preposition, "to" or an adjective. "to police the streets" stays a verb. */
function roleBeforeNoun(v: TokenView, t: number): boolean {
  const norm = v.tokens[t]!.norm;
  if (!(PERSON_HEADS.has(norm) || ORG_HEADS.has(norm)) || t === 0 || t + 1 >= v.tokens.length) return false;
  const before = v.tokens[t - 1]!.pos;
  const after = v.tokens[t + 1]!.pos;
  return (before === 'DET' || before === 'ADP' || before === 'PART' || before === 'ADJ') && (after === 'NOUN' || after === 'PROPN');
}

/** An adjective closing a hyphenated compound ("the 45-year-old") heads its phrase. */
const endsCompound = (v: TokenView, t: number): boolean => t > 0 && textOf(v, t - 1) === '-' && v.tokens[t - 1]!.end === v.tokens[t]!.start;

const canEnd = (v: TokenView, t: number): boolean => {
  const pos = posOf(v, t);
  const role = pos === 'ADJ' && (PERSON_HEADS.has(v.tokens[t]!.norm) || ORG_HEADS.has(v.tokens[t]!.norm) || endsCompound(v, t)); // "police chief"/ADJ
  return (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || role) && v.quoteOf[t]! < 0;
};
const canStart = (v: TokenView, t: number): boolean => {
  const pos = posOf(v, t);
  return pos !== 'ADP' && pos !== 'PART' && pos !== 'PUNCT' && pos !== 'CCONJ' && !NOT_IN_SPEAKER.has(v.tokens[t]!.norm);
};

/** May a phrase run from token a to the next token b? Same sentence and line, or glued together
 *  with no space (wink-nlp cuts sentences inside "NetBlocks.org"). */
function joined(v: TokenView, a: number, b: number): boolean {
  if (lineBreakBetween(v, a, b)) return false;
  // "told Reuters the deal …": a determiner after a noun opens the next phrase.
  if (posOf(v, b) === 'DET' && v.tokens[b]!.pos === 'DET' && (posOf(v, a) === 'NOUN' || posOf(v, a) === 'PROPN')) return false;
  return v.tokens[a]!.sentence === v.tokens[b]!.sentence || v.tokens[a]!.end === v.tokens[b]!.start;
}

/** The noun phrase that ends with token `last` (inclusive token range), or null. */
export function phraseEndingAt(v: TokenView, last: number): [number, number] | null {
  if (last < 0 || v.quoteOf[last]! >= 0) return null;
  const tok = v.tokens[last]!;
  if (tok.pos === 'PRON' && PERSONAL.has(tok.norm)) return [last, last];
  if (!canEnd(v, last)) return null;
  let first = last;
  while (first > 0 && joined(v, first - 1, first) && inPhrase(v, first - 1)) first--;
  while (first < last && !canStart(v, first)) first++;
  return [first, last];
}

/** The noun phrase that starts with token `first`, or null (for inverted "said Hacizada"). */
export function phraseStartingAt(v: TokenView, first: number): [number, number] | null {
  if (first >= v.tokens.length || v.quoteOf[first]! >= 0) return null;
  const tok = v.tokens[first]!;
  if (tok.pos === 'PRON' && PERSONAL.has(tok.norm)) return [first, first];
  if (!inPhrase(v, first) || !canStart(v, first)) return null;
  let last = first;
  while (last + 1 < v.tokens.length && joined(v, last, last + 1) && inPhrase(v, last + 1)) last++;
  while (last > first && !canEnd(v, last)) last--;
  return canEnd(v, last) ? [first, last] : null;
}

/** "Sen. Claire McCaskill (D-Mo.) said": the token before a short parenthetical that ends at `t`
 *  (the sentence splitter may cut inside "(D-Mo.)", so sentence ids are not compared there). */
function beforeParenthetical(v: TokenView, t: number): number {
  if (normOf(v, t) !== ')' || v.quoteOf[t]! >= 0) return t;
  for (let k = t - 1; k >= 0 && k >= t - 8; k--) {
    if (normOf(v, k) === '(') return k - 1;
    if (normOf(v, k) === ')' || lineBreakBetween(v, k, k + 1)) break;
  }
  return t;
}

/** Words between a subject and its verb that belong to neither ("has", "also", "squarely"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'would', 'will', 'could', 'also', 'then', 'later', 'again', 'further', 'previously', 'repeatedly', 'once', 'reportedly', 'himself', 'herself', 'itself', 'themselves', 'squarely', 'firmly', 'strongly', 'flatly', 'allegedly', 'publicly', 'privately', 'had', 'did', 'was', 'is', 'were', 'are', 'been']);

/** The subject of the verb at token `verb`: the phrase before it, past auxiliaries and adverbs,
 *  or the name before an appositive ("Nasir Kanani, spokesman of the ministry, said"). */
export function subjectOf(v: TokenView, verb: number): [number, number] | null {
  let t = verb - 1;
  const s = v.tokens[verb]!.sentence;
  while (t >= 0 && v.tokens[t]!.sentence === s && (BETWEEN_SUBJECT_AND_VERB.has(v.tokens[t]!.norm) || posOf(v, t) === 'ADV')) t--;
  if (t < 0) return null;
  const paren = beforeParenthetical(v, t);
  if (paren === t && v.tokens[t]!.sentence !== s) return null;
  t = paren;
  if (t < 0) return null;
  if (normOf(v, t) === ',' && v.quoteOf[t]! < 0 && (t === 0 || v.quoteOf[t - 1]! < 0)) return subjectBeforeAppositive(v, t);
  // "an architect who said he was…": the relative pronoun stands for the phrase before it.
  if ((normOf(v, t) === 'who' || normOf(v, t) === 'that') && v.quoteOf[t]! < 0 && t > 0) {
    const before = normOf(v, t - 1) === ',' ? t - 2 : t - 1;
    const antecedent = before >= 0 && v.tokens[before]!.sentence === s ? phraseEndingAt(v, before) : null;
    return antecedent && !(v.tokens[antecedent[1]]!.pos === 'PRON') ? antecedent : null;
  }
  let phrase = phraseEndingAt(v, t);
  // "Wells Fargo this month announced": a time phrase between the subject and its verb.
  if (phrase && isTimePhrase(v, phrase) && phrase[0] > 0 && v.tokens[phrase[0] - 1]!.sentence === s) phrase = phraseEndingAt(v, phrase[0] - 1);
  if (!phrase) return null;
  return subjectBeforeParticiple(v, phrase[0] - 1) ?? nameBeforeDescription(v, phrase) ?? phrase;
}

const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
/** "this month", "last week", "on Friday" standing where a subject would. */
function isTimePhrase(v: TokenView, phrase: [number, number]): boolean {
  if (!TIME_NOUNS.has(normOf(v, phrase[1]))) return false;
  return phrase[0] === phrase[1] ? posOf(v, phrase[0]) !== 'PROPN' || /day$/.test(normOf(v, phrase[0])) : ['this', 'last', 'next', 'that', 'each', 'every', 'earlier', 'later'].includes(normOf(v, phrase[0]));
}

/** "The agency, citing police sources(,) stated": the phrase before ", citing …" is the subject,
 *  not the participle's object. Scans back from token `from` to that participle. */
function subjectBeforeParticiple(v: TokenView, from: number): [number, number] | null {
  const s = v.tokens[from + 1]?.sentence;
  for (let k = from; k > 1 && k >= from - 15 && v.tokens[k]!.sentence === s && v.quoteOf[k]! < 0; k--) {
    const pos = posOf(v, k);
    if (pos === 'VERB' && v.tokens[k]!.norm.endsWith('ing') && normOf(v, k - 1) === ',') {
      const phrase = phraseEndingAt(v, k - 2);
      return phrase ? nameBeforeDescription(v, phrase) ?? phrase : null;
    }
    if (pos === 'VERB' || pos === 'AUX' || normOf(v, k) === ',' || SENTENCE_PUNCT.has(normOf(v, k))) return null;
  }
  return null;
}

const RELATIVES = new Set(['who', 'which', 'whose']);

/** "Jan Smit, who chairs the committee, said": the phrase before ", who …,". */
function subjectBeforeRelative(v: TokenView, comma: number): [number, number] | null {
  const s = v.tokens[comma]!.sentence;
  for (let k = comma - 1; k > 1 && k >= comma - 25 && v.tokens[k]!.sentence === s; k--) {
    if (v.quoteOf[k]! >= 0 || normOf(v, k) === ',' || SENTENCE_PUNCT.has(normOf(v, k))) return null;
    if (RELATIVES.has(normOf(v, k)) && normOf(v, k - 1) === ',') {
      const phrase = pastAge(v, phraseEndingAt(v, k - 2));
      return phrase ? nameBeforeDescription(v, phrase) ?? phrase : null;
    }
  }
  return null;
}
const SENTENCE_PUNCT = new Set(['.', '!', '?', ';', ':']);

/** "Woodrow Benford, 58, who …": a lone number after a name is an age; the name is the phrase. */
function pastAge(v: TokenView, phrase: [number, number] | null): [number, number] | null {
  if (!phrase || phrase[0] !== phrase[1] || posOf(v, phrase[0]) !== 'NUM' || normOf(v, phrase[0] - 1) !== ',') return phrase;
  return phraseEndingAt(v, phrase[0] - 2) ?? phrase;
}

/** "USCIS, the agency that oversees the program, said": a name, then an appositive that opens with
 *  a determiner and may hold a relative clause. The name before the first comma speaks. */
function subjectBeforeDescription(v: TokenView, comma: number): [number, number] | null {
  const s = v.tokens[comma]!.sentence;
  for (let k = comma - 1; k > 1 && k >= comma - 25 && v.tokens[k]!.sentence === s; k--) {
    if (v.quoteOf[k]! >= 0 || SENTENCE_PUNCT.has(normOf(v, k))) return null;
    if (normOf(v, k) !== ',') continue;
    // "X, the agency that …," / "Bujar Osmani, OSCE chair and foreign minister of Y,"
    const opener = posOf(v, k + 1);
    if (!['the', 'a', 'an'].includes(normOf(v, k + 1)) && opener !== 'PROPN' && opener !== 'NOUN' && opener !== 'ADJ') return null;
    const name = phraseEndingAt(v, k - 1);
    return name && posOf(v, name[1]) === 'PROPN' && posOf(v, name[0]) === 'PROPN' ? name : null;
  }
  return null;
}

function subjectBeforeAppositive(v: TokenView, comma: number): [number, number] | null {
  const relative = subjectBeforeRelative(v, comma) ?? subjectBeforeDescription(v, comma);
  if (relative) return relative;
  const s = v.tokens[comma]!.sentence;
  for (let k = comma - 1; k > 0 && v.tokens[k]!.sentence === s; k--) {
    const tok = v.tokens[k]!;
    const pos = posOf(v, k);
    if (pos === 'VERB' && tok.norm.endsWith('ing') && normOf(v, k - 1) === ',' && v.quoteOf[k]! < 0) return subjectBeforeParticiple(v, k);
    if (pos === 'VERB' || pos === 'AUX' || v.quoteOf[k]! >= 0) return null;
    if (tok.norm === ',') {
      const inner = phraseStartingAt(v, k + 1);
      // "Mitch McConnell, R-Ky., said": an abbreviation's full stop may end the appositive.
      const innerEnd = normOf(v, comma - 1) === '.' ? comma - 2 : comma - 1;
      if (!inner || inner[1] !== innerEnd) return null;
      const outer = phraseEndingAt(v, k - 1);
      // "The spokesman of the ministry, Nasir Kanani, said": the name, not the description.
      if (outer && isDescription(v, outer) && posOf(v, inner[1]) === 'PROPN') return inner;
      return outer;
    }
  }
  return null;
}

/** A phrase whose head is a common noun ("spokesperson for the UN"), not a name. */
export const isDescription = (v: TokenView, phrase: [number, number]): boolean => posOf(v, headToken(v, phrase)) === 'NOUN';

/** "Stéphane Dujarric, spokesperson for the UN stated": a description right after a name and a
 *  comma stands for that name. */
export function nameBeforeDescription(v: TokenView, phrase: [number, number]): [number, number] | null {
  const comma = phrase[0] - 1;
  if (comma < 1 || normOf(v, comma) !== ',' || !isDescription(v, phrase) || v.tokens[phrase[0]]!.pos === 'DET') return null;
  if (!PERSON_HEADS.has(v.tokens[headToken(v, phrase)]!.norm)) return null; // "In Iran, authorities said"
  const name = phraseEndingAt(v, comma - 1);
  if (!name || posOf(v, name[1]) !== 'PROPN') return null;
  const before = name[0] - 1;
  return before < 0 || (normOf(v, before) !== ',' && posOf(v, before) !== 'ADP') ? name : null;
}

/** Inside a phrase, the words that name the speaker: an entity (a person first) at its end, the
 *  head the phrase is about, or the whole phrase when it is a description ("a spokesman for X"). */
export function speakerWords(v: TokenView, phrase: [number, number], entities: readonly EntityLike[]): { span: Span; entity: EntityLike | null; description: boolean } {
  const start = v.tokens[phrase[0]]!.start;
  const end = v.tokens[phrase[1]]!.end;
  if (phrase[0] === phrase[1] && v.tokens[phrase[0]]!.pos === 'PRON') return { span: { start, end }, entity: null, description: false };
  const inside = entities.filter((e) => e.start >= start && e.end <= end);
  // An entity followed only by glued characters ("NetBlocks" in "NetBlocks.org") ends the phrase too.
  const atEnd = inside.filter((e) => e.end === end || !/\s/.test(v.body.slice(e.end, end)));
  const person = atEnd.find((e) => e.label === 'PERSON');
  if (person) return { span: person, entity: person, description: false };
  const head = headToken(v, phrase);
  const headStart = v.tokens[head]!.start;
  // "a statement from the Red Cross", "the report by the central bank": whoever issued it speaks.
  if ((STATEMENT_NOUNS.has(v.tokens[head]!.norm) || v.tokens[head]!.norm === 'report') && head < phrase[1] && ['from', 'by', 'of'].includes(normOf(v, head + 1))) {
    const issuer = inside.find((e) => e.start > headStart) ?? null;
    if (issuer) return { span: issuer, entity: issuer, description: false };
    const rest = phraseStartingAt(v, head + 2);
    if (rest && rest[1] <= phrase[1]) return speakerWords(v, rest, entities);
  }
  const headEntity = inside.find((e) => e.start <= headStart && e.end > headStart) ?? (head === phrase[1] ? atEnd[0] : undefined);
  if (headEntity) return { span: headEntity, entity: headEntity, description: false };
  const tail = titledNameAtEnd(v, phrase);
  if (tail) return { span: tail, entity: null, description: false };
  const run = nameRun(v, phrase, head);
  if (run) return { span: run, entity: null, description: false };
  return { span: { start, end }, entity: null, description: true };
}

const isTitleOrOrgWord = (norm: string): boolean => TITLE_WORDS.has(norm) || ORG_HEADS.has(norm) || ORG_HEADS.has(norm.replace(/s$/, ''));

/** A name at the end of a phrase after a title or a role ("… Organizations Mubariz Gurbanli",
 *  "Foreign Ministry spokesman Ayxan Hacizada"), when no entity says so. */
function titledNameAtEnd(v: TokenView, phrase: [number, number]): Span | null {
  const last = phrase[1];
  if (posOf(v, last) !== 'PROPN' || isTitleOrOrgWord(v.tokens[last]!.norm)) return null;
  let first = last;
  while (first > phrase[0] && posOf(v, first - 1) === 'PROPN' && !isTitleOrOrgWord(v.tokens[first - 1]!.norm)) first--;
  if (first === phrase[0]) return null;
  const before = v.tokens[first - 1]!;
  if (!isTitleOrOrgWord(before.norm) && before.pos !== 'NOUN') return null;
  return { start: v.tokens[first]!.start, end: v.tokens[last]!.end };
}

/** The word a phrase is about: the last word before its first "of"/"for", else its last word. */
export function headToken(v: TokenView, phrase: [number, number]): number {
  for (let t = phrase[0] + 1; t <= phrase[1]; t++) {
    if (posOf(v, t) === 'ADP' && t - 1 >= phrase[0] && canEnd(v, t - 1)) return t - 1;
  }
  return phrase[1];
}

/** A run of capitalised name words around the head, without the titles before it
 *  ("Deputy Foreign Minister Khalaf Khalafov" -> "Khalaf Khalafov"). Null when the head is no name. */
function nameRun(v: TokenView, phrase: [number, number], head: number): Span | null {
  if (posOf(v, head) !== 'PROPN') return null;
  let first = head;
  while (first > phrase[0] && posOf(v, first - 1) === 'PROPN') first--;
  let cut = first;
  for (let t = first; t <= head; t++) if (TITLE_WORDS.has(v.tokens[t]!.norm)) cut = t + 1;
  if (cut > head) return null; // only titles ("the President"): a description
  if (cut === head && isRoleNoun(v.tokens[head]!.norm)) return null; // "Police said", "Officials said"
  return { start: v.tokens[cut]!.start, end: v.tokens[head]!.end };
}

/** A common noun for a role or a body, singular or plural ("police", "officials", "authorities"). */
function isRoleNoun(norm: string): boolean {
  const singular = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm.replace(/s$/, '');
  return [norm, singular, norm.replace(/es$/, '')].some((w) => PERSON_HEADS.has(w) || ORG_HEADS.has(w));
}

/** The role words of a description ("spokesman", "ministry") for the resolver. */
export function headWord(v: TokenView, phrase: [number, number]): string {
  return v.tokens[headToken(v, phrase)]!.norm;
}

export const isPersonHead = (word: string): boolean => PERSON_HEADS.has(word);
