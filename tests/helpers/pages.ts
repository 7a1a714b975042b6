// fast-check generators of scraped pages: realistic ones (titles, paragraphs, quotes with straight
// and curly marks, dates, names, menus and share counters) roughened with the things real dumps
// hold (odd whitespace, CRLF, control characters, combining marks, astral characters). Names are
// made from syllables so no test depends on a particular real name.
import fc from 'fast-check';

/** Number of runs per property: a few hundred by default, thousands under STRESS=1. */
export const STRESS = process.env.STRESS === '1';
export const runs = (base: number, stress = base * 10): number => (STRESS ? stress : base);

const WORDS = (
  'the of and to in a is that for on was with he it as at by from his but have are be this an ' +
  'which or they had not were their been one has its after new who more when also would there ' +
  'government said minister people year police city report country officials two first state ' +
  'week talks council plan water market school court election army border company visit'
).split(' ');
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'da', 'vos', 'tir', 'an', 'bel', 'zu', 'mar', 'eth', 'iko', 'sul'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['said', 'told reporters', 'added', 'stated', 'wrote', 'warned'];

const word = fc.constantFrom(...WORDS);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const nameWord = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => capitalize(s.join('')));
export const personName = fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
const orgName = fc.tuple(nameWord, fc.constantFrom('Ministry', 'Council', 'Group', 'Bank', 'University', 'Agency')).map(([a, b]) => `${a} ${b}`);

const year = fc.integer({ min: 1950, max: 2030 });
const day = fc.integer({ min: 1, max: 28 });
const month = fc.constantFrom(...MONTHS);
export const dateText = fc.oneof(
  fc.tuple(month, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom(...WEEKDAYS).map((w) => `on ${w}`),
  fc.constantFrom('last week', 'yesterday', 'next month', 'last year', 'this morning', 'in the 1990s'),
  year.map((y) => `in ${y}`),
  fc.integer({ min: 2, max: 90 }).map((n) => `${n}-year-old`),
  fc.integer({ min: 2, max: 90 }).map((n) => `for ${n} days`),
  fc.constant('for several days'),
);

const plainSentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 14 }), fc.option(personName, { nil: undefined }), fc.option(dateText, { nil: undefined }), fc.option(orgName, { nil: undefined }))
  .map(([ws, name, date, org]) => {
    const parts = [...ws];
    if (name) parts.splice(Math.min(2, parts.length), 0, name);
    if (org) parts.push('of the', org);
    if (date) parts.push(date);
    return `${capitalize(parts.join(' '))}.`;
  });

const QUOTE_MARKS: Array<[string, string]> = [['"', '"'], ['\u201C', '\u201D'], ["'", "'"], ['\u2018', '\u2019'], ['\u00AB', '\u00BB'], ['"', ''], ['\u201C', '']];
const quoteSentence = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS), fc.array(word, { minLength: 2, maxLength: 12 }), fc.oneof(personName, fc.constantFrom('he', 'she', 'the ministry', 'officials')), fc.constantFrom(...VERBS), fc.boolean())
  .map(([[open, close], ws, who, verb, after]) => {
    const said = capitalize(ws.join(' '));
    return after ? `${open}${said},${close} ${who} ${verb}.` : `${capitalize(who)} ${verb}: ${open}${said}.${close}`;
  });
const indirectSentence = fc
  .tuple(personName, fc.constantFrom('said that', 'told reporters that', 'According to'), fc.array(word, { minLength: 3, maxLength: 10 }))
  .map(([who, verb, ws]) => (verb === 'According to' ? `According to ${who}, ${ws.join(' ')}.` : `${who} ${verb} ${ws.join(' ')}.`));

export const sentence = fc.oneof({ arbitrary: plainSentence, weight: 5 }, { arbitrary: quoteSentence, weight: 2 }, { arbitrary: indirectSentence, weight: 1 });
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));

const boilerplateLine = fc.oneof(
  fc.shuffledSubarray(['Home', 'World', 'Politics', 'Business', 'Sport', 'Opinion', 'Video'], { minLength: 3 }).map((m) => m.join(' | ')),
  fc.integer({ min: 0, max: 99999 }).map((n) => `Share ${n}`),
  fc.integer({ min: 0, max: 999 }).map((n) => `Comments (${n})`),
  fc.constantFrom('Tweet', 'Read more', 'Advertisement', 'Subscribe to our newsletter', 'Cookie settings', 'Follow us on social media', '\u00A9 2024 All rights reserved'),
  personName.map((n) => `By ${n}`),
  dateText.map((d) => `Published ${d}`),
  fc.tuple(fc.array(word, { minLength: 3, maxLength: 8 }), personName).map(([ws, n]) => `${capitalize(ws.join(' '))} (Photo: ${n}/Reuters)`),
);
export const title = fc.array(fc.oneof(word, nameWord), { minLength: 2, maxLength: 10 }).map((ws) => ws.map(capitalize).join(' '));

/** A clean page: title, optional header boilerplate, paragraphs, optional footer, blank-line separated. */
export const cleanPage = fc
  .tuple(title, fc.array(boilerplateLine, { maxLength: 4 }), fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.array(boilerplateLine, { maxLength: 4 }))
  .map(([t, head, body, foot]) => [t, ...head, ...body, ...foot].join('\n\n'));

// Roughening: each applies to random places of the page.
const ODD_SPACE = ['  ', '\t', '\u00A0', '   \t ', '\u2009', '\u200B', '\u3000', '\u00AD'];
const ODD_BREAK = ['\r\n', '\r', '\n\n\n\n', '\u2028', '\u2029', '\u0085', '\n \n', '\r\n\r\n'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0090', '\uFEFF'];
const ODD_CHAR = ['e\u0301', 'a\u0308', 'n\u0303', '\u{1F600}', '\u{1D49C}', '\u{20BB7}', '\u0627\u0644', '\u00E9', 'ﬁ', '\u{1F1FA}\u{1F1F8}', '\u{1F469}\u200D\u{1F4BB}', '…', '—'];

export interface Roughening {
  at: number; // fraction of the text length
  insert: string;
}
const roughening = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.oneof(fc.constantFrom(...ODD_SPACE), fc.constantFrom(...ODD_BREAK), fc.constantFrom(...CONTROL), fc.constantFrom(...ODD_CHAR)),
});

export function roughen(text: string, edits: readonly Roughening[], crlf: boolean): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    out = out.slice(0, i) + e.insert + out.slice(i);
  }
  return crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}

/** A realistic page with the usual dirt of a text dump. */
export const page = fc
  .tuple(cleanPage, fc.array(roughening, { maxLength: 12 }), fc.boolean(), fc.constantFrom('', '\uFEFF', '   \n', '\n\n'))
  .map(([p, edits, crlf, lead]) => lead + roughen(p, edits, crlf));

/** Any string at all, including lone surrogates: the pipeline must survive it. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...ODD_SPACE, ...ODD_BREAK, ...CONTROL, ...ODD_CHAR, '"', '\u201C', '\u201D', "'"), word), { maxLength: 80 }).map((a) => a.join('')),
);
