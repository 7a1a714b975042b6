// The entities stage end to end through pipelines/plain.json: names per family with their labels,
// things that are no entities, titles and overlaps, canonical names and aliases, and offsets that
// always slice to their text. Names in these sentences are made up or are well-known public
// figures and places, never taken from the dev set.
import { describe, expect, test } from 'vitest';
import { loadPipeline, processText } from '../../../src/index.js';

const pipeline = loadPipeline('pipelines/plain.json');

function entitiesOf(text: string) {
  const record = processText(text, { pipeline, published: '2023-01-30' });
  return record.articles[0]!.entities;
}

const pairs = (text: string) => entitiesOf(text).map((e) => [e.text, e.label]);

describe('entities: names found with their label', () => {
  test.for<[string, string, string]>([
    // PERSON: titles and roles before a name are evidence, never part of it.
    ['Foreign Minister Jeyhun Bayramov met reporters in the capital.', 'Jeyhun Bayramov', 'PERSON'],
    ['The talks were led by spokeswoman Maria Kowalczyk on Monday.', 'Maria Kowalczyk', 'PERSON'],
    ['"We will respond," said Senior Lieutenant Orkhan Velizade.', 'Orkhan Velizade', 'PERSON'],
    ['The decision was announced by Mr. Tomasz Brenner yesterday.', 'Tomasz Brenner', 'PERSON'],
    ['Analysts said Karen Whitfield had resigned.', 'Karen Whitfield', 'PERSON'],
    ['The funeral of Hossein Amirzadeh was held in the city.', 'Hossein Amirzadeh', 'PERSON'],
    ['The statement by Ahmad-Reza Kaveh was read aloud.', 'Ahmad-Reza Kaveh', 'PERSON'],
    ['The president of Egypt Abdel Karim El-Nour arrived late.', 'Abdel Karim El-Nour', 'PERSON'],
    // ORG: organisation heads, legal forms, acronyms, "X of Y" names.
    ['The Ministry of Foreign Affairs issued a note.', 'Ministry of Foreign Affairs', 'ORG'],
    ['Shares of Brenmark Holdings Inc. rose sharply.', 'Brenmark Holdings Inc.', 'ORG'],
    ['The State Security Service opened an inquiry.', 'State Security Service', 'ORG'],
    ['Officers of the Tehran Diplomatic Police arrived.', 'Tehran Diplomatic Police', 'ORG'],
    ['A report by the Bank of Korvania was published.', 'Bank of Korvania', 'ORG'],
    ['Workers at Velmora Airlines went on strike.', 'Velmora Airlines', 'ORG'],
    ['The deal was reviewed by NATO last week.', 'NATO', 'ORG'],
    ['The Islamic Republic News Agency reported the attack.', 'Islamic Republic News Agency', 'ORG'],
    ['The bill failed in the Senate this week.', 'Senate', 'ORG'],
    // GPE, LOC, FAC
    ['The embassy in Tehran was closed after the attack.', 'Tehran', 'GPE'],
    ['Flights from Baku resumed on Sunday.', 'Baku', 'GPE'],
    ['Troops were sent to West Azerbaijan after the strike.', 'West Azerbaijan', 'GPE'],
    ['The plant is in St. Louis, near the river.', 'St. Louis', 'GPE'],
    ['Oil prices rose across the Middle East.', 'Middle East', 'LOC'],
    ['Ships were seen in the Persian Gulf.', 'Persian Gulf', 'LOC'],
    ['A crowd gathered in Haft-e Tir Square on Friday.', 'Haft-e Tir Square', 'FAC'],
    ['Passengers waited at Heydar Aliyev International Airport.', 'Heydar Aliyev International Airport', 'FAC'],
    ['Officials arrived in Washington from the United Kingdom.', 'United Kingdom', 'GPE'],
    // NORP: nationalities, religious and political groups.
    ['Azerbaijani officials denied the report.', 'Azerbaijani', 'NORP'],
    ['Many Iranians protested in the streets.', 'Iranians', 'NORP'],
    ['The mosque serves the Shiite community.', 'Shiite', 'NORP'],
    ['Armenians marked the anniversary.', 'Armenians', 'NORP'],
    ['Democrats in the Senate opposed the plan.', 'Democrats', 'NORP'],
  ])('%s -> %s (%s)', ([text, name, label]) => {
    expect(pairs(text)).toContainEqual([name, label]);
  });
});

describe('entities: things that are not entities', () => {
  test.for<[string, string]>([
    ['The ministry said the embassy would reopen.', 'ministry'],
    ['The Ministry said the embassy would reopen.', 'Ministry'],
    ['The talks will resume on Monday in the capital.', 'Monday'],
    ['Prices fell in January and rose in March.', 'January'],
    ['Stock markets fell sharply across the region.', 'Stock'],
    ['Although the talks failed, both sides stayed.', 'Although'],
    ['COVID cases rose again this winter in the city.', 'COVID'],
    ['The CEO resigned after the vote.', 'CEO'],
    ['The company sold the new A380 jets to the airline.', 'A380'],
    ['Increased tension was reported on the border.', 'Increased'],
    ['The contract is worth US$40 billion to the firm.', 'US'],
  ])('%s: no "%s"', ([text, word]) => {
    expect(entitiesOf(text).map((e) => e.text)).not.toContain(word);
  });

  test.for<[string]>([
    ['Most Viewed\n\nThe minister spoke to reporters in the capital.'],
    ['Related Articles\n\nThe minister spoke to reporters in the capital.'],
    ['Background\n\nThe minister spoke to reporters in the capital.'],
  ])('a heading made of common words gives nothing: %j', ([text]) => {
    expect(entitiesOf(text)).toEqual([]);
  });
});

describe('entities: titles, overlaps and splits', () => {
  test.for<[string, Array<[string, string]>]>([
    ["Azerbaijan's Foreign Ministry summoned the envoy.", [["Azerbaijan's Foreign Ministry", 'ORG']]],
    ['Azerbaijani Foreign Minister Jeyhun Bayramov spoke.', [['Azerbaijani', 'NORP'], ['Jeyhun Bayramov', 'PERSON']]],
    ['Velmora Chief Executive Robert Danner will step down.', [['Velmora', 'ORG'], ['Robert Danner', 'PERSON']]],
    ['Shares of Brenmark Inc. Steve Halloran said rose.', [['Brenmark Inc.', 'ORG'], ['Steve Halloran', 'PERSON']]],
    ['President of Azerbaijan Ilham Aliyev issued a statement.', [['Azerbaijan', 'GPE'], ['Ilham Aliyev', 'PERSON']]],
    ['The U.S. Department of Labor released the figures.', [['U.S. Department of Labor', 'ORG']]],
    ['Sales at Toyota and General Motors fell.', [['Toyota', 'ORG'], ['General Motors', 'ORG']]],
  ])('%s', ([text, expected]) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('entities: canonical names and aliases', () => {
  test.for<[string, string, string]>([
    ['Azerbaijani President Ilham Aliyev condemned the attack. Aliyev called it terror.', 'Aliyev', 'Ilham Aliyev'],
    ['The report was sent to Agence France-Presse (AFP) on Sunday. AFP said it was true.', 'AFP', 'Agence France-Presse'],
    ['The United States Air Force chose the tanker. The USAF said so.', 'USAF', 'United States Air Force'],
    ['Boeing and Lockheed Martin competed. Lockheed won.', 'Lockheed', 'Lockheed Martin'],
    ['Officials in the United States said the US would act.', 'US', 'United States'],
    ['The US said it would act.', 'US', 'United States'],
  ])('%s: %s -> %s', ([text, mention, canonical]) => {
    const found = entitiesOf(text).filter((e) => e.text === mention);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.canonical).toBe(canonical);
  });

  test('a name typed once is typed the same everywhere', () => {
    const text = 'Spokesman Darius Velani spoke on Monday. Velani said the talks would go on. Velani left.';
    const found = entitiesOf(text).filter((e) => e.text === 'Velani');
    expect(found.map((e) => e.label)).toEqual(['PERSON', 'PERSON']);
    expect(found.map((e) => e.canonical)).toEqual(['Darius Velani', 'Darius Velani']);
  });

  test('a company name capitalised at a sentence start is found again', () => {
    const text = 'Apple Computer said sales rose. Apple also cut prices.';
    expect(pairs(text)).toContainEqual(['Apple', 'ORG']);
  });
});

describe('entities: record shape and offsets', () => {
  test('every mention is {text,start,end,label,canonical} and slices to its text', () => {
    const text = 'Azerbaijani Foreign Ministry spokesman Ayxan Hacizada told Agence France-Presse that Baku would respond.';
    const list = entitiesOf(text);
    expect(list.length).toBeGreaterThan(3);
    for (const e of list) {
      expect(Object.keys(e).sort()).toEqual(['canonical', 'end', 'label', 'start', 'text']);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
