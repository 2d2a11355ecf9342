// Interview and transcript labels opening a line ("WN: …", "((WN)) …", "[Q] …"): a short
// capitalised name there is the label of who speaks next, not an actor.
//
// The test looks back from the name only over the brackets that may open the line, never to the
// line's start: a document that is one long line (an article flattened by a converter) would
// otherwise make every name scan back over everything before it, quadratic in the line's length.

/** Counts the characters the look-back examines (for the test that bounds its work). */
export interface ScanSteps {
  n: number;
}

/** Whether the capitalised name at [start, end) of `body` is a line's speaker label: only "(" or
 * "[" between the start of its line and the name, then ":" / ")" / "]" right after it (after any
 * closing brackets), and the name is one to three capital letters. */
export function isLineLabel(
  body: string,
  text: string,
  start: number,
  end: number,
  steps?: ScanSteps,
): boolean {
  let i = start;
  while (i > 0) {
    if (steps) steps.n++;
    const ch = body.charCodeAt(i - 1);
    if (ch !== 0x28 && ch !== 0x5b) break; // "(" "["
    i--;
  }
  // Anything else before the name on its line: not a label.
  if (i > 0 && body.charCodeAt(i - 1) !== 0x0a) return false;
  return /^[)\]]*[:)\]]/.test(body.slice(end, end + 4)) && /^[\p{Lu}]{1,3}$/u.test(text);
}
