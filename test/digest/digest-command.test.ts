// /digest on the real SQLite store: subscribe (with its schedule words), permissions, list, now.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandContext, CommandDeps } from "../../commands/command.ts";
import { execute, prepare } from "../../commands/execute.ts";
import type { SourceDocument } from "../../src/core/schemas.ts";
import { openSqlitePorts } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import { makeBrief } from "../scheduler/digest-fixtures.ts";

let dir: string;
let store: SqliteStore;
let deps: CommandDeps;
const now = new Date("2026-11-28T10:00:00Z");

const admin: CommandContext = { platform: "slack", channelId: "C1", userId: "U1", canManageChannel: true };
const member: CommandContext = { ...admin, userId: "U2", canManageChannel: false };

const run = async (text: string, context: CommandContext = admin) =>
  (await execute("digest", { text }, context, { deps })).reply;

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected an error");
};

async function addDocument(id: string, addedAt: string, parts: Parameters<typeof makeBrief>[2]) {
  const brief = makeBrief(id, `Title ${id}`, parts);
  const document: SourceDocument = {
    ...brief.document,
    id,
    license: null,
    author: null,
    body: `${(parts.points ?? []).join(" ")} ${id}`,
  };
  await store.addDocument(document, { ...brief, document: brief.document }, ["russia-china"], {
    addedAt: new Date(addedAt),
    language: "en",
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-digest-cmd-"));
  const ports = await openSqlitePorts(join(dir, "briefbot.db"), { clock: () => now });
  store = ports.store;
  await store.upsertTopic({
    slug: "russia-china",
    title: "Russia and China",
    description: "",
    match: { keywords: [], actors: [], minActors: 2 },
    feeds: [],
  });
  deps = {
    store,
    clock: () => now,
    digest: {
      digests: ports.digests,
      source: ports.digestSource,
      defaultTimeZone: "Europe/Berlin",
      firstWindowMs: 86_400_000,
    },
  };
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("/digest subscribe and unsubscribe", () => {
  it("subscribes with a time, zone, days and options, and says when the next digest comes", async () => {
    const reply = await run("subscribe russia-china at 07:30 tz America/New_York days mon-fri thread notice");
    expect(reply.title).toBe("Subscribed: Russia and China");
    expect(reply.subtitle).toBe("07:30 days mon-fri (America/New_York)");
    // Saturday 28 November: the next weekday 07:30 in New York is Monday 30 November.
    expect(JSON.stringify(reply)).toContain("Next digest: Mon 30 Nov, 07:30");
    const [subscription] = await deps.digest!.digests.listSubscriptions();
    expect(subscription).toMatchObject({
      platform: "slack",
      channelId: "C1",
      cron: "30 7 * * mon-fri",
      timeZone: "America/New_York",
      style: "thread",
      whenEmpty: "notice",
      createdBy: "U1",
    });
  });

  it("defaults to 08:00 daily in BRIEFBOT_TZ, and accepts a cron expression", async () => {
    await run("subscribe russia-china");
    expect((await deps.digest!.digests.listSubscriptions())[0]).toMatchObject({
      cron: "0 8 * * *",
      timeZone: "Europe/Berlin",
    });
    const updated = await run("subscribe russia-china 0 */6 * * * tz UTC");
    expect(updated.title).toBe("Updated the digest: Russia and China");
    expect(await deps.digest!.digests.listSubscriptions()).toHaveLength(1);
    expect((await deps.digest!.digests.listSubscriptions())[0]).toMatchObject({
      cron: "0 */6 * * *",
      timeZone: "UTC",
    });
  });

  it("refuses people who cannot manage the channel, with PERMISSION_DENIED", async () => {
    expect((await errorOf(run("subscribe russia-china at 08:00", member))).code).toBe("PERMISSION_DENIED");
    await run("subscribe russia-china");
    expect((await errorOf(run("unsubscribe russia-china", member))).code).toBe("PERMISSION_DENIED");
    expect(await deps.digest!.digests.listSubscriptions()).toHaveLength(1);
    // Reading is open to everyone.
    expect((await run("list", member)).sections[0]?.items).toHaveLength(1);
    expect((await run("now russia-china", member)).ephemeral).toBe(true);
  });

  it.each([
    ["subscribe russia-china at 25:00", "SCHEDULE_INVALID"],
    ["subscribe russia-china at 08:00 tz Mars/Olympus", "TIMEZONE_INVALID"],
    ["subscribe russia-china at 08:00 days funday", "SCHEDULE_INVALID"],
    ["subscribe russia-china 0 8 * *", "SCHEDULE_INVALID"],
    ["subscribe russia-china 0 0 31 2 *", "SCHEDULE_INVALID"],
    ["subscribe nowhere at 08:00", "TOPIC_NOT_FOUND"],
    ["unsubscribe russia-china", "SUBSCRIPTION_NOT_FOUND"],
  ])("answers %s with %s", async (text, code) => {
    expect((await errorOf(run(text))).code).toBe(code);
  });

  it("rejects bad input before running", () => {
    const parse = (text: string) => () => prepare("digest", { text }, "slack");
    expect(parse("explode russia-china")).toThrow(/has no "explode"/);
    expect(parse("subscribe")).toThrow(/topic/);
    expect(parse("list russia-china at 08:00")).toThrow(/unexpected/);
  });

  it("needs a Slack or Discord channel to subscribe from", async () => {
    const terminal: CommandContext = {
      platform: "terminal",
      channelId: "tty",
      userId: "me",
      canManageChannel: true,
    };
    expect((await errorOf(run("subscribe russia-china", terminal))).code).toBe("INPUT_INVALID");
  });

  it("unsubscribes", async () => {
    await run("subscribe russia-china");
    expect((await run("unsubscribe russia-china")).title).toBe("Unsubscribed from russia-china");
    expect(await deps.digest!.digests.listSubscriptions()).toHaveLength(0);
  });
});

describe("/digest list and now", () => {
  it("lists next run, last delivery, failures and a pause reason", async () => {
    await run("subscribe russia-china at 08:00");
    const digests = deps.digest!.digests;
    const claim = (slot: string) =>
      digests.claim({
        subscriptionId: 1,
        slot,
        owner: "o",
        leaseUntil: slot,
        firstWindowFrom: slot,
        now: slot,
      });
    await claim("2026-11-26T07:00:00.000Z");
    await digests.finish(
      1,
      "2026-11-26T07:00:00.000Z",
      "o",
      { status: "sent", messageId: "m1" },
      "2026-11-26T07:00:02.000Z",
    );
    await claim("2026-11-27T07:00:00.000Z");
    await digests.finish(
      1,
      "2026-11-27T07:00:00.000Z",
      "o",
      { status: "failed", error: "DELIVERY_RETRY: 503" },
      "2026-11-27T07:03:00.000Z",
    );
    let text = JSON.stringify(await run("list"));
    expect(text).toContain("next Sun 29 Nov, 08:00");
    expect(text).toContain("last delivered Thu 26 Nov, 08:00");
    expect(text).toContain("1 failed since (last: DELIVERY_RETRY: 503)");
    await digests.pause(1, "cannot post to the channel: channel_not_found", "2026-11-28T07:00:00.000Z");
    text = JSON.stringify(await run("list"));
    expect(text).toContain("PAUSED since Sat 28 Nov, 08:00: cannot post to the channel: channel_not_found");
    // Another channel sees only its own.
    expect((await run("list", { ...admin, channelId: "C2" })).sections[0]?.heading).toBe("None yet");
  });

  it("previews what is new since the last delivery, to the caller only", async () => {
    await addDocument("a1", "2026-11-28T06:00:00.000Z", {
      points: ["Russia and China signed a gas deal."],
      quotes: [["This partnership has no limits", "Xi Jinping"]],
      actors: [["Xi Jinping", 3]],
    });
    const reply = await run("now russia-china");
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe("Preview: Digest: Russia and China");
    const text = JSON.stringify(reply);
    expect(text).toContain("Russia and China signed a gas deal.");
    expect(text).toContain("This partnership has no limits");
    expect(text).toContain("Newly prominent");
    expect(await deps.digest!.digests.listSubscriptions()).toHaveLength(0);
  });

  it("reads documents and known actors from the store for the digest window", async () => {
    await addDocument("b1", "2026-11-20T06:00:00.000Z", {
      points: ["Old point."],
      actors: [["Vladimir Putin", 4]],
    });
    await addDocument("b2", "2026-11-28T06:00:00.000Z", {
      points: ["New point."],
      actors: [
        ["Vladimir Putin", 2],
        ["Bonny Lin", 2],
      ],
    });
    const source = deps.digest!.source;
    const documents = await source.documentsAdded(
      "russia-china",
      "2026-11-27T10:00:00.000Z",
      "2026-11-28T10:00:00.000Z",
    );
    expect(documents.map((document) => document.documentId)).toEqual(["b2"]);
    expect([...(await source.actorsKnownBefore("russia-china", "2026-11-27T10:00:00.000Z"))]).toEqual([
      "Vladimir Putin",
    ]);
  });
});
