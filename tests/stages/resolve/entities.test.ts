// The entity resolver and the alias step on hand-made candidates: overlaps (stronger, then longer
// evidence wins), names of things that are no entities, place-owned bodies merged, names found
// again, and canonical names (surnames, acronyms, short organisation names, country variants).
import { describe, expect, test } from 'vitest';
import type { Candidate, EntityLabel } from '../../../src/stages/extract/entities/candidate.js';
import { removeOverlaps, resolveEntities } from '../../../src/stages/resolve/entities.js';
import { linkAliases } from '../../../src/stages/resolve/aliases.js';

/** A candidate over the first occurrence (or the `nth`) of `text` in `body`. */
function cand(body: string, text: string, label: EntityLabel | null, source: Candidate['source'], strength: number, nth = 0): Candidate {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = body.indexOf(text, at + 1);
  if (at < 0) throw new Error(`test: "${text}" not in body`);
  return { start: at, end: at + text.length, label, source, strength, words: text.split(' ').length };
}

const resolved = (body: string, list: Candidate[]) => resolveEntities(body, list).map((m) => [body.slice(m.start, m.end), m.label]);

describe('removeOverlaps', () => {
  test.for<[string, Array<[number, number, number]>, Array<[number, number]>]>([
    ['stronger wins', [[0, 10, 1], [5, 15, 3]], [[5, 15]]],
    ['longer wins at equal strength', [[0, 4, 2], [0, 10, 2]], [[0, 10]]],
    ['disjoint both stay, in reading order', [[20, 25, 1], [0, 4, 3]], [[0, 4], [20, 25]]],
    ['touching spans do not overlap', [[0, 4, 1], [4, 8, 1]], [[0, 4], [4, 8]]],
  ])('%s', ([, spans, kept]) => {
    const list = spans.map(([start, end, strength]) => ({ start, end, strength }));
    expect(removeOverlaps(list).map((c) => [c.start, c.end])).toEqual(kept);
  });
});

describe('resolveEntities', () => {
  test('a place owning a body is one organisation', () => {
    const body = "Azerbaijan's Foreign Ministry said so.";
    expect(resolved(body, [cand(body, 'Azerbaijan', 'GPE', 'gazetteer', 3), cand(body, 'Foreign Ministry', 'ORG', 'head', 3)])).toEqual([["Azerbaijan's Foreign Ministry", 'ORG']]);
  });

  test('a bare head alone is no mention, but joins the place that owns it', () => {
    const body = "Azerbaijan's Embassy opened. The Embassy closed.";
    const list = [cand(body, 'Azerbaijan', 'GPE', 'gazetteer', 3), cand(body, 'Embassy', 'ORG', 'head', 0), cand(body, 'Embassy', 'ORG', 'head', 0, 1)];
    expect(resolved(body, list)).toEqual([["Azerbaijan's Embassy", 'ORG']]);
  });

  test('a name of something else claims its words and drops its acronym everywhere', () => {
    const body = 'The Worldwide Developers Conference (WWDC) opened. WWDC ended.';
    const list = [
      cand(body, 'Worldwide Developers Conference', null, 'other', 4),
      cand(body, 'Developers', null, 'guess', 1),
      cand(body, 'WWDC', 'ORG', 'acronym', 2),
      cand(body, 'WWDC', 'ORG', 'acronym', 2, 1),
    ];
    expect(resolved(body, list)).toEqual([]);
  });

  test('a surname is found again where no candidate covered it', () => {
    const body = 'Spokesman Darius Velani spoke. Later, Velani left.';
    expect(resolved(body, [cand(body, 'Darius Velani', 'PERSON', 'title', 3)])).toEqual([['Darius Velani', 'PERSON'], ['Velani', 'PERSON']]);
  });

  test('a weak guess takes the type of a known name it is coordinated with', () => {
    const body = 'Sales at Toyota and Brenmark fell.';
    expect(resolved(body, [cand(body, 'Toyota', 'ORG', 'gazetteer', 3), cand(body, 'Brenmark', null, 'guess', 1)])).toEqual([['Toyota', 'ORG'], ['Brenmark', 'ORG']]);
  });

  test('"US$40" is never found again as the country', () => {
    const body = 'The US said it would pay US$40 billion.';
    expect(resolved(body, [cand(body, 'US', 'GPE', 'gazetteer', 3)])).toEqual([['US', 'GPE']]);
  });
});

describe('linkAliases: canonical names', () => {
  test.for<[string, Array<[string, EntityLabel]>, string, string]>([
    ['Ilham Aliyev spoke. Aliyev left.', [['Ilham Aliyev', 'PERSON'], ['Aliyev', 'PERSON']], 'Aliyev', 'Ilham Aliyev'],
    ['Agence France-Presse (AFP) said so. AFP added more.', [['Agence France-Presse', 'ORG'], ['AFP', 'ORG']], 'AFP', 'Agence France-Presse'],
    ['The European Space Agency said so. ESA added more.', [['European Space Agency', 'ORG'], ['ESA', 'ORG']], 'ESA', 'European Space Agency'],
    ['Lockheed Martin won. Lockheed said so.', [['Lockheed Martin', 'ORG'], ['Lockheed', 'ORG']], 'Lockheed', 'Lockheed Martin'],
    ['The United States and the US.', [['United States', 'GPE'], ['US', 'GPE']], 'US', 'United States'],
    ["Iran's Islamic Revolutionary Guard Corps (IRGC) drilled.", [["Iran's Islamic Revolutionary Guard Corps", 'ORG'], ['IRGC', 'ORG']], 'IRGC', 'Islamic Revolutionary Guard Corps'],
    ["Iran's Islamic Revolutionary Guard Corps (IRGC) drilled.", [["Iran's Islamic Revolutionary Guard Corps", 'ORG'], ['IRGC', 'ORG']], "Iran's Islamic Revolutionary Guard Corps", 'Islamic Revolutionary Guard Corps'],
    ["The Foreign Ministry's note.", [["Foreign Ministry's", 'ORG']], "Foreign Ministry's", 'Foreign Ministry'],
  ])('%s: %s -> %s', ([body, names, mention, canonical]) => {
    const typed = names.map(([text, label]) => ({ ...cand(body, text, label, 'name', 2), label }));
    const linked = linkAliases(body, typed);
    expect(linked.filter((e) => e.text === mention).map((e) => e.canonical)).toEqual([canonical]);
  });

  test('an ambiguous short organisation name stays as written', () => {
    const body = 'Ford Motor won. Ford Credit lost. Ford said so.';
    const typed = ['Ford Motor', 'Ford Credit'].map((t) => ({ ...cand(body, t, 'ORG', 'head', 3), label: 'ORG' as const }));
    const linked = linkAliases(body, [...typed, { ...cand(body, 'Ford', 'ORG', 'guess', 1, 2), label: 'ORG' as const }]);
    expect(linked.at(-1)!.canonical).toBe('Ford');
  });
});
