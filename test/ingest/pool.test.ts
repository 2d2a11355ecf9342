// A big batch is extracted on worker threads and stored in order; the result is the same as
// extracting on the main thread.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingest.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import { tempDir, topic } from "../store/helpers.ts";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "wikinews");
const temp = tempDir();
afterAll(() => temp.cleanup());

// The corpus sits beside the clone (../shared); without it there is nothing to compare.
describe.skipIf(!existsSync(CORPUS))("ingest on worker threads", () => {
  it("stores the same documents and briefs, in the same order, as ingest on one thread", async () => {
    const folder = join(temp.dir, "docs");
    mkdirSync(folder);
    for (const name of readdirSync(CORPUS).sort().slice(0, 40))
      copyFileSync(join(CORPUS, name), join(folder, name));
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
      await store.close();
      return { summary, rows };
    };
    const inline = await run("inline", 0);
    const pooled = await run("pooled", 2);
    expect(pooled.summary.added).toBe(40);
    expect(pooled.summary.items.map((item) => item.source)).toEqual(
      inline.summary.items.map((item) => item.source),
    );
    expect(pooled.rows).toEqual(inline.rows);
  });
});
