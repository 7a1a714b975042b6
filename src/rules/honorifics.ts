// Titles, roles and honorifics that stand before a person's name ("Foreign Minister Jeyhun X",
// "Mr. X", "spokeswoman X"). They are evidence that the next name is a PERSON and are never part
// of the name itself. Lower-case; matched against lower-cased tokens.

/** Words that end a title and make the following capitalised words a person's name. */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mme mme. mlle m. messrs ' +
    'president vice-president premier chancellor minister secretary senator sen. sen rep. rep congressman congresswoman ' +
    'governor gov. gov mayor ambassador envoy diplomat spokesman spokeswoman spokesperson ' +
    'king queen prince princess emperor sultan emir sheikh shaikh ayatollah imam cleric pope cardinal bishop archbishop rabbi reverend rev. rev father ' +
    'general gen. gen lieutenant lt. lt colonel col. col major maj. captain capt. capt sergeant sgt. sgt commander cmdr. admiral marshal brigadier corporal cpl. private pvt. officer ' +
    'judge justice magistrate prosecutor attorney lawyer ' +
    'ceo cfo coo cto chairman chairwoman chairperson chair director chief executive founder co-founder cofounder ' +
    'head leader counterpart analyst economist strategist professor researcher scientist expert commentator ' +
    'correspondent reporter journalist editor columnist author writer photographer ' +
    'coach manager striker midfielder defender goalkeeper player star actor actress singer ' +
    'deputy undersecretary commissioner inspector superintendent detective constable chief-of-staff ' +
    'mp mep legislator lawmaker councillor councilor speaker sardar hojatoleslam mullah ' +
    'administrator insider coordinator adviser advisor aide treasurer ombudsman sheriff skipper owner trustee dean provost rector pastor priest vicar ' +
    'secretary-general director-general attorney-general governor-general president-elect'
  ).split(' '),
);

/** Words that may stand inside a title before its head ("Foreign", "Prime", "Deputy"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'foreign prime deputy vice first second senior junior acting former interim chief executive general assistant associate ' +
    'defence defense interior finance economy economic trade health education justice energy oil culture transport labour labor ' +
    'agriculture environment intelligence security police army navy air naval military state federal national supreme high ' +
    'managing presiding principal lead co grand crown attorney- inspector- staff sergeant- lieutenant- rear field brigadier ' +
    'commanding special permanent parliamentary opposition majority minority party press public communications'
  ).split(' '),
);

/** Honorifics that are never a name on their own, even when capitalised at a sentence start. */
export const HONORIFICS: ReadonlySet<string> = new Set('mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame mme mlle messrs seyyed seyed sayyid sayed haji hajji'.split(' '));

/** Name suffixes that belong to the name ("William Clay Ford Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set('jr jr. sr sr. ii iii iv'.split(' '));

/** Lower-case particles inside personal names in many languages ("bin", "al-", "van der"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el bin ibn bint abu abd abdul de da di del della dos das do du van von der den ter la le ul ud e ye'.split(' '),
);

/**
 * Portfolio words after "Minister of", "Secretary of": part of the title, not a name ("Deputy
 * Minister of Foreign Affairs of Azerbaijan X", "Secretary of State X").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    'affairs state foreign interior internal external home defence defense finance economy economic trade health education justice ' +
    'energy oil culture transport labour labor agriculture environment intelligence security treasury commerce industry development ' +
    'communications information tourism sport sports youth women science technology housing welfare and'
  ).split(' '),
);

/** Kinship nouns: "father of X", "the widow of X" name a person. */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  'father mother son daughter wife husband brother sister widow widower uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother parents children'.split(' '),
);
