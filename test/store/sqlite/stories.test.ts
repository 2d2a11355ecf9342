// Stories on SQLite beyond the contract: rows without a story (stored before version 4, or put in
// a topic by hand) get one on the next brief, and /brief reads a bounded number of extracts
// however large the topic's stories are.
import type Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { STORY_MEMBERS_READ } from "../../../src/core/brief/stored-stories.ts";
import { openSqliteStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { brief, doc, filler, tempStore, topic } from "../helpers.ts";

let cleanup: () => void | Promise<void> = () => {};
afterEach(async () => {
  await cleanup();
  cleanup = () => {};
});

const NOW = new Date("2026-03-10T12:00:00Z");

const day = (i: number) => `2026-03-${String(1 + (i % 9)).padStart(2, "0")}`;

/** Counts the extracts (brief_json rows) that statements prepared from now on return. */
function countExtractReads(db: Database.Database): { read: number } {
  const counter = { read: 0 };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!sql.includes("brief_json")) return statement;
    const all = statement.all.bind(statement);
    statement.all = ((...args: unknown[]) => {
      const found = all(...args) as unknown[];
      counter.read += found.length;
      return found;
    }) as typeof statement.all;
    return statement;
  }) as typeof db.prepare;
  return counter;
}

describe("stories on SQLite", () => {
  it("are assigned on the next brief to documents stored without one, as ingest would have", async () => {
    const t = tempStore(NOW);
    cleanup = t.cleanup;
    await t.store.upsertTopic(topic("t"));
    for (let i = 0; i < 12; i++) {
      const event = i % 3;
      const document = doc(`Event ${event} report ${i}. ${filler(700 + i, 80)}`, {
        title: `Event ${["Ketterby fire", "Olmsford strike", "Pelling vote"][event]} ${i}`,
        date: `2026-03-${String(1 + i).padStart(2, "0")}`,
      });
      const actor = ["Rosa Ketterby", "Ivo Olmsford", "Nell Pelling"][event]!;
      await t.store.addDocument(
        document,
        brief(document, {
          keyPoints: [`${actor} spoke about the ${["fire", "strike", "vote"][event]} again.`],
          actors: [{ name: actor, mentions: 3 }],
        }),
        ["t"],
      );
    }
    const before = (await t.store.topicBrief("t", { now: NOW })).stories.map((s) => [s.id, s.documentIds]);
    expect(before).toHaveLength(3);
    t.store.db.prepare("UPDATE memberships SET story = NULL, story_seq = NULL").run();
    await t.store.close();
    const reopened = openSqliteStore(t.path, { clock: () => NOW });
    cleanup = async () => {
      await reopened.close();
      await t.cleanup();
    };
    const after = (await reopened.topicBrief("t", { now: NOW })).stories.map((s) => [s.id, s.documentIds]);
    expect(after).toEqual(before);
    const unassigned = reopened.db
      .prepare("SELECT count(*) AS n FROM memberships WHERE story IS NULL")
      .get() as { n: number };
    expect(unassigned.n).toBe(0);
  });

  it("/brief reads at most STORY_MEMBERS_READ extracts a story shown, not the whole topic", async () => {
    const t = tempStore(NOW);
    cleanup = t.cleanup;
    await t.store.upsertTopic(topic("big"));
    // One story of 150 articles and 30 unrelated ones.
    for (let i = 0; i < 180; i++) {
      const big = i < 150;
      const tag = `zq${i.toString(36)}x`;
      const document = doc(`Article ${i}. ${filler(900 + i, 80)}`, {
        title: big ? `Harbour bridge collapse, update ${i}` : `Unrelated ${tag} matter ${tag}`,
        date: day(i),
      });
      await t.store.addDocument(
        document,
        brief(document, {
          keyPoints: [
            big
              ? "The Harbour bridge collapsed into the Tarn estuary during the storm."
              : `The ${tag} committee met about ${tag} plans.`,
          ],
          actors: big
            ? [
                { name: "Tarn", type: "place", mentions: 3 },
                { name: "Edda Morrow", mentions: 2 },
              ]
            : [{ name: `Person ${tag}`, mentions: 2 }],
        }),
        ["big"],
      );
    }
    await t.store.close();
    const reopened = openSqliteStore(t.path, { clock: () => NOW });
    cleanup = async () => {
      await reopened.close();
      await t.cleanup();
    };
    const reads = countExtractReads(reopened.db);
    const result = await reopened.topicBrief("big", { now: NOW, limits: { stories: 3 } });
    expect(result.stories[0]!.documentCount).toBe(150);
    expect(result.stories).toHaveLength(3);
    expect(result.storyDocuments).toBe(180);
    expect(reads.read).toBeGreaterThan(0);
    expect(reads.read).toBeLessThanOrEqual(STORY_MEMBERS_READ + 2);
  });
});
