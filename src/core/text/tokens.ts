// Word tokens with offsets into the body. One linear regex pass; no backtracking-prone patterns
// (each alternative consumes at least one character and the quantified groups cannot overlap).

/** A word of the body: its text and offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Dotted abbreviations (U.S., U.K., p.m.) first, then words with inner apostrophes, hyphens,
// periods between letters or ampersands (AT&T, al-Assad, O'Brien, Fishmongers').
const WORD =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‘&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=\p{L}s)['’](?![\p{L}]))?/gu;

/** Splits `text` (from offset `base` of the body) into word tokens. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

const PARTICLE = /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu)-\p{Lu}/u;

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
  let letters = 0;
  for (const ch of word) {
    if (ch === "." || ch === "&" || ch === "-") continue;
    if (ch >= "0" && ch <= "9") continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
};
