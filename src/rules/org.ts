// Words that make a capitalised name an organisation, a facility or a place by their position:
// heads that end a name ("... Airlines", "... Ministry", "... Airport", "... River") and heads
// that open an "X of Y" name ("Ministry of ...", "Bank of ...", "Gulf of ..."). Lower-case.
// compromise's own orgWords/placeWords lists are merged in by the gazetteer module.

/** Last words of organisation names. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'inc inc. corp corp. corporation co co. company companies ltd ltd. llc llp plc spa s.p.a. ag gmbh n.v. nv s.a. sa b.v. bv pty limited holdings group ' +
    'airlines airline airways motors motor auto automotive industries enterprises technologies systems solutions services service networks communications ' +
    'bank banks bancorp capital securities investments partners associates financial insurance fund reserve exchange ' +
    'ministry department office agency authority administration bureau commission committee council board directorate secretariat ' +
    'parliament assembly congress senate cabinet government court tribunal police army navy forces force guard guards corps militia brigade brigades ' +
    'party union league federation confederation association alliance coalition movement front organization organisation society foundation institute ' +
    'institution trust university college school academy laboratory laboratories labs hospital clinic church mosque synod ' +
    'times post news press herald tribune journal gazette telegraph guardian chronicle daily radio television tv channel network media agence ' +
    'research consulting studios records pictures entertainment club fc team'
  ).split(' '),
);

/** First words of "X of Y" organisation names ("Ministry of Foreign Affairs", "Bank of Japan"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  (
    'ministry department office bureau agency bank university college institute school academy council committee commission ' +
    'board court courts house chamber federation union league association organization organisation society church order ' +
    'party government embassy consulate museum centre center foundation fund army navy corps'
  ).split(' '),
);

/** Connectors that may join the words of one organisation name ("Centre for ...", "Research and Development Agency"). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des', 'la', 'der', 'für', 'with']);

/** Last words of facility names. */
export const FAC_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'airport airfield airbase base bridge tunnel stadium arena street avenue road boulevard highway motorway square plaza ' +
    'tower towers palace castle cathedral temple shrine monument memorial station terminal port harbour harbor dam canal ' +
    'prison jail building hall centre center mall house field park auditorium theater theatre coliseum amphitheater pavilion'
  ).split(' '),
);

/** Last words of natural places (LOC). */
export const LOC_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'river sea ocean gulf lake lakes mountains mountain range hills valley desert island islands peninsula bay strait straits ' +
    'coast basin plateau plain plains delta glacier forest falls canyon cape reef archipelago hill hills'
  ).split(' '),
);

/** First words of natural places ("Mount X", "Lake X", "Gulf of X"). */
export const LOC_HEADS: ReadonlySet<string> = new Set('mount mt. lake gulf sea bay strait isle cape river'.split(' '));

/** Last words of administrative places (GPE). */
export const GPE_SUFFIXES: ReadonlySet<string> = new Set(
  'province county district state city municipality prefecture oblast governorate region kingdom republic emirate canton territory'.split(' '),
);

/** First words of "X of Y" places ("Republic of Azerbaijan", "City of London"). */
export const GPE_HEADS: ReadonlySet<string> = new Set('republic kingdom city state province emirate principality commonwealth federation'.split(' '));

/** Organisation suffixes too generic to be a name alone ("Ministry", "Police" at a sentence start). */
export const BARE_GENERIC: ReadonlySet<string> = new Set([...ORG_SUFFIXES, ...FAC_SUFFIXES, ...LOC_SUFFIXES, ...GPE_SUFFIXES]);

/** Capitalised abbreviations that are not names of anything: units, times, formats, diseases, roles. */
export const NOT_NAME_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'CEO CFO COO CTO CIO MD PM AM UTC GMT EST EDT PST PDT BST CET IST GDP GNP IPO VAT TV HD CD DVD PC IT AI ID OK USD EUR GBP JPY ' +
    'COVID COVID-19 AIDS HIV SARS MERS DNA RNA GPS SUV FAQ PDF URL HTML LCD LED USB RSS HQ ATM PS NB TBA TBD RIP LOL OMG ' +
    'FM MP MPS MEP MEPS VIP FYI ETA KM KG MPH PHOTO VIDEO WATCH READ MORE UPDATE BREAKING NEWS LIVE EXCLUSIVE OPINION ANALYSIS ' +
    'I II III IV V VI VII VIII IX X XI XII A ' +
    // Things, not names: vehicles, drives, devices, standards.
    'SUV EV AWD RWD FWD 4WD HVAC USB LED OLED GPU CPU RAM SSD IQ GT VR AR API SDK OS'
  ).split(' '),
);

/**
 * First words of state bodies that a place may own in one name: "Azerbaijan's Foreign Ministry",
 * "Iran's Revolutionary Guards" are one organisation each, not a place plus an organisation.
 */
export const STATE_BODY_MODIFIERS: ReadonlySet<string> = new Set(
  'foreign interior defence defense finance justice health education economy energy culture emergency emergencies state national central supreme constitutional armed security intelligence revolutionary islamic federal'.split(' '),
);

/** Legal forms that end a company name ("Apple Inc."), so a name after them is another name. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set('inc inc. corp corp. ltd ltd. llc plc co. l.p. lp'.split(' '));

/** Bodies a country has one of, named alone with a capital: "the Senate", "the Parliament". */
export const UNIQUE_BODIES: ReadonlySet<string> = new Set('senate congress parliament politburo knesset duma bundestag majlis'.split(' '));

/** Words before "Center"/"Centre" that make an organisation of it, not a building ("Research Center", "Cancer Centre"). */
export const CENTRE_WORK: ReadonlySet<string> = new Set(
  'research studies policy medical cancer health information media press data training rights resource resources documentation strategic security analysis monitoring coordination'.split(' '),
);
