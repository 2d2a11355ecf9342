// The type of a name of several words that no list knows: organisation and place head words
// ("Ministry", "Street"), given names, titles and a verb of saying after it (person), and the
// shape of its words.
import { COMPASS, LOCATIVE, ORG_APPOSITION, PERSON_ROLES, TEAM_STAFF } from "../data/actor-words.ts";
import { COUNTRIES } from "../data/countries.ts";
import { isGivenName, WORD_GIVEN_NAMES } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { NAME_COMMON_WORDS } from "../data/name-common-words.ts";
import { ARABIC_SURNAME, FOREIGN_AND, NAME_PARTICLES, NAME_TITLES } from "../data/name-words.ts";
import { isPlaceNoun, ORG_WORDS, PLACE_WORDS, RUN_PLACE_WORDS } from "../data/organisations.ts";
import { US_STATE_ABBREVIATIONS } from "../data/places.ts";
import { REPORTING_VERBS } from "../data/reporting-verbs.ts";
import { PERSON_NOUNS } from "../data/speaker-nouns.ts";
import { ABBREVIATED_TITLES } from "../data/titles.ts";
import type { ActorType } from "../schemas.ts";
import { isAcronym } from "../text/tokens.ts";
import { lookup } from "./gazetteer.ts";
import { orgApposition, SPOKESPERSON_AFTER, speaksBeside } from "./name-context.ts";
import { isTradePlural, namesItsPeople } from "./name-roles.ts";
import type { NameSpan } from "./name-spans.ts";
import { nominalType, PAST_TENSES } from "./speaker-words.ts";

/** Country names and their other names ("Poland", "Polska"). */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]));
/** Verbs of saying that put the speaker's name right after them ("said Jane Roe"). */
const SAYS_BEFORE: ReadonlySet<string> = new Set(["said", "says", "added", "wrote", "asked", "according"]);

/** A role of a person, whole or by one of its words ("Prime Minister", "Lieutenant Governor"). */
export const isPersonRole = (role: string): boolean =>
  PERSON_ROLES.has(role) || role.split(" ").some((w) => PERSON_ROLES.has(w));

/** Guesses the type of a name no list knows, from its words and context. */
export function typeByWords(
  span: NameSpan,
  words: string[],
  lowerWords: ReadonlySet<string>,
  next: string,
  prev = "",
): ActorType | null {
  // "Letters from Dunmore (LFD)": a name with a small word inside, which no person's name holds, that
  // the text abbreviates in brackets right after it is a body's when nothing else tells its type
  // and a word of it is no word the text also writes in lower case ("End of Life (EOL)" is a thing).
  const type =
    typeOfWords(span, words, lowerWords, next, prev) ??
    (next.startsWith(" (") &&
    /^ \([\p{Lu}]{2,8}\)/u.test(next) &&
    words.some((w) => /^[\p{Ll}]{2,}$/u.test(w)) &&
    words.some((w) => /^[\p{Lu}]/u.test(w) && !lowerWords.has(w.toLowerCase()))
      ? "org"
      : null);
  // "DMCA Section 1201", "Component B", "Pech-de-l'Azé I": a name closed by a number after a common
  // noun ("Jane Roe 35%" in a poll's table is a person) or by a letter is a thing's designation, no
  // person's; after a given name the letter is an initial ("Sergey M"), and two letters may be a
  // surname ("Regina Ip").
  const last = words[words.length - 1]!;
  const designation =
    (/^\s\d/.test(next) && lowerWords.has(last.toLowerCase())) ||
    (words.length >= 2 && /^[\p{Lu}]$/u.test(last) && !isGivenName(words[0]!));
  // ("People's Vote", "Women's March": a name holding a possessive of people names no person.)
  const possessed = words.some((w) => /['’]s$/.test(w));
  if (type === "person" && (designation || possessed)) return null;
  // "Planned Parenthood", "Black Lives Matter", "Business Insider": a name opening on a common
  // English word that is no given name ("Rich", "Drew" are) names a body more often than a
  // person, unless a title or an apposition says person ("Dog Andres, a spokesman for …").
  if (
    type === "person" &&
    words.length <= 4 &&
    !span.roles.length &&
    opensOnCommonWord(words[0]!) &&
    !describedAsPerson(next) &&
    !describedBefore(prev) &&
    // ("Mr. Lucky Adeyemi": a courtesy title before the name says person.)
    !/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$/.test(prev)
  )
    return "org";
  return type;
}

/** An award's category before "for" ("best director for Jane Roe"): who won it, not an employer. */
const AWARD_FOR = /\bbest\s+[\p{Ll}]+\s+for\s+$/u;

/** Counts of people, which stand where a noun of person would ("many Native Americans"). */
const QUANTIFIERS = /^(?:many|some|several|few|others|another|all|both|most|more)$/;

/** The services a district may be set up to run, as the word before "District". */
const SERVICE_DISTRICT =
  /^(?:School|Fire|Water|Hospital|Transit|Utility|Sanitation|Irrigation|Library|Park)$/;

/** "beat Kessford City 3-1", "drew with Hallam City 1-1": a match's result after the side that played it. */
const MATCH_RESULT_AFTER =
  /^\s(?:beat|defeated|edged|thrashed|routed|drew\s+with|lost\s+to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,4}\d{1,2}[-–]\d{1,2}(?![\d–-])/u;

/** "lost 2-0 to ", "a 3-1 win over ": a score, then the side it was against. */
const SCORE_BEFORE =
  /\d{1,2}[-–]\d{1,2}\s+(?:(?:win|victory|defeat|loss|draw)\s+)?(?:to|with|against|over|by)\s+(?:the\s+)?$/;

/** "beat Hallam Town 3-1", "lost 2-0 to Kessford City", "a 3-1 win over Dunmore", "Hallam Town beat
 * Kessford City 3-1": whether the name between `prev` and `next` is a side in a match's result. */
export function inMatchResult(prev: string, next: string): boolean {
  return (
    /^\s\d{1,2}[-–]\d{1,2}(?![\d-–])/.test(next) ||
    MATCH_RESULT_AFTER.test(next) ||
    (/\d/.test(prev.slice(-30)) && SCORE_BEFORE.test(prev.slice(-40))) ||
    PLAYS_AGAINST_BEFORE.test(prev.slice(-40)) ||
    PLAYS_AFTER.test(next)
  );
}

/** "were to play against the ", "a game against the ": a match, then the side it is against (a
 * team's name takes the article, a player's does not: "a game against Hikaru Sato"). */
const PLAYS_AGAINST_BEFORE =
  /\b(?:play|plays|played|playing|game|games|match|matches|fixture|clash)\s+(?:against|versus|vs\.?)\s+the\s+$/;

/** " were to play against", " play the ": a side, then the match it plays. */
const PLAYS_AFTER =
  /^\s(?:(?:were|was|are|is|will)\s+(?:due\s+)?to\s+)?play(?:s|ed)?\s+(?:against\s+)?the\s+[\p{Lu}]/u;

/** A team's staff or its boss, then a person's name ("boss Gary Pike"). ("Boss" is the team's only
 * after a name closed by a place word: "Taxi boss Jo Roe" is no team.) */
const TEAM_STAFF_BEFORE_NAME = new RegExp(`^\\s(?:${[...TEAM_STAFF, "boss"].join("|")})\\s+[\\p{Lu}]`, "u");

/** What only a place has or is, then "of" ("residents of", "the streets of", "the coast of", "the
 * port city of", "the central bank of"); or whom a place elects ("MP for", "MSP for": a constituency). */
const PEOPLE_OF_PLACE =
  /\b(?:(?:residents|inhabitants|villagers|people|citizens|parliament|government|central\s+bank|economy|prime\s+minister|king|queen|townspeople|townsfolk|streets|outskirts|suburbs|centre|center|mayor|slopes|foothills|shores|coast|coastline|waters|capital|port|city|town|village|island|province|state|region|district|county|territory|nation|country|kingdom|republic)\s+of|(?:MP|MSP|MLA|MEP|MPP|TD)\s+for)\s+$/i;

/** Whether `before`, the text before a name, ends on a body's description set off by a comma: an
 * article, a noun of a kind of body and what it does or whom it serves ("a union representing
 * bakery workers, ", "the group that speaks for farmers, "). */
export function describedBody(before: string): boolean {
  const noun = DESCRIBED_BODY.exec(before)?.[1];
  return noun !== undefined && ORG_APPOSITION.has(noun);
}
/** An article, up to two words, a noun, then what the noun does or whom it serves, and a comma. */
const DESCRIBED_BODY =
  /(?<![\p{L}])(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\s+(?:that|which|representing|[\p{Ll}]+ing|based|owned|run|led|of|for|in)\s+(?:[\p{Ll}-]+\s+){0,5}[\p{Ll}-]+,\s$/u;

/** A determiner or an owner, up to two words, a noun (maybe with an "of" phrase) and
 * a comma, right before a name: "the state's governor, ", "a former member of Congress, ". */
const APPOSED_TO_NOUN =
  /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}]+)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?,\s$/u;

/** "joined Rovers from ", "signed for Acme from ", "on loan from ": a move between bodies. */
export const MOVED_FROM =
  /\b(?:(?:joined|signed\s+for|moved\s+to)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}|on\s+loan\s+)from\s+(?:the\s+)?$/u;

/** A capitalised word opening a sentence or a line, right before a name ("Developer "). */
const OPENING_NOUN = /(?:^|\n|[.!?]["”’)]?\s+)([\p{Lu}][\p{Ll}-]+)\s$/u;

/** Nouns of ships and boats. */
const VESSEL_NOUNS =
  "trawler|ship|vessel|ferry|yacht|boat|tanker|freighter|liner|schooner|submarine|frigate|destroyer|warship|tugboat|dinghy";
/** ", a 12-metre trawler,", ", the cargo ship,": a vessel's noun heading an apposition. */
const VESSEL_APPOSED = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}(?:${VESSEL_NOUNS})(?:\\s*[,.;)]|\\s+(?:based|carrying|registered|built|owned|that|which|with)\\b)`,
);
/** "the trawler ", "cargo ship ": a vessel's noun right before its name. */
const VESSEL_BEFORE = new RegExp(`\\b(?:${VESSEL_NOUNS})\\s$`);

/** A vehicle's or a machine's noun, then "named" or "called", right before its name ("The car,
 * named ", "a robot called "). */
const MACHINE_NAMED = new RegExp(
  `\\b(?:${VESSEL_NOUNS}|car|truck|train|locomotive|plane|aircraft|jet|glider|drone|robot|rover|rocket|satellite|spacecraft|computer|machine),?\\s+(?:named|called|dubbed|christened)\\s$`,
);

/** "the radio station ", "a television channel ": a broadcaster's noun right before its name. */
export const STATION_BEFORE = /\b(?:radio|television|TV|news)\s+(?:station|channel)\s$/i;

/** "the island of ", "the town of ": a noun of a kind of place, and "of", right before a name. */
const KIND_OF_PLACE_OF =
  /\b(?:island|city|town|village|province|region|district|county|territory|republic|kingdom)\s+of\s$/i;

/** A spokesperson and "for" right before a name ("a spokeswoman for the "). */
export const SPOKESPERSON_FOR = /\bspokes(?:man|woman|person|people|men|women)\s+for\s+(?:the\s+)?$/;

/** A plural of a kind of place and "of", maybe names listed after it, right before a name ("the
 * provinces of ", "the ports of Manzanillo and "). */
const KINDS_OF_PLACE_OF =
  /\b(?:ports|cities|towns|villages|islands|provinces|states|regions|districts|counties|territories|municipalities|prefectures)\s+of\s+(?:(?:[\p{Lu}][\p{L}-]*\s?){1,3}(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+)){0,4}$/u;

/** A noun of a town or a capital and a comma right before a name set off by it ("the capital, "). */
export const TOWN_APPOSED = /\b(?:capital|city|town|village|port)\s*,\s$/;

/** A relative named by whose relative they are, and a comma, right before a name set off by it
 * ("his wife, ", "Roe's son, "): a one-word name there is a given name. */
export const KIN_APPOSED =
  /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}'’-]*['’]s?)\s+(?:son|daughter|wife|husband|mother|father|brother|sister|widow|widower|partner|spouse|niece|nephew|grandson|granddaughter|grandmother|grandfather|cousin|uncle|aunt|fianc[eé]e?)\s*,\s$/u;

/** Whether `text` closes on what only a place has or whom it elects, then "of" or "for" (the
 * pattern runs only where the text ends so). */
export const closesOnPeopleOfPlace = (text: string): boolean =>
  /(?:of|for)\s$/.test(text.slice(-5)) && PEOPLE_OF_PLACE.test(text);

/** A preposition closing the text before a name, which makes the name where someone is or
 * whom they speak for ("a nurse at", "a spokeswoman for the"). */
const AT_PLACE = /\b(?:at|in|for|from|of|to|by|with|near|outside|inside)\s+(?:the\s+)?$/i;

/** The singular of a capitalised plural, in lower case ("Buses" -> "bus", "Quarries" -> "quarry");
 * "" for a word not shaped like a plural. */
function singular(word: string): string {
  if (!/^[\p{Lu}][\p{Ll}]{2,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return "";
  const lower = word.toLowerCase();
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (/(?:s|x|ch|sh|z)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** English family names that are also plural nouns ("Wells", "Banks"). */
const PLURAL_FAMILY_NAMES: ReadonlySet<string> = new Set(
  "Banks Bridges Brooks Combs Fields Hills Holmes Mills Powers Rivers Sparks Stones Summers Walls Waters Wells Woods".split(
    " ",
  ),
);

/** A hometown set off after a name, maybe after an age: ", of Oakfield,", ", 34, of New Kessa,". */
const HOMETOWN_AFTER =
  /^,\s(?:\d{1,3},\s)?of\s[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*)*,|^,\s\d{1,3}(?:,|\.(?!\d)|\s+(?:and|who|said|says|told)\b)/u;

/** Place words that are also common English family names (Tiger Woods, Jerry Hall, Dave Camp). */
const FAMILY_PLACE_WORDS: ReadonlySet<string> = new Set([
  "Woods",
  "Hill",
  "Hall",
  "Camp",
  "Bay",
  "Marsh",
  "Lane",
  "Grove",
  "Heath",
  "Moor",
  "Brook",
  "Meadows",
  "Park",
]);

/** The text before a list's last name: a preposition of place, then two or more single
 * capitalised names each closed by a comma ("from Dolgellau, Harlech, Bala, and "). */
const PLACE_LIST =
  /\b(?:in|from|near|across|throughout|between)\s+((?:[\p{Lu}][\p{L}'’-]+,\s+){2,})(?:and\s+)?$/u;

/** A preposition of place, one name and "and" right before a name ("in Sutherland and "). */
const PLACE_PAIR = /\b(?:in|from|near|across|throughout|between)\s+([\p{Lu}][\p{L}'’-]+)\s+and\s+$/u;

function typeOfWords(
  span: NameSpan,
  words: string[],
  lowerWords: ReadonlySet<string>,
  next: string,
  prev: string,
): ActorType | null {
  const last = words[words.length - 1]!;
  // "Corbin & Hale", "Marks & Spencer": names joined by an ampersand name a firm.
  if (words.includes("&")) return "org";
  // "Newcastle upon Tyne": names joined by "upon" name a town.
  if (words.length === 3 && words[1] === "upon") return "place";
  // "the Peace and Prosperity party": common words joined by "and" before a noun of a party.
  if (words.includes("and") && /^\s(?:party|movement|alliance|coalition|front|bloc)\b/.test(next))
    return "org";
  // A name standing alone in quotation marks ("Learning Together") is a title: a programme's, a
  // work's or a slogan's, not a person's.
  // (Also with the comma or stop the marks close on: `"Northern Lights," a drama`.)
  // (Or in single marks, as headlines quote: `'Northern Lights' wins`.)
  // (Not a possessive: `“Jane Roe’s candidacy`; nor a place or body's name given as what it is
  // called: `a mansion known as the "Blue House"`.)
  if (
    /["“'‘]$/.test(prev) &&
    /^[,.]?["”'’](?![\p{L}])/u.test(next) &&
    !/\b(?:known as|called|dubbed|nicknamed)\s+(?:the\s+)?["“'‘]$/.test(prev)
  )
    return null;
  // "Devon Marsh, of Oakfield, was charged", "Ann Vale, 34, of Dunmore,": two or three names set
  // off before the town someone is from (and maybe an age), or before an age alone ("said
  // Savannah Hill, 34."), are a person's, whatever place words they hold.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    !words.some((w) => ORG_WORDS.has(w)) &&
    HOMETOWN_AFTER.test(next)
  )
    return "person";
  // "found her mother, Ruth Castle,", "The state's governor, Ellen Park,": two or three names set
  // off right after a noun of one person are that person's, whatever their last word ("Castle",
  // "Hall", "Park"); so are a word no list knows and a place's word ("a former member of
  // Congress, Gideon Marsh,").
  const apposedTo = prev.endsWith(", ") && words.length <= 3 ? APPOSED_TO_NOUN.exec(prev)?.[1] : undefined;
  if (
    apposedTo &&
    PERSON_NOUNS.has(apposedTo) &&
    (isGivenName(words[0]!) ||
      (words.length === 2 &&
        PLACE_WORDS.has(last) &&
        !PLACE_WORDS.has(words[0]!) &&
        !lookup(words[0]!) &&
        next.charCodeAt(0) === 0x2c))
  )
    return "person";
  // "The dam's operator, Himal Hydro,", "its insurer, Kessel Mutual,": set off after a noun of a
  // business, a name that opens on no given name is that business's.
  if (
    apposedTo &&
    (ORG_APPOSITION.has(apposedTo) || /^(?:operator|developer|contractor|publisher)$/.test(apposedTo)) &&
    !isGivenName(words[0]!)
  )
    return "org";
  // ("Developer Greenhill Estates says", "Retailer Northway Home": so is one after such a noun
  // opening the sentence.)
  const opener = OPENING_NOUN.exec(prev)?.[1]?.toLowerCase();
  if (
    opener &&
    (ORG_APPOSITION.has(opener) || /^(?:operator|developer|contractor|publisher)$/.test(opener)) &&
    !isGivenName(words[0]!)
  )
    return "org";
  // ("The company that runs the mine, Minera Andes Sur,": so is one set off after a body described.)
  if (prev.endsWith(", ") && !isGivenName(words[0]!) && describedBody(prev)) return "org";
  // "the Wisconsin Republican", "a House Democrat": a party member described by a place or a
  // chamber is a description, no one's name.
  const head = words.slice(0, -1).join(" ");
  if (
    words.length >= 2 &&
    /^(?:Democrat|Republican|Libertarian)$/.test(last) &&
    (lookup(head)?.type === "place" || /^(?:House|Senate)$/.test(head))
  )
    return null;
  // "Dunmore Democrats", "Kellmore Republicans": a party's members of a place act as one body, the
  // party there; never a person.
  if (
    words.length >= 2 &&
    /^(?:Democrats|Republicans|Libertarians)$/.test(last) &&
    lookup(head)?.type === "place"
  )
    return "org";
  // "NASA's James Webb space telescope", "the Ada Lovelace rover": the name of an instrument, a
  // craft or a work, whoever it honours. (Not the subject of a verb before the noun: "Jane Roe won
  // album of the year", "Roe releases album".)
  const thing =
    /^\s(?:([\p{Ll}]+)\s)?(?:telescopes?|satellites?|spacecraft|probe|rocket|shuttle|rover|capsule|vaccine|album|novel)\b/u.exec(
      next,
    );
  const verbBefore = thing?.[1] !== undefined && (/(?:s|ed)$/.test(thing[1]) || PAST_TENSES.has(thing[1]));
  if (thing && !verbBefore && !words.some((w) => ORG_WORDS.has(w))) return null;
  // "The Mary Rose, a 12-metre trawler,", "the cargo ship Ocean Dawn": a vessel's name, no actor.
  // ("The car, named Helios III,", "a robot called Tessa": a machine's name, no actor.)
  if (VESSEL_APPOSED.test(next) || VESSEL_BEFORE.test(prev) || MACHINE_NAMED.test(prev)) return null;
  // "from Jakarta to Pangkal Pinang": a journey from a known place goes to another place.
  const from = /\bfrom\s+([\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*)?)\s+to\s+$/u.exec(prev)?.[1];
  if (from && lookup(from)?.type === "place" && !isGivenName(words[0]!)) return "place";
  // "the Rio Negro", "the Río Verde": "Rio" is Spanish and Portuguese for river; after "the" it
  // opens a river's name (without one it may be a given name: "Rio Tallon").
  if (words.length >= 2 && /^R[ií]o$/.test(words[0]!) && /(?:^|[^\p{L}])the\s$/u.test(prev)) return "place";
  // "from Dolgellau, Harlech, Bala, and Blaenau Ffestiniog": the last of a list of single names
  // after a preposition of place is one more place, when no item of the list is a known body.
  const list = PLACE_LIST.exec(prev)?.[1];
  if (
    list &&
    words.length <= 3 &&
    !isGivenName(words[0]!) &&
    !words.some((w) => ORG_WORDS.has(w)) &&
    list.split(/,\s+/).every((item) => !item || lookup(item)?.type !== "org")
  )
    return "place";
  // "schools in Perth and Kinross Glen": a name joined by "and" to a known place after a
  // preposition of place is another (not "Jo Roe in Iowa and Tom Poe in Ohio", a person in one).
  const pair = prev.endsWith(" and ") ? PLACE_PAIR.exec(prev)?.[1] : undefined;
  const pairEntry = pair ? lookup(pair) : undefined;
  if (
    pairEntry?.type === "place" &&
    pairEntry.form !== "demonym" &&
    !/^\s+(?:in|of|from|at)\s/.test(next) &&
    words.length <= 3 &&
    !isGivenName(words[0]!) &&
    !words.some((w) => ORG_WORDS.has(w))
  )
    return "place";
  // "the provinces of Albay and Camarines Sur", "the ports of Manzanillo and Lazaro Cardenas":
  // each name a plural of a kind of place lists is a place, even one opening on a given name.
  if (prev.includes(" of ") && !words.some((w) => ORG_WORDS.has(w)) && KINDS_OF_PLACE_OF.test(prev))
    return "place";
  // "residents of Little Amwell", "the mayor of Kessa Vale": what only a place has names a place;
  // so does a noun of a town set off before it ("the capital, Nuku Vai,").
  // (After a noun of a kind of place, even one opening on a given name: "the island of Isla
  // Serrano", "the city of Charlotte Bay".)
  if (
    !words.some((w) => ORG_WORDS.has(w)) &&
    (!isGivenName(words[0]!) || KIND_OF_PLACE_OF.test(prev)) &&
    (closesOnPeopleOfPlace(prev) || TOWN_APPOSED.test(prev))
  )
    return "place";
  // "Mt. Everest", "Ft. Worth": a mountain's or a fort's name, written short, is a place's.
  if (words.length >= 2 && /^(?:Mt|Ft)\.?$/.test(words[0]!) && !words.some((w) => ORG_WORDS.has(w)))
    return "place";
  // "San Bernardino", "Los Alamos", "Puerto Vallarta": a saint's or an article's Spanish or
  // Portuguese word opening a name of two words is a place's.
  if (
    words.length === 2 &&
    /^(?:San|Santa|Santo|São|Los|Las|Puerto)$/.test(words[0]!) &&
    !ORG_WORDS.has(last)
  )
    return "place";
  // "Velkor International", "Ashford United", "Riverside United": a body's
  // name may end on "International" or "United".
  if (words.length >= 2 && (last === "International" || last === "United")) return "org";
  // "United Auto Workers", "New York State United Teachers": a union named for its people.
  if (words.length >= 3 && isTradePlural(last)) return "org";
  if (words.length === 2 && namesItsPeople(words[0]!, last)) return "org";
  // "Washington DC", "Dunmore Pa.": a known place and its state's abbreviation is that place.
  if (
    words.length === 2 &&
    lookup(words[0]!)?.type === "place" &&
    (US_STATE_ABBREVIATIONS.has(last) || /^D\.?C\.?$/.test(last))
  )
    return "place";
  // "Prawo i Sprawiedliwość said": words joined by "and" in another language name a body (or a
  // pair), never one person.
  if (words.some((w) => FOREIGN_AND.has(w)))
    return words.some((w) => ORG_WORDS.has(w)) ||
      REPORTING_VERBS.has(/^\s*([\p{Ll}]+)/u.exec(next)?.[1] ?? "")
      ? "org"
      : null;
  // "French Wikinews", "German Wikipedia": a people's adjective before a known body's name is
  // that body's edition or branch, a body.
  if (
    words.length >= 2 &&
    lookup(words[0]!)?.form === "demonym" &&
    lookup(words.slice(1).join(" "))?.type === "org"
  )
    return "org";
  // "the Swiss Alps", "the Brazilian Amazon": a people's adjective before a known region, range
  // or river is that country's part of it, a place.
  if (
    words.length >= 2 &&
    lookup(words[0]!)?.form === "demonym" &&
    lookup(words.slice(1).join(" "))?.type === "place" &&
    lookup(words.slice(1).join(" "))?.form === "name"
  )
    return "place";
  // Every word also used in lower case ("Member State", "Stock Exchange"): a common phrase; not
  // three or more closed by a body's head word ("the Data Protection Authority … the authority's"),
  // unless a verb's "-ing" opens them (a headline's "Assaulting A Reporter").
  if (
    !(words.length >= 3 && ORG_WORDS.has(last) && !/ing$/.test(words[0]!)) &&
    words.every((w) => lowerWords.has(w.toLowerCase()) || w === "of" || w === "the")
  )
    return null;
  // "findings published on Friday in Marine Letters": a journal, a publication's body.
  if (PUBLISHED_IN.test(prev)) return "org";
  // "Parliament of the United Kingdom", "Court of Appeals for the Ninth Circuit": the head of an
  // "X of Y" name is X, whatever Y is.
  // "Peter Hall said": a given name and a verb of saying outweigh a place word ("Hall"), not a
  // body's head word after the family name ("Jane Vale University said").
  if (words.length <= 3 && isGivenName(words[0]!) && !(words.length === 3 && ORG_WORDS.has(last))) {
    const saysFirst = /^\s*([\p{Ll}]+)/u.exec(next);
    if (saysFirst && REPORTING_VERBS.has(saysFirst[1]!)) return "person";
  }
  // "…," said Kathleen Hall Jamieson: so does a given name right after a verb of saying.
  if (words.length <= 4 && isGivenName(words[0]!) && SAYS_BEFORE.has(span.before)) return "person";
  // "Judge Durham Hall": a person's title right before the name outweighs a place word in it (not
  // "Governor of Tyumen Oblast", the place the title is of); "Mayor Don Guardian": after a given
  // name, a body's word too.
  // ("Sen. Tom Church": a title written short stands outside the name's run; it counts before a
  // given name only, not before "Santos Doctors' Hospital" or a headline's "Hears About Obama".)
  const givenAndFamily = words.length === 2 && isGivenName(words[0]!);
  if (
    words.length <= 4 &&
    span.before !== "of" &&
    (span.roles.some(isPersonRole) || (givenAndFamily && ABBREVIATED_TITLES.has(span.before))) &&
    (!words.some((w) => ORG_WORDS.has(w)) || givenAndFamily)
  )
    return "person";
  const connector = words.findIndex((w) => w === "of" || w === "for");
  if (connector > 0) {
    const head = words.slice(0, connector);
    const headLast = head[head.length - 1]!;
    if (head.some((w) => ORG_WORDS.has(w)) && !(PLACE_WORDS.has(headLast) && !ORG_WORDS.has(headLast)))
      return "org";
    // "Islamic State of Iraq and the Levant": a body the gazetteer knows heads the name.
    if (lookup(head.join(" "))?.type === "org") return "org";
  }
  // "the party's candidate for governor Jo Castle": a noun for a person right before a given
  // name outweighs a place word ending the name.
  // ("Pop singer Ivy Lane": also a first word no list knows, before one family name, after a noun of
  // one person; not after a count or a plural, "many Arab Americans", "the men Velmar Champion".)
  const nounBefore = /(?:^|[^\p{L}])([\p{Ll}]+)\s+$/u.exec(prev)?.[1];
  const unknownPair = () =>
    words.length === 2 &&
    !words.some((w) => lookup(w)) &&
    // (Nor the people of a known place: "immigrant New Yorkers".)
    lookup(words.join(" ").replace(/(?:ers|ans)$/, "")) === undefined &&
    !PLACE_WORDS.has(words[0]!) &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(words[0]!) &&
    !QUANTIFIERS.test(nounBefore ?? "") &&
    !/(?:[^s]s|men|people|children)$/.test(nounBefore ?? "");
  if (
    nounBefore &&
    PERSON_NOUNS.has(nounBefore) &&
    words.length <= 3 &&
    (isGivenName(words[0]!) || unknownPair()) &&
    !words.some((w) => ORG_WORDS.has(w))
  )
    return "person";
  // "Acme Widgets, Inc.", "Roe Holdings, LLC": a legal form after a comma closes a company's name.
  if (/^,\s(?:Inc|Ltd|LLC|LLP|Corp|PLC|plc|GmbH|Pty)\b/.test(next)) return "org";
  // "Tyrone Woods", "Jerry Hall": a given name before a place word that is also a common family
  // name is a person's name, unless the name is where something is ("at Jerry Hall"; not "a statue
  // of Edith Marsh").
  if (
    words.length === 2 &&
    isGivenName(words[0]!) &&
    FAMILY_PLACE_WORDS.has(last) &&
    !(LOCATIVE.has(span.before) && span.before !== "of") &&
    !isPlaceNoun(/^\s([\p{Ll}]+)/u.exec(next)?.[1] ?? "")
  )
    return "person";
  // "Park Hae-jin", "Min-jun Park": a romanised East Asian given name (two syllables joined by a
  // hyphen, the second in lower case) makes a person's name, whatever place word the family name is
  // (not a body's: "Hae-jin Foundation").
  if (
    words.length <= 3 &&
    words.some((w) => /^[\p{Lu}][\p{Ll}]{1,4}-[\p{Ll}]{2,5}$/u.test(w)) &&
    !words.some((w) => ORG_WORDS.has(w))
  )
    return "person";
  // `"…," said Devon Marsh, who owns a bar`: a given name and a place's word right after the verb
  // of saying that closes a quote name its speaker, a person (a body has its head word).
  if (
    words.length === 2 &&
    SAYS_BEFORE.has(span.before) &&
    /[,.?!]\s*['’]?\s*["”]\s+[\p{Ll}]+\s+$/u.test(prev) &&
    (isGivenName(words[0]!) || /^,\s+who\s/.test(next)) &&
    !words.some((w) => ORG_WORDS.has(w))
  )
    return "person";
  // "said Jun Park, an analyst at …", "Lee Hill, the club's treasurer, said": a short name closed by
  // a place word that is also a family name, described as a person, is a person's name.
  if (
    words.length === 2 &&
    PLACE_WORDS.has(last) &&
    !PLACE_WORDS.has(words[0]!) &&
    !ORG_WORDS.has(words[0]!) &&
    !lookup(words[0]!) &&
    apposedPerson(next)
  )
    return "person";
  // "Kessford Unified School District", "Metro Water District": a district run for one service is a
  // body, not an area.
  if (last === "District" && SERVICE_DISTRICT.test(words.at(-2) ?? "")) return "org";
  // "a United States District judge": a country's district before its court's officer names the
  // court's level, no place.
  if (
    last === "District" &&
    COUNTRY_NAMES.has(words.slice(0, -1).join(" ")) &&
    /^\s+(?:court|judge|attorney)\b/.test(next)
  )
    return null;
  // "a spokesman for Pinecrest Mutual": who has a spokesperson, named by no given name, is a body.
  if (
    prev.includes("spokes") &&
    SPOKESPERSON_FOR.test(prev) &&
    !isGivenName(words[0]!) &&
    !/^['’]/.test(next)
  )
    return "org";
  // "a Skyline Air spokesperson", "the Kessford Zoo press office": a name between an article and a
  // spokesperson is a body's, unless a given name opens it ("a Jo Roe spokesman", a campaign's).
  if (
    SPOKESPERSON_AFTER.test(next) &&
    /(?:^|[^\p{L}])(?:a|an|the|A|An|The)\s$/u.test(prev) &&
    !isGivenName(words[0]!)
  )
    return "org";
  // "Porto Verde president Ricardo Alves", "Kessa Mining chairman Jo Roe": a name before the title
  // of whoever heads a body, then a name, is that body's (a known country's is its place's).
  if (/^\s(?:president|chairman|chairwoman|chair)\s+[\p{Lu}]/u.test(next) && !isGivenName(words[0]!))
    return "org";
  // "beat Hallam Town 3-1", "lost 2-0 to Kessford City": a side that a score follows or precedes is
  // a club, whatever place word closes its name; so is the side that beat it ("Hallam Town beat
  // Kessford City 3-1").
  if (inMatchResult(prev, next) && !isGivenName(words[0]!)) return "org";
  // "joined Rovers from Portland Town", "on loan from Hallam City": where a player or an employee
  // moved from, after the body they joined, is a body too, whatever place word closes its name.
  if (MOVED_FROM.test(prev) && !isGivenName(words[0]!)) return "org";
  // ("a Utah Jazz player": a name of two or more words between an article and "player".)
  if (
    words.length >= 2 &&
    /^\s+player\b/.test(next) &&
    /(?:^|[^\p{L}])(?:a|an|the)\s$/u.test(prev) &&
    !isGivenName(words[0]!) &&
    lookup(words[0]!)?.form !== "demonym"
  )
    return "org";
  // "Kessford Town boss Gary Pike", "Hallam City have signed a striker": a name closed by a place
  // word is a team's before a team's staff and a person's name (not "manager": a city has one), or
  // opening its sentence with a plural verb (a town "has").
  // ("a match against Ashby Town": so is one named as the side a match is against.)
  if (
    words.length >= 2 &&
    PLACE_WORDS.has(last) &&
    !isGivenName(words[0]!) &&
    (TEAM_STAFF_BEFORE_NAME.test(next) ||
      /\b(?:match|game|fixture|clash|tie|derby)\s+(?:against|versus|vs\.?|between)\s+$/.test(prev) ||
      (/^\s(?:have|are|were)\s/.test(next) && /(?:^|[.!?]["”]?\s+|\n)(?:The\s+)?$/.test(prev)))
  )
    return "org";
  // "Westbrook General Hospital said", "said the Kessford Museum": a hospital, a museum or an
  // airport that speaks is the body running it; not a source's place ("a nurse at X Hospital said").
  if (RUN_PLACE_WORDS.has(last) && speaksBeside(prev.replace(/\bthe\s$/, ""), next) && !AT_PLACE.test(prev))
    return "org";
  // ("the campaign group Save Hexley Moor": after a noun for a kind of body, that body's.)
  if (PLACE_WORDS.has(last) && !ORG_WORDS.has(last) && !ORG_APPOSITION.has(span.before)) return "place";
  if (words.some((w) => ORG_WORDS.has(w))) return "org";
  // "Nordline AG": a German or Swiss company's suffix closing a name.
  if (words.length >= 2 && /^(?:AG|KGaA)$/.test(last)) return "org";
  // "the Harbor City Hawks": a plural closing a town's name ("… City", "… Town") names its team.
  if (words.length >= 3 && /^(?:City|Town)$/.test(words.at(-2)!) && /^[\p{Lu}][\p{Ll}]+[^su]s$/u.test(last))
    return "org";
  // "San Bernardino, Calif.,", "Des Moines, Iowa,": a name followed by its state is a town.
  if (inState(next) && !isGivenName(words[0]!)) return "place";
  // "Hill Dunmore, the club's treasurer", "Park Stroud, director of the fund": a place word inside a
  // name described as a person is a person's name. (After a noun for a kind of body, "the group
  // River Action", the name is that body's: below.)
  if (words.some((w) => PLACE_WORDS.has(w)) && !ORG_APPOSITION.has(span.before))
    return describedAsPerson(next) || roleApposition(next) ? "person" : "place";
  // `"…," said KellyAnne Roe`, `"…," said Khin Maung Tun`: capitalised words right after a verb of
  // saying that closes a quote name its speaker, even with an inner capital or a word the text
  // also uses in lower case.
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    SAYS_BEFORE.has(span.before) &&
    /[,.?!]\s*['’]?\s*["”]\s+[\p{Ll}]+\s+$/u.test(prev) &&
    words.every((w) => /^[\p{Lu}][\p{Ll}]/u.test(w))
  )
    return "person";
  if (words.length === 1 && isAcronym(words[0]!)) return "org";
  // ("the company Red Hat"; not "Jane Roe of the Unity Party, Dan Poe of …", where the noun
  // ends another name; without the text before, as the words alone are typed, the noun counts.)
  // (Not "the face of the party, Jane R. Roe": a given name after the noun's comma.)
  if (
    (ORG_APPOSITION.has(span.before) || STATION_BEFORE.test(prev)) &&
    (prev === "" || /(?:^|[^\p{L}])[\p{Ll}][\p{L}]*[^\p{L}]*$/u.test(prev)) &&
    !(isGivenName(words[0]!) && /,\s*$/.test(prev)) &&
    !span.roles.length &&
    words.length <= 4
  )
    return "org";
  if (orgApposition(next) && !span.roles.length) return "org";
  if (isGivenName(words[0]!) && words.length <= 4) return "person";
  // "Tesco Polska", "Netto Poland": a known organisation's name first, or an unknown word before
  // a country's name (a company's national branch).
  if (lookup(words[0]!)?.type === "org") return "org";
  // ("Friends of the Earth Action", "Doctors Without Borders USA": a known body's name opens it.)
  for (let n = Math.min(words.length - 1, 6); n >= 2; n--)
    if (lookup(words.slice(0, n).join(" "))?.type === "org") return "org";
  // "Melbourne Australia": a known place before its country is that place.
  if (words.length === 2 && lookup(words[0]!)?.type === "place" && COUNTRY_NAMES.has(last)) return "place";
  if (
    words.length === 2 &&
    COUNTRY_NAMES.has(last) &&
    lookup(words[0]!) === undefined &&
    !COMPASS.has(words[0]!) &&
    !isGivenName(words[0]!)
  )
    return "org";
  // "The Time of Your Life", "The Master of Disguise": "The" and a plain word, no body's head, cut
  // before a capitalised "of" phrase that is no place is a work's title (not "The Star-Ledger of
  // Newark").
  const of = /^\s+of\s+([\p{Lu}][\p{L}-]*)/u.exec(next)?.[1];
  if (
    words[0] === "The" &&
    words.length === 2 &&
    of !== undefined &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(words[1]!) &&
    lookup(of)?.type !== "place" &&
    !ORG_WORDS.has(words[1]!)
  )
    return null;
  if (words[0] === "The" && words.length >= 2) return "org";
  // (Not after a preposition of place, which makes the name its object, not the verb's subject:
  // "a teacher at Eastfield High said".)
  // ("His counterpart, Bui Thanh Son, said": a name set off by commas before the verb too.)
  if (words.length <= 4 && !LOCATIVE.has(span.before)) {
    const apposed = /,\s*$/.test(prev) ? /^,\s*([\p{Ll}]+)/u.exec(next.slice(0, 40)) : null;
    const says = apposed ?? /^\s*(?:,[^,]{0,60},\s*)?([\p{Ll}]+)/u.exec(next.slice(0, 40));
    // ("Brightstone Aggregates, which wants the site, said": a speaker that takes "which" is a body;
    // so is one closed by the plural of a noun the text writes in lower case, "Kessford Buses said",
    // unless a given name or a family name says person: "Tyra Banks", "Jo Wells".
    // So is one of three or more words whose words after the first news writes in lower case:
    // "the Rail Accident Investigation Branch found".)
    if (says && REPORTING_VERBS.has(says[1]!))
      return /^,\s+which\s/.test(next) ||
        (!isGivenName(words[0]!) &&
          ((!PLURAL_FAMILY_NAMES.has(last) && lowerWords.has(singular(last))) ||
            (words.length >= 3 && words.slice(1).every((w) => LOWERCASE_WORDS.has(w.toLowerCase())))))
        ? "org"
        : "person";
  }

  if (span.roles.some(isPersonRole)) return "person";
  // "African American", "Mexican American": a people, no actor.
  if (
    words.length === 2 &&
    lookup(last)?.form === "demonym" &&
    (lookup(words[0]!)?.form === "demonym" || /^(?:[\p{Lu}][\p{Ll}]+an|Native|Arab)$/u.test(words[0]!))
  )
    return null;
  // "Fellow Americans", "Indigenous Australians": a demonym in the plural after other words names a group of
  // people, no actor (a place would take the singular: "Latin American").
  if (words.length >= 2 && last.endsWith("s") && lookup(last.slice(0, -1))?.form === "demonym") return null;
  if (COMPASS.has(words[0]!) || lookup(words[words.length - 1]!)?.form === "demonym") return "place";
  // Words the text also uses in lower case ("Learning Together", "Stock Exchange"): not a name.
  // (A royal title opening a name stays, though the text writes "the prince": "Prince Alwaleed".)
  if (
    !isGivenName(words[0]!) &&
    words.some(
      (w, k) =>
        !NAME_PARTICLES.has(w) &&
        !ARABIC_SURNAME.test(w) &&
        !(k === 0 && NAME_TITLES.has(w)) &&
        !(k > 0 && NAME_PARTICLES.has(words[k - 1]!)) &&
        lowerWords.has(w.toLowerCase()),
    )
  )
    return null;
  // "Presumptive Democratic nominee Jane Roe": words that qualify a noun of person before a
  // name are no one's name.
  // ("Presumptive Democratic presidential nominee Jane Roe": an adjective may come between.)
  const qualifies = /^\s+(?:[\p{Ll}]+(?:al|ic|ive|ian|ary|ous|ent|ant)\s+)?([\p{Ll}]+)\s+[\p{Lu}]/u.exec(
    next,
  );
  if (qualifies && PERSON_NOUNS.has(qualifies[1]!)) return null;
  // "Notre Dame cathedral", "the Kilauea volcano": a name before a lower-case place noun is the
  // place's.
  const noun = /^\s([\p{Ll}]+)\b/u.exec(next)?.[1];
  if (noun && isPlaceNoun(noun)) return "place";
  // "the Jamaah Ansharut Daulah network": before a noun for a kind of body, a body's name.
  if (noun && ORG_APPOSITION.has(noun) && !isGivenName(words[0]!)) return "org";
  // "an analyst at Bankhaus Lindner", "a spokesman for Kessa Harbor": after a noun of one person
  // and "at", "for" or "with", whom that person works for.
  const worker = /([\p{Ll}]+)\s+(?:at|for|with)\s+(?:the\s+)?$/u.exec(prev)?.[1];
  if (
    worker &&
    PERSON_NOUNS.has(worker) &&
    !worker.endsWith("s") &&
    !isGivenName(words[0]!) &&
    !AWARD_FOR.test(prev)
  )
    return "org";
  // "in La Llagosta", "at Punta Tombo": after a preposition of place, with no given name to say
  // person, a place (not "in Jane Roe's film").
  if (PLACE_BEFORE.test(prev) && !isGivenName(words[0]!) && !/^['’]s?\b/.test(next)) return "place";
  if (NEIGHBOURING_BEFORE.test(prev) && !isGivenName(words[0]!)) return "place";
  // Two to four plain capitalised words ("Delfin Lorenzana"), with a family name's particle
  // between them ("Federico de Souza"); not "EuroAsia", whose inner capital marks a coined name.
  const named = words.filter((w, k) => !(k > 0 && k < words.length - 1 && NAME_PARTICLES.has(w)));
  // Not "Tour de France", "Los Hijos de Roe": a place after the particle, or an article first.
  const particle = words.findIndex((w) => NAME_PARTICLES.has(w));
  if (
    particle > 0 &&
    (lookup(words.slice(particle + 1).join(" "))?.type === "place" ||
      /^(?:El|La|Las|Los|Le|Les|Il)$/.test(words[0]!))
  )
    return null;
  // (With an Arabic surname, a given name or three words: "Tahrir al-Sham", "Tuna el-Gebel" are a
  // body and a place.)
  const arabic = words.some((w) => ARABIC_SURNAME.test(w));
  // (Not with a word in capitals, an acronym's ("Sirius XM", "Linux EOL"), unless a regnal number
  // or a letters' suffix follows a person's name ("John Roe III", "Kama Melly QC").)
  const acronym = words.some((w) => /^[\p{Lu}]{2,}$/u.test(w) && !POST_NOMINAL.test(w));
  const plain =
    !acronym &&
    named.length >= 2 &&
    // ("Joao Carlos Pereira da Silva Neto": two given names and three family names.)
    named.length <= (particle > 0 && isGivenName(words[0]!) ? 5 : 4) &&
    (!arabic || isGivenName(words[0]!) || named.length >= 3) &&
    named.every(
      (w) =>
        (/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(w) || ARABIC_SURNAME.test(w)) &&
        (isGivenName(w) || !/[\p{Ll}][\p{Lu}]/u.test(w.replace(/^(?:Mc|Mac|O['’]|De|Di|La|Le)/, ""))),
    );
  if (!plain) return null;
  // A word after the first that news writes in lower case ("Too Much", "Big Data", "Disease
  // Control") makes the words no person's name (a given name may be such a word, "Crystal Munoz";
  // a family name rarely is, and an initial says person: "J. J. Price"); after "the", they name a
  // body ("the Grateful Dead"). A word after a family name's particle is a name ("Amir bin Said").
  const common =
    !words.some((w) => /^[\p{Lu}]\.$/u.test(w)) &&
    words
      .slice(1)
      .some(
        (w, k) =>
          !NAME_PARTICLES.has(w.toLowerCase()) &&
          !NAME_PARTICLES.has(words[k]!.toLowerCase()) &&
          LOWERCASE_WORDS.has(w.toLowerCase()),
      );
  // "New Rochelle", "New Taipei": no one's name opens on "New", a place's does; "New Yorkers"
  // are its people.
  if (!common && words[0] === "New" && words.length === 2) return /ers?$/.test(last) ? null : "place";
  if (!common) return "person";
  // (Or "The" opening a sentence that goes on in lower case; mid-sentence, "The Big Short" is a
  // work's title, and a line of title-case words a heading.)
  return /(?:^|[^\p{L}])the\s$/u.test(prev) ||
    (/(?:^|\n|[.!?]["”’]?\s+)The\s$/u.test(prev) && /^\s+[\p{Ll}]/u.test(next))
    ? "org"
    : null;
}

/** Whether the text after a name opens on an apposition describing a person (", a spokesman
 * for …", ", his longtime aide"). */
function describedAsPerson(next: string): boolean {
  const words = /^,\s+(?:a|an|the|his|her|their|its)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(next)?.[1];
  return words?.split(/\s+/).some((w) => PERSON_NOUNS.has(w)) === true;
}

/** Whether the text before a name closes on a description of one person set off by a comma
 * ("Its director general, ", "the union's leader, "). */
function describedBefore(prev: string): boolean {
  const words =
    /(?:^|[^\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{Lu}][\p{L}]*['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s$/u.exec(
      prev,
    )?.[1];
  return words !== undefined && nominalType(words) === "person";
}

/** Whether the text after a name opens on an apposition whose head is one person (", an analyst at
 * …", ", the club's treasurer,"), not a place's description (", a favourite of joggers"). */
function apposedPerson(next: string): boolean {
  const head =
    /^,\s+(?:a|an|the|his|her|their|its|[\p{Lu}][\p{L}]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s+(?:at|of|for|with|from|in|who)\s|\s*[,.;]|$)/u.exec(
      next,
    )?.[1];
  return head !== undefined && PERSON_NOUNS.has(head) && !head.endsWith("s");
}

/** Whether a bare role of a body follows the name: ", treasurer for the campaign", ", national
 * director of …". */
function roleApposition(next: string): boolean {
  const words = /^,\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|for|at)\s/u.exec(next)?.[1];
  return words?.split(/\s+/).some((w) => PERSON_NOUNS.has(w)) === true;
}

/** Whether a name's first word is a common English word news writes in lower case ("planned",
 * "social", "black"), and no given name, title or family name's particle ("De La Fuente"). */
function opensOnCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isGivenName(word) || WORD_GIVEN_NAMES.has(word) || NAME_TITLES.has(word) || NAME_PARTICLES.has(lower))
    return false;
  return LOWERCASE_WORDS.has(lower) || NAME_COMMON_WORDS.has(lower);
}

/** Regnal numbers and the letters after a person's name ("III", "QC", "MP", "OBE"). */
const POST_NOMINAL =
  /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|QC|KC|MP|MD|MBE|OBE|CBE|KBE|DBE|JP|MSP|MEP|PC|SC|SJ|RN|DDS)$/;

/** "neighbouring South Varna", "neighbouring Ostrava": only a place is named as a neighbour. */
export const NEIGHBOURING_BEFORE = /\bneighbou?ring\s$/;

/** Words before a publication's name: "published (on Monday) in", "appeared in the". */
export const PUBLISHED_IN = /\b(?:published|appeared|appearing)\b[^.;:"“”]{0,30}\sin\s+(?:the\s+)?$/;

/** Prepositions that put what follows them in a place ("in", not "from": a letter from a person),
 * and the place nouns that name one with "of" ("the island of Rapa Nui"). */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|near|outside|within|throughout|into|(?:island|city|town|village|province|region|district|county|municipality)\s+of)\s+$/u;

/** Whether `next` (the text after a name) opens on a comma and a US state, full or abbreviated. */
export function inState(next: string): boolean {
  const state = /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)(?:[,;]|\.?\s*$|\.\s)/u.exec(next)?.[1];
  if (!state) return false;
  return (
    US_STATE_ABBREVIATIONS.has(state) ||
    (lookup(state)?.type === "place" && lookup(state)?.form !== "demonym")
  );
}
