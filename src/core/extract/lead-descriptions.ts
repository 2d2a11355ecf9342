// A news lead often describes its main speaker before naming them: "A former disarmament chief
// has warned of "the most dangerous period in decades". … Helena Marsh, who led the U.N. Office
// for Disarmament Affairs, said …". The description's quote belongs to that person when the next
// paragraph names them as its first speaker and words of the description stand beside the name.
import type { Sentence } from "../schemas.ts";
import type { SpeakerRef } from "./speakers.ts";

/** A quote's speaker and where the quote stands. */
export interface SpokenQuote {
  speaker: SpeakerRef | null;
  sentence: number;
  paragraph: number;
}

/** How many sentences of the body a lead may take (a headline line counts as one). */
const LEAD_SENTENCES = 3;

/** Words of a description that say nothing of who someone is. */
const EMPTY_WORDS =
  /^(?:former|current|senior|junior|leading|top|local|retired|prominent|who|with|from|that|this)$/;

/** Gives each quote of a lead's unnamed person ("A former disarmament chief") the person the next
 * paragraph names as its first speaker, when a word of the description stands in the sentence
 * that names them first. */
export function nameLeadDescriptions(
  quotes: SpokenQuote[],
  body: string,
  sentences: readonly Sentence[],
): void {
  const lead = quotes.find(
    (q) =>
      q.sentence < LEAD_SENTENCES &&
      q.speaker !== null &&
      q.speaker.actor === null &&
      q.speaker.type === "person" &&
      /^(?:A|An)\s/.test(q.speaker.name),
  );
  if (!lead) return;
  const description = lead.speaker!.name;
  const next = quotes.find((q) => q.paragraph === lead.paragraph + 1 && q.speaker?.actor);
  const person = next?.speaker?.actor;
  if (!next || !person || person.type !== "person") return;
  const first = person.mentions.reduce((a, m) => (m.start < a.start ? m : a), person.mentions[0]!);
  const words = (description.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !EMPTY_WORDS.test(w));
  const sentence = sentences[first.sentence];
  const around = sentence ? body.slice(sentence.start, sentence.end).toLowerCase() : "";
  if (!words.some((w) => around.includes(w))) return;
  for (const quote of quotes)
    if (quote.speaker && quote.speaker.actor === null && quote.speaker.name === description)
      quote.speaker = next.speaker;
}
