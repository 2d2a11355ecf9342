import { afterEach, describe, expect, it } from "vitest";
import type { CommandDeps } from "../../commands/command.ts";
import { createLogger } from "../../src/logger.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { type OpsComponent, startOps } from "../../src/ops/start-ops.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const logger = createLogger({}, { level: "silent", destination: { write: () => undefined } });

describe("startOps (the one line in src/main.ts)", () => {
  it("serves the deps' metrics and checks the store and every expected or started component", async () => {
    const store = openStore(":memory:");
    closers.push(() => store.close());
    const deps: CommandDeps = { store, clock: () => new Date(), metrics: createMetrics() };
    const running: OpsComponent[] = [];
    const ops = await startOps({
      port: 0,
      host: "127.0.0.1",
      deps,
      components: () => running,
      expected: ["slack"],
      logger,
    });
    closers.push(() => ops.close());
    running.push({ name: ops.name });

    let res = await fetch(`${ops.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe("unhealthy\nslack: not started\n");

    const discord = { name: "discord", connected: false };
    running.push({ name: "slack" }, discord, {
      name: "scheduler",
      health: () => ({ ok: false, reason: "stopped" }),
    });
    res = await fetch(`${ops.url}/healthz`);
    expect(await res.text()).toBe("unhealthy\ndiscord: not connected\nscheduler: stopped\n");

    discord.connected = true;
    running.pop();
    running.push({ name: "scheduler" });
    res = await fetch(`${ops.url}/healthz`);
    expect(res.status).toBe(200);

    deps.metrics?.recordCommand("brief", "slack", 5);
    const metrics = await (await fetch(`${ops.url}/metrics`)).text();
    expect(metrics).toContain('briefbot_commands_total{command="brief",platform="slack",outcome="ok"} 1');

    await store.close();
    closers.shift();
    res = await fetch(`${ops.url}/healthz`);
    expect(await res.text()).toBe("unhealthy\nstore: the store is closed\n");
  });
});
