// The store of the load runs: many documents built from Wikinews articles (varied so that they are
// not duplicates), in a "world" topic and ten "region-N" topics, and the workload of commands asked
// of it. Deterministic: the same count gives the same store and the same commands.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { parseDocument } from "../../src/ingest/document-file.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";

/**
 * The Wikinews articles (CC BY 2.5) the tests build stores from: twelve articles kept in the repo,
 * so that every test runs on a clone with nothing beside it (their README gives the attribution).
 */
export const FIXTURE_CORPUS_DIR = fileURLToPath(new URL("../fixtures/wikinews/", import.meta.url));

/** Topics of the load store: every document is in "world" and in one of ten "region-N". */
export const REGIONS = 10;
export const WORLD = "world";

/** A small deterministic PRNG (mulberry32), so a store of N documents is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What buildLoadStore did. */
export interface StoreBuild {
  documents: number;
  added: number;
  nearDuplicates: number;
  ms: number;
}

/**
 * `count` article-sized document texts (header and body) made from the articles in `corpusDir`:
 * a random half of one article's paragraphs plus four paragraphs of others, shuffled, with a
 * numbered closing line, so that they are neither duplicates nor (but for a few percent)
 * near-duplicates of each other, however many are made from a dozen articles. Deterministic.
 */
export function* loadDocumentTexts(count: number, corpusDir = FIXTURE_CORPUS_DIR): Generator<string> {
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  if (files.length === 0) throw new Error(`no .txt articles in ${corpusDir}`);
  const bases = files.map((name) =>
    parseDocument(readFileSync(join(corpusDir, name), "utf8"), { fallbackTitle: name }),
  );
  const paragraphs = bases.map((doc) => doc.body.split(/\n{2,}/).filter((part) => part.trim().length > 40));
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const own = paragraphs[i % bases.length] ?? [];
    const mixed = own.filter(() => next() < 0.5);
    if (mixed.length === 0 && own[0] !== undefined) mixed.push(own[0]);
    for (let k = 0; k < 4; k++) {
      const other = paragraphs[Math.floor(next() * paragraphs.length)] ?? [];
      if (other.length > 0) mixed.push(other[Math.floor(next() * other.length)] as string);
    }
    for (let j = mixed.length - 1; j > 0; j--) {
      const swap = Math.floor(next() * (j + 1));
      [mixed[j], mixed[swap]] = [mixed[swap] as string, mixed[j] as string];
    }
    const day = String(1 + (i % 28)).padStart(2, "0");
    // The attribution of the articles the text is made from travels with it.
    yield [
      `title: ${base.title} (${i})`,
      `date: 2026-10-${day}`,
      "source: Wikinews",
      `url: https://en.wikinews.org/wiki/load-${i}`,
      "license: CC BY 2.5",
      "",
      `${mixed.join("\n\n")}\n\nThis is load-test report number ${i}.`,
    ].join("\n");
  }
}

/**
 * Fills the store at `path` with `count` documents from loadDocumentTexts, in a "world" topic and
 * one of ten "region-N" topics.
 */
export async function buildLoadStore(
  path: string,
  count: number,
  corpusDir = FIXTURE_CORPUS_DIR,
): Promise<StoreBuild> {
  const started = performance.now();
  const store = openStore(path, { clock: () => new Date("2026-11-25T12:00:00Z") });
  try {
    await store.upsertTopic({
      slug: WORLD,
      title: "World news",
      description: "Everything",
      match: { keywords: [], actors: [], minActors: 2 },
      feeds: [],
    });
    for (let r = 0; r < REGIONS; r++) {
      await store.upsertTopic({
        slug: `region-${r}`,
        title: `Region ${r}`,
        description: "",
        match: { keywords: [], actors: [], minActors: 2 },
        feeds: [],
      });
    }
    let added = 0;
    let nearDuplicates = 0;
    let i = 0;
    for (const text of loadDocumentTexts(count, corpusDir)) {
      const doc = parseDocument(text, { fallbackTitle: `load-${i}` });
      const result = await store.addDocument(doc, extractBrief(doc), [WORLD, `region-${i % REGIONS}`], {
        addedAt: new Date(Date.UTC(2026, 9, 1 + (i % 28))),
      });
      if (result.status === "added") added++;
      else if (result.status === "near-duplicate") nearDuplicates++;
      i++;
    }
    return { documents: count, added, nearDuplicates, ms: performance.now() - started };
  } finally {
    await store.close();
  }
}

/** Words and names the workload asks about, read from the store. */
export interface Vocabulary {
  names: string[];
  words: string[];
  topics: string[];
}

const QUOTE_WORDS = [
  "government",
  "police",
  "president",
  "minister",
  "people",
  "election",
  "officials",
  "war",
  "said",
  "report",
];

export async function vocabulary(store: SqliteStore): Promise<Vocabulary> {
  const names = (await store.listActors({ limit: 25 })).map((actor) => actor.name);
  return {
    names: names.length > 0 ? names : ["Russia"],
    words: QUOTE_WORDS,
    topics: (await store.listTopics()).map((topic) => topic.slug),
  };
}

/** "full": the mix below; "light": without /brief of the 10,000-document topic and /topics. */
export type WorkloadMix = "full" | "light";

/** The i-th command of the workload: mostly topic briefs and searches, as a busy channel asks. */
export function workload(
  i: number,
  vocab: Vocabulary,
  mix: WorkloadMix = "full",
): { name: string; text: string; options: Record<string, string> } {
  const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T;
  const region = `region-${i % REGIONS}`;
  // The light mix leaves out the two costliest asks: the brief of the whole store and /topics.
  const slot = mix === "light" && i % 10 === 8 ? 3 : i % 10;
  switch (slot) {
    case 0:
      if (mix === "light") return { name: "brief", text: region, options: { topic: region } };
      return { name: "brief", text: WORLD, options: { topic: WORLD } };
    case 1:
    case 2:
      return { name: "brief", text: region, options: { topic: region } };
    case 3:
    case 4:
    case 5: {
      const words = pick(vocab.words, i);
      return { name: "quote", text: words, options: { words } };
    }
    case 6:
    case 7: {
      const name = pick(vocab.names, i);
      return { name: "who", text: `"${name}"`, options: { name } };
    }
    case 8:
      return { name: "topics", text: "", options: {} };
    default:
      return { name: "brief", text: `${region} 7d`, options: { topic: region, since: "7d" } };
  }
}
