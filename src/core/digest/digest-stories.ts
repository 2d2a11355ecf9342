// The stories of a digest: the window's documents grouped by the story each joined at ingest, each
// story said once with its headline (verbatim), whether it is new or grew, how many documents and
// sources, and its links. Pure; documents without a story stand alone.
import type { ReplyItem } from "../reply.ts";
import type { DigestDocument } from "./digest-store.ts";

/** A story as a digest lists it. */
export interface DigestStory {
  id: string;
  /** Newest first. */
  documents: DigestDocument[];
  /** Documents of the story from before the window: 0 for a new story. */
  earlier: number;
}

/** How many links a story item carries at most. */
const LINKS = 2;

/** Groups the window's documents by story, the stories with most new documents first. */
export function digestStories(documents: readonly DigestDocument[]): DigestStory[] {
  const stories = new Map<string, DigestStory>();
  const newest = [...documents].sort(
    (a, b) => b.addedAt.localeCompare(a.addedAt) || a.documentId.localeCompare(b.documentId),
  );
  for (const document of newest) {
    const id = document.story ?? `document:${document.documentId}`;
    let story = stories.get(id);
    if (!story) {
      story = { id, documents: [], earlier: document.story ? (document.storyEarlier ?? 0) : 0 };
      stories.set(id, story);
    }
    story.documents.push(document);
  }
  // Most new documents first, then the one updated last (insertion order is newest first).
  return [...stories.values()].sort((a, b) => b.documents.length - a.documents.length);
}

/** The headline of a story: the best-ranked key point of its newest document, or its title. */
function headline(story: DigestStory): string {
  for (const document of story.documents) {
    const best = [...(document.brief?.keyPoints ?? [])].sort((a, b) => b.score - a.score)[0];
    if (best) return best.text;
  }
  return story.documents[0]?.title || "Untitled";
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One reply item a story: headline, then new or updated, documents and sources, and links. */
export function storyItem(story: DigestStory): ReplyItem {
  const added = story.documents.length;
  const sources = new Set(
    story.documents.map((document) => document.source?.trim().toLowerCase() || `doc:${document.documentId}`),
  ).size;
  const status =
    story.earlier === 0
      ? `new story · ${plural(added, "document")}`
      : `updated · ${plural(added, "new document")} (${story.earlier + added} in all)`;
  const links = story.documents
    .map((document) => document.url)
    .filter((url): url is string => Boolean(url))
    .slice(0, LINKS);
  return {
    kind: "text",
    text: headline(story),
    detail: [status, plural(sources, "source"), ...links].join(" · "),
  };
}
