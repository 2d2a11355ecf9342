// Acronyms a text defines by a common noun phrase written in lower case ("personal protective
// equipment (PPE)", "extravehicular activity (EVA)"), before them or in brackets right after them
// ("QA [quality assurance]"): they abbreviate a thing, not a body's name, so they name no actor
// anywhere in that text.

/** The acronyms of the last body asked about: one scan of each body, however many names ask. */
let cached: { body: string; acronyms: ReadonlySet<string> } = { body: "", acronyms: new Set() };

/** The acronyms `body` defines by a lower-case phrase that spells them, in brackets after the
 * phrase or after the acronym. */
export function phraseAcronyms(body: string): ReadonlySet<string> {
  if (body === cached.body) return cached.acronyms;
  const acronyms = new Set<string>();
  for (const m of body.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
    const acronym = m[1]!;
    // The lower-case words right before the bracket, at most six.
    const words = body
      .slice(Math.max(0, m.index - 80), m.index)
      .trimEnd()
      .split(/\s+/)
      .slice(-6);
    let first = words.length;
    while (first > 0 && LOWER_WORD.test(words[first - 1]!)) first--;
    if (first < words.length && spells(words.slice(first), acronym.toLowerCase())) acronyms.add(acronym);
  }
  for (const m of body.matchAll(/\b([A-Z]{2,6})s?\s+(?:\(([^()\n]{3,80})\)|\[([^[\]\n]{3,80})\])/g)) {
    const acronym = m[1]!;
    const expansion = (m[2] ?? m[3]!).trim();
    // (Only in lower case after its first word: a name in capitals, "Deep Kestrel Wrestling", may be
    // a body's whatever its words.)
    const words = expansion.split(/\s+/).filter(Boolean);
    if (!words.every((w, k) => (k === 0 ? /^[\p{L}][\p{L}-]*$/u : LOWER_WORD).test(w))) continue;
    const lower = words.map((w) => w.toLowerCase());
    const letters = acronym.toLowerCase();
    if (
      fits(lower, letters) ||
      fits(
        lower.filter((w) => !CONNECTING.has(w)),
        letters,
      )
    )
      acronyms.add(acronym);
  }
  cached = { body, acronyms };
  return acronyms;
}

const LOWER_WORD = /^[\p{Ll}][\p{Ll}-]*$/u;

/** Words an expansion may hold that give no letter to its acronym ("Common Vulnerabilities and
 * Exposures" is CVE). */
const CONNECTING: ReadonlySet<string> = new Set(["and", "of", "the", "for", "in", "on", "to", "a"]);

/** Whether the last few of `words` spell `letters`: each word gives the next letters, the first
 * of them its own first letter, the rest found in order inside it ("extravehicular activity"
 * spells "eva"). */
function spells(words: string[], letters: string): boolean {
  for (let n = 1; n <= Math.min(words.length, letters.length); n++)
    if (fits(words.slice(-n), letters)) return true;
  return false;
}

/** Whether `words` spell all of `letters`, each word giving a run of them that opens on its own
 * first letter (tried for every length of the first word's run). */
function fits(words: string[], letters: string): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  if (letters[0] !== word![0]) return false;
  for (let take = 1; take <= letters.length - rest.length; take++)
    if (inOrder(letters.slice(1, take), word!.slice(1)) && fits(rest, letters.slice(take))) return true;
  return false;
}

/** Whether the letters of `part` appear in `word` in order. */
function inOrder(part: string, word: string): boolean {
  let k = 0;
  for (let i = 0; i < word.length && k < part.length; i++) if (word[i] === part[k]) k++;
  return k === part.length;
}
