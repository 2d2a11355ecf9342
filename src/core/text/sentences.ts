// Sentence splitting over the body, in one linear pass. Boundaries: line breaks, and [.!?…]
// (with closing quotes or brackets) followed by space and a capital, digit or opening quote;
// never after an abbreviation (Mr., Dr., U.S. before a name) or an initial (J. Smith).
import type { Sentence } from "../schemas.ts";

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt cmdr adm maj gov sen rep rev hon pres supt insp det
cpl pvt no nos vs v etc inc ltd co corp bros dept est fig approx appt apt ave blvd rd jan feb mar apr jun jul
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
const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

function wordBefore(text: string, at: number): string {
  // Bounded: an abbreviation is short, and a long run without spaces must not cost O(n) per dot.
  let i = at;
  const stop = Math.max(0, at - 24);
  while (i > stop && !/\s/.test(text[i - 1]!) && !OPENERS.includes(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && /[\p{L}\p{N}]/u.test(text[i]!)) i++;
  return text.slice(at, i);
}

/** True when a period at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^[^\p{L}]+/u, "");
  if (bare === "") return false;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // An initial: one capital letter ("J. Smith").
  if (/^[\p{Lu}]$/u.test(bare)) return true;
  // Dotted abbreviations (U.S., U.K.): a boundary only before a clear sentence starter.
  if (/^(?:[\p{L}]\.)+[\p{L}]$/u.test(bare)) return !STARTERS.has(next);
  return false;
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
    while (a < b && /\s/.test(body[a]!)) a++;
    while (b > a && /\s/.test(body[b - 1]!)) b--;
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
      if (j < n && (body[j] === " " || body[j] === "\t" || body[j] === "\u00a0")) {
        let k = j;
        while (k < n && (body[k] === " " || body[k] === "\t" || body[k] === "\u00a0")) k++;
        const next = body[k];
        let isBoundary = false;
        if (next !== undefined && next !== "\n") {
          const after = OPENERS.includes(next) ? (body[k + 1] ?? "") : next;
          if (isUpperStart(after) || isDigit(after) || OPENERS.includes(next)) {
            isBoundary = !(ch === "." && j === i + 1 && isAbbreviation(body, i, wordAfter(body, k)));
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
