// The subject of a clause around a quote when no verb of saying attributes it: a named or
// pronoun subject opening the sentence (`Roe mocked the plan as "…"`), and whether someone else is
// given a verb of saying between two quotes of one sentence (`"A," while Doe called it "B"`), and
// the speaker after an inverted verb (`"…" about the plan, said Jane Roe`).
import { REPORTING_VERBS, SAYING_VERBS } from "../data/reporting-verbs.ts";
import { DOCUMENT_NOUNS, PERSON_NOUNS, TOWN_NOUNS } from "../data/speaker-nouns.ts";
import type { Sentence } from "../schemas.ts";
import type { Mention } from "./actors.ts";
import type { MentionIndex } from "./mention-index.ts";
import { GOES_ON_ABOUT, SUBJECT_STOP, WORD } from "./quote-rules.ts";
import { nominalType, PAST_TENSES } from "./speaker-words.ts";
import type { SpeakerRef } from "./speakers.ts";
import { describedHead } from "./subject-segments.ts";

/** `Cruz coached Trump to "…"`, `At one point, Roe mocked the plan as "…"`: with no verb of
 * saying, the quote is in the words of the named subject that opens its sentence, when no
 * other quote comes between. The subject's range, or null. */
export function namedSubject(
  body: string,
  index: MentionIndex,
  sentence: Sentence,
  open: number,
): [number, number] | null {
  const text = body.slice(sentence.start, open);
  if (text.length > 300 || /["“”]/.test(text)) return null;
  // `He anticipated that … "…"`, `And she blamed it on a "…"`: a pronoun subject.
  // (Also after a phrase fronted before it: "Unhappy with her part, she left".)
  // (Not "she was called", a passive; "she was directing" is active.)
  const pronoun =
    /^(\s*(?:(?:And|But|Yet|So)\s+)?(?:[^,;:"“”]{3,60},\s+)?)([Hh]e|[Ss]he)\s+([\p{Ll}]+)(?:\s+([\p{Ll}]+))?/u.exec(
      text,
    );
  const progressive = /^(?:is|was)$/.test(pronoun?.[3] ?? "") && /[^\s]{2}ing$/.test(pronoun?.[4] ?? "");
  if (pronoun && (!SUBJECT_STOP.test(pronoun[3]!) || progressive)) {
    const at = sentence.start + pronoun[1]!.length;
    return [at, at + pronoun[2]!.length];
  }
  // `The former governor mocked the plan as "…"`: a described subject, up to its own verb.
  const described = describedSubject(text);
  if (described) return [sentence.start + described[0], sentence.start + described[1]];
  const mentions = index.mentionsIn(sentence.start, open);
  let first = mentions[0];
  if (!first) return null;
  let lead = body.slice(sentence.start, first.start);
  if (!/^\s*(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}|[^,;:]{3,60},\s+(?:the\s+)?)$/u.test(lead)) {
    // `After the Court refused, Gov. Roe blamed the court's "…"`: a person named after a fronted
    // clause is the subject, whatever that clause names.
    const fronted = /^[^,;:]{3,150},\s+/.exec(text);
    const after = fronted ? sentence.start + fronted[0].length : -1;
    first = mentions.find((m) => m.start >= after);
    if (!fronted || first?.actor.type !== "person") return null;
    lead = body.slice(sentence.start, first.start);
    if (!/^(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(body.slice(after, first.start))) return null;
  }
  // "Former Roe spokesman Jane Doe derided …", "Roe campaign manager Jane Doe released …": a name
  // that only qualifies a role noun before another person's name is not the subject.
  const next = mentions[mentions.indexOf(first) + 1];
  const role = next
    ? /^(?:['’]s)?((?:\s+[\p{Ll}][\p{L}-]*){1,3})\s+$/u.exec(body.slice(first.end, next.start))
    : null;
  if (next && role && next.actor.type === "person" && nominalType(role[1]!.trim()) === "person") first = next;
  // "House Republican Jane Roe said": a body named in a person's description before the name.
  else if (
    next?.actor.type === "person" &&
    first.actor.type !== "person" &&
    /^(?:\s+[\p{Lu}][\p{L}-]*){0,2}\s+$/u.test(body.slice(first.end, next.start))
  )
    first = next;
  if (first.actor.type === "place") return null;
  // "Roe, the former governor, proposed …": an apposition may sit between the name and its verb.
  // ("Roe has expressed …": a perfect tense is the name's own verb; "Roe has been …" is not.)
  const verb =
    /^(?:,\s[^,;:"“”]{2,60},)?\s+(?:ha(?:s|ve|d)\s+(?:[\p{Ll}]+ly\s+)?(?=[\p{Ll}]+(?:ed|en|wn|ld|ght|id)\s)(?!been\s))?([\p{Ll}]+)\s/u.exec(
      body.slice(first.end, Math.min(open, first.end + 90)),
    );
  if (!verb || SUBJECT_STOP.test(verb[1]!)) return null;
  return [sentence.start + (lead.match(/^[^,;:]{3,90},\s+/)?.[0].length ?? 0), first.end];
}

/** `The senator mocked …`, `Reprising a line, the former governor talked about …`: a subject
 * opening on "the" (after a conjunction or a fronted phrase closed by a comma) that is a person
 * or body by its head noun and is followed by its own past-tense verb; its range in `text`. */
function describedSubject(text: string): [number, number] | null {
  const lead = /^\s*(?:(?:And|But|Yet|So)\s+)?(?:[^,;:"“”]{3,90},\s+)?(?=[Tt]he\s)/.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const head = describedHead(rest);
  if (head.length >= rest.trimEnd().length || head.split(" ").length > 8 || /[,;:]/.test(head)) return null;
  const verb = /^\s+([\p{Ll}]+)/u.exec(rest.slice(head.length))?.[1] ?? "";
  if (
    SUBJECT_STOP.test(verb) ||
    !nominalType(head) ||
    DOCUMENT_NOUNS.has(head.split(" ").at(-1) ?? "") ||
    head.split(" ").some((w) => TOWN_NOUNS.has(w))
  )
    return null;
  return [lead[0].length, lead[0].length + head.length];
}

/** Whether the text between two quotes gives someone other than `speaker` a verb of saying:
 * a person or body named there, or "who"/"which", then such a verb or a colon that opens the next
 * quote ("… Roe broke down what was wrong to a newspaper: "…""). */
export function newSpeakerBetween(
  body: string,
  index: MentionIndex,
  a: number,
  b: number,
  speaker: SpeakerRef,
): boolean {
  const others = index
    .mentionsIn(a, b)
    .filter((m) => m.actor.type !== "place" && m.actor !== speaker.actor && !index.insideQuote(m.start));
  const text = body.slice(a, b);
  // (A pronoun may be the earlier speaker again, `"A," she said, adding "B"`, but not the
  // subject of a subordinate clause: `called Roe "A" after she blamed it on "B"`; nor is a
  // description opening a clause of its own: `… "A," while her neighbor said "B"`.)
  const firstOther = others[0]
    ? others[0].start - a
    : text.search(
        /\b(?:who|which|they|we|I)\b|(?<=\b(?:after|before|when|because|since|while|although|though|until|once)\s+)(?:he|she)\b|(?<=\b(?:while|whereas|but|although|though|yet)\s+)(?:the|a|an|his|her|their|its|one|another|some|other)\s/,
      );
  if (firstOther < 0) return false;
  // (`"A," said a former official who described it as "B"`: a relative clause on the speaker
  // given right after the first quote is that speaker's.)
  const inverted = /^[\s,"”’]*([\p{Ll}]+)\s[^,;:"“”]*,?\s*$/u.exec(text.slice(0, firstOther));
  if (
    !others[0] &&
    inverted &&
    REPORTING_VERBS.has(inverted[1]!) &&
    /^(?:who|which)\b/.test(text.slice(firstOther))
  )
    return false;
  // (Not the object of a preposition: `contrasted him, whom he called "A," with Roe: "B"`.)
  if (
    /:\s*$/.test(text) &&
    !/\b(?:with|to|of|for|about|by|at|from|on|in|against|than)\s+$/.test(text.slice(0, firstOther))
  )
    return true;
  for (const w of text.slice(firstOther).matchAll(WORD))
    if (REPORTING_VERBS.has(w[0].toLowerCase())) return true;
  return GOES_ON_ABOUT.test(text.slice(firstOther));
}

/** `"…" about the plan, said Jane Roe`: after a partial quote's own words and a comma, a verb
 * followed by its subject is inverted, and the speaker comes after it (not "Roe, 70, said", "the
 * aide, said"; "told" takes its object after it). `head` is the clause after the quote, from
 * offset `base`; `verb` the verb of saying found in it. The speaker's range, or null. */
export function invertedSpeaker(
  body: string,
  index: MentionIndex,
  base: number,
  head: string,
  verb: RegExpMatchArray,
): [number, number] | null {
  const at = verb.index!;
  const lead = head.slice(0, at);
  const last =
    lead
      .replace(/[,\s]+$/, "")
      .split(/,\s*/)
      .pop() ?? "";
  // A phrase opening on a preposition ("about the decision") is no subject, whatever its noun.
  const subject =
    nominalType(last) &&
    !/^(?:about|of|on|in|at|for|with|from|over|to|after|before|during|like)\s/i.test(last);
  if (!/,\s*$/.test(lead) || /^(?:told|tells)$/.test(verb[0]) || subject) return null;
  const from = base + at + verb[0].length;
  const tail = body.slice(from, base + head.length);
  const end = from + (/,/.exec(tail)?.index ?? tail.length);
  const after = index.mentionsIn(from, end).filter((m) => m.actor.type !== "place");
  // Names before the verb: only when a name ends the phrase after it ("…, said Jane Roe").
  const before = index.mentionsIn(base, base + at).some((m) => m.actor.type !== "place");
  const closing = after.at(-1);
  const ok = before
    ? closing !== undefined && /^\s*$/.test(body.slice(closing.end, end))
    : after.length > 0 || nominalType(tail.slice(0, end - from).trim()) === "person";
  // "…, said of Roe" / "said on Radio Doe": a preposition after the verb names no speaker.
  const preposition = /^\s+(?:of|on|in|at|to|about|for|with|from|during|after|before)\s/i.test(tail);
  return /^\s+\S/.test(tail) && !preposition && ok ? [from, end] : null;
}

/** Whether nothing but punctuation follows offset `close` to the end of its paragraph. */
export function endsParagraph(body: string, close: number): boolean {
  const end = body.indexOf("\n", close);
  return !/[\p{L}]/u.test(body.slice(close, end < 0 ? body.length : end));
}

/** `"…"` ¶ `- Jane Roe.` or `"…" ― Jane Roe` closing its paragraph: the person a dash credits with
 * a quote-only paragraph whose quote ends at `close`, or null. */
export function creditLine(body: string, index: MentionIndex, close: number): Mention | null {
  const credit = /^[^\p{L}\n]*?(\n\s*)?[-—–―]\s*/u.exec(body.slice(close, close + 12));
  if (!credit) return null;
  const nextLine = credit[1] !== undefined;
  if (nextLine ? !endsParagraph(body, close) : /[\p{L}]/u.test(credit[0])) return null;
  return creditedPerson(body, index, close + credit[0].length, !nextLine);
}

/** The person a credit starting at `at` names ("President Jane Roe, Acme Institute."), or null.
 * `lineEnds`: the line's end may end the name too, as well as a comma or full stop. */
export function creditedPerson(
  body: string,
  index: MentionIndex,
  at: number,
  lineEnds: boolean,
): Mention | null {
  // ("- President Jane Roe", "S.C. Rep. Jane Roe", "UN Secretary-General Jane Roe", "NATO chief
  // Jane Roe": a title may come first, with the body or place it is of, or a noun of person; so
  // may an invisible joiner.)
  const named = index.mentionsIn(at, at + 50).find((m) => m.actor.type === "person");
  if (!named) return null;
  const title = body
    .slice(at, named.start)
    .replace(/^\p{Cf}+/u, "")
    .split(/\s+/)
    .filter(Boolean);
  if (!title.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || PERSON_NOUNS.has(w))) return null;
  const after = body.slice(named.end, named.end + 2);
  return /^\s*[.,]/.test(after) || (lineEnds && /^[ \t\u00a0]*(?:\n|$)/.test(after)) ? named : null;
}

/** `"…," Roe shot back.` / `"…?" she barked`: a quote closed by a comma, "?" or "!" and followed
 * at once by a name or "he"/"she" and a past-tense verb that is not on the list of verbs of saying
 * is still attributed to that subject. `quote` is the quoted text, `base` the offset of the clause
 * after the closing mark. The subject's range, or null. */
export function subjectWithOtherVerb(
  body: string,
  index: MentionIndex,
  quote: string,
  base: number,
): [number, number] | null {
  if (!/[,?!]\s*["”]?$/.test(quote)) return null;
  const pronoun = /^(?:he|she)\b/i.exec(body.slice(base, base + 4));
  const named = index.mentionsIn(base, base + 2)[0];
  const end = pronoun
    ? base + pronoun[0].length
    : named && named.start === base && named.actor.type !== "place" && !index.insideQuote(named.start)
      ? named.end
      : -1;
  if (end < 0) return null;
  // The verb ends the clause, or a phrase of manner or time follows it ("charged in her question"),
  // or another clause joined by "and" ("Roe barked and a guard led him out").
  const verb =
    /^\s+([\p{Ll}]+)(?:\s+(?:back|out|up))?(?:\s*[,.;:!?—–]|\s+(?:in|at|with|during|on|after|before|and|as)\s)/u.exec(
      body.slice(end, end + 40),
    );
  if (!verb) return null;
  const word = verb[1]!;
  return /[^e]ed$/.test(word) || PAST_TENSES.has(word) || word === "shot" ? [base, end] : null;
}

/** `…, he said.` / `…, Jane Roe added.`: a sentence without quotes that ends on its own
 * attribution; the range of its subject within `text`, or null. */
export function closingAttribution(text: string): [number, number] | null {
  if (/["“”]/.test(text)) return null;
  const tail =
    /,\s+((?:he|she|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}))\s+(?:said|says|added|adds|argued|argues|noted|notes|explained|explains|wrote|writes)\.?\s*$/u.exec(
      text,
    );
  if (!tail) return null;
  const at = tail.index + tail[0].indexOf(tail[1]!);
  return [at, at + tail[1]!.length];
}

/** `Jane Roe said she was upset by the vote.`: a sentence without quotation marks that opens on a
 * named speaker and a verb of saying, reported speech; the speaker's range, or null. */
export function openingAttribution(text: string): [number, number] | null {
  if (/["“”]/.test(text)) return null;
  // (Maybe after a fronted phrase: "Like many supporters, Jane Roe said …".)
  const head =
    /^((?:[^,"“”]{3,60},\s+)?)((?:[\p{Lu}][\p{L}.’'-]*)(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s+(?:also\s+)?(?:said|says|told|added|argued|insisted|explained|noted|wrote|recalled|complained)\s/u.exec(
      text,
    );
  return head ? [head[1]!.length, head[1]!.length + head[2]!.length] : null;
}

/** `"…" because X, he said.`, `"…" but to act, says Jane Roe, a consultant.`: a clause after the
 * quote that ends on its own attribution, the sentence's; the subject's range (`clause` starts at
 * offset `base`), or null. */
export function ownClosing(clause: string, base: number): [number, number] | null {
  const upTo = /^[^.;!?"“”]*\./.exec(clause)?.[0];
  if (!upTo) return null;
  const own = closingAttribution(upTo);
  if (own) return [base + own[0], base + own[1]];
  const inverted = INVERTED_CLOSING.exec(upTo);
  if (!inverted) return null;
  const at = inverted.index + inverted[0].indexOf(inverted[1]!);
  return [base + at, base + at + inverted[1]!.length];
}

/** `, says Jane Roe.`, `, said Jane Roe, a consultant.`: an inverted attribution ending a clause. */
const INVERTED_CLOSING =
  /,\s+(?:says|said|adds|added)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*)(?:,\s+(?:a|an|the)\s[^;"“”]{2,100})?\.\s*$/u;

/** `as he puts it, "…"`: the range of the one who puts it so, in `text` starting at `from`. */
export function asPutIt(text: string, from: number): [number, number] | null {
  // Also past an apposition ("As Roe, the party's whip, put it: "…"") and before the clause the
  // words are in ("As Roe puts it, the plan is "…"); the listener or a manner may follow "it" ("As
  // one driver put it to me,", "As Roe put it bluntly,").
  const putIt =
    /\bas\s+([^,;:"“”]{1,60}?)(?:,\s[^;:"“”]{2,80},)?\s+(?:put|puts)\s+it(?:\s+(?:to\s+[^,;:"“”]{1,30}|[\p{Ll}]+ly))?(?:[,:]?\s*|,\s+[^"“”;]*)$/iu.exec(
      text,
    );
  if (!putIt) return null;
  const at = from + putIt.index + putIt[0].indexOf(putIt[1]!);
  return [at, at + putIt[1]!.length];
}

/** `Said Roe, "…"`, `But, said Roe, "…"`, `Stated Roe:` ¶ `"…"`: a verb of saying that opens its
 * clause (nothing, or a fronted phrase closed by a comma, before it) has its subject after it, up
 * to the comma or colon right before the quote. `text` ends where the quote opens; the verb is
 * `verb` at `verbAt`, its clause starts at `clauseStart`. The subject's range in `text`, or null. */
export function verbFirstSubject(
  text: string,
  clauseStart: number,
  verbAt: number,
  verb: string,
): [number, number] | null {
  // "Telling reporters, …" is a participle; "told reporters:" takes its object after it.
  if (/ing$|^(?:told|tells|tell)$/i.test(verb)) return null;
  const lead = text.slice(clauseStart, verbAt);
  // A longer fronted phrase ("Because of how the schedule was drawn, explained Roe, "…"") only
  // before a capitalised name.
  const shortLead = !/[\p{L}]/u.test(lead) || /^\s*[^,;:"“”]{1,40},\s*$/u.test(lead);
  if (!shortLead && !/^[^;:"“”]{41,200},\s*$/u.test(lead)) return null;
  const after = verbAt + verb.length;
  // `Said Roe, who grew up with him, "…"`: an apposition or relative clause may follow the name.
  const subject =
    /^(\s+)([^,;:"“”.]{2,80}?)\s*(?:,\s+(?:who|whose|a|an|the)\s[^;:"“”]{2,120}?)?\s*[,:]\s*$/u.exec(
      text.slice(after),
    );
  if (!subject) return null;
  if (!shortLead && !/^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*$/u.test(subject[2]!)) return null;
  const start = after + subject[1]!.length;
  return [start, start + subject[2]!.length];
}

/** `"…," Roe, the party's favourite in the state by a long way after taking its primary,
 * said`: a name right after the quote, then an apposition too long for the usual reach, closed by
 * a comma and a verb of saying; not across a coordinated clause. `head` is the clause after the
 * quote, from offset `base`. The name's range, or null. */
export function longApposition(
  index: MentionIndex,
  base: number,
  head: string,
  words: readonly RegExpMatchArray[],
): [number, number] | null {
  const named = index.mentionsIn(base, base + 1)[0];
  if (!named || named.actor.type === "place" || index.insideQuote(named.start)) return null;
  const after = named.end - base;
  if (!/^,\s/.test(head.slice(after, after + 2))) return null;
  for (const word of words) {
    if (word.index! <= after || !SAYING_VERBS.has(word[0]) || word[0].endsWith("ing")) continue;
    const between = head.slice(after, word.index);
    if (!/,\s+(?:also\s+)?$/.test(between) || /,\s+(?:and|but|or)\s/.test(between)) return null;
    return [named.start, named.end];
  }
  return null;
}
