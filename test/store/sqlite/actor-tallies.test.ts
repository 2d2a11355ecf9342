// The actor tallies kept at ingest (topic_actors) and the three ways a topic brief reads them (all
// time, a window holding most documents, a small window) agree with a plain GROUP BY.
import { afterEach, describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../../../src/core/schemas.ts";
import { brief, doc, filler, tempStore, topic } from "../helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const NOW = new Date("2026-03-01T00:00:00Z");

describe("actor tallies", () => {
  it("match a GROUP BY over the documents, for every window, through duplicates and reindexing", async () => {
    const t = tempStore(NOW);
    cleanup = t.cleanup;
    const { store } = t;
    await store.upsertTopic(topic("a"));
    await store.upsertTopic(topic("b"));
    const names = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Eng", "Ed Fox", "Flo Gao", "Gus Hall"];
    const docs = [];
    for (let i = 0; i < 40; i++) {
      const day = `2026-02-${String(1 + (i % 28)).padStart(2, "0")}`;
      const document = doc(`Story ${i}. ${filler(500 + i, 80)}`, { date: day });
      const actors = names
        .filter((_, j) => (i * 7 + j * 3) % 5 < 2)
        .map((name, j) => ({ name, mentions: 1 + ((i + j) % 4) }));
      await store.addDocument(document, brief(document, { actors }), i % 3 === 0 ? ["a", "b"] : ["a"]);
      docs.push({ document, actors });
    }
    // A duplicate joining another topic, a near-duplicate, and a re-extraction with other actors.
    await store.addDocument(docs[1]!.document, null, ["b"]);
    const near = doc(docs[2]!.document.body.replace("Story 2.", "Story two."), { date: "2026-02-27" });
    expect(
      (await store.addDocument(near, brief(near, { actors: [{ name: "Ann Lee", mentions: 9 }] }), ["b"]))
        .status,
    ).toBe("near-duplicate");
    await store.replaceBrief(
      docs[4]!.document.id,
      brief(docs[4]!.document, { actors: [{ name: "Zed Young", mentions: 5 }] }),
    );
    expect(await store.staleDocumentIds({ engineVersion: ENGINE_VERSION })).toEqual([]);

    const expected = (slug: string, since: string) =>
      store.db
        .prepare(
          `SELECT a.name, sum(x.mentions) AS mentions, count(*) AS documents
           FROM memberships m JOIN document_actors x ON x.doc_seq = m.doc_seq JOIN actors a ON a.id = x.actor_id
           WHERE m.topic = ? AND m.counted = 1 AND m.day >= ? GROUP BY a.id
           ORDER BY documents DESC, mentions DESC, a.name`,
        )
        .all(slug, since) as Array<{ name: string; mentions: number; documents: number }>;
    for (const slug of ["a", "b"]) {
      for (const since of [
        null,
        "2026-02-01",
        "2026-02-03",
        "2026-02-10",
        "2026-02-20",
        "2026-02-27",
        "2026-04-01",
      ]) {
        const result = await store.topicBrief(slug, {
          now: NOW,
          since: since ? new Date(`${since}T00:00:00Z`) : null,
          limits: { actors: 4 },
        });
        const want = expected(slug, since ?? "0000-00-00").slice(0, 4);
        expect(
          result.actors.map(({ name, mentions, documents }) => ({ name, mentions, documents })),
          `${slug} since ${since}`,
        ).toEqual(want);
      }
    }
  });
});
