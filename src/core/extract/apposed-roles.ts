// A person's role set off by commas beside the name, the way news writing most often gives one:
// "Jo Roe, the chief executive of Acme," "Jo Roe, chief executive of Acme.", opening a sentence,
// "Acme's chief executive, Jo Roe, said", and inside one, "met her rival, Jo Roe, on Monday".
// Kept on the actor's profile (`/who`), as written, without its article or a relative clause.
import { PERSON_NOUNS } from "../data/speaker-nouns.ts";
import { HONOURS, SHORT_TITLES, TITLES } from "../data/titles.ts";
import { nominalType, PAST_TENSES } from "./speaker-words.ts";

/** The role set off beside the name at [start, end) of `body`, or null. */
export function apposedRole(body: string, nameStart: number, end: number): string | null {
  // "Kate Mills is a spokeswoman for Harlow Water.": a name opening its sentence, "is" or "was",
  // and a description of a person closing the clause.
  const copular = COPULAR_DESCRIPTION.exec(body.slice(end, end + 100))?.[1];
  if (copular && /(?:^|[.!?]["”’]?\s+|\n)$/.test(body.slice(Math.max(0, nameStart - 4), nameStart))) {
    const role = asRole(copular, true);
    if (role) return role;
  }
  if (body.charCodeAt(end) === 0x2c) {
    const after = body.slice(end, end + 120);
    const described = (APPOSED_DESCRIPTION.exec(after) ?? APPOSED_OFFICE.exec(after))?.[1];
    const role =
      described && asRole(described.replace(RELATIVE_CLAUSE, "").replace(SECOND_DESCRIPTION, ""), true);
    if (role) return role;
  }
  // (A title of courtesy or learning may stand between: "The hospital's chief executive, Dr Jo Roe,".)
  const start =
    nameStart - (TITLE_BEFORE.exec(body.slice(Math.max(0, nameStart - 12), nameStart))?.[1]?.length ?? 0);
  if (body.slice(start - 2, start) !== ", ") return null;
  // (Only where the name closes with a comma, and where the description opens the sentence or
  // follows a verb or a preposition inside it: "Like any teacher, Jo Roe knows", "In Kessa, Jo
  // Roe said" and "After meeting the mayor, Jo Roe, who …" describe no one. Inside a sentence
  // the name may close it: "said the party's leader, Jo Roe.")
  // ("The moderator, Jo Roe of WKTV, asked": the body after the name may come before its comma.)
  const closes = body.charCodeAt(end) === 0x2c || BODY_THEN_COMMA.test(body.slice(end, end + 80));
  if (!closes && !/^[.;](?:\s|$)/.test(body.slice(end, end + 2))) return null;
  const lead = body.slice(Math.max(0, start - 80), start);
  const opening = closes ? OPENING_DESCRIPTION.exec(lead)?.[1] : undefined;
  // (A short one may be headed by a specialist's noun: "Its chief meteorologist, Jo Roe,".)
  // ("A person close to the finance minister, Jo Roe," names the minister, not the person.)
  const described = opening?.replace(CLOSE_TO, "");
  const openingRole =
    described && (asRole(described, false) ?? (shortDescription(described) ? asRole(described, true) : null));
  if (openingRole) return openingRole;
  // "Conservative MP for Harlow Bay, Jo Roe, said", "A Republican Assemblywoman, Jo Roe,": a title
  // in capitals, which no noun of person heads.
  const titled = closes ? TITLED_OPENING.exec(lead) : null;
  if (titled && TITLES.has(titled[2]!) && !FRONTED_OPENING.test(titled[1]!))
    return titled[1]!.replace(/^(?:The|An?) /, "");
  const inner = INNER_DESCRIPTION.exec(lead);
  if (inner) {
    if (!shortDescription(inner[1]!)) return null;
    if (FRONTED_OPENING.test(sentenceBefore(body, start - lead.length + inner.index))) return null;
    return asRole(inner[1]!, true);
  }
  // "In a statement, the group's president, Jo Roe, said": after a phrase fronted before the
  // subject and its comma.
  const afterFronted = AFTER_FRONTED_DESCRIPTION.exec(lead);
  if (!afterFronted || !shortDescription(afterFronted[2]!)) return null;
  const fronted = sentenceBefore(body, start - lead.length + afterFronted.index + afterFronted[1]!.length);
  return FRONTED_OPENING.test(fronted) ? asRole(afterFronted[2]!, true) : null;
}

/** Whether the words after a determiner are a short noun phrase, no clause or list: at most
 * four words, none a function word ("her uncle and her father", "remarks about his rival", "the
 * family views its star") and the first no time ("the year Acme's founder"). */
function shortDescription(description: string): boolean {
  const words = description.split(/\s+/).slice(1);
  return (
    words.length <= 4 && !TIME_NOUN.test(words[0] ?? "") && words.every((word) => !CLAUSE_WORDS.test(word))
  );
}

const TIME_NOUN = /^(?:year|years|day|days|week|weeks|month|months|time|night|morning|moment)$/;
const CLAUSE_WORDS =
  /^(?:and|or|but|about|against|with|while|when|as|after|before|for|to|from|by|into|over|than|that|which|who|the|a|an|his|her|its|their)$/;

/** The words of the sentence before offset `at`, as far as 120 characters back. */
function sentenceBefore(body: string, at: number): string {
  const text = body.slice(Math.max(0, at - 120), at);
  const stop = Math.max(
    text.lastIndexOf(". "),
    text.lastIndexOf("\n"),
    text.lastIndexOf("? "),
    text.lastIndexOf("! "),
  );
  return text.slice(stop + 1).trimStart();
}

/** The description as a role: a person's, not cut at an abbreviation's full stop, without its
 * article or possessive pronoun; or null. Set off after the name (`headed`), a description whose
 * head is a noun of person is one ("a biologist at Kessa University in Dunmore"); before it, where
 * a clause may end on such a noun ("The church shows a painting by his father, Jo Roe,"), only
 * what reads as a person's description as a whole. */
function asRole(description: string, headed: boolean): string | null {
  // (Up to a dash or a closing conjunction: "chief executive of Acme -- the maker of …".)
  const trimmed = description.replace(AFTER_DASH, "").replace(CLOSING_CONJUNCTION, "").trim();
  if (
    // (Set off after the name, a longer one: "a professor at the Kessa Institutes for Regional Studies".)
    trimmed.length > (headed ? 80 : 60) ||
    CUT_AT_ABBREVIATION.test(trimmed) ||
    NOT_A_DESCRIPTION.test(trimmed) ||
    namesMany(trimmed) ||
    trimmed
      .split(/\s+/)
      .some((word) => PAST_TENSES.has(word) || AUXILIARY.test(word) || SAYING_FORM.test(word)) ||
    !(nominalType(trimmed) === "person" || (headed && personNoun(headNoun(trimmed))))
  )
    return null;
  // ("a 45-year-old plumber": the age is no part of the role.)
  const role = trimmed.replace(LEADING_DETERMINER, "").replace(/^\d{1,3}-year-old\s+/, "");
  return role.length > 1 ? role : null;
}

/** Whether the description's head noun is a plural of people ("fans at the stadium", "Jo Roe's
 * children"): a group the name belongs to, not the person's role. */
function namesMany(description: string): boolean {
  const head = headNoun(description);
  if (/^(?:children|people|men|women)$/.test(head)) return true;
  return (
    /s$/.test(head) &&
    [head.slice(0, -1), head.replace(/es$/, ""), head.replace(/ies$/, "y")].some(
      (singular) => singular !== head && PERSON_NOUNS.has(singular),
    )
  );
}

/** The description's head noun, in lower case: the last word before its first "of", "at",
 * "since"… or its end ("biologist" of "a biologist at Kessa University"). */
function headNoun(description: string): string {
  return HEAD_NOUN.exec(description)?.[1]?.toLowerCase() ?? "";
}

/** A noun of person: a known one, one shaped like a specialist's ("biologist", "pianist"), or
 * a known one joined after a word ("dockworker", "schoolteacher"). */
function personNoun(word: string): boolean {
  return (
    PERSON_NOUNS.has(word) ||
    /^[\p{Ll}]{4,}ist$/u.test(word) ||
    /^[\p{Ll}]{2,}(?:worker|teacher|writer|keeper|smith|fighter|dresser)$/u.test(word)
  );
}

const HEAD_NOUN = /([\p{L}-]+)(?:\s+(?:of|at|for|from|in|on|with|to|since|until)\s|$)/u;

/** A second description joined by "and" ("a biologist at Kessa University and the study's lead
 * author"): the first is the role. */
const SECOND_DESCRIPTION = /\s+and\s+(?:the|a|an|its|his|her|their)\s[\s\S]*$/;

/** Words a description of a person does not open with: a conjunction, a preposition, a verb
 * ("And Kessa's attorney general, Jo Roe", ", as chairman of the committee", ", was mayor of …"). */
const NOT_A_DESCRIPTION =
  /^(?:and|but|or|so|yet|as|one|some|many|several|each|both|all|two|three|in|on|at|with|for|from|by|to|was|is|were|are|had|has|have|will|would|who|which|also|not|just|still|said|says)\s/i;

/** ", the chief executive of Acme," ", an analyst at Kessa Securities.", ", Acme's founder,". */
/** A verb of saying in the past or the present ("said", "confirmed", "says"): a clause, no role
 * ("The board said its chairman, "). */
const SAYING_FORM =
  /^(?:said|says|told|tells|confirmed|confirms|announced|announces|added|adds|revealed|reveals)$/;

/** " is a spokeswoman for Harlow Water.": "is" or "was", then a description closing the clause
 * (not one going on into an infinitive or a date: "the first president to refuse", "from 1981"). */
const COPULAR_DESCRIPTION =
  /^\s+(?:is|was)\s+((?:the|a|an)\s+(?![^,.;:!?"“”()\n]*?(?:\sto\s|\d))[^,.;:!?"“”()\n]{2,80}?)\s*(?:[.;!?]|,\s|$)/u;

const APPOSED_DESCRIPTION =
  /^,\s+(?:\d{1,3},\s+)?(?:now\s+)?((?:the|a|an|[\p{Lu}][\p{L}&.'’-]*(?:\s[\p{Lu}][\p{L}&'’-]*){0,3}['’]s)\s+(?:[^,.;:!?"“”()\n]|(?<=\b(?:Inc|Corp|Ltd|Co))\.(?=,)){2,100}?)\s*(?:(?<!\b(?:Inc|Corp|Ltd|Co))\.|[;!?]|,\s|$)/u;

/** An office of a body without an article: ", chief executive of Acme,", ", professor of law at
 * Kessa University." The words before "of" are at most three. */
const APPOSED_OFFICE =
  /^,\s+((?:[\p{Ll}][\p{L}-]*\s+){1,3}(?:of|at|for)\s+(?:[^,.;:!?"“”()\n]|(?<=\b(?:Inc|Corp|Ltd|Co))\.(?=,)){2,80}?)\s*(?:(?<!\b(?:Inc|Corp|Ltd|Co))\.|[;!?]|,\s|$)/u;

/** A description opening a sentence, or the words after a quote, before the name's comma:
 * "Acme's chief executive, ", "The union's leader, ", "Its chairman, ", `"…," the firm's chief, `. */
const OPENING_DESCRIPTION =
  /(?:^|\n|[.!?]["”’)]?\s+|,["”’]\s+)(?:(?:But|And|Yet|So|Even)\s+)?((?:[Tt]he|An?|an?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[^,;:.!?"“”()\n]{2,70}|[\p{Lu}][\p{L}&-]*(?:\s[\p{Lu}][\p{L}&-]*){0,3}['’]s\s+[^,;:.!?"“”()\n]{2,60}),\s$/u;

/** " of WKTV,", " from the Kessa Institute,": a body after a name, before the apposition's comma. */
const BODY_THEN_COMMA = /^\s+(?:of|from|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}&.'’-]*\s?){1,5},/u;

/** A description's words up to one that places someone near another ("close to", "familiar with"):
 * what follows is whom the name set off after it is. */
const CLOSE_TO = /^[\s\S]*?\s(?:close|closest|near|loyal|married)\s+to\s+|^[\s\S]*?\sfamiliar\s+with\s+/;

/** A title in capitals opening a sentence, with the words qualifying it and what it is of or for,
 * before the name's comma: "Conservative MP for Harlow Bay, ", "Deputy Mayor, ". Its last
 * capitalised word is the title. */
const TITLED_OPENING =
  /(?:^|\n|[.!?]["”’)]?\s+)(?:(?:But|And|Yet|So) )?((?:[\p{Lu}][\p{L}-]* ){0,3}([\p{Lu}][\p{L}-]*)(?: (?:for|of) [^,;:.!?"“”()\n]{2,50})?),\s$/u;

/** A description after a lower-case word inside a sentence, before the name's comma: "met her
 * rival, ", "said its chief executive, ", "according to Roe's lawyer, " (a possessor's whole name:
 * not "Diego's" of "California, San Diego's"). No comma inside it, so no list. */
const INNER_DESCRIPTION =
  /[\p{Ll}]\s+((?:the|his|her|its|their|(?<!(?:^|[^\p{L}])(?!(?:And|But|Or|Yet|So|As|Then)\s)[\p{Lu}][\p{L}.-]*\s)(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s)\s+[^,;:.!?"“”()\n]{2,60}),\s$/u;

/** A description after the comma closing a fronted phrase: "In a statement, the group's president, ". */
const AFTER_FRONTED_DESCRIPTION =
  /((?:^|\n|[.!?]["”’)]?\s+)[^,;:.!?"“”()\n]{2,60}),\s((?:the|his|her|its|their)\s+[^,;:.!?"“”()\n]{2,60}),\s$/u;

/** A sentence opening on a phrase fronted before its subject, with no comma yet ("After meeting
 * the mayor", "In his response"). */
const FRONTED_OPENING =
  /^["“]?(?:After|Before|When|While|Since|As|In|On|At|During|For|With|Without|Despite|Following|Like|Unlike|Under|Upon|Because|If|Although|Though|Once|Until|Unless|By|From|To|Asked|Speaking|(?!According)[A-Z][a-z]{2,}ing)\b[^,]*$/;

/** A relative clause closing a description: "a scientist who is not involved in the work". */
const RELATIVE_CLAUSE = /\s+(?:who|whom|whose|which|that)\s[\s\S]*$/;

/** A description that ends at an abbreviation's stop ("an aide to Sen.", "a diplomat from the U.S."). */
export const CUT_AT_ABBREVIATION = new RegExp(`\\b(?:${SHORT_TITLES}|Inc|Co|Corp|Ltd|No|[\\p{Lu}])$`, "u");

const TITLE_BEFORE = new RegExp(`,\\s((?:${HONOURS}|Cllr|Rev)\\.?\\s)$`);

const AFTER_DASH = /\s+(?:--|[-–—])\s[\s\S]*$/;
const CLOSING_CONJUNCTION = /\s+(?:and|or|but)$/;

/** A verb's helper, which makes words a clause ("The party has its leader"), no description. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does)$/;

const LEADING_DETERMINER = /^(?:the|a|an|its|his|her|their|our)\s+/i;
