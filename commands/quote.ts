// `/quote <words> [speaker:<name>] [topic:<t>] [limit:<n>]`: quotes found by full-text search.
import { z } from "zod";
import type { QuoteHit } from "../src/core/ports.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import { actionToken, MAX_PAGE } from "./action-token.ts";
import { attributionFooter, quoteItem } from "./citations.ts";
import { defineCommand, field } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { QuoteData } from "./output-schemas.ts";
import { moreAction, quoteVersion, withContextButtons } from "./pages.ts";

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
  /** Hits before this page (page 2 of 8 a page: 8), so the heading counts "9–16 of 40". */
  skipped = 0,
): Reply {
  const items: ReplyItem[] = hits.map(quoteItem);
  const filters = [
    input.speaker ? `by ${input.speaker}` : null,
    input.topic ? `in ${input.topic}` : null,
  ].filter(Boolean);
  const what = input.words ? `“${input.words}”` : "quotes";
  const shown =
    skipped > 0 && items.length > 0 ? `${skipped + 1}–${skipped + items.length}` : `${items.length}`;
  const count =
    more || total > items.length ? `${shown} of ${more ? "more than " : ""}${total}` : `${items.length}`;
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
      page: field(z.number().int().min(1).max(MAX_PAGE).optional(), {
        description: "which page of hits (what the More button shows)",
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
    const page = input.page ?? 1;
    const query = { ...input, words: input.words ?? "" };
    // One search counts the matches too (up to COUNT_UP_TO), so the answer can say "2 of 4".
    const found = await deps.store.searchQuotes({
      words: query.words,
      limit: Math.max(limit * page, COUNT_UP_TO) + 1,
      ...(input.speaker ? { speaker: input.speaker } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
    });
    const more = found.length > Math.max(limit * page, COUNT_UP_TO);
    const total = Math.min(found.length, Math.max(limit * page, COUNT_UP_TO));
    // A page past the end shows the last page (and says so in its heading).
    const last = Math.max(1, Math.ceil(total / limit));
    const shown = Math.min(page, last);
    const hits = found.slice((shown - 1) * limit, shown * limit);
    const reply = quoteReply(hits, query, total, more, (shown - 1) * limit);
    if (shown < page) reply.subtitle = `There is no page ${page}: this is the last page (${shown})`;
    reply.sections = reply.sections.map((part) => ({ ...part, items: withContextButtons(part.items) }));
    // Buttons carry the search but not a custom limit: pages of another size would overlap.
    const hasNext = shown * limit < found.length;
    const next =
      hasNext && limit === QUOTE_LIMIT
        ? actionToken({
            kind: "quote-page",
            version: quoteVersion(total, more),
            page: shown + 1,
            words: input.words,
            speaker: input.speaker,
            topic: input.topic,
          })
        : null;
    reply.actions = moreAction(next);
    return { data: { total, more, hits }, reply };
  },
});
