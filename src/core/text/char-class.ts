// Unicode classes of code points (letter, lower- and upper-case letter, number, mark), as the
// regular expressions \p{L}, \p{Ll}, \p{Lu}, \p{N} and \p{M} define them. The scanners over the
// body ask for one class per character: a table lookup instead of a regex run per character.
// Classes of BMP code points are computed on first use (by those very regexes, so the scanners
// agree with them) and kept; astral code points are rare in news and computed each time.

export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
export const NUMBER = 8;
export const MARK = 16;
const KNOWN = 128;

const bmp = new Uint8Array(0x10000);

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = KNOWN;
  if (/[\p{L}]/u.test(ch)) bits |= LETTER;
  if (/[\p{Ll}]/u.test(ch)) bits |= LOWER;
  if (/[\p{Lu}]/u.test(ch)) bits |= UPPER;
  if (/[\p{N}]/u.test(ch)) bits |= NUMBER;
  if (/[\p{M}]/u.test(ch)) bits |= MARK;
  return bits;
}

for (let cp = 0; cp < 128; cp++) bmp[cp] = compute(cp);

/** The class bits of a code point (LETTER | LOWER | UPPER | NUMBER | MARK). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp]!;
    if (known !== 0) return known;
    const bits = compute(cp);
    bmp[cp] = bits;
    return bits;
  }
  return compute(cp);
}

/** The code point at `i` of `s`: a surrogate pair read whole, a lone surrogate as itself (as a
 * regex with the u flag reads them). Its length in UTF-16 units is `cp > 0xffff ? 2 : 1`. */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i` of `s` (a pair read whole), or -1 at the start. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Whether `s` opens with a code point of class `first` followed by one of class `second` (0: any
 * string that opens with `first`): `/^\p{Lu}\p{Ll}/u` is `opensWith(s, UPPER, LOWER)`. */
export function opensWith(s: string, first: number, second = 0): boolean {
  if (s.length === 0) return false;
  const cp = codePointAt(s, 0);
  if ((classOf(cp) & first) === 0) return false;
  if (second === 0) return true;
  const at = cp > 0xffff ? 2 : 1;
  return at < s.length && (classOf(codePointAt(s, at)) & second) !== 0;
}

/** Whether `s` holds a code point of class `cls` anywhere: `/\p{L}/u.test(s)` is `holds(s, LETTER)`. */
export function holds(s: string, cls: number): boolean {
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i);
    if ((classOf(cp) & cls) !== 0) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}
