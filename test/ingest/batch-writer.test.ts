// Ingest's batched writes: documents ready together go in one transaction, in order, each as it
// would alone; a duplicate is stored alone after the batch; a batch that fails is written again
// one document at a time so only the bad one is skipped.
import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/core/ports.ts";
import { BatchWriter, type ReadyDocument } from "../../src/ingest/batch-writer.ts";
import type { IngestItem } from "../../src/ingest/ingest.ts";
import { brief, doc, filler, tempStore, topic } from "../store/helpers.ts";

const NOW = new Date("2026-02-01T12:00:00Z");

/** A ready document with its extraction, as the worker pool hands it over. */
function ready(n: number): ReadyDocument {
  const document = doc(`Report ${n} on the harbour works. ${filler(n * 7 + 1, 80)}`, {
    title: `Harbour report ${n}`,
    date: `2026-01-${String((n % 28) + 1).padStart(2, "0")}`,
  });
  return {
    source: `file-${n}.txt`,
    document,
    prepared: {
      language: "en",
      brief: brief(document, {
        keyPoints: [`Report ${n} on the harbour works.`],
        actors: [{ name: "Lena Hart", mentions: 2 }],
      }),
    },
  };
}

let opened: ReturnType<typeof tempStore> | null = null;
afterEach(async () => {
  await opened?.cleanup();
  opened = null;
});

async function setup(store?: (real: Store) => Store) {
  opened = tempStore(NOW);
  await opened.store.upsertTopic(topic("harbour"));
  const items: IngestItem[] = [];
  const options = { store: store ? store(opened.store) : opened.store, topics: ["harbour"] };
  const writer = new BatchWriter(options, await opened.store.listTopics(), (item) => items.push(item), 8);
  return { store: opened.store, writer, items };
}

describe("batched ingest writes", () => {
  it("writes ready documents several to a transaction, reporting each in order", async () => {
    const { store, writer, items } = await setup();
    for (let n = 0; n < 20; n++) await writer.add(ready(n));
    await writer.flush();
    // 20 documents at 8 a batch: 3 transactions, not 20.
    expect(writer.transactions).toBe(3);
    expect(items.map((item) => item.source)).toEqual(Array.from({ length: 20 }, (_, n) => `file-${n}.txt`));
    expect(items.every((item) => item.status === "added")).toBe(true);
    expect(await store.topicDocuments("harbour")).toHaveLength(20);
  });

  it("stores a second copy of a queued document alone, after the batch, as a duplicate", async () => {
    const { writer, items } = await setup();
    await writer.add(ready(1));
    await writer.add(ready(2));
    await writer.add({ ...ready(1), source: "again.txt" });
    await writer.add(ready(3));
    await writer.flush();
    expect(items.map((item) => [item.source, item.status])).toEqual([
      ["file-1.txt", "added"],
      ["file-2.txt", "added"],
      ["again.txt", "duplicate"],
      ["file-3.txt", "added"],
    ]);
    expect(writer.transactions).toBe(3);
  });

  it("writes a failed batch again one by one: only the bad document is skipped", async () => {
    const bad = ready(5).document.id;
    // The real store, refusing any write that holds document 5 (as a constraint would).
    const refusing = (real: Store): Store =>
      new Proxy(real, {
        get(target, key, receiver) {
          if (key !== "addDocuments") return Reflect.get(target, key, receiver);
          return (rows: Parameters<Store["addDocuments"]>[0]) =>
            rows.some((row) => row.document.id === bad)
              ? Promise.reject(new Error("disk said no"))
              : target.addDocuments(rows);
        },
      });
    const { store, writer, items } = await setup(refusing);
    for (let n = 0; n < 8; n++) await writer.add(ready(n));
    await writer.flush();
    expect(items.map((item) => item.status)).toEqual([
      "added",
      "added",
      "added",
      "added",
      "added",
      "skipped",
      "added",
      "added",
    ]);
    expect(items[5]).toMatchObject({ source: "file-5.txt", reason: "disk said no" });
    // One failed batch, then each of its 8 documents alone.
    expect(writer.transactions).toBe(9);
    expect(await store.topicDocuments("harbour")).toHaveLength(7);
  });
});
