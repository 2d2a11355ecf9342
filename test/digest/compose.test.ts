import { describe, expect, it } from "vitest";
import { renderReply as renderDiscord } from "../../src/adapters/discord/render.ts";
import { renderText } from "../../src/adapters/terminal/render-text.ts";
import { composeDigest, type DigestInput } from "../../src/core/digest/compose.ts";
import type { DigestDocument } from "../../src/core/digest/digest-store.ts";
import { describeSchedule, parseScheduleSpec } from "../../src/core/digest/schedule-spec.ts";
import { makeBrief } from "../scheduler/digest-fixtures.ts";

const doc = (id: string, addedAt: string, parts: Parameters<typeof makeBrief>[2]): DigestDocument => {
  const brief = makeBrief(id, `Title ${id}`, parts);
  return {
    documentId: id,
    title: brief.document.title,
    url: brief.document.url,
    date: "2026-11-28",
    license: null,
    addedAt,
    brief,
  };
};

const base: DigestInput = {
  topic: { slug: "russia-china", title: "Russia and China" },
  window: { from: "2026-11-27T07:00:00.000Z", to: "2026-11-28T07:00:00.000Z" },
  documents: [],
  knownActors: new Set(),
  style: "single",
  whenEmpty: "silent",
  timeZone: "Europe/Berlin",
};

describe("composeDigest", () => {
  it("is silent, or one line, when nothing is new", () => {
    expect(composeDigest(base)).toBeNull();
    const notice = composeDigest({ ...base, whenEmpty: "notice" })!;
    expect(notice.message.subtitle).toBe("Nothing new since Fri 27 Nov, 08:00.");
    expect(notice.message.sections).toEqual([]);
  });

  it("shows new stories, their best key points, quotes and newly prominent actors, with citations", () => {
    const documents = [
      doc("a", "2026-11-27T09:00:00.000Z", {
        points: ["First point of a.", "Second point of a.", "Third point of a."],
        quotes: [
          ["We will not accept this at all", null],
          ["We will deepen our partnership", "Wang Yi"],
          ["ok", "Wang Yi"],
        ],
        actors: [
          ["Wang Yi", 3],
          ["Sergei Lavrov", 1],
          ["Vladimir Putin", 5],
        ],
      }),
      doc("b", "2026-11-27T12:00:00.000Z", {
        points: ["First point of b."],
        quotes: [["We will deepen our partnership", "Wang Yi"]],
        actors: [["Sergei Lavrov", 1]],
      }),
    ];
    const digest = composeDigest({ ...base, documents, knownActors: new Set(["Vladimir Putin"]) })!;
    const sections = Object.fromEntries(
      digest.message.sections.map((section) => [section.heading, section.items]),
    );
    expect(digest.message.subtitle).toBe("2 new documents since Fri 27 Nov, 08:00: 2 new stories, 0 updated");
    // Documents without a story stand alone, newest first, each headed by its best key point.
    expect(sections.Stories?.map((item) => item.text)).toEqual(["First point of b.", "First point of a."]);
    // Newest document first, two points each at most, round-robin.
    expect(sections["Key points"]?.map((item) => item.text)).toEqual([
      "First point of b.",
      "First point of a.",
      "Second point of a.",
    ]);
    expect(sections["Key points"]?.[0]?.citation).toMatchObject({
      documentId: "b",
      url: "https://example.org/b",
    });
    // Attributed first, repeated words once, fragments left out.
    expect(sections.Quotes?.map((item) => [item.text, item.speaker])).toEqual([
      ["We will deepen our partnership", "Wang Yi"],
      ["We will not accept this at all", null],
    ]);
    // Putin was known before; Lavrov is in two documents; Wang Yi has three mentions.
    expect(sections["Newly prominent"]?.map((item) => item.text)).toEqual(["Sergei Lavrov", "Wang Yi"]);
  });

  it("lists each story once: headline, new or updated, documents and sources, links", () => {
    const inStory = (id: string, addedAt: string, source: string, story: string, earlier: number) => ({
      ...doc(id, addedAt, { points: [`Point of ${id}.`] }),
      source,
      story,
      storyEarlier: earlier,
    });
    const digest = composeDigest({
      ...base,
      documents: [
        inStory("a", "2026-11-27T09:00:00.000Z", "Wire", "summit", 0),
        inStory("b", "2026-11-27T10:00:00.000Z", "Daily", "summit", 0),
        inStory("c", "2026-11-27T11:00:00.000Z", "Wire", "floods", 4),
      ],
    })!;
    expect(digest.message.subtitle).toBe("3 new documents since Fri 27 Nov, 08:00: 1 new story, 1 updated");
    const section = digest.message.sections.find((candidate) => candidate.heading === "Stories")!;
    expect(section.items.map((item) => [item.text, item.detail])).toEqual([
      ["Point of b.", "new story · 2 documents · 2 sources · https://example.org/b · https://example.org/a"],
      ["Point of c.", "updated · 1 new document (5 in all) · 1 source · https://example.org/c"],
    ]);
    const text = renderText({ title: "t", sections: [section], ephemeral: false });
    expect(text.match(/Point of b\./g)).toHaveLength(1);
    expect(text.match(/https:\/\/example\.org\/a/g)).toHaveLength(1);
    expect(text).not.toMatch(/Title [abc]/);
  });

  it("never offers the topic's defining actors as newly prominent, by name or alias", () => {
    const documents = [
      doc("a", "2026-11-27T09:00:00.000Z", {
        points: ["P."],
        actors: [
          ["Russia", 9],
          ["China", 7],
          ["Wang Yi", 3],
        ],
      }),
    ];
    const prominent = (actors?: readonly string[]) =>
      composeDigest({ ...base, topic: { ...base.topic, ...(actors ? { actors } : {}) }, documents })!
        .message.sections.find((section) => section.heading === "Newly prominent")
        ?.items.map((item) => item.text);
    expect(prominent()).toEqual(["Russia", "China", "Wang Yi"]);
    expect(prominent(["Russia", "china"])).toEqual(["Wang Yi"]);
    // An actor named by one of its aliases in topic.yaml is the same actor.
    const china = documents[0]!.brief!.actors.find((actor) => actor.name === "China")!;
    china.aliases = ["Beijing"];
    expect(prominent(["Beijing"])).toEqual(["Russia", "Wang Yi"]);
  });

  it("puts the details in a thread for threaded subscriptions", () => {
    const documents = [
      doc("a", "2026-11-27T09:00:00.000Z", { points: ["Point."], quotes: [["A quote long enough", "X Y"]] }),
    ];
    const digest = composeDigest({ ...base, documents, style: "thread" })!;
    expect(digest.message.sections.map((section) => section.heading)).toEqual(["Headlines"]);
    expect(digest.message.sections[0]?.items.map((item) => item.text)).toEqual(["Point."]);
    expect(digest.thread?.sections.map((section) => section.heading)).toEqual([
      "Stories",
      "Key points",
      "Quotes",
    ]);
  });

  it("dates the digest at the end of its window, and shows that time on a Discord embed", () => {
    const documents = [doc("a", "2026-11-27T09:00:00.000Z", { points: ["Point."] })];
    const digest = composeDigest({ ...base, documents, style: "thread" })!;
    expect(digest.message.timestamp).toBe(base.window.to);
    expect(digest.thread?.timestamp).toBe(base.window.to);
    expect(composeDigest({ ...base, whenEmpty: "notice" })?.message.timestamp).toBe(base.window.to);
    const [message] = renderDiscord(digest.message);
    expect(message?.embeds[0]?.timestamp).toBe(base.window.to);
  });

  it("keeps a busy day short and points to the rest", () => {
    const documents = Array.from({ length: 25 }, (_, index) =>
      doc(`d${index}`, `2026-11-27T${String(8 + (index % 12)).padStart(2, "0")}:00:00.000Z`, {
        points: [`Point ${index}.`],
      }),
    );
    const digest = composeDigest({ ...base, documents })!;
    expect(digest.message.sections[0]?.items).toHaveLength(10);
    expect(digest.message.sections[1]?.items).toHaveLength(8);
    expect(digest.message.footer).toBe("15 more in the store: /brief russia-china");
  });
});

describe("schedule words", () => {
  it("reads times, zones (any case), day words and options", () => {
    expect(parseScheduleSpec("at 7:05 tz europe/berlin days weekdays", "UTC")).toEqual({
      cron: "5 7 * * mon-fri",
      timeZone: "Europe/Berlin",
      style: "single",
      whenEmpty: "silent",
    });
    expect(parseScheduleSpec("days weekends thread notice", "Asia/Tokyo")).toMatchObject({
      cron: "0 8 * * sat,sun",
      timeZone: "Asia/Tokyo",
      style: "thread",
      whenEmpty: "notice",
    });
    expect(parseScheduleSpec('cron "30 6 * * 1-5"', "UTC").cron).toBe("30 6 * * 1-5");
  });

  it.each(["at", "at noon", "tz", "0 8 * * * at 09:00", "every day please"])("refuses %j", (text) => {
    expect(() => parseScheduleSpec(text, "UTC")).toThrow();
  });

  it("describes schedules", () => {
    expect(describeSchedule("0 8 * * *", "UTC")).toBe("08:00 daily (UTC)");
    expect(describeSchedule("0 */6 * * *", "UTC")).toBe("cron 0 */6 * * * (UTC)");
  });
});
