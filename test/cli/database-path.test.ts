// BRIEFBOT_DB that cannot be a database (issue 15, item 10): the CLI fails at once with
// STORE_FAILED naming the path, and never writes over a file that is not a database.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());
const noBriefs = join(temp.dir, "no-briefs");
mkdirSync(noBriefs);

describe("BRIEFBOT_DB that cannot hold a database", () => {
  it("fails at once under /proc, where Node's recursive mkdir would spin forever", async () => {
    // runCli kills the child and fails the test when it has not exited by the timeout.
    const result = await runCli(["topics"], {
      env: { BRIEFBOT_DB: "/proc/nope/x.db", BRIEFBOT_BRIEFS_DIR: noBriefs },
      timeoutMs: 15_000,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cannot open the database \/proc\/nope\/x\.db \(BRIEFBOT_DB\).*\[STORE_FAILED\]/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses an existing file that is not a database and leaves it as it was", async () => {
    const notes = join(temp.dir, "notes.txt");
    const text = "my notes, not a database\n".repeat(40);
    writeFileSync(notes, text);
    const result = await runCli(["topics"], { env: { BRIEFBOT_DB: notes, BRIEFBOT_BRIEFS_DIR: noBriefs } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot open the database ${notes} (BRIEFBOT_DB)`);
    expect(result.stderr).toMatch(/is not a SQLite database.*\[STORE_FAILED\]/);
    expect(readFileSync(notes, "utf8")).toBe(text);
    expect(existsSync(`${notes}-wal`)).toBe(false);
    expect(existsSync(`${notes}-shm`)).toBe(false);
  });

  it("refuses a folder, naming it", async () => {
    const folder = join(temp.dir, "a-folder");
    mkdirSync(folder);
    const result = await runCli(["topics"], { env: { BRIEFBOT_DB: folder, BRIEFBOT_BRIEFS_DIR: noBriefs } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cannot open the database .*a-folder \(BRIEFBOT_DB\): it is a folder.*\[STORE_FAILED\]/,
    );
  });

  it("still creates missing folders for a new database, and opens it again", async () => {
    const path = join(temp.dir, "deep", "er", "briefbot.db");
    const env = { BRIEFBOT_DB: path, BRIEFBOT_BRIEFS_DIR: noBriefs };
    expect((await runCli(["topics"], { env })).code).toBe(0);
    expect(readFileSync(path).subarray(0, 15).toString()).toBe("SQLite format 3");
    expect((await runCli(["topics"], { env })).code).toBe(0);
  });
});
