// `/quote <words> [speaker:<name>] [topic:<t>]`: quotes found by full-text search in the store.
import { z } from "zod";
import type { QuoteHit } from "../src/core/ports.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import { attributionFooter, quoteItem } from "./citations.ts";
import type { Command } from "./command.ts";
import { requireTopic } from "./known-topics.ts";

/** The validated input of /quote. */
export interface QuoteInput {
  words: string;
  speaker?: string | undefined;
  topic?: string | undefined;
}

/** How many hits a reply shows. */
export const QUOTE_LIMIT = 8;

/** The Reply listing quote hits. */
export function quoteReply(hits: readonly QuoteHit[], input: QuoteInput): Reply {
  const items: ReplyItem[] = hits.map(quoteItem);
  const filters = [
    input.speaker ? `by ${input.speaker}` : null,
    input.topic ? `in ${input.topic}` : null,
  ].filter(Boolean);
  const what = input.words ? `“${input.words}”` : "quotes";
  const reply: Reply = {
    title: `Quotes: ${what}${filters.length > 0 ? ` ${filters.join(" ")}` : ""}`,
    sections: [
      items.length > 0
        ? { heading: `${items.length} found`, items }
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
export const quoteCommand: Command<QuoteInput> = {
  name: "quote",
  description: "Find quotes by words, speaker or topic",
  usage: ['/quote <words> [speaker:<name>] [topic:<t>]   e.g. /quote closer ties speaker:"Bonny Lin"'],
  options: [
    {
      name: "words",
      description: 'words to find; "a phrase" or a prefix*',
      type: "string",
      required: true,
      positional: "rest",
    },
    {
      name: "speaker",
      description: "who said it (any form of the name)",
      type: "string",
      required: false,
      autocomplete: "speaker",
    },
    { name: "topic", description: "only this topic", type: "string", required: false, autocomplete: "topic" },
  ],
  input: z
    .object({
      words: text(500),
      speaker: text(200),
      topic: z.string().trim().toLowerCase().min(1).max(100).optional(),
    })
    .refine((value) => value.words !== undefined || value.speaker !== undefined, {
      message: "give words to search for, or a speaker",
      path: ["words"],
    })
    .transform((value): QuoteInput => ({ ...value, words: value.words ?? "" })),
  async run(deps, input) {
    if (input.topic) await requireTopic(deps.store, input.topic);
    const hits = await deps.store.searchQuotes({
      words: input.words,
      limit: QUOTE_LIMIT,
      ...(input.speaker ? { speaker: input.speaker } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
    });
    return quoteReply(hits, input);
  },
};
