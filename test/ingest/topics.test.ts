import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import type { SourceDocument } from "../../src/core/schemas.ts";
import { matchTopics } from "../../src/core/topic-match.ts";
import { loadBundledBriefs } from "../../src/ingest/bundled.ts";
import { detectLanguage } from "../../src/ingest/language.ts";
import { readTopicFile, readTopicFolders } from "../../src/ingest/topics.ts";
import { brief, doc, tempDir, tempStore, topic } from "../store/helpers.ts";

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

const STORIES = [
  "Russia and China held talks on trade this week, and officials from both sides said that the meeting was a success. The two countries have been working on the plan for years.",
  "A storm hit the northern coast on Sunday. The weather service said it was the worst in a decade and that more rain is expected, so people who live near the river were told to leave.",
];
const ENGLISH = (n: number) => `title: Story ${n}\ndate: 2026-01-0${n}\n\n${STORIES[n - 1]}\n`;

function briefsDir(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("topic files", () => {
  it("reads every topic folder with its documents", async () => {
    const dir = briefsDir({
      "russia-china/topic.yaml":
        "title: Russia and China\nmatch:\n  keywords: [Sino-Russian]\nfeeds: [https://feeds.example/rc.xml]\n",
      "russia-china/docs/a.txt": ENGLISH(1),
      "russia-china/docs/more/b.md": ENGLISH(2),
      "russia-china/docs/notes.pdf": "ignored",
      "no-topic-here/readme.txt": "not a topic",
    });
    const { folders, invalid } = await readTopicFolders(dir);
    expect(invalid).toEqual([]);
    expect(folders).toHaveLength(1);
    expect(folders[0]?.topic).toMatchObject({
      slug: "russia-china",
      title: "Russia and China",
      description: "",
      match: { keywords: ["Sino-Russian"], actors: [], minActors: 2 },
      feeds: ["https://feeds.example/rc.xml"],
    });
    expect(folders[0]?.documents.map((path) => path.slice(dir.length))).toEqual([
      "/russia-china/docs/a.txt",
      "/russia-china/docs/more/b.md",
    ]);
    expect(await readTopicFolders(join(dir, "missing"))).toEqual({ folders: [], invalid: [] });
  });

  it("skips a bad topic, naming its file and fields, and reads the others", async () => {
    const dir = briefsDir({
      "bad/topic.yaml": "title: Bad\nmatch:\n  keywords: not-a-list\nfeeds: [not a url]\n",
      "good/topic.yaml": "title: Good\n",
    });
    const { folders, invalid } = await readTopicFolders(dir);
    expect(folders.map((folder) => folder.topic.slug)).toEqual(["good"]);
    expect(invalid).toEqual([
      {
        slug: "bad",
        file: join(dir, "bad", "topic.yaml"),
        fields: ["match.keywords", "feeds.0"],
        problem: expect.stringMatching(/^invalid field match\.keywords, feeds\.0 \(match\.keywords: .*array/),
      },
    ]);
    // One file read alone still fails with the coded error.
    const error = await readTopicFile(join(dir, "bad", "topic.yaml"), "bad").catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "TOPIC_INVALID" });
    expect((error as Error).message).toContain(join(dir, "bad", "topic.yaml"));
    expect((error as Error).message).toMatch(/match\.keywords/);
  });

  it("skips broken YAML, a missing title and a bad folder name, each with its reason", async () => {
    const problems = async (files: Record<string, string>) =>
      (await readTopicFolders(briefsDir(files))).invalid.map((topic) => topic.problem);
    expect(await problems({ "x/topic.yaml": "title: [unclosed\n" })).toEqual([
      expect.stringMatching(/not valid YAML/),
    ]);
    expect(await problems({ "x/topic.yaml": "description: no title\n" })).toEqual([
      expect.stringMatching(/invalid field title/),
    ]);
    expect(await problems({ "Bad_Name/topic.yaml": "title: T\n" })).toEqual([
      expect.stringMatching(/Bad_Name.*not a valid topic slug/),
    ]);
  });

  it("loads bundled briefs idempotently: the second start extracts nothing", async () => {
    const dir = briefsDir({
      "russia-china/topic.yaml": "title: Russia and China\n",
      "russia-china/docs/a.txt": ENGLISH(1),
      "russia-china/docs/b.txt": ENGLISH(2),
      "russia-china/docs/empty.txt": "",
    });
    const t = tempStore();
    cleanups.push(t.cleanup);
    let extracted = 0;
    const extract = (document: SourceDocument) => {
      extracted++;
      return extractBrief(document);
    };
    const first = await loadBundledBriefs(t.store, dir, { extract });
    expect(first.topics).toEqual(["russia-china"]);
    expect(first.summary).toMatchObject({ added: 2, skipped: 1 });
    expect(first.summary.items.find((item) => item.status === "skipped")?.code).toBe("DOCUMENT_EMPTY");
    expect(extracted).toBe(2);
    const second = await loadBundledBriefs(t.store, dir, { extract });
    expect(second.summary).toMatchObject({ added: 0, duplicates: 2 });
    expect(extracted).toBe(2);
    expect(await t.store.listTopics()).toMatchObject([{ slug: "russia-china", documentCount: 2 }]);
  });
});

describe("topic match rules", () => {
  const topics = [
    topic("russia-china", { keywords: ["Sino-Russian"], actors: ["Russia", "China"], minActors: 2 }),
    topic("power", { keywords: ["Power of Siberia"] }),
  ];

  it("matches keywords as whole words, any case", () => {
    const a = doc("The sino-russian border was quiet.");
    expect(matchTopics(topics, a, null)).toEqual(["russia-china"]);
    expect(matchTopics(topics, doc("The Power  of\nSiberia pipeline."), null)).toEqual(["power"]);
    expect(matchTopics(topics, doc("Sino-Russians? No: Xsino-russian."), null)).toEqual([]);
  });

  it("matches by actors from the brief (names or aliases), at least minActors of them", () => {
    const a = doc("Moscow and Beijing met.");
    const both = brief(a, {
      actors: [
        { name: "Russia", type: "place", aliases: ["Moscow"] },
        { name: "China", type: "place", aliases: ["Beijing"] },
      ],
    });
    expect(matchTopics(topics, a, both)).toEqual(["russia-china"]);
    const one = brief(a, { actors: [{ name: "Russia", type: "place" }] });
    expect(matchTopics(topics, a, one)).toEqual([]);
    // Without a brief (not English), names in the text count.
    expect(matchTopics(topics, doc("Russia und China trafen sich."), null)).toEqual(["russia-china"]);
  });
});

describe("topic match precision: the topic's actors must matter in the document", () => {
  const topics = [topic("russia-china", { keywords: ["Sino-Russian"], actors: ["Russia", "China"] })];
  const russia = { name: "Russia", type: "place" as const, aliases: ["Moscow", "Russian"] };
  const china = { name: "China", type: "place" as const, aliases: ["Beijing", "Chinese"] };
  // A long round-up: many actors, Russia and China named once each, far from the top.
  const roundUp = doc(
    [
      "Candidates crossed three states on Tuesday as the primary season entered its last week.",
      "The governor spoke to farmers in the morning and to nurses in the afternoon.",
      "In a late rally the senator mentioned trade with China and sanctions on Russia in passing.",
      "Most of the evening was about the state budget and the new bridge.",
    ].join(" "),
    { title: "On the campaign trail this week" },
  );
  const roundUpActors = [
    { ...russia, mentions: 1 },
    { ...china, mentions: 1 },
    { name: "Jane Roe", mentions: 9 },
    { name: "John Doe", mentions: 8 },
    { name: "State Senate", type: "org" as const, mentions: 6 },
    { name: "Ohio", type: "place" as const, mentions: 5 },
  ];

  it("leaves out a document that names the actors in passing", () => {
    expect(matchTopics(topics, roundUp, brief(roundUp, { actors: roundUpActors }))).toEqual([]);
    // Named a few times each is still in passing among hundreds of mentions.
    const more = roundUpActors.map((actor) =>
      actor.name === "Russia" || actor.name === "China"
        ? { ...actor, mentions: 3 }
        : { ...actor, mentions: 40 },
    );
    expect(matchTopics(topics, roundUp, brief(roundUp, { actors: more }))).toEqual([]);
  });

  it("takes a document whose headline names the actors", () => {
    const talks = doc(
      "Moscow and Beijing signed a gas deal on Monday. The pipeline opens next year. Officials from both governments attended.",
      { title: "Energy deal signed" },
    );
    const actors = [
      { ...russia, mentions: 1 },
      { ...china, mentions: 1 },
      { name: "Gazprom", type: "org" as const, mentions: 4 },
      { name: "Alexei Miller", mentions: 4 },
      { name: "CNPC", type: "org" as const, mentions: 4 },
      { name: "Siberia", type: "place" as const, mentions: 4 },
    ];
    expect(matchTopics(topics, talks, brief(talks, { actors }))).toEqual(["russia-china"]);
  });

  it("takes a document where the actors are among the most mentioned, even outside the headline", () => {
    const drills = doc(
      "Warships left port at dawn. The exercise lasts ten days. Russian and Chinese crews trained together.",
      { title: "Naval exercise begins" },
    );
    const actors = [
      { ...russia, mentions: 5 },
      { ...china, mentions: 4 },
      { name: "Pacific Fleet", type: "org" as const, mentions: 2 },
      { name: "Sea of Japan", type: "place" as const, mentions: 1 },
    ];
    expect(matchTopics(topics, drills, brief(drills, { actors }))).toEqual(["russia-china"]);
    // One of the two in passing: the topic needs both to matter.
    const onlyOne = actors.map((actor) => (actor.name === "China" ? { ...actor, mentions: 1 } : actor));
    expect(matchTopics(topics, drills, brief(drills, { actors: onlyOne }))).toEqual([]);
  });

  it("counts a keyword in the headline or repeated, not once in passing", () => {
    const filler = "The council met again. Roads were closed for repairs. The mayor thanked the crews.";
    const once = doc(`${filler} One speaker recalled the Sino-Russian border talks of 1969.`, {
      title: "Council meets",
    });
    expect(matchTopics(topics, once, brief(once, {}))).toEqual([]);
    const twice = doc(`${once.body} Sino-Russian trade was also raised.`, { title: "Council meets" });
    expect(matchTopics(topics, twice, brief(twice, {}))).toEqual(["russia-china"]);
    const titled = doc(filler, { title: "Sino-Russian summit ends" });
    expect(matchTopics(topics, titled, brief(titled, {}))).toEqual(["russia-china"]);
  });

  it("without a brief, a name counts in the headline or from three occurrences", () => {
    const german = (body: string) => doc(body, { title: "Bericht" });
    expect(
      matchTopics(
        topics,
        german("Der Rat tagte. Es ging um Straßen. China und Russland wurden kurz erwähnt."),
        null,
      ),
    ).toEqual([]);
    expect(
      matchTopics(
        topics,
        german("Der Rat tagte. Es ging um Straßen. Russia, Russia, Russia; China, China, China."),
        null,
      ),
    ).toEqual(["russia-china"]);
  });
});

describe("language", () => {
  it("tells English from other languages", () => {
    expect(detectLanguage(ENGLISH(1))).toBe("en");
    expect(
      detectLanguage(
        "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nachdem die Mitglieder lange über die Pläne für den Hafen gestritten hatten.",
      ),
    ).toBe("und");
    expect(
      detectLanguage(
        "俄罗斯和中国本周举行了贸易会谈，双方官员表示会议取得了成功。两国多年来一直在制定这项计划，并将继续合作。这是一个很长的句子。",
      ),
    ).toBe("und");
    expect(detectLanguage("Short note.")).toBe("en");
  });
});
