// Word tests for speaker resolution: the gender a name or a description shows, and whether a
// description names a person or a body at all ("a campaign aide" does, "the plan" does not).
import { withoutAccents } from "../data/first-names.ts";
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS } from "../data/given-name-gender.ts";
import { SAYING_VERBS } from "../data/reporting-verbs.ts";
import { BODY_NOUNS, DOCUMENT_NOUNS, PERSON_NOUNS } from "../data/speaker-nouns.ts";
import type { ActorType } from "../schemas.ts";
import type { ActorRecord } from "./actors.ts";
import { lookup } from "./gazetteer.ts";

/** The grammatical gender "he" and "she" point to. */
export type Gender = "f" | "m";

/** The gender of a person actor from its titles and given name, or null when unknown. */
export function genderOf(actor: ActorRecord): Gender | null {
  if (actor.type !== "person") return null;
  // "spokesman", "chairman" are written of women too ("spokesman Hope Roe … she said"): they say
  // less than a given name does; "Mr.", "king", "spokeswoman" say more.
  let generic: Gender | null = null;
  for (const role of actor.roles) {
    const r = role.toLowerCase();
    if (FEMALE_WORDS.has(r)) return "f";
    if (MALE_WORDS.has(r)) {
      if (!r.endsWith("man")) return "m";
      generic = "m";
    }
  }
  return givenNameGender(actor.name) ?? generic;
}

/** The gender a courtesy title right before `at` gives ("Mr. Roe", "Mrs Roe", "Ms. Roe"), or null. */
export function courtesyBefore(body: string, at: number): Gender | null {
  const title = COURTESY_BEFORE.exec(body.slice(Math.max(0, at - 6), at))?.[1];
  return title === undefined ? null : title === "Mr" ? "m" : "f";
}
const COURTESY_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

/** The gender of the first known given name before the surname ("Democrat Hillary Roe" ->
 * Hillary), or null. The last word of a longer name is the surname, whatever it is ("Henry" for
 * Mary Kay Henry); a person the text names by one word only may be named by the given name. */
function givenNameGender(name: string): Gender | null {
  // ("Rosnah binti Ahmad", "Amir bin Said": "daughter of", "son of" a father named after it.)
  if (name.includes(" binti ")) return "f";
  if (name.includes(" bin ")) return "m";
  const words = name.split(/\s+/);
  for (const word of words.length === 1 ? words : words.slice(0, -1)) {
    const plain = withoutAccents(word);
    if (FEMALE_NAMES.has(plain)) return "f";
    if (MALE_NAMES.has(plain)) return "m";
  }
  return null;
}

/** The gender a description shows ("the woman", "a spokeswoman"), or null. */
export function nominalGender(description: string): Gender | null {
  for (const word of description.toLowerCase().split(/[\s'’]+/)) {
    if (FEMALE_WORDS.has(word)) return "f";
    if (MALE_WORDS.has(word)) return "m";
  }
  return null;
}

/** Whether a description can speak: a person ("the official") or a body ("the ministry"), by the
 * last noun it holds before any "of"/"for" phrase; null for anything else ("the plan"). */
export function nominalType(description: string): ActorType | null {
  // "the protesters Wikinews interviewed", "the officials we spoke to": a relative clause without
  // "who" or "that" after the head noun is no part of the head.
  const described = withoutReducedRelative(description);
  // "One of the children", "some of his aides": the part is of the kind the group is. "One of
  // them" speaking is one of some people named before: a person.
  if (
    /^(?:one|some|many|most|several|each|both|all|either|neither|none|two|three)\s+of\s+(?:them|us)$/i.test(
      described,
    )
  )
    return "person";
  const group = PART_OF.exec(described)?.[1] ?? described;
  // The head ends where its modifiers start: "an official involved in the talks", "a source
  // briefed on them", "an aide working on the campaign", "a source speaking to Acme News", "an
  // official quoted by the paper".
  const head = group.split(
    /\s+(?:of|for|at|to|from|with|in|inside|on|near|by|who|close|familiar|involved|briefed|knowledgeable|working|based|speaking|talking|writing|commenting|quoted|cited|contacted|reached)\s+/i,
  )[0]!;
  const words = head.toLowerCase().split(/[\s'’]+/);
  // The head noun ends the phrase: "a senior campaign aide", not "the comments called her party".
  // ("co-chairs", "vice-president": the noun after a prefix's hyphen heads it.)
  const last = (words[words.length - 1] ?? "").replace(/^(?:co|vice|ex|deputy|joint)-/, "");
  if (words.length > 8) return null;
  // A plural of a noun of person ("victims", "researchers") is people too.
  if (PERSON_NOUNS.has(last) || (last.endsWith("s") && PERSON_NOUNS.has(last.slice(0, -1)))) return "person";
  if (BODY_NOUNS.has(last) || (last.endsWith("s") && BODY_NOUNS.has(last.slice(0, -1)))) return "org";
  // So is one in "-ies" of a body ("authorities", "agencies"), not of a document, whose "-ies"
  // is as often a verb ("Roe studies").
  const body = last.endsWith("ies") ? `${last.slice(0, -3)}y` : "";
  return BODY_NOUNS.has(body) && !DOCUMENT_NOUNS.has(body) ? "org" : null;
}

/** The phrase without a reduced relative clause closing it ("the officials we spoke to" -> "the
 * officials"), or the phrase itself. */
export function withoutReducedRelative(phrase: string): string {
  return REDUCED_RELATIVE.exec(phrase)?.[1] ?? phrase;
}

/** A noun phrase, then a reduced relative clause: its own subject (a pronoun, "the" and a noun,
 * or a name) and a past-tense verb ending the phrase ("… Wikinews interviewed", "… we spoke to"). */
const REDUCED_RELATIVE =
  /^(.*?[\p{Ll}])\s+(?:we|I|they|he|she|you|(?:the|a|an|our|this)\s+[\p{Ll}]+|(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})\s+(?:[\p{Ll}]+ed|spoke|met|saw|reached)(?:\s+(?:to|with))?$/u;

// ("one of three neighbours", "hundreds of striking workers": a count may stand for the determiner.)
const PART_OF =
  /^(?:(?:one|some|many|most|several|two|three|four|five|all|none|each|both|either|neither|a few)\s+of\s+(?:the|his|her|their|its|our|these|those|two|three|four|five|six|seven|eight|nine|ten|several|\d+)|(?:hundreds|thousands|dozens|scores|tens of thousands)\s+of)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/iu;

// Nouns in "-er"/"-or" that name a thing, which may "say" something but is no one (and "the
// latter", "the former", which point back to a name and are none themselves).
const THING_NOUNS = new Set(
  "latter former paper papers letter letters order orders poster posters flyer flyers banner banners newsletter chapter folder trailer sticker marker cover border center centre number numbers headline counter meter monitor sector factor error mirror motor filter".split(
    " ",
  ),
);

/** Whether the description that is the subject of a verb of saying names a person by the shape
 * of its head noun when no list knows it: "the 46-year-old", "the designer", "the historian",
 * "the Texan". `description` opens on a determiner. */
export function personByShape(description: string): boolean {
  // (The head noun comes before any phrase that qualifies it: "a buyer for a Kessford roaster".)
  const phrase = description.split(/\s+(?:for|at|with|from)\s+/)[0]!;
  const head = /^(?:the|a|an|one)\s+(?:[\p{L}\p{N}-]+\s+){0,3}([\p{L}\p{N}-]+)$/iu.exec(phrase)?.[1];
  if (!head) return false;
  // "the Saudis", "the Chinese": a people named by its demonym.
  if (
    /^the\s/i.test(description) &&
    /^[\p{Lu}]/u.test(head) &&
    lookup(head)?.form === "demonym" &&
    /(?:s|ese)$/.test(head)
  )
    return true;
  if (/^[\p{Lu}][\p{Ll}]+an$/u.test(head)) return true;
  const word = head.toLowerCase();
  if (THING_NOUNS.has(word) || word.length < 5) return false;
  // ("the postman", "a fisherwoman": nouns of occupation in "-man" too, not "human".)
  return (
    (/-year-olds?$|(?:ist|ian|er|or|surgeon)s?$/.test(word) && !/(?:list|twist)s?$/.test(word)) ||
    /[^u]m[ae]n$/.test(word)
  );
}

/** Irregular past tenses of verbs that open a clause before a quote ("Roe threw her support"). */
export const PAST_TENSES: ReadonlySet<string> = new Set(
  "threw went made took gave told wrote spoke hit led met sent came became got held won lost left ran put set kept brought sought struck stood drew began found chose fought knew saw taken given written spoken shown cut broke caught dealt fell felt fled flew grew laid meant paid rose shot shook sold spent stole stuck swore swept taught tore wore withdrew built bought heard drove hid overtook undercut upheld".split(
    " ",
  ),
);

/** Whether the text holds a verb of saying ("She added that she thinks …"). */
export function hasSayingVerb(text: string): boolean {
  for (const word of text.split(/[^\p{L}]+/u)) if (SAYING_VERBS.has(word)) return true;
  return false;
}
