// User text -> a tsquery built from tokens, so no user text ever reaches PostgreSQL's query parser
// raw: each word is cut into letter/digit runs, each run single-quoted as a lexeme, "a phrase"
// joined with <-> (followed by), a trailing * on a word asks for a prefix (:*), and terms are
// ANDed, as FTS5 does on SQLite. Operators typed by the user (&, |, !, <->, :, parentheses) are
// separators here, never syntax.

const RUN = /[\p{L}\p{N}]+/gu;

const lexeme = (run: string): string => `'${run.toLowerCase()}'`;

/** The runs of letters and digits in a piece of text, at most `max`. */
const runsOf = (text: string, max: number): string[] => (text.match(RUN) ?? []).slice(0, max);

/** The tsquery text for user text (to be read by to_tsquery), or null when it holds no word. */
export function tsQuery(text: string): string | null {
  const terms: string[] = [];
  // Straight and curly double quotes both open and close phrases.
  const pattern = /["“”„]([^"“”„]*)["“”„]?|(\S+)/g;
  const input = text.normalize("NFC").slice(0, 500);
  for (let match = pattern.exec(input); match && terms.length < 32; match = pattern.exec(input)) {
    if (match[1] !== undefined) {
      const runs = runsOf(match[1], 16);
      if (runs.length > 0) terms.push(runs.map(lexeme).join(" <-> "));
      continue;
    }
    const word = match[2] ?? "";
    const prefix = /[\p{L}\p{N}]\*+$/u.test(word);
    const runs = runsOf(word, 16);
    if (runs.length === 0) continue;
    // "U.S." is the phrase u <-> s, as FTS5 reads a quoted "U.S.".
    const parts = runs.map(lexeme);
    if (prefix) parts[parts.length - 1] = `${parts[parts.length - 1]}:*`;
    terms.push(parts.join(" <-> "));
  }
  return terms.length > 0
    ? terms.map((term) => (term.includes("<->") ? `(${term})` : term)).join(" & ")
    : null;
}
