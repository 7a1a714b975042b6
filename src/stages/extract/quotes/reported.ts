// Finds reported speech: "X said (that) …", "X told reporters …", "…, X said", "according to X, …",
// "X stressed/added/denied that …", "…, saying …". The reported clause is the span; the phrase
// naming X goes to the speaker resolver. Tokens and POS only: a few comparisons per token.
import { HEARER_VERBS, INFINITIVE_REPORTS, OBJECT_REPORTS, QUESTION_VERBS, QUESTION_WORDS, THAT_OPTIONAL } from '../../../rules/reporting-verbs.js';
import { speakerOfCue, type Phrase } from './cues.js';
import { isSpeechCue, normOf, phraseEndingAt, phraseStartingAt, posOf, subjectOf, type TokenView } from './phrases.js';

export interface ReportedSpan {
  start: number;
  end: number;
  /** Token index of the cue ("said", "according"). */
  cue: number;
  speaker: Phrase | null;
}

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const NOT_SUBJECT_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves', 'what', 'whom', 'this', 'that']);

/** Nouns of saying that carry a clause: "its claim that …". */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'allegation', 'allegations', 'insistence', 'announcement', 'argument', 'warning', 'warnings', 'statement', 'denial', 'pledge', 'promise', 'assurance', 'assurances']);
const OWNER_PRONOUNS = new Set(['its', 'his', 'her', 'their']);

const CLAUSE_BREAKS = new Set([':', ';', '--', '—', '–']);
/** Conjunctions that make "X said that …" a subordinate clause of the writer's sentence. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'as', 'since', 'because', 'even']);

interface Sentence {
  first: number;
  last: number;
}

function sentencesOf(v: TokenView): Sentence[] {
  const out: Sentence[] = [];
  v.tokens.forEach((tok, t) => {
    if (t === 0 || tok.sentence !== v.tokens[t - 1]!.sentence) out.push({ first: t, last: t });
    else out[out.length - 1]!.last = t;
  });
  return out;
}

const isVerb = (v: TokenView, t: number): boolean => posOf(v, t) === 'VERB' || posOf(v, t) === 'AUX';

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
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Past "on Tuesday", "in a statement", "late Sunday" between a speech verb and its clause. */
function pastSetting(v: TokenView, from: number, last: number): number {
  let j = from;
  // "said Friday (afternoon)": a bare weekday is when, not what.
  if (WEEKDAYS.has(normOf(v, j)) && v.quoteOf[j]! < 0) {
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

/** End offset of a reported clause: the sentence end, less a trailing ", according to X" and the
 *  final punctuation. */
function clauseEnd(v: TokenView, from: number, last: number, subordinate = false): number {
  let end = last;
  for (let k = from; k < last; k++) {
    if (v.quoteOf[k]! >= 0) continue;
    const n = normOf(v, k);
    // A colon, semicolon or dash starts the writer's own words; in "While X said that A, B" the
    // main clause B after the comma is the writer's too.
    if ((CLAUSE_BREAKS.has(n) || (subordinate && n === ',') || writerResumes(v, k)) && k > from) {
      end = k - 1;
      break;
    }
    // ", according to X" names the source; "and added that …" starts the next reported clause.
    const coordinated = (n === ',' || n === 'and') && isSpeechCue(v, k + 1) && normOf(v, k + 2) === 'that';
    if ((n === ',' && normOf(v, k + 1) === 'according') || coordinated) {
      end = k - 1;
      if (n === 'and' && normOf(v, k - 1) === ',') end = k - 2;
      break;
    }
  }
  while (end > from && /^[.!?;:,]$/.test(normOf(v, end)) && v.quoteOf[end]! < 0) end--;
  return v.tokens[end]!.end;
}

const CONCESSIVES = new Set(['though', 'although', 'whereas']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'shortly', 'soon', 'just', 'hour', 'day', 'week', 'month', 'year']);
const DETERMINERS = new Set(['DET', 'NOUN', 'PRON']);

/** At comma `k`, does the writer take the sentence back? ", though CCTV footage shows …" (a
 *  concession of the writer's), ", and expressed hope that …" (the speaker's next act, not words). */
function writerResumes(v: TokenView, k: number): boolean {
  if (normOf(v, k) !== ',' || v.quoteOf[k + 1]! >= 0) return false;
  if (CONCESSIVES.has(normOf(v, k + 1))) return true;
  // ", days after a gunman stormed …": the writer's time setting.
  if (TIME_UNITS.has(normOf(v, k + 1)) && /^(after|before|since)$/.test(normOf(v, k + 2))) return true;
  if (TIME_UNITS.has(normOf(v, k + 2)) && /^(after|before|since)$/.test(normOf(v, k + 3)) && ['NUM', 'DET'].includes(posOf(v, k + 1))) return true;
  // ", with the Azerbaijani side doing the same": an absolute phrase of the writer's.
  if (normOf(v, k + 1) === 'with') {
    for (let j = k + 2; j <= k + 8 && j < v.tokens.length && v.quoteOf[j]! < 0 && normOf(v, j) !== ','; j++) {
      if (posOf(v, j) === 'VERB') return v.tokens[j]!.norm.endsWith('ing');
    }
  }
  if (normOf(v, k + 1) !== 'and' || k + 3 >= v.tokens.length) return false;
  const verb = v.tokens[k + 2]!;
  const object = DETERMINERS.has(posOf(v, k + 3)) || normOf(v, k + 4) === 'that'; // wink tags "hope" in "expressed hope that" a verb
  return posOf(v, k + 2) === 'VERB' && verb.norm.endsWith('ed') && object && verb.sentence === v.tokens[k]!.sentence;
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

const hasVerb = (v: TokenView, from: number, to: number): boolean => {
  for (let k = from; k <= to; k++) if (isVerb(v, k)) return true;
  return false;
};
const wordCount = (v: TokenView, from: number, to: number): number => {
  let n = 0;
  for (let k = from; k <= to; k++) if (v.tokens[k]!.pos !== 'PUNCT') n++;
  return n;
};

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

/** After the verb, an object and then the word its reading as speech needs ("accused the agency
 *  of", "called the charges unsubstantiated"), or the clause's end when the object alone will do. */
const PREPOSITIONS = new Set(['of', 'to', 'for', 'as']);

/** An indefinite article at or just before a phrase ("a newer charging spec"). */
function indefinite(v: TokenView, first: number): boolean {
  for (let k = first; k >= 0 && k >= first - 3 && v.tokens[k]!.sentence === v.tokens[first]!.sentence; k--) {
    if (normOf(v, k) === 'a' || normOf(v, k) === 'an') return true;
    if (k < first && !['ADJ', 'VERB', 'NOUN', 'ADV'].includes(posOf(v, k))) return false;
  }
  return false;
}

function objectThenComplement(v: TokenView, verb: number, last: number): boolean {
  const allowed = OBJECT_REPORTS.get(normOf(v, verb))!;
  const object = phraseStartingAt(v, verb + 1);
  if (!object) return false;
  // A preposition may come after the object's own "of"/"from" phrases ("accused the head of the
  // agency of lying"): scan for it, up to a verb or a stop.
  for (let k = verb + 2; k <= Math.min(last, verb + 12); k++) {
    const n = normOf(v, k);
    if (PREPOSITIONS.has(n) && allowed.includes(n)) return true;
    if (/^[.,;:!?]$/.test(n) || posOf(v, k) === 'VERB' || posOf(v, k) === 'AUX' || v.quoteOf[k]! >= 0) break;
  }
  // Anything else must come right after the object: "called the charges false", "called him a liar".
  const k = object[1] + 1;
  if (k > last || /^[.,;:!?]$/.test(normOf(v, k))) return allowed.includes('');
  const pos = posOf(v, k);
  // A participle complement ends there ("called the charges fabricated."); one with its own object
  // is the next verb ("a man called Peter Lind opened the shop").
  const participle = pos === 'VERB' && v.tokens[k]!.norm.endsWith('ed') && !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(posOf(v, k + 1));
  const adjective = pos === 'ADJ' || participle;
  if (allowed.includes('')) return pos !== 'AUX' && !(pos === 'VERB' && normOf(v, k - 1) !== 'and'); // "condemned the attack and called …"
  return (!PREPOSITIONS.has(normOf(v, k)) && allowed.includes(normOf(v, k))) || (adjective && allowed.includes('ADJ'));
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const REDUCED_PASSIVE = new Set(['when', 'if', 'unless', 'once', 'as', 'until']);
/** "was announced winner", "were told to leave": the subject is not the speaker. */
function passive(v: TokenView, t: number): boolean {
  let k = t - 1;
  while (k >= 0 && posOf(v, k) === 'ADV') k--;
  const form = v.tokens[t]!.norm;
  const participle = form.endsWith('ed') || form === 'told' || form === 'said' || form === 'written';
  // "when asked about …", "if pressed": a reduced passive; the one asked is not the speaker.
  return participle && ((k >= 0 && BE.has(normOf(v, k))) || REDUCED_PASSIVE.has(normOf(v, t - 1)));
}

/** "X accused Y of …", "urged Y to …", "called Y a …", "called for …", "condemned the attack":
 *  a speech act whose content is its object, up to the end of the clause. The subject speaks. */
function objectReport(v: TokenView, sentence: Sentence, verb: number): ReportedSpan | null {
  if (v.tokens[verb]!.pos !== 'VERB' || verb + 2 > sentence.last) return null;
  // "… condemned the attack and called for …": a coordinated verb shares the sentence's speaker.
  const speaker = subjectOf(v, verb) ?? speakerOfCue(v, verb);
  if (!speaker || speaker[0] > verb) return null;
  // "a man called Peter Lind", "a newer spec called PD": naming, not speech.
  if (/^call/.test(normOf(v, verb)) && posOf(v, verb + 1) === 'PROPN' && indefinite(v, speaker[0])) return null;
  let from = verb + 1;
  // "called for an inquiry", "called on Congress to act"
  if (/^call/.test(normOf(v, verb)) && (normOf(v, from) === 'for' || normOf(v, from) === 'on')) from++;
  else if (!objectThenComplement(v, verb, sentence.last)) return null;
  if (from > sentence.last) return null;
  const end = Math.min(clauseEnd(v, from, sentence.last), nextPredicate(v, from, sentence.last));
  const last = lastTokenBefore(v, end, sentence.last);
  if (last < from || wordCount(v, from, last) < 2) return null;
  return { start: v.tokens[from]!.start, end, cue: verb, speaker };
}

/** "asked Iran to build the dam jointly, but Iran built it alone": a directive ends before a
 *  comma and a coordinating word that starts the writer's next clause. */
function beforeCoordinatedClause(v: TokenView, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) {
    if (v.quoteOf[k]! < 0 && normOf(v, k) === ',' && /^(but|and|while|yet|or|so)$/.test(normOf(v, k + 1))) return v.tokens[k - 1]!.end;
  }
  return Infinity;
}

/** End of an object before the subject's next act: "condemned the attack, offered condolences …"
 *  or "… and called on Iran to …" (a comma or "and" before a finite verb). */
function nextPredicate(v: TokenView, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) {
    if (v.quoteOf[k]! >= 0 || (normOf(v, k) !== ',' && normOf(v, k) !== 'and')) continue;
    const next = normOf(v, k + 1) === 'and' ? k + 2 : k + 1;
    if (posOf(v, next) === 'VERB' && !v.tokens[next]!.norm.endsWith('ing') && !(v.tokens[next]!.norm.endsWith('ed') && posOf(v, k - 1) === 'ADJ')) {
      let end = k - 1;
      while (end > from && /^[.,;:]$/.test(normOf(v, end))) end--;
      return v.tokens[end]!.end;
    }
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

function lastTokenBefore(v: TokenView, end: number, last: number): number {
  let k = last;
  while (k >= 0 && v.tokens[k]!.start >= end) k--;
  return k;
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
