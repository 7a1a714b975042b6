// Capitalised words that are never entity names by themselves: calendar words (the dates stage
// owns them) and words that head numbered or dated things ("Chapter 11", "Black Monday").
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today yesterday tomorrow tonight chapter article section page figure table ' +
    // The pronoun with its contractions, one token for wink-nlp: "I'm", "I've".
    "i'm i’m i've i’ve i'll i’ll i'd i’d"
  ).split(' '),
);

/**
 * Last words of names of laws, treaties and events, which are none of our entity kinds ("the Geneva
 * Convention", "Criminal Code", "Olympic Games", "Worldwide Developers Conference"). A run ending
 * so is no entity, and the place inside it ("Geneva") is part of that name, not a mention.
 */
export const LAW_HEADS: ReadonlySet<string> = new Set(
  'code act acts convention conventions treaty accord accords agreement constitution charter protocol doctrine declaration resolution'.split(' '),
);
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  'conference summit games olympics paralympics championship championships cup finals festival expo show marathon tournament war'.split(' '),
);

/**
 * Lower-case nouns after a name that make it the name of a product, a model or a programme, not
 * of its maker ("a Kalashnikov assault rifle", "the Joint Strike Fighter program", "MacBook Air
 * laptops"). Only weak evidence yields to them: "Boeing aircraft" keeps a known company.
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  (
    'rifle rifles gun guns pistol pistols missile missiles rocket rockets tank tanks drone drones ' +
    'jet jets jetliner jetliners airliner airliners aircraft plane planes helicopter helicopters ' +
    'car cars sedan sedans suv vehicle vehicles truck trucks model models engine engines ' +
    'phone phones smartphone smartphones laptop laptops computer computers tablet tablets console consoles ' +
    'software app apps browser program programme project initiative operating ' +
    'footage camera cameras'
  ).split(' '),
);

/**
 * Lower-case nouns that make the next name an organisation ("flag carrier Aeroflot", "private
 * equity firm Cerberus") or, after it, the name before them ("Airbus parent EADS", "Acme shares").
 * The organisation counterpart of titles before a person's name.
 */
export const ORG_ROLE_BEFORE: ReadonlySet<string> = new Set(
  (
    'company firm carrier airline automaker carmaker manufacturer maker airframer planemaker giant conglomerate ' +
    'bank lender insurer retailer broadcaster newspaper publisher outlet website startup start-up subsidiary ' +
    'operator supplier contractor chipmaker drugmaker automaker miner brewer'
  ).split(' '),
);
export const ORG_ROLE_AFTER: ReadonlySet<string> = new Set(
  'parent subsidiary subsidiaries shares shareholders stock spokesman spokeswoman spokesperson executives employees headquarters'.split(' '),
);

/** What one organisation is to another, in apposition: "Lockheed Martin, Boeing's rival". */
export const ORG_COUNTERPARTS: ReadonlySet<string> = new Set([...ORG_ROLE_BEFORE, ...ORG_ROLE_AFTER, 'rival', 'competitor', 'unit', 'division', 'partner']);

/** English function words: their share tells English prose from other languages. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to in is that for on was with as at by from it he she they his her its are were be been has have had not this which who'.split(' '),
);

/** Industry nouns that end company names ("Essar Steel", "Kotak Equities"), unlike surnames that are words ("Elon Musk"). */
export const INDUSTRY_WORDS: ReadonlySet<string> = new Set(
  (
    'steel oil gas energy power petroleum mining chemicals cement foods pharma pharmaceuticals telecom equities ventures brands ' +
    'products logistics shipping resources metals textiles electronics semiconductor semiconductors software music films publishing ' +
    'books retail realty properties construction engineering aerospace defence defense biotech therapeutics'
  ).split(' '),
);
