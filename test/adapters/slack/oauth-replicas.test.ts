// Two real `briefbot start` processes (replicas) on one PostgreSQL database, in Slack OAuth mode
// and with the Discord interactions endpoint: the install starts on one replica and its redirect
// lands on the other (the state travels in the signed cookie, the installation in the database); a
// command to either is answered with the new workspace's token; an uninstall received by one stops
// both; either answers a signed Discord PING and refuses a bad signature with 401.
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, sign } from "node:crypto";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { eventBody, postSigned, slashCommandBody } from "../../fakes/slack-requests.ts";
import { describeReplicaProcesses, tempDatabase } from "../../store/postgres/pg-server.ts";
import { SIGNING_SECRET } from "./support.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLIENT_ID = "1111.2222";
const CLIENT_SECRET = "client_secret_value_0123456789";
const TOKEN = "xoxb-2_replicated_workspace_token";

interface Replica {
  child: ChildProcess;
  slack: string;
  discord: string;
  stderr: () => string;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const request = httpRequest(url, { headers, agent: false }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      });
      request.on("error", reject);
      request.end();
    },
  );
}

function postJson(url: string, raw: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json", ...headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(raw);
  });
}

describeReplicaProcesses("replicas in Slack OAuth mode and with the Discord interactions endpoint", () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let drop: () => Promise<void>;
  const replicas: Replica[] = [];
  const keys = generateKeyPairSync("ed25519");
  const publicHex = keys.publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex");

  // A port found free can be taken by another test file before the replica binds it: start again
  // on new ports then, a few times.
  async function startReplica(url: string): Promise<Replica> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startReplicaOnce(url);
      } catch (error) {
        if (attempt >= 3 || !/ is in use /.test(String(error))) throw error;
      }
    }
  }

  async function startReplicaOnce(url: string): Promise<Replica> {
    const [slackPort, discordPort] = [await freePort(), await freePort()];
    let stderr = "";
    const child = spawn(process.execPath, ["bin/briefbot.js", "start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        BRIEFBOT_DATABASE_URL: url,
        SLACK_CLIENT_ID: CLIENT_ID,
        SLACK_CLIENT_SECRET: CLIENT_SECRET,
        SLACK_STATE_SECRET: "the-same-state-secret-on-every-replica",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PORT: String(slackPort),
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeA.fake-token-for-tests-0123456789abcdef",
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: publicHex,
        DISCORD_INTERACTIONS_PORT: String(discordPort),
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (stderr.includes("slack: listening") && stderr.includes("interactions endpoint listening")) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`briefbot start exited with ${child.exitCode}:\n${stderr}`));
        }
      }, 20);
    });
    return {
      child,
      slack: `http://127.0.0.1:${slackPort}`,
      discord: `http://127.0.0.1:${discordPort}/discord/interactions`,
      stderr: () => stderr,
    };
  }

  beforeAll(async () => {
    slack = await FakeSlack.start({
      botToken: "xoxb-unused-env-token",
      admins: ["U_ADMIN"],
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    discord = await FakeDiscord.start();
    const database = await tempDatabase();
    drop = database.drop;
    // Two at once: migrations and the bundled topic load must not trip over each other.
    replicas.push(...(await Promise.all([startReplica(database.url), startReplica(database.url)])));
  }, 90_000);

  afterAll(async () => {
    for (const { child } of replicas) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await slack?.close();
    await discord?.close();
    await drop?.();
  });

  const command = async (replica: Replica, id: string) => {
    const body = slashCommandBody({
      command: "/brief",
      text: "russia-china",
      teamId: "T_TWO",
      channelId: "C0TWO",
      responseUrl: slack.responseUrl(id),
    });
    return postSigned(`${replica.slack}/slack/events`, SIGNING_SECRET, body);
  };

  it("installs through one replica and the other, then both answer the workspace", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const start = await get(`${a.slack}/slack/install`);
    expect(start.status).toBe(302);
    const state = new URL(String(start.headers.location)).searchParams.get("state") ?? "";
    const cookie = ([] as string[]).concat(start.headers["set-cookie"] ?? [])[0]?.split(";")[0] ?? "";
    slack.grantInstall("code-r", { teamId: "T_TWO", botToken: TOKEN, botUserId: "U_BOT2" });
    const back = await get(
      `${b.slack}/slack/oauth_redirect?${new URLSearchParams({ code: "code-r", state })}`,
      {
        cookie,
      },
    );
    expect(back.status).toBe(200);
    expect((await command(a, "on-a")).status).toBe(200);
    expect((await command(b, "on-b")).status).toBe(200);
    await slack.waitFor(
      () => ["on-a", "on-b"].every((id) => slack.responses.some((r) => r.id === id)),
      15_000,
    );
    const answer = slack.responses.find((r) => r.id === "on-a");
    expect(JSON.stringify(answer?.body)).toContain("Russia and China");
  }, 30_000);

  it("stops answering the workspace on both once one replica receives the uninstall", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const uninstall = eventBody("T_TWO", { type: "app_uninstalled" });
    const ack = await postSigned(`${b.slack}/slack/events`, SIGNING_SECRET, uninstall, {
      contentType: "application/json",
    });
    expect(ack.status).toBe(200);
    await slack.waitFor(() => b.stderr().includes("installation deleted"), 10_000);
    expect((await command(a, "after-uninstall")).status).toBe(200);
    // Not the brief: a private note that briefbot is not installed there any more.
    await slack.waitFor(() => slack.responses.some((r) => r.id === "after-uninstall"), 10_000);
    const told = slack.responses.find((r) => r.id === "after-uninstall");
    expect(String(told?.body.text)).toContain("not installed in this workspace");
    expect(JSON.stringify(told?.body)).not.toContain("Russia and China");
  }, 30_000);

  it("answers a signed Discord PING on either replica and refuses a bad signature with 401", async () => {
    for (const replica of replicas) {
      const raw = JSON.stringify({
        id: "1",
        type: 1,
        token: "t",
        application_id: discord.applicationId,
        version: 1,
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const good = sign(null, Buffer.from(timestamp + raw), keys.privateKey).toString("hex");
      const ping = await postJson(replica.discord, raw, {
        "x-signature-ed25519": good,
        "x-signature-timestamp": timestamp,
      });
      expect(ping).toEqual({ status: 200, text: '{"type":1}' });
      const other = generateKeyPairSync("ed25519").privateKey;
      const bad = sign(null, Buffer.from(timestamp + raw), other).toString("hex");
      const refused = await postJson(replica.discord, raw, {
        "x-signature-ed25519": bad,
        "x-signature-timestamp": timestamp,
      });
      expect(refused.status).toBe(401);
    }
  });

  it("never logged the token or the client secret", () => {
    expect(replicas.map((replica) => replica.stderr()).join("\n")).toContain(
      "slack: installed in a workspace",
    );
    for (const replica of replicas) {
      expect(replica.stderr()).not.toContain(TOKEN);
      expect(replica.stderr()).not.toContain(CLIENT_SECRET);
    }
  });
});
