// Word lists the actor finder uses to split, type and join names. General English and naming
// knowledge (titles as in the AP Stylebook, compass words, legislatures' common names), not taken
// from any evaluated article.

/** Titles and roles that mark a person when they stand before a name. */
export const PERSON_ROLES = new Set<string>(
  "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Sir Dame Lord Lady President Prime Minister Senator Sen. Governor Mayor Judge Justice Pope King Queen Prince Princess Secretary Chancellor Ambassador Representative Rep. Congressman Congresswoman Speaker Chairman Chairwoman Director Chief Spokesman Spokeswoman Spokesperson General Gen. Colonel Captain Lieutenant Officer Detective Sergeant Commissioner Reverend Rev. Father Cardinal Archbishop Bishop Imam Rabbi Sheikh Emir Sultan Deputy Vice Leader Premier Commander Commandant Admiral Candidate Broadcaster Journalist Lawyer Attorney Adviser Advisor".split(
    " ",
  ),
);

/** Bodies named by one word, also in lower case ("parliament"): organisations. */
export const LEGISLATURES = new Set<string>([
  "Parliament",
  "Senate",
  "Congress",
  "Cabinet",
  "Assembly",
  "Knesset",
  "Duma",
  "Bundestag",
  "Storting",
  "Riksdag",
  "Sejm",
  "Oireachtas",
  "Dáil",
  "Majlis",
]);

/** Compass and size words that open place names ("Northern Syria", "Greater London"). */
export const COMPASS = new Set<string>([
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
  "Upper",
  "Lower",
  "Greater",
]);

/** Prepositions of place: a capital after one is the city, not the state. */
export const LOCATIVE = new Set<string>([
  "in",
  "at",
  "near",
  "from",
  "to",
  "into",
  "outside",
  "across",
  "throughout",
  "within",
  "around",
  "toward",
  "towards",
  "between",
  "of",
]);

/** Lower-case nouns that name a kind of organisation right before its name ("the newspaper X").
 * Not "operator": a website's or a camera's operator is a person as often as a firm. */
export const ORG_APPOSITION: ReadonlySet<string> = new Set<string>(
  `union company firm party group charity agency broadcaster newspaper daily tabloid magazine journal airline
carrier bank network website platform outlet publication retailer supermarket chain brand organisation band
organization association federation club insurer lender manufacturer automaker carmaker startup
think-tank tank ngo nonprofit start-up supplier distributor provider exporter importer wholesaler conglomerate subsidiary radio
television regulator watchdog lobby utility app studio label chipmaker drugmaker alliance coalition bloc`
    .split(/\s+/)
    .filter(Boolean),
);

/** A noun that names a kind of body right before its name ("the messaging service Chatterly"),
 * but after a name names what a body sells ("the FiOS service"). */
export const SERVICE_BEFORE = "service";

/** A sports team's staff named right after the team ("Caloundra coach Jo Roe", "the Noosa captain"):
 * the word before is the team, a body, also when it is a town's name. */
export const TEAM_STAFF: ReadonlySet<string> = new Set<string>(
  "coach captain skipper goalkeeper striker midfielder defender winger quarterback pitcher goaltender linebacker batsman bowler".split(
    " ",
  ),
);

/** Nouns of a place's own ("Tyumen's governor", "Kursk's residents"): the possessor is a place. */
export const JURISDICTION_NOUNS: ReadonlySet<string> = new Set<string>(
  "governor mayor capital borders population residents inhabitants economy authorities outskirts suburbs police council railway streets skyline harbour harbor seafront coastline".split(
    " ",
  ),
);

/** What a person or a body has, leads or is known by, named after it ("the Obama administration",
 * "the Sanders campaign"): the name before is still someone's, unlike "the Arion slug". */
export const LED_BY_PEOPLE: ReadonlySet<string> = new Set<string>(
  "administration campaign government presidency era camp team staff family regime foundation doctrine".split(
    " ",
  ),
);

/** Month names: never a name on their own. */
export const MONTHS = new Set<string>(
  "January February March April May June July August September October November December".split(" "),
);

/** Heads that "of" may follow inside a name ("House of Commons", "Bank of England", "Friends of
 * the Earth", a journal's "Proceedings of …"). */
export const JOINING_HEADS = new Set<string>([
  "Friends",
  "Proceedings",
  "Annals",
  "House",
  "Prince",
  "Princess",
  "Duke",
  "Duchess",
  "Earl",
  "King",
  "Queen",
  "Bank",
  "Republic",
  "State",
  "States",
  "Kingdom",
]);

/** Words that open the names of storms (events, not actors). General knowledge. */
export const STORM_WORDS = new Set<string>([
  "Hurricane",
  "Typhoon",
  "Cyclone",
  "Storm",
  "Tropical",
  "Superstorm",
]);

/** Prefixes of the names of ships ("MV Alan Kurdi", "HMS Victory"): vessels are things, not
 * actors. General knowledge of ship prefixes. */
export const VESSEL_PREFIXES = new Set<string>([
  "MV",
  "MS",
  "MY",
  "SS",
  "RMS",
  "HMS",
  "USS",
  "USNS",
  "HMAS",
  "HMCS",
  "RV",
  "FV",
  "U.S.S.",
  "H.M.S.",
  "S.S.",
  "R.M.S.",
]);

/** Common nouns for things that bear names ("the constellation Leo", "the ship Queen Mary", "the
 * album Blonde", "the god Osiris"): a name right after one of them names that thing, no actor.
 * General knowledge. */
export const NAMED_THING_NOUNS: ReadonlySet<string> = new Set(
  `constellation planet asteroid comet galaxy nebula moon exoplanet ship vessel boat yacht tanker ferry
film movie novel book album song single drama thriller comedy series show sitcom play opera musical painting poem statue sculpture program programme podcast documentary
virus variant strain drug vaccine app software game horse dog cat racehorse robot rover probe satellite telescope
spacecraft rocket hashtag slogan god goddess deity`.split(/\s+/),
);

/** Suffixes that make a hyphenated word an adjective ("Texas-based"). */
export const HYPHEN_SUFFIX =
  /-(?:based|born|led|backed|owned|run|style|era|made|funded|linked|affiliated|controlled|speaking|bound|wide|registered|headquartered|area|centric|majority|dominated|populated)$/;

/** Any participle hyphened to a word ("Creative Commons-licensed", "Academy Award-winning"): an
 * adjective too, unless a given name follows (then it describes the person: "Harvard-educated
 * Jane Roe"). */
export const HYPHEN_PARTICIPLE = /-[\p{Ll}]{2,}(?:ed|ing)$/u;

/** Head words of a place's own public bodies and local papers ("Bradford Council", "Kamloops
 * Police", "Lakeview Gazette"): the place named alone beside one is still the place. */
export const LOCAL_BODY_HEADS: ReadonlySet<string> = new Set(
  `Council Police Government Municipality Assembly Court Senate Parliament Legislature Administration Department
Ministry Authority City County Board Commission Office Corporation Fire Rescue Service Services Hospital Airport
Port University College School Academy Gazette Times Post Herald Tribune Journal Chronicle Courier Observer Examiner
Inquirer Telegraph Register Sentinel Dispatch Bulletin Press Mercury Globe Enquirer Courant Advertiser`
    .split(/\s+/)
    .filter(Boolean),
);
