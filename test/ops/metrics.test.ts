import { describe, expect, it } from "vitest";
import { BriefbotError } from "../../src/core/errors.ts";
import { createMetrics, outcomeOf, replyOutcome } from "../../src/ops/metrics.ts";

/** The value of one sample line of the exposition, or undefined. */
const sample = (text: string, line: string): number | undefined => {
  const found = text.split("\n").find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe("metrics", () => {
  it("counts commands by name, platform and outcome, with a latency histogram", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.recordCommand("brief", "slack", 120);
    metrics.recordCommand("brief", "slack", 40);
    metrics.recordCommand("brief", "discord", 4000, "TOPIC_NOT_FOUND");
    const text = await metrics.text();
    expect(sample(text, 'briefbot_commands_total{command="brief",platform="slack",outcome="ok"}')).toBe(2);
    expect(
      sample(text, 'briefbot_commands_total{command="brief",platform="discord",outcome="TOPIC_NOT_FOUND"}'),
    ).toBe(1);
    expect(sample(text, 'briefbot_command_duration_seconds_count{command="brief",platform="slack"}')).toBe(2);
    expect(
      sample(text, 'briefbot_command_duration_seconds_bucket{le="0.05",command="brief",platform="slack"}'),
    ).toBe(1);
    expect(
      sample(text, 'briefbot_command_duration_seconds_bucket{le="3",command="brief",platform="discord"}'),
    ).toBe(0);
    expect(metrics.contentType).toMatch(/^text\/plain/);
  });

  it("counts digests and ingest outcomes, with zero series for every digest outcome", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.recordDigest("sent", "slack");
    metrics.recordDigest("failed", "discord");
    metrics.recordIngest("added", "feed");
    metrics.recordIngest("duplicate", "feed");
    metrics.recordIngest("failed");
    const text = await metrics.text();
    expect(sample(text, 'briefbot_digests_total{platform="slack",outcome="sent"}')).toBe(1);
    expect(sample(text, 'briefbot_digests_total{platform="discord",outcome="failed"}')).toBe(1);
    expect(sample(text, 'briefbot_digests_total{platform="slack",outcome="skipped"}')).toBe(0);
    expect(sample(text, 'briefbot_ingest_documents_total{source="feed",outcome="added"}')).toBe(1);
    expect(sample(text, 'briefbot_ingest_documents_total{source="file",outcome="failed"}')).toBe(1);
  });

  it("keeps registries apart and bounds the label values of odd input", async () => {
    const a = createMetrics({ defaultMetrics: false });
    const b = createMetrics({ defaultMetrics: false });
    a.recordCommand("topics", "terminal", 1);
    a.recordCommand("who", "slack", Number.NaN, "NOT_A_CODE" as never);
    for (let i = 0; i < 200; i++) a.recordCommand(`cmd${i}`, "slack", 1);
    a.recordCommand('evil"} 1\n# HELP', "slack", 1);
    const textA = await a.text();
    const textB = await b.text();
    expect(textB).not.toContain('command="topics"');
    expect(sample(textA, 'briefbot_commands_total{command="topics",platform="terminal",outcome="ok"}')).toBe(
      1,
    );
    const names = new Set(
      [...textA.matchAll(/briefbot_commands_total\{command="([^"]*)"/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(65);
    expect(names.has("other")).toBe(true);
    expect(sample(textA, 'briefbot_commands_total{command="who",platform="slack",outcome="INTERNAL"}')).toBe(
      1,
    );
    expect(textA).not.toContain("evil");
  });

  it("labels only the listed command names when given", async () => {
    const metrics = createMetrics({ defaultMetrics: false, commandNames: ["brief", "quote"] });
    metrics.recordCommand("Brief", "slack", 1);
    metrics.recordCommand("bogus", "slack", 1);
    const text = await metrics.text();
    expect(sample(text, 'briefbot_commands_total{command="brief",platform="slack",outcome="ok"}')).toBe(1);
    expect(sample(text, 'briefbot_commands_total{command="other",platform="slack",outcome="ok"}')).toBe(1);
  });

  it("includes the default process metrics when asked", async () => {
    const metrics = createMetrics();
    const text = await metrics.text();
    expect(text).toContain("briefbot_process_resident_memory_bytes");
    expect(text).toContain("briefbot_nodejs_eventloop_lag_seconds");
  });

  it("maps errors and replies to outcome labels", () => {
    expect(outcomeOf(new BriefbotError("TOPIC_NOT_FOUND", "x"))).toBe("TOPIC_NOT_FOUND");
    expect(outcomeOf(new Error("boom"))).toBe("INTERNAL");
    expect(outcomeOf(undefined)).toBe("INTERNAL");
    expect(replyOutcome({})).toBe("ok");
    expect(replyOutcome({ errorCode: "INPUT_INVALID" })).toBe("INPUT_INVALID");
  });
});
