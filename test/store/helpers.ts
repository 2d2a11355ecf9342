// Shared test helpers: temp database files and hand-made documents and briefs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor, DocumentBrief, Quote, SourceDocument } from "../../src/core/schemas.ts";
import type { Topic } from "../../src/core/topic.ts";
import { documentId } from "../../src/ingest/document-file.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";

/** A temp folder removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-store-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A store on a real file in a temp folder, with a fixed clock. */
export function tempStore(now = new Date("2026-01-10T12:00:00Z")): {
  store: SqliteStore;
  path: string;
  dir: string;
  cleanup: () => void;
} {
  const { dir, cleanup } = tempDir();
  const path = join(dir, "nested", "briefbot.db");
  const store = openStore(path, { clock: () => now });
  return {
    store,
    path,
    dir,
    cleanup: async () => {
      await store.close();
      cleanup();
    },
  };
}

/** A topic with defaults. */
export const topic = (slug: string, match: Partial<Topic["match"]> = {}): Topic => ({
  slug,
  title: slug.replace(/-/g, " "),
  description: `about ${slug}`,
  match: { keywords: [], actors: [], minActors: 2, ...match },
  feeds: [],
});

/** A document with a body and optional header fields. */
export function doc(body: string, fields: Partial<Omit<SourceDocument, "body" | "id">> = {}): SourceDocument {
  return {
    id: documentId(body),
    title: fields.title ?? body.slice(0, 30),
    date: fields.date ?? null,
    source: fields.source ?? null,
    url: fields.url ?? null,
    license: fields.license ?? null,
    author: fields.author ?? null,
    body,
  };
}

/** A brief for a document, with the given parts. */
export function brief(
  document: SourceDocument,
  parts: {
    keyPoints?: string[];
    actors?: Array<Partial<Actor> & { name: string }>;
    quotes?: Array<Partial<Quote> & { text: string }>;
  },
): DocumentBrief {
  return {
    document: {
      id: document.id,
      title: document.title,
      date: document.date,
      source: document.source,
      url: document.url,
    },
    keyPoints: (parts.keyPoints ?? []).map((text, index) => ({
      text,
      sentence: index,
      score: 1 / (index + 1),
    })),
    actors: (parts.actors ?? []).map((actor) => ({
      type: "person" as const,
      aliases: [],
      mentions: 1,
      roles: [],
      ...actor,
    })),
    quotes: (parts.quotes ?? []).map((quote) => ({
      speaker: null,
      sentence: 0,
      start: 0,
      end: quote.text.length,
      ...quote,
    })),
  };
}

/** Some words that make a body unique and long enough for near-duplicate checks. */
export function filler(seed: number, words = 80): string {
  const vocabulary = [
    "harbour",
    "council",
    "budget",
    "river",
    "station",
    "engine",
    "market",
    "winter",
    "school",
    "bridge",
    "forest",
    "island",
    "museum",
    "factory",
    "garden",
    "vaccine",
    "satellite",
    "treaty",
    "harvest",
    "festival",
    "airport",
    "library",
    "railway",
    "reactor",
    "canal",
    "glacier",
    "stadium",
    "clinic",
    "village",
    "border",
  ];
  const out: string[] = [];
  let state = seed * 7919 + 13;
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(vocabulary[state % vocabulary.length]!);
  }
  return `${out.join(" ")}.`;
}
