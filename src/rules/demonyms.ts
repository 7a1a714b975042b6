// Group words that are NORP (nationalities, religious and political groups) beyond the country
// demonyms that world-countries and compromise provide: religions and their followers, ethnic
// groups without a country of their own, political families. Lower-case, singular and plural.

export const NORP_WORDS: ReadonlySet<string> = new Set(
  (
    'muslim muslims islamic islamist islamists christian christians catholic catholics protestant protestants evangelical evangelicals ' +
    'orthodox jew jews jewish hindu hindus buddhist buddhists sikh sikhs shiite shiites shia shi\'ite shi\'ites sunni sunnis alawite alawites ' +
    'druze yazidi yazidis zaidi zaidis salafi salafist salafists wahhabi sufi coptic copt copts maronite mormon mormons zionist zionists ' +
    'kurd kurds kurdish arab arabs arabic persian persians azeri azeris turkic pashtun pashtuns baloch tajik tajiks uzbek uzbeks ' +
    'uighur uighurs uyghur uyghurs tatar tatars roma berber berbers tamil tamils sinhalese hutu tutsi fulani hausa yoruba igbo ' +
    'latino latinos hispanic hispanics caucasian asian asians african africans european europeans ' +
    'democrat democrats republican republicans conservative conservatives liberal liberals socialist socialists communist communists ' +
    'labourite tory tories whig greens marxist marxists maoist maoists baathist baathists nazi nazis fascist fascists bolshevik bolsheviks ' +
    'soviet soviets sunni-led shiite-led islam christianity judaism hinduism buddhism sikhism shiism'
  ).split(' '),
);

/** Ambiguous group words that are NORP only as adjectives or plurals, never as a one-word ORG. */
export const POLITICAL_NORP: ReadonlySet<string> = new Set('democrat democrats republican republicans conservative conservatives liberal liberals'.split(' '));
