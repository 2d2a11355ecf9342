// Segments of an attribution clause split at commas: the person named after the last comma right
// before the verb ("Or maybe Doe, consultant Jane Roe says"), and a name standing alone between
// commas after a described subject ("The senator, Jane Roe, said").
import { POSTNOMINALS, ROLE_NOUNS, TITLE_MODIFIERS, TITLES } from "../data/titles.ts";
import type { Mention } from "./actors.ts";
import { nominalType, PAST_TENSES, personByShape, withoutReducedRelative } from "./speaker-words.ts";

/** Words that may sit between a name and the end of the subject ("Smith Jr.", "Smith himself",
 * the auxiliary of "Smith has told"). */
export const NAME_TAIL =
  /^(?:\s+(?:Jr|Sr)\.?|\s+himself|\s+herself|\s+itself|\s+also|\s+later|\s+then|\s+again|\s+has|\s+had|\s+have)*(?:\s+(?:in|on|at|during|via|through|after|before|to|while|when|from|last|this|on)\s+(?:a|an|the|his|her|their|its|[\p{Lu}][\p{L}.]*|[\p{Ll}]+ing\b|reporters|Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:"“”]*)?\s*$/u;

/** "Or maybe Doe, digital consultant Jane Roe says": after a comma, a person named right before
 * the verb, with only a title or a role before the name in that segment, is the verb's subject;
 * the words before the comma are another clause. Not for "Doe, who met Roe" nor appositions. */
export function closingSubject(body: string, from: number, end: number, inRange: Mention[]): Mention | null {
  const last = inRange.at(-1);
  if (last?.actor.type !== "person" || !NAME_TAIL.test(body.slice(last.end, end))) return null;
  const before = body.slice(from, last.start);
  const comma = Math.max(before.lastIndexOf(", "), before.lastIndexOf("— "), before.lastIndexOf("– "));
  if (comma < 0) return null;
  const lead = before.slice(comma + 2).trim();
  if (!lead || /\b(?:who|which|whose|is|was|are|were|has|had|of|for|at|to|from|with|in|on|by)\b/i.test(lead))
    return null;
  const titled = lead
    .split(/\s+/)
    .every((w) => TITLES.has(w) || TITLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w) || /^[\p{Lu}]/u.test(w));
  return titled || nominalType(lead) === "person" ? last : null;
}

/** A comma-separated segment after the subject that is only a person's name (and title). */
/** What may close a name in apposition before its comma: letters after a person's name ("Jane
 * Roe MP"), a party in brackets or a body named after "of" ("His lawyer, Jane Roe of the Western
 * Law Center, said"). */
const APPOSED_NAME_CLOSE = new RegExp(
  `^(?:\\s+(?:${POSTNOMINALS}))?\\s*(?:\\([^()]{1,40}\\)|(?:of|from|at)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}&.'’-]*\\s*){1,6})?\\s*(?:,|$)`,
  "u",
);

export function appositionName(body: string, after: number, end: number, inRange: Mention[]): Mention | null {
  for (const m of inRange) {
    if (m.start < after || m.actor.type === "place") continue;
    // (A title before the name may hold "former": "former Colorado Rep. Jane Roe".)
    const lead = body
      .slice(after, m.start)
      .replace(/(?:(?:[\p{Lu}][\p{L}.]*|former|then|late)\s+){0,3}$/u, "");
    const tail = body.slice(m.end, end);
    // "Another co-author, engineering professor Jane Roe, said": a person's description may
    // stand before the name in its segment.
    // (An age may open it: "One of them, 78-year-old retired teacher Jane Roe, said".)
    const person = m.actor.type === "person";
    const described = /,\s*(?:\d{1,3}-year-old\s+)?((?:[\p{Ll}][\p{L}-]*\s+){1,6})$/u.exec(lead)?.[1]?.trim();
    const bare =
      /,\s*(?:and\s+)?(?:the\s+)?$/i.test(lead) ||
      (person && /,\s*\d{1,3}-year-old\s+$/.test(lead)) ||
      (person &&
        described !== undefined &&
        (nominalType(described.split(" ").at(-1)!) === "person" || personByShape(`a ${described}`))) ||
      // ("The club's main creditor, investment fund Norte Capital, said": a body's kind before it.)
      (m.actor.type === "org" &&
        described !== undefined &&
        nominalType(described.split(" ").at(-1)!) === "org");
    if (bare && APPOSED_NAME_CLOSE.test(tail)) return m;
  }
  return null;
}

/** "The senator emailed supporters", "His office issued a statement": a description followed by
 * its own verb is the description alone ("The senator", "His office"); the words from the first
 * past-tense verb (or has/have) after a noun that can speak are cut off, not a participle before
 * a preposition ("one Democrat briefed on the talks"), and so are adverbs and a day closing
 * it ("The campaign on Monday also"). */
export function describedHead(phrase: string): string {
  // "a Harbor Board official who spoke anonymously": a relative clause is no part of the head.
  const relative = /\s(?:who|whom|which)\s/.exec(phrase);
  if (relative && nominalType(phrase.slice(0, relative.index))) return phrase.slice(0, relative.index);
  // "Many residents the paper surveyed": a reduced relative clause ends the phrase; its verb is
  // not the subject's.
  if (withoutReducedRelative(phrase) !== phrase && nominalType(phrase)) return phrase;
  const words = phrase.split(" ");
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!(/^[\p{Ll}]+[^e]ed$/u.test(w) || PAST_TENSES.has(w) || w === "has" || w === "have")) continue;
    // ("the official based in", "named by": a participle; "began by" is a past tense all the same.)
    if (/^(?:in|with|on|at|by|for|from|of|about)$/.test(words[i + 1] ?? "") && !SIMPLE_PASTS.has(w)) continue;
    const head = words.slice(0, i).join(" ").replace(ADVERB_TAIL, "");
    if (nominalType(head)) return head;
  }
  return phrase.replace(ADVERB_TAIL, "");
}

/** Past tenses that are never participles. */
const SIMPLE_PASTS = new Set(
  "went took gave wrote spoke came became drew began chose knew saw ran threw".split(" "),
);

/** "Later the spokesman", "On Monday the mayor", "At about 5 p.m. his daughter": an adverb or a
 * phrase opening on a preposition fronted before a description, with no comma to mark it, is cut
 * off at the determiner that opens the description. That determiner is the first one whose phrase
 * holds no other determiner except after a preposition ("the mayor of the city", not "a
 * statement the ministry"). */
export function withoutFrontedPhrase(phrase: string): string {
  const words = phrase.split(" ");
  const first = words[0]!.toLowerCase();
  if (!FRONTED_ADVERBS.has(first) && !FRONTED_PREPOSITIONS.has(first)) return phrase;
  for (let i = 1; i < words.length; i++) {
    if (!DETERMINERS.has(words[i]!.toLowerCase())) continue;
    const rest = words.slice(i);
    const own = rest.every(
      (w, k) => k === 0 || !DETERMINERS.has(w.toLowerCase()) || HEAD_PREPOSITIONS.has(rest[k - 1]!),
    );
    // A lone adverb stands right before the description ("Later the spokesman"); a preposition
    // has its own object first ("On Monday the mayor", not "In the blog post").
    if (own && (FRONTED_PREPOSITIONS.has(first) ? i >= 2 : i === 1)) return rest.join(" ");
  }
  return phrase;
}

const DETERMINERS = new Set("the a an his her their its our one two three several some many".split(" "));
const HEAD_PREPOSITIONS = new Set("of for at to from with in on by".split(" "));
const FRONTED_PREPOSITIONS = new Set(
  "on in at during after before by around since following within".split(" "),
);
const FRONTED_ADVERBS = new Set(
  "later earlier then meanwhile afterwards afterward eventually finally separately yesterday today tonight subsequently initially even also now".split(
    " ",
  ),
);

/** Adverbs (and a day) closing a subject: "The campaign on Monday also". */
export const ADVERB_TAIL =
  /(?:\s+(?:also|recently|later|then|again|further|quickly|previously|once|now|often|always|frequently|sometimes|usually|regularly|routinely|immediately|specifically|explicitly|officially|publicly|privately|reportedly|repeatedly|initially|subsequently|separately|similarly|directly|formally|clearly|openly|briefly|simply|only|even|still|already|ultimately|finally|eventually|(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+$/;
