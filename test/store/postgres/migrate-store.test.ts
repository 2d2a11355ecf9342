// `briefbot migrate-store` on a small generated SQLite install: everything is copied (documents
// with their briefs, near-duplicates, subscriptions, the ledger as it was), counts are checked,
// an interrupted copy finishes when run again, and the copy answers as the original did.
import { afterEach, expect, it } from "vitest";
import { migrateStore } from "../../../src/store/migrate-store.ts";
import { openPostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../../../src/store/sqlite/sqlite-ports.ts";
import { runCliInProcess } from "../../support/capture-io.ts";
import { tempDir, topic } from "../helpers.ts";
import { corpus } from "./corpus.ts";
import { describePostgres, tempDatabase } from "./pg-server.ts";

const NOW = new Date("2026-01-02T12:00:00Z");
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A SQLite install with two topics, 40 documents (and copies), two subscriptions and a ledger. */
async function sqliteInstall(): Promise<string> {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const path = `${dir.dir}/briefbot.db`;
  const ports = await openSqlitePorts(path, { clock: () => NOW });
  await ports.store.upsertTopic(topic("alpha"));
  await ports.store.upsertTopic(topic("beta"));
  for (const item of corpus(40, 3)) {
    await ports.store.addDocument(item.document, item.brief, item.topics, { addedAt: item.addedAt });
  }
  const base = {
    cron: "0 8 * * *",
    timeZone: "UTC",
    style: "single",
    whenEmpty: "silent",
    createdBy: "U1",
  } as const;
  const { subscription } = await ports.digests.subscribe(
    { ...base, platform: "slack", channelId: "C1", topic: "alpha" },
    "2025-12-01T00:00:00.000Z",
  );
  const paused = await ports.digests.subscribe(
    { ...base, platform: "discord", channelId: "D1", topic: "beta" },
    "2025-12-02T00:00:00.000Z",
  );
  await ports.digests.pause(paused.subscription.id, "channel gone", "2025-12-05T00:00:00.000Z");
  // Slack OAuth mode: one workspace's installation and the channel it was seen in.
  const team = { enterpriseId: null, teamId: "T1", isEnterpriseInstall: false };
  await ports.installations.saveInstallation({
    ...team,
    botToken: "xoxb-team-one",
    botUserId: "U_BOT",
    botId: "B1",
    data: { team: { id: "T1" }, bot: { token: "xoxb-team-one" } },
    installedAt: "2025-11-30T00:00:00.000Z",
  });
  await ports.installations.rememberChannel("C1", team, "2025-12-01T00:00:00.000Z");
  for (const day of ["02", "03", "04"]) {
    const slot = `2025-12-${day}T08:00:00.000Z`;
    await ports.digests.claim({
      subscriptionId: subscription.id,
      slot,
      owner: "old-host:1",
      leaseUntil: `2025-12-${day}T08:05:00.000Z`,
      firstWindowFrom: "2025-12-01T08:00:00.000Z",
      now: slot,
    });
    if (day !== "04") {
      await ports.digests.finish(
        subscription.id,
        slot,
        "old-host:1",
        { status: "sent", messageId: `m${day}` },
        slot,
      );
    }
  }
  await ports.close();
  return path;
}

describePostgres("briefbot migrate-store", () => {
  it("copies an install whole, checks the counts, and the copy answers as the original", async () => {
    const path = await sqliteInstall();
    const database = await tempDatabase();
    cleanups.push(database.drop);
    const result = await runCliInProcess(
      "migrate-store",
      "--from",
      `sqlite:${path}`,
      "--to",
      database.url,
      "--json",
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.mismatches).toEqual([]);
    expect(report.source.documents).toBeGreaterThan(40);
    expect(report.target).toEqual(report.source);
    expect(report).toMatchObject({ topics: 2, subscriptions: 2, ledgerRowsCopied: 3 });
    expect(result.stderr).toContain(`documents ${report.source.documents}/${report.source.documents}`);

    const before = await openSqlitePorts(path, { clock: () => NOW });
    const after = await openPostgresPorts(database.url, { clock: () => NOW });
    cleanups.push(
      () => before.close(),
      () => after.close(),
    );
    for (const slug of ["alpha", "beta"]) {
      expect(await after.store.topicBrief(slug, { now: NOW })).toEqual(
        await before.store.topicBrief(slug, { now: NOW }),
      );
    }
    expect(await after.store.listTopics()).toEqual(await before.store.listTopics());
    const [source, target] = [
      await before.digests.listSubscriptions(),
      await after.digests.listSubscriptions(),
    ];
    expect(target.map(({ id: _id, ...rest }) => rest)).toEqual(source.map(({ id: _id, ...rest }) => rest));
    const slack = target.find((s) => s.platform === "slack")!;
    expect(await after.digests.lastDelivered(slack.id)).toMatchObject({
      slot: "2025-12-03T08:00:00.000Z",
      messageId: "m03",
    });
    const team = { enterpriseId: null, teamId: "T1", isEnterpriseInstall: false };
    expect(await after.installations.findInstallation(team)).toEqual(
      await before.installations.findInstallation(team),
    );
    expect(await after.installations.workspaceOfChannel("C1")).toEqual(team);
    // The claim left by a crash is still there for the recovery pass to take over.
    expect(await after.digests.claimedEntries()).toMatchObject([
      { slot: "2025-12-04T08:00:00.000Z", owner: "old-host:1" },
    ]);
  });

  it("finishes an interrupted copy when run again, copying nothing twice", async () => {
    const path = await sqliteInstall();
    const database = await tempDatabase();
    cleanups.push(database.drop);
    await expect(
      // Batches of 5 documents a transaction: the first three are committed at the 15th.
      migrateStore(
        path,
        database.url,
        (done) => {
          if (done === 15) throw new Error("interrupted");
        },
        { batch: 5 },
      ),
    ).rejects.toThrow("interrupted");
    const report = await migrateStore(path, database.url);
    expect(report.documentsAlreadyThere).toBe(15);
    expect(report.documentsCopied).toBe(report.source.documents! - 15);
    expect(report.mismatches).toEqual([]);
    const again = await migrateStore(path, database.url);
    expect(again).toMatchObject({ documentsCopied: 0, ledgerRowsCopied: 0, mismatches: [] });
  });

  it("refuses a missing source and a target that is not a postgres URL, with usage", async () => {
    const missing = await runCliInProcess(
      "migrate-store",
      "--from",
      "sqlite:/nonexistent/x.db",
      "--to",
      "postgres://127.0.0.1/x",
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("no SQLite database at /nonexistent/x.db");
    const bad = await runCliInProcess("migrate-store", "--from", "sqlite:x.db", "--to", "mysql://x");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--to must be a postgres://... URL");
  });
});
