// Buttons and select menus through the real discord.js against the fake Discord, with the real
// commands and a real SQLite store: More pages through a brief and /quote, a quote in context,
// Subscribe this channel, the topic menu of /topics; a stale press and forged presses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { createSqliteDigestSource } from "../../../src/store/sqlite/digest-source.ts";
import { createSqliteDigestStore } from "../../../src/store/sqlite/digest-store.ts";
import type { SentInteraction } from "../../fakes/discord-api.ts";
import {
  type ComponentPress,
  chatInput,
  componentPress,
  type InteractionOrigin,
  PERMISSIONS,
} from "../../fakes/discord-interactions.ts";
import { numberedDocument } from "../../support/many-documents.ts";
import { type Harness, startHarness } from "./harness.ts";

const EPHEMERAL = 64;
let h: Harness;

beforeAll(async () => {
  h = await startHarness(COMMANDS);
  for (let i = 0; i < 12; i++) {
    const { document, brief } = numberedDocument(i);
    await h.store.addDocument(document, brief, ["russia-china"]);
  }
  // The harness's deps are the adapter's: give them digests on the same database.
  h.deps.digest = {
    digests: createSqliteDigestStore(h.store.db),
    source: createSqliteDigestSource(h.store.db),
    defaultTimeZone: "Europe/Berlin",
    firstWindowMs: 86_400_000,
  };
});
afterAll(async () => {
  await h?.close();
});

type Body = Record<string, unknown>;
interface Component {
  type: number;
  custom_id: string;
  label?: string;
  options?: { label: string; value: string }[];
}

async function answer(sent: SentInteraction): Promise<Body[]> {
  h.fake.push(sent);
  return h.fake.waitForAnswer(sent, 10_000);
}
const command = (name: string, options: Record<string, string> = {}, origin: InteractionOrigin = {}) =>
  answer(chatInput(h.fake, name, options, origin));
const press = (what: ComponentPress, origin: InteractionOrigin = {}) =>
  answer(componentPress(h.fake, what, origin));

/** What a reader sees: the embeds' titles and descriptions of every message. */
const text = (bodies: Body[]): string =>
  bodies
    .flatMap((body) => (body.embeds ?? []) as { title?: string; description?: string }[])
    .map((embed) => `${embed.title ?? ""}\n${embed.description ?? ""}`)
    .join("\n");
/** The components of the last message (where a reply's controls are). */
const components = (bodies: Body[]): Component[] =>
  ((bodies.at(-1)?.components ?? []) as { components: Component[] }[]).flatMap((row) => row.components);
const buttonNamed = (bodies: Body[], label: string) =>
  components(bodies).find((component) => component.type === 2 && component.label === label);
const selectOf = (bodies: Body[], id: string) =>
  components(bodies).find((component) => component.custom_id === id);
const flags = (bodies: Body[]): number => Number(bodies[0]?.flags ?? 0);

describe("Discord buttons and menus", () => {
  it("/brief carries More, Subscribe this channel and a quote-in-context menu, within Discord's limits", async () => {
    const bodies = await command("brief", { topic: "russia-china" });
    expect(buttonNamed(bodies, "More")?.custom_id).toMatch(/^more:b:/);
    expect(buttonNamed(bodies, "Subscribe this channel")?.custom_id).toBe("sub:russia-china");
    const context = selectOf(bodies, "briefbot:context");
    expect(context?.options?.length).toBeGreaterThan(0);
    expect(context?.options?.every((option) => option.value.startsWith("ctx:"))).toBe(true);
    expect(h.fake.componentViolations).toEqual([]);
  });

  it("More pages through the brief to the presser only, nothing left out", async () => {
    let bodies = await command("brief", { topic: "russia-china" });
    const pages = [text(bodies)];
    let more = buttonNamed(bodies, "More");
    while (more) {
      bodies = await press({ customId: more.custom_id });
      expect(flags(bodies)).toBe(EPHEMERAL);
      expect(text(bodies)).toContain(`page ${pages.length + 1}`);
      pages.push(text(bodies));
      more = buttonNamed(bodies, "More");
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const whole = await h.store.topicBrief("russia-china", {
      now: h.deps.clock(),
      limits: { keyPoints: 1000, quotes: 1000, stories: 1000 },
    });
    const all = pages.join("\n");
    for (const point of whole.keyPoints) expect(all).toContain(point.text);
    for (const story of whole.stories) expect(all).toContain(`story:${story.id}`);
    expect(h.fake.componentViolations).toEqual([]);
  });

  it("a quote picked in the context menu comes with its neighbouring sentences and link, privately", async () => {
    const bodies = await command("quote", { words: '"deal number 5"' });
    const context = selectOf(bodies, "briefbot:context");
    expect(context?.options?.map((option) => option.value)).toEqual(["ctx:bulk-004|2"]);
    const shown = await press({ customId: "briefbot:context", values: ["ctx:bulk-004|2"] });
    expect(flags(shown)).toBe(EPHEMERAL);
    const seen = text(shown);
    expect(seen).toContain("Trade delegation 5 from Khabarovsk");
    expect(seen).toContain("Talks resume after round 5.");
    expect(JSON.stringify(shown)).toContain("https://news.example/bulk-004");
  });

  it("/quote More shows the next hits", async () => {
    const bodies = await command("quote", { words: "pipeline" });
    expect(text(bodies)).toContain("8 of 12 found");
    const next = await press({ customId: buttonNamed(bodies, "More")?.custom_id ?? "" });
    expect(flags(next)).toBe(EPHEMERAL);
    expect(text(next)).toContain("9–12 of 12 found");
    expect(buttonNamed(next, "More")).toBeUndefined();
  });

  it("Subscribe this channel needs Manage Channels, then subscribes at 08:00 and says when", async () => {
    const refused = await press({ customId: "sub:russia-china" }, { permissions: PERMISSIONS.sendMessages });
    expect(flags(refused)).toBe(EPHEMERAL);
    expect(text(refused)).toContain("Only people who can manage this channel");
    const member = "1100000000000000042";
    const done = await press(
      { customId: "sub:russia-china" },
      { permissions: PERMISSIONS.manageChannels, userId: member },
    );
    expect(flags(done)).not.toBe(EPHEMERAL);
    expect(text(done)).toContain("Subscribed: Russia and China");
    expect(text(done)).toMatch(/Next digest: \w{3} \d{1,2} \w{3}, 08:00/);
    const stored = await h.deps.digest?.digests.listSubscriptions({ platform: "discord" });
    expect(stored?.map((s) => [s.channelId, s.cron, s.timeZone, s.createdBy])).toEqual([
      [h.fake.channelId, "0 8 * * *", "Europe/Berlin", member],
    ]);
  });

  it("the /topics menu shows the picked topic's brief to the presser", async () => {
    const bodies = await command("topics");
    const menu = selectOf(bodies, "briefbot:menu");
    expect(menu?.options?.map((option) => option.value)).toEqual(["topic:eu-energy", "topic:russia-china"]);
    const brief = await press({ customId: "briefbot:menu", values: ["topic:russia-china"] });
    expect(flags(brief)).toBe(EPHEMERAL);
    expect(text(brief)).toContain("**Top stories");
  });

  it("the story menu opens a story to the presser; a story regrouped since says so", async () => {
    const bodies = await command("brief", { topic: "russia-china" });
    const first = selectOf(bodies, "briefbot:story")?.options?.[0];
    expect(first?.value).toMatch(/^story:russia-china\|/);
    const story = await press({ customId: "briefbot:story", values: [first?.value ?? ""] });
    expect(flags(story)).toBe(EPHEMERAL);
    expect(text(story)).toContain(`Russia and China: story ${(first?.value ?? "").split("|")[1]}`);
    const gone = await press({ customId: "briefbot:story", values: ["story:russia-china|no-such-story"] });
    expect(flags(gone)).toBe(EPHEMERAL);
    expect(text(gone)).toContain("That story is no longer in the brief");
  });

  it("a More pressed after the brief changed says so and shows the current page", async () => {
    const bodies = await command("brief", { topic: "russia-china" });
    const more = buttonNamed(bodies, "More");
    const { document, brief } = numberedDocument(41);
    await h.store.addDocument(document, brief, ["russia-china"]);
    const next = await press({ customId: more?.custom_id ?? "" });
    expect(flags(next)).toBe(EPHEMERAL);
    expect(text(next)).toContain("That brief has changed since; here is its current page 2");
  });

  it("forged presses get a clear refusal to the presser, never a trace", async () => {
    const cases: [ComponentPress, string][] = [
      [{ customId: "delete_everything" }, "unknown action"],
      [{ customId: "more:b:abc|0|russia-china|" }, "bad more:b value"],
      [{ customId: "briefbot:menu", values: [`topic:${"a".repeat(120)}`] }, "at most 100"],
      [{ customId: "briefbot:more", values: ["sub:russia-china"] }, "a more control does not send subscribe"],
      [{ customId: "briefbot:menu", values: ["topic:no-such-topic"] }, "no-such-topic"],
      [{ customId: "briefbot:context", values: ["ctx:no-such-doc|1"] }, "no longer stored"],
    ];
    for (const [what, expected] of cases) {
      const bodies = await press(what, { userId: "1100000000000000066" });
      expect(flags(bodies)).toBe(EPHEMERAL);
      expect(text(bodies)).toContain(expected);
      expect(text(bodies)).not.toMatch(/\bat \S+\.ts:\d+|Error:/);
    }
    expect(h.logs.join("\n")).not.toMatch(/"level":50/);
  });
});
