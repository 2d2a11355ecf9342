// Wires the operations endpoint into `npm start` with one line in src/main.ts: metrics into the
// CommandDeps (so adapters record commands), and /healthz with a check for the store and one for
// every started component (adapters, scheduler) plus the platforms the configuration turns on.
import type { CommandDeps } from "../../commands/command.ts";
import type { Logger } from "../logger.ts";
import { type HealthCheck, type HealthStatus, startHealthServer } from "./health-server.ts";
import { createMetrics } from "./metrics.ts";

/** A started component as main.ts lists it; `connected` or `health()` when it can tell more. */
export interface OpsComponent {
  name: string;
  /** Discord's adapter exposes this: false while the gateway reconnects. */
  readonly connected?: boolean;
  health?(): HealthStatus | Promise<HealthStatus>;
}

/** Options of startOps. */
export interface StartOpsOptions {
  /** BRIEFBOT_HEALTH_PORT. */
  port: number;
  host?: string;
  /** The app's deps: their metrics are served; their store is probed. */
  deps: CommandDeps;
  /** The started components, read at each probe (main.ts passes `() => running`). */
  components: () => readonly OpsComponent[];
  /** Components that must be up for the bot to be healthy ("slack", "discord", "scheduler"). */
  expected?: readonly string[];
  /** Who answers: this replica's identity and its database, added to /healthz. */
  about?: Readonly<Record<string, string>>;
  logger: Logger;
}

const NAME = "health";

/** Starts the health and metrics server; returns something main.ts closes on shutdown. */
export async function startOps(
  options: StartOpsOptions,
): Promise<{ name: string; url: string; close(): Promise<void> }> {
  const { deps } = options;
  // The app creates the metrics the adapters record into when a health port is set; a caller
  // without them still gets a working /metrics (process metrics only).
  const metrics = deps.metrics ?? createMetrics();
  const store: HealthCheck = () => deps.store.ping();
  const pool = deps.store.poolStats?.bind(deps.store);
  if (pool) metrics.setPoolProbe(pool);
  const component =
    (name: string): HealthCheck =>
    async () => {
      const found = options.components().find((item) => item.name === name);
      if (!found) return { ok: false, reason: "not started" };
      if (found.health) return found.health();
      if (found.connected === false) return { ok: false, reason: "not connected" };
      return { ok: true };
    };
  const server = await startHealthServer({
    port: options.port,
    ...(options.host === undefined ? {} : { host: options.host }),
    metrics,
    ...(options.about ? { about: () => options.about ?? {} } : {}),
    // Read at each probe: the adapters start after this server.
    checks: () => {
      const checks: Record<string, HealthCheck> = { store };
      const started = options.components().map((item) => item.name);
      for (const name of new Set([...(options.expected ?? []), ...started])) {
        if (name !== NAME && name !== "store") checks[name] = component(name);
      }
      return checks;
    },
  });
  options.logger.info(
    { url: server.url, paths: ["/healthz", "/metrics"] },
    "ops: health and metrics listening",
  );
  return { name: NAME, url: server.url, close: () => server.close() };
}
