// `/brief ... chart:yes` through the one command pipeline on a real SQLite store: the reply carries
// the PNG charts (the topic's timeline and actor graph; a story's timeline), none without the
// option, and a window with no document says so instead of sending an empty chart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../../commands/command.ts";
import { execute } from "../../commands/execute.ts";
import { decodePng } from "../support/png.ts";
import { seededStore } from "./seed-store.ts";

const slack: CommandContext = { platform: "slack", channelId: "C1", userId: "U1", canManageChannel: false };
let seeded: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  seeded = await seededStore();
});
afterAll(() => seeded.cleanup());

const brief = async (text: string, context: CommandContext = slack) =>
  (await execute("brief", { text }, context, { deps: seeded.deps })).reply;

describe("/brief chart:yes", () => {
  it("attaches the coverage timeline and the actor graph as PNG with alt text", async () => {
    const reply = await brief("russia-china chart:yes");
    expect(reply.charts?.map((chart) => chart.fileName)).toEqual([
      "russia-china-coverage.png",
      "russia-china-actors.png",
    ]);
    for (const chart of reply.charts ?? []) {
      const image = decodePng(chart.png);
      expect([image.width, image.height]).toEqual([chart.width, chart.height]);
      expect(chart.alt.length).toBeGreaterThan(40);
    }
    expect(reply.charts?.[0]?.alt).toMatch(/: 2 documents/);
  });

  it("attaches nothing unless asked", async () => {
    expect((await brief("russia-china")).charts).toBeUndefined();
    expect((await brief("russia-china chart:no")).charts).toBeUndefined();
  });

  it("gives a story its own timeline", async () => {
    const list = await brief("russia-china");
    const id = /story:([a-z0-9-]+)/.exec(JSON.stringify(list))?.[1];
    const reply = await brief(`russia-china story:${id} chart:yes`);
    expect(reply.charts?.map((chart) => chart.fileName)).toEqual([`russia-china-${id}-coverage.png`]);
  });

  it("says there is nothing to chart in an empty window", async () => {
    const reply = await brief("russia-china 1d chart:yes");
    expect(reply.charts).toBeUndefined();
    expect(reply.sections.find((section) => section.heading === "Charts")?.items[0]?.text).toMatch(
      /Nothing to chart/,
    );
  });

  it("is not offered in the terminal chat, which shows text only", async () => {
    const terminal: CommandContext = { ...slack, platform: "terminal" };
    await expect(brief("russia-china chart:yes", terminal)).rejects.toMatchObject({ code: "INPUT_INVALID" });
  });
});
