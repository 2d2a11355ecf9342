// Composes a digest: the stories that are new or gained documents since the subscription's last
// delivered digest (digest-stories.ts), their key points, quotes and newly prominent actors. Pure: the
// documents, the window and the known actors are passed in. The text stays plain and untrusted;
// each adapter escapes it for its platform.
import type { Citation, Reply, ReplyItem, ReplySection } from "../reply.ts";
import type { DigestDocument } from "./digest-store.ts";
import { digestStories, storyItem } from "./digest-stories.ts";
import type { DigestStyle, WhenEmpty } from "./schedule-spec.ts";

/** Everything a digest is made from. */
export interface DigestInput {
  /** The topic; `actors` are those that define it (topic.yaml's match.actors), never news in it. */
  topic: { slug: string; title: string; actors?: readonly string[] };
  /** Documents added in [from, to), ISO-8601 UTC. */
  window: { from: string; to: string };
  documents: readonly DigestDocument[];
  /** Actors already seen in the topic before the window. */
  knownActors: ReadonlySet<string>;
  style: DigestStyle;
  whenEmpty: WhenEmpty;
  /** The subscription's zone, for the dates shown. */
  timeZone: string;
  limits?: Partial<DigestLimits>;
}

/** How much one digest shows at most. */
export interface DigestLimits {
  /** Stories listed (each with all its new documents). */
  documents: number;
  keyPointsPerDocument: number;
  keyPoints: number;
  quotes: number;
  actors: number;
  headlinePoints: number;
}

const DEFAULT_LIMITS: DigestLimits = {
  documents: 10,
  keyPointsPerDocument: 2,
  keyPoints: 8,
  quotes: 5,
  actors: 6,
  headlinePoints: 3,
};

/** A composed digest: the message, and for threaded digests the details for its thread. */
export interface ComposedDigest {
  message: Reply;
  thread?: Reply;
  documentCount: number;
}

const citationOf = (document: DigestDocument, sentence: number): Citation => ({
  documentId: document.documentId,
  title: document.title,
  url: document.url,
  date: document.date,
  sentence,
  license: document.license,
});

/** Formats an instant in the subscription's zone: "Sun 29 Nov, 08:00". */
export function formatLocal(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

const normalise = (text: string): string => text.toLowerCase().replace(/\W+/g, " ").trim();

function keyPoints(documents: readonly DigestDocument[], limits: DigestLimits): ReplyItem[] {
  // Round-robin over documents (newest first) so that one long article cannot fill the digest.
  const perDocument = documents.map((document) =>
    [...(document.brief?.keyPoints ?? [])]
      .sort((a, b) => b.score - a.score)
      .slice(0, limits.keyPointsPerDocument)
      .map((point) => ({ document, point })),
  );
  const items: ReplyItem[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < limits.keyPointsPerDocument; round++) {
    for (const list of perDocument) {
      const entry = list[round];
      if (!entry || items.length >= limits.keyPoints) continue;
      const key = normalise(entry.point.text);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        kind: "point",
        text: entry.point.text,
        citation: citationOf(entry.document, entry.point.sentence),
      });
    }
  }
  return items;
}

function quotes(documents: readonly DigestDocument[], limits: DigestLimits): ReplyItem[] {
  const all = documents.flatMap((document) =>
    (document.brief?.quotes ?? []).map((quote) => ({ document, quote })),
  );
  // Attributed quotes first, then longer ones; the same words quoted twice are shown once.
  all.sort(
    (a, b) =>
      Number(b.quote.speaker !== null) - Number(a.quote.speaker !== null) ||
      b.quote.text.length - a.quote.text.length,
  );
  const items: ReplyItem[] = [];
  const seen = new Set<string>();
  for (const { document, quote } of all) {
    if (items.length >= limits.quotes) break;
    const key = normalise(quote.text);
    if (seen.has(key) || quote.text.length < 12) continue;
    seen.add(key);
    items.push({
      kind: "quote",
      text: quote.text,
      speaker: quote.speaker?.name ?? null,
      citation: citationOf(document, quote.sentence),
    });
  }
  return items;
}

function newActors(
  documents: readonly DigestDocument[],
  known: ReadonlySet<string>,
  topicActors: readonly string[],
  limits: DigestLimits,
): ReplyItem[] {
  // The actors a topic is defined by (Russia and China for russia-china) are in nearly every one of
  // its documents: they are never "newly prominent", whatever the topic's earlier history holds.
  const defining = new Set(topicActors.map((name) => name.toLowerCase()));
  const definesTopic = (actor: { name: string; aliases?: readonly string[] }): boolean =>
    [actor.name, ...(actor.aliases ?? [])].some((name) => defining.has(name.toLowerCase()));
  const tally = new Map<string, { type: string; mentions: number; documents: number }>();
  for (const document of documents) {
    for (const actor of document.brief?.actors ?? []) {
      if (known.has(actor.name) || definesTopic(actor)) continue;
      const entry = tally.get(actor.name) ?? { type: actor.type, mentions: 0, documents: 0 };
      entry.mentions += actor.mentions;
      entry.documents += 1;
      tally.set(actor.name, entry);
    }
  }
  // "Prominent": named at least twice, or in two documents; one passing mention is not news.
  return [...tally.entries()]
    .filter(([, entry]) => entry.mentions >= 2 || entry.documents >= 2)
    .sort(
      ([nameA, a], [nameB, b]) =>
        b.documents - a.documents || b.mentions - a.mentions || (nameA < nameB ? -1 : 1),
    )
    .slice(0, limits.actors)
    .map(([name, entry]) => ({
      kind: "actor" as const,
      text: name,
      detail: `${entry.type}, ${entry.mentions} mention${entry.mentions === 1 ? "" : "s"} in ${entry.documents} document${entry.documents === 1 ? "" : "s"}`,
    }));
}

/** The digest for a window, or null when nothing is new and the subscription stays silent. */
export function composeDigest(input: DigestInput): ComposedDigest | null {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const title = `Digest: ${input.topic.title}`;
  const since = formatLocal(input.window.from, input.timeZone);
  const count = input.documents.length;
  if (count === 0) {
    if (input.whenEmpty === "silent") return null;
    return {
      message: {
        title,
        subtitle: `Nothing new since ${since}.`,
        sections: [],
        ephemeral: false,
        timestamp: input.window.to,
      },
      documentCount: 0,
    };
  }
  const newest = [...input.documents].sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1));
  // The digest is made of stories: each new or updated story once, with its headline, how many
  // documents and sources it gained and its links (the documents are not listed one by one).
  const stories = digestStories(newest);
  const storyItems: ReplyItem[] = stories.slice(0, limits.documents).map(storyItem);
  const shownDocuments = stories
    .slice(0, limits.documents)
    .reduce((n, story) => n + story.documents.length, 0);
  const points = keyPoints(newest, limits);
  const sections: ReplySection[] = [
    { heading: "Stories", items: storyItems },
    { heading: "Key points", items: points },
    { heading: "Quotes", items: quotes(newest, limits) },
    {
      heading: "Newly prominent",
      items: newActors(newest, input.knownActors, input.topic.actors ?? [], limits),
    },
  ].filter((section) => section.items.length > 0);
  const newStories = stories.filter((story) => story.earlier === 0).length;
  const subtitle =
    `${count} new document${count === 1 ? "" : "s"} since ${since}: ` +
    `${newStories} new ${newStories === 1 ? "story" : "stories"}, ${stories.length - newStories} updated`;
  const footer =
    count > shownDocuments
      ? `${count - shownDocuments} more in the store: /brief ${input.topic.slug}`
      : undefined;
  const full: Reply = {
    title,
    subtitle,
    sections,
    ...(footer ? { footer } : {}),
    ephemeral: false,
    // The end of the window: platforms that show a message time (Discord embeds) show this one.
    timestamp: input.window.to,
  };
  if (input.style === "single") return { message: full, documentCount: count };
  const headline: Reply = {
    title,
    subtitle,
    sections: [{ heading: "Headlines", items: storyItems.slice(0, limits.headlinePoints) }],
    footer: "Details in the thread.",
    ephemeral: false,
    timestamp: input.window.to,
  };
  return { message: headline, thread: { ...full, title: `${title}: details` }, documentCount: count };
}
