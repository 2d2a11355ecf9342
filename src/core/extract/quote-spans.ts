// Finds the spans between double quotation marks, paragraph by paragraph, in one linear pass.
// Straight quotes open or close by context; curly, low-9 and angle marks by their shape. A quote
// left open at the end of a paragraph counts when the next paragraph opens a quote again (the
// convention for quotes that run over paragraphs) or when it reads as speech whose closing mark
// was left out. Single quotes are apostrophes or quotes
// nested inside a quote: they never open a quote here.

/** A quoted span: offsets of the marks and of the trimmed text between them. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph's text when unclosed). */
  close: number;
  /** Offsets of the text between the marks, trimmed, one trailing comma dropped. */
  start: number;
  end: number;
  /** True when the quote runs on into the next paragraph without a closing mark. */
  continues: boolean;
  /** Offset of a credit line closing the quoted text (a pull quote's `Jane Roe, Acme Institute.`),
   * which is left out of the quote. */
  credit?: number;
}

/** A pull quote's last line inside the marks: a name of two to four capitalised words, perhaps a
 * comma and a short description, and a full stop. */
const CREDIT_LINE = /^[\p{Lu}][\p{L}.'’-]*(?:[ \t]+[\p{Lu}][\p{L}.'’-]*){1,3}(?:,[ \t][^\n"“”]{1,80})?\.$/u;

/** Before a straight mark that is an inch sign, not a quotation mark: feet and inches (`6'2"`). */
const FEET_INCHES = /\d['’]\d{1,2}$/;

const OPEN_ONLY = new Set(["“", "„", "«", "‟", "〝", "＂"]);
const CLOSE_ONLY = new Set(["”", "»", "〞", "〟"]);
/** The straight mark and every mark of OPEN_ONLY and CLOSE_ONLY. */
const DOUBLE_MARK = /["“„«‟〝＂”»〞〟]/g;
const OPEN_CONTEXT = new Set(["(", "[", "—", "–", "-", "/", "‘", "'", "\u200e", "\u200f"]);
const CLOSE_CONTEXT = new Set([".", ",", ";", ":", "!", "?", ")", "]", "—", "–", "…", "’", "'", "-", "/"]);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Where the quoted text starts after the opening mark at `open`: past a second mark doubled
 * right after it with text after that (`"“We will win,”`). */
function textAfter(body: string, open: number): number {
  const doubled = /["“„«]/.test(body[open + 1] ?? "") && !isSpace(body[open + 2]);
  return open + (doubled ? 2 : 1);
}

function trimmed(body: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isSpace(body[a])) a++;
  while (b > a && isSpace(body[b - 1])) b--;
  if (b > a && body[b - 1] === ",") b--;
  while (b > a && isSpace(body[b - 1])) b--;
  return [a, b];
}

/** Paragraph ranges of the body: runs of text separated by blank lines. */
export function paragraphRanges(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
    // Skip further blank lines without rescanning them.
    while (body[start] === "\n") start++;
    re.lastIndex = start;
  }
  if (start < body.length) out.push([start, body.length]);
  return out;
}

/** All double-quoted spans of the body, in order. */
export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphRanges(body);
  // Where the double marks are, found in one pass: the paragraphs then visit only those.
  const marks: number[] = [];
  for (const m of body.matchAll(DOUBLE_MARK))
    if (!(m[0] === '"' && FEET_INCHES.test(body.slice(Math.max(0, m.index - 5), m.index))))
      marks.push(m.index);
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const [from, to] = paragraphs[p]!;
    let open = -1;
    // Quotes nested inside the open quote (same marks or not): closed before the outer one.
    let depth = 0;
    while (k < marks.length && marks[k]! < from) k++;
    for (; k < marks.length && marks[k]! < to; k++) {
      const i = marks[k]!;
      const ch = body[i]!;
      const before = body[i - 1];
      const after = body[i + 1];
      // Shape of a mark by its neighbours: an opener has space before and text after; a closer
      // has text or punctuation before and space or punctuation after.
      const opener = (i === from || isSpace(before) || OPEN_CONTEXT.has(before!)) && !isSpace(after);
      const closer = !isSpace(before) && (after === undefined || isSpace(after) || CLOSE_CONTEXT.has(after));
      // `"“We will win,”`, `““We will win”`: a mark doubled right after the opening one is a typo
      // of one opening mark (see textAfter).
      if (open >= 0 && depth === 0 && i === open + 1 && textAfter(body, open) === i + 1) continue;
      // „German“ and »Danish« styles close with a mark that opens elsewhere.
      const openMark = open >= 0 ? body[open] : undefined;
      if (
        depth === 0 &&
        ((openMark === "„" && (ch === "“" || ch === "”")) || (openMark === "»" && ch === "«"))
      ) {
        emit(open, i);
        open = -1;
        continue;
      }
      // `“word“`: a left mark with text before and a space after closes an open quote (a typo
      // that smart-quote conversion leaves behind).
      if (ch === "“" && open >= 0 && !isSpace(before) && isSpace(after)) {
        if (depth > 0) depth--;
        else {
          emit(open, i);
          open = -1;
        }
        continue;
      }
      // A quote still open at a line break, when the next line opens a quote again: the quote
      // ran over paragraphs set on single lines; it ends at the line break.
      if (open >= 0 && depth === 0 && opener && /\n[ \t]*$/.test(body.slice(Math.max(from, i - 8), i))) {
        const [a, b] = trimmed(body, textAfter(body, open), body.lastIndexOf("\n", i));
        if (b > a) spans.push({ open, close: b, start: a, end: b, continues: true });
        open = i;
        continue;
      }
      if (OPEN_ONLY.has(ch) || (ch === '"' && opener && !closer)) {
        if (open < 0) open = i;
        else depth++;
      } else if (CLOSE_ONLY.has(ch) || (ch === '"' && closer && !opener)) {
        if (open < 0) {
          if (CLOSE_ONLY.has(ch) && isSpace(before) && isWordChar(after)) open = i; // ”…” used on both sides
        } else if (depth > 0) depth--;
        else {
          emit(open, i);
          open = -1;
        }
      } else if (open >= 0 && depth === 0) {
        emit(open, i); // ambiguous straight mark (text on both sides): toggle
        open = -1;
      } else if (open < 0) open = i;
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      const nextOpens = next !== undefined && /["“„«]/.test(body[next[0]] ?? "");
      const [a, b] = trimmed(body, textAfter(body, open), to);
      if (b > a && (nextOpens || unclosedSpeech(body, from, open, a, b)))
        spans.push({ open, close: to, start: a, end: b, continues: nextOpens });
    }
  }
  return spans;

  function emit(open: number, close: number) {
    const [a, b] = trimmed(body, textAfter(body, open), close);
    if (b <= a) return;
    // `"Our plan works.` ¶ `Jane Roe, Acme Institute."`: a pull quote credited on its last line,
    // after a finished sentence; the credit is not part of what was said.
    const lineBreak = body.lastIndexOf("\n", b - 1);
    if (lineBreak > a) {
      const [c, d] = trimmed(body, a, lineBreak);
      const [credit] = trimmed(body, lineBreak, b);
      if (d > c && /[.!?…]["”’']?$/.test(body.slice(c, d)) && CREDIT_LINE.test(body.slice(credit, b))) {
        spans.push({ open, close: close + 1, start: c, end: d, continues: false, credit });
        return;
      }
    }
    spans.push({ open, close: close + 1, start: a, end: b, continues: false });
  }
}

/** A quote whose closing mark was left out: it opens a sentence of the paragraph and runs to
 * the paragraph's end as one or more full sentences (six words or more, a final full stop). */
function unclosedSpeech(body: string, from: number, open: number, a: number, b: number): boolean {
  if (!/^(?:\s*|.*[.!?:,]\s+)$/s.test(body.slice(Math.max(from, open - 3), open))) return false;
  if (!/[.!?]$/.test(body.slice(a, b)) || /["“”„«»]/.test(body.slice(a, b))) return false;
  return (body.slice(a, b).match(/[\p{L}]+/gu)?.length ?? 0) >= 6;
}
