// Topics that stay right, from the shell: ingest says how many documents matched no topic; a topic
// added later gets its documents at the next start; `topics rematch` applies edited rules;
// `docs <topic>` lists a topic's documents and `docs remove <id>` takes one out with its quotes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

const file = (title: string, date: string, body: string) =>
  `title: ${title}\nsource: Harbour Gazette\ndate: ${date}\n\n${body}\n`;

const DOCS: Record<string, string> = {
  "harbour.txt": file(
    "Harbour reopens after repairs",
    "2026-02-02",
    'The harbour reopened on Monday after six months of repairs. "The quay is safer than ever," said Mayor Ida Lund. Ferries resume on Tuesday.',
  ),
  "storm.txt": file(
    "Storm closes coastal roads",
    "2026-02-03",
    'A storm closed the coastal roads on Tuesday night. "Stay at home until the wind drops," said Chief Officer Tom Vik. Schools stay shut.',
  ),
  "bakery.txt": file(
    "Bakery wins a prize",
    "2026-02-04",
    "The old bakery on Main Street won a national prize for its rye bread. The owners thanked their customers.",
  ),
};

describe("topics and their documents from the shell", () => {
  const briefs = join(temp.dir, "briefs");
  const incoming = join(temp.dir, "incoming");
  const env = { BRIEFBOT_DB: temp.db, BRIEFBOT_BRIEFS_DIR: briefs };
  const topicFile = (slug: string, yaml: string) => {
    mkdirSync(join(briefs, slug), { recursive: true });
    writeFileSync(join(briefs, slug, "topic.yaml"), yaml);
  };
  const docsOf = async (slug: string) => {
    const listed = await runCli(["docs", slug, "--json"], { env });
    expect(listed.code, listed.stderr).toBe(0);
    return JSON.parse(listed.stdout) as {
      topic: string;
      documents: Array<{ id: string; title: string; date: string; source: string }>;
    };
  };

  it("ingests, lists, rematches after a change and removes one document", async () => {
    topicFile("harbour-news", "title: Harbour news\nmatch:\n  keywords: [harbour]\n");
    mkdirSync(incoming, { recursive: true });
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(incoming, name), text);

    const ingested = await runCli(["ingest", incoming], { env });
    expect(ingested.code, ingested.stderr).toBe(0);
    expect(ingested.stdout).toMatch(/added 3,/);
    expect(ingested.stdout).toMatch(/matched no topic 2/);

    const harbour = await docsOf("harbour-news");
    expect(harbour.documents.map((doc) => [doc.title, doc.date, doc.source])).toEqual([
      ["Harbour reopens after repairs", "2026-02-02", "Harbour Gazette"],
    ]);
    const text = await runCli(["docs", "harbour-news"], { env });
    expect(text.stdout).toContain(`${harbour.documents[0]?.id}  Harbour reopens after repairs`);

    // A topic added later takes in the stored documents its rules meet at the next start.
    topicFile("storms", "title: Storms\nmatch:\n  keywords: [storm]\n");
    const started = await runCli(["start"], { env, input: "" });
    expect(started.code, started.stderr).toBe(0);
    const storms = await docsOf("storms");
    expect(storms.documents.map((doc) => doc.title)).toEqual(["Storm closes coastal roads"]);

    // Edited rules, applied by hand: the harbour story leaves, the bakery joins.
    topicFile("harbour-news", "title: Harbour news\nmatch:\n  keywords: [bakery]\n");
    const rematched = await runCli(["topics", "rematch", "--json"], { env });
    expect(rematched.code, rematched.stderr).toBe(0);
    expect(JSON.parse(rematched.stdout)).toMatchObject({
      documents: 3,
      changed: 2,
      topics: [
        { slug: "harbour-news", joined: 1, left: 1 },
        { slug: "storms", joined: 0, left: 0 },
      ],
      unmatched: 1,
    });
    expect((await docsOf("harbour-news")).documents.map((doc) => doc.title)).toEqual(["Bakery wins a prize"]);

    // Removing the storm story takes its quote out of search and the story out of its topic.
    const before = await runCli(["quote", "wind drops"], { env });
    expect(before.stdout).toContain("Stay at home until the wind drops");
    const stormId = storms.documents[0]!.id;
    const removed = await runCli(["docs", "remove", stormId], { env });
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain(`Removed ${stormId}: Storm closes coastal roads`);
    expect(removed.stdout).toMatch(/from topics storms/);
    expect(removed.stdout).toMatch(/1 quote/);
    expect((await docsOf("storms")).documents).toEqual([]);
    const after = await runCli(["quote", "wind drops"], { env });
    expect(after.stdout).not.toContain("Stay at home until the wind drops");

    const again = await runCli(["docs", "remove", stormId], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`no stored document has the id "${stormId}" [DOCUMENT_NOT_FOUND]`);
    const unknownTopic = await runCli(["docs", "nope"], { env });
    expect(unknownTopic.code).toBe(2);
    expect(unknownTopic.stderr).toMatch(/unknown topic "nope" \[TOPIC_NOT_FOUND\]/);
  }, 120_000);
});
