// Prometheus metrics for operators (/metrics). One Metrics object per app, on its own Registry (never
// prom-client's global one), so tests and several apps in one process never share counts. Adapters,
// the scheduler and ingest each add one line: metrics.recordCommand(...), recordDigest(...), recordIngest(...).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { ERROR_CODES } from "../core/errors.ts";
import { type CommandSource, PLATFORMS, type Platform } from "../core/platforms.ts";

/** Where a command came from (the label values of `platform`). */
export type MetricsPlatform = CommandSource;

/** How a command ended: "ok", or the stable error code of a BriefbotError ("INTERNAL" for anything else). */
export type CommandOutcome = "ok" | (typeof ERROR_CODES)[number];

/** What happened to one scheduled digest slot. */
export type DigestOutcome = "sent" | "failed" | "skipped";

/** What happened to one ingested document (Store.addDocument statuses, plus "failed"). */
export type IngestOutcome = "added" | "duplicate" | "near-duplicate" | "not-english" | "failed";

/** Where an ingested document came from. */
export type IngestSource = "file" | "url" | "feed" | "chat" | "bundled";

/** The app's metrics: small typed recorders and the text for /metrics. */
export interface Metrics {
  readonly registry: Registry;
  /** One command served: its name, platform, how long it took to answer (ms) and how it ended. */
  recordCommand(name: string, platform: MetricsPlatform, ms: number, outcome?: CommandOutcome): void;
  /** One digest slot delivered, failed (after retries) or skipped (missed beyond catch-up, nothing new). */
  recordDigest(outcome: DigestOutcome, platform: Platform): void;
  /** One document through ingest. */
  recordIngest(outcome: IngestOutcome, source?: IngestSource): void;
  /** Digest slots this replica claimed in the ledger. */
  recordClaims(count: number): void;
  /** A claim left by another process (crashed, or its lease ran out) taken over by this one. */
  recordTakeover(platform: Platform): void;
  /** A post held back by the outbound pacing (per channel, or the platform's global rate). */
  recordPacingWait(platform: Platform, ms: number): void;
  /** Where the database pool's sizes come from (PostgreSQL); read at each scrape. */
  setPoolProbe(probe: () => { total: number; idle: number; waiting: number }): void;
  /** The Prometheus text exposition of every metric. */
  text(): Promise<string>;
  /** The Content-Type header for text(). */
  readonly contentType: string;
}

/** Options of createMetrics. */
export interface MetricsOptions {
  /** Collect prom-client's default process metrics (CPU, RSS, heap, event loop lag, GC); default true. */
  defaultMetrics?: boolean;
  /** The command names to label by (COMMANDS.map(c => c.name)); others count as "other". Without it,
   * the first 64 well-formed names are kept. */
  commandNames?: readonly string[];
}

/** Command names are bounded so that a stream of odd names cannot grow the label set without end. */
const COMMAND_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const MAX_COMMAND_NAMES = 64;
const KNOWN_OUTCOMES: ReadonlySet<string> = new Set(["ok", ...ERROR_CODES]);

/** Latency buckets in seconds: platforms allow 3 s for an answer, so resolve finely below that. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

/** Creates a Metrics object with its own Registry. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "briefbot_" });

  const commands = new Counter({
    name: "briefbot_commands_total",
    help: "Commands served, by command, platform and outcome (ok or an error code).",
    labelNames: ["command", "platform", "outcome"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "briefbot_command_duration_seconds",
    help: "Time from receiving a command to its answer being sent, by command and platform.",
    labelNames: ["command", "platform"] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const digests = new Counter({
    name: "briefbot_digests_total",
    help: "Scheduled digest slots by outcome: sent, failed (after retries) or skipped.",
    labelNames: ["platform", "outcome"] as const,
    registers,
  });
  const ingest = new Counter({
    name: "briefbot_ingest_documents_total",
    help: "Documents through ingest, by source and outcome (added, duplicate, near-duplicate, not-english, failed).",
    labelNames: ["source", "outcome"] as const,
    registers,
  });
  const claims = new Counter({
    name: "briefbot_digest_claims_total",
    help: "Digest slots this replica claimed in the ledger.",
    registers,
  });
  const takeovers = new Counter({
    name: "briefbot_digest_lease_takeovers_total",
    help: "Digest claims of another process (crashed, or lease run out) taken over by this replica.",
    labelNames: ["platform"] as const,
    registers,
  });
  const pacingWaits = new Counter({
    name: "briefbot_pacing_waits_total",
    help: "Posts held back by the outbound pacing shared by every replica.",
    labelNames: ["platform"] as const,
    registers,
  });
  const pacingSeconds = new Counter({
    name: "briefbot_pacing_wait_seconds_total",
    help: "Time posts spent held back by the outbound pacing.",
    labelNames: ["platform"] as const,
    registers,
  });
  let poolProbe: (() => { total: number; idle: number; waiting: number }) | null = null;
  new Gauge({
    name: "briefbot_db_pool_connections",
    help: "The database pool (PostgreSQL): connections open (total), idle, and queries waiting for one.",
    labelNames: ["state"] as const,
    registers,
    collect() {
      if (!poolProbe) return;
      const sizes = poolProbe();
      this.set({ state: "total" }, sizes.total);
      this.set({ state: "idle" }, sizes.idle);
      this.set({ state: "waiting" }, sizes.waiting);
    },
  });
  // Zero series for the digest outcomes, so that alerts on rate(...failed) see 0 rather than nothing.
  for (const platform of PLATFORMS) {
    for (const outcome of ["sent", "failed", "skipped"]) digests.inc({ platform, outcome }, 0);
  }

  const seenNames = new Set<string>();
  const fixed = options.commandNames ? new Set(options.commandNames.map((name) => name.toLowerCase())) : null;
  const commandLabel = (name: string): string => {
    const lower = name.toLowerCase();
    if (fixed) return fixed.has(lower) ? lower : "other";
    if (!COMMAND_NAME.test(lower)) return "other";
    if (seenNames.has(lower)) return lower;
    if (seenNames.size >= MAX_COMMAND_NAMES) return "other";
    seenNames.add(lower);
    return lower;
  };

  return {
    registry,
    contentType: registry.contentType,
    recordCommand(name, platform, ms, outcome = "ok") {
      const command = commandLabel(name);
      const result = KNOWN_OUTCOMES.has(outcome) ? outcome : "INTERNAL";
      commands.inc({ command, platform, outcome: result });
      // A negative or non-finite duration is a caller's clock bug: count the command, skip the timing.
      if (Number.isFinite(ms) && ms >= 0) latency.observe({ command, platform }, ms / 1000);
    },
    recordDigest(outcome, platform) {
      digests.inc({ platform, outcome });
    },
    recordIngest(outcome, source = "file") {
      ingest.inc({ source, outcome });
    },
    recordClaims(count) {
      if (count > 0) claims.inc(count);
    },
    recordTakeover(platform) {
      takeovers.inc({ platform });
    },
    recordPacingWait(platform, ms) {
      pacingWaits.inc({ platform });
      if (Number.isFinite(ms) && ms > 0) pacingSeconds.inc({ platform }, ms / 1000);
    },
    setPoolProbe(probe) {
      poolProbe = probe;
    },
    text: () => registry.metrics(),
  };
}

/** The outcome label for a Reply: "ok", or its errorCode when it is an error reply. */
export function replyOutcome(reply: { errorCode?: string | undefined }): CommandOutcome {
  return reply.errorCode === undefined ? "ok" : outcomeOf({ code: reply.errorCode });
}

/** The outcome label for an error thrown or returned by a command: its code, or INTERNAL. */
export function outcomeOf(error: unknown): CommandOutcome {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" && KNOWN_OUTCOMES.has(code) ? (code as CommandOutcome) : "INTERNAL";
}
