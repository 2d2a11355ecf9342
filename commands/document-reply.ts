// The Reply for one document's brief: used for "Brief this" (STORE's brief-message command) and
// any place that shows a single document rather than a topic.
import type { DocumentRef } from "../src/core/ports.ts";
import type { Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import type { DocumentBrief } from "../src/core/schemas.ts";
import { attributionFooter, cite, speakerLabel } from "./citations.ts";
import { plural } from "./plural.ts";

/** Optional extras of documentReply: licence and source the brief's metadata lacks, limits. */
export interface DocumentReplyExtra {
  license?: string | null;
  source?: string | null;
  /** A line above the sections ("Added to russia-china", "Already known"). */
  note?: string;
  ephemeral?: boolean;
  limits?: { keyPoints?: number; actors?: number; quotes?: number };
}

/** A Reply showing one document's key points, actors and quotes, each citing its sentence. */
export function documentReply(brief: DocumentBrief, extra: DocumentReplyExtra = {}): Reply {
  const ref: DocumentRef = {
    id: brief.document.id,
    title: brief.document.title,
    date: brief.document.date,
    url: brief.document.url,
    source: extra.source ?? brief.document.source,
    license: extra.license ?? null,
  };
  const limits = { keyPoints: 6, actors: 12, quotes: 6, ...extra.limits };
  const sections: ReplySection[] = [];
  const points: ReplyItem[] = brief.keyPoints
    .slice(0, limits.keyPoints)
    .map((point) => ({ kind: "point", text: point.text, citation: cite(ref, point.sentence) }));
  if (points.length > 0) sections.push({ heading: "Key points", items: points });
  const actors: ReplyItem[] = [...brief.actors]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limits.actors)
    .map((actor) => ({ kind: "actor", text: actor.name, detail: actorDetail(actor) }));
  if (actors.length > 0) sections.push({ heading: "Actors", items: actors });
  const quotes: ReplyItem[] = brief.quotes.slice(0, limits.quotes).map((quote) => ({
    kind: "quote",
    text: quote.text,
    speaker: speakerLabel(quote.speaker),
    citation: cite(ref, quote.sentence),
  }));
  if (quotes.length > 0) sections.push({ heading: "Quotes", items: quotes });
  if (sections.length === 0) {
    sections.push({
      heading: "Nothing found",
      items: [{ kind: "text", text: "No key points, actors or quotes were found in this document." }],
    });
  }
  const subtitle = [extra.note, brief.document.date, ref.source].filter(Boolean).join(" · ");
  const reply: Reply = {
    title: brief.document.title || "Untitled document",
    sections,
    ephemeral: extra.ephemeral ?? false,
  };
  if (subtitle) reply.subtitle = subtitle;
  if (ref.url) reply.url = ref.url;
  if (ref.date) reply.timestamp = ref.date;
  if (ref.source) reply.source = ref.source;
  const footer = attributionFooter([ref]);
  if (footer) reply.footer = footer;
  return reply;
}

/** "person · 3 mentions · also Lin, Bonny". */
export function actorDetail(actor: {
  type: string;
  mentions: number;
  aliases?: readonly string[];
  roles?: readonly string[];
}): string {
  const parts = [actor.type, plural(actor.mentions, "mention")];
  if (actor.roles && actor.roles.length > 0) parts.push(actor.roles.slice(0, 3).join(", "));
  if (actor.aliases && actor.aliases.length > 0) parts.push(`also ${actor.aliases.slice(0, 4).join(", ")}`);
  return parts.join(" · ");
}
