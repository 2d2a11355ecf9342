// The "done when": `briefbot start` with only SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
// SLACK_PORT, SLACK_API_URL (the fake) and BRIEFBOT_DB set serves a signed `/brief russia-china`
// with a 200 ack within 3 seconds and posts the brief (key points, actors, quotes with speakers)
// to the response_url. A real child process, the bundled russia-china topic, a fresh database.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { postSigned, slashCommandBody } from "../../fakes/slack-requests.ts";
import { BOT_TOKEN, blockTexts, SIGNING_SECRET } from "./support.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

let slack: FakeSlack;
let child: ChildProcess;
let dir: string;
let port: number;
let stderr = "";

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** Spawns `briefbot start` on `port`; resolves once Slack listens, rejects if it exits first. */
async function startBriefbot(): Promise<void> {
  stderr = "";
  child = spawn(process.execPath, ["bin/briefbot.js", "start"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slack.apiUrl,
      BRIEFBOT_DB: join(dir, "briefbot.db"),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (stderr.includes('"slack: listening"')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`briefbot start exited with ${child.exitCode}:\n${stderr}`));
      }
    }, 20);
  });
}

beforeAll(async () => {
  slack = await FakeSlack.start({ botToken: BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), "briefbot-slack-start-"));
  // The free port can be taken by another process before the child binds it: then try another.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await startBriefbot();
      return;
    } catch (error) {
      if (attempt >= 3 || !stderr.includes("is in use")) throw error;
    }
  }
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  await slack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm start with Slack configured", () => {
  it("serves a signed /brief russia-china: 200 ack within 3 s, the brief on response_url", async () => {
    const body = slashCommandBody({
      command: "/brief",
      text: "russia-china",
      responseUrl: slack.responseUrl("start"),
    });
    const sent = Date.now();
    const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET, body);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3_000); // Slack's deadline for the ack
    await slack.waitFor(() => slack.responses.some((response) => response.id === "start"), 15_000);
    const answered = slack.responses.find((response) => response.id === "start");
    console.log(
      `[slack npm start] ack ${ack.ms.toFixed(1)} ms, brief on response_url ${(answered?.at ?? 0) - sent} ms`,
    );
    const message = answered?.body ?? {};
    expect(message.response_type, `${blockTexts(message)}\n${stderr.slice(-2000)}`).toBe("in_channel");
    const text = blockTexts(message);
    expect(text).toContain("*Key points*");
    // Each key point cites its source (the bundled document has a title and date but no URL).
    expect(text).toMatch(/\n• .+ \(.+, 2022-09-07\)\n/);
    const blocks = message.blocks as Array<{ type: string; elements?: Array<{ text: string }> }>;
    const actors = blocks.find(
      (block) => block.type === "context" && block.elements?.[0]?.text.startsWith("*Actors:*"),
    );
    expect(actors?.elements?.[0]?.text).toMatch(/China|Russia/);
    expect(text).toMatch(/>“[^”]+”\n— \*[^*]+\*/); // a quote with its speaker
    expect(slack.violations).toEqual([]);
  });

  it("acks every one of 20 more commands within 3 s and answers each", async () => {
    const acks: number[] = [];
    for (let i = 0; i < 20; i++) {
      const body = slashCommandBody({
        command: "/brief",
        text: "russia-china",
        responseUrl: slack.responseUrl(`more-${i}`),
      });
      const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET, body);
      expect(ack.status).toBe(200);
      acks.push(ack.ms);
    }
    await slack.waitFor(
      () => slack.responses.filter((response) => response.id.startsWith("more-")).length === 20,
      15_000,
    );
    acks.sort((a, b) => a - b);
    expect(acks[acks.length - 1]).toBeLessThan(3_000);
    console.log(
      `[slack npm start] 20 acks: median ${acks[10]?.toFixed(1)} ms, max ${acks[19]?.toFixed(1)} ms`,
    );
  });

  it("checked the token with auth.test and never logged it", () => {
    expect(slack.calls.some((call) => call.method === "auth.test" && call.token === BOT_TOKEN)).toBe(true);
    expect(stderr).toContain('"briefbot is up"');
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SIGNING_SECRET);
  });
});
