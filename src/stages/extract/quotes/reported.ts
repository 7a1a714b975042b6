// Finds reported speech: "X said (that) …", "X told reporters …", "…, X said", "according to X, …",
// "X stressed/added/denied that …", "…, saying …". The reported clause is the span; the phrase
// naming X goes to the speaker resolver. Tokens and POS only: a few comparisons per token.
import { WEEKDAYS } from '../../../rules/dates.js';
import { HEARER_VERBS, INFINITIVE_REPORTS, OBJECT_REPORTS, QUESTION_VERBS, QUESTION_WORDS, THAT_OPTIONAL } from '../../../rules/reporting-verbs.js';
import { clauseEnd, hasVerb, isVerb, lastTokenBefore, sentencesOf, wordCount, type ReportedSpan, type Sentence } from './clauses.js';
import { speakerOfCue, type Phrase } from './cues.js';
import { objectReport, passive } from './objects.js';
import { isSpeechCue, normOf, phraseEndingAt, phraseStartingAt, posOf, subjectOf, type TokenView } from './phrases.js';

export type { ReportedSpan } from './clauses.js';

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const NOT_SUBJECT_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves', 'what', 'whom', 'this', 'that']);

/** Nouns of saying that carry a clause: "its claim that …". */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'allegation', 'allegations', 'insistence', 'announcement', 'argument', 'warning', 'warnings', 'statement', 'denial', 'pledge', 'promise', 'assurance', 'assurances']);
const OWNER_PRONOUNS = new Set(['its', 'his', 'her', 'their']);

/** Conjunctions that make "X said that …" a subordinate clause of the writer's sentence. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'as', 'since', 'because', 'even']);

/** Where the clause after a cue starts: after "that" (past the hearer and the setting), or right
 *  after the verb for say-like verbs. -1 when no clause follows. */
function clauseAfter(v: TokenView, cue: number, last: number): number {
  let j = cue + 1;
  const verb = v.tokens[cue]!.norm;
  // "vowed to bring back jobs", "asked whether the deals …": an undertaking or a question.
  if (INFINITIVE_REPORTS.has(verb) && normOf(v, j) === 'to' && j < last && posOf(v, j + 1) === 'VERB') return j;
  if (QUESTION_VERBS.has(verb) && QUESTION_WORDS.has(normOf(v, j)) && j < last && v.quoteOf[j]! < 0) return j;
  if (HEARER_VERBS.has(v.tokens[cue]!.norm)) {
    const hearer = phraseStartingAt(v, j);
    if (hearer) j = hearer[1] + 1;
    // "told his supporters to “go vote”", "asked voters to stay home": what they were told to do.
    if (hearer && normOf(v, j) === 'to' && j < last && (posOf(v, j + 1) === 'VERB' || v.quoteOf[j + 1]! >= 0)) return j;
  }
  for (let k = j; k <= Math.min(last, j + 10); k++) {
    const n = normOf(v, k);
    if (n === 'that' && v.quoteOf[k]! < 0) return k + 1 <= last ? k + 1 : -1;
    if (n === ',' || n === ':' || n === ';' || n === '.' || v.quoteOf[k]! >= 0 || (isVerb(v, k) && k > j)) break;
  }
  if (j > last || !THAT_OPTIONAL.has(v.tokens[cue]!.norm)) return -1;
  j = pastSetting(v, j, last);
  if (j > last) return -1;
  const tok = v.tokens[j]!;
  if (!CLAUSE_OPENERS.has(tok.pos)) return -1;
  // "said his party would win" is a clause; "claimed its first title" is an object.
  if (NOT_SUBJECT_PRONOUNS.has(tok.norm) && !(POSSESSIVES.has(tok.norm) && finiteVerbWithin(v, j + 1, Math.min(last, j + 15)))) return -1;
  return j;
}

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SETTING_WORDS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'last', 'this']);
const WEEKDAY_SET = new Set(WEEKDAYS);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Past "on Tuesday", "in a statement", "late Sunday" between a speech verb and its clause. */
function pastSetting(v: TokenView, from: number, last: number): number {
  let j = from;
  // "said Friday (afternoon)": a bare weekday is when, not what.
  if (WEEKDAY_SET.has(normOf(v, j)) && v.quoteOf[j]! < 0) {
    j++;
    if (DAY_PARTS.has(normOf(v, j))) j++;
    if (normOf(v, j) === ',' || normOf(v, j) === 'that') j++;
  }
  for (let guard = 0; guard < 3 && j <= last && SETTING_WORDS.has(normOf(v, j)) && v.quoteOf[j]! < 0; guard++) {
    const phrase = phraseStartingAt(v, j + 1);
    const next = phrase ? phrase[1] + 1 : j + 1;
    if (next > last) return j;
    j = normOf(v, next) === ',' ? next + 1 : next;
  }
  return j;
}

function finiteVerbWithin(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (v.quoteOf[k]! >= 0 || normOf(v, k) === ',') return false;
    if (isVerb(v, k) && !v.tokens[k]!.norm.endsWith('ing')) return true;
  }
  return false;
}

/** True when the words from..to are mostly inside direct quotes (then the direct quote speaks). */
function mostlyQuoted(v: TokenView, from: number, to: number): boolean {
  let inside = 0;
  let words = 0;
  for (let k = from; k <= to; k++) {
    if (v.tokens[k]!.pos === 'PUNCT') continue;
    words++;
    if (v.quoteOf[k]! >= 0) inside++;
  }
  return words === 0 || inside / words > 0.6;
}

/** A mixed quote ('This attack demonstrates the "serious consequences …",' it said) reports
 *  speech: at least three words and a verb stand outside the quotation marks. */
function writerFrames(v: TokenView, from: number, to: number): boolean {
  let words = 0;
  let verb = false;
  for (let k = from; k <= to; k++) {
    if (v.quoteOf[k]! >= 0 || v.tokens[k]!.pos === 'PUNCT') continue;
    words++;
    verb ||= isVerb(v, k);
  }
  return words >= 3 && verb;
}

/** "…, X said." / "…," X said, with the clause before the attribution. */
function clauseBefore(v: TokenView, sentence: Sentence, cue: number, speaker: Phrase): ReportedSpan | null {
  const lead = Math.min(speaker[0], cue) - 1;
  if (lead <= sentence.first) return null;
  const mark = normOf(v, lead);
  const quotedComma = v.quoteOf[lead]! >= 0 && /,\s*$/.test(v.body.slice(v.tokens[lead - 1]!.start, v.tokens[lead]!.start + 1).replace(/["'“”‘’«»]/g, ''));
  if (mark !== ',' && !quotedComma) return null;
  const from = sentence.first;
  const to = lead - 1;
  if (v.quoteOf[from]! >= 0 || !writerFrames(v, from, to) || wordCount(v, from, to) < 3 || !hasVerb(v, from, to)) return null;
  // "According to X, …" and "In Iran, …" are settings, not what was said.
  const opener = v.tokens[from]!;
  if (opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.norm === 'according') return null;
  if (isVerb(v, from)) return null; // "Asked whether he would resign, X replied": a setting
  // "In Iran, authorities said…" has no clause before the comma: a verb is required above.
  const endTok = quotedComma ? lead : to;
  return { start: v.tokens[from]!.start, end: v.tokens[endTok]!.end, cue, speaker };
}

/** "according to X, …" and "…, according to X" (unless another cue in the sentence has a speaker:
 *  then X is where the words were reported, not who said them). */
function accordingTo(v: TokenView, sentence: Sentence, t: number, cues: number[]): ReportedSpan | null {
  if (normOf(v, t + 1) !== 'to') return null;
  let source = phraseStartingAt(v, t + 2);
  if (!source) return null;
  let after = source[1] + 1;
  // "According to the head of X, Mohammad Shahriari, the suspect…": skip the appositive name.
  if (normOf(v, after) === ',') {
    const apposition = phraseStartingAt(v, after + 1);
    if (apposition && normOf(v, apposition[1] + 1) === ',' && apposition[1] + 2 <= sentence.last && !isVerb(v, apposition[1] + 1)) {
      const next = phraseStartingAt(v, apposition[1] + 2);
      const isClause = next && hasVerb(v, next[1] + 1, Math.min(sentence.last, next[1] + 2));
      if (isClause) {
        // The name is the speaker; the description before it only says who they are.
        source = posOf(v, apposition[1]) === 'PROPN' ? apposition : [source[0], apposition[1]];
        after = apposition[1] + 1;
      }
    }
  }
  const atStart = t === sentence.first || (t - 1 === sentence.first && ['but', 'and', 'yet', 'also'].includes(normOf(v, sentence.first)));
  if (atStart && normOf(v, after) === ',' && after + 1 <= sentence.last) {
    return { start: v.tokens[after + 1]!.start, end: clauseEnd(v, after + 1, sentence.last), cue: t, speaker: source };
  }
  if (t > sentence.first + 2 && normOf(v, t - 1) === ',' && !cues.some((c) => c < t)) {
    const to = t - 2;
    if (mostlyQuoted(v, sentence.first, to) || !hasVerb(v, sentence.first, to)) return null;
    return { start: v.tokens[sentence.first]!.start, end: v.tokens[to]!.end, cue: t, speaker: source };
  }
  return null;
}

/** Every reported clause of the article, in order. */
export function findReportedSpeech(v: TokenView): ReportedSpan[] {
  const found: ReportedSpan[] = [];
  for (const sentence of sentencesOf(v)) {
    const cues: number[] = [];
    for (let t = sentence.first; t <= sentence.last; t++) {
      if (v.quoteOf[t]! >= 0) continue;
      if (normOf(v, t) === 'according') {
        const r = accordingTo(v, sentence, t, cues);
        if (r) found.push(r);
        continue;
      }
      if (CLAIM_NOUNS.has(normOf(v, t)) && normOf(v, t + 1) === 'that' && t + 2 <= sentence.last) {
        const r = claimThat(v, sentence, t);
        if (r) found.push(r);
        continue;
      }
      if (OBJECT_REPORTS.has(normOf(v, t)) && !passive(v, t)) {
        const r = objectReport(v, sentence, t);
        if (r) found.push(r);
        continue;
      }
      if (!isSpeechCue(v, t) || passive(v, t)) continue;
      const speaker = speakerOfCue(v, t);
      if (!speaker) continue;
      cues.push(t);
      // "…," said Ahmed Hassan, 54, whose …: after an inverted speaker comes no clause.
      const start = speaker[0] > t ? -1 : clauseAfter(v, t, sentence.last);
      if (start >= 0 && start <= sentence.last) {
        const lead = Math.min(speaker[0], t) - 1;
        const subordinate = lead >= sentence.first && lead <= sentence.first + 1 && SUBORDINATORS.has(normOf(v, lead));
        const directive = normOf(v, start) === 'to';
        const end = Math.min(clauseEnd(v, start, sentence.last, subordinate), directive ? beforeCoordinatedClause(v, start, sentence.last) : Infinity);
        const last = lastTokenBefore(v, end, sentence.last);
        // 'said "…"' is a direct quote; 'said that "…"' reports it (a mixed quote, one statement).
        const quotedWhole = v.quoteOf[start]! >= 0 && mostlyQuoted(v, start, last) && normOf(v, start - 1) !== 'that';
        if (last >= start && !quotedWhole && hasVerb(v, start, last) && wordCount(v, start, last) >= 3) {
          // A quotation right after "that" is reported with its "that": the clause has a word of its own.
          const from = v.quoteOf[start]! >= 0 && normOf(v, start - 1) === 'that' ? start - 1 : start;
          found.push({ start: v.tokens[from]!.start, end, cue: t, speaker });
        }
        continue;
      }
      const before = clauseBefore(v, sentence, t, speaker);
      if (before) found.push(before);
    }
  }
  return dedupe(found);
}

/** "asked Iran to build the dam jointly, but Iran built it alone": a directive ends before a
 *  comma and a coordinating word that starts the writer's next clause. */
function beforeCoordinatedClause(v: TokenView, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) {
    if (v.quoteOf[k]! < 0 && normOf(v, k) === ',' && /^(but|and|while|yet|or|so)$/.test(normOf(v, k + 1))) return v.tokens[k - 1]!.end;
  }
  return Infinity;
}

/** "Azerbaijan doubled down on its claim that …", "the ministry's insistence that …": a noun of
 *  saying owned by someone, then "that" and a clause. The owner speaks: a name before "'s", or for
 *  its/his/her/their the subject of the sentence. */
function claimThat(v: TokenView, sentence: Sentence, noun: number): ReportedSpan | null {
  const owner = noun - 1;
  if (owner < sentence.first || v.quoteOf[owner]! >= 0) return null;
  // As the subject ("The ministry's insistence that A was mocked") the clause's end is unknowable.
  if (!hasVerb(v, sentence.first, owner)) return null;
  let speaker: Phrase | null = null;
  if (OWNER_PRONOUNS.has(normOf(v, owner))) {
    for (let t = sentence.first; t < owner && !speaker; t++) if (isVerb(v, t) && v.quoteOf[t]! < 0) speaker = subjectOf(v, t);
  } else if (/^['’]s?$/.test(normOf(v, owner))) speaker = phraseEndingAt(v, owner - 1);
  if (!speaker) return null;
  const start = noun + 2;
  const end = clauseEnd(v, start, sentence.last);
  const last = lastTokenBefore(v, end, sentence.last);
  if (last < start || !hasVerb(v, start, last) || wordCount(v, start, last) < 3) return null;
  return { start: v.tokens[start]!.start, end, cue: noun, speaker };
}

function dedupe(list: ReportedSpan[]): ReportedSpan[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.start}:${r.end}`;
    if (seen.has(key) || r.end <= r.start) return false;
    seen.add(key);
    return true;
  });
}
