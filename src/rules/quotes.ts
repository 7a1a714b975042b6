// Lexicons for the quotes stage: quotation marks, the words that mark a quoted title rather than
// a statement, the pronouns and descriptions that name a speaker. Data only; the finders in
// src/stages/extract/quotes/ and the resolver in src/stages/resolve/speakers.ts read them.

/** Marks that only open a quotation, with the marks that may close it. */
export const OPENERS: Readonly<Record<string, string>> = {
  '“': '”"“', // “…” (and sloppy “…“ or “…")
  '„': '“”"', // German „…“
  '«': '»', // French / Russian «…»
  '‹': '›',
  '‘': '’\'', // single curly ‘…’
};

/** Marks that only close. */
export const CLOSERS = '”»›’';

/** Marks that open or close depending on the characters around them. */
export const AMBIGUOUS_DOUBLE = '"';
export const AMBIGUOUS_SINGLE = '\'';

/** Words before a quoted span that make it the title or name of something, not a statement
 *  ("the film "…"", "a report titled "…"", "dubbed "…""). Lower-case. */
export const TITLE_CUES: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'called', 'named', 'dubbed', 'nicknamed', 'labelled', 'labeled', 'branded', 'termed', 'headlined',
  'film', 'movie', 'book', 'novel', 'song', 'album', 'single', 'poem', 'play', 'musical', 'opera', 'show', 'series',
  'episode', 'programme', 'program', 'documentary', 'painting', 'exhibition', 'article', 'essay', 'column', 'op-ed',
  'headline', 'hashtag', 'slogan', 'operation', 'campaign', 'project', 'initiative', 'doctrine', 'podcast', 'video', 'game',
  'word', 'words', 'term', 'phrase', 'so-called', 'as',
]);

/** A quoted span this short (in words) is a scare quote or a term unless an attribution frames
 *  it ("Yes," he said): 'is "temporary"', 'a growing "anti-X campaign"'. */
export const MIN_STATEMENT_WORDS = 3;

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);
/** First and second person: a speaker only inside someone else's quote, never resolvable here. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** Head nouns of descriptions that name an organisation speaking ("the ministry said"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'group', 'company', 'firm', 'government', 'administration', 'council',
  'committee', 'commission', 'organisation', 'organization', 'party', 'embassy', 'mission', 'service', 'bank', 'union',
  'association', 'court', 'police', 'army', 'military', 'campaign', 'team', 'club', 'board', 'authority', 'body',
  'institute', 'foundation', 'coalition', 'alliance', 'movement', 'bureau', 'cabinet', 'parliament', 'senate', 'kremlin',
  'white house', 'pentagon', 'network', 'newspaper', 'broadcaster', 'outlet', 'channel', 'regulator', 'watchdog',
  'statement', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
]);

/** Organisation heads general enough that "the company" / "the group" means the organisation named
 *  last, whatever its name ("Harlow Steel … the company said"). Others ("the ministry") must match
 *  a word of the organisation's name. */
export const GENERIC_ORG_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'corporation', 'business', 'carrier', 'airline', 'retailer',
  'bank', 'network', 'newspaper', 'broadcaster', 'outlet', 'channel', 'watchdog', 'agency', 'charity', 'club', 'team',
]);

/** Heads that stand for a country's state: "Norway's government", "Iran's authorities". */
export const STATE_HEADS: ReadonlySet<string> = new Set([
  'government', 'administration', 'authorities', 'authority', 'cabinet', 'regime', 'leadership', 'side', 'state',
]);

/** Person roles a writer uses in place of the name of the person just quoted ("Ghazaee said …
 *  The Azerbaijani affairs expert added …"). Participants of the events ("the suspect", "the
 *  attacker", "a witness") are left out: they are other people. */
export const VARIATION_HEADS: ReadonlySet<string> = new Set([
  'expert', 'analyst', 'diplomat', 'ambassador', 'envoy', 'official', 'minister', 'professor', 'economist', 'researcher',
  'scientist', 'lawmaker', 'senator', 'politician', 'veteran', 'spokesman', 'spokeswoman', 'spokesperson', 'commentator',
  'scholar', 'historian', 'strategist', 'consultant', 'executive', 'chief', 'director', 'leader', 'president', 'chairman',
  'chairwoman', 'governor', 'mayor', 'general', 'commander', 'judge', 'lawyer', 'attorney', 'prosecutor', 'author', 'writer',
]);

/** Words before a name, or a person's role, that say which of he/she may stand for them. */
export const MALE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'emperor', 'sultan', 'emir', 'sheikh', 'spokesman', 'chairman', 'congressman',
  'businessman', 'father', 'son', 'brother', 'husband', 'man', 'boy', 'actor', 'monsieur', 'herr', 'pope', 'ayatollah', 'imam',
]);
export const FEMALE_WORDS: ReadonlySet<string> = new Set([
  'ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'queen', 'princess', 'empress', 'spokeswoman', 'chairwoman', 'congresswoman',
  'businesswoman', 'mother', 'daughter', 'sister', 'wife', 'woman', 'girl', 'actress', 'madam', 'mme', 'mme.', 'frau',
]);

/** Head nouns of descriptions that name a person by role ("the president", "the minister"). */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'ambassador', 'envoy',
  'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'head',
  'leader', 'official', 'officer', 'expert', 'analyst', 'commander', 'general', 'judge', 'prosecutor', 'lawyer', 'attorney',
  'king', 'queen', 'prince', 'pope', 'candidate', 'nominee', 'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'economist', 'professor', 'researcher', 'scientist', 'founder', 'executive', 'ceo', 'manager', 'coach', 'witness',
  'author', 'writer', 'reporter', 'correspondent', 'editor', 'deputy', 'aide', 'adviser', 'advisor', 'negotiator',
  'man', 'woman', 'father', 'mother', 'resident', 'source', 'activist', 'victim', 'suspect', 'perpetrator', 'attacker',
  'gunman', 'driver', 'student', 'teacher', 'doctor', 'nurse', 'worker', 'employee', 'owner', 'farmer', 'soldier',
]);

/** Words a speaker phrase does not start with, though they may stand before it in a sentence. */
export const NOT_IN_SPEAKER: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'so', 'yet', 'then', 'also', 'however', 'meanwhile', 'still', 'later', 'earlier', 'now', 'that',
  'which', 'who', 'when', 'while', 'as', 'because', 'although', 'though', 'if', 'since', 'after', 'before',
]);

/** Words that end a title before a name ("Minister", "Mr."): a name run starts after the last one. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_HEADS,
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen.', 'rep.', 'gov.',
  'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'sheikh', 'imam', 'ayatollah', 'rev.', 'sardar', 'emir', 'sultan', 'lieutenant',
  'colonel', 'captain', 'sergeant', 'major', 'admiral', 'marshal', 'justice', 'speaker', 'mp', 'mep',
]);

/** Words before a colon at a line start that label a page element, not a speaker ("UPDATE:",
 *  "Photo:", "Read more:"). Lower-case. */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'update', 'updated', 'updates', 'watch', 'breaking', 'exclusive', 'live', 'photo', 'photos', 'video', 'videos', 'image',
  'images', 'note', 'editor', "editor's", 'editors', 'related', 'read', 'more', 'see', 'also', 'source', 'sources', 'tags',
  'tag', 'posted', 'published', 'credit', 'credits', 'caption', 'opinion', 'analysis', 'q', 'a', 'question', 'answer',
  'warning', 'advertisement', 'listen', 'follow', 'share', 'subscribe', 'comments', 'comment', 'by', 'from', 'date',
  'title', 'summary', 'transcript', 'topics', 'topic', 'correction', 'clarification', 'disclosure', 'contact', 'email',
  'phone', 'fax', 'address', 'location', 'time', 'when', 'where', 'what', 'why', 'how', 'who', 'step', 'tip', 'tips',
  'example', 'fact', 'claim', 'verdict', 'rating', 'bottom', 'line', 'conclusion', 'background', 'context', 'result',
  'results', 'score', 'final', 'part', 'chapter', 'section', 'figure', 'table', 'chart', 'map', 'graphic', 'audio',
  'podcast', 'newsletter', 'sign', 'join', 'download', 'price', 'cost', 'pros', 'cons', 'ingredients', 'directions',
  'latest', 'breaking news', 'developing', 'recap', 'explainer', 'factbox', 'timeline', 'preview', 'review',
]);
