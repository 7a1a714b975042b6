// Gives every mention its `canonical` name: the fullest name the article uses for the entity.
// A surname or first name alone links to the full name ("Aliyev" -> "Ilham Aliyev"), an acronym
// to its expansion ("AFP" -> "Agence France-Presse"), a short organisation name to the longer one
// it begins ("Lockheed" -> "Lockheed Martin"), a country's variants to one name. Runs last.
import type { EntityLabel, EntityMention } from '../extract/entities/candidate.js';
import { gazetteer } from '../../rules/gazetteer.js';

interface Typed {
  start: number;
  end: number;
  label: EntityLabel;
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const STOP = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'la', 'on']);

/** The mentions with their text and canonical name. */
export function linkAliases(body: string, mentions: readonly Typed[]): EntityMention[] {
  const texts = mentions.map((m) => body.slice(m.start, m.end));
  const expansions = acronymExpansions(body, mentions, texts);
  return mentions.map((m, i) => {
    const text = texts[i]!;
    return { text, start: m.start, end: m.end, label: m.label, canonical: canonicalOf(text, m.label, mentions, texts, expansions) };
  });
}

function canonicalOf(text: string, label: EntityLabel, mentions: readonly Typed[], texts: readonly string[], expansions: Map<string, string>): string {
  const clean = cleanName(text);
  if (label === 'ORG' && expansions.has(clean)) return expansions.get(clean)!;
  const words = wordsOf(clean);
  const same = (i: number): boolean => mentions[i]!.label === label;
  if (label === 'PERSON') {
    let best = clean;
    texts.forEach((t, i) => {
      if (!same(i)) return;
      const other = wordsOf(cleanName(t));
      if (other.length <= wordsOf(best).length) return;
      const tail = other.slice(other.length - words.length);
      const head = other.slice(0, words.length);
      if (tail.join(' ') === words.join(' ') || (words.length === 1 && head[0] === words[0])) best = other.join(' ');
    });
    return best;
  }
  if (label === 'GPE') {
    const country = gazetteer().countryOf.get(clean.toLowerCase());
    if (country) {
      let best = '';
      texts.forEach((t, i) => {
        const c = cleanName(t);
        if (same(i) && gazetteer().countryOf.get(c.toLowerCase()) === country && c.length > best.length && !/^[\p{Lu}.]+$/u.test(c)) best = c;
      });
      return best || country;
    }
  }
  if (label === 'ORG') {
    // The longer organisation names this one begins; only an unambiguous one is taken.
    const longer = new Set<string>();
    texts.forEach((t, i) => {
      const other = wordsOf(cleanName(t));
      if (same(i) && other.length > words.length && words.every((w, k) => other[k] === w)) longer.add(other.join(' '));
    });
    if (longer.size === 1) {
      const full = [...longer][0]!;
      return expansions.get(full) ?? full;
    }
  }
  return clean;
}

/** "The Foreign Ministry's" -> "Foreign Ministry". */
function cleanName(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/[,;:]+$/, '').trim();
}

/**
 * Acronym -> expansion: an acronym in parentheses right after a name ("Agence France-Presse (AFP)"),
 * or an acronym whose letters are the initials of a name in the article.
 */
function acronymExpansions(body: string, mentions: readonly Typed[], texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (prev && /^\s*\(\s*$/.test(body.slice(prev.end, m.start)) && /^[\p{Lu}.&]+$/u.test(texts[i]!)) {
      out.set(texts[i]!, cleanName(texts[i - 1]!));
    }
  });
  const names = texts.map(cleanName).filter((t) => wordsOf(t).length > 1);
  for (const t of texts) {
    if (!/^[\p{Lu}]{2,6}$/u.test(t) || out.has(t)) continue;
    const match = names.find((n) => initials(n) === t);
    if (match) out.set(t, match);
  }
  return out;
}

function initials(name: string): string {
  return wordsOf(name.replace(/-/g, ' '))
    .filter((w) => !STOP.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}
