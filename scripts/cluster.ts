// N local `briefbot start` replicas on one database, for the multi-process tests and the bench:
// each a real process (node bin/briefbot.js start) with its own health port, Slack HTTP port and
// BRIEFBOT_REPLICA_ID (replica-0, replica-1...), the rest of the environment from the caller.
// As a program: `node --import tsx scripts/cluster.ts 3` with BRIEFBOT_DATABASE_URL (and the
// platform variables) set; prints each replica's URLs and stops them all on Ctrl-C.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "briefbot.js");

/** One running replica. */
export interface Replica {
  readonly index: number;
  readonly id: string;
  readonly healthUrl: string;
  /** Where its Slack HTTP endpoint listens (http://127.0.0.1:PORT). */
  readonly slackUrl: string;
  process: ChildProcess;
  /** Everything it wrote (logs are JSON lines on stdout). */
  output: string;
}

/** Options of startCluster. */
export interface ClusterOptions {
  replicas: number;
  /** The environment of every replica (BRIEFBOT_DATABASE_URL, tokens, API URLs...). */
  env: Record<string, string>;
  /** How long a replica may take to answer /healthz with 200 (default 90 s; a loaded machine is slow). */
  readyTimeoutMs?: number;
}

/** A running cluster. */
export interface Cluster {
  readonly replicas: Replica[];
  /** Sends `signal` to replica `index` and waits for it to exit. */
  kill(index: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts replica `index` again (same id and ports) and waits until it is healthy. */
  restart(index: number): Promise<Replica>;
  /** Starts replica `index` again at once, without waiting (it must have exited). */
  relaunch(index: number): Replica;
  /** Waits until replica `index` answers /healthz with 200. */
  ready(index: number): Promise<void>;
  /** Stops every replica (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));

/** Waits until `url` answers 200, or the child exits, or the time is up. */
async function ready(replica: Replica, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < until) {
    if (replica.process.exitCode !== null || replica.process.signalCode !== null) {
      throw new Error(`${replica.id} exited before it was healthy:\n${replica.output.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${replica.healthUrl}/healthz`);
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${replica.id} was not healthy within ${timeoutMs} ms (last: ${last})`);
}

/** Starts `options.replicas` replicas and resolves when every one answers /healthz with 200. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const timeoutMs = options.readyTimeoutMs ?? 90_000;
  const freePorts = async () => ({ health: await freePort(), slack: await freePort() });
  const ports = await Promise.all(Array.from({ length: options.replicas }, freePorts));
  const replicas: Replica[] = [];
  const launch = (index: number): Replica => {
    const { health, slack } = ports[index]!;
    const id = `replica-${index}`;
    const child = spawn(process.execPath, [BIN, "start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...options.env,
        BRIEFBOT_REPLICA_ID: id,
        BRIEFBOT_HEALTH_PORT: String(health),
        SLACK_PORT: String(slack),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const replica: Replica = {
      index,
      id,
      healthUrl: `http://127.0.0.1:${health}`,
      slackUrl: `http://127.0.0.1:${slack}`,
      process: child,
      output: "",
    };
    const keep = (chunk: Buffer) => {
      replica.output += chunk.toString();
      // Keep the tail only: a long run logs a lot.
      if (replica.output.length > 200_000) replica.output = replica.output.slice(-100_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    replicas[index] = replica;
    return replica;
  };
  const cluster: Cluster = {
    replicas,
    async kill(index, signal = "SIGKILL") {
      const child = replicas[index]!.process;
      const done = exited(child);
      child.kill(signal);
      await done;
    },
    async restart(index) {
      await cluster.kill(index, "SIGKILL");
      const replica = launch(index);
      await ready(replica, timeoutMs);
      return replica;
    },
    relaunch(index) {
      const old = replicas[index]!.process;
      if (old.exitCode === null && old.signalCode === null)
        throw new Error(`replica-${index} is still running`);
      return launch(index);
    },
    ready: (index) => ready(replicas[index]!, timeoutMs),
    async stop() {
      await Promise.all(
        replicas.map(async (replica) => {
          const done = exited(replica.process);
          replica.process.kill("SIGTERM");
          const timer = setTimeout(() => replica.process.kill("SIGKILL"), 10_000);
          await done;
          clearTimeout(timer);
        }),
      );
    },
  };
  // A port found free can be taken by another process before the replica binds it: the first
  // start of a replica tries again on new ports then, a few times.
  const firstStart = async (index: number): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ready(launch(index), timeoutMs);
      } catch (error) {
        if (attempt >= 3 || !/ is in use /.test(String(error))) throw error;
        ports[index] = await freePorts();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.replicas }, (_, i) => firstStart(i)));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 3);
  if (!Number.isInteger(count) || count < 1 || count > 32) {
    process.stderr.write("usage: node --import tsx scripts/cluster.ts [replicas, 1-32]\n");
    process.exit(2);
  }
  if (!process.env.BRIEFBOT_DATABASE_URL) {
    process.stderr.write(
      "cluster: set BRIEFBOT_DATABASE_URL (postgres://...): replicas share one database\n",
    );
    process.exit(2);
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const cluster = await startCluster({ replicas: count, env });
  for (const replica of cluster.replicas) {
    process.stdout.write(
      `${replica.id}: pid ${replica.process.pid}, health ${replica.healthUrl}, slack ${replica.slackUrl}\n`,
    );
  }
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
