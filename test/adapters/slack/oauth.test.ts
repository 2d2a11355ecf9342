// Slack OAuth mode (many workspaces) with the real Bolt against the fake Slack and a real SQLite
// store: /slack/install -> Slack's consent page with a state cookie -> the redirect with a code ->
// oauth.v2.access -> the installation stored; commands from each workspace answered with that
// workspace's token, digests posted with it; uninstall and revoked tokens delete it. No token or
// client secret reaches the log (tokens here are shaped so that the log scrubber would miss them).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SLACK_BOT_SCOPES } from "../../../src/adapters/slack/oauth.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { DeliveryError } from "../../../src/core/errors.ts";
import type { StorePorts, WorkspaceRef } from "../../../src/core/ports.ts";
import { openSqlitePorts } from "../../../src/store/sqlite/sqlite-ports.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { eventBody, postSigned, slashCommandBody } from "../../fakes/slack-requests.ts";
import {
  type Calls,
  captureLogger,
  SIGNING_SECRET,
  sampleReply,
  testCommands,
  unusedStore,
} from "./support.ts";

const CLIENT_ID = "1111.2222";
const CLIENT_SECRET = "client_secret_value_0123456789";
const STATE_SECRET = "state_secret_value_0123456789";
// An underscore right after the prefix: the log scrubber's token shapes do not match these, so
// the log test below fails if anything writes them, instead of relying on the scrubber.
const TOKEN_TWO = "xoxb-2_team_two_bot_token_secret";
const TOKEN_THREE = "xoxb-3_team_three_bot_token_secret";

const team = (teamId: string): WorkspaceRef => ({ enterpriseId: null, teamId, isEnterpriseInstall: false });

let slack: FakeSlack;
let adapter: SlackAdapter;
let ports: StorePorts;
let dir: string;
let base: string;
const calls: Calls = { brief: [], briefMessage: [], digest: [] };
const { logger, lines } = captureLogger();
let responses = 0;

/** A GET with our own headers (the browser's cookie), no redirects followed. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
  }>((resolve, reject) => {
    const request = httpRequest(url, { method: "GET", headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

/** Runs the browser's part of an install: /slack/install, then the redirect back with `code`. */
async function install(code: string, options: { state?: string; cookie?: boolean } = {}) {
  const start = await get(`${base}/slack/install`);
  expect(start.status).toBe(302);
  const consent = new URL(String(start.headers.location));
  const state = consent.searchParams.get("state") ?? "";
  const cookie = ([] as string[]).concat(start.headers["set-cookie"] ?? [])[0]?.split(";")[0] ?? "";
  const query = new URLSearchParams({ code, state: options.state ?? state });
  const back = await get(`${base}/slack/oauth_redirect?${query}`, options.cookie === false ? {} : { cookie });
  return { consent, state, back };
}

/** A signed slash command from `teamId`; resolves when its answer reached the response_url. */
async function slash(teamId: string, command: string, text: string, extra: { channelId?: string } = {}) {
  const id = `oauth-${++responses}`;
  const body = slashCommandBody({
    command,
    text,
    teamId,
    userId: "U_ADMIN",
    responseUrl: slack.responseUrl(id),
    ...extra,
  });
  const ack = await postSigned(`${base}/slack/events`, SIGNING_SECRET, body);
  return { ack, id };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-oauth-"));
  ports = await openSqlitePorts(join(dir, "briefbot.db"));
  // A bot token nobody is given: only tokens handed out by oauth.v2.access are accepted.
  slack = await FakeSlack.start({
    botToken: "xoxb-unused-env-token",
    admins: ["U_ADMIN"],
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  adapter = await startSlack({
    config: {
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_ADMINS: [],
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
    },
    installations: ports.installations,
    deps: { store: unusedStore, clock: () => new Date() },
    commands: testCommands(calls),
    logger,
    host: "127.0.0.1",
  });
  base = `http://127.0.0.1:${adapter.port}`;
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
  await ports?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  calls.brief.length = 0;
  calls.digest.length = 0;
});

describe("Slack OAuth: many workspaces", () => {
  it("starts without a bot token and calls no Web API method until a workspace installs", () => {
    expect(adapter.oauth).toBe(true);
    expect(slack.calls).toEqual([]);
  });

  it("sends /slack/install to Slack's consent page with the client id, the scopes and a state in a cookie", async () => {
    const start = await get(`${base}/slack/install`);
    expect(start.status).toBe(302);
    const consent = new URL(String(start.headers.location));
    expect(consent.pathname).toBe("/oauth/v2/authorize");
    expect(consent.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(consent.searchParams.get("scope")?.split(",")).toEqual([...SLACK_BOT_SCOPES]);
    const state = consent.searchParams.get("state");
    expect(state).toBeTruthy();
    expect(String(start.headers["set-cookie"])).toContain(`=${state}`);
  });

  it("asks for the scopes the checked-in manifest declares", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, "../../../slack/manifest.json"), "utf8"));
    expect([...SLACK_BOT_SCOPES]).toEqual(manifest.oauth_config.scopes.bot);
  });

  it("refuses a redirect whose state is not this browser's, and stores nothing", async () => {
    slack.grantInstall("code-forged", { teamId: "T_EVIL", botToken: "xoxb-e_evil_token_value" });
    const forged = await install("code-forged", { state: "not-the-state" });
    expect(forged.back.status).toBeGreaterThanOrEqual(400);
    const noCookie = await install("code-forged", { cookie: false });
    expect(noCookie.back.status).toBeGreaterThanOrEqual(400);
    expect(await ports.installations.listInstallations()).toEqual([]);
    expect(slack.calls.filter((call) => call.method === "oauth.v2.access")).toEqual([]);
  });

  it("installs two workspaces end to end and stores each one's token", async () => {
    slack.grantInstall("code-two", {
      teamId: "T_TWO",
      botToken: TOKEN_TWO,
      botUserId: "U_BOT2",
      botId: "B2",
    });
    slack.grantInstall("code-three", { teamId: "T_THREE", botToken: TOKEN_THREE, botUserId: "U_BOT3" });
    const two = await install("code-two");
    expect(two.back.status).toBe(200);
    const three = await install("code-three");
    expect(three.back.status).toBe(200);
    const exchange = slack.calls.filter((call) => call.method === "oauth.v2.access");
    expect(exchange.map((call) => call.body.code)).toEqual(["code-two", "code-three"]);
    const stored = await ports.installations.findInstallation(team("T_TWO"));
    expect(stored).toMatchObject({ teamId: "T_TWO", botToken: TOKEN_TWO, botUserId: "U_BOT2", botId: "B2" });
    expect((await ports.installations.findInstallation(team("T_THREE")))?.botToken).toBe(TOKEN_THREE);
    // A code works once.
    const again = await install("code-two");
    expect(again.back.status).toBeGreaterThanOrEqual(400);
  });

  it("answers a command from each workspace with that workspace's token", async () => {
    await slash("T_TWO", "/digest", "subscribe world", { channelId: "C0TWO" });
    await slack.waitFor(() => calls.digest.length === 1);
    await slash("T_THREE", "/digest", "subscribe world", { channelId: "C0THREE" });
    await slack.waitFor(() => calls.digest.length === 2);
    expect(calls.digest).toEqual([{ canManage: true }, { canManage: true }]);
    const lookups = slack.calls.filter((call) => call.method === "users.info");
    // Each command asks users.info (may the caller manage the channel?) with its workspace's token.
    expect(lookups.length).toBeGreaterThanOrEqual(2);
    expect([...new Set(lookups.map((call) => call.token))]).toEqual([TOKEN_TWO, TOKEN_THREE]);
    await slack.waitFor(() => slack.responses.filter((r) => r.id.startsWith("oauth-")).length >= 2);
  });

  it("posts a channel's digest with the token of the channel's workspace", async () => {
    await adapter.poster.post("C0TWO", sampleReply({ points: 1, actors: 0, quotes: 0 }));
    await adapter.poster.post("C0THREE", sampleReply({ points: 1, actors: 0, quotes: 0 }));
    const posts = slack.posts().map((call) => [call.body.channel, call.token]);
    expect(posts).toEqual([
      ["C0TWO", TOKEN_TWO],
      ["C0THREE", TOKEN_THREE],
    ]);
    const unknown = adapter.poster.post("C0NEVERSEEN", sampleReply({ points: 1, actors: 0, quotes: 0 }));
    await expect(unknown).rejects.toMatchObject({ kind: "gone" });
    await expect(unknown).rejects.toBeInstanceOf(DeliveryError);
  });

  it("does not run a command from a workspace that never installed", async () => {
    // Bolt acks (Slack would retry otherwise) and calls no listener: there is no token to act with;
    // the caller is told why through the response_url, which needs none.
    const { ack, id } = await slash("T_STRANGER", "/brief", "russia-china");
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.responses.some((response) => response.id === id));
    expect(calls.brief).toEqual([]);
    const told = slack.responses.filter((response) => response.id === id);
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(told[0]?.body.text)).toContain("not installed in this workspace");
  });

  it("deletes the installation on app_uninstalled; the other workspace keeps working", async () => {
    const uninstall = eventBody("T_TWO", { type: "app_uninstalled" });
    const ack = await postSigned(`${base}/slack/events`, SIGNING_SECRET, uninstall, {
      contentType: "application/json",
    });
    expect(ack.status).toBe(200);
    slack.revokeToken(TOKEN_TWO);
    await expect.poll(() => ports.installations.findInstallation(team("T_TWO"))).toBeNull();
    await slash("T_TWO", "/brief", "russia-china");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.brief).toEqual([]);
    await expect(
      adapter.poster.post("C0TWO", sampleReply({ points: 1, actors: 0, quotes: 0 })),
    ).rejects.toMatchObject({ kind: "gone" });
    const still = await slash("T_THREE", "/brief", "russia-china", { channelId: "C0THREE" });
    expect(still.ack.status).toBe(200);
    await slack.waitFor(() => calls.brief.length === 1);
  });

  it("deletes the installation when the bot's token is revoked, not for a user's", async () => {
    const userOnly = eventBody("T_THREE", { type: "tokens_revoked", tokens: { oauth: ["U_SOMEONE"] } });
    await postSigned(`${base}/slack/events`, SIGNING_SECRET, userOnly, { contentType: "application/json" });
    const revoked = eventBody("T_THREE", { type: "tokens_revoked", tokens: { bot: ["U_BOT3"] } });
    const ack = await postSigned(`${base}/slack/events`, SIGNING_SECRET, revoked, {
      contentType: "application/json",
    });
    expect(ack.status).toBe(200);
    await expect.poll(() => ports.installations.findInstallation(team("T_THREE"))).toBeNull();
    expect(await ports.installations.listInstallations()).toEqual([]);
  });

  it("reinstalling a workspace serves its known channels again", async () => {
    const TOKEN_TWO_AGAIN = "xoxb-2_team_two_second_install";
    slack.grantInstall("code-two-again", { teamId: "T_TWO", botToken: TOKEN_TWO_AGAIN });
    expect((await install("code-two-again")).back.status).toBe(200);
    await adapter.poster.post("C0TWO", sampleReply({ points: 1, actors: 0, quotes: 0 }));
    expect(slack.posts().at(-1)?.token).toBe(TOKEN_TWO_AGAIN);
  });

  it("never logs a token or the client and state secrets", () => {
    const log = lines.join("\n");
    expect(log).toContain("slack: installed in a workspace");
    for (const secret of [
      TOKEN_TWO,
      TOKEN_THREE,
      "xoxb-2_team_two_second_install",
      CLIENT_SECRET,
      STATE_SECRET,
    ])
      expect(log).not.toContain(secret);
  });
});
