// Pages of /brief and /quote, for the "More" button (and `page:<n>`). A page holds what the first
// answer always held (5 stories, 8 key points, 6 quotes; 8 quote hits), which every platform shows
// within its limits, so nothing is cut: the rest is on the next page. A page's "version" is a short
// hash of what decides the pages (document and story counts, the newest day): a button made before
// the data changed carries the old version, and its answer says the brief has changed.
import { createHash } from "node:crypto";
import type { Story } from "../src/core/brief/stories.ts";
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import type { ReplyAction, ReplyItem } from "../src/core/reply.ts";
import { actionToken } from "./action-token.ts";

/** Items of each list on one page of a topic brief. */
export const BRIEF_PAGE = { stories: 5, keyPoints: 8, quotes: 6 } as const;

/** The store limits that yield page `page` and tell whether there is another after it. */
export function briefPageLimits(page: number): { stories: number; keyPoints: number; quotes: number } {
  return {
    stories: BRIEF_PAGE.stories * page + 1,
    keyPoints: BRIEF_PAGE.keyPoints * page + 1,
    quotes: BRIEF_PAGE.quotes * page + 1,
  };
}

const pagesOf = (count: number, size: number): number => Math.ceil(count / size);

/** How many pages a brief fetched for page `page` has at least (exactly, when it is the last). */
export function briefPageCount(brief: TopicBrief): number {
  return Math.max(
    1,
    pagesOf(brief.storyCount, BRIEF_PAGE.stories),
    pagesOf(brief.keyPoints.length, BRIEF_PAGE.keyPoints),
    pagesOf(brief.quotes.length, BRIEF_PAGE.quotes),
  );
}

/** The brief cut to page `page`; `more` when a later page has something. */
export function briefPage(brief: TopicBrief, page: number): { brief: TopicBrief; more: boolean } {
  const cut = <T>(items: readonly T[], size: number): T[] => items.slice((page - 1) * size, page * size);
  return {
    brief: {
      ...brief,
      stories: cut(brief.stories, BRIEF_PAGE.stories),
      keyPoints: cut(brief.keyPoints, BRIEF_PAGE.keyPoints),
      quotes: cut(brief.quotes, BRIEF_PAGE.quotes),
    },
    more:
      brief.storyCount > page * BRIEF_PAGE.stories ||
      brief.keyPoints.length > page * BRIEF_PAGE.keyPoints ||
      brief.quotes.length > page * BRIEF_PAGE.quotes,
  };
}

const shortHash = (text: string): string =>
  BigInt(`0x${createHash("sha256").update(text).digest("hex").slice(0, 12)}`)
    .toString(36)
    .slice(0, 8);

/** The version of a topic brief's pages (not of its generation time: that changes every call). */
export const briefVersion = (brief: TopicBrief): string =>
  shortHash(
    [
      brief.topic.slug,
      brief.since ?? "",
      brief.documentCount,
      brief.storyCount,
      brief.coverage.at(-1)?.date ?? "",
    ].join("|"),
  );

/** The version of a quote search's pages: how many hits it had. */
export const quoteVersion = (total: number, more: boolean): string => shortHash(`${total}|${more}`);

/** The "More" button, or nothing when its token would not fit (a very long search). */
export function moreAction(token: string | null): ReplyAction[] {
  return token ? [{ kind: "more", label: "More", token }] : [];
}

/** Quote items with their "In context" buttons (documents and sentences the store knows). */
export function withContextButtons(items: ReplyItem[]): ReplyItem[] {
  return items.map((item) => {
    if (item.kind !== "quote" || !item.citation) return item;
    const token = actionToken({
      kind: "context",
      document: item.citation.documentId,
      sentence: item.citation.sentence,
    });
    return token ? { ...item, action: { kind: "context", label: "In context", token } } : item;
  });
}

/** Story headlines with their "open" action (offered together as the "Open a story" menu). */
export function withStoryMenu(items: ReplyItem[], topic: string, stories: readonly Story[]): ReplyItem[] {
  const byHeadline = new Map(stories.map((story) => [story.headline.text, story.id]));
  return items.map((item) => {
    const id =
      item.kind === "point" && item.detail?.includes("story:") ? byHeadline.get(item.text) : undefined;
    const token = id ? actionToken({ kind: "story", topic, story: id }) : null;
    return token ? { ...item, action: { kind: "story", label: item.text, token } } : item;
  });
}
