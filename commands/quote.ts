// `/quote <words> [speaker:<name>] [topic:<t>] [limit:<n>]`: quotes found by full-text search.
import { z } from "zod";
import type { QuoteHit } from "../src/core/ports.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import { attributionFooter, quoteItem } from "./citations.ts";
import { defineCommand, field } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { QuoteData } from "./output-schemas.ts";

/** How many hits a reply shows unless asked for another number. */
export const QUOTE_LIMIT = 8;
/** The most hits one answer shows. */
export const MAX_QUOTE_LIMIT = 100;
/** How many matches are counted for "2 of N"; beyond it the answer says "more than". */
const COUNT_UP_TO = 200;

/** What the reply says about the search. */
interface QuoteQueryText {
  words: string;
  speaker?: string | undefined;
  topic?: string | undefined;
}

/** The Reply listing quote hits; `total` is how many matched (`more`: at least that many). */
export function quoteReply(
  hits: readonly QuoteHit[],
  input: QuoteQueryText,
  total = hits.length,
  more = false,
): Reply {
  const items: ReplyItem[] = hits.map(quoteItem);
  const filters = [
    input.speaker ? `by ${input.speaker}` : null,
    input.topic ? `in ${input.topic}` : null,
  ].filter(Boolean);
  const what = input.words ? `“${input.words}”` : "quotes";
  const count =
    more || total > items.length
      ? `${items.length} of ${more ? "more than " : ""}${total}`
      : `${items.length}`;
  const reply: Reply = {
    title: `Quotes: ${what}${filters.length > 0 ? ` ${filters.join(" ")}` : ""}`,
    sections: [
      items.length > 0
        ? { heading: `${count} found`, items }
        : {
            heading: "No quotes found",
            items: [{ kind: "text", text: "Try fewer words, a prefix (secur*), or another speaker." }],
          },
    ],
    ephemeral: false,
  };
  const footer = attributionFooter(hits.map((hit) => hit.document));
  if (footer) reply.footer = footer;
  return reply;
}

const text = (max: number) => z.string().trim().min(1).max(max).optional();

/** `/quote`. */
export const quoteCommand = defineCommand({
  name: "quote",
  description: "Find quotes by words, speaker or topic",
  examples: [
    '/quote mirror speaker:"Bonny Lin"',
    "/quote copied speaker:Rostec",
    '/quote "pragmatic interactions"',
  ],
  input: z
    .object({
      words: field(text(500), {
        description: 'words to find; "a phrase" or a prefix*',
        positional: "rest",
        required: true,
      }),
      speaker: field(text(200), {
        description: "who said it (any form of the name)",
        autocomplete: "speaker",
        placeholder: "name",
      }),
      topic: field(z.string().trim().toLowerCase().min(1).max(100).optional(), {
        description: "only this topic",
        autocomplete: "topic",
      }),
      limit: field(z.number().int().min(1).max(MAX_QUOTE_LIMIT).optional(), {
        description: `how many quotes to show (1 to ${MAX_QUOTE_LIMIT}, default ${QUOTE_LIMIT})`,
        type: "integer",
        placeholder: "n",
      }),
    })
    .refine((value) => value.words !== undefined || value.speaker !== undefined, {
      message: "give words to search for, or a speaker",
      path: ["words"],
    }),
  output: QuoteData,
  async run(deps, input) {
    if (input.topic) await requireTopic(deps.store, input.topic);
    const limit = input.limit ?? QUOTE_LIMIT;
    const query = { ...input, words: input.words ?? "" };
    // One search counts the matches too (up to COUNT_UP_TO), so the answer can say "2 of 4".
    const found = await deps.store.searchQuotes({
      words: query.words,
      limit: Math.max(limit, COUNT_UP_TO) + 1,
      ...(input.speaker ? { speaker: input.speaker } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
    });
    const more = found.length > COUNT_UP_TO;
    const total = Math.min(found.length, COUNT_UP_TO);
    const hits = found.slice(0, limit);
    return { data: { total, more, hits }, reply: quoteReply(hits, query, total, more) };
  },
});
