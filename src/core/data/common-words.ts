// English function words and frequent sentence-initial words: capitalised at the start of a
// sentence, they are not names. Source: standard English stop-word lists and common usage.

/** Lower-case words that are never a name on their own. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here it its it's he she his her hers him they them their theirs we us our
ours you your yours i me my mine who whom whose which what when where why how whether if then than so such as at
by for from in into of off on onto out over to up upon with within without about above across after against along
among around before behind below beneath beside besides between beyond but despite down during except inside near
outside past since through throughout till toward towards under underneath until unlike via and or nor yet also
both either neither not no yes all any each every few many more most much other others some several one two three
four five six seven eight nine ten first second third last next new old former latter however although though
because while meanwhile moreover furthermore therefore thus hence instead still already again once twice even just
only very too quite rather almost nearly perhaps maybe indeed today yesterday tomorrow tonight now later earlier
recently currently previously meanwhile overall altogether according following after before during amid amidst
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december is are was were be been being am has have had do does did will would shall
should can could may might must let lets according said says saying reported reportedly speaking asked despite
since although while unless whereas additionally finally initially eventually subsequently consequently similarly
afterwards afterward thereafter everybody everyone anybody anyone somebody someone nobody whoever whenever
whatever wherever whichever
likewise nevertheless nonetheless otherwise regardless some many several numerous various certain another
mr mrs ms dr prof sir local national international official officials police government state federal
authorities sources reports report critics supporters residents witnesses protesters people members analysts
experts many most some few children women men prior following regarding concerning among amongst per via vs
i'm i've we're they're you're he's she's isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't
shouldn't wouldn't internet`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that often start a sentence but are not names (adjectives, adverbs,
 * prepositions ("Alongside", "Barring"), interjections of transcribed speech, spans of time,
 * photo-caption labels, the imperatives of bylines and links: "Follow Jane Roe on Twitter", and of
 * features: "Enter the Kessford Civic Society."), and the shares of a company ("Shares of Acme Corp rose"). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  `further worth multiple listed fellow current incumbent then now many several various numerous other another
such both each every most more less fewer some certain public private local regional federal national
international official unofficial senior junior top high low early late recent recently earlier later
initial initially preliminary full partial total overall major minor key main chief primary secondary final
separately additionally also meanwhile nonetheless similarly likewise instead still yet ultimately eventually
reportedly allegedly apparently reported alleged according despite amid among following prior since until
including excluding alongside aboard atop ahead absent barring pending notwithstanding considering opposite
versus excepting
unlike like unnamed anonymous unidentified two three four five six seven eight nine ten dozens hundreds
thousands millions um uh uhm erm yeah yep yes nope oh ah aha hmm wow hey hi hello okay ok thanks hours minutes
days weeks months years image photo picture caption credit follow subscribe click born longtime enter imagine
consider remember shares stocks latest`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that end the names of things that are not actors: laws, treaties, events, diseases,
 * instruments and craft ("Space Telescope", "Rocket"), works ("Album", "Novel"). */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set(
  `Act Acts Bill Law Laws Amendment Amendments Constitution Treaty Accord Accords Agreement Directive Regulation
Convention Protocol Charter Declaration Resolution Code Statute Doctrine Plan Programme Program Project Initiative
Strategy Policy War Wars Battle Crisis Revolution Uprising Protest Protests Election Elections Referendum Summit
Games Olympics Olympiad Cup Championship Tournament Award Awards Prize Medal Medals Trophy Festival Day Week Month Year Era Age Pandemic Epidemic
Virus Disease Syndrome Fever Flu Pipeline Clause Clauses Regulations Conditions Guidelines
Rules Expo Faire Comicon Comic-Con Primary Primaries Caucuses Marathon Ceremony Parade Carnival Gala Concert Fest
Prix Regatta Triathlon
Speech Dinner Luncheon Breakfast Briefing Briefings Hearing Hearings
Telescope Telescopes Satellite Spacecraft Probe Rocket Shuttle Vaccine Album Novel Index`
    .split(/\s+/)
    .filter(Boolean),
);

/** Single words that name an event, a period, a holiday, a disease, a poison or a public programme,
 * never an actor ("Brexit", "the Olympics", "Ramadan", "Ebola", "Medicare"). Source: general English
 * dictionaries. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(
  `Brexit Olympics Olympiad Paralympics Holocaust Prohibition Reformation Renaissance Enlightenment Armistice
Ramadan Eid Christmas Easter Lent Passover Hanukkah Diwali Thanksgiving Halloween Ebola Zika Novichok
Medicare Medicaid Obamacare`
    .split(/\s+/)
    .filter(Boolean),
);

/** Religions, faiths, ethnic or religious groups, generations, athletes of the Games, and
 * languages no country's adjective names ("told VOA in Swahili"): not actors under the annotation
 * rules. General knowledge. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  `Muslim Muslims Islam Islamic Christian Christians Christianity Catholic Catholics Catholicism Protestant
Protestants Orthodox Jewish Jews Judaism Hindu Hindus Hinduism Buddhist Buddhists Buddhism Sikh Sikhs Sunni Sunnis
Shia Shiite Shiites Evangelical Evangelicals Mormon Mormons Kurds Kurdish Arab Arabs Arabic Latino Latinos Hispanic
Hispanics Asian Asians African Africans European Europeans Western Eastern Northern Southern Midwestern Northeastern
Northwestern Southeastern Southwestern Midwesterners Southerners Northerners Roman Anglican
Baptist Methodist Lutheran Pentecostal Rohingya Uyghur Uighur Uyghurs Tamil Tamils Pashtun Hazara Yazidi Yazidis
Roma Bedouin Creole Aboriginal Indigenous White Black Islamist Islamists Jihadist Jihadists Salafist Salafists
Millennial Millennials Boomers Olympian Olympians Paralympian Paralympians
Swahili Mandarin Cantonese Hindi Urdu Farsi Pashto Dari Amharic Tigrinya Oromo Hausa Yoruba Igbo Zulu Xhosa
Afrikaans Tagalog Bengali Punjabi Gujarati Marathi Telugu Kannada Malayalam Sinhala Catalan Basque Galician
Gaelic Yiddish Esperanto Latin Sanskrit Quechua Guarani Aymara Nahuatl Wolof Lingala Kinyarwanda Shona`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names of God in the Abrahamic faiths: not places after "from"/"to"/"in", not people ("a gift
 * from God", "believe in Allah"). Source: common English usage. */
export const DEITIES: ReadonlySet<string> = new Set([
  "God",
  "Gods",
  "Allah",
  "Yahweh",
  "Jehovah",
  "Almighty",
]);

/** ALL-CAPS words that are not organisations: time zones, units, common abbreviations (of
 * computing, medicine and office life: "OS", "MRI", "VP"), alone or in the plural ("PIs"). */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(
  `UTC GMT ET PT EDT EST CDT CST MDT MST PDT PST HST AKST AKDT BST CET CEST EET IST JST AEST AEDT NZST NZDT LNG LPG GDP GNP CEO CFO COO CTO TV
DNA RNA AM PM OK ID PHD PhD MP MPs MEP MEPs MSP AI IT PR HQ VIP FAQ USD EUR GBP JPY CNY RMB KM KG MPH KPH BC AD
BCE CE ASAP RIP LGBT LGBTQ COVID SARS MERS HIV AIDS ICU ER PDF URL WIFI GPS SUV ATM PIN NB PS
OS VP EQ IQ HR API CPU GPU USB LED LCD VR UI UX SDK IDE VM CLI GUI VPN HTML HTTP HTTPS JSON XML SQL RAM
ROM SSD DVD LLC MRI PPE PTSD ADHD STD STI DUI IVF BMI GMO DIY RSVP PI IRC DRM Q&A R&D M&A`
    .split(/\s+/)
    .filter(Boolean),
);
