// A real SQLite store (in a temp dir) seeded with the bundled russia-china article and a small
// licensed Wikinews-style document, with briefs written by hand so that these tests check the
// commands, not the extraction engine.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import type { CommandDeps } from "../../commands/command.ts";
import type { DocumentBrief, Quote, SourceDocument } from "../../src/core/schemas.ts";
import { TopicFile } from "../../src/core/topic.ts";
import { parseDocument } from "../../src/ingest/document-file.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";

const ROOT = join(import.meta.dirname, "..", "..");
export const SEED_PATH = join(ROOT, "briefs/russia-china/docs/russia-china-2022-09-07.txt");
export const NOW = new Date("2026-03-01T12:00:00Z");

const span = (document: SourceDocument, text: string): { start: number; end: number } => {
  const start = document.body.indexOf(text);
  if (start < 0) throw new Error(`not in the body: ${text}`);
  return { start, end: start + text.length };
};

const quote = (
  document: SourceDocument,
  text: string,
  speaker: Quote["speaker"],
  sentence: number,
): Quote => ({
  text,
  speaker,
  sentence,
  ...span(document, text),
});

/** The document part of a brief, from the parsed document. */
const briefRef = (document: SourceDocument): DocumentBrief["document"] => ({
  id: document.id,
  title: document.title,
  date: document.date,
  source: document.source,
  url: document.url,
});

/** The seed article with a hand-made brief. */
export function seedDocument(): { document: SourceDocument; brief: DocumentBrief } {
  const document = parseDocument(readFileSync(SEED_PATH, "utf8"), {
    fallbackTitle: "russia-china-2022-09-07",
  });
  const brief: DocumentBrief = {
    document: briefRef(document),
    keyPoints: [
      {
        text: "Russia is hosting the “Vostok-2022” military exercise involving 15 countries in the east of the country.",
        sentence: 0,
        score: 1,
      },
      {
        text: "The Washington-based Center for Strategic and International Studies (CSIS) released the report, and co-author Bonny Lin said China was seeking closer ties with Russia.",
        sentence: 8,
        score: 0.9,
      },
    ],
    actors: [
      { name: "Russia", type: "place", aliases: ["Russian"], mentions: 14, roles: [] },
      { name: "China", type: "place", aliases: ["Chinese", "Beijing"], mentions: 8, roles: [] },
      { name: "Bonny Lin", type: "person", aliases: ["Lin"], mentions: 3, roles: ["co-author"] },
      {
        name: "Center for Strategic and International Studies",
        type: "org",
        aliases: ["CSIS"],
        mentions: 2,
        roles: [],
      },
      { name: "Rostec", type: "org", aliases: [], mentions: 2, roles: [] },
    ],
    quotes: [
      quote(
        document,
        "The Russian Navy and the Chinese Navy have reached a new level in the quality of their pragmatic interactions. It has ensured global and regional stability and security.",
        { name: "Russian Ministry of Defense", type: "org" },
        4,
      ),
      quote(
        document,
        "Beijing looks at the problems between Russia and the West and NATO as if it were looking in a mirror on the problems it is facing with the United States and its closest allies and partners in the Indo-Pacific",
        { name: "Bonny Lin", type: "person" },
        19,
      ),
    ],
  };
  return { document, brief };
}

/** A second, licensed document with text that tries to take over a terminal. */
export function wikinewsDocument(): { document: SourceDocument; brief: DocumentBrief } {
  const raw = [
    "title: Leaders meet in Moscow \u001b[31mRED",
    "source: Wikinews",
    "url: https://en.wikinews.org/wiki/Leaders_meet",
    "license: CC BY 2.5",
    "date: 2026-02-20",
    "",
    "Chinese and Russian leaders met in Moscow on Friday. “We agreed on closer ties,” Bonny Lin said \u001b[2J after the talks.",
  ].join("\n");
  const document = parseDocument(raw, { fallbackTitle: "leaders" });
  const brief: DocumentBrief = {
    document: briefRef(document),
    keyPoints: [{ text: "Chinese and Russian leaders met in Moscow on Friday.", sentence: 0, score: 1 }],
    actors: [
      { name: "China", type: "place", aliases: ["Chinese"], mentions: 1, roles: [] },
      { name: "Russia", type: "place", aliases: ["Russian", "Moscow"], mentions: 2, roles: [] },
      { name: "Bonny Lin", type: "person", aliases: [], mentions: 1, roles: [] },
    ],
    quotes: [quote(document, "We agreed on closer ties,", { name: "Bonny Lin", type: "person" }, 1)],
  };
  return { document, brief };
}

/** A temp-file store seeded with both documents in russia-china; `cleanup` closes and removes it. */
export async function seededStore(): Promise<{
  store: SqliteStore;
  deps: CommandDeps;
  dir: string;
  cleanup(): void;
}> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-commands-"));
  const store = openStore(join(dir, "test.db"), { clock: () => NOW });
  const topic = TopicFile.parse(parse(readFileSync(join(ROOT, "briefs/russia-china/topic.yaml"), "utf8")));
  await store.upsertTopic({ slug: "russia-china", ...topic });
  await store.upsertTopic({
    slug: "empty-topic",
    title: "Nothing here",
    description: "",
    match: { keywords: [], actors: [], minActors: 2 },
    feeds: [],
  });
  for (const { document, brief } of [seedDocument(), wikinewsDocument()])
    await store.addDocument(document, brief, ["russia-china"]);
  return {
    store,
    deps: { store, clock: () => NOW },
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
