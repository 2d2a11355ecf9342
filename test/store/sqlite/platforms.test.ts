// The SQLite schema keeps a CHECK list of platforms: it must be exactly the one list in
// src/core/platforms.ts, or a new platform would subscribe everywhere but in the database.
import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../../../src/core/platforms.ts";
import { openSqliteDatabase } from "../../../src/store/sqlite/open.ts";

describe("the platform CHECK constraint", () => {
  it("lists exactly PLATFORMS", () => {
    const db = openSqliteDatabase(":memory:");
    try {
      const { sql } = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'digest_subscriptions'")
        .get() as { sql: string };
      const list = /platform\s+TEXT\s+NOT\s+NULL\s+CHECK\s*\(\s*platform\s+IN\s*\(([^)]*)\)/i.exec(sql)?.[1];
      expect(list, "the CHECK on digest_subscriptions.platform").toBeDefined();
      const values = [...(list ?? "").matchAll(/'([^']*)'/g)].map((match) => match[1]);
      expect(values.sort()).toEqual([...PLATFORMS].sort());
    } finally {
      db.close();
    }
  });
});
