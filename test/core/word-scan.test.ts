// The hand scans of the body (tokens, lower-case words, capitalised pairs, runs of letters and
// digits) against the regular expressions they replace: the same matches on random text built
// from the characters where the two could part (cases, marks, title-case letters, letters and
// digits outside the BMP, lone surrogates, apostrophes, hyphens, periods).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_WORDS } from "../../src/core/data/common-words.ts";
import { sentenceWords } from "../../src/core/extract/key-points.ts";
import {
  classOf,
  holds,
  LETTER,
  LOWER,
  MARK,
  NUMBER,
  opensWith,
  UPPER,
} from "../../src/core/text/char-class.ts";
import { fromFirstLetter, isDotted, isInitial, isSpaceUnit } from "../../src/core/text/sentences.ts";
import { tokenize } from "../../src/core/text/tokens.ts";
import {
  countLetterNumberRuns,
  forEachCapitalisedPair,
  letterNumberRuns,
  lowerCaseWords,
} from "../../src/core/text/word-scan.ts";

// The definitions the scans must keep.
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‘&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=\p{L}s)['’](?![\p{L}]))?/gu;
const LOWER_WORD = /(?<![\p{L}@#])\p{Ll}[\p{L}'’-]*/gu;
const PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const RUN = /[\p{L}\p{N}]+/gu;

const PIECES = [
  "a",
  "s",
  "b",
  "A",
  "B",
  "Ann",
  "Roe",
  "de",
  "7",
  "٣",
  " ",
  " ",
  "  ",
  "\n",
  "\u00a0",
  ".",
  ",",
  "'",
  "’",
  "‘",
  "-",
  "&",
  "@",
  "#",
  "é",
  "É",
  "e\u0301",
  "\u0301",
  "İ",
  "Σ",
  "ς",
  "ǅ",
  "Ⅻ",
  "ⅰ",
  "中",
  "\u{1D400}",
  "\u{1D41A}",
  "\u{10400}",
  "\u{1F600}",
  "\uD800",
  "\uDC00",
  "U.S.",
  "p.m.",
  "The",
  "ROE",
  "“",
  "—",
  "Ⓐ",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
const RUNS = { numRuns: 3000 };

describe("word scans agree with the regexes they replace", () => {
  it("tokenize", () => {
    fc.assert(
      fc.property(text, fc.nat(50), (s, base) => {
        const expected = [...s.matchAll(TOKEN)].map((m) => ({
          text: m[0],
          start: base + m.index,
          end: base + m.index + m[0].length,
        }));
        expect(tokenize(s, base)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("lowerCaseWords", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(lowerCaseWords(s)).toEqual(new Set([...s.matchAll(LOWER_WORD)].map((m) => m[0])));
      }),
      RUNS,
    );
  });

  it("forEachCapitalisedPair", () => {
    fc.assert(
      fc.property(text, (s) => {
        const pairs: string[][] = [];
        forEachCapitalisedPair(s, (a, b) => pairs.push([a, b]));
        expect(pairs).toEqual([...s.matchAll(PAIR)].map((m) => [m[1], m[2]]));
      }),
      RUNS,
    );
  });

  it("letterNumberRuns and countLetterNumberRuns", () => {
    fc.assert(
      fc.property(text, (s) => {
        const expected = s.match(RUN) ?? [];
        expect(letterNumberRuns(s)).toEqual(expected);
        expect(countLetterNumberRuns(s)).toBe(expected.length);
      }),
      RUNS,
    );
  });

  it("sentenceWords (key points): one scan, as lower-casing the text and then cutting it into runs", () => {
    fc.assert(
      fc.property(text, (s) => {
        const runs = s.toLowerCase().match(RUN) ?? [];
        const expected = new Set(runs.filter((w) => w.length > 2 && !COMMON_WORDS.has(w)));
        const got = sentenceWords(s);
        expect([...got.bag]).toEqual([...expected]);
        expect(got.words).toBe((s.match(RUN) ?? []).length);
      }),
      RUNS,
    );
  });

  it("the sentence splitter's word tests", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fromFirstLetter(s)).toBe(s.replace(/^[^\p{L}]+/u, ""));
        expect(isInitial(s)).toBe(/^\p{Lu}$/u.test(s));
        expect(isDotted(s)).toBe(/^(?:\p{L}\.)+\p{L}$/u.test(s));
      }),
      RUNS,
    );
    for (const word of ["J", "U.S", "U.K", "A.", ".A", "Ab", "É", "\u{1D400}", "\u{1D400}.\u{1D41A}"]) {
      expect(isInitial(word)).toBe(/^\p{Lu}$/u.test(word));
      expect(isDotted(word)).toBe(/^(?:\p{L}\.)+\p{L}$/u.test(word));
    }
  });

  it("opensWith and holds", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(opensWith(s, UPPER, LOWER)).toBe(/^\p{Lu}\p{Ll}/u.test(s));
        expect(opensWith(s, UPPER)).toBe(/^\p{Lu}/u.test(s));
        expect(opensWith(s, LOWER)).toBe(/^\p{Ll}/u.test(s));
        expect(holds(s, LETTER)).toBe(/\p{L}/u.test(s));
      }),
      RUNS,
    );
  });

  it("agree on news text", () => {
    const news =
      "U.S. Secretary-General Jane Roe's aides, O'Brien and al-Assad's AT&T deal: the Fishmongers' " +
      "hall said “it’s over” — Michelle Fields, Fields said; São Paulo’s mayor, e.g. 3.5 p.m.";
    expect(tokenize(news).map((t) => t.text)).toEqual([...news.matchAll(TOKEN)].map((m) => m[0]));
    expect(lowerCaseWords(news)).toEqual(new Set([...news.matchAll(LOWER_WORD)].map((m) => m[0])));
    const pairs: string[] = [];
    forEachCapitalisedPair(news, (a, b) => pairs.push(`${a} ${b}`));
    expect(pairs).toEqual([...news.matchAll(PAIR)].map((m) => m[0]));
    expect(pairs).toContain("Michelle Fields");
  });
});

describe("character classes", () => {
  it("agree with \\p{L}, \\p{Ll}, \\p{Lu}, \\p{N} and \\p{M} for every UTF-16 code unit", () => {
    const tests: Array<[number, RegExp]> = [
      [LETTER, /\p{L}/u],
      [LOWER, /\p{Ll}/u],
      [UPPER, /\p{Lu}/u],
      [NUMBER, /\p{N}/u],
      [MARK, /\p{M}/u],
    ];
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      for (const [bit, re] of tests)
        if (((classOf(unit) & bit) !== 0) !== re.test(ch)) wrong.push(`${unit.toString(16)} ${re}`);
    }
    expect(wrong).toEqual([]);
    const spaces: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++)
      if (isSpaceUnit(unit) !== /\s/.test(String.fromCharCode(unit))) spaces.push(unit.toString(16));
    expect(spaces).toEqual([]);
    // Astral letters and digits, read whole.
    expect(classOf(0x1d400) & UPPER).toBe(UPPER);
    expect(classOf(0x1d7ce) & NUMBER).toBe(NUMBER);
  });
});
