// Context tests for single-word names: whether a word speaks (a verb of saying beside it) and
// whether a capital stands for its state ("Beijing said") rather than the city ("in Beijing").
import { LOCATIVE, ORG_APPOSITION, STORM_WORDS } from "../data/actor-words.ts";
import { COMMON_WORDS } from "../data/common-words.ts";
import { REPORTING_VERBS } from "../data/reporting-verbs.ts";
import { LOWER, opensWith } from "../text/char-class.ts";
import type { NameSpan } from "./name-spans.ts";

/** A verb of saying right after the word ("Jordan said", "French, 57, told") or right before it
 * ("said French"). */
export function speaksAround(span: NameSpan, body: string): boolean {
  return speaksBeside(
    body.slice(Math.max(0, span.start - 20), span.start),
    body.slice(span.end, span.end + 60),
  );
}

/** A verb of saying at the start of `next` or at the end of `prev`, the text after and before a
 * name. */
export function speaksBeside(prev: string, next: string): boolean {
  // ("Roe also complained", "Roe has repeatedly said": an auxiliary or adverb may come between.)
  const after =
    /^\s*(?:,[^,]{0,40},\s*)?(?:(?:also|has|had|have|was|is|will|would|then|later|again|[\p{Ll}]+ly)\s+){0,2}([\p{Ll}]+)/u.exec(
      next,
    );
  if (after && REPORTING_VERBS.has(after[1]!)) return true;
  const before = /([\p{Ll}]+)\s+$/u.exec(prev.slice(-20));
  return before !== null && REPORTING_VERBS.has(before[1]!);
}

/** "Beijing said", "Beijing has warned", "Beijing's policy": a capital acting as its state; not
 * after "in"/"at"/"to", nor "Washington, D.C.". */
export function standsForState(span: NameSpan, body: string): boolean {
  if (LOCATIVE.has(span.before)) return false;
  const next = body.slice(span.end, span.end + 40);
  if (/^,?\s*D\.?C\b/.test(next)) return false;
  if (/^['’]s\s/.test(next)) return true;
  const verb = /^\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|also\s+)?([\p{Ll}]+)/u.exec(next);
  return verb !== null && REPORTING_VERBS.has(verb[1]!);
}

/** "Roscosmos, the Russian space agency, said", "Nike, an athletic equipment company.": an
 * apposition right after the name whose head noun names a kind of organisation. `next` is the
 * text after the name. */
export function orgApposition(next: string): boolean {
  if (next.charCodeAt(0) !== 0x2c) return false;
  const m = APPOSITION.exec(next);
  if (m !== null && ORG_APPOSITION.has(m[1]!)) return true;
  // ("Zantor, the smartphone maker,": a maker of things, not of films or of policy.)
  if (m?.[1] === "maker" && !PERSON_MAKER.test(next.slice(0, m.index + m[0].length))) return true;
  // ("Medlink, one of the country's largest testing companies,": one of a plural kind of body.)
  const plural = ONE_OF_APPOSITION.exec(next)?.[1];
  return plural !== undefined && ORG_APPOSITION.has(plural.replace(/ies$/, "y").replace(/s$/, ""));
}

// The head noun comes before any preposition: "the chairwoman of the party" is no party. A
// possessor may stand for the article: "IG Metall, Germany's largest union,".
const ONE_OF_APPOSITION =
  /^,\s+one\s+of\s+(?:the|its|their|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s)\s+(?:(?!(?:of|for|at|in|on|to|with|from|by)\s)[\p{L}’'-]+\s+){0,4}?([\p{Ll}-]+s)\s*[,.;)]/u;
// (The head may go on with where or by whom the body is based or run, or what it does: "Voltline,
// a manufacturer based in Kessford,", "a charity run by volunteers", "a firm specialising in AIS".)
const APPOSITION =
  /^,\s+(?:the|a|an|its|their|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s)\s+(?:(?!(?:of|for|at|in|on|to|with|from|by)\s)[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+)(?:\s*[,.;)]|\s+(?:based|headquartered|founded|owned|run|which|that|specialising|specializing|working|providing|making|selling|representing)\b)/u;

/** A lower-case article right before a name ("the Olympiad", "a Newsweek essay"). */
// (Also "The" opening a sentence: "The Greens said" is "the Greens said", and no one is "The Roe".)
export const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|an|a|The)\s$/u;
/** Whether the phrase ends at `end`: punctuation, or a function word or verb form next. */
export function headsPhrase(body: string, end: number): boolean {
  const next = /^\s*([\p{Ll}]+|[^\s\p{L}])/u.exec(body.slice(end, end + 24));
  if (!next) return true;
  const word = next[1]!;
  return !opensWith(word, LOWER) || COMMON_WORDS.has(word) || REPORTING_VERBS.has(word);
}

/** "a Woolworths spokesperson": a body's spokesperson after the name. */
export const SPOKESPERSON_AFTER = /^\s(?:spokes(?:person|man|woman|people)|press office)\b/;
/** "Greens housing spokesman Jo Roe": a body's spokesperson for one field, then the name (not
 * "Roe campaign spokesman", a person's campaign's). */
export const FIELD_SPOKESPERSON_AFTER =
  /^\s(?!(?:campaign|administration|transition|family|team|camp|office|legal)\s)[\p{Ll}]+\sspokes(?:person|man|woman)\s[\p{Lu}]/u;

/** The names the text gives storms ("Hurricane Dorian", "Tropical Storm Humberto"): one scan. */
export function stormNames(body: string): Set<string> {
  const names = new Set<string>();
  // Most bodies name no storm: a plain search for each word is far cheaper than the pattern.
  if (!STORM_LIST.some((word) => body.includes(word))) return names;
  for (const m of body.matchAll(STORM_NAME)) names.add(m[1]!);
  return names;
}

const STORM_LIST = [...STORM_WORDS];
const STORM_NAME = new RegExp(`\\b(?:${[...STORM_WORDS].join("|")})\\s+([\\p{Lu}][\\p{Ll}]+)\\b`, "gu");

/** Makers who are people ("the film maker ", "a policy maker "). */
export const PERSON_MAKER =
  /\b(?:film|movie|documentary|music|policy|decision|law|peace|trouble|match|king|rule|play)\s+maker\b/i;
