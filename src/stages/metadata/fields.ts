// Reads article metadata from single lines: a publication date as stated, a byline, tags, the
// site name, whether a line reads like a headline. Pure helpers; the cleaning stage decides which
// lines (around each article's story) to ask. A date is taken only as stated: the year, month and
// day must all be written, so nothing is ever filled in from the machine's clock.
import * as chrono from 'chrono-node';
import { TAGLINE_WORDS } from '../../rules/boilerplate.js';
import { CREDIT_WORDS } from '../../rules/captions.js';
import { STOPWORDS } from '../../rules/stopwords.js';
import { BYLINE_PREFIX, BYLINE_SUFFIX, NOT_A_NAME, ROLE_WORDS, PUBLISHED_WORDS, TAG_SEPARATORS, TAGS_LINE, UPDATED_WORDS } from '../../rules/metadata.js';

export interface StatedDate {
  /** The date as written on the page. */
  text: string;
  /** ISO date, or local date-time (with the offset when the page gives a zone). */
  value: string;
  /** Where the date starts in the line. */
  index: number;
  /** 'published' when labelled so, 'updated' for update stamps, else 'plain'. */
  label: 'published' | 'updated' | 'plain';
}

// A fixed reference keeps parsing deterministic; only fully stated dates are accepted anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const WRITTEN_YEAR = /(?<!\d)(\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2})(?!\d)/;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The first fully stated calendar date in a line (year, month and day written), or null. */
export function statedDate(line: string): StatedDate | null {
  // chrono is the costly part: ask it only about lines that write a year, and once per line
  // (the byline, dateline and title checks all ask about the same lines).
  if (!WRITTEN_YEAR.test(line)) return null;
  if (DATE_MEMO.has(line)) return DATE_MEMO.get(line)!;
  if (DATE_MEMO.size >= 4096) DATE_MEMO.clear();
  const found = parseStatedDate(line);
  DATE_MEMO.set(line, found);
  return found;
}

const DATE_MEMO = new Map<string, StatedDate | null>();

function parseStatedDate(line: string): StatedDate | null {
  const results = chrono.parse(line, REFERENCE);
  for (const r of results) {
    const s = r.start;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    // chrono marks relative dates ("30 minutes before") as certain too: demand a written year.
    if (!WRITTEN_YEAR.test(r.text)) continue;
    const year = s.get('year')!;
    if (year < 1900 || year > 2100) continue;
    let value = `${pad(year, 4)}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
    if (s.isCertain('hour')) {
      value += `T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`;
      // The record's date-time form wants seconds before an offset.
      if (s.isCertain('timezoneOffset')) {
        value += ':00';
        const off = s.get('timezoneOffset')!;
        value += `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
      }
    }
    const before = line.slice(0, r.index);
    const label = UPDATED_WORDS.test(before) ? 'updated' : PUBLISHED_WORDS.test(before) ? 'published' : 'plain';
    return { text: r.text, value, index: r.index, label };
  }
  return null;
}

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const NAME_LINK = /^(de|da|van|von|der|den|del|di|la|le|bin|al|el|dos|du|ter)$/i;

/** Whether a string reads like a person's or an agency's name: a few capitalised words, no digits. */
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

export function isName(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 60 || /\d|[@:;!?]/.test(t) || NOT_A_NAME.test(t) || MONTH_WORD.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w) || NAME_LINK.test(w)) && NAME_WORD.test(words[0]!);
}

/** Splits "A, B and C" into names; drops roles after a comma ("Tom Krisher, AP Auto Writer"). */
export function splitNames(s: string): string[] {
  const parts = s
    .split(/\s*(?:,|&|\band\b|\bund\b|\be\b|\by\b|\bdan\b)\s*/)
    .map((p) => p.trim().replace(/[.,;:|]+$/, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    // "Jonathan DoeFOXBusiness": an outlet glued to the name by the dump.
    const p = part.replace(/(\p{Ll})\p{Lu}{2,}[\p{L}.]*$/u, '$1');
    // "Jane Doe, CNN", "Jane Doe, MS", "Jane Doe, Example.com": an outlet or a degree, not a second name.
    if (names.length > 0 && (/^\p{Lu}{2,5}$/u.test(p) || /\.\p{L}{2,4}$/u.test(p))) break;
    if (isName(p) && !ROLE_WORDS.test(p)) names.push(p);
    else if (names.length > 0) break; // a role or a place after the names
  }
  return names;
}

/**
 * The byline of a line: "By X", "Author: X", "by X September 15, 2014", "Posted on ... by X",
 * "X - Nov 19, 2019". `next` is the following line, for a "By" printed alone on its line.
 */
export function bylineOf(line: string, next: string | null = null): string[] | null {
  const t = line.trim();
  const prefix = BYLINE_PREFIX.exec(t);
  if (prefix) {
    let rest = prefix[1]!.trim();
    if (rest === '' && next !== null) rest = next.trim();
    rest = cutAtDate(rest);
    const names = splitNames(rest.split(/\s+[|•·–—-]\s+/)[0]!);
    return names.length > 0 ? names : null;
  }
  const date = statedDate(t);
  if (date) {
    const suffix = BYLINE_SUFFIX.exec(t.slice(date.index + date.text.length));
    if (suffix && isName(suffix[1]!)) return [suffix[1]!];
    const head = t.slice(0, date.index).replace(/[\s|•·,–—-]+$/, '').trim();
    if (head && isName(head) && !/\b(updated|published|posted)\b/i.test(head)) return splitNames(head);
  }
  return null;
}

function cutAtDate(s: string): string {
  const d = statedDate(s);
  return d ? s.slice(0, d.index).replace(/[\s|•·,–—-]+$/, '') : s;
}

/** Tags of a tag line: "Tags: a, b" (the list), or null. A label alone gives [] (tags follow). */
export function tagsOf(line: string): string[] | null {
  const m = TAGS_LINE.exec(line.trim());
  if (!m) return null;
  const rest = m[1]!.trim();
  // "Topics of the day are ..." is prose, not a tag line.
  if (rest && /[.!?]$/.test(rest) && rest.split(/\s+/).length > 6) return null;
  return splitTags(rest);
}

export function splitTags(s: string): string[] {
  const t = s.trim();
  if (!t) return [];
  const parts = TAG_SEPARATORS.test(t) ? t.split(TAG_SEPARATORS) : t.split(/\s+/);
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= 60))];
}

/** A headline-looking line: a few words, no sentence inside, not a stamp or a byline. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 30 || t.length > 220) return false;
  if (/[.;,:]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  if ((t.match(/[.!?](\s|$)/g) ?? []).length > 1) return false;
  if (/^(https?:|www\.)/i.test(t)) return false;
  return /\p{L}/u.test(t);
}

const SOCIAL = /^(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|share|tweet|close|panel|copy|link|messenger|flipboard|x)$/i;

/**
 * Whether a title-like line can be an article's headline rather than a byline, a photo credit, a
 * breadcrumb, a share bar or a stamp: "Zac Hall", "Alex Wong | Getty Images", "BLOG > Nutrition",
 * "Facebook Twitter LinkedIn", "Natasha Turak@NatashaTurak" are not.
 */
export function isHeadlineShaped(line: string): boolean {
  const t = line.trim();
  if (!isTitleLike(t)) return false;
  if (/@\w|\s>\s|^(by|posted|updated|published|filed( to| under)?|you are here)\b/i.test(t)) return false;
  if (/\d/.test(t) && statedDate(t)) return false;
  const words = t.split(/\s+/);
  if (words.every((w) => SOCIAL.test(w.replace(/[^\p{L}-]/gu, '')))) return false;
  if (words.length <= 4 && words.some((w) => SOCIAL.test(w)) && /\b(share|panel|close)\b/i.test(t)) return false;
  // A person's or an agency's name alone: a few capitalised words, no function word, no figure.
  const nameLike = words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) && !STOPWORDS.has(w.toLowerCase()));
  if (nameLike) return false;
  // "Charlie Wood, Business Insider": a byline with its outlet.
  if (/^\p{Lu}[\p{L}.'’-]+(\s\p{Lu}[\p{L}.'’-]+){1,2},\s.{2,40}$/u.test(t) && words.length <= 6) return false;
  if (/\s\|\s/.test(t) && CREDIT_WORDS.test(t) && words.length <= 8) return false;
  // An agency credit ("The Associated Press", "Detroit News wire services").
  if (words.length <= 5 && (CREDIT_WORDS.test(t) || /\b(associated press|wire services?|news service|staff reports?)\b/i.test(t))) return false;
  // Interface strings: a stamp first ("21:17 18.11.2019..."), an icon name ("chevron_left"), a
  // sentence cut before its object ("You are signed in as").
  if (/^\d{1,2}:\d{2}\b/.test(t) || /\w_\w/.test(t) || /\p{Ll}\p{Lu}\p{Ll}+[.!]?$/u.test(words.at(-1)!) && /copied|url|link/i.test(t)) return false;
  if (TRAILING_FUNCTION_WORD.test(t)) return false;
  // Mostly figures: a stamp the date parser could not read ("Nov 15, 20195:45 AM"), a score line.
  if ((t.match(/\d/g) ?? []).length >= 0.3 * t.replace(/\s/g, '').length) return false;
  return true;
}

const TRAILING_FUNCTION_WORD = /\s(as|of|the|a|an|to|by|for|and|or|with|in|on|at|from)$/i;

/**
 * The site's name from a page's first lines ("Name | tagline", "ABC - A Big Company") or from a
 * copyright line ("© 2019 Name. All rights reserved."); null when the page names none.
 */
export function publisherOf(firstLine: string | null, copyrightLine: string | null): string | null {
  if (firstLine) {
    const parts = firstLine.split(/\s+(?:\||-|–|—|::|»)\s+/).map((p) => p.trim()).filter(Boolean);
    if (parts.length === 2) {
      const [a, b] = parts as [string, string];
      if (isAcronymOf(a, b)) return b;
      if (isAcronymOf(b, a)) return a;
      if (TAGLINE_WORDS.test(b) && !TAGLINE_WORDS.test(a) && a.split(/\s+/).length <= 4) return a;
      if (TAGLINE_WORDS.test(a) && !TAGLINE_WORDS.test(b) && b.split(/\s+/).length <= 4) return b;
    }
  }
  if (copyrightLine) {
    const name = copyrightHolder(copyrightLine);
    if (name) return name;
  }
  return null;
}

const YEARS = /\b(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\b/;

/** "© 2019 Example Media Inc. All rights reserved." -> "Example Media Inc"; null for "© 2019 All rights reserved." */
export function copyrightHolder(line: string): string | null {
  let t = line.trim().replace(/^all (contents?|materials?|rights)\s+/i, '').replace(/^((©|\(c\)|copyright|@)\s*)+/i, '');
  t = t.replace(new RegExp(String.raw`^${YEARS.source}\s*,?\s*`), '').replace(/^(©|@)\s*/, '').replace(/^by\s+/i, '');
  // The holder ends where the boilerplate after it starts.
  t = t.replace(/\s*\((www\.|https?:)[^)]*\)/gi, '');
  t = t.split(/\s+[-|–—]\s+|\s*\bISSN\b|\s*\b(all rights reserved|todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten)|\s+unless otherwise noted|(?<!\b\p{Lu})\.(\s|$)/iu)[0] ?? '';
  t = t.replace(new RegExp(String.raw`\s*,?\s*${YEARS.source}$`), '').replace(/[\s.,;:-]+$/, '').trim();
  if (!/\p{L}/u.test(t) || t.split(/\s+/).length > 8) return null;
  return t;
}

function isAcronymOf(short: string, long: string): boolean {
  if (!/^[\p{Lu}\d&]{2,8}$/u.test(short)) return false;
  const initials = long
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === short.replace(/&/g, '');
}
