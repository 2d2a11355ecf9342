// The CLI's answers on the bundled russia-china topic (real binary, one temp database shared, so
// the first run loads the briefs and the others find them stored).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
const env = { BRIEFBOT_DB: temp.db };
let first: CliResult;
beforeAll(async () => {
  // The first run creates the database and loads the bundled briefs; the others find them stored.
  first = await runCli(["topics"], { env });
});
afterAll(() => temp.cleanup());

describe.concurrent("briefbot on the bundled topic", () => {
  it("topics lists russia-china with its document", () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/russia-china: Russia and China\n\s+1 document, updated \d{4}-\d{2}-\d{2}/);
  });

  it("brief --json prints the topic brief with cited key points, actors and quotes", async () => {
    const result = await runCli(["brief", "russia-china", "--json"], { env });
    expect(result.code).toBe(0);
    const brief = JSON.parse(result.stdout) as {
      topic: { slug: string };
      documentCount: number;
      keyPoints: Array<{ text: string; sentence: number; document: { title: string; date: string } }>;
      actors: Array<{ name: string }>;
      quotes: Array<{ text: string; speaker: { name: string } | null }>;
    };
    expect(brief.topic.slug).toBe("russia-china");
    expect(brief.documentCount).toBe(1);
    expect(brief.keyPoints.length).toBeGreaterThan(0);
    expect(brief.keyPoints[0]?.document.date).toBe("2022-09-07");
    expect(brief.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Russia", "China"]));
    expect(brief.quotes.some((quote) => quote.speaker !== null)).toBe(true);
  });

  it("brief --markdown prints Markdown with linked sections", async () => {
    const result = await runCli(["brief", "russia-china", "--markdown", "--since", "2020-01-01"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Russia and China\n/);
    expect(result.stdout).toMatch(/\n## Key points\n\n1\. /);
    expect(result.stdout).toMatch(/\n## Quotes\n\n> “/);
  });

  it("brief --since after the only document says there is nothing", async () => {
    const result = await runCli(["brief", "russia-china", "--since", "2025-01-01"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No documents in this topic since 2025-01-01/);
  });

  it("quote finds a quote by words and prints its source", async () => {
    const result = await runCli(["quote", "mirror", "--json"], { env });
    expect(result.code).toBe(0);
    const { hits, total } = JSON.parse(result.stdout) as {
      total: number;
      hits: Array<{ text: string; document: { date: string } }>;
    };
    expect(total).toBe(hits.length);
    expect(hits[0]?.text).toMatch(/looking in a mirror/);
    expect(hits[0]?.document.date).toBe("2022-09-07");
  });

  it("who profiles an actor by an alias; an unknown name exits 2", async () => {
    const result = await runCli(["who", "CSIS"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Center for Strategic and International Studies\norg\n/);
    const missing = await runCli(["who", "Nobody", "Atall"], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/\[ACTOR_NOT_FOUND\]/);
  });
});
