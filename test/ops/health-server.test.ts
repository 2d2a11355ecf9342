import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { flagCheck, heartbeatCheck } from "../../src/ops/health-checks.ts";
import { type HealthServer, startHealthServer } from "../../src/ops/health-server.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { describeDatabase } from "../../src/store/open-store.ts";

const servers: HealthServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
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

  it("describes the configured database without its password", () => {
    expect(
      describeDatabase({
        BRIEFBOT_DB: "x.db",
        BRIEFBOT_DATABASE_URL: "postgres://bot:s3cret@db:5432/briefbot",
      }),
    ).toBe("postgresql postgres://bot:***@db:5432/briefbot");
    expect(describeDatabase({ BRIEFBOT_DB: "./data/briefbot.db" })).toBe("sqlite ./data/briefbot.db");
  });

  it("names the replica and its database after the verdict, healthy or not", async () => {
    let storeUp = true;
    const server = await start({
      checks: { store: () => (storeUp ? { ok: true } : { ok: false, reason: "not reachable" }) },
      about: () => ({
        replica: "briefbot-2",
        database: "postgresql postgres://briefbot:***@db:5432/briefbot",
      }),
    });
    expect((await call(server, "/healthz")).body).toBe(
      "ok\nreplica: briefbot-2\ndatabase: postgresql postgres://briefbot:***@db:5432/briefbot\n",
    );
    storeUp = false;
    const res = await call(server, "/healthz");
    expect(res.status).toBe(503);
    expect(res.body).toBe(
      "unhealthy\nstore: not reachable\nreplica: briefbot-2\ndatabase: postgresql postgres://briefbot:***@db:5432/briefbot\n",
    );
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
