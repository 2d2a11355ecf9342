// `/brief <topic> [since]`: the brief of a topic across its documents, from the store.
import { z } from "zod";
import type { Story } from "../src/core/brief/stories.ts";
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import { BriefbotError } from "../src/core/errors.ts";
import type { Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import { actionToken, MAX_PAGE } from "./action-token.ts";
import { storyCharts, topicCharts, withCharts } from "./brief-charts.ts";
import { attributionFooter, cite, documentItem, quoteItem } from "./citations.ts";
import { type CommandContext, defineCommand, field } from "./command.ts";
import { actorDetail } from "./document-reply.ts";
import { requireTopic } from "./known-topics.ts";
import { TopicBriefData } from "./output-schemas.ts";
import {
  briefPage,
  briefPageCount,
  briefPageLimits,
  briefVersion,
  moreAction,
  withContextButtons,
  withStoryMenu,
} from "./pages.ts";
import { plural } from "./plural.ts";
import { isSince, parseSince, SINCE_FORMS } from "./since.ts";

/** How many stories a `story:<id>` lookup searches (all a brief groups, in practice). */
const STORY_LOOKUP_LIMIT = 1000;

/** The Reply of one story: its headline, span and sources, its facts, quotes, actors, documents. */
export function storyReply(story: Story, topic: { title: string }): Reply {
  const span = story.firstDay === story.lastDay ? story.lastDay : `${story.firstDay} to ${story.lastDay}`;
  const sections: ReplySection[] = [
    {
      heading: "Headline",
      items: [
        {
          kind: "point",
          text: story.headline.text,
          citation: cite(story.headline.document, story.headline.sentence),
        },
      ],
    },
  ];
  const facts: ReplyItem[] = story.keyPoints
    .filter((point) => point.text !== story.headline.text)
    .map((point) => {
      const item: ReplyItem = {
        kind: "point",
        text: point.text,
        citation: cite(point.document, point.sentence),
      };
      if (point.sources > 1) item.detail = `reported by ${point.sources} sources`;
      return item;
    });
  if (facts.length > 0) sections.push({ heading: "Key points", items: facts });
  if (story.quotes.length > 0) sections.push({ heading: "Quotes", items: story.quotes.map(quoteItem) });
  if (story.actors.length > 0) {
    sections.push({
      heading: "Actors",
      items: story.actors.map((actor) => ({
        kind: "actor",
        text: actor.name,
        detail: `${actor.type} · ${plural(actor.documents, "doc")}`,
      })),
    });
  }
  sections.push({ heading: "Documents", items: story.documents.map(documentItem) });
  const sources = story.sources.names.length > 0 ? ` (${story.sources.names.join(", ")})` : "";
  const reply: Reply = {
    title: `${topic.title}: story ${story.id}`,
    subtitle: `${span} · ${plural(story.documentCount, "document")} · ${plural(story.sources.count, "source")}${sources}`,
    sections,
    ephemeral: false,
  };
  const footer = attributionFooter(story.documents);
  if (footer) reply.footer = footer;
  return reply;
}

/** The Reply of a topic brief (also used by `briefbot brief`). */
export function topicBriefReply(brief: TopicBrief): Reply {
  const sections: ReplySection[] = [];
  const stories = (brief.stories ?? []).flatMap(storyItems);
  if (stories.length > 0) {
    const shown = brief.stories.length;
    const heading = brief.storyCount > shown ? `Top stories (${shown} of ${brief.storyCount})` : "Stories";
    sections.push({ heading, items: stories });
  }
  // Facts the stories already show are not repeated under Key points.
  const shownText = new Set(stories.map((item) => item.text));
  const points: ReplyItem[] = brief.keyPoints
    .filter((point) => !shownText.has(point.text))
    .map((point) => ({
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
    const shown = brief.coverage.slice(-7);
    const days = shown.map((day) => `${day.date}: ${day.documents}`);
    const earlier = brief.coverage.slice(0, -7);
    // Say what the line leaves out, so that a long window does not read as a quiet one.
    const left =
      earlier.length > 0
        ? `; ${plural(
            earlier.reduce((sum, day) => sum + day.documents, 0),
            "document",
          )} on ${plural(earlier.length, "earlier day")} not shown (since ${earlier[0]!.date})`
        : "";
    sections.push({
      heading: "Coverage",
      items: [{ kind: "text", text: days.join(" · "), detail: `documents per day${left}` }],
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
    ...(brief.stories ?? []).map((story) => story.headline.document),
    ...brief.keyPoints.map((point) => point.document),
    ...brief.quotes.map((quote) => quote.document),
  ]);
  if (footer) reply.footer = footer;
  return reply;
}

/** Page 2 and later of a brief: its stories, key points and quotes only ("More"). */
function laterPageReply(brief: TopicBrief, page: number): Reply {
  const sections: ReplySection[] = [];
  const stories = brief.stories.flatMap(storyItems);
  if (stories.length > 0) sections.push({ heading: `Stories (of ${brief.storyCount})`, items: stories });
  const points: ReplyItem[] = brief.keyPoints.map((point) => ({
    kind: "point",
    text: point.text,
    citation: cite(point.document, point.sentence),
  }));
  if (points.length > 0) sections.push({ heading: "Key points", items: points });
  if (brief.quotes.length > 0) sections.push({ heading: "Quotes", items: brief.quotes.map(quoteItem) });
  const reply: Reply = {
    title: brief.topic.title,
    subtitle: [
      `page ${page}`,
      plural(brief.documentCount, "document"),
      brief.since ? `since ${brief.since}` : null,
    ]
      .filter(Boolean)
      .join(" · "),
    sections,
    ephemeral: false,
  };
  const footer = attributionFooter([
    ...brief.stories.map((story) => story.headline.document),
    ...brief.keyPoints.map((point) => point.document),
    ...brief.quotes.map((quote) => quote.document),
  ]);
  if (footer) reply.footer = footer;
  return reply;
}

/**
 * Page `page` of a brief fetched with briefPageLimits(page), with its buttons: "In context" on
 * quotes, "More" when a later page has something, "Subscribe this channel" on the first page in
 * chat. A page past the end shows the last page and says so.
 */
export function pagedBriefReply(
  fetched: TopicBrief,
  page: number,
  context: Pick<CommandContext, "platform">,
  sinceText?: string,
): { data: TopicBrief; reply: Reply } {
  const last = briefPageCount(fetched);
  const shown = Math.min(page, last);
  const { brief, more } = briefPage(fetched, shown);
  const reply = shown === 1 ? topicBriefReply(brief) : laterPageReply(brief, shown);
  if (shown < page) {
    reply.subtitle = `There is no page ${page}: this is the last page (${shown}) · ${reply.subtitle ?? ""}`;
  }
  reply.sections = reply.sections.map((part) => ({
    ...part,
    items: withStoryMenu(withContextButtons(part.items), fetched.topic.slug, brief.stories),
  }));
  const version = briefVersion(fetched);
  const next = more
    ? actionToken({
        kind: "brief-page",
        version,
        page: shown + 1,
        topic: fetched.topic.slug,
        since: sinceText,
      })
    : null;
  reply.actions = moreAction(next);
  if (shown === 1 && (context.platform === "slack" || context.platform === "discord")) {
    const token = actionToken({ kind: "subscribe", topic: fetched.topic.slug });
    if (token) reply.actions.push({ kind: "subscribe", label: "Subscribe this channel", token });
  }
  return { data: brief, reply };
}

/** A story as reply items: its headline with span, sources and id, then facts several sources reported. */
function storyItems(story: Story): ReplyItem[] {
  const span = story.firstDay === story.lastDay ? story.lastDay : `${story.firstDay} to ${story.lastDay}`;
  const sources =
    story.sources.names.length > 0 && story.sources.names.length <= 3
      ? `${plural(story.sources.count, "source")} (${story.sources.names.join(", ")})`
      : plural(story.sources.count, "source");
  const who = story.actors
    .slice(0, 3)
    .map((actor) => actor.name)
    .join(", ");
  const detail = [span, plural(story.documentCount, "document"), sources, who, `story:${story.id}`]
    .filter(Boolean)
    .join(" · ");
  const items: ReplyItem[] = [
    {
      kind: "point",
      text: story.headline.text,
      detail,
      citation: cite(story.headline.document, story.headline.sentence),
    },
  ];
  for (const point of story.keyPoints) {
    if (point.sources < 2 || point.text === story.headline.text) continue;
    items.push({
      kind: "point",
      text: point.text,
      detail: `reported by ${point.sources} sources`,
      citation: cite(point.document, point.sentence),
    });
    if (items.length >= 3) break;
  }
  return items;
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
    story: field(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9-]{1,40}$/, "expected a story id as a brief shows it, e.g. story:1a2b3c4d5e6f")
        .optional(),
      { description: "one story of the brief in full, by the id it shows (story:<id>)", placeholder: "id" },
    ),
    page: field(z.number().int().min(1).max(MAX_PAGE).optional(), {
      description: "which page of stories, key points and quotes (what the More button shows)",
      type: "integer",
      placeholder: "n",
    }),
    chart: field(z.boolean().optional(), {
      description: "attach charts: coverage timeline by story and actor graph (PNG)",
      type: "boolean",
      // The terminal chat shows text only; the CLI writes the PNG files (--chart FILE.png).
      surfaces: ["slack", "discord", "cli"],
      placeholder: "FILE.png",
    }),
  }),
  output: TopicBriefData,
  async run(deps, input, context) {
    const topic = await requireTopic(deps.store, input.topic);
    const now = deps.clock();
    const since = input.since ? parseSince(input.since, now) : null;
    if (input.story) {
      const brief = await deps.store.topicBrief(topic.slug, {
        now,
        since,
        limits: { stories: STORY_LOOKUP_LIMIT },
      });
      const story = brief.stories.find((candidate) => candidate.id === input.story);
      if (!story) {
        throw new BriefbotError("STORY_NOT_FOUND", `no story ${input.story} in ${topic.slug}`, {
          hints: [`/brief ${topic.slug} lists its top stories with their ids`],
        });
      }
      const reply = storyReply(story, topic);
      return {
        data: { ...brief, stories: [story] },
        reply: input.chart
          ? withCharts(reply, storyCharts(story, topic), `${topic.slug}-${story.id}`)
          : reply,
      };
    }
    const page = input.page ?? 1;
    const fetched = await deps.store.topicBrief(topic.slug, { now, since, limits: briefPageLimits(page) });
    const paged = pagedBriefReply(fetched, page, context, input.since);
    if (!input.chart) return paged;
    // The charts show the whole window, whichever page they come with.
    return { ...paged, reply: withCharts(paged.reply, topicCharts(fetched), topic.slug) };
  },
});
