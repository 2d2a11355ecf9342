// `/brief <topic> [since]`: the brief of a topic across its documents, from the store.
import { z } from "zod";
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import type { Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import { attributionFooter, cite, documentItem, quoteItem } from "./citations.ts";
import { defineCommand, field } from "./command.ts";
import { actorDetail } from "./document-reply.ts";
import { requireTopic } from "./known-topics.ts";
import { TopicBriefData } from "./output-schemas.ts";
import { plural } from "./plural.ts";
import { isSince, parseSince, SINCE_FORMS } from "./since.ts";

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
export const briefCommand = defineCommand({
  name: "brief",
  description: "Brief a topic: key points, actors and quotes, each with its source",
  examples: ["/brief russia-china", "/brief russia-china 2022-01-01", "/brief russia-china all"],
  input: z.object({
    topic: field(z.string().trim().toLowerCase().min(1, "a topic is needed").max(100), {
      description: "the topic, e.g. russia-china (see /topics)",
      positional: "word",
      autocomplete: "topic",
    }),
    since: field(z.string().trim().refine(isSince, `expected ${SINCE_FORMS}`).optional(), {
      description: `only documents since ${SINCE_FORMS}`,
      positional: "word",
    }),
  }),
  output: TopicBriefData,
  async run(deps, input) {
    const topic = await requireTopic(deps.store, input.topic);
    const now = deps.clock();
    const since = input.since ? parseSince(input.since, now) : null;
    const brief = await deps.store.topicBrief(topic.slug, { now, since });
    return { data: brief, reply: topicBriefReply(brief) };
  },
});
