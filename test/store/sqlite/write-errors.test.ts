// Writes that SQLite refuses (another process holds the lock, the disk is full) come out as
// STORE_FAILED in plain words, with SQLite's error as cause, and leave the store as it was.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { NewSubscription } from "../../../src/core/digest/digest-store.ts";
import { BriefbotError } from "../../../src/core/errors.ts";
import { createSqliteDigestStore } from "../../../src/store/sqlite/digest-store.ts";
import { doc, filler, tempStore, topic } from "../helpers.ts";

let current: ReturnType<typeof tempStore> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});

/** What a call threw, as a user would see it: code, message, and SQLite's code in the cause. */
const failure = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (error) {
    if (!(error instanceof BriefbotError)) return { uncoded: String(error) };
    return { code: error.code, message: error.message, cause: (error.cause as { code?: string })?.code };
  }
  return null;
};

describe("store writes SQLite refuses", () => {
  it("waits at most about a second for another process's lock, then says the database is busy", async () => {
    current = tempStore();
    const { store, path } = current;
    await store.upsertTopic(topic("world"));
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(1000);
    const other = new Database(path, { timeout: 0 });
    other.exec("BEGIN IMMEDIATE");
    try {
      const busy = { code: "STORE_FAILED", message: "the database is busy, try again" };
      expect(await failure(() => store.addDocument(doc(filler(1)), null, ["world"]))).toEqual({
        ...busy,
        cause: "SQLITE_BUSY",
      });
      expect(await failure(() => store.upsertTopic(topic("more")))).toMatchObject(busy);
      const digests = createSqliteDigestStore(store.db);
      const subscription: NewSubscription = {
        platform: "slack",
        channelId: "C1",
        topic: "world",
        cron: "0 8 * * *",
        timeZone: "UTC",
        style: "single",
        whenEmpty: "silent",
        createdBy: "U1",
      };
      expect(await failure(() => digests.subscribe(subscription, "2026-01-10T12:00:00Z"))).toMatchObject(
        busy,
      );
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect((await store.listTopics()).map((summary) => [summary.slug, summary.documentCount])).toEqual([
      ["world", 0],
    ]);
    await store.addDocument(doc(filler(1)), null, ["world"]);
    expect((await store.listTopics())[0]?.documentCount).toBe(1);
  });

  it("says the disk is full when the database cannot grow, and keeps what it holds", async () => {
    current = tempStore();
    const { store } = current;
    await store.upsertTopic(topic("world"));
    await store.addDocument(doc(filler(1)), null, ["world"]);
    const pages = store.db.pragma("page_count", { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    expect(await failure(() => store.addDocument(doc(filler(2, 20_000)), null, ["world"]))).toEqual({
      code: "STORE_FAILED",
      message: "the disk is full",
      cause: "SQLITE_FULL",
    });
    expect((await store.listTopics())[0]?.documentCount).toBe(1);
  });
});
