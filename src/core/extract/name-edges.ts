// The edges of a candidate name: whether its first word opens a sentence or a clause (where any
// word is capitalised), a known name opening a sentence, labels of photo captions and the pronoun
// I glued to its end, web domains and lower-case prefixes glued to it.

import { PLACE_WORDS } from "../data/organisations.ts";
import type { Token } from "../text/tokens.ts";
import { lookup, MAX_ENTRY_WORDS } from "./gazetteer.ts";
import { joined } from "./name-roles.ts";

/** "pro-Beijing", "anti-EU": a lower-case prefix before a name. */
export const PREFIXED = /^(pro|anti|non|ex|post|pre|mid|neo)-(?=[\p{Lu}])/u;

/** Where a web domain glued to `token` by a dot ends ("Znak" "." "com", "News" "." "com" "." "au"):
 * two to six lower-case letters, maybe a country's two after another dot, then no letter or
 * dot-and-letter; -1 when `next` opens none. */
export function domainEndAfter(body: string, token: Token, next: Token): number {
  if (next.start !== token.end + 1 || body.charCodeAt(token.end) !== 0x2e) return -1;
  if (!/^[a-z]{2,6}$/.test(next.text)) return -1;
  const end = /^\.[a-z]{2}(?![\p{L}]|\.[\p{L}])/u.test(body.slice(next.end, next.end + 5))
    ? next.end + 3
    : next.end;
  const after = body.charCodeAt(end);
  return (after >= 0x61 && after <= 0x7a) || (after === 0x2e && /[a-z]/.test(body.charAt(end + 1)))
    ? -1
    : end;
}

/** "New Delhi", "New Jersey Governor X" opening a sentence: a known name of two or more words
 * starts the run, so its common first word is part of it; so does one in capitals ("NEW DELHI —"
 * in a dateline). */
export function opensKnownName(t: Token[]): boolean {
  if (t.length < 2 || t[0]!.text === "The") return false;
  const shouted = /^[\p{Lu}]{2,}$/u.test(t[0]!.text);
  for (let n = Math.min(MAX_ENTRY_WORDS, t.length); n >= 2; n--) {
    const name = joined(t.slice(0, n));
    if (lookup(name) || (shouted && lookup(titleCased(name)))) return true;
  }
  return false;
}

/** Whether the run's first two words stand elsewhere in the body after a lower-case word, inside a
 * sentence ("over the All Blacks"): there the first is a word of the name, not capitalised by its
 * place ("All Blacks coach Jo Roe said" opening a sentence keeps "All"). */
export function namedMidSentence(body: string, t: Token[]): boolean {
  if (t.length < 2) return false;
  const pair = `${t[0]!.text} ${t[1]!.text}`;
  for (let at = body.indexOf(pair); at >= 0; at = body.indexOf(pair, at + pair.length)) {
    if (at !== t[0]!.start && /[\p{Ll}] $/u.test(body.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

/** "Gary Roe Image: Jane Doe.": a photo caption's label after the name it captions is no part of
 * it. */
export function withoutCaptionLabel(body: string, t: Token[]): Token[] {
  if (t.length < 2) return t;
  const last = t[t.length - 1]!;
  // "Michael Roe I am a professor", "Sometimes I think": the pronoun I after a name or a word.
  if (last.text === "I" && PRONOUN_VERB.test(body.slice(last.end, last.end + 12))) return t.slice(0, -1);
  if (body.charCodeAt(last.end) !== 0x3a) return t;
  if (CAPTION_LABELS.has(last.text)) return t.slice(0, -1);
  // "Jo RoeImage: …": the label glued to the name, the line break between them lost.
  const glued = GLUED_LABEL.exec(last.text);
  if (!glued) return t;
  const cut = glued[1]!.length;
  return [...t.slice(0, -1), { text: last.text.slice(0, cut), start: last.start, end: last.start + cut }];
}

/** A lower-case word after "I" that a pronoun takes ("I am", "I still") and a regnal number does not
 * ("Elizabeth I was", "World War I and"). */
const PRONOUN_VERB =
  /^\s(?:['’]m|['’]ve|(?!(?:was|had|and|or|of|in|on|at|to|for|by|with|from|who|which|is|were|as|after|before|until|ended|began)\b)[\p{Ll}])/u;

const GLUED_LABEL = /^([\p{Lu}][\p{L}'’-]*[\p{Ll}])(?:Image|Images|Photo|Picture|Video)$/u;

const CAPTION_LABELS: ReadonlySet<string> = new Set([
  "Image",
  "Images",
  "Photo",
  "Photos",
  "Picture",
  "Credit",
  "Caption",
  "Video",
]);

/** Whether the word at `at` opens its sentence or a clause whose first word is capitalised
 * whatever it is: after a line's speaker label ("((WN)) : Why …", "Q: What …"), a colon, an
 * opening quotation mark (`said, "It follows …`) or a line break. Only spaces, quotation marks
 * and opening brackets may stand between; the look-back is bounded. */
export function clauseInitial(body: string, sentenceStart: number, at: number): boolean {
  const floor = Math.max(sentenceStart, at - 12);
  let i = at;
  let quoted = false;
  while (i > floor) {
    const c = body.charCodeAt(i - 1);
    if (c === 0x201c || c === 0xab || c === 0x2018) quoted = true;
    // A straight mark opens a quotation where a space, a bracket or the line's start precedes it
    // (`"A," Roe said` has a closing one before "Roe").
    else if (c === 0x22 || c === 0x27) {
      const b = i >= 2 ? body.charCodeAt(i - 2) : 0x0a;
      if (b !== 0x20 && b !== 0x0a && b !== 0x28 && b !== 0x5b && b !== 0x3a && b !== 0xa0) break;
      quoted = true;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x28 && c !== 0x5b && c !== 0xa0) break;
    i--;
  }
  if (i <= sentenceStart) return true;
  if (quoted) return true;
  const c = body.charCodeAt(i - 1);
  // ":" of a label or a list; "))" or "]" closing an interview's speaker label; a line break.
  if (c === 0x3a || c === 0x0a) return true;
  // "NAIROBI, Kenya — Shares of …", "SAN JOSE, Calif. (Reuters) - Shares of …": a dateline's dash.
  if ((c === 0x2d || c === 0x2013 || c === 0x2014) && datelineBefore(body, i - 1)) return true;
  return (c === 0x29 && body.charCodeAt(i - 2) === 0x29) || (c === 0x5d && isLabelBracket(body, i - 1));
}

/** A dateline opening a paragraph, up to the first word after its dash ("LONDON (Reuters) - ",
 * "SAN JOSE, Calif., March 5 (AFP) - "), or its agency and dash alone where the place ended a
 * sentence of its own ("TAMPA, Fla." then "(AP) — "), or a live report's time ("23:40 - ",
 * "8:30 p.m. ET — "). */
export const DATELINE_OPENING =
  /^\s*(?:[\p{Lu}][\p{Lu}. ,'’-]{1,40}(?:,\s+(?:[\p{Lu}][\p{L}.]*(?:\s(?:[\p{Lu}][\p{L}.]*|\d{1,2}))?|\d{1,2}\s[\p{Lu}][\p{L}.]*)){0,2}\s*(?:\([^()]{2,40}\))?|\([\p{L}. ]{2,12}\)|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s*[-—–]{1,2}\s+/u;

/** Whether a short run of words in capitals opens its line as a dateline's place does: before a
 * comma and a state or a date, or an agency in brackets, or before a dash when it is a known
 * place's name ("NEW YORK -"; not a heading in capitals, "MARKETS SLIDE - …"). */
export function opensDateline(body: string, t: Token[]): boolean {
  const start = t[0]!.start;
  if (t.length > 4 || (start > 0 && !/\n[ \t]*$/.test(body.slice(Math.max(0, start - 8), start))))
    return false;
  const after = body.slice(t[t.length - 1]!.end, t[t.length - 1]!.end + 5);
  // (A state, a country or a date after the comma is written in title case: "KESSA CITY, Dec 3 -",
  // not "KANSAS TURNOUT UP, COUNT SLOW -".)
  if (/^(?:,\s[\p{Lu}][\p{Ll}.]|\s*\()/u.test(after)) return true;
  // ("NEW DELHI: …": a colon after a known place, as papers in South Asia write it.)
  if (/^:\s/.test(after)) return lookup(titleCased(joined(t)))?.type === "place";
  if (!/^\s*(?:—|–|--|-)\s/.test(after)) return false;
  const town = titleCased(joined(t));
  return lookup(town)?.type === "place" || placeShaped(town);
}

/** "Calder Falls", "San Aldaro", "Port Ellis": two or more words closed by a place's word or opened
 * by a word that opens places' names, as a dateline's town no list knows. */
export function placeShaped(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && (PLACE_WORDS.has(words.at(-1)!) || PLACE_OPENING.test(words[0]!));
}

/** Words that open a place's name of two or more words. */
const PLACE_OPENING =
  /^(?:San|Santa|Santo|São|Los|Las|Puerto|Port|Fort|Mount|Lake|Saint|North|South|East|West|New)$/;

/** "NEW YORK" -> "New York". */
const titleCased = (words: string): string =>
  words.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** Whether the line before the dash at `dash` is a dateline: a place in capitals opening the line. */
function datelineBefore(body: string, dash: number): boolean {
  const lineStart = body.lastIndexOf("\n", dash) + 1;
  return (
    dash - lineStart <= 60 && /^[\p{Lu}]{2,}[\p{Lu} .'-]*(?:,|\s\(|\s*$)/u.test(body.slice(lineStart, dash))
  );
}

/** Whether the "]" at `close` ends a short bracketed label opening its line ("[Q]", "[WN]"). */
function isLabelBracket(body: string, close: number): boolean {
  for (let open = close - 1; open >= 0 && open >= close - 24; open--) {
    const c = body.charCodeAt(open);
    if (c === 0x5b) return open === 0 || body.charCodeAt(open - 1) === 0x0a;
    if (c === 0x0a || c === 0x5d) return false;
  }
  return false;
}
