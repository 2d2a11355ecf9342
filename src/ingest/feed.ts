// RSS and Atom feeds -> items to ingest (with @rowanmanning/feed-parser, which is lenient with
// real-world feeds).
import { parseFeed } from "@rowanmanning/feed-parser";
import { BriefbotError } from "../core/errors.ts";

/** One entry of a feed. */
export interface FeedEntry {
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD of publication, when given. */
  date: string | null;
  /** The item's HTML or text content (content, else description), when given. */
  content: string | null;
}

/** True when a text looks like an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(head);
}

/** The entries of a feed; throws FETCH_FAILED when the text is not a feed. */
export function parseFeedEntries(xml: string, origin: string): FeedEntry[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new BriefbotError("FETCH_FAILED", `${origin}: not a readable RSS or Atom feed`, { cause: error });
  }
  return feed.items.map((item) => {
    const when = item.published ?? item.updated;
    return {
      title: item.title?.trim() || null,
      url: item.url,
      date: when && !Number.isNaN(when.getTime()) ? when.toISOString().slice(0, 10) : null,
      content: item.content ?? item.description ?? null,
    };
  });
}
