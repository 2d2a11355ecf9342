// Names rebuilt from the acronym in brackets after them: "the Commission for Conciliation,
// Mediation and Arbitration (CCMA)" is one body, though its commas cut the run of capitalised
// words in three, and "the Vietnam General Confederation of Labour (VGCL)" keeps the words a
// title or a country would take off it. The letters are the evidence: the words whose initials
// spell the acronym, from its last letter back, are the name.

import { TITLES } from "../data/titles.ts";
import type { NameSpan } from "./name-spans.ts";

/** `spans` with the spans inside each name an acronym spells replaced by that whole name. */
export function withAcronymNames(body: string, spans: NameSpan[]): NameSpan[] {
  let result = spans;
  for (const m of body.matchAll(ACRONYM_IN_BRACKETS)) {
    const start = spelledStart(body, m.index, m[1]!);
    if (start < 0) continue;
    const end = m.index - (body[m.index - 1] === " " ? 1 : 0);
    // (Not an office: "the Divisional Railway Manager (DRM)" is a title, kept apart from its body.)
    if (TITLES.has(/[\p{L}]+$/u.exec(body.slice(start, end))?.[0] ?? "")) continue;
    const inside = result.filter((s) => s.start >= start && s.end <= end);
    // (Nothing to do where one span is already the whole name.)
    if (inside.length === 0 || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end))
      continue;
    const first = inside[0]!;
    const whole: NameSpan = {
      ...first,
      text: body.slice(start, end),
      start,
      end,
      roles: [],
      possessive: false,
      initial: first.start === start && first.initial,
      before:
        first.start === start
          ? first.before
          : (/([\p{L}]+)\s+$/u.exec(body.slice(start - 24, start))?.[1]?.toLowerCase() ?? ""),
    };
    result = result.filter((s) => !inside.includes(s));
    result.splice(
      result.findIndex((s) => s.start > start),
      0,
      whole,
    );
  }
  return result;
}

/** An acronym of two to eight capitals in brackets. */
const ACRONYM_IN_BRACKETS = /\s?\(([\p{Lu}]{2,8})\)/gu;

/** Words a name's initials skip ("of", "and", "the"). */
const SKIPPED = /^(?:of|for|and|the|on|in|to|&)$/;

/** Where the name whose words' initials spell `acronym` starts, its last word right before
 * `at`; -1 when the words before spell something else. */
function spelledStart(body: string, at: number, acronym: string): number {
  // (Cheap test first: the word right before must open on the acronym's last letter, which most
  // bracketed capitals after a dateline's town or a name fail: "LONDON (AP)".)
  let end = at;
  while (end > 0 && body.charCodeAt(end - 1) === 0x20) end--;
  let open = end;
  while (open > 0 && /[\p{L}'’-]/u.test(body[open - 1]!)) open--;
  if (body[open] !== acronym.charAt(acronym.length - 1)) return -1;
  const before = body.slice(Math.max(0, at - 160), at);
  const words = [...before.matchAll(/[\p{L}'’-]+|[,;:.!?"“”()—–]/gu)];
  let letter = acronym.length - 1;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]![0];
    // (A comma may stand inside: "Conciliation, Mediation and Arbitration".)
    if (word === "," || SKIPPED.test(word)) continue;
    if (!/^[\p{Lu}]/u.test(word) || word.charAt(0) !== acronym.charAt(letter)) return -1;
    if (letter === 0) return at - before.length + words[k]!.index;
    letter--;
  }
  return -1;
}
