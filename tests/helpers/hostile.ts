// Hostile inputs a corpus of millions of scraped pages contains: one-line sites, quote storms,
// whitespace floods, capitalised runs, repeated lines, binary junk. Each case is built at its full
// size (the one the issue names) under STRESS=1 and at a reduced size by default, so `npm test`
// stays fast; `size` says which is used, so a test name states what actually ran.
import { prng } from '../../bench/prng.js';

const WORDS = 'the minister said on Monday that talks with the council would resume next week after a long pause'.split(' ');

/** About `chars` characters of words, one sentence per ~100 words so sentence splitting has work. */
export function prose(chars: number, seed = 1): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const w = WORDS[Math.floor(rnd() * WORDS.length)]!;
    const word = i % 97 === 96 ? `${w}.` : w;
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ').slice(0, chars);
}

export interface HostileCase {
  name: string;
  /** The count the name refers to, at the size that runs (full under STRESS=1). */
  build(n: number): string;
  sizes: { full: number; reduced: number };
}

const cycle = <T>(list: readonly T[], n: number): T[] => Array.from({ length: n }, (_, i) => list[i % list.length]!);
const QUOTE_KINDS = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'a single line of prose of {n} chars (5 MB in full)', sizes: { full: 5_000_000, reduced: 200_000 }, build: (n) => prose(n) },
  { name: '{n} straight quote marks', sizes: { full: 100_000, reduced: 100_000 }, build: (n) => '"'.repeat(n) },
  { name: '{n} quote marks of every kind between words', sizes: { full: 100_000, reduced: 20_000 }, build: (n) => cycle(QUOTE_KINDS, n).map((q, i) => q + WORDS[i % WORDS.length]!).join(' ') },
  { name: '{n} unmatched closing quotes on one line', sizes: { full: 300_000, reduced: 20_000 }, build: (n) => 'x\u201D '.repeat(n) },
  { name: '{n} unbalanced opening quotes, each before a sentence', sizes: { full: 10_000, reduced: 2_000 }, build: (n) => Array.from({ length: n }, (_, i) => `\u201C${WORDS.slice(i % 5, (i % 5) + 6).join(' ')}, he said.`).join(' ') },
  { name: '10,000 spaces between each of {n} words', sizes: { full: 200, reduced: 10 }, build: (n) => cycle(WORDS, n).join(' '.repeat(10_000)) },
  { name: '10,000 tabs and NBSPs between each of {n} words', sizes: { full: 200, reduced: 10 }, build: (n) => cycle(WORDS, n).join('\t\u00A0'.repeat(5_000)) },
  { name: 'a gap of {n} spaces inside a date pair', sizes: { full: 1_000_000, reduced: 100_000 }, build: (n) => `Talks were held on May 3 and${' '.repeat(n)}4, 2021, for${' '.repeat(n)}years.` },
  { name: '{n} capitalised words in a row', sizes: { full: 50_000, reduced: 50_000 }, build: (n) => cycle(['Kalo', 'Mimar', 'Zuren', 'Ministry', 'Of', 'Beltir', 'Group', 'Said'], n).join(' ') },
  { name: '{n} capitalised words with full stops and commas', sizes: { full: 50_000, reduced: 10_000 }, build: (n) => cycle(['Kalo', 'Mimar.', 'Zuren,', 'Ministry'], n).join(' ') },
  { name: 'one line repeated {n} times', sizes: { full: 20_000, reduced: 2_000 }, build: (n) => 'Share this article on Facebook | Twitter | Email\n'.repeat(n) },
  { name: 'a paragraph with a quote and a date repeated {n} times', sizes: { full: 2_000, reduced: 150 }, build: (n) => `${prose(600, 3)}. "We will go," Kalo Mimar said on Monday, March 3, 2021.\n\n`.repeat(n) },
  {
    name: '{n} words and control characters (NUL included), interleaved',
    sizes: { full: 200_000, reduced: 30_000 },
    build: (n) => {
      const rnd = prng(7);
      return Array.from({ length: n }, () => (rnd() < 0.5 ? String.fromCharCode(Math.floor(rnd() * 32)) : WORDS[Math.floor(rnd() * WORDS.length)]!)).join('');
    },
  },
  {
    name: 'a base64 blob of {n} chars with no spaces',
    sizes: { full: 5_000_000, reduced: 200_000 },
    build: (n) => {
      const rnd = prng(11);
      return Array.from({ length: n }, () => BASE64[Math.floor(rnd() * 64)]).join('');
    },
  },
  { name: 'one word of {n} letters', sizes: { full: 1_000_000, reduced: 200_000 }, build: (n) => 'a'.repeat(n - 1) + 's' },
  {
    name: '{n} lone surrogates, astral and combining characters',
    sizes: { full: 100_000, reduced: 20_000 },
    build: (n) => {
      const rnd = prng(5);
      return Array.from({ length: n }, () => ['\uD800', '\uDFFF', '\u{1F600}', 'e\u0301', ' ', 'word'][Math.floor(rnd() * 6)]).join('');
    },
  },
  { name: '{n} dates in a row', sizes: { full: 20_000, reduced: 2_000 }, build: (n) => Array.from({ length: n }, (_, i) => `on Monday, March ${(i % 28) + 1}, ${1990 + (i % 40)}`).join(', ') },
  { name: '{n} nested brackets', sizes: { full: 100_000, reduced: 100_000 }, build: (n) => '(['.repeat(n / 4) + 'x' + '])'.repeat(n / 4) },
  { name: '"next" {n} times before a non-season (season regex attack)', sizes: { full: 20_000, reduced: 20_000 }, build: (n) => 'next '.repeat(n) + 'Y' },
  { name: '"a week" {n} times (duration regex attack)', sizes: { full: 20_000, reduced: 20_000 }, build: (n) => 'a week '.repeat(n) },
  { name: '{n} line breaks, LF then CRLF', sizes: { full: 300_000, reduced: 60_000 }, build: (n) => 'word\n'.repeat(n / 2) + '\r\n'.repeat(n / 2) },
];

/** The cases at the size this run uses, with {n} in each name filled in. */
export function hostileCases(full: boolean): Array<{ name: string; size: number; build: () => string }> {
  return HOSTILE_CASES.map((c) => {
    const size = full ? c.sizes.full : c.sizes.reduced;
    return { name: c.name.replace('{n}', size.toLocaleString('en')), size, build: () => c.build(size) };
  });
}
