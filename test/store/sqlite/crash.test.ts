// A crash in the middle of a batch (the process killed with SIGKILL, no chance to clean up) leaves
// every document whole or absent: never a document without its extract, quotes or index rows.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore as openStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { tempDir } from "../helpers.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());
const path = join(temp.dir, "crash.db");

/** Runs the child until it has committed `after` more documents, then kills it after `delayMs`. */
function runAndKill(after: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "crash-child.ts"), path],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let seen = 0;
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdout.on("data", (chunk: Buffer) => {
      const before = seen;
      seen += (String(chunk).match(/committed/g) ?? []).length;
      if (before < after && seen >= after) setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`child ended without being killed: ${stderr}`));
      else resolve(seen);
    });
  });
}

describe("a crash in the middle of a batch", () => {
  it("leaves no partial document", async () => {
    let committed = 0;
    for (const delay of [0, 3, 7]) committed += await runAndKill(2, delay);
    const store = openStore(path);
    const db = store.db;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const documents = count("SELECT count(*) AS n FROM documents");
    // Everything the children reported as committed is there; at most one more per crash.
    expect(documents).toBeGreaterThanOrEqual(committed);
    expect(documents).toBeLessThanOrEqual(committed + 3);
    expect(count("SELECT count(*) AS n FROM extracts")).toBe(documents);
    expect(count("SELECT count(*) AS n FROM document_bodies")).toBe(documents);
    expect(count("SELECT count(*) AS n FROM memberships")).toBe(documents);
    expect(count("SELECT count(*) AS n FROM quotes")).toBe(documents * 300);
    expect(count("SELECT count(*) AS n FROM key_points")).toBe(documents * 20);
    expect(count("SELECT count(*) AS n FROM document_actors")).toBe(documents * 30);
    for (let n = 0; n < documents; n++) {
      expect(await store.searchQuotes({ words: `marker${n}`, limit: 100 })).toHaveLength(100);
    }
    expect(await store.searchQuotes({ words: `marker${documents}` })).toEqual([]);
    await store.close();
  });
});
