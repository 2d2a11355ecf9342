// The Discord interactions endpoint (DISCORD_PUBLIC_KEY): requests signed with a real Ed25519 key
// pair made here, checked by the adapter with node:crypto; PING, a command answered in the HTTP
// response or deferred and finished through the webhook of the fake Discord, autocomplete from the
// store, the message command; bad and stale signatures refused with 401 before anything is parsed.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { MESSAGE_COMMAND_NAME } from "../../../src/adapters/discord/command-json.ts";
import { type DiscordAdapter, startDiscord } from "../../../src/adapters/discord/start.ts";
import { createLogger } from "../../../src/logger.ts";
import type { SqliteStore } from "../../../src/store/sqlite/store.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import {
  autocomplete,
  type ComponentPress,
  chatInput,
  componentPress,
  messageCommand,
  PERMISSIONS,
} from "../../fakes/discord-interactions.ts";
import { seededStore, TOKEN } from "./harness.ts";
import {
  adminCalls,
  adminCommand,
  briefMessageStandIn,
  failingCommand,
  gate,
  slowCommand,
} from "./test-commands.ts";

const EPHEMERAL = 64;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: SqliteStore;
let privateKey: KeyObject;
let endpoint: string;
const logs: string[] = [];
const slow = gate();

beforeAll(async () => {
  const pair = generateKeyPairSync("ed25519");
  privateKey = pair.privateKey;
  // The raw 32-byte key, as the Discord developer portal shows it: the SPKI DER minus its 12-byte header.
  const publicHex = pair.publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex");
  fake = await FakeDiscord.start();
  store = await seededStore();
  const hasMessageCommand = COMMANDS.some((command) => command.name === "brief-message");
  adapter = await startDiscord({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_INTERACTIONS_PORT: 0,
    },
    deps: { store, clock: () => new Date("2026-11-25T12:00:00Z") },
    commands: [
      ...COMMANDS,
      slowCommand(() => slow.wait),
      failingCommand,
      adminCommand,
      ...(hasMessageCommand ? [] : [briefMessageStandIn]),
    ],
    logger: createLogger(
      { DISCORD_TOKEN: TOKEN },
      { level: "debug", destination: { write: (line: string) => logs.push(line) } },
    ),
    host: "127.0.0.1",
    deferAfterMs: 300,
  });
  endpoint = `http://127.0.0.1:${adapter.port}/discord/interactions`;
});

afterAll(async () => {
  slow.open();
  await adapter?.stop();
  await fake?.close();
  await store?.close();
});

interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

/** POSTs `raw` to the endpoint with the given headers. */
function post(raw: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      endpoint,
      { method: "POST", headers: { "content-type": "application/json", ...headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: response.statusCode ?? 0,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
          });
        });
      },
    );
    request.on("error", reject);
    request.end(raw);
  });
}

/** Signs `payload` as Discord does (timestamp + body) and posts it. */
function signed(payload: unknown, options: { timestamp?: number; key?: KeyObject } = {}): Promise<Answer> {
  const raw = JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), options.key ?? privateKey).toString("hex");
  return post(raw, { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp });
}

const dataOf = (answer: Answer): Record<string, unknown> =>
  (answer.body?.data ?? {}) as Record<string, unknown>;
const choicesOf = (answer: Answer) =>
  (dataOf(answer).choices ?? []) as Array<{ name: string; value: string }>;

const descriptions = (data: Record<string, unknown> | undefined): string =>
  ((data?.embeds ?? []) as Array<{ title?: string; description?: string }>)
    .map((embed) => `${embed.title ?? ""}\n${embed.description ?? ""}`)
    .join("\n");

describe("signatures", () => {
  it("answers PING with PONG", async () => {
    const answer = await signed({
      id: "1",
      type: 1,
      token: "t",
      application_id: fake.applicationId,
      version: 1,
    });
    expect(answer).toEqual({ status: 200, body: { type: 1 } });
  });

  it("refuses a signature made with another key, a changed body, a stale or a missing timestamp with 401", async () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    expect((await signed({ type: 1 }, { key: other })).status).toBe(401);
    const now = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(`${now}{"type":1}`), privateKey).toString("hex");
    expect(
      (await post('{"type":2}', { "x-signature-ed25519": signature, "x-signature-timestamp": now })).status,
    ).toBe(401);
    expect((await signed({ type: 1 }, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    expect((await signed({ type: 1 }, { timestamp: Math.floor(Date.now() / 1000) + 3600 })).status).toBe(401);
    expect((await post('{"type":1}', { "x-signature-timestamp": now })).status).toBe(401);
    expect(
      (await post('{"type":1}', { "x-signature-ed25519": "zz", "x-signature-timestamp": now })).status,
    ).toBe(401);
  });

  it("refuses a signed body that is not JSON with 400, and other paths and methods", async () => {
    const now = String(Math.floor(Date.now() / 1000));
    const raw = "not json";
    const signature = sign(null, Buffer.from(now + raw), privateKey).toString("hex");
    expect((await post(raw, { "x-signature-ed25519": signature, "x-signature-timestamp": now })).status).toBe(
      400,
    );
  });
});

describe("commands over HTTP", () => {
  it("answers /brief in the HTTP response (type 4) with the topic's brief and no pings", async () => {
    const sent = chatInput(fake, "brief", { topic: "russia-china" });
    const answer = await signed(sent.payload);
    expect(answer.status).toBe(200);
    expect(answer.body?.type).toBe(4);
    const data = answer.body?.data as Record<string, unknown>;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags ?? 0).not.toBe(EPHEMERAL);
    expect(descriptions(data)).toContain("Russia and China");
    expect(descriptions(data)).toContain("gas supply agreement");
  });

  it("answers an unknown topic privately, with the error in plain words", async () => {
    const answer = await signed(chatInput(fake, "brief", { topic: "atlantis" }).payload);
    const data = answer.body?.data as Record<string, unknown>;
    expect(answer.body?.type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(descriptions(data).toLowerCase()).toContain("atlantis");
  });

  it("defers a slow command (type 5) and edits the original message through the webhook", async () => {
    const sent = chatInput(fake, "slow");
    const answer = await signed(sent.payload);
    expect(answer.body).toEqual({ type: 5 });
    slow.open();
    const edit = await fake.waitFor(
      (request) =>
        request.method === "PATCH" &&
        request.path === `/webhooks/${fake.applicationId}/${sent.token}/messages/@original`,
    );
    expect(descriptions(edit.body as Record<string, unknown>)).toContain("finally");
    // The webhook needs no bot token, and none is sent.
    expect(edit.headers.authorization).toBeUndefined();
  });

  it("checks Manage Channels from the member's permissions", async () => {
    adminCalls.length = 0;
    const refused = await signed(
      chatInput(fake, "admin-thing", {}, { permissions: PERMISSIONS.sendMessages }).payload,
    );
    expect(dataOf(refused).flags).toBe(EPHEMERAL);
    expect(adminCalls).toEqual([]);
    await signed(chatInput(fake, "admin-thing", {}, { permissions: PERMISSIONS.manageChannels }).payload);
    await signed(chatInput(fake, "admin-thing", {}, { permissions: PERMISSIONS.administrator }).payload);
    expect(adminCalls.map((call) => call.canManageChannel)).toEqual([true, true]);
    expect(adminCalls[0]?.channelId).toBe(fake.channelId);
  });

  it("answers a failing command with an apology, logging its code without the details to the user", async () => {
    const answer = await signed(chatInput(fake, "boom").payload);
    expect(answer.body?.type).toBe(4);
    expect(JSON.stringify(answer.body)).not.toContain("/srv/secret/path");
    expect(logs.join("\n")).toContain('"code":"INTERNAL"');
  });

  it("runs the message command on the message's text, deferring first", async () => {
    const sent = messageCommand(
      fake,
      MESSAGE_COMMAND_NAME,
      "Russia and China signed a gas deal on Tuesday in Moscow.",
    );
    const answer = await signed(sent.payload);
    expect(answer.body).toEqual({ type: 5 });
    await fake.waitFor((request) => request.path.startsWith(`/webhooks/${fake.applicationId}/${sent.token}`));
  });
});

describe("autocomplete over HTTP", () => {
  it("offers topics that match what the user typed (type 8)", async () => {
    const answer = await signed(autocomplete(fake, "brief", "topic", "rus").payload);
    expect(answer.body?.type).toBe(8);
    const choices = choicesOf(answer);
    expect(choices.map((choice) => choice.value)).toEqual(["russia-china"]);
  });

  it("offers speakers of quotes", async () => {
    const answer = await signed(autocomplete(fake, "quote", "speaker", "xi").payload);
    const choices = choicesOf(answer);
    expect(choices.map((choice) => choice.value)).toContain("Xi Jinping");
  });
});

describe("charts over HTTP", () => {
  it("follows the brief with the charts as PNG files with alt text, through the webhook", async () => {
    const sent = chatInput(fake, "brief", { topic: "russia-china", chart: true });
    const answer = await signed(sent.payload);
    expect(descriptions(dataOf(answer))).toContain("Russia and China");
    const upload = await fake.waitFor(
      (request) =>
        request.path === `/webhooks/${fake.applicationId}/${sent.token}` && request.files !== undefined,
      10_000,
    );
    expect(upload.status).toBe(200);
    expect(upload.fileProblems).toEqual([]);
    expect(upload.files?.map((file) => file.filename)).toEqual([
      "russia-china-coverage.png",
      "russia-china-actors.png",
    ]);
    expect(upload.files?.every((file) => file.png !== null && (file.description ?? "").length > 0)).toBe(
      true,
    );
    expect(upload.headers.authorization).toBeUndefined();
  });
});

describe("buttons and menus over HTTP", () => {
  const controlsOf = (data: Record<string, unknown>) =>
    (
      (data.components ?? []) as { components: { custom_id: string; options?: { value: string }[] }[] }[]
    ).flatMap((row) => row.components);

  it("a brief carries its controls, and a quote picked in context answers the presser in the HTTP response", async () => {
    const brief = dataOf(await signed(chatInput(fake, "brief", { topic: "russia-china" }).payload));
    const controls = controlsOf(brief);
    expect(controls.map((control) => control.custom_id)).toContain("sub:russia-china");
    const token = controls.find((control) => control.custom_id === "briefbot:context")?.options?.[0]?.value;
    expect(token).toMatch(/^ctx:doc-1\|/);
    const answer = await signed(
      componentPress(fake, { customId: "briefbot:context", values: [token ?? ""] }).payload,
    );
    expect(answer.body?.type).toBe(4);
    expect(dataOf(answer).flags).toBe(EPHEMERAL);
    expect(descriptions(dataOf(answer))).toContain("In context: Russia and China sign gas deal");
  });

  it("forged and stale presses are refused in words, to the presser", async () => {
    for (const [press, expected] of [
      [{ customId: "delete_everything" }, "unknown action"],
      [{ customId: "briefbot:menu", values: ["topic:no-such-topic"] }, "no-such-topic"],
      [{ customId: "briefbot:story", values: ["story:russia-china|gone"] }, "no longer in the brief"],
    ] as [ComponentPress, string][]) {
      const answer = await signed(componentPress(fake, press).payload);
      expect(answer.body?.type).toBe(4);
      expect(dataOf(answer).flags).toBe(EPHEMERAL);
      expect(descriptions(dataOf(answer))).toContain(expected);
    }
  });
});
