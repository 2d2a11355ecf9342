// `/brief <topic> [since]`: the brief of a topic across its documents, from the store.
import { z } from "zod";
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import type { Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import { attributionFooter, cite, documentItem, quoteItem } from "./citations.ts";
import type { Command } from "./command.ts";
import { actorDetail } from "./document-reply.ts";
import { commandHelpReply } from "./help.ts";
import { requireTopic } from "./known-topics.ts";
import { plural } from "./plural.ts";
import { isSince, parseSince } from "./since.ts";

/** The validated input of /brief. */
export interface BriefInput {
  topic: string;
  since?: string | undefined;
}

/** The Reply of a topic brief (also used by `briefbot brief`). */
export function topicBriefReply(brief: TopicBrief): Reply {
  const sections: ReplySection[] = [];
  const points: ReplyItem[] = brief.keyPoints.map((point) => ({
    kind: "point",
    text: point.text,
    citation: cite(point.document, point.sentence),
  }));
  if (points.length > 0) sections.push({ heading: "Key points", items: points });
  const actors: ReplyItem[] = brief.actors.map((actor) => ({
    kind: "actor",
    text: actor.name,
    detail: `${actorDetail(actor)}${brief.documentCount > 1 ? ` · ${plural(actor.documents, "doc")}` : ""}`,
  }));
  if (actors.length > 0) sections.push({ heading: "Actors", items: actors });
  const quotes: ReplyItem[] = brief.quotes.map(quoteItem);
  if (quotes.length > 0) sections.push({ heading: "Quotes", items: quotes });
  if (brief.coverage.length > 1) {
    const days = brief.coverage.slice(-7).map((day) => `${day.date}: ${day.documents}`);
    sections.push({
      heading: "Coverage",
      items: [{ kind: "text", text: days.join(" · "), detail: "documents per day" }],
    });
  }
  if (brief.notExtracted.length > 0) {
    sections.push({
      heading: "Not extracted (not in English)",
      items: brief.notExtracted.map(documentItem),
    });
  }
  if (sections.length === 0) {
    const when = brief.since ? ` since ${brief.since}` : "";
    sections.push({
      heading: "Nothing yet",
      items: [{ kind: "text", text: `No documents in this topic${when}.` }],
    });
  }
  const count = plural(brief.documentCount, "document");
  const subtitle = [
    count,
    brief.since ? `since ${brief.since}` : null,
    brief.topic.description.trim() || null,
  ]
    .filter(Boolean)
    .join(" · ");
  const reply: Reply = { title: brief.topic.title, subtitle, sections, ephemeral: false };
  const footer = attributionFooter([
    ...brief.keyPoints.map((point) => point.document),
    ...brief.quotes.map((quote) => quote.document),
  ]);
  if (footer) reply.footer = footer;
  return reply;
}

/** `/brief`. */
export const briefCommand: Command<BriefInput> = {
  name: "brief",
  description: "Brief a topic: key points, actors and quotes, each with its source",
  usage: ["/brief <topic> [since]   e.g. /brief russia-china 7d", "/brief help"],
  options: [
    {
      name: "topic",
      description: "the topic, e.g. russia-china (see /topics)",
      type: "string",
      required: true,
      positional: "word",
      autocomplete: "topic",
    },
    {
      name: "since",
      description: "only documents since a window (7d, 24h, 2w) or a date (2026-01-01)",
      type: "string",
      required: false,
      positional: "word",
    },
  ],
  input: z.object({
    topic: z.string().trim().toLowerCase().min(1, "a topic is needed").max(100),
    since: z
      .string()
      .trim()
      .refine(isSince, "expected a window like 7d, 24h, 2w or a date like 2026-01-01")
      .optional(),
  }),
  async run(deps, input) {
    if (input.topic === "help") return commandHelpReply(briefCommand as Command<unknown>);
    const topic = await requireTopic(deps.store, input.topic);
    const now = deps.clock();
    const since = input.since ? parseSince(input.since, now) : null;
    return topicBriefReply(await deps.store.topicBrief(topic.slug, { now, since }));
  },
};
