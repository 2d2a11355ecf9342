// The operations endpoint on BRIEFBOT_HEALTH_PORT: GET /healthz for the Dockerfile's HEALTHCHECK and
// orchestrators (200 "ok", or 503 naming each failing check), GET /metrics in Prometheus text.
// It takes no request bodies and answers nothing else, so it is safe to expose inside a cluster.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics.ts";

/** The result of one health check: ok, or a short reason an operator can act on. */
export type HealthStatus = { ok: true } | { ok: false; reason: string };

/** One health check: adapters connected, store writable, scheduler running... */
export type HealthCheck = () => HealthStatus | Promise<HealthStatus>;

/** Named checks, or a function giving them (for components that start after the server). */
export type HealthChecks =
  | Readonly<Record<string, HealthCheck>>
  | (() => Readonly<Record<string, HealthCheck>>);

/** Options of startHealthServer. */
export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 0.0.0.0 (a container's probe comes from outside its loopback); tests use 127.0.0.1. */
  host?: string;
  /** Named checks; /healthz is 200 only when every one is ok. A function is read at each probe. */
  checks: HealthChecks;
  /** Served at /metrics; without it /metrics is 404. */
  metrics?: Metrics;
  /** Lines /healthz adds after its verdict ("replica: web-1", "database: postgresql ..."). */
  about?: () => Readonly<Record<string, string>>;
  /** A check slower than this counts as failed (default 2,000 ms), so /healthz always answers. */
  checkTimeoutMs?: number;
}

/** A running health server. */
export interface HealthServer {
  /** The port it listens on (the real one when 0 was asked). */
  readonly port: number;
  /** e.g. http://127.0.0.1:9090 */
  readonly url: string;
  /** Runs every check once, as /healthz does. */
  check(): Promise<HealthReport>;
  close(): Promise<void>;
}

/** Every check's result, by name. */
export interface HealthReport {
  ok: boolean;
  checks: Record<string, HealthStatus>;
}

const MAX_REASON = 200;

/** One line, bounded: a reason may come from an error message we do not control. */
const cleanReason = (text: string): string => {
  const line = text.replace(/\s+/g, " ").trim() || "failed";
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
};

async function runCheck(check: HealthCheck, timeoutMs: number): Promise<HealthStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthStatus>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const result = await Promise.race([Promise.resolve().then(check), timeout]);
    if (result?.ok === true) return { ok: true };
    if (result?.ok === false) return { ok: false, reason: cleanReason(String(result.reason)) };
    return { ok: false, reason: "the check returned no status" };
  } catch (error) {
    return { ok: false, reason: cleanReason(error instanceof Error ? error.message : String(error)) };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check in parallel; the report is ok when all are. */
export async function runHealthChecks(given: HealthChecks, timeoutMs = 2000): Promise<HealthReport> {
  const checks = typeof given === "function" ? given() : given;
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => runCheck(checks[name] as HealthCheck, timeoutMs)));
  const byName: Record<string, HealthStatus> = {};
  names.forEach((name, i) => {
    byName[name] = results[i] as HealthStatus;
  });
  return { ok: results.every((result) => result.ok), checks: byName };
}

const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
};

const hasBody = (req: IncomingMessage): boolean => {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
};

/** Starts the server; resolves once it listens. */
export function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const timeoutMs = options.checkTimeoutMs ?? 2000;
  const check = () => runHealthChecks(options.checks, timeoutMs);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (hasBody(req)) {
      // Never read a body: answer and drop the connection so nothing more is buffered.
      send(res, 413, "request bodies are not accepted\n", { connection: "close" });
      req.destroy();
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    const known = path === "/healthz" || (path === "/metrics" && options.metrics !== undefined);
    if (!known) return send(res, 404, "not found\n");
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "use GET\n", { allow: "GET, HEAD" });
    if (path === "/metrics" && options.metrics) {
      return send(res, 200, await options.metrics.text(), { "content-type": options.metrics.contentType });
    }
    const report = await check();
    const about = Object.entries(options.about?.() ?? {}).map(
      ([name, value]) => `${name}: ${cleanReason(value)}\n`,
    );
    if (report.ok) return send(res, 200, `ok\n${about.join("")}`);
    const lines = Object.entries(report.checks)
      .filter(([, status]) => !status.ok)
      .map(([name, status]) => `${name}: ${status.ok ? "ok" : status.reason}`);
    send(res, 503, `unhealthy\n${lines.join("\n")}\n${about.join("")}`);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, "internal error\n");
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  // A probe is tiny: slow or idle clients are cut off quickly, and headers are capped.
  server.requestTimeout = 5000;
  server.headersTimeout = 5000;
  server.keepAliveTimeout = 5000;
  server.maxHeadersCount = 50;
  server.maxConnections = 128;

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        port: address.port,
        url: `http://${host}:${address.port}`,
        check,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
