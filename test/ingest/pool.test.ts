// A big batch is extracted on worker threads and stored in order; the result is the same as
// extracting on the main thread.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingest.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import { loadDocumentTexts } from "../reliability/load-store.ts";
import { tempDir, topic } from "../store/helpers.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

// Forty article-sized documents made from the Wikinews fixtures (test/fixtures/wikinews): more than
// the batch size at which ingest uses the pool, and nothing read from beside the clone.
describe("ingest on worker threads", () => {
  it("stores the same documents and briefs, in the same order, as ingest on one thread", async () => {
    const folder = join(temp.dir, "docs");
    mkdirSync(folder);
    let index = 0;
    for (const text of loadDocumentTexts(40)) {
      writeFileSync(join(folder, `article-${String(index).padStart(2, "0")}.txt`), text);
      index++;
    }
    const run = async (name: string, workers: number) => {
      const store = openStore(join(temp.dir, `${name}.db`), {
        clock: () => new Date("2026-01-01T00:00:00Z"),
      });
      await store.upsertTopic(topic("all"));
      const summary = await ingestSources([folder], { store, topics: ["all"], workers });
      const rows = store.db
        .prepare(
          "SELECT d.id, d.title, e.brief_json FROM documents d JOIN extracts e ON e.doc_seq = d.seq ORDER BY d.seq",
        )
        .all();
      // Written several to a transaction on the pool's path, one by one inline: the same stories.
      const stories = store.db
        .prepare(
          "SELECT d.id, m.story, m.story_seq FROM memberships m JOIN documents d ON d.seq = m.doc_seq ORDER BY d.seq",
        )
        .all();
      await store.close();
      return { summary, rows, stories };
    };
    const inline = await run("inline", 0);
    const pooled = await run("pooled", 2);
    expect(pooled.summary.added).toBe(40);
    expect(pooled.summary.items.map((item) => item.source)).toEqual(
      inline.summary.items.map((item) => item.source),
    );
    expect(pooled.rows).toEqual(inline.rows);
    expect(pooled.stories).toEqual(inline.stories);
    expect(new Set(pooled.stories.map((row) => (row as { story: string }).story)).size).toBeGreaterThan(1);
  });
});
