// The store's health probe (what /healthz calls through Store.ping): a writable store, a locked
// one (probed without waiting out the busy timeout), a closed one and a read-only one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { pingSqlite } from "../../../src/store/sqlite/health.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the SQLite store's health probe (Store.ping)", () => {
  const database = () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-health-"));
    dirs.push(dir);
    const path = join(dir, "store.db");
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE t (x INTEGER)");
    return { db, path };
  };

  it("sees a writable store, then a locked one, then a closed one", () => {
    const { db, path } = database();
    const check = () => pingSqlite(db);
    const insert = db.prepare("INSERT INTO t VALUES (?)");
    expect(check()).toEqual({ ok: true });
    // Statements prepared before the probe still work after it.
    insert.run(1);
    db.exec("DELETE FROM t");
    // Another connection holds the write lock: the store cannot write.
    const other = new Database(path, { timeout: 0 });
    other.exec("BEGIN IMMEDIATE");
    // The store waits up to 5 s for a lock; the probe must not (the driver would block the process).
    const locked = new Database(path, { timeout: 5000 });
    let timeoutDuringProbe: unknown;
    const watched = {
      exec: (sql: string) => {
        if (sql.startsWith("BEGIN")) timeoutDuringProbe = locked.pragma("busy_timeout", { simple: true });
        return locked.exec(sql);
      },
      pragma: (source: string, options?: { simple: boolean }) => locked.pragma(source, options),
      inTransaction: false,
      open: true,
    };
    expect(pingSqlite(watched)).toEqual({ ok: false, reason: "not writable: database is locked" });
    expect(timeoutDuringProbe).toBe(0);
    expect(locked.pragma("busy_timeout", { simple: true })).toBe(5000);
    other.exec("ROLLBACK");
    expect(pingSqlite(locked)).toEqual({ ok: true });
    // The probe left nothing behind and no transaction open.
    expect(db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 0 });
    expect(db.inTransaction).toBe(false);
    other.close();
    locked.close();
    db.close();
    expect(check()).toEqual({ ok: false, reason: "the store is closed" });
  });

  it("fails a read-only store", () => {
    const { db, path } = database();
    db.close();
    const readonly = new Database(path, { readonly: true });
    const result = pingSqlite(readonly);
    readonly.close();
    expect(result).toEqual({ ok: false, reason: "not writable: attempt to write a readonly database" });
  });
});
