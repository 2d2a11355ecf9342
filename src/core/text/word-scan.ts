// Word scans over the body in one pass of code points, each the exact equivalent of a global
// regular expression that the extraction used to run (the regex is named on each function, and
// test/core/word-scan.test.ts checks the two agree on random text). A hand scan with a class
// table costs a fraction of a Unicode-property regex with look-behinds, and these run over every
// character of every document.
import { classOf, codePointAt, LETTER, LOWER, NUMBER, UPPER } from "./char-class.ts";

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const AT_SIGN = 0x40;
const HASH = 0x23;

/** The runs of letters and digits of `text`, in order: `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function letterNumberRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(text, i);
    const inRun = (classOf(cp) & (LETTER | NUMBER)) !== 0;
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** How many runs of letters and digits `text` has: `(text.match(/[\p{L}\p{N}]+/gu) ?? []).length`. */
export function countLetterNumberRuns(text: string): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const now = (classOf(cp) & (LETTER | NUMBER)) !== 0;
    if (now && !inRun) count++;
    inRun = now;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** The words of `body` that start with a lower-case letter not preceded by a letter, "@" or "#",
 * with the letters, apostrophes and hyphens that follow: the matches of
 * `/(?<![\p{L}@#])\p{Ll}[\p{L}'’-]*\/gu`. A handle or hashtag ("@github", "#maga") is no use of
 * the word in running text, so it must not make "GitHub" read as a capitalised common word. */
export function lowerCaseWords(body: string): Set<string> {
  const out = new Set<string>();
  const n = body.length;
  // Whether the code point before is a letter, "@" or "#": no word starts after one.
  let blocked = false;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(body, i);
    const cls = classOf(cp);
    i += cp > 0xffff ? 2 : 1;
    if ((cls & LOWER) === 0 || blocked) {
      blocked = (cls & LETTER) !== 0 || cp === AT_SIGN || cp === HASH;
      continue;
    }
    const start = i - (cp > 0xffff ? 2 : 1);
    // The match runs on over letters, apostrophes and hyphens; what ends it is none of them.
    let last = cls;
    while (i < n) {
      const next = codePointAt(body, i);
      const nextCls = classOf(next);
      if ((nextCls & LETTER) === 0 && next !== APOSTROPHE && next !== RIGHT_QUOTE && next !== HYPHEN) break;
      last = nextCls;
      i += next > 0xffff ? 2 : 1;
    }
    out.add(body.slice(start, i));
    blocked = (last & LETTER) !== 0;
  }
  return out;
}

/** Calls `fn` with each pair of capitalised words joined by one space ("Michelle Fields"), not
 * inside longer words: the matches, in order and without overlap, of
 * `/(?<![\p{L}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}])/gu`. */
export function forEachCapitalisedPair(body: string, fn: (first: string, second: string) => void): void {
  const n = body.length;
  let prevLetter = false;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(body, i);
    const cls = classOf(cp);
    const width = cp > 0xffff ? 2 : 1;
    if ((cls & UPPER) !== 0 && !prevLetter) {
      const firstEnd = lowerRunEnd(body, i + width);
      if (firstEnd > i + width && body.charCodeAt(firstEnd) === SPACE) {
        const second = firstEnd + 1;
        const secondCp = second < n ? codePointAt(body, second) : -1;
        if (secondCp >= 0 && (classOf(secondCp) & UPPER) !== 0) {
          const secondWidth = secondCp > 0xffff ? 2 : 1;
          const end = lowerRunEnd(body, second + secondWidth);
          const after = end < n ? classOf(codePointAt(body, end)) : 0;
          if (end > second + secondWidth && (after & LETTER) === 0) {
            fn(body.slice(i, firstEnd), body.slice(second, end));
            // The match ends on a lower-case letter; the scan resumes after it.
            i = end;
            prevLetter = true;
            continue;
          }
        }
      }
    }
    prevLetter = (cls & LETTER) !== 0;
    i += width;
  }
}

/** The end of the run of lower-case letters starting at `i` (`i` itself when there is none). */
function lowerRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const cp = codePointAt(s, j);
    if ((classOf(cp) & LOWER) === 0) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}
