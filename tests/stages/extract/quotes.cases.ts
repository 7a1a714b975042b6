// Hand-made tables for the quotes stage, shared by the tests and bench/quotes-eval.ts: attribution
// patterns in everyday news wording (names invented), a negative table, and a careful reader's
// expectations for every quote on the five sample pages. Entities are given by hand so the
// tables test the quotes stage alone.
import { analyzeText } from '../../../src/stages/analyze/analyze.js';
import { extractQuotes } from '../../../src/stages/extract/quotes.js';
import type { EntityLike } from '../../../src/stages/extract/quotes/phrases.js';
import type { DocumentRecord, Quote } from '../../../src/schema/record.js';

export interface Expected {
  kind: 'direct' | 'indirect';
  /** The quoted words (direct: between the marks; indirect: the reported clause). */
  text: string;
  /** The words naming the speaker, as written; null when the text names nobody. A list when a
   *  reader would accept any of them (a fuller or shorter mention of the same name). */
  speaker: string | null | string[];
  /** The entity meant; omitted when the case does not check it. A list as for `speaker` (the
   *  entities stage may name an organisation with or without its country). */
  canonical?: string | null | string[];
  /** Words just before the reported clause, when its text occurs more than once in the body. */
  after?: string;
}

/** Where an expected reported clause lies in the body (after `after` when the case gives it). */
export function locateExpected(body: string, e: Expected): number {
  const from = e.after === undefined ? 0 : body.indexOf(e.after);
  return from < 0 ? -1 : body.indexOf(e.text, from);
}

export interface Case {
  name: string;
  text: string;
  /** [mention, label, canonical]: every occurrence of the mention becomes an entity. */
  entities?: Array<[string, string, string]>;
  expect: Expected[];
  /** A known miss, kept in the figures but not asserted: says why. */
  known?: string;
}

export function entitiesOf(text: string, list: Case['entities'] = []): EntityLike[] {
  const out: EntityLike[] = [];
  for (const [mention, label, canonical] of list) {
    for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
      out.push({ text: mention, start: at, end: at + mention.length, label, canonical });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The predicted quote a reader's expectation pairs with: a direct quote by its words, reported
 *  speech when the spans overlap by at least half the shorter (the held-out scorer's rules). */
export function matchQuote(body: string, quotes: readonly Quote[], e: Expected): Quote | undefined {
  const body_ = quotes.filter((q) => q.kind === e.kind && q.field === undefined);
  if (e.kind === 'direct') return body_.find((q) => norm(q.text) === norm(e.text));
  const at = locateExpected(body, e);
  if (at < 0) return undefined;
  const want = { start: at, end: at + e.text.length };
  // Of the quotes overlapping enough, the closest one (nested clauses overlap each other).
  let best: Quote | undefined;
  let bestShare = 0;
  for (const q of body_) {
    const o = Math.min(q.end, want.end) - Math.max(q.start, want.start);
    if (o <= 0 || o < 0.5 * Math.min(q.end - q.start, want.end - want.start)) continue;
    const share = o / Math.max(q.end - q.start, want.end - want.start);
    if (share > bestShare) [best, bestShare] = [q, share];
  }
  return best;
}

/** The body quotes of every article of a record, each with its article's body. */
export function samplePageQuotes(record: DocumentRecord): Array<{ body: string; quote: Quote }> {
  return record.articles.flatMap((a) => a.quotes.filter((q) => q.field === undefined).map((quote) => ({ body: a.body, quote })));
}

export function runCase(c: Pick<Case, 'text' | 'entities'>): { quotes: Quote[]; warnings: Array<{ code: string }> } {
  return extractQuotes({ body: c.text, analysis: analyzeText(c.text), entities: entitiesOf(c.text, c.entities) });
}

/** The scorer's span normalisation: no quote marks, spaces, or trailing commas and periods. */
export function norm(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t.replace(/^["“”„‟«»‹›'‘’\s]+/, '').replace(/["“”„‟«»‹›'‘’\s,.]+$/, '');
    if (t === before) return t;
  }
}

export const DIRECT_PATTERNS: Case[] = [
  // Regressions from reading US political news (session 3): each was attributed to nobody.
  {
    name: "regression: typewriter double marks ''…'' (newspaper archives) and ``…'' (Penn Treebank) are quotation marks",
    text: "Trade is at stake. ''We must not overreact to campaign rhetoric,'' Ms. Okafor told me. ''It is his style.'' In the older file, ``We will win,'' Mr. Dunn said. The board is 6'' wide.",
    entities: [['Okafor', 'PERSON', 'Ada Okafor'], ['Dunn', 'PERSON', 'Ray Dunn']],
    expect: [
      { kind: 'direct', text: 'We must not overreact to campaign rhetoric,', speaker: ['Ms. Okafor', 'Okafor'], canonical: 'Ada Okafor' },
      { kind: 'direct', text: 'It is his style.', speaker: ['Ms. Okafor', 'Okafor'], canonical: 'Ada Okafor' },
      { kind: 'direct', text: 'We will win,', speaker: ['Mr. Dunn', 'Dunn'], canonical: 'Ray Dunn' },
    ],
  },
  {
    name: 'regression: "X reports:" / "X notes," before a quotation (forms that are also nouns)',
    text: 'Donors are scarce. The Daily Ledger reports: "Just 24 percent of the contributors gave $200 or less." Ms. Vance notes, "That is half the figure of 2012."',
    entities: [['The Daily Ledger', 'ORG', 'The Daily Ledger'], ['Vance', 'PERSON', 'Ada Vance']],
    expect: [
      { kind: 'direct', text: 'Just 24 percent of the contributors gave $200 or less.', speaker: ['The Daily Ledger', 'Daily Ledger'], canonical: 'The Daily Ledger' },
      { kind: 'direct', text: 'That is half the figure of 2012.', speaker: ['Ms. Vance', 'Vance'], canonical: 'Ada Vance' },
    ],
  },
  {
    name: 'regression: a quotation completing a reported clause is one indirect statement, not a direct quote',
    text: 'The governor says the mayor’s “latest plan is reckless, even for him.” Aides told the host he was "totally against the deal" because it raised taxes.',
    expect: [
      { kind: 'indirect', text: 'the mayor’s “latest plan is reckless, even for him.”', speaker: 'The governor', canonical: null },
      { kind: 'indirect', text: 'he was "totally against the deal" because it raised taxes', speaker: 'Aides', canonical: null },
    ],
  },
  {
    name: 'regression: surname that is also a verb, after a closing straight mark',
    text: 'The client asked twice. "I would answer the question first," Cook said. "Then he turned to my colleague."',
    entities: [['Cook', 'PERSON', 'Cook']],
    expect: [
      { kind: 'direct', text: 'I would answer the question first,', speaker: 'Cook', canonical: 'Cook' },
      { kind: 'direct', text: 'Then he turned to my colleague.', speaker: 'Cook', canonical: 'Cook' },
    ],
  },
  {
    name: 'regression: party label in parentheses between the name and the verb',
    text: '“Subpoenas are not optional,” Sen. Dana Whitfield (D-Ore.) said. “We will vote on contempt.”',
    entities: [['Dana Whitfield', 'PERSON', 'Dana Whitfield']],
    expect: [
      { kind: 'direct', text: 'Subpoenas are not optional,', speaker: 'Dana Whitfield', canonical: 'Dana Whitfield' },
      { kind: 'direct', text: 'We will vote on contempt.', speaker: 'Dana Whitfield', canonical: 'Dana Whitfield' },
    ],
  },
  {
    name: 'regression: party label as an appositive ("Carl Benning, R-Tex., told")',
    text: '"Our assumption is that the veto will be overridden," Majority Leader Carl Benning, R-Tex., told reporters.',
    entities: [['Carl Benning', 'PERSON', 'Carl Benning']],
    expect: [{ kind: 'direct', text: 'Our assumption is that the veto will be overridden,', speaker: 'Carl Benning', canonical: 'Carl Benning' }],
  },
  {
    name: 'regression: quote after an inverted attribution with an appositive goes on with its speaker',
    text: '“This is a sad day,” said Rep. Ann Ortiz (D-N.M.), head of the budget caucus. “The claim is a fraud. It always was.”',
    entities: [['Ann Ortiz', 'PERSON', 'Ann Ortiz']],
    expect: [
      { kind: 'direct', text: 'This is a sad day,', speaker: 'Ann Ortiz', canonical: 'Ann Ortiz' },
      { kind: 'direct', text: 'The claim is a fraud. It always was.', speaker: 'Ann Ortiz', canonical: 'Ann Ortiz' },
    ],
  },
  {
    name: 'regression: quote signed with a dash at the end of its line',
    text: 'Readers sent their views.\n\n“The debate showed who he really is, and it scared me.” ― Marta Ruiz.\n\n“We can still register voters before the deadline.” - Joel Brandt',
    entities: [['Marta Ruiz', 'PERSON', 'Marta Ruiz'], ['Joel Brandt', 'PERSON', 'Joel Brandt']],
    expect: [
      { kind: 'direct', text: 'The debate showed who he really is, and it scared me.', speaker: 'Marta Ruiz', canonical: 'Marta Ruiz' },
      { kind: 'direct', text: 'We can still register voters before the deadline.', speaker: 'Joel Brandt', canonical: 'Joel Brandt' },
    ],
  },
  {
    name: 'after, pronoun resolved to the person named before',
    text: 'Mayor Maria Lopez spoke after the council vote. "We will not back down," she said.',
    entities: [['Maria Lopez', 'PERSON', 'Maria Lopez']],
    expect: [{ kind: 'direct', text: 'We will not back down,', speaker: 'she', canonical: 'Maria Lopez' }],
  },
  {
    name: 'after, name with title and hearer',
    text: '"The talks were productive," Foreign Minister Anna Berg told reporters on Monday.',
    entities: [['Anna Berg', 'PERSON', 'Anna Berg']],
    expect: [{ kind: 'direct', text: 'The talks were productive,', speaker: 'Anna Berg', canonical: 'Anna Berg' }],
  },
  {
    name: 'inverted, name then appositive',
    text: '"The deal is off," said Tom Reilly, a spokesman for the union.',
    entities: [['Tom Reilly', 'PERSON', 'Tom Reilly']],
    expect: [{ kind: 'direct', text: 'The deal is off,', speaker: 'Tom Reilly', canonical: 'Tom Reilly' }],
  },
  {
    name: 'inverted description resolved to the organisation it speaks for',
    text: '"Nobody was hurt," said a spokeswoman for the Northern Rail Company.',
    entities: [['Northern Rail Company', 'ORG', 'Northern Rail Company']],
    expect: [{ kind: 'direct', text: 'Nobody was hurt,', speaker: 'a spokeswoman for the Northern Rail Company', canonical: 'Northern Rail Company' }],
  },
  {
    name: 'before, with a colon',
    text: 'Prime Minister Jonas Dahl told parliament: "We have no choice but to act."',
    entities: [['Jonas Dahl', 'PERSON', 'Jonas Dahl']],
    expect: [{ kind: 'direct', text: 'We have no choice but to act.', speaker: 'Jonas Dahl', canonical: 'Jonas Dahl' }],
  },
  {
    name: 'before, with a comma, description resolved by title',
    text: 'Senator Ruth Hale opened the debate. Later the senator added, "This bill will not pass the Senate."',
    entities: [['Ruth Hale', 'PERSON', 'Ruth Hale']],
    expect: [{ kind: 'direct', text: 'This bill will not pass the Senate.', speaker: 'the senator', canonical: 'Ruth Hale' }],
  },
  {
    name: 'split around the attribution',
    text: 'Defence Secretary Paul Grant met the generals. "That does not mean we are leaving," he said, "but we are reviewing our options."',
    entities: [['Paul Grant', 'PERSON', 'Paul Grant']],
    expect: [
      { kind: 'direct', text: 'That does not mean we are leaving,', speaker: 'he', canonical: 'Paul Grant' },
      { kind: 'direct', text: 'but we are reviewing our options.', speaker: 'he', canonical: 'Paul Grant' },
    ],
  },
  {
    name: 'split with "adding that" and a quoted fragment: the fragment is reported with its "that"',
    text: '"Prices will rise," the central bank governor said, adding that "inflation will remain high for some time."',
    expect: [
      { kind: 'direct', text: 'Prices will rise,', speaker: 'the central bank governor', canonical: null },
      { kind: 'indirect', text: 'that "inflation will remain high for some time."', speaker: 'the central bank governor', canonical: null },
    ],
  },
  {
    name: 'multi-paragraph quote: opening mark on each paragraph, closing on the last',
    text:
      '"We have worked for months on this plan," said Ellen Park, the chief executive of Arden Foods.\n\n' +
      '"It is the best option for our workers and for our customers.\n\n' +
      '"We expect to finish by the end of the year."',
    entities: [['Ellen Park', 'PERSON', 'Ellen Park'], ['Arden Foods', 'ORG', 'Arden Foods']],
    expect: [
      { kind: 'direct', text: 'We have worked for months on this plan,', speaker: 'Ellen Park', canonical: 'Ellen Park' },
      { kind: 'direct', text: 'It is the best option for our workers and for our customers.', speaker: 'Ellen Park', canonical: 'Ellen Park' },
      { kind: 'direct', text: 'We expect to finish by the end of the year.', speaker: 'Ellen Park', canonical: 'Ellen Park' },
    ],
  },
  {
    name: 'hard-wrapped lines: a quote runs over a single line break',
    text: 'The mayor spoke to reporters on Monday as the river kept\nrising. "We will not leave this town to the water, and we will rebuild every\nhouse," Mayor Jane Holt said on\nMonday.',
    entities: [['Jane Holt', 'PERSON', 'Jane Holt']],
    expect: [{ kind: 'direct', text: 'We will not leave this town to the water, and we will rebuild every\nhouse,', speaker: 'Jane Holt', canonical: 'Jane Holt' }],
  },
  {
    name: 'single-line paragraphs: a quote over paragraphs still opens each one',
    text: '"We have worked for months on this plan," said Ellen Park.\n"It is the best option for our workers and for our customers.\n"We expect to finish by the end of the year."',
    entities: [['Ellen Park', 'PERSON', 'Ellen Park']],
    expect: [
      { kind: 'direct', text: 'We have worked for months on this plan,', speaker: 'Ellen Park', canonical: 'Ellen Park' },
      { kind: 'direct', text: 'It is the best option for our workers and for our customers.', speaker: 'Ellen Park', canonical: 'Ellen Park' },
      { kind: 'direct', text: 'We expect to finish by the end of the year.', speaker: 'Ellen Park', canonical: 'Ellen Park' },
    ],
  },
  {
    name: 'paragraph that is only a quote continues the previous speaker',
    text: '"We are not giving up," coach Dan Moore said after the match.\n\n"The season is long and we have a young team."',
    entities: [['Dan Moore', 'PERSON', 'Dan Moore']],
    expect: [
      { kind: 'direct', text: 'We are not giving up,', speaker: 'Dan Moore', canonical: 'Dan Moore' },
      { kind: 'direct', text: 'The season is long and we have a young team.', speaker: 'Dan Moore', canonical: 'Dan Moore' },
    ],
  },
  {
    name: 'previous sentence names the speaker',
    text: 'The storm hit the coast overnight. The mayor said residents should stay indoors. "This is the worst storm in a decade."',
    expect: [
      { kind: 'indirect', text: 'residents should stay indoors', speaker: 'The mayor', canonical: null },
      { kind: 'direct', text: 'This is the worst storm in a decade.', speaker: 'The mayor', canonical: null },
    ],
  },
  {
    name: 'statement noun: "issued a statement saying"',
    text: 'Harlow Airlines issued a statement saying, "We regret the inconvenience caused to our passengers."',
    entities: [['Harlow Airlines', 'ORG', 'Harlow Airlines']],
    expect: [{ kind: 'direct', text: 'We regret the inconvenience caused to our passengers.', speaker: 'Harlow Airlines', canonical: 'Harlow Airlines' }],
  },
  {
    name: 'inverted "tweeted"',
    text: '"It is a disgrace and it must end," tweeted Senator Lisa Grant.',
    entities: [['Lisa Grant', 'PERSON', 'Lisa Grant']],
    expect: [{ kind: 'direct', text: 'It is a disgrace and it must end,', speaker: 'Lisa Grant', canonical: 'Lisa Grant' }],
  },
  {
    name: 'description then "it" resolved to the company',
    text: 'Harlow Steel has cut jobs before. "The plant will close in March," the company said. "It has been losing money for years," it added.',
    entities: [['Harlow Steel', 'ORG', 'Harlow Steel']],
    expect: [
      { kind: 'direct', text: 'The plant will close in March,', speaker: 'the company', canonical: 'Harlow Steel' },
      { kind: 'direct', text: 'It has been losing money for years,', speaker: 'it', canonical: 'Harlow Steel' },
    ],
  },
  {
    name: 'she skips a speaker titled Mr.',
    text: 'Ms. Anna Berg and Mr. Tom Weller met on Monday. "We made progress," Ms. Berg said. "Nothing is agreed yet," Mr. Weller said. "We will meet again in June," she added.',
    entities: [['Anna Berg', 'PERSON', 'Anna Berg'], ['Berg', 'PERSON', 'Anna Berg'], ['Tom Weller', 'PERSON', 'Tom Weller'], ['Weller', 'PERSON', 'Tom Weller']],
    expect: [
      { kind: 'direct', text: 'We made progress,', speaker: 'Berg', canonical: 'Anna Berg' },
      { kind: 'direct', text: 'Nothing is agreed yet,', speaker: 'Weller', canonical: 'Tom Weller' },
      { kind: 'direct', text: 'We will meet again in June,', speaker: 'she', canonical: 'Anna Berg' },
    ],
  },
  {
    name: 'he skips a speaker already called she',
    text: 'Lena Ott and Karl Brandt spoke after the vote. "It was close," Lena Ott said. "Very close," she added. "We expected more," Karl Brandt said. "We will see," he added. "Next time we will win," she said.',
    entities: [['Lena Ott', 'PERSON', 'Lena Ott'], ['Karl Brandt', 'PERSON', 'Karl Brandt']],
    expect: [
      { kind: 'direct', text: 'It was close,', speaker: 'Lena Ott', canonical: 'Lena Ott' },
      { kind: 'direct', text: 'Very close,', speaker: 'she', canonical: 'Lena Ott' },
      { kind: 'direct', text: 'We expected more,', speaker: 'Karl Brandt', canonical: 'Karl Brandt' },
      { kind: 'direct', text: 'We will see,', speaker: 'he', canonical: 'Karl Brandt' },
      { kind: 'direct', text: 'Next time we will win,', speaker: 'she', canonical: 'Lena Ott' },
    ],
  },
  {
    name: 'guillemets',
    text: '«We will not give in,» the minister said.',
    expect: [{ kind: 'direct', text: 'We will not give in,', speaker: 'the minister', canonical: null }],
  },
  {
    name: 'German low-high marks',
    text: '„We are ready to talk,“ said Chancellor Klaus Meier.',
    entities: [['Klaus Meier', 'PERSON', 'Klaus Meier']],
    expect: [{ kind: 'direct', text: 'We are ready to talk,', speaker: 'Klaus Meier', canonical: 'Klaus Meier' }],
  },
  {
    name: 'straight single quotes used as marks, with an apostrophe inside',
    text: "'We aren't going anywhere,' the prime minister said.",
    expect: [{ kind: 'direct', text: "We aren't going anywhere,", speaker: 'the prime minister', canonical: null }],
  },
  {
    name: 'curly single quotes, title before the name',
    text: '‘The decision is final and the club’s appeal has failed,’ Judge Helen Ward said.',
    entities: [['Helen Ward', 'PERSON', 'Helen Ward']],
    expect: [{ kind: 'direct', text: 'The decision is final and the club’s appeal has failed,', speaker: 'Helen Ward', canonical: 'Helen Ward' }],
  },
  {
    name: 'quoted fragment inside a reported clause: one statement, the reported clause with its marks',
    text: 'The president said the agreement was "a historic step toward peace" and thanked the mediators.',
    expect: [
      { kind: 'indirect', text: 'the agreement was "a historic step toward peace" and thanked the mediators', speaker: 'The president', canonical: null },
    ],
  },
  {
    name: 'a short quote framed by its attribution is a statement',
    text: '"Never," she replied.',
    expect: [{ kind: 'direct', text: 'Never,', speaker: 'she', canonical: null }],
  },
  {
    name: 'source of reporting is not the speaker',
    text: '"We can no longer trust the guards," the deputy minister told reporters late on Sunday, according to Bloomberg.',
    entities: [['Bloomberg', 'ORG', 'Bloomberg']],
    expect: [{ kind: 'direct', text: 'We can no longer trust the guards,', speaker: 'the deputy minister', canonical: null }],
  },
  {
    name: 'appositive with a relative clause before the verb',
    text: '"The vote will be delayed," Jan Smit, who chairs the committee, said on Friday.',
    entities: [['Jan Smit', 'PERSON', 'Jan Smit']],
    expect: [{ kind: 'direct', text: 'The vote will be delayed,', speaker: 'Jan Smit', canonical: 'Jan Smit' }],
  },
  {
    name: 'in a statement, X said: …',
    text: 'In a statement, the Harbour Police said: "The two men were arrested without incident."',
    entities: [['Harbour Police', 'ORG', 'Harbour Police']],
    expect: [{ kind: 'direct', text: 'The two men were arrested without incident.', speaker: 'Harbour Police', canonical: 'Harbour Police' }],
  },
  {
    name: '"the group" resolved to the organisation named before',
    text: 'The monitoring group Open Net Watch tracks outages. "Connectivity is now at 5 percent of normal levels," the group said.',
    entities: [['Open Net Watch', 'ORG', 'Open Net Watch']],
    expect: [{ kind: 'direct', text: 'Connectivity is now at 5 percent of normal levels,', speaker: 'the group', canonical: 'Open Net Watch' }],
  },
  {
    name: 'quote before the attribution and its hearer, then "after …"',
    text: '"We can no longer trust the guards" after repeated warnings were ignored, Petrov told reporters in Sofia.',
    entities: [['Petrov', 'PERSON', 'Ivan Petrov']],
    expect: [{ kind: 'direct', text: 'We can no longer trust the guards', speaker: 'Petrov', canonical: 'Ivan Petrov' }],
  },
  {
    name: 'inverted with a description and a name',
    text: '"The border will stay open," said Interior Minister Karl Novak.',
    entities: [['Karl Novak', 'PERSON', 'Karl Novak']],
    expect: [{ kind: 'direct', text: 'The border will stay open,', speaker: 'Karl Novak', canonical: 'Karl Novak' }],
  },
];

export const REPORTED_PATTERNS: Case[] = [
  // Regressions from reading US political news (session 3).
  {
    name: "regression: a ministry description naming another country is not the ministry named before",
    text: 'The Ministry of Foreign Affairs of Norway said the talks were useful. The Ministry of foreign affairs of Chile also condemned the attack.',
    entities: [['Ministry of Foreign Affairs of Norway', 'ORG', 'Ministry of Foreign Affairs of Norway'], ['Chile', 'GPE', 'Chile']],
    expect: [
      { kind: 'indirect', text: 'the talks were useful', speaker: 'Ministry of Foreign Affairs of Norway', canonical: 'Ministry of Foreign Affairs of Norway' },
      { kind: 'indirect', text: 'the attack', speaker: 'The Ministry of foreign affairs of Chile', canonical: null },
    ],
  },
  {
    name: '"pointed out that …", "questioned what …", and a coordinated "… and has called for …"',
    text: 'The fact-checker then pointed out that one shooting may have more than one victim. Ms. Reyes questioned what kind of person sends angry posts at night. Critics have attacked loopholes that help others, and have called for ending the carried-interest rule.',
    entities: [['Reyes', 'PERSON', 'Lia Reyes']],
    expect: [
      { kind: 'indirect', text: 'one shooting may have more than one victim', speaker: 'The fact-checker', canonical: null },
      { kind: 'indirect', text: 'what kind of person sends angry posts at night', speaker: ['Ms. Reyes', 'Reyes'], canonical: 'Lia Reyes' },
      { kind: 'indirect', text: 'ending the carried-interest rule', speaker: 'Critics' },
    ],
  },
  {
    name: 'regression: an age between the name and the relative clause ("Benford, 58, who …, says")',
    text: 'Woodrow Benford, 58, who lives outside the city, says he did not know much about the senator before the race.',
    expect: [{ kind: 'indirect', text: 'he did not know much about the senator before the race', speaker: 'Woodrow Benford' }],
  },
  {
    name: 'a news-agency label before a colon is no speaker ("The Latest: X declares that …")',
    text: 'The Latest: Lena Ortiz declares that the revolution is coming to every state\n\nMore follows.',
    expect: [{ kind: 'indirect', text: 'the revolution is coming to every state', speaker: 'Lena Ortiz' }],
  },
  {
    name: 'regression: "when asked about …" is a reduced passive: the one asked is not a speaker there',
    text: '“That is a fair concern,” Ada Lund, 69, told the network Monday when asked about fears that voters would stay home.',
    entities: [['Ada Lund', 'PERSON', 'Ada Lund']],
    expect: [{ kind: 'direct', text: 'That is a fair concern,', speaker: 'Ada Lund', canonical: 'Ada Lund' }],
  },
  {
    name: 'undertakings and questions: "vowed to …", "asked whether …"; "announced it would …" without "that"',
    text: 'The governor has vowed to bring back lost mining jobs. Lawmakers also asked whether the deals required the firms to cooperate. Harbor Bank this month announced it would drop the fees.',
    entities: [['Harbor Bank', 'ORG', 'Harbor Bank']],
    expect: [
      { kind: 'indirect', text: 'to bring back lost mining jobs', speaker: 'The governor', canonical: null },
      { kind: 'indirect', text: 'whether the deals required the firms to cooperate', speaker: 'Lawmakers' },
      { kind: 'indirect', text: 'it would drop the fees', speaker: 'Harbor Bank', canonical: 'Harbor Bank' },
    ],
  },
  {
    name: 'told/asked a hearer to do something: the directive is what was said',
    text: 'The mayor told residents at a press conference to “stay home and stay safe” until the storm passes. Officials asked drivers to avoid the bridge, but many ignored them.',
    expect: [
      { kind: 'indirect', text: 'to “stay home and stay safe” until the storm passes', speaker: 'The mayor', canonical: null },
      { kind: 'indirect', text: 'to avoid the bridge', speaker: 'Officials', canonical: null },
    ],
  },
  {
    name: 'speech act with its object as content: "accused X of …"',
    text: 'The senator accused the agency of hiding documents from Congress.',
    expect: [{ kind: 'indirect', text: 'the agency of hiding documents from Congress', speaker: 'The senator', canonical: null }],
  },
  {
    name: 'speech act with its object as content: "called X Y" and "called for …"',
    text: 'The campaign called the charges false and fabricated. Critics called for an independent inquiry into the deal.',
    expect: [
      { kind: 'indirect', text: 'the charges false and fabricated', speaker: 'The campaign', canonical: null },
      { kind: 'indirect', text: 'an independent inquiry into the deal', speaker: 'Critics' },
    ],
  },
  {
    name: 'speech act with its object as content: "condemned the attack and called on X to …"',
    text: 'Norway condemned the bombing, offered condolences to the families and called on the government to investigate.',
    entities: [['Norway', 'GPE', 'Norway']],
    expect: [
      { kind: 'indirect', text: 'the bombing', speaker: 'Norway', canonical: 'Norway' },
      { kind: 'indirect', text: 'the government to investigate', speaker: 'Norway', canonical: 'Norway' },
    ],
  },
  {
    name: 'headline attribution: "Name: what they said" on its own line',
    text: 'Harlan: The council needs to stop arguing about the budget\n\nMayor Dee Harlan offered advice to the council on Friday.',
    entities: [['Dee Harlan', 'PERSON', 'Dee Harlan'], ['Harlan', 'PERSON', 'Dee Harlan']],
    expect: [{ kind: 'indirect', text: 'The council needs to stop arguing about the budget', speaker: 'Harlan', canonical: 'Dee Harlan' }],
  },
  {
    name: 'transcript turns: shouted labels before a colon, the turn quoted whole',
    text: 'Partial transcript as follows:\n\n"HOST: Let us start with the news of the day. Will the minister resign?\n\n"BRANDT: Well, look, the minister has done nothing wrong at all.\n\n"(CROSSTALK.)\n\n"HOST: If I may, will she be there tomorrow night?',
    expect: [
      { kind: 'indirect', text: 'Let us start with the news of the day. Will the minister resign', speaker: 'HOST' },
      { kind: 'indirect', text: 'Well, look, the minister has done nothing wrong at all', speaker: 'BRANDT' },
      { kind: 'indirect', text: 'If I may, will she be there tomorrow night', speaker: 'HOST' },
    ],
  },
  {
    name: 'negative: a dateline or a page label before a colon names no speaker',
    text: 'WASHINGTON: The senate voted on the bill late on Tuesday.\n\nUPDATE: The vote was delayed until next week.\n\nPhoto: Senators leave the chamber after the vote.',
    expect: [],
  },
  {
    name: 'regression: a weekday after the verb is when, not what ("lawmakers said Friday afternoon, as …")',
    text: 'The claim is an insult to all voters, top black lawmakers said Friday afternoon, as they bristled at the questions.',
    expect: [{ kind: 'indirect', text: 'The claim is an insult to all voters', speaker: 'top black lawmakers', canonical: null }],
  },
  {
    name: 'regression: name, appositive with "and" in a name, then the verb',
    text: 'Officials at Harbor Security Services, a division of Customs and Border Control, said they were concerned about the documents.',
    expect: [{ kind: 'indirect', text: 'they were concerned about the documents', speaker: 'Officials at Harbor Security Services', canonical: null }],
  },
  {
    name: 'regression: "said it was …" is a clause, not an inverted pronoun speaker; the appositive holds a relative clause',
    text: 'Northgate Transit Authority, the agency that oversees the buses, said it was taking steps to increase checks.',
    entities: [['Northgate Transit Authority', 'ORG', 'Northgate Transit Authority']],
    expect: [{ kind: 'indirect', text: 'it was taking steps to increase checks', speaker: ['Northgate Transit Authority', 'the agency'], canonical: 'Northgate Transit Authority' }],
  },
  {
    name: 'regression: "an architect who said …": the relative pronoun stands for its antecedent',
    text: 'The suit was filed by an architect who said he was never paid after he designed a clubhouse.',
    expect: [{ kind: 'indirect', text: 'he was never paid after he designed a clubhouse', speaker: 'an architect', canonical: null }],
  },
  {
    name: 'X said that …',
    text: 'The minister said that the border would reopen next week.',
    expect: [{ kind: 'indirect', text: 'the border would reopen next week', speaker: 'The minister', canonical: null }],
  },
  {
    name: 'X said … without "that"',
    text: 'Police said the driver had been drinking.',
    expect: [{ kind: 'indirect', text: 'the driver had been drinking', speaker: 'Police', canonical: null }],
  },
  {
    name: 'X told hearer …',
    text: 'Volta Energy told investors it expected profits to fall this year.',
    entities: [['Volta Energy', 'ORG', 'Volta Energy']],
    expect: [{ kind: 'indirect', text: 'it expected profits to fall this year', speaker: 'Volta Energy', canonical: 'Volta Energy' }],
  },
  {
    name: 'according to X, … (sentence start)',
    text: 'According to the health ministry, 42 people were injured in the blast.',
    expect: [{ kind: 'indirect', text: '42 people were injured in the blast', speaker: 'the health ministry', canonical: null }],
  },
  {
    name: '…, according to X (sentence end)',
    text: 'Three people were killed in the attack, according to local officials.',
    expect: [{ kind: 'indirect', text: 'Three people were killed in the attack', speaker: 'local officials', canonical: null }],
  },
  {
    name: 'trailing attribution with hearer',
    text: 'The talks collapsed late on Friday, two diplomats told Reuters.',
    expect: [{ kind: 'indirect', text: 'The talks collapsed late on Friday', speaker: 'two diplomats', canonical: null }],
  },
  {
    name: 'X denied that …',
    text: 'Opposition leader Raj Patel denied that his party had received money from abroad.',
    entities: [['Raj Patel', 'PERSON', 'Raj Patel']],
    expect: [{ kind: 'indirect', text: 'his party had received money from abroad', speaker: 'Raj Patel', canonical: 'Raj Patel' }],
  },
  {
    name: 'pronoun speaker, warned that …',
    text: 'Education Secretary Nora Quinn met teachers on Monday. She warned that further cuts would hurt schools.',
    entities: [['Nora Quinn', 'PERSON', 'Nora Quinn']],
    expect: [{ kind: 'indirect', text: 'further cuts would hurt schools', speaker: 'She', canonical: 'Nora Quinn' }],
  },
  {
    name: 'in a statement, X said …; "the ministry" resolved to the ministry named before',
    text: 'The Ministry of Transport opened an inquiry. In a statement, the ministry said it had suspended the operator.',
    entities: [['Ministry of Transport', 'ORG', 'Ministry of Transport']],
    expect: [{ kind: 'indirect', text: 'it had suspended the operator', speaker: 'the ministry', canonical: 'Ministry of Transport' }],
  },
  {
    name: 'announced on <day> that … (setting skipped)',
    text: 'The union announced on Monday that workers would strike for three days.',
    expect: [{ kind: 'indirect', text: 'workers would strike for three days', speaker: 'The union', canonical: null }],
  },
  {
    name: 'two reported clauses, coordinated',
    text: 'The central bank stated that growth would slow and added that unemployment could rise.',
    expect: [
      { kind: 'indirect', text: 'growth would slow', speaker: 'The central bank', canonical: null },
      { kind: 'indirect', text: 'unemployment could rise', speaker: 'The central bank', canonical: null },
    ],
  },
  {
    name: 'participle after a comma takes the main subject',
    text: 'Cardena Motors blamed its supplier for the recall, saying the parts had failed safety tests.',
    entities: [['Cardena Motors', 'ORG', 'Cardena Motors']],
    expect: [{ kind: 'indirect', text: 'the parts had failed safety tests', speaker: 'Cardena Motors', canonical: 'Cardena Motors' }],
  },
  {
    name: 'appositive name before the description',
    text: 'Lena Holt, spokesperson for the city council, stated that the bridge would remain closed.',
    entities: [['Lena Holt', 'PERSON', 'Lena Holt']],
    expect: [{ kind: 'indirect', text: 'the bridge would remain closed', speaker: 'Lena Holt', canonical: 'Lena Holt' }],
  },
  {
    name: 'description then appositive name',
    text: 'The head of the port authority, Omar Said, told the committee that cargo volumes had doubled.',
    entities: [['Omar Said', 'PERSON', 'Omar Said']],
    expect: [{ kind: 'indirect', text: 'cargo volumes had doubled', speaker: 'Omar Said', canonical: 'Omar Said' }],
  },
  {
    name: 'X told reporters that …',
    text: 'Interior Minister Karl Novak told reporters that the border would stay open.',
    entities: [['Karl Novak', 'PERSON', 'Karl Novak']],
    expect: [{ kind: 'indirect', text: 'the border would stay open', speaker: 'Karl Novak', canonical: 'Karl Novak' }],
  },
  {
    name: 'X stressed that …, pronoun subject resolved',
    text: 'Mayor Maria Lopez visited the flooded district. She stressed that the city would pay for the repairs.',
    entities: [['Maria Lopez', 'PERSON', 'Maria Lopez']],
    expect: [{ kind: 'indirect', text: 'the city would pay for the repairs', speaker: 'She', canonical: 'Maria Lopez' }],
  },
  {
    name: 'X added that …',
    text: 'Coach Dan Moore added that two players would miss the final.',
    entities: [['Dan Moore', 'PERSON', 'Dan Moore']],
    expect: [{ kind: 'indirect', text: 'two players would miss the final', speaker: 'Dan Moore', canonical: 'Dan Moore' }],
  },
  {
    name: 'X claimed that …',
    text: 'The rebels claimed that they had taken the airport.',
    expect: [{ kind: 'indirect', text: 'they had taken the airport', speaker: 'The rebels', canonical: null }],
  },
  {
    name: 'in a statement, X announced that …',
    text: 'In a statement, Volta Energy announced that it would close two plants.',
    entities: [['Volta Energy', 'ORG', 'Volta Energy']],
    expect: [{ kind: 'indirect', text: 'it would close two plants', speaker: 'Volta Energy', canonical: 'Volta Energy' }],
  },
  {
    name: 'a subordinate "while X maintains that …, …" ends at the comma',
    text: 'While the government maintains that the fire was an accident, few residents believe it.',
    expect: [{ kind: 'indirect', text: 'the fire was an accident', speaker: 'the government', canonical: null }],
  },
  {
    name: 'the clause ends before a colon',
    text: 'The attacker claimed that he had two rifles: such weapons are expensive in the country.',
    expect: [{ kind: 'indirect', text: 'he had two rifles', speaker: 'The attacker', canonical: null }],
  },
  {
    name: 'the clause ends before the writer\'s ", days after …"',
    text: 'The airline announced that all flights would resume, two days after a fire closed the terminal.',
    expect: [{ kind: 'indirect', text: 'all flights would resume', speaker: 'The airline', canonical: null }],
  },
  {
    name: 'the clause ends before an absolute ", with X doing …"',
    text: 'The council announced that it had opened an inquiry, with the police doing the same.',
    expect: [{ kind: 'indirect', text: 'it had opened an inquiry', speaker: 'The council', canonical: null }],
  },
  {
    name: 'the clause ends before ", though …" and a coordinated ", and expressed …"',
    text: 'Officials stated that the fire was an accident, though footage shows two men at the door. The mayor said that the damage was limited, and expressed hope that the market would reopen.',
    expect: [
      { kind: 'indirect', text: 'the fire was an accident', speaker: 'Officials', canonical: null },
      { kind: 'indirect', text: 'the damage was limited', speaker: 'The mayor', canonical: null },
    ],
  },
  {
    name: 'a noun of saying with its owner: "its claim that …"',
    text: 'Meridia Airlines stood by its claim that the engine had been serviced on time.',
    entities: [['Meridia Airlines', 'ORG', 'Meridia Airlines']],
    expect: [{ kind: 'indirect', text: 'the engine had been serviced on time', speaker: 'Meridia Airlines', canonical: 'Meridia Airlines' }],
  },
  {
    name: 'a noun of saying as the subject is left alone',
    text: "The ministry's insistence that the border is safe was mocked by residents.",
    expect: [],
  },
  {
    name: 'subject before a participle phrase ("X, citing Y, stated")',
    text: 'The Baltic News Agency, citing police sources, stated that the suspect had fled abroad.',
    entities: [['Baltic News Agency', 'ORG', 'Baltic News Agency']],
    expect: [{ kind: 'indirect', text: 'the suspect had fled abroad', speaker: 'Baltic News Agency', canonical: 'Baltic News Agency' }],
  },
  {
    name: 'a possessive place before "government" resolves to the place',
    text: "Norway's government said that the embassy would reopen in May.",
    entities: [['Norway', 'GPE', 'Norway']],
    expect: [{ kind: 'indirect', text: 'the embassy would reopen in May', speaker: "Norway's government", canonical: 'Norway' }],
  },
  {
    name: 'a definite description after a quoted person is that person',
    text: 'Lena Holt, a former ambassador, spoke to us on Monday. Ms Holt said that the talks had failed. The veteran diplomat added that a new round was unlikely.',
    entities: [['Lena Holt', 'PERSON', 'Lena Holt'], ['Holt', 'PERSON', 'Lena Holt']],
    expect: [
      { kind: 'indirect', text: 'the talks had failed', speaker: 'Holt', canonical: 'Lena Holt' },
      { kind: 'indirect', text: 'a new round was unlikely', speaker: 'The veteran diplomat', canonical: 'Lena Holt' },
    ],
  },
];

/** Things that must not be found as quotes (the direct kind); reported speech is not checked here. */
/** Sentences with a verb of the object-report list used for an act, not speech: no reported speech. */
export const NEGATIVE_REPORTED: Array<[string, string]> = [
  ['called someone on the phone', 'She called the police after the break-in.'],
  ['called a meeting to order', 'He called the meeting to order at nine.'],
  ['called a game off', 'They called the game off because of rain.'],
  ['called a relative', 'She called her mother on Sunday.'],
  ['a man called X', 'A man called Peter Lind opened the shop in 1990.'],
  ['regression: an arrest list, "Name: charges"', 'Those arrested:\n\nRyan Hollman: Dealing in methamphetamine, possession of methamphetamine, possession of paraphernalia.\n\nVictor Burton: Dealing in methamphetamine, visiting a common nuisance.'],
  ['regression: a thing called X', 'A newer charging spec called PD for power delivery cranked up the peak wattage.'],
  ['passive: the subject was named, not speaking', 'After Lena Ortiz was announced winner of the election, the party celebrated.'],
  ['questioning a suspect', 'Police questioned the suspect for hours on Tuesday.'],
  ['pointing a weapon', 'He pointed a gun at the officer and fled.'],
  ['passive: the subject was told', 'The workers were told to leave the building by noon.'],
  ['reduced passive: "when asked about rumours that …"', 'The mayor, when asked about rumours that the plant would close, left the room.'],
  ['reduced passive after a hearer: "told the network Monday when asked about fears that …"', '“That is a fair concern,” Ada Lund, 69, told the network Monday when asked about fears that voters would stay home.'],
];

export const NEGATIVE_DIRECT: Array<[string, string]> = [
  ['scare quote, one word', 'She said the ceasefire was "fragile".'],
  ['regression: phrase quoted inside the writer\'s sentence, nobody named', 'Delegates forced a change in the platform, stripping out a call for "providing lethal defensive weapons" to the region.'],
  ['regression: a label quoted inside the writer\'s sentence, nobody named', 'The paper sent its “national enterprise reporter” to the county fair last week.'],
  ['regression: a data label quoted mid-sentence', 'Reporters kept a running tally and found there had been “3,210 shooting victims” between January and September.'],
  ['scare quote, one word with the period inside', 'The minister considers those claims "ridiculous."'],
  ['scare quote, two words', 'Officials described the incident as a "security lapse" on Tuesday.'],
  ['term after "so-called"', 'The so-called "peace dividend" never came.'],
  ['title of a book', 'Her new book, "The Long Road Home", was published in May.'],
  ['title of a film after its cue word', 'The film "A Quiet Place in the Country" opens on Friday.'],
  ['nickname inside a name', 'Dwayne "The Rock" Johnson said he would run.'],
  ['apostrophes: possessives and contractions', "Azerbaijan's embassy and the workers' union didn't comment; the country’s envoy wasn’t there."],
  ['plural possessive then a word', "The teachers' union met the parents' group on Monday."],
  ['elision and decade', "Rock 'n' roll was big in the '90s and ’80s."],
  ['inch and foot marks', 'The suspect is 5\'10" tall and the screen is 55" wide.'],
  ['straight quote between letters (typo for an apostrophe)', 'Shiites believe Ali to be the prophet"s successor.'],
];

/** Nobody is named: the speaker stays null (or a pronoun stays unresolved), never a guess from an
 *  unrelated sentence; a source of reporting is not the speaker. */
export const NEGATIVE_SPEAKERS: Case[] = [
  {
    name: 'a quote paragraph after a paragraph without speech',
    text: 'Heavy rain fell across the region on Sunday.\n\n"Stay at home and keep away from the rivers tonight."',
    expect: [{ kind: 'direct', text: 'Stay at home and keep away from the rivers tonight.', speaker: null }],
  },
  {
    name: 'a name in the sentence before, but no speech verb',
    text: 'John Carter won the race in record time. "The best runners never stop training."',
    entities: [['John Carter', 'PERSON', 'John Carter']],
    expect: [{ kind: 'direct', text: 'The best runners never stop training.', speaker: null }],
  },
  {
    name: 'the speaker of a paragraph two paragraphs back does not carry over',
    text: 'Anna Berg said the talks were over.\n\nThe border stayed closed on Tuesday.\n\n"We have run out of food and water."',
    entities: [['Anna Berg', 'PERSON', 'Anna Berg']],
    expect: [
      { kind: 'indirect', text: 'the talks were over', speaker: 'Anna Berg', canonical: 'Anna Berg' },
      { kind: 'direct', text: 'We have run out of food and water.', speaker: null },
    ],
  },
  {
    name: 'a pronoun with nobody before it stays unresolved',
    text: '"We will appeal against the ruling," he said.',
    expect: [{ kind: 'direct', text: 'We will appeal against the ruling,', speaker: 'he', canonical: null }],
  },
  {
    name: '"he" does not reach an organisation',
    text: 'Arden Foods cut prices on Monday. "Customers will see the difference," he said.',
    entities: [['Arden Foods', 'ORG', 'Arden Foods']],
    expect: [{ kind: 'direct', text: 'Customers will see the difference,', speaker: 'he', canonical: null }],
  },
  {
    name: 'according to an outlet after a named speaker: the outlet is the source',
    text: 'The company will cut 500 jobs next year, the chief executive told staff on Monday, according to Bloomberg.',
    entities: [['Bloomberg', 'ORG', 'Bloomberg']],
    expect: [{ kind: 'indirect', text: 'The company will cut 500 jobs next year', speaker: 'the chief executive', canonical: null }],
  },
];

/** Unbalanced marks: tolerated with a warning, never an exception. */
export const UNBALANCED: Array<[string, string]> = [
  ['opening mark never closed', 'He said "we will win the next election and left the room.\n\nThe vote is on Sunday.'],
  ['closing mark with no opening', 'The plan” was dropped after the vote.'],
  ['two openings before a closing', 'The report said "the first part "was missing" from the file.'],
];

/** A careful reader's quotes on the sample pages (input/*.txt, run through pipelines/news.json: the
 *  cleaned article bodies), with the speaker words and, where a reader can tell, the entity meant
 *  (the canonical name the entities stage gives that entity; null when nobody is named). */
export const SAMPLE_PAGES: Array<{ file: string; expect: Expected[] }> = [
  {
    file: '000_8fae0fd90044b660.txt',
    expect: [
      { kind: 'indirect', text: 'the closure of its embassy in Tehran is "temporary" and "doesn\'t mean that diplomatic ties had been severed"', speaker: 'Azerbaijan', canonical: 'Azerbaijan' },
      { kind: 'direct', text: "The operation of Azerbaijan's embassy in Iran has been temporarily suspended following the evacuation of its staff and their family members from Iran,", speaker: 'Ayxan Hacizada', canonical: 'Ayxan Hacizada' },
      { kind: 'direct', text: "That doesn't mean that diplomatic ties had been severed,", speaker: 'he', canonical: 'Ayxan Hacizada' },
      { kind: 'indirect', text: 'Baku\'s consulate general in the Iranian city of Tabriz was "up and running"', speaker: 'he', canonical: 'Ayxan Hacizada' },
      { kind: 'indirect', text: "Tehran's police arrested the attacker, who was an Iranian man married to an Azerbaijani woman", speaker: 'authorities' },
      { kind: 'indirect', text: 'the gunman appeared to have had a personal, not a political, motive', speaker: 'They' },
      { kind: 'indirect', text: 'Azerbaijan considers those claims as "ridiculous."', speaker: 'Khalaf Khalafov', canonical: 'Khalaf Khalafov' },
      { kind: 'direct', text: 'We can no longer entrust the security of our embassy staff to Iran', speaker: 'Khalafov', canonical: 'Khalaf Khalafov' },
      { kind: 'indirect', text: 'he hoped "this violent act of terror would be thoroughly investigated"', speaker: 'Ilham Aliyev', canonical: 'Ilham Aliyev' },
      { kind: 'indirect', text: 'Iranian officials were behind the terrorist act against the Azerbaijani embassy in Iran', speaker: 'Mubariz Gurbanli', canonical: 'Mubariz Gurbanli' },
      { kind: 'indirect', text: 'masterminds and perpetrators of this crime should be punished', speaker: 'He', canonical: 'Mubariz Gurbanli' },
      { kind: 'indirect', text: 'the limited internet access that had come back up in Iran has once again “collapsed.”', speaker: 'NetBlocks', canonical: 'NetBlocks' },
      { kind: 'indirect', text: 'the disconnect came after “a brief period when residents could exchange messages with the outside world.”', speaker: 'The group', canonical: 'NetBlocks' },
    ],
  },
  {
    file: '001_4d7176279bcdf3e2.txt',
    expect: [
      { kind: 'indirect', text: 'the attack originated from a personal dispute', speaker: 'Iran’s government', canonical: 'Iran' },
      { kind: 'indirect', text: 'the gunman entered the embassy with his two children', speaker: 'Hossein Rahimi', canonical: 'Hossein Rahimi' },
      { kind: 'indirect', text: 'he had two assault weapons', speaker: 'the attacker', canonical: null },
      { kind: 'direct', text: 'We demand that this terrorist act be investigated and the terrorist be punished.', speaker: 'Ilham Aliyev', canonical: 'Ilham Aliyev' },
      { kind: 'indirect', text: 'he hoped that this attack would not hurt bilateral ties between the two countries', speaker: 'Hossein Amirabdollahian', canonical: 'Hossein Amirabdollahian' },
      { kind: 'indirect', text: 'it is part of a growing “anti-Azerbaijan campaign” that has been gaining traction in Iran', speaker: ['Ministry of Foreign Affairs', 'Azerbaijan’s Ministry of Foreign Affairs'], canonical: ['Ministry of Foreign Affairs', 'Azerbaijan’s Ministry of Foreign Affairs'] },
      { kind: 'indirect', text: 'it would open an embassy in Tel Aviv', speaker: 'Azerbaijan', canonical: 'Azerbaijan' },
      { kind: 'direct', text: 'We remind the Government of Iran of its responsibility under the Geneva Convention to protect foreign diplomats in Iran.', speaker: 'U.S. State Department', canonical: 'U.S. State Department' },
      { kind: 'direct', text: 'Türkiye, which has been subjected to similar attacks in the past, deeply shares the pain of the Azerbaijani people…. Azerbaijan is not alone. Our support to Azerbaijan will continue without interruption, as it always has,', speaker: 'Turkish Foreign Ministry', canonical: 'Turkish Foreign Ministry' },
    ],
  },
  {
    file: '002_3b53b3370a55f132.txt',
    expect: [
      { kind: 'indirect', text: "the assailant attacked a staffer at the parking lot in front of the embassy's entrance before entering the premises", speaker: "Iran's police chief", canonical: null },
      { kind: 'indirect', text: 'the embassy attack was a act of terror', speaker: 'Ilham Aliyev', canonical: 'Ilham Aliyev' },
      { kind: 'direct', text: 'Terror against diplomatic missions is unacceptable!', speaker: 'he', canonical: 'Ilham Aliyev' },
      { kind: 'indirect', text: 'Tehran failed to give protection to the diplomatic mission', speaker: 'Azerbaijan', canonical: 'Azerbaijan' },
      { kind: 'direct', text: 'The attacker broke through the guard post, killing the head of security with a Kalashnikov assault rifle ... All responsibility for the attack lies with Iran,', speaker: 'a spokesman for the Azerbaijani Foreign Ministry', canonical: 'Azerbaijani Foreign Ministry' },
      { kind: 'indirect', text: 'the attacker was arrested by the police while he was trying to escape', speaker: 'Iranian official', canonical: null },
      { kind: 'indirect', text: 'Iranian lapses led to the attack', speaker: 'Azerbaijan', canonical: 'Azerbaijan' },
      { kind: 'direct', text: '... Measures to prevent such situations and to ensure the safety of our diplomatic missions have been constantly raised before Iran,', speaker: 'the ministry', canonical: 'Azerbaijani Foreign Ministry' },
      { kind: 'indirect', text: "This attack demonstrates the 'serious consequences of not showing proper sensitivity to our urgent appeals in this direction,'", speaker: 'it', canonical: 'Azerbaijani Foreign Ministry' },
      { kind: 'indirect', text: 'it was the result of a personal grudge', speaker: 'Iran', canonical: 'Iran' },
    ],
  },
  {
    file: '003_8f6a14711d68b79c.txt',
    expect: [
      { kind: 'indirect', text: 'he needed cooperation of the Azerbaijani embassy', speaker: 'He', canonical: null },
      { kind: 'indirect', text: 'the reason for closing down the embassy was the attack by a man who attacked the building of the embassy', speaker: 'Ghazaee', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: 'he reviewed the speeches of Aliyev and other officials of Azerbaijan during the tensions', speaker: 'The former ambassador to Azerbaijan', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: 'Azerbaijan was planning to take action after rebuilding its army and military power that was a left of the Soviet time', speaker: 'The Azerbaijani affairs expert', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: 'any transportation from this route should take place with its authorization', speaker: 'Azerbaijan', canonical: 'Azerbaijan' },
      { kind: 'indirect', text: 'to flex muscles to Armenia, Azerbaijan staged military exercises with Turkey and Pakistan, sending Iran upset', speaker: 'Ghazaee', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: "he follows Aliyev's speeches and the Azerbaijani president never talked against Tehran", speaker: 'He', canonical: 'Ahad Ghazaee' },
      // The entities stage links this "Aliyev" to Heydar Aliyev, the only full name on the page (a known miss): no canonical asserted.
      { kind: 'indirect', text: 'it the bridge of Iran-Azerbaijan friendship', speaker: 'Aliyev' },
      { kind: 'indirect', text: 'President Raisi understood the importance of relations with Azerbaijan and sought to expand ties with neighbors especially Baku', speaker: 'Ghazaee', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: 'Baku had asked Iran to build the dam jointly after liberation of Azerbaijani territory, but Iran built it independently using its own technology and ensured Baku that they will use it jointly after liberation of territory', speaker: 'He', canonical: 'Ahad Ghazaee' },
      { kind: 'indirect', text: 'to build the dam jointly after liberation of Azerbaijani territory', speaker: 'Baku', canonical: 'Baku' },
      { kind: 'indirect', text: 'after Pezeshkian was announced winner of the election, Baku took no standing in relation to Iranian elections and Aliyev was among the first officials to congratulate the president-elect', speaker: 'He', canonical: 'Ahad Ghazaee' },
    ],
  },
  {
    file: '004_299e6175bcc7da2b.txt',
    expect: [
      { kind: 'indirect', text: 'the attack was committed on personal grounds, and that the perpetrator came to the scene with two young children', speaker: "Iran's law enforcement agencies" },
      { kind: 'indirect', text: 'it had started investigating the matter', speaker: 'the Iranian side' },
      { kind: 'indirect', text: 'after the attack, the police and security forces immediately intervened and the attacker was detained, and placed under investigation', speaker: 'Nasir Kanani', canonical: 'Nasir Kanani' },
      { kind: 'indirect', text: 'the preliminary investigation suggested the motive of the attacker was believed to be personal, with family issues', speaker: 'Hossein Rahimi', canonical: 'Hossein Rahimi' },
      { kind: 'indirect', text: 'the motive of the attacker was believed to be personal, with family issues', speaker: 'the preliminary investigation' },
      { kind: 'indirect', text: 'the attacker initially arrived at the administrative building with a 14-year-old girl and a 7-year-old boy in a Kia Pride', speaker: 'Rahimi', canonical: 'Hossein Rahimi' },
      { kind: 'indirect', text: 'the suspect claimed during the preliminary investigation that his wife went to the embassy in April 2022 and did not return home', speaker: 'Mohammad Shahriari', canonical: 'Mohammad Shahriari' },
      { kind: 'indirect', text: 'his wife went to the embassy in April 2022 and did not return home', speaker: 'the suspect', canonical: null },
      { kind: 'indirect', text: 'when he visited the embassy many times, he did not receive any response from them and that he thought his wife was at the embassy', speaker: 'He', canonical: null },
      { kind: 'indirect', text: 'the perpetrator filed a missing persons report with the police in Urmia, West Azerbaijan province, over his missing wife, who was from Baku, in mid-April 2022, but the case was closed after police found out that the woman had returned to Azerbaijan', speaker: 'Islamic Republic News Agency', canonical: 'Islamic Republic News Agency' },
      { kind: 'indirect', text: 'he "decided to go to the embassy this morning with the Kalashnikov rifle I had already prepared', speaker: 'The perpetrator', canonical: null },
      { kind: 'indirect', text: 'this information was completely baseless', speaker: 'Azerbaijani Press Agency', canonical: 'Azerbaijani Press Agency' },
      { kind: 'indirect', text: 'the attack on the embassy was an act of terrorism', speaker: 'Azerbaijani Press Agency', canonical: 'Azerbaijani Press Agency' },
      { kind: 'indirect', text: 'that "they don\'t think that the attack was carried out on personal grounds', speaker: 'Aykhan Hajizadeh', canonical: 'Aykhan Hajizadeh' },
      { kind: 'indirect', text: 'the police guard at the embassies cannot be armed as per protocol and can only call the armed section in the case of emergencies', speaker: 'Ahmad-Reza Radan', canonical: 'Ahmad-Reza Radan' },
      { kind: 'indirect', text: "53 embassy staff members have been evacuated from Tehran and that the embassy's operation has been suspended", speaker: 'Khalaf Khalafov', canonical: 'Khalaf Khalafov' },
      { kind: 'direct', text: 'The fact that, right after this act of terror, the terrorist was interviewed by Iranian media demonstrates that he was one of those who was sent by some of the branches of Iranian establishment. And another strange thing was that two days after, he was announced as mentally disabled. How could they [have] held this expertise so quickly? That is an attempt to protect him from justice', speaker: 'Aliyev', canonical: 'Ilham Aliyev' },
      { kind: 'indirect', text: 'the UN condemned the attack', speaker: 'Stéphane Dujarric', canonical: 'Stéphane Dujarric' },
      { kind: 'indirect', text: 'the attack', speaker: 'UN', after: 'stated that the UN condemned' },
      { kind: 'indirect', text: 'attacks against diplomatic missions are strictly prohibited under international law', speaker: 'Stéphane Dujarric', canonical: 'Stéphane Dujarric' },
      // Speech acts whose content is their object ("condemned the attack", "called it a …", "called for …").
      { kind: 'indirect', text: 'it a "terrorist act"', speaker: 'The Azerbaijani government' },
      { kind: 'indirect', text: 'respecting diplomatic missions and punishing the perpetrators', speaker: 'Saudi Arabia', canonical: 'Saudi Arabia' },
      { kind: 'indirect', text: 'Iran to "shed light" on the attack', speaker: 'Ministry of foreign affairs of France' },
      { kind: 'indirect', text: 'a full investigation and accountability', speaker: 'Peter Stano', canonical: 'Peter Stano' },
      { kind: 'indirect', text: 'accountability of the perpetrators', speaker: 'Bujar Osmani', canonical: 'Bujar Osmani' },
      { kind: 'indirect', text: 'the attack', speaker: 'Ilham Aliyev', canonical: 'Ilham Aliyev', after: 'Ilham Aliyev strongly condemned' },
      { kind: 'indirect', text: 'the attack', speaker: 'United States', after: 'The United States condemned' },
      { kind: 'indirect', text: 'the attack', speaker: 'Ministry of foreign affairs of France', after: 'France also condemned' },
      { kind: 'indirect', text: 'the attack', speaker: 'Bujar Osmani', canonical: 'Bujar Osmani', after: 'North Macedonia, strongly condemned' },
    ],
  },
];

/** Written after the rules above and scored once before any change to the stage (figures in
 *  .scratch/notes/issue-7.md): a check on wording the rules were not fitted to. Cases that still
 *  fail carry `known`. */
export const UNSEEN_PATTERNS: Case[] = [
  {
    name: 'inverted name with a trailing appositive',
    text: '"We are deeply concerned by the escalation," said Maria Santos, the UN envoy for the region.',
    entities: [['Maria Santos', 'PERSON', 'Maria Santos'], ['UN', 'ORG', 'United Nations']],
    expect: [{ kind: 'direct', text: 'We are deeply concerned by the escalation,', speaker: 'Maria Santos', canonical: 'Maria Santos' }],
  },
  {
    name: 'appositive name, "said in an interview that"',
    text: "The company's chief executive, Peter Lang, said in an interview that the merger would create 2,000 jobs.",
    entities: [['Peter Lang', 'PERSON', 'Peter Lang']],
    expect: [{ kind: 'indirect', text: 'the merger would create 2,000 jobs', speaker: 'Peter Lang', canonical: 'Peter Lang' }],
  },
  {
    name: 'honorific and a second quote in the next sentence',
    text: 'Amina Khan lost the case on Monday. "This is not over," Ms. Khan told The Associated Press by phone. "We will take it to the Supreme Court."',
    entities: [['Amina Khan', 'PERSON', 'Amina Khan'], ['Khan', 'PERSON', 'Amina Khan'], ['The Associated Press', 'ORG', 'Associated Press']],
    expect: [
      { kind: 'direct', text: 'This is not over,', speaker: 'Khan', canonical: 'Amina Khan' },
      { kind: 'direct', text: 'We will take it to the Supreme Court.', speaker: 'Khan', canonical: 'Amina Khan' },
    ],
  },
  {
    name: 'officials at an organisation',
    text: 'Officials at the Health Ministry said 12 new cases had been confirmed overnight.',
    entities: [['Health Ministry', 'ORG', 'Health Ministry']],
    expect: [{ kind: 'indirect', text: '12 new cases had been confirmed overnight', speaker: 'Officials at the Health Ministry', canonical: 'Health Ministry' }],
  },
  {
    name: 'an institution speaks, "said on Tuesday it was"',
    text: 'The White House said on Tuesday it was reviewing the report.',
    entities: [['White House', 'ORG', 'White House']],
    expect: [{ kind: 'indirect', text: 'it was reviewing the report', speaker: 'White House', canonical: 'White House' }],
  },
  {
    name: 'curly marks, "insisted" after the quote',
    text: '“I never said that,” the senator insisted.',
    expect: [{ kind: 'direct', text: 'I never said that,', speaker: 'the senator', canonical: null }],
  },
  {
    name: 'short answer after "replied:"',
    text: 'Asked whether he would resign, Mr. Ortiz replied: "Absolutely not."',
    entities: [['Ortiz', 'PERSON', 'Luis Ortiz']],
    expect: [{ kind: 'direct', text: 'Absolutely not.', speaker: 'Ortiz', canonical: 'Luis Ortiz' }],
  },
  {
    name: '"she added, pointing to" with the name in the sentence before',
    text: 'Police Chief Dana Reyes presented the figures on Monday. "The numbers speak for themselves," she added, pointing to a 40 percent drop in crime.',
    entities: [['Dana Reyes', 'PERSON', 'Dana Reyes']],
    expect: [{ kind: 'direct', text: 'The numbers speak for themselves,', speaker: 'she', canonical: 'Dana Reyes' }],
  },
  {
    name: 'according to witnesses',
    text: 'According to witnesses, the gunman fired at least 20 shots.',
    expect: [{ kind: 'indirect', text: 'the gunman fired at least 20 shots', speaker: 'witnesses', canonical: null }],
  },
  {
    name: 'the bank warned that',
    text: 'The bank warned that inflation could stay above its target until 2026.',
    expect: [{ kind: 'indirect', text: 'inflation could stay above its target until 2026', speaker: 'The bank', canonical: null }],
  },
  {
    name: 'plural common-noun speaker',
    text: 'Analysts said the decision was widely expected.',
    expect: [{ kind: 'indirect', text: 'the decision was widely expected', speaker: 'Analysts', canonical: null }],
  },
  {
    name: 'quote, title and name, "adding that"',
    text: '"It\'s a great day for the city," Mayor Tom Reed said at a news conference, adding that construction would start in the spring.',
    entities: [['Tom Reed', 'PERSON', 'Tom Reed']],
    expect: [
      { kind: 'direct', text: "It's a great day for the city,", speaker: 'Tom Reed', canonical: 'Tom Reed' },
      { kind: 'indirect', text: 'construction would start in the spring', speaker: 'Tom Reed', canonical: 'Tom Reed' },
    ],
  },
  {
    name: 'foreign ministry statement with a quoted fragment',
    text: 'Russia\'s foreign ministry said in a statement that the sanctions were "illegal and counterproductive."',
    entities: [['Russia', 'GPE', 'Russia'], ['foreign ministry', 'ORG', 'Russian Foreign Ministry']],
    expect: [
      { kind: 'indirect', text: 'the sanctions were "illegal and counterproductive."', speaker: 'foreign ministry', canonical: 'Russian Foreign Ministry' },
    ],
  },
  {
    name: 'inverted name with age and relative clause',
    text: '"We have lost everything," said Ahmed Hassan, 54, whose house was destroyed.',
    entities: [['Ahmed Hassan', 'PERSON', 'Ahmed Hassan']],
    expect: [{ kind: 'direct', text: 'We have lost everything,', speaker: 'Ahmed Hassan', canonical: 'Ahmed Hassan' }],
  },
  {
    name: 'participle setting before the speaker',
    text: 'Speaking to reporters in Geneva, the foreign minister said the talks had been "constructive."',
    expect: [{ kind: 'indirect', text: 'the talks had been "constructive."', speaker: 'the foreign minister', canonical: null }],
  },
  {
    name: 'relative clause between subject and verb',
    text: 'The union, which represents 40,000 nurses, said its members would walk out on Friday.',
    expect: [{ kind: 'indirect', text: 'its members would walk out on Friday', speaker: 'The union', canonical: null }],
  },
  {
    name: 'in a post, X wrote that … with a fragment',
    text: 'In a post on X, the prime minister wrote that the country "will not be intimidated."',
    expect: [
      { kind: 'indirect', text: 'the country "will not be intimidated."', speaker: 'the prime minister', canonical: null },
    ],
  },
  {
    name: 'witnesses told an agency that',
    text: 'Witnesses told Reuters that security forces opened fire on the crowd.',
    entities: [['Reuters', 'ORG', 'Reuters']],
    expect: [{ kind: 'indirect', text: 'security forces opened fire on the crowd', speaker: 'Witnesses', canonical: null }],
  },
  {
    name: 'a quote over three paragraphs, inverted title and name',
    text: '"First, we need to stop the fighting," said General Amos Obi.\n\n"Then we can talk about elections.\n\n"But not before the guns are silent."',
    entities: [['Amos Obi', 'PERSON', 'Amos Obi']],
    expect: [
      { kind: 'direct', text: 'First, we need to stop the fighting,', speaker: 'Amos Obi', canonical: 'Amos Obi' },
      { kind: 'direct', text: 'Then we can talk about elections.', speaker: 'Amos Obi', canonical: 'Amos Obi' },
      { kind: 'direct', text: 'But not before the guns are silent.', speaker: 'Amos Obi', canonical: 'Amos Obi' },
    ],
  },
  {
    name: 'a spokesperson for a company, fragment of two words',
    text: 'A spokesperson for Meta said the company was "looking into" the reports.',
    entities: [['Meta', 'ORG', 'Meta']],
    expect: [{ kind: 'indirect', text: 'the company was "looking into" the reports', speaker: 'A spokesperson for Meta', canonical: 'Meta' }],
  },
  {
    name: 'present tense "say"',
    text: 'Experts say the virus is unlikely to spread widely.',
    expect: [{ kind: 'indirect', text: 'the virus is unlikely to spread widely', speaker: 'Experts', canonical: null }],
  },
  {
    name: 'anonymous official with a relative clause, told an agency',
    text: '"We\'re working around the clock," a hospital official, who asked not to be named, told AFP.',
    entities: [['AFP', 'ORG', 'Agence France-Presse']],
    expect: [{ kind: 'direct', text: "We're working around the clock,", speaker: 'a hospital official', canonical: null }],
  },
  {
    name: 'a named speaker and an agency as the source',
    text: 'President Lula said Brazil would host the summit, according to the state news agency.',
    entities: [['Lula', 'PERSON', 'Luiz Inácio Lula da Silva'], ['Brazil', 'GPE', 'Brazil']],
    expect: [{ kind: 'indirect', text: 'Brazil would host the summit', speaker: 'Lula', canonical: 'Luiz Inácio Lula da Silva' }],
  },
  { name: 'negated: did not say', text: 'The ministry did not say how many people had been detained.', expect: [] },
  { name: 'negated: have not said whether', text: 'Police have not said whether anyone was arrested.', expect: [] },
  { name: 'declined to comment', text: 'He declined to comment further.', expect: [] },
  { name: 'denied with an object, no clause', text: 'Smith, a former police officer, denied the charges.', expect: [] },
  { name: 'a hashtag', text: 'The hashtag "#StopTheWar" trended all day.', expect: [] },
  { name: 'a song title', text: 'Fans sang "We Are the Champions" after the final whistle.', expect: [] },
  { name: 'a group name in quotes', text: 'The so-called "Islamic State" claimed the attack.', expect: [] },
];

/** A second table written after the fixes prompted by UNSEEN_PATTERNS, also scored once before any
 *  change (first figures in .scratch/notes/issue-7.md). */
export const UNSEEN_PATTERNS_2: Case[] = [
  {
    name: 'quoted as saying: the person quoted speaks, not the agency',
    text: 'The state news agency quoted Defence Minister Ali Reza as saying the drills would continue.',
    entities: [['Ali Reza', 'PERSON', 'Ali Reza']],
    expect: [{ kind: 'indirect', text: 'the drills would continue', speaker: 'Ali Reza', canonical: 'Ali Reza' }],
  },
  {
    name: 'was quoted as saying with a direct quote',
    text: 'Coach Marta Lind was quoted as saying: "We played without fear tonight."',
    entities: [['Marta Lind', 'PERSON', 'Marta Lind']],
    expect: [{ kind: 'direct', text: 'We played without fear tonight.', speaker: 'Marta Lind', canonical: 'Marta Lind' }],
  },
  {
    name: "someone's office said",
    text: "The prime minister's office said the visit had been postponed.",
    expect: [{ kind: 'indirect', text: 'the visit had been postponed', speaker: "The prime minister's office", canonical: null }],
  },
  {
    name: 'a source told an agency, anonymous',
    text: 'A source familiar with the talks told Reuters the deal could be signed next week.',
    entities: [['Reuters', 'ORG', 'Reuters']],
    expect: [{ kind: 'indirect', text: 'the deal could be signed next week', speaker: 'A source familiar with the talks', canonical: null }],
  },
  {
    name: 'she wrote in a letter that',
    text: 'Judge Ellen Ward resigned on Friday. She wrote in a letter to the governor that the court had lost its independence.',
    entities: [['Ellen Ward', 'PERSON', 'Ellen Ward']],
    expect: [{ kind: 'indirect', text: 'the court had lost its independence', speaker: 'She', canonical: 'Ellen Ward' }],
  },
  {
    name: 'X said that "…" (quote as the whole clause): reported speech with quoted words',
    text: 'Senator Mark Bell said that "nobody in this chamber wants a shutdown."',
    entities: [['Mark Bell', 'PERSON', 'Mark Bell']],
    expect: [{ kind: 'indirect', text: 'that "nobody in this chamber wants a shutdown."', speaker: 'Mark Bell', canonical: 'Mark Bell' }],
  },
  {
    name: 'a question in quotes',
    text: '"Why should we pay for their mistakes?" asked Rosa Diaz, a shop owner in the old town.',
    entities: [['Rosa Diaz', 'PERSON', 'Rosa Diaz']],
    expect: [{ kind: 'direct', text: 'Why should we pay for their mistakes?', speaker: 'Rosa Diaz', canonical: 'Rosa Diaz' }],
  },
  {
    name: 'his lawyer said',
    text: 'Daniel Moss was released on bail. His lawyer said the charges were politically motivated.',
    entities: [['Daniel Moss', 'PERSON', 'Daniel Moss']],
    expect: [{ kind: 'indirect', text: 'the charges were politically motivated', speaker: 'His lawyer', canonical: null }],
  },
  {
    name: 'the Kremlin said',
    text: 'The Kremlin said on Monday that it saw no reason to change its position.',
    entities: [['Kremlin', 'ORG', 'Kremlin']],
    expect: [{ kind: 'indirect', text: 'it saw no reason to change its position', speaker: 'Kremlin', canonical: 'Kremlin' }],
  },
  {
    name: 'nested single quotes inside a double quote',
    text: '"When they told me \'you are fired\', I laughed," said Tom Hale.',
    entities: [['Tom Hale', 'PERSON', 'Tom Hale']],
    expect: [{ kind: 'direct', text: "When they told me 'you are fired', I laughed,", speaker: 'Tom Hale', canonical: 'Tom Hale' }],
  },
  {
    name: 'told state media',
    text: 'Foreign Minister Yusuf Kaya told state media that the border crossing would reopen.',
    entities: [['Yusuf Kaya', 'PERSON', 'Yusuf Kaya']],
    expect: [{ kind: 'indirect', text: 'the border crossing would reopen', speaker: 'Yusuf Kaya', canonical: 'Yusuf Kaya' }],
  },
  {
    name: 'they said, the group named before',
    text: 'Members of the Green Alliance walked out of the vote. They said the bill ignored climate targets.',
    entities: [['Green Alliance', 'ORG', 'Green Alliance']],
    expect: [{ kind: 'indirect', text: 'the bill ignored climate targets', speaker: 'They', canonical: 'Green Alliance' }],
  },
  {
    name: 'the 45-year-old said',
    text: 'Carla Mendes won her third title on Sunday. "I did not expect this at all," the 45-year-old said.',
    entities: [['Carla Mendes', 'PERSON', 'Carla Mendes']],
    expect: [{ kind: 'direct', text: 'I did not expect this at all,', speaker: 'the 45-year-old', canonical: 'Carla Mendes' }],
  },
  {
    name: 'joint statement of two leaders',
    text: 'The two leaders said in a joint statement that they would work to end the conflict.',
    expect: [{ kind: 'indirect', text: 'they would work to end the conflict', speaker: 'The two leaders', canonical: null }],
  },
  {
    name: 'colon after a statement, no verb of saying',
    text: 'The ministry\'s message was clear: "Leave the area immediately."',
    expect: [{ kind: 'direct', text: 'Leave the area immediately.', speaker: null }],
  },
  {
    name: 'ellipsis inside the quote',
    text: '"We tried everything ... but the water kept rising," said farmer Joe Platt.',
    entities: [['Joe Platt', 'PERSON', 'Joe Platt']],
    expect: [{ kind: 'direct', text: 'We tried everything ... but the water kept rising,', speaker: 'Joe Platt', canonical: 'Joe Platt' }],
  },
  {
    name: 'attribution in the middle of a long sentence quote',
    text: '"The economy is slowing," the report by the central bank said, "and unemployment is likely to rise in the coming months."',
    expect: [
      { kind: 'direct', text: 'The economy is slowing,', speaker: 'the central bank', canonical: null },
      { kind: 'direct', text: 'and unemployment is likely to rise in the coming months.', speaker: 'the central bank', canonical: null },
    ],
  },
  {
    name: 'according to a statement from an organisation',
    text: 'According to a statement from the Red Cross, more than 300 families have been displaced.',
    entities: [['Red Cross', 'ORG', 'Red Cross']],
    expect: [{ kind: 'indirect', text: 'more than 300 families have been displaced', speaker: 'Red Cross', canonical: 'Red Cross' }],
  },
  {
    name: 'insisted that, subject with title',
    text: 'Health Secretary Ian Clark insisted that hospitals were coping with demand.',
    entities: [['Ian Clark', 'PERSON', 'Ian Clark']],
    expect: [{ kind: 'indirect', text: 'hospitals were coping with demand', speaker: 'Ian Clark', canonical: 'Ian Clark' }],
  },
  {
    name: 'speaker then quote in the next paragraph, after a colon',
    text: 'In a video posted online, the group’s leader addressed his followers:\n\n"We will not lay down our weapons until our demands are met."',
    expect: [{ kind: 'direct', text: 'We will not lay down our weapons until our demands are met.', speaker: 'the group’s leader', canonical: null }],
  },
  { name: 'a word as a word', text: 'The word "freedom" appears 12 times in the speech.', expect: [] },
  { name: 'a TV show title', text: 'The finale of "The Last of Us" drew 8 million viewers.', expect: [] },
  { name: 'a nickname in quotes', text: 'Police arrested a man known as "the Butcher of Elm Street" on Tuesday.', expect: [] },
  {
    name: 'scare quotes around a claim: no direct quote, but "calls X Y" reports the claim',
    text: 'The regime calls the protests "foreign-backed riots" and blames the West.',
    expect: [{ kind: 'indirect', text: 'the protests "foreign-backed riots"', speaker: 'The regime', canonical: null }],
  },
  { name: 'measures and apostrophes together', text: "The 6' 2\" forward missed the '22 season with an injury.", expect: [] },
];

/** The expected value itself, or the one of its accepted alternatives that was found. */
export function accepted<T>(want: T | T[], got: T): T {
  return Array.isArray(want) ? (want.includes(got) ? got : (want[0] as T)) : want;
}

/** A third table, written last and scored once; the figures reported for it are that first score
 *  (.scratch/notes/issue-7.md). Cases that fail carry `known` and are kept as they are. */
export const UNSEEN_PATTERNS_3: Case[] = [
  {
    name: 'long title before the name, quote after',
    text: 'European Commission Vice-President Elena Rossi said: "There will be no exceptions for anyone."',
    entities: [['European Commission', 'ORG', 'European Commission'], ['Elena Rossi', 'PERSON', 'Elena Rossi']],
    expect: [{ kind: 'direct', text: 'There will be no exceptions for anyone.', speaker: 'Elena Rossi', canonical: 'Elena Rossi' }],
  },
  {
    name: 'two speakers in consecutive paragraphs',
    text: '"We welcome the decision," said union leader Paul Hart.\n\n"It changes nothing for us," said Ana Cruz, who runs a bakery nearby.',
    entities: [['Paul Hart', 'PERSON', 'Paul Hart'], ['Ana Cruz', 'PERSON', 'Ana Cruz']],
    expect: [
      { kind: 'direct', text: 'We welcome the decision,', speaker: 'Paul Hart', canonical: 'Paul Hart' },
      { kind: 'direct', text: 'It changes nothing for us,', speaker: 'Ana Cruz', canonical: 'Ana Cruz' },
    ],
  },
  {
    name: 'pronoun after a paragraph about two people resolves to the last speaker',
    text: 'Lena Park met Omar Haddad in Cairo on Sunday. Park said the meeting had been useful.\n\n"We agreed on the next steps," she said.',
    entities: [['Lena Park', 'PERSON', 'Lena Park'], ['Park', 'PERSON', 'Lena Park'], ['Omar Haddad', 'PERSON', 'Omar Haddad']],
    expect: [
      { kind: 'indirect', text: 'the meeting had been useful', speaker: 'Park', canonical: 'Lena Park' },
      { kind: 'direct', text: 'We agreed on the next steps,', speaker: 'she', canonical: 'Lena Park' },
    ],
  },
  {
    name: 'reported speech with "would" and a time after the verb',
    text: 'The defence ministry said late on Saturday that its forces had repelled the attack.',
    expect: [{ kind: 'indirect', text: 'its forces had repelled the attack', speaker: 'The defence ministry', canonical: null }],
  },
  {
    name: 'quote with the speaker in the middle and no comma inside the mark',
    text: '"I am not going anywhere" the coach said, "and neither are my players."',
    expect: [
      { kind: 'direct', text: 'I am not going anywhere', speaker: 'the coach', canonical: null },
      { kind: 'direct', text: 'and neither are my players.', speaker: 'the coach', canonical: null },
    ],
  },
  {
    name: 'reported speech introduced by "explained that"',
    text: 'Dr. Sara Lee explained that the vaccine needs two doses to be effective.',
    entities: [['Sara Lee', 'PERSON', 'Sara Lee']],
    expect: [{ kind: 'indirect', text: 'the vaccine needs two doses to be effective', speaker: 'Sara Lee', canonical: 'Sara Lee' }],
  },
  {
    name: 'spokesperson with a name after the description',
    text: 'A spokesperson for the airline, Jo Baker, said the flight landed safely.',
    entities: [['Jo Baker', 'PERSON', 'Jo Baker']],
    expect: [{ kind: 'indirect', text: 'the flight landed safely', speaker: 'Jo Baker', canonical: 'Jo Baker' }],
  },
  {
    name: 'organisation pronoun "it said in a statement"',
    text: 'Northwind Energy cut its forecast. It said in a statement that demand had fallen sharply.',
    entities: [['Northwind Energy', 'ORG', 'Northwind Energy']],
    expect: [{ kind: 'indirect', text: 'demand had fallen sharply', speaker: 'It', canonical: 'Northwind Energy' }],
  },
  {
    name: 'a quote introduced by "saying" after a comma',
    text: 'The minister defended the plan, saying: "It is the only way to balance the budget."',
    expect: [{ kind: 'direct', text: 'It is the only way to balance the budget.', speaker: 'The minister', canonical: null }],
  },
  {
    name: 'according to the police, sentence end with a name',
    text: 'The suspect fled on foot, according to police spokesman Karl Weber.',
    entities: [['Karl Weber', 'PERSON', 'Karl Weber']],
    expect: [{ kind: 'indirect', text: 'The suspect fled on foot', speaker: 'Karl Weber', canonical: 'Karl Weber' }],
  },
  {
    name: 'guillemets with an attribution before',
    text: 'Le Monde quoted the president as saying: «We will rebuild the cathedral within five years.»',
    entities: [['Le Monde', 'ORG', 'Le Monde']],
    expect: [{ kind: 'direct', text: 'We will rebuild the cathedral within five years.', speaker: 'the president', canonical: null }],
  },
  {
    name: 'told a newspaper in an interview published on a day',
    text: 'Finance Minister Rui Costa told the Financial Times in an interview published on Monday that taxes would not rise.',
    entities: [['Rui Costa', 'PERSON', 'Rui Costa'], ['Financial Times', 'ORG', 'Financial Times']],
    expect: [{ kind: 'indirect', text: 'taxes would not rise', speaker: 'Rui Costa', canonical: 'Rui Costa' }],
  },
  {
    name: 'a quoted phrase used as a name for a plan',
    text: 'The government unveiled its "Green Homes Grant" scheme on Wednesday.',
    expect: [],
  },
  {
    name: 'a sign or banner, nobody speaking',
    text: 'Protesters carried banners reading "No war in our name" through the city centre.',
    expect: [{ kind: 'direct', text: 'No war in our name', speaker: null }],
  },
  {
    name: 'the previous paragraph quotes someone, then a description speaks',
    text: '"Prices will keep rising," said economist Maya Roth.\n\nThe Oxford-trained economist added that wages were not keeping up.',
    entities: [['Maya Roth', 'PERSON', 'Maya Roth']],
    expect: [
      { kind: 'direct', text: 'Prices will keep rising,', speaker: 'Maya Roth', canonical: 'Maya Roth' },
      { kind: 'indirect', text: 'wages were not keeping up', speaker: 'The Oxford-trained economist', canonical: 'Maya Roth' },
    ],
  },
  { name: 'an interview question, not a statement', text: 'Asked if he would run again, he smiled and left the room.', expect: [] },
  { name: 'a law name in quotes', text: 'Congress passed the so-called "Inflation Reduction Act" last year.', expect: [] },
  { name: 'a plural possessive before a quote mark', text: "The players' wages rose while the owners' profits fell.", expect: [] },
];

/** A fourth table, written after every fix above and scored once: the figures reported for the
 *  final stage on wording it was not fitted to. Misses are kept with `known`, not fixed. */
export const UNSEEN_PATTERNS_4: Case[] = [
  {
    name: 'attribution before, "declared"',
    text: 'At the rally, opposition leader Nadia Farouk declared: "This government has lost the trust of the people."',
    entities: [['Nadia Farouk', 'PERSON', 'Nadia Farouk']],
    expect: [{ kind: 'direct', text: 'This government has lost the trust of the people.', speaker: 'Nadia Farouk', canonical: 'Nadia Farouk' }],
  },
  {
    name: 'organisation spokesperson by name after the quote',
    text: '"The investigation is ongoing," said Lt. Mark Evans, a spokesman for the county sheriff\'s office.',
    entities: [['Mark Evans', 'PERSON', 'Mark Evans']],
    expect: [{ kind: 'direct', text: 'The investigation is ongoing,', speaker: 'Mark Evans', canonical: 'Mark Evans' }],
  },
  {
    name: 'pronoun "they" for residents',
    text: 'Residents of the village fled overnight. "The shelling never stopped," they told reporters.',
    expect: [{ kind: 'direct', text: 'The shelling never stopped,', speaker: 'they', canonical: null }],
  },
  {
    name: 'reported speech with "has said"',
    text: 'The central bank has said it will keep interest rates high for as long as necessary.',
    expect: [{ kind: 'indirect', text: 'it will keep interest rates high for as long as necessary', speaker: 'The central bank', canonical: null }],
  },
  {
    name: 'quote then name with a comma and an age',
    text: '"I have never seen anything like it," said Maria Gonzalez, 67, a retired teacher.',
    entities: [['Maria Gonzalez', 'PERSON', 'Maria Gonzalez']],
    expect: [{ kind: 'direct', text: 'I have never seen anything like it,', speaker: 'Maria Gonzalez', canonical: 'Maria Gonzalez' }],
  },
  {
    name: 'curly quotes, speaker in the following sentence-initial position',
    text: '“We are ready for any scenario.” That was how General Lee Sung described the army’s position on Friday.',
    entities: [['Lee Sung', 'PERSON', 'Lee Sung']],
    expect: [{ kind: 'direct', text: 'We are ready for any scenario.', speaker: 'Lee Sung', canonical: 'Lee Sung' }],
    known: 'a speaker named by "That was how X described it" in the next sentence is not looked for',
  },
  {
    name: 'reported speech, "noted that"',
    text: 'The report noted that emissions had fallen for the third year in a row.',
    expect: [{ kind: 'indirect', text: 'emissions had fallen for the third year in a row', speaker: 'The report', canonical: null }],
  },
  {
    name: 'a company said in a filing',
    text: 'Apex Motors said in a regulatory filing that it expected a loss for the quarter.',
    entities: [['Apex Motors', 'ORG', 'Apex Motors']],
    expect: [{ kind: 'indirect', text: 'it expected a loss for the quarter', speaker: 'Apex Motors', canonical: 'Apex Motors' }],
  },
  {
    name: 'a question answered in the next paragraph',
    text: 'Would the party support the bill? "Not in its current form," said party whip Dan Cole.',
    entities: [['Dan Cole', 'PERSON', 'Dan Cole']],
    expect: [{ kind: 'direct', text: 'Not in its current form,', speaker: 'Dan Cole', canonical: 'Dan Cole' }],
  },
  {
    name: 'two quotes by one speaker, the second with "he added"',
    text: 'Prime Minister Raj Mehta visited the site on Sunday. "We will find those responsible," he said. "No one is above the law," he added.',
    entities: [['Raj Mehta', 'PERSON', 'Raj Mehta']],
    expect: [
      { kind: 'direct', text: 'We will find those responsible,', speaker: 'he', canonical: 'Raj Mehta' },
      { kind: 'direct', text: 'No one is above the law,', speaker: 'he', canonical: 'Raj Mehta' },
    ],
  },
  {
    name: 'according to data, not a speaker but a source',
    text: 'According to official data, unemployment rose to 7 percent in March.',
    expect: [{ kind: 'indirect', text: 'unemployment rose to 7 percent in March', speaker: 'official data', canonical: null }],
  },
  {
    name: 'announced plans, no clause',
    text: 'The city announced plans for a new bridge on Monday.',
    expect: [],
  },
  { name: 'a book title after "wrote"', text: 'She wrote "The Silent Coast" while living in Lisbon.', expect: [] },
  { name: 'a two-word quoted term in a news sentence', text: 'The deal was described by critics as a "blank cheque" for the company.', expect: [] },
  { name: 'an apostrophe at a word start', text: "The 'burbs are booming, and 'tis the season for buying.", expect: [] },
];
