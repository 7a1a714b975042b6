// Verbs and phrases that introduce what someone said, as data. The quotes stage looks tokens up
// here (lower-cased word forms, not lemmas: wink-nlp gives no lemma we can trust for these), so
// every inflected form a news text uses is listed. Speech only: "believe", "think", "hope" report
// thoughts, not statements, and are left out on purpose.

const SPEECH_LEMMAS =
  'say tell add stress announce state claim warn deny insist note explain argue write tweet post assert ' +
  'acknowledge admit confirm emphasize emphasise declare maintain suggest predict complain reveal disclose ' +
  'allege contend reply respond answer reiterate repeat promise pledge vow recall concede observe remark ' +
  'comment mention indicate report caution charge counter testify inform assure remind tout boast ' +
  'acknowledge underline underscore highlight affirm reaffirm estimate conclude continue ask vow wonder point question';

/** Irregular or doubled forms that the simple -s/-ed/-ing rules below would get wrong. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  repeat: ['repeat', 'repeats', 'repeated', 'repeating'],
  underline: ['underline', 'underlines', 'underlined', 'underlining'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
};

function forms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** Every word form of a speech verb ("said", "stressed", "adding", ...). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.split(/\s+/).flatMap(forms));

/** Forms that mean "said" only with a clause or quote after them, never alone as a noun: kept apart
 *  because they are also common nouns or adjectives ("a report", "the post", "the charge"). */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'report', 'reports', 'post', 'posts', 'charge', 'charges', 'comment', 'comments', 'answer', 'answers', 'note', 'notes',
  'estimate', 'estimates', 'counter', 'continue', 'continues', 'continued', 'continuing', 'ask', 'asks', 'asked', 'asking',
  'mention', 'mentions', 'remark', 'remarks', 'reply', 'replies', 'promise', 'promises', 'indicate', 'indicates',
  'point', 'points', 'pointed', 'pointing', 'question', 'questions', 'questioned', 'questioning',
]);

/** Verbs whose first complement is the hearer ("told reporters that", "assured them that"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  ['tell', 'inform', 'assure', 'remind', 'warn', 'ask'].flatMap(forms),
);

/** Nouns that carry a statement: "issued a statement reading, '...'", "in a tweet, X ...". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'tweet', 'tweets', 'post', 'message', 'communique', 'communiqué', 'release', 'letter',
  'speech', 'interview', 'remarks', 'address', 'announcement', 'declaration', 'note', 'briefing', 'op-ed', 'column',
]);

/** Verbs that close a "statement" phrase before its words: "a statement reading", "read a statement". */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(['reading', 'read', 'saying', 'stating', 'declaring']);

/** Words between a speech verb and its clause that are the setting, not the content
 *  ("said on Sunday that", "told reporters in Baku late Sunday that"). */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'to', 'during', 'after', 'before', 'via', 'through', 'from', 'late', 'early', 'earlier', 'later',
  'yesterday', 'today', 'tonight', 'also', 'again', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'then',
  'separately', 'last', 'this', 'on', 'over', 'while', 'when', 'with', 'by', 'for', 'about',
]);

/** Multi-word cues that introduce a source: "according to X", "as quoted by X". */
export const SOURCE_CUES: readonly string[][] = [['according', 'to'], ['as', 'quoted', 'by'], ['quoting']];

/** Speech verbs whose clause may come without "that" ("said the attack was…"); the others need
 *  it, since "stressed its solidarity" or "announced evacuation" take a plain object. */
export const THAT_OPTIONAL: ReadonlySet<string> = new Set(
  ['say', 'tell', 'add', 'claim', 'insist', 'argue', 'write', 'tweet', 'state', 'warn', 'predict', 'admit', 'acknowledge', 'assert', 'contend', 'allege', 'reply', 'explain', 'announce', 'note', 'suggest', 'confirm', 'reveal'].flatMap(forms),
);

/** Speech verbs whose content may be what someone undertakes: "vowed to …", "promised to …". */
export const INFINITIVE_REPORTS: ReadonlySet<string> = new Set(['vow', 'promise', 'pledge', 'threaten', 'urge'].flatMap(forms));

/** Verbs whose content may be a question: "asked whether …", "questioned how …". */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'question', 'wonder'].flatMap(forms));
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** Speech acts whose content is an object rather than a clause, with the word that must follow
 *  the object for the reading to be speech ("accused X of …", "urged X to …", "described X as …",
 *  "called X a …"); '' means the object alone is the content ("condemned the attack"), 'ADJ' an
 *  adjective after the object ("called the charges false"). Word forms. */
export const OBJECT_REPORTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    criticize: ['', 'for'], criticise: ['', 'for'], condemn: ['', 'as', 'for'], denounce: ['', 'as', 'for'], praise: ['', 'for', 'as'],
    accuse: ['of'], urge: ['to'], describe: ['as'], blast: ['as', 'for'], slam: ['as', 'for'], dismiss: ['as'],
    call: ['as', 'a', 'an', 'the', 'his', 'her', 'their', 'its', '"', '“', "'", '‘', 'ADJ'], label: ['as', 'a', 'an'], brand: ['as', 'a', 'an'],
  }).flatMap(([lemma, next]) => forms(lemma).filter((f) => !f.endsWith('ing')).map((f) => [f, next] as const)),
);
