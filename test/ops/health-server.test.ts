import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { flagCheck, heartbeatCheck, sqliteWritableCheck } from "../../src/ops/health-checks.ts";
import { type HealthServer, startHealthServer } from "../../src/ops/health-server.ts";
import { createMetrics } from "../../src/ops/metrics.ts";

const servers: HealthServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const start = async (options: Partial<Parameters<typeof startHealthServer>[0]> = {}) => {
  const server = await startHealthServer({ port: 0, host: "127.0.0.1", checks: {}, ...options });
  servers.push(server);
  return server;
};

/** A raw request, so that bodies and methods fetch would refuse can be sent. */
const call = (
  server: HealthServer,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; type: string | undefined }> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: server.port, path, method: init.method ?? "GET", headers: init.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body, type: res.headers["content-type"] }),
        );
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });

describe("health server", () => {
  it("answers 200 ok when every check passes", async () => {
    const server = await start({
      checks: { slack: () => ({ ok: true }), store: async () => ({ ok: true }) },
    });
    const res = await call(server, "/healthz");
    expect(res).toMatchObject({ status: 200, body: "ok\n" });
    expect((await call(server, "/healthz?probe=1")).status).toBe(200);
  });

  it("answers 503 naming each failing check and why, including throwing and hanging ones", async () => {
    const server = await start({
      checkTimeoutMs: 100,
      checks: {
        slack: () => ({ ok: true }),
        discord: flagCheck(() => false, "gateway not connected"),
        store: () => {
          throw new Error("database is locked\n    at somewhere");
        },
        scheduler: () => new Promise(() => {}),
      },
    });
    const res = await call(server, "/healthz");
    expect(res.status).toBe(503);
    const lines = res.body.trim().split("\n");
    expect(lines[0]).toBe("unhealthy");
    expect(lines).toContain("discord: gateway not connected");
    expect(lines).toContain("store: database is locked at somewhere");
    expect(lines).toContain("scheduler: no answer within 100 ms");
    expect(res.body).not.toContain("slack");
  });

  it("serves the metrics as Prometheus text", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.recordCommand("brief", "slack", 12);
    const server = await start({ metrics });
    const res = await call(server, "/metrics");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('briefbot_commands_total{command="brief",platform="slack",outcome="ok"} 1');
  });

  it("answers 404 to other paths, 405 to other methods and 413 to any request body", async () => {
    const server = await start({ checks: { a: () => ({ ok: true }) } });
    expect((await call(server, "/")).status).toBe(404);
    expect((await call(server, "/metrics")).status).toBe(404); // no metrics given
    expect((await call(server, "/healthz/../admin")).status).toBe(404);
    expect((await call(server, "/healthz", { method: "DELETE" })).status).toBe(405);
    const posted = await call(server, "/healthz", { method: "POST", body: "x".repeat(10_000) });
    expect(posted.status).toBe(413);
    const chunked = await call(server, "/healthz", {
      method: "GET",
      headers: { "transfer-encoding": "chunked" },
      body: "abc",
    });
    expect(chunked.status).toBe(413);
    // Still serving after the refusals.
    expect((await call(server, "/healthz")).status).toBe(200);
  });

  it("runs the checks on demand and closes cleanly", async () => {
    let up = true;
    const server = await start({ checks: { slack: flagCheck(() => up, "down") } });
    expect((await server.check()).ok).toBe(true);
    up = false;
    expect(await server.check()).toEqual({ ok: false, checks: { slack: { ok: false, reason: "down" } } });
  });
});

describe("health checks", () => {
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
    const check = sqliteWritableCheck(db);
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
    };
    expect(sqliteWritableCheck(watched)()).toEqual({ ok: false, reason: "not writable: database is locked" });
    expect(timeoutDuringProbe).toBe(0);
    expect(locked.pragma("busy_timeout", { simple: true })).toBe(5000);
    other.exec("ROLLBACK");
    expect(sqliteWritableCheck(locked)()).toEqual({ ok: true });
    // The probe left nothing behind and no transaction open.
    expect(db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 0 });
    expect(db.inTransaction).toBe(false);
    other.close();
    locked.close();
    db.close();
    expect(check()).toEqual({ ok: false, reason: "the store is closed" });
    expect(sqliteWritableCheck(() => null)()).toEqual({ ok: false, reason: "the store is not open" });
  });

  it("fails a read-only store", () => {
    const { db, path } = database();
    db.close();
    const readonly = new Database(path, { readonly: true });
    const result = sqliteWritableCheck(readonly)();
    readonly.close();
    expect(result).toEqual({ ok: false, reason: "not writable: attempt to write a readonly database" });
  });

  it("judges a heartbeat by its age", () => {
    const now = () => new Date("2026-01-01T00:10:00Z");
    expect(heartbeatCheck(() => null, 60_000, now)()).toEqual({ ok: false, reason: "not started" });
    expect(heartbeatCheck(() => new Date("2026-01-01T00:09:30Z"), 120_000, now)()).toEqual({ ok: true });
    expect(heartbeatCheck(() => new Date("2026-01-01T00:00:00Z"), 120_000, now)()).toEqual({
      ok: false,
      reason: "last ran 600 s ago",
    });
  });
});
