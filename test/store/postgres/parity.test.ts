// Both backends given the same documents give the same answers: topic briefs (the same pure core
// ranks what each store reads), actor profiles, autocomplete, documents, digest windows; quote
// search finds the same quotes (its scores differ: bm25 on SQLite, ts_rank here).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports.ts";
import { openSqliteStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { tempDir, topic } from "../helpers.ts";
import { corpus } from "./corpus.ts";
import { backend, describePostgres } from "./pg-server.ts";
import { tempPostgres } from "./pg-store.ts";

const NOW = new Date("2026-01-02T12:00:00Z");
let sqlite: Store;
let postgres: Store;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  if (backend === "none") return;
  const dir = tempDir();
  sqlite = openSqliteStore(`${dir.dir}/parity.db`, { clock: () => NOW });
  cleanups.push(async () => {
    await sqlite.close();
    dir.cleanup();
  });
  const pg = await tempPostgres(NOW);
  postgres = pg.ports.store;
  cleanups.push(pg.cleanup);
  for (const store of [sqlite, postgres]) {
    await store.upsertTopic(topic("alpha"));
    await store.upsertTopic(topic("beta"));
    for (const item of corpus(60)) {
      await store.addDocument(item.document, item.brief, item.topics, { addedAt: item.addedAt });
    }
  }
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const both = async <T>(ask: (store: Store) => Promise<T>): Promise<[T, T]> => [
  await ask(sqlite),
  await ask(postgres),
];

describePostgres("PostgreSQL and SQLite give the same answers", () => {
  it("lists the same topics with the same counts", async () => {
    const [a, b] = await both((store) => store.listTopics());
    expect(b).toEqual(a);
    expect(a.find((t) => t.slug === "alpha")?.documentCount).toBeGreaterThan(20);
  });

  it("gives the same topic briefs, all time and since a day, with limits", async () => {
    for (const options of [
      { now: NOW },
      { now: NOW, since: new Date("2025-12-20T00:00:00Z") },
      { now: NOW, limits: { keyPoints: 3, actors: 2, quotes: 2 } },
    ]) {
      for (const slug of ["alpha", "beta"]) {
        const [a, b] = await both((store) => store.topicBrief(slug, options));
        expect(b).toEqual(a);
        expect(a.keyPoints.length).toBeGreaterThan(0);
      }
    }
  });

  it("gives the same actor profiles and autocomplete lists", async () => {
    for (const name of ["Lin", "Bonny Lin", "csis", "Berg", "Ångström", "nobody at all"]) {
      for (const topic of [undefined, "beta"]) {
        const [a, b] = await both((store) => store.actorProfile(name, topic ? { topic } : {}));
        expect(b, `${name} ${topic}`).toEqual(a);
      }
    }
    for (const options of [{}, { prefix: "li" }, { prefix: "the c" }, { topic: "alpha", limit: 3 }]) {
      expect((await both((store) => store.listActors(options)))[1]).toEqual(
        (await both((store) => store.listActors(options)))[0],
      );
      const [a, b] = await both((store) => store.listSpeakers(options));
      expect(b).toEqual(a);
    }
  });

  it("stores and returns the same documents, duplicates and near-duplicates alike", async () => {
    let nearDuplicates = 0;
    for (const item of corpus(60).slice(0, 30)) {
      const [a, b] = await both((store) => store.getDocument(item.document.id));
      expect(b).toEqual(a);
      if (a?.document.duplicateOf && a.document.duplicateOf !== a.document.id) nearDuplicates++;
      const [sa, sb] = await both((store) => store.getSource(item.document.id));
      expect(sb).toEqual(sa);
    }
    expect(nearDuplicates).toBeGreaterThan(0);
    const [a, b] = await both((store) =>
      store.documentsAddedSince("alpha", new Date("2025-12-02T00:00:00Z"), new Date("2025-12-03T00:00:00Z")),
    );
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
    const [stale, staleB] = await both((store) => store.staleDocumentIds({ engineVersion: "0" }));
    expect(staleB).toEqual(stale);
  });

  it("finds the same quotes for words, phrases, prefixes, speakers and topics", async () => {
    let found = 0;
    for (const query of [
      { words: "mirror" },
      { words: '"budget storm"' },
      { words: "loo*", limit: 100 },
      { words: "naive treaty", limit: 100 },
      { words: "vote", speaker: "Lin", limit: 100 },
      { words: "harbour", topic: "beta", limit: 100 },
      { words: "", speaker: "CSIS", limit: 5 },
      { words: "csis ties", limit: 100 },
      { words: "spokeswoman", limit: 100 },
    ]) {
      const [a, b] = await both((store) => store.searchQuotes(query));
      found += a.length;
      const key = (hit: { text: string; document: { id: string } }) => `${hit.document.id} ${hit.text}`;
      if (query.words === "" || (a.length < (query.limit ?? 10) && b.length < (query.limit ?? 10))) {
        // Every match is shown: the same set (the order follows each engine's score).
        expect(b.map(key).sort(), JSON.stringify(query)).toEqual(a.map(key).sort());
      } else {
        expect(b.length).toBe(a.length);
      }
    }
    expect(found).toBeGreaterThan(30);
  });
});
