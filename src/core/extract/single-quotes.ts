// Newsrooms that quote with single marks ('We got this one wrong,' she said): the body with those
// marks written as double ones, so that the quote finder, which reads double marks only, sees them.
// Offsets are kept (one character for one), so everything found points into the original body.
// An apostrophe is the same character as a closing single mark, so a pair is taken only where
// the shape leaves no doubt, and only in a body that has no double mark at all.

/** A double mark, or two apostrophes standing for one (''…'' in some wire archives' text). */
const DOUBLE_MARK = /["“”„«»]|''/;
const SINGLE_MARK = /['‘’]/;

/** Contractions and clipped words that open on an apostrophe after a space ('em, 'n', '90s). */
const LEADING_APOSTROPHE = /^['’](?:em|n'|n\b|cause|til|tis|twas|bout|round|s\b|\d)/i;

/** `body` with the single quotation marks that pair as a quote written as double marks, or
 * `body` itself when it has double marks or no such pair. */
export function withDoubleQuoteMarks(body: string): string {
  if (!SINGLE_MARK.test(body) || DOUBLE_MARK.test(body)) return body;
  let out: string[] | null = null;
  let lineEnd = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "'" && ch !== "‘") continue;
    if (!opensQuote(body, i)) continue;
    if (i > lineEnd) {
      const end = body.indexOf("\n", i);
      lineEnd = end < 0 ? body.length : end;
    }
    const close = closingMark(body, i + 1, lineEnd);
    if (close < 0) continue;
    out ??= [...body];
    out[i] = "“";
    out[close] = "”";
    i = close;
  }
  return out === null ? body : out.join("");
}

/** Whether the mark at `i` opens a quote: at a line's start or after a space or an opening
 * bracket or dash, before a letter or a digit, and no contraction ('em, 'n', '90s). */
function opensQuote(body: string, i: number): boolean {
  const before = body[i - 1];
  if (before !== undefined && !/[\s([—–]/.test(before)) return false;
  if (!/[\p{L}\p{N}]/u.test(body[i + 1] ?? "")) return false;
  return body[i] === "‘" || !LEADING_APOSTROPHE.test(body.slice(i, i + 7));
}

/** The mark from `from` to `end` that closes the quote opened before `from`: the first that can
 * only close one, after a letter or punctuation with punctuation on one side of it ("wrong,' she
 * said", "common sense'."); else, before the next opening mark, the first after a word that is no
 * plural ("the moment of danger' for", not "residents' bins"); -1 when none. */
function closingMark(body: string, from: number, end: number): number {
  let fallback = -1;
  for (let j = from; j < end; j++) {
    const ch = body[j];
    if (ch !== "'" && ch !== "’" && ch !== "‘") continue;
    if (ch !== "’" && opensQuote(body, j)) break;
    if (ch === "‘") continue;
    const before = body[j - 1] ?? " ";
    const after = j + 1 < end ? body[j + 1]! : "\n";
    if (/\s/.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (/[.,!?…]/.test(before) || /[\n.,;:!?)\]—–]/.test(after)) return j;
    if (fallback < 0 && /[\p{L}\p{N}]/u.test(before) && before !== "s") fallback = j;
  }
  return fallback;
}
