// Word tokens with offsets into the body, in one linear scan of code points (no backtracking).
import { classOf, codePointAt, codePointBefore, LETTER, MARK, NUMBER } from "./char-class.ts";

/** A word of the body: its text and offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A token is a dotted abbreviation (U.S., U.K., p.m.), else a word with inner apostrophes,
// hyphens or ampersands between letters or digits (AT&T, al-Assad, O'Brien), with marks inside
// and a plural possessive's apostrophe (Fishmongers'). The scan is the exact equivalent of
//   /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‘&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=\p{L}s)['’](?![\p{L}]))?/gu
// (test/core/word-scan.test.ts compares them), several times faster than the regex.
const WORD_PART = LETTER | NUMBER;
const WORD_BODY = LETTER | MARK | NUMBER;

/** Splits `text` (from offset `base` of the body) into word tokens. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if ((classOf(cp) & WORD_PART) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = tokenEnd(text, i);
    out.push({ text: text.slice(i, end), start: base + i, end: base + end });
    i = end;
  }
  return out;
}

/** The end of the token starting at `i` (a letter or digit). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  // A dotted abbreviation: two or more letters each followed by a period, as many as there are.
  let j = i;
  let pairs = 0;
  while (j < n) {
    const cp = codePointAt(text, j);
    const width = cp > 0xffff ? 2 : 1;
    if ((classOf(cp) & LETTER) === 0 || text.charCodeAt(j + width) !== 0x2e) break;
    j += width + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  // A word: letters, marks and digits, joined by single inner separators.
  j = bodyEnd(text, i + (codePointAt(text, i) > 0xffff ? 2 : 1));
  while (j + 1 < n && isSeparator(text.charCodeAt(j))) {
    const cp = codePointAt(text, j + 1);
    if ((classOf(cp) & WORD_PART) === 0) break;
    j = bodyEnd(text, j + 1 + (cp > 0xffff ? 2 : 1));
  }
  // A plural possessive: "s" after a letter, then an apostrophe not followed by a letter.
  const q = text.charCodeAt(j);
  if ((q === 0x27 || q === 0x2019) && text.charCodeAt(j - 1) === 0x73) {
    const beforeS = codePointBefore(text, j - 1);
    const after = j + 1 < n ? classOf(codePointAt(text, j + 1)) : 0;
    if (beforeS >= 0 && (classOf(beforeS) & LETTER) !== 0 && (after & LETTER) === 0) j++;
  }
  return j;
}

function bodyEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if ((classOf(cp) & WORD_BODY) === 0) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

// - ' ’ ‘ &
const isSeparator = (c: number): boolean =>
  c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x26;

const PARTICLE = /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu)-[\p{Lu}]/u;

/** True when the word starts with an upper-case letter (or a name particle: "al-Assad"). */
export const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Arabic and similar name particles: "al-Assad", "bin-Salman", "el-Sisi".
  if (c < 128) return word.includes("-") && PARTICLE.test(word);
  const ch = String.fromCodePoint(word.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** True for ALL-CAPS words of two or more letters (acronyms: NATO, CSIS, U.S.). */
export const isAcronym = (word: string): boolean => {
  // Most words start in lower case: no acronym, without walking the word.
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  let letters = 0;
  for (const ch of word) {
    if (ch === "." || ch === "&" || ch === "-") continue;
    if (ch >= "0" && ch <= "9") continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
};
