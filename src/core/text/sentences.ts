// Sentence splitting over the body, in one linear pass. Boundaries: line breaks, and [.!?…]
// (with closing quotes or brackets) followed by space and a capital, digit or opening quote;
// never after an abbreviation (Mr., Dr., U.S. before a name) or an initial (J. Smith).
import type { Sentence } from "../schemas.ts";
import { classOf, codePointAt, LETTER, NUMBER, UPPER } from "./char-class.ts";

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt cmdr adm maj gov sen rep rev hon pres supt insp det
brig cdr lic engr eng atty amb cpl pvt del no nos vs v etc inc ltd co corp bros dept est fig approx appt apt ave blvd rd jan feb mar apr jun jul
aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m e.g i.e al cf ca op vol pp univ assn`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that start a new sentence after "U.S." and similar dotted abbreviations.
const STARTERS = new Set(
  "The A An He She It They We I This That These Those There In On At But And However Its His Her Their Our".split(
    " ",
  ),
);

const CLOSERS = "\"'”’»)]›";
const OPENERS = "\"'“‘«([‹„";

/** The characters the splitter stops at; everything between them is skipped in one regex scan. */
const BREAK_CANDIDATE = /[\n.!?…]/g;

const isUpperStart = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

// Per-character tests by code unit and class table: a Unicode-property regex costs far more to
// compile and to run on one character, and these run at every full stop of every document.

/** Whether a UTF-16 code unit is white space, as the regex \s defines it. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `word` without the code points before its first letter: `word.replace(/^[^\p{L}]+/u, "")`. */
export function fromFirstLetter(word: string): string {
  let i = 0;
  while (i < word.length) {
    const cp = codePointAt(word, i);
    if ((classOf(cp) & LETTER) !== 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i === 0 ? word : word.slice(i);
}

/** One upper-case letter: `/^\p{Lu}$/u`. */
export function isInitial(word: string): boolean {
  const cp = codePointAt(word, 0);
  return word.length === (cp > 0xffff ? 2 : 1) && (classOf(cp) & UPPER) !== 0;
}

/** Letters each followed by a period, then a letter ("U.S", "U.K"): `/^(?:\p{L}\.)+\p{L}$/u`. */
export function isDotted(word: string): boolean {
  let i = 0;
  let pairs = 0;
  while (i < word.length) {
    const cp = codePointAt(word, i);
    if ((classOf(cp) & LETTER) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
    if (i === word.length) return pairs > 0;
    if (word.charCodeAt(i) !== 0x2e) return false;
    i++;
    pairs++;
  }
  return false;
}
const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

function wordBefore(text: string, at: number): string {
  // Bounded: an abbreviation is short, and a long run without spaces must not cost O(n) per dot.
  let i = at;
  const stop = Math.max(0, at - 24);
  while (i > stop && !isSpaceUnit(text.charCodeAt(i - 1)) && !OPENERS.includes(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (classOf(text.charCodeAt(i)) & (LETTER | NUMBER)) !== 0) i++;
  return text.slice(at, i);
}

/** True when a period at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  const bare = fromFirstLetter(word);
  if (bare === "") return false;
  const lower = bare.toLowerCase();
  // "No. 2" is a number; "shaking his head no." ends a sentence.
  if ((lower === "no" || lower === "nos") && !/^\d/.test(next)) return false;
  if (ABBREVIATIONS.has(lower)) return true;
  // An initial: one capital letter ("J. Smith").
  if (isInitial(bare)) return true;
  // Dotted abbreviations (U.S., U.K.): a boundary only before a clear sentence starter.
  if (isDotted(bare)) return !STARTERS.has(next);
  return false;
}

// A quote still open, then a few words closing it on "!", "?" or a comma and the sentence going on
// in lower case: `"Roe! Roe!," the senator said`.
const RUNNING_QUOTE_END = /^[^\n.!?"“”]{0,60}(?:[!?],?|,)["”]\s+[\p{Ll}]/u;

/** Whether the "!" or "?" at `at`, with the next word at `next`, sits inside a quote that goes on
 * with the sentence (`to shouts of "Roe! Roe!," the senator said`), looking back from `from`. */
function insideRunningQuote(body: string, from: number, at: number, next: number): boolean {
  const before = body.slice(from, at);
  let straight = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 0x22) straight++;
  const open = before.lastIndexOf("“") > before.lastIndexOf("”") || straight % 2 === 1;
  return open && RUNNING_QUOTE_END.test(body.slice(next, next + 80));
}

/** Splits the body into sentences with offsets; paragraphs are numbered from 0. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let blankSeen = false;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && isSpaceUnit(body.charCodeAt(a))) a++;
    while (b > a && isSpaceUnit(body.charCodeAt(b - 1))) b--;
    if (b > a) {
      out.push({ index: out.length, paragraph, start: a, end: b, text: body.slice(a, b) });
      return true;
    }
    return false;
  };
  const n = body.length;
  let i = 0;
  while (i < n) {
    // Only line breaks and sentence punctuation can end a sentence: jump to the next one.
    BREAK_CANDIDATE.lastIndex = i;
    const found = BREAK_CANDIDATE.exec(body);
    if (found === null) break;
    i = found.index;
    const ch = found[0];
    if (ch === "\n") {
      const pushed = push(start, i);
      // A blank line (or more) between text starts a new paragraph.
      let j = i + 1;
      let blank = false;
      while (j < n && (body[j] === "\n" || body[j] === " " || body[j] === "\t" || body[j] === "\r")) {
        if (body[j] === "\n") blank = true;
        j++;
      }
      if (pushed) blankSeen = true;
      if (blank && blankSeen && out.length > 0) {
        paragraph++;
        blankSeen = false;
      }
      start = j;
      i = j;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < n && (body[j] === "." || body[j] === "!" || body[j] === "?" || body[j] === "…")) j++;
      while (j < n && CLOSERS.includes(body[j]!)) j++;
      // `“I love it!”Former senator Jane Roe said`: a closing quotation mark with the next
      // sentence glued to it (a space lost in conversion) still ends the sentence.
      if (j < n && (body[j - 1] === "”" || body[j - 1] === '"') && isUpperStart(body[j]!)) {
        push(start, j);
        start = j;
        i = j;
        continue;
      }
      if (j < n && (body[j] === " " || body[j] === "\t" || body[j] === "\u00a0")) {
        let k = j;
        while (k < n && (body[k] === " " || body[k] === "\t" || body[k] === "\u00a0")) k++;
        const next = body[k];
        let isBoundary = false;
        if (next !== undefined && next !== "\n") {
          const after = OPENERS.includes(next) ? (body[k + 1] ?? "") : next;
          if (isUpperStart(after) || isDigit(after) || OPENERS.includes(next)) {
            isBoundary =
              !(ch === "." && j === i + 1 && isAbbreviation(body, i, wordAfter(body, k))) &&
              !(ch !== "." && j === i + 1 && insideRunningQuote(body, Math.max(start, i - 200), i, k));
          }
        }
        if (isBoundary) {
          push(start, j);
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
    }
  }
  push(start, n);
  return out;
}
