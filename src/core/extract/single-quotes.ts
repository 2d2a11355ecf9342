// Newsrooms that quote with single marks ('We got this one wrong,' she said), and set a quote
// inside a quote in double marks: the body with the two kinds swapped, so that the quote finder,
// which reads double marks, sees the quotes and reads the inner ones as nested. Offsets are kept
// (one character for one), so everything found points into the original body. An apostrophe is
// the same character as a closing single mark, so a pair is taken only where the shape leaves no
// doubt, and the body is read so only when every double mark stands inside such a pair.

const DOUBLE_MARKS = /["“”„«»]/g;
const SINGLE_MARK = /['‘’]/;
/** Two apostrophes standing for a double mark (''…'' in some wire archives' text). */
const TWO_APOSTROPHES = /''/;

/** Contractions and clipped words that open on an apostrophe after a space ('em, 'n', '90s). */
const LEADING_APOSTROPHE = /^['’](?:em|n'|n\b|cause|til|tis|twas|bout|round|s\b|\d)/i;

/** `body` with the single quotation marks that pair as quotes written as double marks and its
 * double marks, all inside those quotes, as single ones; `body` itself when it quotes in double
 * marks or has no such pair. */
export function withDoubleQuoteMarks(body: string): string {
  if (!SINGLE_MARK.test(body) || TWO_APOSTROPHES.test(body)) return body;
  const quotes = singleQuotes(body);
  if (quotes.length === 0) return body;
  const doubles = [...body.matchAll(DOUBLE_MARKS)].map((m) => m.index);
  let k = 0;
  for (const at of doubles) {
    while (k < quotes.length && quotes[k]!.end < at) k++;
    if (k === quotes.length || quotes[k]!.open > at) return body;
  }
  // (UTF-16 units, as offsets count: not code points.)
  const out = body.split("");
  for (const { open, close } of quotes) {
    out[open] = "“";
    if (close >= 0) out[close] = "”";
  }
  for (const at of doubles) out[at] = body[at] === "”" || body[at] === "»" ? "’" : "‘";
  return out.join("");
}

/** `text`, found in `read` (the body as read) from offset `from` in parts joined by `joiner`, as
 * the same offsets hold it in `written` (the body as the document has it). */
export function asWritten(text: string, from: number, read: string, written: string, joiner: string): string {
  let at = from;
  return text
    .split(joiner)
    .map((part) => {
      const found = read.indexOf(part, at);
      if (found < 0) return part;
      at = found + part.length;
      return written.slice(found, at);
    })
    .join(joiner);
}

/** A quote in single marks: its opening mark, its closing one (-1 for a paragraph's quote that
 * runs on into the next, which opens on a mark again) and where it ends. */
interface SingleQuote {
  open: number;
  close: number;
  end: number;
}

/** The quotes in single marks, in order. */
function singleQuotes(body: string): SingleQuote[] {
  const quotes: SingleQuote[] = [];
  const opening = /['‘]/g;
  let lineEnd = -1;
  for (let m = opening.exec(body); m !== null; m = opening.exec(body)) {
    const i = m.index;
    if (!opensQuote(body, i)) continue;
    if (i > lineEnd) {
      const end = body.indexOf("\n", i);
      lineEnd = end < 0 ? body.length : end;
    }
    const close = closingMark(body, i + 1, lineEnd);
    if (close >= 0) {
      quotes.push({ open: i, close, end: close });
      opening.lastIndex = close + 1;
    } else if ((i === 0 || body[i - 1] === "\n") && opensNextParagraph(body, lineEnd)) {
      // A quote of several paragraphs, each opening on a mark and only the last one closed.
      quotes.push({ open: i, close: -1, end: lineEnd });
      opening.lastIndex = lineEnd;
    }
  }
  return quotes;
}

/** Whether the paragraph after the line ending at `lineEnd` opens on a quotation mark. */
function opensNextParagraph(body: string, lineEnd: number): boolean {
  const next = /^\n[ \t]*\n\s*/.exec(body.slice(lineEnd, lineEnd + 12));
  return (
    next !== null &&
    opensQuote(body, lineEnd + next[0].length) &&
    /['‘]/.test(body[lineEnd + next[0].length]!)
  );
}

/** Whether the mark at `i` opens a quote: at a line's start or after a space or an opening
 * bracket or dash, before a letter or a digit, and no contraction ('em, 'n', '90s). */
function opensQuote(body: string, i: number): boolean {
  const before = body[i - 1];
  if (before !== undefined && !/[\s([—–]/.test(before)) return false;
  if (!/[\p{L}\p{N}"“]/u.test(body[i + 1] ?? "")) return false;
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
    if (/[.,!?…"”]/.test(before) || /[\n.,;:!?)\]—–]/.test(after)) return j;
    if (fallback < 0 && /[\p{L}\p{N}]/u.test(before) && before !== "s") fallback = j;
  }
  return fallback;
}
