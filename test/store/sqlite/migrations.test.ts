import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { isBriefbotError } from "../../../src/core/errors.ts";
import { migrate } from "../../../src/store/sqlite/migrate.ts";
import { MIGRATIONS, type Migration } from "../../../src/store/sqlite/migrations/index.ts";
import { openSqliteStore as openStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { tempDir } from "../helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const versions = (db: Database.Database) =>
  (
    db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as Array<{ version: number }>
  ).map((row) => row.version);

describe("migrations", () => {
  it("creates the folder and the database, in WAL mode with foreign keys on", async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, "a", "b", "briefbot.db");
    const store = openStore(path);
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(versions(store.db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    await store.close();
  });

  it("applies each migration once, across reopenings", async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, "briefbot.db");
    await openStore(path).close();
    const db = new Database(path);
    expect(migrate(db)).toEqual([]);
    const extra: Migration = {
      version: MIGRATIONS.length + 1,
      name: "extra",
      sql: "CREATE TABLE extra (x INTEGER);",
    };
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([extra.version]);
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([]);
    expect(versions(db)).toContain(extra.version);
    db.close();
  });

  it("rolls a failing migration back whole", () => {
    const db = new Database(":memory:");
    migrate(db);
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: "broken",
      sql: "CREATE TABLE half (x INTEGER); CREATE TABLE half (y INTEGER);",
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(versions(db)).not.toContain(broken.version);
    db.close();
  });

  it("refuses a database newer than the code, and misnumbered migrations", () => {
    const db = new Database(":memory:");
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    try {
      migrate(db);
      expect.unreachable();
    } catch (error) {
      expect(isBriefbotError(error) && error.code).toBe("STORE_FAILED");
      expect((error as Error).message).toMatch(/newer/);
    }
    expect(() => migrate(new Database(":memory:"), [{ version: 2, name: "gap", sql: "" }])).toThrow(
      /numbered/,
    );
    db.close();
  });

  it("accepts :memory:", async () => {
    const store = openStore(":memory:");
    expect(await store.listTopics()).toEqual([]);
    await store.close();
  });
});
