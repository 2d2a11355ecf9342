// User text -> an FTS5 MATCH expression that cannot fail to parse. Every word becomes a quoted
// string, so AND, OR, NEAR, parentheses, colons and stray quotes are plain words; "a phrase"
// stays a phrase and a trailing * on a word asks for a prefix.

const HAS_WORD = /[\p{L}\p{N}]/u;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The MATCH expression for user text, or null when it holds no searchable word. */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  // Straight and curly double quotes both open and close phrases.
  const pattern = /["“”„]([^"“”„]*)["“”„]?|(\S+)/g;
  const input = text.normalize("NFC").slice(0, 500);
  for (let match = pattern.exec(input); match; match = pattern.exec(input)) {
    if (match[1] !== undefined) {
      const words = match[1].split(/\s+/).filter((word) => HAS_WORD.test(word));
      if (words.length > 0) terms.push(quoted(words.join(" ")));
      continue;
    }
    const word = match[2] ?? "";
    const prefix = /[\p{L}\p{N}]\*+$/u.test(word);
    const bare = word.replace(/\*+/g, "");
    if (!HAS_WORD.test(bare)) continue;
    terms.push(prefix ? `${quoted(bare)}*` : quoted(bare));
    if (terms.length >= 32) break;
  }
  return terms.length > 0 ? terms.join(" ") : null;
}
