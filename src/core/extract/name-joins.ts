// The joins inside a run of capitalised words: which connectors continue a name ("University
// of X"), which hyphenated tokens are two known names ("Russia-Ukraine"), where a person's name
// follows an "of" title ("Chief of Staff Jane Roe"), and the word before a name for context.

import { JOINING_HEADS, ORG_APPOSITION } from "../data/actor-words.ts";
import { COUNTRY_NAMES } from "../data/countries.ts";
import { isCommonGivenName } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { NAME_COMMON_WORDS } from "../data/name-common-words.ts";
import { ARABIC_SURNAME } from "../data/name-words.ts";
import { ORG_WORDS, PLACE_WORDS } from "../data/organisations.ts";
import { TITLES } from "../data/titles.ts";
import { classOf, LETTER, LOWER, opensWith, UPPER } from "../text/char-class.ts";
import { isCapitalised, type Token } from "../text/tokens.ts";
import { lookup } from "./gazetteer.ts";

const POSSESSIVE_END = /['’]s?$/;

/** Whether the run, the connector and some of the capitalised words after it make a known name. */
function knownAcross(runText: string, connector: string, ahead: readonly string[]): boolean {
  return ahead.some(
    (_, n) => lookup(`${runText} ${connector} ${ahead.slice(0, n + 1).join(" ")}`) !== undefined,
  );
}

/** "Dairy Farmers of Canada", "Young Democratic Socialists of America": a name ending on a plural
 * noun of members (not a given name's family name, "Jo Williams"), before "of" and a country's
 * name alone. */
export function membersOfCountry(run: readonly Token[], ahead: readonly string[]): boolean {
  const last = run[run.length - 1]!.text;
  if (run.length < 2 || ahead.length !== 1 || !/[^s']s$/.test(last) || isCommonGivenName(run[0]!.text))
    return false;
  const entry = lookup(ahead[0]!);
  return (
    (LOWERCASE_WORDS.has(last.toLowerCase()) || /(?:ers|ists|ians)$/.test(last)) &&
    entry?.form === "name" &&
    COUNTRY_NAMES.has(entry.canonical)
  );
}

/** Whether a lower-case connector continues the name in `run` ("University of X", "Center for
 * Strategic and International Studies"), not a list ("Belarus, India and Syria"). */
export function joinsName(word: string, run: Token[], tokens: Token[], i: number, body: string): boolean {
  const prev = run[run.length - 1]!.text;
  const ahead: string[] = [];
  // "… and Atmospheric Administration's": a head word is one with its possessive too.
  for (let k = i + 1; k < tokens.length && k <= i + 4 && isCapitalised(tokens[k]!.text); k++)
    ahead.push(tokens[k]!.text.replace(POSSESSIVE_END, ""));
  const runText = run.map((t) => t.text).join(" ");
  // "Newcastle upon Tyne", "Kingston upon Thames": only towns join two names with "upon".
  if (word === "upon") return run.length === 1 && ahead.length === 1;
  if (word === "of" || word === "for") {
    // ("Helen Marsh of Kessford Civic Society", "Tom Hill of Acme Group": a given name and a
    // family name, even one that is also a place's word, make a person, whom "of" places.)
    const person = run.length === 2 && isCommonGivenName(run[0]!.text) && !ORG_WORDS.has(prev);
    if (
      ORG_WORDS.has(prev) ||
      (PLACE_WORDS.has(prev) && !person) ||
      TITLES.has(prev) ||
      JOINING_HEADS.has(prev)
    )
      return true;
    // "Union for Conservation of Nature", "Institute for Study of War": a body's name that took
    // its aim after "for" or "of" takes one more "of" phrase; one that took its field after "of"
    // takes one "for" phrase ("Court of Arbitration for Sport").
    if (
      (word === "of" || !run.some((r) => r.text === "for")) &&
      ahead.length > 0 &&
      run.some((r, k) => (r.text === "for" || r.text === "of") && ORG_WORDS.has(run[k - 1]?.text ?? ""))
    )
      return true;
    // "Voice of America", "Bank of America": a known name across the connector.
    if (knownAcross(runText, word, ahead)) return true;
    // "Dairy Farmers of Canada", "Communications Workers of America": a plural of members, then
    // the country they are of, names their body.
    if (word === "of" && membersOfCountry(run, ahead)) return true;
    // "the group Rights for Residents", "the charity Help for Heroes": after a noun for a kind of
    // body, the name goes on across the connector.
    const kind = /([\p{Ll}]+)\s+$/u.exec(body.slice(Math.max(0, run[0]!.start - 20), run[0]!.start))?.[1];
    if (kind && ORG_APPOSITION.has(kind) && ahead.length > 0 && !person) return true;
    // "Cinema for Peace Foundation": the name's head word comes after the connector.
    return !person && !lookup(runText) && ahead.some((w) => ORG_WORDS.has(w));
  }
  if (word === "and" || word === "&") {
    // "Donald Roe and House Republicans", "Jane Roe and Kessford Council": a person's full name
    // ends at "and" (not "Henry Holt and Company", a firm named for its founder; a given name alone
    // may open a foundation's: "Bill and Melinda Gates Foundation").
    if (word === "and" && isPersonName(run) && !(ahead.length === 1 && FOUNDERS_FIRM.test(ahead[0]!)))
      return false;
    // "the Peace and Prosperity party": two words joined by "and" before a lower-case noun of a
    // party or a movement are one name.
    const after = tokens[i + 1 + ahead.length]?.text;
    if (
      word === "and" &&
      run.length === 1 &&
      ahead.length === 1 &&
      /^(?:party|movement|alliance|coalition|front|bloc)$/.test(after ?? "") &&
      /(?:^|[^\p{L}])the\s$/iu.test(body.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))
    )
      return true;
    // "University of Dunmore and Center for Reef Studies": a second body opening on its
    // own head word and "for"/"of" is a list of two, not one name.
    if (
      ahead.length === 1 &&
      ORG_WORDS.has(ahead[0]!) &&
      (after === "for" || after === "of") &&
      run.some((t) => ORG_WORDS.has(t.text))
    )
      return false;
    // "The Harbor Review and The Daily Ledger": a name opening on "The" is a name of its own.
    if (ahead[0] === "The") return false;
    // "Dunmore Ambulance Service and Dunmore Fire Brigade", "the Coast Guard and US Park Police":
    // after a body's head word, a known name opens a second body.
    if (ORG_WORDS.has(prev) && lookup(ahead[0] ?? "")) return false;
    // "Northwind Airlines and Bluecrest Airways", "Kessford City and Dunmore Rovers": so does a name
    // of its own closed by its own head word ("Bank and Trust Company" stays one).
    if (
      (ORG_WORDS.has(prev) || PLACE_WORDS.has(prev)) &&
      run.length >= 2 &&
      ahead.length >= 2 &&
      ORG_WORDS.has(ahead.at(-1)!) &&
      // (Not a common word: "Kessa Legal Defense and Educational Fund" is one.)
      !LOWERCASE_WORDS.has(ahead[0]!.toLowerCase()) &&
      !NAME_COMMON_WORDS.has(ahead[0]!.toLowerCase())
    )
      return false;
    // "… Darin LaHood and Mike Bost": a given name and a surname after "and" are a person.
    if (
      ahead.length >= 2 &&
      isCommonGivenName(ahead[0]!) &&
      ahead.every((w) => !ORG_WORDS.has(w) && !PLACE_WORDS.has(w))
    )
      return false;
    // "Codeport Trust and Safety team", "Research and Development department": before a unit's
    // noun the words on both sides of "and" name one unit.
    if (
      ahead.length <= 2 &&
      /^(?:team|department|division|unit|office|committee)$/.test(tokens[i + 1 + ahead.length]?.text ?? "")
    )
      return true;
    const of = run.findLastIndex((t) => t.text === "of" || t.text === "for" || t.text === "on");
    if (of >= 0) {
      // "University of Lyon and Blue Reef Tours": after "of" and a place, "and" lists a
      // second body, unless another place follows ("Port Authority of New York and New Jersey").
      const place = run
        .slice(of + 1)
        .map((t) => t.text)
        .join(" ");
      if (lookup(place)?.type !== "place") return true;
      return ahead.some((_, n) => {
        const next = ahead.slice(0, n + 1).join(" ");
        return lookup(next)?.type === "place" || lookup(`${place} and ${next}`) !== undefined;
      });
    }
    // "Securities and Exchange Commission", "Bosnia and Herzegovina"; not "AP and NBC News", nor
    // "FreshCart and Greenway Foods" where the text names FreshCart alone too.
    // ("Health and Safety Executive": a body's name may close on "Executive".)
    if (!lookup(runText) && ahead.some((w) => ORG_WORDS.has(w) || w === "Executive"))
      return !(twoNamesAround(run, ahead[0]!) && namedAlone(body, runText));
    // "Army Research and Referral Hospital": an institution's name continues to its place head.
    if (run.some((t) => ORG_WORDS.has(t.text)) && !lookup(runText) && ahead.some((w) => PLACE_WORDS.has(w)))
      return true;
    // "Bosnia and Herzegovina", "Immigration and Customs Enforcement": a known name across "and".
    return knownAcross(runText, "and", ahead);
  }
  // "Alexander the Great", "Meet the Press", "Feel the Bern" (a single place's name may end a
  // slogan); not "making Roe the Unity Party's first …" nor "on Twitter the Federal
  // Aviation Administration …": before a known name, or after one, "the" opens a phrase of its own.
  if (word === "the") {
    if (lookup(runText)) return false;
    const single = lookup(ahead[0] ?? "");
    if (single && (single.type !== "place" || single.form === "demonym")) return false;
    return ![2, 3].some((n) => ahead.length >= n && lookup(ahead.slice(0, n).join(" ")));
  }
  return true;
}

/** What follows "and" in a firm named for its founders ("Henry Holt and Company", "Jo Roe and Sons"). */
const FOUNDERS_FIRM = /^(?:Company|Co|Sons|Daughters|Partners|Associates|Brothers)$/;

/** Whether the run is a given name and one or two more names or initials ("George W. Bush"),
 * none a body's, place's or title's word. */
function isPersonName(run: Token[]): boolean {
  return (
    run.length >= 2 &&
    run.length <= 3 &&
    isCommonGivenName(run[0]!.text) &&
    run.every(
      (t) =>
        (opensWith(t.text, UPPER, LETTER) || /^[\p{Lu}]\.?$/u.test(t.text)) &&
        !ORG_WORDS.has(t.text) &&
        !PLACE_WORDS.has(t.text) &&
        !TITLES.has(t.text),
    )
  );
}

/** Whether the words before "and" and the first word after it could each be a name of its own:
 * none a word news writes in lower case ("Research and Development"), a body's or a place's
 * word, or a given name ("Anna and Pavel Novak Foundation"). */
function twoNamesAround(run: Token[], next: string): boolean {
  const common = (word: string) =>
    LOWERCASE_WORDS.has(word.toLowerCase()) || ORG_WORDS.has(word) || PLACE_WORDS.has(word);
  // (A plural counts as its singular: "Lakes and Rivers Department".)
  const own = (word: string) => !common(word) && !common(word.replace(/s$/, "")) && !isCommonGivenName(word);
  return run.every((t) => own(t.text)) && own(next);
}

/** Whether `body` writes `name` somewhere as a whole word not followed by "and" or "&". */
function namedAlone(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(body[end] ?? "")) continue;
    if (!/^\s+(?:and|&)\s/.test(body.slice(end, end + 6))) return true;
  }
  return false;
}

/** Splits a hyphenated token whose parts are all countries or demonyms ("Russia-Ukraine"). */
export function splitKnownHyphen(token: Token): Token[] | null {
  if (!token.text.includes("-")) return null;
  const parts = token.text.split("-");
  if (parts.length < 2 || !parts.every((part) => lookup(part) !== undefined)) return null;
  const out: Token[] = [];
  let at = token.start;
  for (const part of parts) {
    out.push({ text: part, start: at, end: at + part.length });
    at += part.length + 1;
  }
  return out;
}

/** A person's name after an "of" title ("Chief of Staff Jane Roe"): a given name, or two plain
 * capitalised words that are no institution's or place's head ("Executive of Hong Kong Jane Roe"
 * is not "Kong Jane Roe"). */
export function personAfter(rest: Token[]): boolean {
  if (isCommonGivenName(rest[0]!.text)) return true;
  return (
    rest.length === 2 &&
    rest.every(
      (tok) =>
        // "Moammar al-Eryani": an Arabic surname opens on its article.
        (opensWith(tok.text, UPPER, LOWER) || ARABIC_SURNAME.test(tok.text)) &&
        !ORG_WORDS.has(tok.text) &&
        !PLACE_WORDS.has(tok.text),
    )
  );
}

/** The lower-case word just before `at` (within 30 characters and the sentence), or "". */
export function wordBeforeAt(body: string, at: number, floor: number): string {
  const stop = Math.max(floor, at - 30);
  let i = at;
  // By code unit, as the regex \p{L} tested `body[i - 1]` before (a class lookup, not a regex run).
  while (i > stop && (classOf(body.charCodeAt(i - 1)) & LETTER) === 0) i--;
  const end = i;
  while (i > stop && (classOf(body.charCodeAt(i - 1)) & LETTER) !== 0) i--;
  return body.slice(i, end).toLowerCase();
}
