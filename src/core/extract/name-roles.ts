// Titles and roles at the edges of a run of capitalised words: which are roles of a person
// ("President", "General") and which are the first or last word of an institution's name.

import { COMMON_WORDS } from "../data/common-words.ts";
import { isCommonGivenName } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { CONNECTORS } from "../data/name-words.ts";
import { ORG_WORDS, PLACE_WORDS } from "../data/organisations.ts";
import { ROLE_NOUNS, TITLE_MODIFIERS, TITLES } from "../data/titles.ts";
import type { Token } from "../text/tokens.ts";
import { lookup } from "./gazetteer.ts";

const isRoleWord = (word: string): boolean => {
  const singular = word.endsWith("s") ? word.slice(0, -1) : word;
  return TITLES.has(word) || ROLE_NOUNS.has(word) || isPluralTitle(singular) || ROLE_NOUNS.has(singular);
};

/** Whether `singular` is a title whose plural names people ("Senators"); not a word that is a
 * title only before another title ("Field Marshal": "Fields" is a surname). */
export const isPluralTitle = (singular: string): boolean => TITLES.has(singular) && singular !== "Field";

/** The plural of a trade ("Workers", "Teachers"), which closes a union's name. */
export const isTradePlural = (word: string): boolean =>
  /^(?:Workers|Teachers|Nurses|Machinists|Engineers|Pilots|Firefighters|Employees|Drivers|Miners|Farmers|Doctors|Physicians|Journalists|Writers|Actors|Musicians|Educators|Electricians|Carpenters|Steelworkers|Autoworkers|Teamsters)$/.test(
    word,
  );

/** "Starlight Artists", "Northway Engineers": the plural of an occupation (not of a title) after
 * one word that names nothing known and is no given name, title, modifier, adjective, acronym or
 * word news writes in lower case is a body named for its people; "Senior Engineers", "Angry
 * Protesters", "Amazon Workers", "Catholic Bishops" and "Jo Bishops" are not. */
export function namesItsPeople(name: string, plural: string): boolean {
  const singular = plural.endsWith("s") ? plural.slice(0, -1) : "";
  if (!ROLE_NOUNS.has(singular) || TITLES.has(singular)) return false;
  return (
    !isRoleWord(name) &&
    !TITLE_MODIFIERS.has(name) &&
    !isCommonGivenName(name) &&
    !COMMON_WORDS.has(name.toLowerCase()) &&
    !LOWERCASE_WORDS.has(name.toLowerCase()) &&
    !ORG_WORDS.has(name) &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(name) &&
    !/(?:ic|ern|al|an|ese|ish|ive|ior|ing|ed)$/.test(name) &&
    !lookup(name)
  );
}

/** A generational suffix after a surname ("Jr", "Sr"). */
export const GENERATIONAL = /^[JS]r$/;

/** Titles that are also common surnames. */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(
  "King Prince Duke Earl Baron Shah Bishop Marshal Major Judge Dean".split(" "),
);

/** A capitalised word that is no title, modifier, institution's or place's word, or known name. */
const givenNameShaped = (word: string): boolean =>
  /^[\p{Lu}][\p{Ll}]+$/u.test(word) &&
  !isRoleWord(word) &&
  !TITLE_MODIFIERS.has(word) &&
  !ORG_WORDS.has(word) &&
  !PLACE_WORDS.has(word) &&
  !lookup(word);

/** The run without the titles that close it and the modifiers before them; `t` itself when none. */
export function trimTrailingRoles(t: Token[]): Token[] {
  // "Council of Economic Advisers", "Association of Chief Police Officers": after a body's head word
  // and "of", the words closing the run are the body's, titles or not.
  const of = t.findIndex((tok) => tok.text === "of");
  if (of > 0 && ORG_WORDS.has(t[of - 1]!.text)) return t;
  let n = t.length;
  while (n >= 2) {
    const word = t[n - 1]!.text;
    const before = t[n - 2]!.text;
    // "Martin Luther King Jr.", "Donald Trump Jr.": a generational suffix ends the name, not a role.
    if (!isRoleWord(word) || ORG_WORDS.has(word) || CONNECTORS.has(before) || GENERATIONAL.test(word)) break;
    // "Notre Dame", "Our Lady": a courtesy title only ever goes before a name, so one closing the
    // run is a word of the name.
    if (/^(?:Sir|Dame|Lady|Lord|Madam|Madame)$/.test(word)) break;
    // "Health and Safety Executive", "Northern Ireland Executive": "Executive" after words that
    // qualify no title ("Chief Executive") heads a body's name.
    if (word === "Executive" && !isRoleWord(before) && !TITLE_MODIFIERS.has(before)) break;
    if (n === 2 && isCommonGivenName(before)) break;
    // "Raj Shah", "Don King": a title that is also a common surname, after a word with a given
    // name's shape that names nothing else, is the surname, also when titles open the run
    // ("Policy Director Tavish Shah").
    // So is a title's plural ("Dottie Deans", "Jo Bishops"): after a given name, a surname.
    // Not after an adjective or a common word ("Catholic Bishops", "All Saints", "Many Senators").
    const plural =
      word.endsWith("s") &&
      isPluralTitle(word.slice(0, -1)) &&
      !/(?:ic|ern|al|an|ese|ish)$/.test(before) &&
      !COMMON_WORDS.has(before.toLowerCase());
    const givenOpens = n === 2 || isRoleWord(t[n - 3]!.text);
    if (givenOpens && (SURNAME_TITLES.has(word) || plural) && givenNameShaped(before)) break;
    // "Editor-in-Chief Martin Baron": after a known given name, such a title is the surname even
    // when titles open the run.
    if (SURNAME_TITLES.has(word) && isCommonGivenName(before)) break;
    if (lookup(joined(t.slice(0, n)))) break;
    // "United Auto Workers", "New York State United Teachers": the plural of a trade, no title,
    // after two or more words that are no roles, names a union of its people.
    if (n >= 3 && isTradePlural(word) && t.slice(0, n - 1).every((tok) => !isRoleWord(tok.text))) break;
    if (n === 2 && t.length === 2 && namesItsPeople(before, word)) break;
    n--;
  }
  if (n === t.length) return t;
  while (n >= 1 && TITLE_MODIFIERS.has(t[n - 1]!.text) && !lookup(t[n - 1]!.text)) n--;
  return t.slice(0, n);
}

/** The tokens' words joined by single spaces. */
export const joined = (tokens: Token[]): string => tokens.map((t) => t.text).join(" ");

/** "General Services Administration", "Saint Anne Hospital": a run that opens with a title but
 * ends in an organisation's or a place's head word, with no "of" inside, is the institution's
 * whole name; the title is not a role cut from it. Not an office held by a person before a given
 * name and one more word ("Mayor Jane Guardian", "Sen. Tom Church"): a person's title and name. */
export function namesInstitution(t: Token[]): boolean {
  const last = t[t.length - 1]!.text;
  if (!(ORG_WORDS.has(last) || PLACE_WORDS.has(last))) return false;
  // ("Ms Marsh", "Mr Hall": a courtesy title opens no institution's name; nor does an office or
  // a rank only people hold before one word, "Dr Hall", "Judge Lake", "Detective Hill": the word is
  // a surname.)
  if (
    /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/.test(t[0]!.text) ||
    (t.length === 2 && (OFFICES.test(t[0]!.text) || RANKS.test(t[0]!.text)))
  )
    return false;
  if (t.length === 3 && OFFICES.test(t[0]!.text) && isCommonGivenName(t[1]!.text)) return false;
  // ("Detective Inspector Claire Marsh": a place's word that is also a family name, after titles
  // and a given name; not "Queen Mary Park", named after a sovereign or a saint.)
  const given = t.findIndex((tok) => !isRoleWord(tok.text) || PATRONS.test(tok.text));
  if (
    given >= 1 &&
    given >= t.length - 3 &&
    given <= t.length - 2 &&
    !ORG_WORDS.has(last) &&
    isCommonGivenName(t[given]!.text)
  )
    return false;
  return !t.some((tok) => CONNECTORS.has(tok.text));
}

/** Ranks and titles of learning only people hold ("Detective", "Captain", "Prof"). */
const RANKS =
  /^(?:Prof|Professor|Detective|Det|Inspector|Insp|Sergeant|Sgt|Constable|Officer|Captain|Capt|Coach|Lieutenant|Lt|Colonel|Col|Corporal|Cpl|Private)\.?$/;

/** Titles of those places and bodies are named after ("Queen Mary Park", "Saint Anne Hospital"). */
const PATRONS =
  /^(?:King|Queen|Prince|Princess|Saint|St\.?|Lord|Lady|Duke|Duchess|Earl|Emperor|Empress|Pope)$/;

/** Offices and courtesy titles only people hold, which no institution's name opens with (unlike
 * "Saint", "King", "Queen" in "Saint Anne Hospital", "Queen Mary University"). */
const OFFICES =
  /^(?:Mayor|Sen|Senator|Rep|Representative|Congressman|Congresswoman|Gov|Governor|Judge|Secretary|Minister|Chairman|Chairwoman|Commissioner|Councilman|Councilwoman|Councilmember|Councillor|Alderman|Alderwoman|Assemblyman|Assemblywoman|Assemblymember|Selectman|Selectwoman|Sheriff|Mr|Mrs|Ms|Dr)\.?$/;
