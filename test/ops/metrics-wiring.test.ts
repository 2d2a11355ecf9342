// /metrics counts what the scheduler and ingest did: a digest sent, and a document ingested.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingestMessage, ingestSources } from "../../src/ingest/ingest.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { createDigestRunner } from "../../src/scheduler/digest-runner.ts";
import {
  MemorySource,
  makeBrief,
  memoryLogger,
  RecordingPoster,
  settableClock,
  tempDatabase,
} from "../scheduler/digest-fixtures.ts";
import { tempStore, topic } from "../store/helpers.ts";

/** A short news text in English (ingest keeps only English documents as "added"). */
const english = (city: string): string =>
  `Officials from both countries met in ${city} on Monday to discuss a new trade agreement. ` +
  "The talks lasted most of the day and were described by the delegates as open and useful. " +
  `A spokesperson for the ministry said that the next round would take place in ${city} in the spring. ` +
  "Neither side gave details of the proposals, but both said they hoped to reach a deal this year.";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The value of one series in the Prometheus text, or null when it is absent. */
const series = (text: string, name: string, labels: string): number | null => {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${name}{${labels}} `));
  return line === undefined ? null : Number(line.split(" ").pop());
};

describe("metrics from the scheduler and ingest", () => {
  it("shows a sent digest and a failed one on /metrics", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const database = tempDatabase();
    cleanups.push(() => database.dispose());
    const source = new MemorySource();
    source.add("world", "2026-11-28T06:00:00.000Z", makeBrief("d1", "Talks", { points: ["Talks went on."] }));
    const time = settableClock("2026-11-20T12:00:00Z");
    const subscription = {
      channelId: "C1",
      topic: "world",
      cron: "0 7 * * *",
      timeZone: "UTC",
      style: "single" as const,
      whenEmpty: "silent" as const,
      createdBy: "U1",
    };
    await database.digests.subscribe({ ...subscription, platform: "slack" }, "2026-11-20T12:00:00.000Z");
    await database.digests.subscribe({ ...subscription, platform: "discord" }, "2026-11-20T12:00:00.000Z");
    const broken = new RecordingPoster();
    broken.post = () => Promise.reject(new Error("the channel is gone"));
    time.set("2026-11-28T07:00:00.500Z");
    const summary = await createDigestRunner({
      digests: database.digests,
      source,
      topicTitle: async () => "World news",
      posters: { slack: new RecordingPoster(), discord: broken },
      clock: time.clock,
      logger: memoryLogger().logger,
      firstWindowMs: 24 * 3_600_000,
      catchupMs: 6 * 3_600_000,
      sleep: async () => {},
      metrics,
    }).runDue();
    expect(summary).toMatchObject({ sent: 1, failed: 1 });
    const text = await metrics.text();
    expect(series(text, "briefbot_digests_total", 'platform="slack",outcome="sent"')).toBe(1);
    expect(series(text, "briefbot_digests_total", 'platform="discord",outcome="failed"')).toBe(1);
    expect(series(text, "briefbot_digests_total", 'platform="slack",outcome="failed"')).toBe(0);
  });

  it("shows ingested documents by source and outcome on /metrics", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const opened = tempStore();
    cleanups.push(opened.cleanup);
    await opened.store.upsertTopic(topic("world"));
    const file = join(opened.dir, "talks.md");
    writeFileSync(file, `# Talks in Geneva\n\n${english("Geneva")}\n`);
    const options = { store: opened.store, topics: ["world"], metrics };
    await ingestSources([file, file, join(opened.dir, "missing.md")], options);
    await ingestMessage(
      "The city council voted on Tuesday to close the old bridge over the river for repairs. " +
        "Engineers had warned last year that its steel supports were badly corroded. " +
        "The mayor said a ferry would carry commuters across the water until the work is finished next summer.",
      options,
    );
    const text = await metrics.text();
    const ingested = (labels: string) => series(text, "briefbot_ingest_documents_total", labels);
    expect(ingested('source="file",outcome="added"')).toBe(1);
    expect(ingested('source="file",outcome="duplicate"')).toBe(1);
    expect(ingested('source="file",outcome="failed"')).toBe(1);
    expect(ingested('source="chat",outcome="added"')).toBe(1);
  });
});
