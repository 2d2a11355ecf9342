// Small word lists the name finder uses: connectors inside names, titles that belong to the
// name, and function words. General English knowledge.

/** Lower-case words that may continue a name ("University of X", "Ludwig van Beethoven", and "and"
 * in other languages). */
export const CONNECTORS: ReadonlySet<string> = new Set(
  `of for the de del della da do dos das van von der den la le du bin binti ibn al el y and & au di ter zu i et und og och upon`.split(
    " ",
  ),
);

/** "and" in other European languages, joining the words of a body's name ("Prawo i
 * Sprawiedliwość", "Liberté et Égalité"). */
export const FOREIGN_AND: ReadonlySet<string> = new Set(["i", "et", "und", "og", "och"]);

/** Particles of family names ("de Souza", "van Dyke", "de la Torre"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de del della da do dos das van von der den la le du di bin binti ibn ter".split(" "),
);

/** Two particles that open a family name together ("Ana de la Torre", "Jan van der Berg"). */
export const DOUBLE_PARTICLES: ReadonlySet<string> = new Set([
  "de la",
  "de las",
  "de los",
  "van der",
  "van den",
  "von der",
]);

/** An Arabic surname opening on its article ("al-Quaety", "el-Sisi"). */
export const ARABIC_SURNAME = /^(?:al|el|ad|as|ash|az)-[\p{Lu}]/u;

/** Heads of bodies named for their subject with "on" ("Commission on Human Rights", "Council on
 * Foreign Relations", "Committee on Ways and Means"). */
export const ON_HEADS: ReadonlySet<string> = new Set(
  `Commission Committee Subcommittee Council Conference Center Centre Institute Forum Panel Board Task`.split(
    " ",
  ),
);

/** Titles that belong to the name they precede ("Pope Francis", "Queen Elizabeth"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  `Pope King Queen Prince Princess Emperor Empress Sheikh Saint Sultan Emir Tsar`.split(" "),
);

/** Function words, weekdays and months: never the start of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december today yesterday tomorrow   the a an this that these those his her its their our my your and or but of in on at to for by with from as if when while after before since however according although though because also`.split(
    /\s+/,
  ),
);

/** Verbs in the third person that title-case headlines put after a name ("Roe Says Plan Will
 * Fail", "Doe Slams Critics"): never a word of a name, so they end the run of capitalised words.
 * Nouns that share the form and open or close names ("States", "Post", "Reports") are left out. */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  `Says Tells Warns Slams Blasts Rips Speaks Urges Claims Vows Asks Admits Denies Defends Attacks Accuses
Mocks Praises Backs Endorses Rejects Unveils Announces Responds Explains Insists Argues Pledges Promises
Wins Loses Makes Takes Gets Gives Goes Sees Hits Signs Launches Talks Pushes Wants Is Has Was Are Were
Becomes Calls Refuses Agrees Confirms Reveals Blames Threatens Expects Plans Hopes Fears`.split(/\s+/),
);
