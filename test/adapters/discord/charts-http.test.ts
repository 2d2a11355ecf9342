// `/brief topic chart:true` over Discord's HTTP interactions (DISCORD_PUBLIC_KEY): the brief in the
// HTTP response, then the charts through the interaction's webhook as a multipart message whose
// embeds show them; the fake Discord checks the files against the payload's `attachments`.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { type DiscordAdapter, startDiscord } from "../../../src/adapters/discord/start.ts";
import { createLogger } from "../../../src/logger.ts";
import type { SqliteStore } from "../../../src/store/sqlite/store.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { chatInput } from "../../fakes/discord-interactions.ts";
import { decodePng } from "../../support/png.ts";
import { seededStore, TOKEN } from "./harness.ts";

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: SqliteStore;
let privateKey: KeyObject;
let endpoint: string;

beforeAll(async () => {
  const pair = generateKeyPairSync("ed25519");
  privateKey = pair.privateKey;
  const publicHex = pair.publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex");
  fake = await FakeDiscord.start();
  store = await seededStore();
  adapter = await startDiscord({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_INTERACTIONS_PORT: 0,
    },
    deps: { store, clock: () => new Date("2026-11-25T12:00:00Z") },
    commands: COMMANDS,
    logger: createLogger({ DISCORD_TOKEN: TOKEN }, { level: "silent" }),
    host: "127.0.0.1",
  });
  endpoint = `http://127.0.0.1:${adapter.port}/discord/interactions`;
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await store?.close();
});

/** Signs `payload` as Discord does and posts it to the endpoint. */
async function signed(payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const raw = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), privateKey).toString("hex");
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    },
    body: raw,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("Discord over HTTP: /brief with charts", () => {
  it("answers the brief in the response, then posts the charts through the webhook as valid PNGs", async () => {
    const sent = chatInput(fake, "brief", { topic: "russia-china", chart: true });
    const answer = await signed(sent.payload);
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain("Russia and China");
    const upload = await fake.waitFor(
      (request) =>
        request.method === "POST" &&
        request.path === `/webhooks/${fake.applicationId}/${sent.token}` &&
        request.files !== undefined,
      10_000,
    );
    expect(upload.status).toBe(200);
    expect(upload.fileProblems).toEqual([]);
    expect(upload.files!.map((file) => file.filename)).toEqual([
      "russia-china-coverage.png",
      "russia-china-actors.png",
    ]);
    for (const file of upload.files!) {
      expect(decodePng(file.bytes).width).toBe(800);
      expect(file.description).toMatch(/^(Coverage timeline|Actor graph) of Russia and China/);
    }
    const body = upload.body as { embeds: { image: { url: string } }[]; allowed_mentions: unknown };
    expect(body.embeds.map((embed) => embed.image.url)).toEqual([
      "attachment://russia-china-coverage.png",
      "attachment://russia-china-actors.png",
    ]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
