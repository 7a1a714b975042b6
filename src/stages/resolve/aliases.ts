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

/** The whitespace-separated words of a name (shared with the entity resolver). */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const STOP = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'la', 'on']);
// Indexing every tail and prefix of a name costs its length squared in time and memory: a run of
// 50,000 capitalised words ran out of memory. No name that long is shortened into an alias.
const MAX_NAME_WORDS = 12;

/** The mentions with their text and canonical name. */
export function linkAliases(body: string, mentions: readonly Typed[]): EntityMention[] {
  const texts = mentions.map((m) => body.slice(m.start, m.end));
  const expansions = acronymExpansions(body, mentions, texts);
  const expanded = new Set(expansions.values());
  const index = nameIndex(mentions, texts);
  const memo = new Map<string, string>();
  return mentions.map((m, i) => {
    const text = texts[i]!;
    const key = `${m.label}\u0000${text}`;
    let canonical = memo.get(key);
    if (canonical === undefined) {
      canonical = canonicalOf(text, m.label, index, expansions, expanded);
      memo.set(key, canonical);
    }
    return { text, start: m.start, end: m.end, label: m.label, canonical };
  });
}

interface NameIndex {
  /** PERSON: a name's last words (or first word) -> the longest full name ending (or starting) so. */
  personByTail: Map<string, string>;
  personByFirst: Map<string, string>;
  /** ORG: a proper word prefix -> the longer names it begins. */
  orgByPrefix: Map<string, Set<string>>;
  /** GPE: a country -> the fullest spelling the article uses. */
  countryName: Map<string, string>;
}

function nameIndex(mentions: readonly Typed[], texts: readonly string[]): NameIndex {
  const g = gazetteer();
  const index: NameIndex = { personByTail: new Map(), personByFirst: new Map(), orgByPrefix: new Map(), countryName: new Map() };
  // "Biden" after "Joe Biden" and "Hunter Biden" names no one person: such keys link to nothing.
  const ambiguous = new Set<string>();
  const longest = (map: Map<string, string>, key: string, name: string): void => {
    const old = map.get(key);
    if (old !== undefined && old !== name && map === index.personByTail && !sameGivenName(old, name)) ambiguous.add(key);
    if (old === undefined || wordsOf(name).length > wordsOf(old).length) map.set(key, name);
  };
  mentions.forEach((m, i) => {
    const clean = cleanName(texts[i]!);
    const words = wordsOf(clean);
    if (words.length > MAX_NAME_WORDS) return;
    if (m.label === 'PERSON') {
      for (let k = 1; k <= words.length; k++) longest(index.personByTail, words.slice(words.length - k).join(' '), words.join(' '));
      longest(index.personByFirst, words[0]!, words.join(' '));
    } else if (m.label === 'ORG') {
      for (let k = 1; k < words.length; k++) {
        const prefix = words.slice(0, k).join(' ');
        const set = index.orgByPrefix.get(prefix) ?? new Set<string>();
        set.add(words.join(' '));
        index.orgByPrefix.set(prefix, set);
      }
    } else if (m.label === 'GPE') {
      const country = g.countryOf.get(clean.toLowerCase());
      const old = country ? index.countryName.get(country) : undefined;
      if (country && !/^[\p{Lu}.]+$/u.test(clean) && (old === undefined || clean.length > old.length)) index.countryName.set(country, clean);
    }
  });
  for (const key of ambiguous) if (!key.includes(' ')) index.personByTail.delete(key);
  return index;
}

/** "Pat Carlineo" and "Patrick W. Carlineo" may be one person; "Joe Biden" and "Hunter Biden" are not. */
function sameGivenName(a: string, b: string): boolean {
  const x = (wordsOf(a)[0] ?? '').replace(/\.$/, '').toLowerCase();
  const y = (wordsOf(b)[0] ?? '').replace(/\.$/, '').toLowerCase();
  return wordsOf(a).length < 2 || wordsOf(b).length < 2 || x.startsWith(y) || y.startsWith(x);
}

function canonicalOf(text: string, label: EntityLabel, index: NameIndex, expansions: Map<string, string>, expanded: ReadonlySet<string>): string {
  const clean = cleanName(text);
  if (label === 'ORG' && expansions.has(clean)) return expansions.get(clean)!;
  // The owned form of a body its acronym names: "Iran's Islamic Revolutionary Guard Corps".
  const owned = label === 'ORG' ? /^\S+['’]s (.+)$/u.exec(clean) : null;
  if (owned && expanded.has(owned[1]!)) return owned[1]!;
  const words = wordsOf(clean);
  if (label === 'PERSON') {
    const full = index.personByTail.get(words.join(' ')) ?? (words.length === 1 ? index.personByFirst.get(words[0]!) : undefined);
    return full && wordsOf(full).length > words.length ? full : clean;
  }
  if (label === 'GPE') {
    const country = gazetteer().countryOf.get(clean.toLowerCase());
    if (country) return index.countryName.get(country) ?? country;
  }
  if (label === 'ORG') {
    // The longer organisation names this one begins; only an unambiguous one is taken.
    const longer = index.orgByPrefix.get(words.join(' '));
    if (longer?.size === 1) {
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
      out.set(texts[i]!, withoutOwner(cleanName(texts[i - 1]!), texts[i]!));
    }
  });
  // Initials of every longer name once, first name first: linear in the number of mentions.
  const byInitials = new Map<string, string>();
  for (const t of texts) {
    const name = cleanName(t);
    if (wordsOf(name).length < 2) continue;
    const key = initials(name);
    if (!byInitials.has(key)) byInitials.set(key, name);
  }
  for (const t of texts) {
    if (!/^[\p{Lu}]{2,6}$/u.test(t) || out.has(t)) continue;
    const match = byInitials.get(t);
    if (match) out.set(t, match);
  }
  return out;
}

/** "Iran's Islamic Revolutionary Guard Corps (IRGC)" expands to the body's own name, without its owner. */
function withoutOwner(name: string, acronym: string): string {
  const owned = /^\S+['’]s (.+)$/u.exec(name);
  return owned && initials(owned[1]!) === acronym.replace(/\./g, '') ? owned[1]! : name;
}

function initials(name: string): string {
  return wordsOf(name.replace(/-/g, ' '))
    .filter((w) => !STOP.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}
