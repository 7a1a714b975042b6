// The entities stage end to end through pipelines/plain.json: names per family with their labels,
// general patterns (titles, organisation heads, "X of Y", acronyms, non-Western names, group
// words), things that are no entities, titles and overlaps, canonical names and aliases, offsets
// that always slice to their text, regressions, and the sample pages read through
// pipelines/news.json as a careful reader would. Names in the made-up sentences are invented or
// are well-known public figures and places, never taken from the dev set.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPipeline, processText } from '../../../src/index.js';

const pipeline = loadPipeline('pipelines/plain.json');
const news = loadPipeline('pipelines/news.json');

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

describe('entities: general patterns', () => {
  test.for<[string, string, string, string]>([
    // Titles and roles before a name: never part of it.
    ['Deputy Foreign Minister Farid Qasimli left Baku.', 'Farid Qasimli', 'PERSON', 'Farid Qasimli'],
    ['Brigadier General Tomas Reinholt inspected the troops.', 'Tomas Reinholt', 'PERSON', 'Tomas Reinholt'],
    ['Chief of Police General Davud Karimi spoke to reporters.', 'Davud Karimi', 'PERSON', 'Davud Karimi'],
    ['Deputy Minister of Foreign Affairs of Moldova Elnur Rustamli announced the evacuation.', 'Elnur Rustamli', 'PERSON', 'Elnur Rustamli'],
    ['Secretary of State Antony Blinken called for calm.', 'Antony Blinken', 'PERSON', 'Antony Blinken'],
    ['"It was a hard day," said Jim Press, the Vice Chairman of the firm.', 'Jim Press', 'PERSON', 'Jim Press'],
    ['The funeral of Senior Lieutenant Rauf Aliyarov was held on Sunday.', 'Rauf Aliyarov', 'PERSON', 'Rauf Aliyarov'],
    // Persian, Arabic, Turkish and Azerbaijani spellings, hyphens and honorifics.
    ['President Seyyed Hamid Rezaei spoke after the vote.', 'Hamid Rezaei', 'PERSON', 'Hamid Rezaei'],
    ['Police chief Sardar Mahmoud Kazemi was fired.', 'Mahmoud Kazemi', 'PERSON', 'Mahmoud Kazemi'],
    ['The cleric Abd-ul Karim Nasser preached on Friday.', 'Abd-ul Karim Nasser', 'PERSON', 'Abd-ul Karim Nasser'],
    ['Turkish president Recep Tayyip Erdoğan sent a message.', 'Recep Tayyip Erdoğan', 'PERSON', 'Recep Tayyip Erdoğan'],
    ['Minister Mehmet Şimşek presented the budget.', 'Mehmet Şimşek', 'PERSON', 'Mehmet Şimşek'],
    ['The envoy Hossein Amir-Abdollahian arrived late.', 'Hossein Amir-Abdollahian', 'PERSON', 'Hossein Amir-Abdollahian'],
    ['Heydar Ismayilov, the father of Ramil, decided to stay.', 'Ramil', 'PERSON', 'Ramil'],
    ['They beat Robin Vasterhout and Jean-Luc Marrot in two sets.', 'Robin Vasterhout', 'PERSON', 'Robin Vasterhout'],
    ['They beat Robin Vasterhout and Jean-Luc Marrot in two sets.', 'Jean-Luc Marrot', 'PERSON', 'Jean-Luc Marrot'],
    ['He had beaten Botic van de Zandhuis in the first match.', 'Botic van de Zandhuis', 'PERSON', 'Botic van de Zandhuis'],
    ['The game at Veltman Field was stopped.', 'Veltman Field', 'FAC', 'Veltman Field'],
    ['The U.S. Securities and Exchange Commission sued the firm.', 'U.S. Securities and Exchange Commission', 'ORG', 'U.S. Securities and Exchange Commission'],
    ['They met in Korvel Park after dark.', 'Korvel Park', 'FAC', 'Korvel Park'],
    ['Amazon\'s Jeff Bezos and SpaceX\'s Elon Musk bid for the contract.', 'Elon Musk', 'PERSON', 'Elon Musk'],
    ['Amazon\'s Jeff Bezos and SpaceX\'s Elon Musk bid for the contract.', 'SpaceX', 'ORG', 'SpaceX'],
    ['Sierra Nevada Corporation bid too. Sierra Nevada said so.', 'Sierra Nevada', 'ORG', 'Sierra Nevada Corporation'],
    ['NASA Administrator Jim Bridenstine spoke.', 'Jim Bridenstine', 'PERSON', 'Jim Bridenstine'],
    ['He flew Air Astana to Almaty.', 'Air Astana', 'ORG', 'Air Astana'],
    ['Probes will fly to the Moon and Mars.', 'Mars', 'LOC', 'Mars'],
    ['Penske Auto was selected to buy the unit.', 'Penske Auto', 'ORG', 'Penske Auto'],
    ['The audit by Ernst & Young was late.', 'Ernst & Young', 'ORG', 'Ernst & Young'],
    ["The People's Liberation Army held drills.", "People's Liberation Army", 'ORG', "People's Liberation Army"],
    ['Talks with Britain and the Soviet Union failed.', 'Britain', 'GPE', 'Britain'],
    ['Talks with Britain and the Soviet Union failed.', 'Soviet Union', 'GPE', 'Soviet Union'],
    ['The adviser Fiona Hallworth testified. Later Fiona Hill testified too.', 'Fiona Hill', 'PERSON', 'Fiona Hill'],
    ['Essar Steel was sold to a rival.', 'Essar Steel', 'ORG', 'Essar Steel'],
    ['Joe Biden and Hunter Biden spoke. Biden left early.', 'Biden', 'PERSON', 'Biden'],
    ['Pat Carlineo was charged. Patrick W. Carlineo pleaded guilty. Carlineo left.', 'Carlineo', 'PERSON', 'Patrick W. Carlineo'],
    // Organisation heads and "X of Y" names.
    ['The State Committee for Work with Religious Groups issued a ruling.', 'State Committee for Work with Religious Groups', 'ORG', 'State Committee for Work with Religious Groups'],
    ['The Ministry of Foreign Affairs of Moldova summoned the envoy.', 'Ministry of Foreign Affairs of Moldova', 'ORG', 'Ministry of Foreign Affairs of Moldova'],
    ['The order came from the Federal Service for the Financial Markets.', 'Federal Service for the Financial Markets', 'ORG', 'Federal Service for the Financial Markets'],
    ["The head of Tehran's Criminal Prosecutor's Office spoke.", "Criminal Prosecutor's Office", 'ORG', "Criminal Prosecutor's Office"],
    ['The Pew Research Center published the survey.', 'Pew Research Center', 'ORG', 'Pew Research Center'],
    ['Members of the Velmora Servants Union marched.', 'Velmora Servants Union', 'ORG', 'Velmora Servants Union'],
    ['Russian flag carrier Aerovolt bought ten jets.', 'Aerovolt', 'ORG', 'Aerovolt'],
    ['Northrop Grumman and Velmar parent EADS won the bid.', 'Velmar', 'ORG', 'Velmar'],
    ['Documents came from Brandt Kessler, Boeing\'s rival in the bid.', 'Brandt Kessler', 'ORG', 'Brandt Kessler'],
    // A place that owns a body makes one organisation.
    ["He called Azerbaijan's Embassy in Tehran.", "Azerbaijan's Embassy", 'ORG', "Azerbaijan's Embassy"],
    ['Azerbaijan’s Ministry of Foreign Affairs issued a note.', 'Azerbaijan’s Ministry of Foreign Affairs', 'ORG', 'Azerbaijan’s Ministry of Foreign Affairs'],
    ['The Azerbaijani Embassy to the UK was attacked.', 'Azerbaijani Embassy', 'ORG', 'Azerbaijani Embassy'],
    // Acronyms with their expansion.
    ['The European Space Agency (ESA) said so. ESA will launch.', 'ESA', 'ORG', 'European Space Agency'],
    ['Iran’s Islamic Revolutionary Guard Corps (IRGC) held drills. The IRGC said so.', 'IRGC', 'ORG', 'Islamic Revolutionary Guard Corps'],
    ['Iran’s Islamic Revolutionary Guard Corps (IRGC) held drills.', 'Iran’s Islamic Revolutionary Guard Corps', 'ORG', 'Islamic Revolutionary Guard Corps'],
    // Places.
    ['The car of the embassy in Washington, D.C. was shot at.', 'D.C.', 'GPE', 'D.C.'],
    ['The resumption of Tehran-Baku ties was welcomed.', 'Baku', 'GPE', 'Baku'],
    ['Drills were held along the Iran-Azerbaijan border.', 'Iran', 'GPE', 'Iran'],
    ['He spoke of the joint Varzan and Golhaleh dam.', 'Golhaleh', 'FAC', 'Golhaleh'],
    ['He spoke of the joint Varzan and Golhaleh dam.', 'Varzan', 'FAC', 'Varzan'],
    ['Keynotes are given at Moscone Center every year.', 'Moscone Center', 'FAC', 'Moscone Center'],
    ['Officials from the People\'s Republic of China agreed.', "People's Republic of China", 'GPE', "People's Republic of China"],
    ['Officials from the People\'s Republic of China agreed. China said so.', 'China', 'GPE', "People's Republic of China"],
    // Group words (NORP).
    ['It was a left of the Soviet time.', 'Soviet', 'NORP', 'Soviet'],
    ['Millions of Azeri people live there.', 'Azeri', 'NORP', 'Azeri'],
    ['The Azerbaijanis felt insecure.', 'Azerbaijanis', 'NORP', 'Azerbaijanis'],
    ['Both are Islamic countries.', 'Islamic', 'NORP', 'Islamic'],
  ])('%s -> %s (%s, %s)', ([text, name, label, canonical]) => {
    const found = entitiesOf(text).filter((e) => e.text === name);
    expect(found.map((e) => [e.label, e.canonical])).toContainEqual([label, canonical]);
  });
});

describe('entities: names of things that are no entities of ours', () => {
  test.for<[string, string]>([
    // Products, models and programmes.
    ['The gunman had a Velmark assault rifle.', 'Velmark'],
    ['Orders for 60 Boeing 787 Dreamliner aircraft came in. The Dreamliner flies.', 'Dreamliner'],
    ['It is the largest contract since the Joint Strike Fighter program.', 'Joint Strike Fighter'],
    ['He rammed his car into an embassy Hyundai Sonata, then left.', 'Hyundai Sonata'],
    ['He arrived with two children in a Kia Pride.', 'Kia Pride'],
    ['CCTV footage showed the attacker alone.', 'CCTV'],
    // Laws, treaties and events.
    ['They broke the Vienna Convention on Diplomatic Relations.', 'Vienna'],
    ['They broke the Vienna Convention on Diplomatic Relations.', 'Convention on Diplomatic Relations'],
    ['It is his duty under the Geneva Convention to protect them.', 'Geneva'],
    ['He was charged under the Criminal Code of Korvania.', 'Criminal Code'],
    ['He spoke at the World Wide Developers Conference (WWDC) in June.', 'WWDC'],
    ['The jets will be ready for the 2008 Beijing Olympic Games.', 'Olympic Games'],
    ['Leaders met at the G20 Summit.', 'Summit'],
    // Bare heads, abbreviations of roles, languages, day names, quoted titles, currencies.
    ['The Embassy said the talks would go on.', 'Embassy'],
    ['The crash killed the president, the FM and others.', 'FM'],
    ['They chanted slogans in Arabic and wrote them on the walls.', 'Arabic'],
    ['Stocks fell on Black Monday again.', 'Black'],
    ['The plan, called "Way Forward", failed.', 'Way Forward'],
    ['He said that Maintenance, Repair and Overhaul (MRO) work grew.', 'MRO'],
    ['He said that Maintenance, Repair and Overhaul (MRO) work grew.', 'Maintenance'],
    ['The deal is worth US$40 billion (GB #20.1 billion).', 'GB'],
    ['"The attacker fled ... All responsibility lies with them," he said.', 'All'],
    ['"... Measures to prevent such attacks were raised," it said.', 'Measures'],
    ['The search for Air France Flight 447 went on.', 'Air France Flight'],
    ['"I\'m sure," he said.', "I'm"],
    ['Buyers want SUVs and EVs with AWD.', 'SUVs'],
    ['Buyers want SUVs and EVs with AWD.', 'AWD'],
    ['The Velmora Auto Show opened on Tuesday.', 'Velmora Auto Show'],
    ['Follow Arrowvale on Facebook for news.', 'Arrowvale on Facebook'],
    ['They won the West Division on Wisconsin soil.', 'West Division on Wisconsin'],
    ['DaimlerChrysler To Sell Chrysler Group For Billions\n\nThe deal was signed.', 'DaimlerChrysler To Sell Chrysler Group'],
  ])('%s: no "%s"', ([text, word]) => {
    expect(entitiesOf(text).map((e) => e.text)).not.toContain(word);
  });
});

describe('entities: regressions', () => {
  test('sentence starts of a page not in English were taken for names ("Nunca", "Jangan")', () => {
    const text =
      'Nunca pensei que a escola fosse tão bonita. Estamos muito felizes com o grupo. Assista ao vídeo da apresentação com os alunos. ' +
      'Obrigado a todos os professores da escola e aos pais que vieram. Mande uma mensagem para o grupo Serelepe em Belo Horizonte. ' +
      'Eles cantam e dançam com as crianças todos os dias da semana na escola.';
    const found = entitiesOf(text).map((e) => e.text);
    for (const word of ['Nunca', 'Estamos', 'Assista', 'Obrigado', 'Mande', 'Eles']) expect(found).not.toContain(word);
    expect(found).toContain('Belo Horizonte');
  });

  test('Erdoğan was cut at a letter wink-nlp does not know ("Erdo" + "ğ" + "an")', () => {
    expect(pairs('Turkish president Recep Tayyip Erdoğan spoke.')).toContainEqual(['Recep Tayyip Erdoğan', 'PERSON']);
  });

  test('Lockheed alone after "Lockheed Martin" was typed PERSON', () => {
    const found = entitiesOf('Boeing and Lockheed Martin competed. Lockheed won.').filter((e) => e.text === 'Lockheed');
    expect(found.map((e) => [e.label, e.canonical])).toEqual([['ORG', 'Lockheed Martin']]);
  });

  test('a product noun after a verb took a company with it ("Aerovolt bought jets")', () => {
    expect(pairs('Russian flag carrier Aerovolt bought jets.')).toContainEqual(['Aerovolt', 'ORG']);
  });

  test('a count before a name was read as a model number ("500 Apple engineers")', () => {
    expect(pairs('There are 500 Apple engineers at the event.')).toContainEqual(['Apple', 'ORG']);
  });

  test('"Ministry of War" was taken for the name of a war', () => {
    expect(pairs('The Ministry of War said so.')).toContainEqual(['Ministry of War', 'ORG']);
  });

  test('an organisation modifying a noun after "an" is kept ("an Air France flight")', () => {
    expect(pairs('He took an Air France flight home.')).toContainEqual(['Air France', 'ORG']);
  });
});

/**
 * The sample pages through the default pipeline: what a careful reader finds in each article,
 * with its canonical name, and what a careful reader would not call an entity. Boilerplate
 * names (sidebars, bylines, related links) must not appear at all.
 */
const PAGES: Record<string, { found: Array<[string, string, string]>; absent: string[] }> = {
  '000_8fae0fd90044b660': {
    found: [
      ['Azerbaijan', 'GPE', 'Azerbaijan'],
      ['Tehran', 'GPE', 'Tehran'],
      ['Azerbaijani Foreign Ministry', 'ORG', 'Azerbaijani Foreign Ministry'],
      ['Ayxan Hacizada', 'PERSON', 'Ayxan Hacizada'],
      ['Agence France-Presse', 'ORG', 'Agence France-Presse'],
      ['Tabriz', 'GPE', 'Tabriz'],
      ['Iranian', 'NORP', 'Iranian'],
      ['Azerbaijani', 'NORP', 'Azerbaijani'],
      ['Khalaf Khalafov', 'PERSON', 'Khalaf Khalafov'],
      ['Khalafov', 'PERSON', 'Khalaf Khalafov'],
      ['Bloomberg', 'ORG', 'Bloomberg'],
      ['Ebrahim Raisi', 'PERSON', 'Ebrahim Raisi'],
      ['Ilham Aliyev', 'PERSON', 'Ilham Aliyev'],
      ["Azerbaijan's State Committee for Work with Religious Organizations", 'ORG', "Azerbaijan's State Committee for Work with Religious Organizations"],
      ['Mubariz Gurbanli', 'PERSON', 'Mubariz Gurbanli'],
      ['Orkhan Asqarov', 'PERSON', 'Orkhan Asqarov'],
      ['Nagorno-Karabakh', 'GPE', 'Nagorno-Karabakh'],
      ['Israel', 'GPE', 'Israel'],
      ['Iranians', 'NORP', 'Iranians'],
      ['NetBlocks', 'ORG', 'NetBlocks'],
    ],
    absent: ['Religious Organizations', 'Senior Lieutenant', 'Iranian Red Crescent', 'Foreign Ministry'],
  },
  '001_4d7176279bcdf3e2': {
    found: [
      ['Embassy of Azerbaijan', 'ORG', 'Embassy of Azerbaijan'],
      ['Hossein Rahimi', 'PERSON', 'Hossein Rahimi'],
      ['Iranian State TV', 'ORG', 'Iranian State TV'],
      ['Jeyhun Bayramov', 'PERSON', 'Jeyhun Bayramov'],
      ['Hossein Amirabdollahian', 'PERSON', 'Hossein Amirabdollahian'],
      ['Azerbaijan’s Ministry of Foreign Affairs', 'ORG', 'Azerbaijan’s Ministry of Foreign Affairs'],
      ['Azerbaijani Embassy', 'ORG', 'Azerbaijani Embassy'],
      ['UK', 'GPE', 'United Kingdom'],
      ['London', 'GPE', 'London'],
      ['Shiite', 'NORP', 'Shiite'],
      ['Muhtar Mammadov', 'PERSON', 'Muhtar Mammadov'],
      ['Tel Aviv', 'GPE', 'Tel Aviv'],
      ['Republic of Belarus', 'GPE', 'Republic of Belarus'],
      ['North Macedonia', 'GPE', 'North Macedonia'],
      ['Muslim', 'NORP', 'Muslim'],
      ['IRGC', 'ORG', 'Islamic Revolutionary Guard Corps'],
      ['U.S. State Department', 'ORG', 'U.S. State Department'],
      ['Türkiye', 'GPE', 'Türkiye'],
      ['Turkish Foreign Ministry', 'ORG', 'Turkish Foreign Ministry'],
      ['Israeli', 'NORP', 'Israeli'],
    ],
    absent: ['Embassy', 'Geneva', 'Convention', 'Increased', 'Although', 'Caspian Policy Center', 'Josephine Freund', 'European Parliament'],
  },
  '002_3b53b3370a55f132': {
    found: [
      ['Azerbaijan', 'GPE', 'Azerbaijan'],
      ['Iran', 'GPE', 'Iran'],
      ['Tehran', 'GPE', 'Tehran'],
      ['Ilham Aliyev', 'PERSON', 'Ilham Aliyev'],
      ['Azerbaijani Foreign Ministry', 'ORG', 'Azerbaijani Foreign Ministry'],
      ['DW', 'ORG', 'DW'],
      ['Turkey', 'GPE', 'Turkey'],
      ['Armenia', 'GPE', 'Armenia'],
      ['Azeri', 'NORP', 'Azeri'],
    ],
    absent: ['All', 'Measures', 'Relations', 'Wikimedia Commons'],
  },
  '003_8f6a14711d68b79c': {
    found: [
      ['Alwaght', 'ORG', 'Alwaght'],
      ['Baku', 'GPE', 'Baku'],
      ['Tehran', 'GPE', 'Tehran'],
      ['Ibrahim Raisi', 'PERSON', 'Ibrahim Raisi'],
      ['Raisi', 'PERSON', 'Ibrahim Raisi'],
      ['Hossein Amir-Abdollahian', 'PERSON', 'Hossein Amir-Abdollahian'],
      ['Masoud Pezeshkian', 'PERSON', 'Masoud Pezeshkian'],
      ['Pezeshkian', 'PERSON', 'Masoud Pezeshkian'],
      ['Ahad Ghazaee', 'PERSON', 'Ahad Ghazaee'],
      ['Ghazaee', 'PERSON', 'Ahad Ghazaee'],
      ['Heydar Aliyev', 'PERSON', 'Heydar Aliyev'],
      ['Ilham', 'PERSON', 'Ilham'],
      ['Minsk Group', 'ORG', 'Minsk Group'],
      ['Armenians', 'NORP', 'Armenians'],
      ['Soviet', 'NORP', 'Soviet'],
      ['Khan Kandi', 'GPE', 'Khan Kandi'],
      ['Khodabandeh Bridge', 'FAC', 'Khodabandeh Bridge'],
      ['Khodaafarin', 'FAC', 'Khodaafarin'],
      ['Ghezghaleh', 'FAC', 'Ghezghaleh'],
      ['US', 'GPE', 'United States'],
    ],
    absent: ['FM', 'Seyyed Ibrahim Raisi', 'Mr Ghazaee', 'Persian Gulf Cooperation Council', 'Mohammed Omar', 'North Atlantic Treaty Organization', 'Most Viewed'],
  },
  '004_299e6175bcc7da2b': {
    found: [
      ['Orkhan Asgarov', 'PERSON', 'Orkhan Asgarov'],
      ['State Security Service of Azerbaijan', 'ORG', 'State Security Service of Azerbaijan'],
      ['Ministry of Foreign Affairs of Azerbaijan', 'ORG', 'Ministry of Foreign Affairs of Azerbaijan'],
      ['Ministry of Foreign Affairs of Iran', 'ORG', 'Ministry of Foreign Affairs of Iran'],
      ['Mahdi Servants Union', 'ORG', 'Mahdi Servants Union'],
      ['Embassy of Azerbaijan', 'ORG', 'Embassy of Azerbaijan'],
      ['Washington', 'GPE', 'Washington'],
      ['D.C.', 'GPE', 'D.C.'],
      ['Azerbaijani Ministry of Foreign Affairs', 'ORG', 'Azerbaijani Ministry of Foreign Affairs'],
      ['Islamic Republic of Iran', 'GPE', 'Islamic Republic of Iran'],
      ['Nasir Kanani', 'PERSON', 'Nasir Kanani'],
      ['Hossein Rahimi', 'PERSON', 'Hossein Rahimi'],
      ['Rahimi', 'PERSON', 'Hossein Rahimi'],
      ["Criminal Prosecutor's Office", 'ORG', "Criminal Prosecutor's Office"],
      ['Mohammad Shahriari', 'PERSON', 'Mohammad Shahriari'],
      ['Islamic Republic News Agency', 'ORG', 'Islamic Republic News Agency'],
      ['Urmia', 'GPE', 'Urmia'],
      ['West Azerbaijan', 'GPE', 'West Azerbaijan'],
      ["Iran's Foreign Ministry", 'ORG', "Iran's Foreign Ministry"],
      ["Azerbaijan's Embassy", 'ORG', "Azerbaijan's Embassy"],
      ['Azerbaijani Press Agency', 'ORG', 'Azerbaijani Press Agency'],
      ['Aykhan Hajizadeh', 'PERSON', 'Aykhan Hajizadeh'],
      ['Iranian Diplomatic Police', 'ORG', 'Iranian Diplomatic Police'],
      ['Ahmad-Reza Radan', 'PERSON', 'Ahmad-Reza Radan'],
      ['Law Enforcement Command', 'ORG', 'Law Enforcement Command'],
      ['Khalaf Khalafov', 'PERSON', 'Khalaf Khalafov'],
      ['Yasin Hosseinzadeh', 'PERSON', 'Yasin Hosseinzadeh'],
      ['Ebrahim Raisi', 'PERSON', 'Ebrahim Raisi'],
      ['Raisi', 'PERSON', 'Ebrahim Raisi'],
      ['Aliyev', 'PERSON', 'Ilham Aliyev'],
      ['Isaac Herzog', 'PERSON', 'Isaac Herzog'],
      ['Saudi Arabia', 'GPE', 'Saudi Arabia'],
      ['Abdel Fattah El-Sisi', 'PERSON', 'Abdel Fattah El-Sisi'],
      ['Sergey Lavrov', 'PERSON', 'Sergey Lavrov'],
      ['Twitter', 'ORG', 'Twitter'],
      ['Hungarian', 'NORP', 'Hungarian'],
      ['Katalin Novák', 'PERSON', 'Katalin Novák'],
      ['Recep Tayyip Erdoğan', 'PERSON', 'Recep Tayyip Erdoğan'],
      ['Stéphane Dujarric', 'PERSON', 'Stéphane Dujarric'],
      ['UN', 'ORG', 'United Nations'],
      ['European Commission', 'ORG', 'European Commission'],
      ['Peter Stano', 'PERSON', 'Peter Stano'],
      ['Bujar Osmani', 'PERSON', 'Bujar Osmani'],
      ['OSCE', 'ORG', 'OSCE'],
    ],
    absent: [
      'Embassy', 'Criminal', 'Criminal Code', 'Foreign Affairs', 'Vienna', 'Convention on Diplomatic Relations', 'Hyundai Sonata',
      'Kia Pride', 'Arabic', 'CCTV', 'Sardar Hossein Rahimi', 'Background', 'Attack', 'Official reactions', 'Rastovan Street',
    ],
  },
};

describe('entities: the sample pages, read as a careful reader would', () => {
  const pages = fs.existsSync('input') ? Object.keys(PAGES).filter((id) => fs.existsSync(`input/${id}.txt`)) : [];
  // The sample pages live in input/ (copied from ../shared/corpus/); without them there is nothing to read.
  test.skipIf(pages.length === 0)('input/ holds the sample pages', () => {
    expect(pages.length).toBe(Object.keys(PAGES).length);
  });

  const records = new Map(pages.map((id) => [id, processText(fs.readFileSync(`input/${id}.txt`, 'utf8'), { pipeline: news, id })]));
  const mentions = (id: string) => records.get(id)!.articles.flatMap((a) => a.entities);

  test.for(pages.flatMap((id) => PAGES[id]!.found.map(([text, label, canonical]) => [id, text, label, canonical] as [string, string, string, string])))(
    '%s: %s is %s (%s)',
    ([id, text, label, canonical]) => {
      expect(mentions(id).filter((e) => e.text === text).map((e) => [e.label, e.canonical])).toContainEqual([label, canonical]);
    },
  );

  test.for(pages.flatMap((id) => PAGES[id]!.absent.map((text) => [id, text] as [string, string])))('%s: no "%s"', ([id, text]) => {
    const all = mentions(id);
    expect(all.map((e) => e.text)).not.toContain(text);
    expect(all.map((e) => e.canonical)).not.toContain(text);
  });

  test.for(pages)('%s: one canonical name per text and label, offsets slice the body', (id) => {
    for (const article of records.get(id)!.articles) {
      const canonical = new Map<string, string>();
      for (const e of article.entities) {
        expect(article.body.slice(e.start, e.end)).toBe(e.text);
        const key = `${e.label} ${e.text}`;
        expect(canonical.get(key) ?? e.canonical).toBe(e.canonical);
        canonical.set(key, e.canonical);
      }
    }
  });
});
