// Place names that no country list holds: continents, sea and world regions. They are LOC (not
// GPE: no government). Countries, capitals and cities come from world-countries and compromise.
export const LOC_NAMES: ReadonlySet<string> = new Set(
  [
    'africa', 'asia', 'europe', 'antarctica', 'oceania', 'australasia', 'eurasia', 'the americas', 'americas',
    'north america', 'south america', 'central america', 'latin america', 'north africa', 'west africa', 'east africa',
    'southern africa', 'sub-saharan africa', 'central asia', 'east asia', 'south asia', 'southeast asia', 'south-east asia',
    'western europe', 'eastern europe', 'central europe', 'northern europe', 'southern europe', 'middle east', 'near east',
    'far east', 'caucasus', 'south caucasus', 'north caucasus', 'balkans', 'baltics', 'scandinavia', 'caribbean',
    'mediterranean', 'sahel', 'sahara', 'siberia', 'arctic', 'antarctic', 'levant', 'maghreb', 'gulf', 'persian gulf',
    'arabian peninsula', 'horn of africa', 'pacific', 'atlantic', 'indian ocean', 'pacific ocean', 'atlantic ocean',
    'arctic ocean', 'black sea', 'caspian sea', 'red sea', 'south china sea', 'east china sea', 'north sea', 'baltic sea',
    'mediterranean sea', 'earth', 'moon', 'mars', 'jupiter', 'venus', 'neptune', 'uranus', 'pluto', 'kurdistan', 'patagonia', 'himalayas', 'alps', 'andes', 'west bank', 'gaza strip',
  ],
);

/** Abbreviations of countries and unions written in capitals or with dots (world-countries' codes are too ambiguous). */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'US': 'United States', 'U.S.': 'United States', 'U.S': 'United States', 'USA': 'United States', 'U.S.A.': 'United States',
  'UK': 'United Kingdom', 'U.K.': 'United Kingdom', 'UAE': 'United Arab Emirates', 'U.A.E.': 'United Arab Emirates',
  'USSR': 'Soviet Union', 'DRC': 'DR Congo', 'PRC': 'China', 'ROK': 'South Korea', 'DPRK': 'North Korea',
  // Everyday and historical names world-countries does not list.
  'Britain': 'United Kingdom', 'Soviet Union': 'Soviet Union', 'Persia': 'Iran',
};

/** First words of settlement names ("St. Louis", "San Jose", "Fort Worth"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['st.', 'st', 'saint', 'ste.', 'san', 'santa', 'santo', 'são', 'sao', 'fort', 'port', 'puerto', 'porto', 'los', 'las', 'el', 'al', 'new']);

/** Compass and size words that make a new place of a known one ("West Azerbaijan", "Greater London"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set('north south east west northern southern eastern western central upper lower greater inner outer northeast northwest southeast southwest'.split(' '));

/** Lower-case nouns after a name that make it a place ("the Nagorno-Karabakh region", "Tabriz city"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set('region province city town village district county state territory republic capital oblast governorate prefecture municipality area enclave'.split(' '));

/** Abbreviations of US states and the capital district written with dots ("Washington, D.C.", "Austin, Tex."). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'dc d.c. n.y. n.j. n.c. s.c. n.d. s.d. n.h. n.m. w.va. calif. fla. ill. mich. penn. tex. ariz. colo. conn. minn. wash. mass. ga. va. md. wis. ala. ark. ky. la. tenn. okla. ore. nev.'.split(' '),
);

/** Lower-case nouns after a name that make it a facility ("the Khodaafarin dam") or a natural place ("the Aras river"). */
export const FAC_NOUNS: ReadonlySet<string> = new Set('center centre dam dams bridge airport airbase stadium square mosque prison palace tower port crossing highway motorway'.split(' '));
export const LOC_NOUNS: ReadonlySet<string> = new Set('river lake mountain mountains valley desert island islands sea strait'.split(' '));

/** Nouns for an organisation's sites: "its Cupertino headquarters" names the place of the site. */
export const SITE_NOUNS: ReadonlySet<string> = new Set('headquarters office offices plant plants factory factories campus base bases facility facilities'.split(' '));
