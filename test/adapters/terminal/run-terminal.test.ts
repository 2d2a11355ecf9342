import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerLine, runTerminal } from "../../../src/adapters/terminal/run-terminal.ts";
import { seededStore } from "../../commands/seed-store.ts";

let seeded: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  seeded = await seededStore();
});
afterAll(() => seeded.cleanup());

/** Feeds `lines` to the terminal adapter as a pipe would and returns everything it printed. */
async function chat(lines: string[], options: { end?: boolean } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const done = runTerminal({ deps: seeded.deps, input, output });
  input.write(lines.map((line) => `${line}\n`).join(""));
  if (options.end !== false) input.end();
  await done;
  return printed;
}

describe("the terminal adapter on a pipe", () => {
  it("prints the brief of /brief russia-china with key points, actors and quotes with speakers", async () => {
    const out = await chat(["/brief russia-china"]);
    expect(out).toMatch(/^Russia and China\n2 documents/);
    expect(out).toMatch(/\nKey points\n {3}1\. /);
    expect(out).toMatch(
      / {3}\d\. Russia is hosting the “Vostok-2022” military exercise[^\n]*\n[^\n]*\n {6}\[Russia is hosting[^\]]*…, 2022-09-07, sentence 1\]/,
    );
    expect(out).toMatch(/• Bonny Lin \(person · 4 mentions · co-author · also Lin/);
    expect(out).toMatch(/“Beijing looks at the problems[^”]*”\n\s+— Bonny Lin\n\s+\[.*sentence 20\]/);
    expect(out).toMatch(/— Russian Ministry of Defense/);
    expect(out).toMatch(/Sources: Wikinews, CC BY 2\.5/);
    expect(out).not.toMatch(/briefbot>/);
  });

  it("answers several commands in order and stops at /quit", async () => {
    const out = await chat(["/topics", "", "# a comment", "/quote mirror", "/quit", "/help"], { end: false });
    const topics = out.indexOf("Topics");
    const quote = out.indexOf("Quotes: “mirror”");
    expect(topics).toBeGreaterThanOrEqual(0);
    expect(quote).toBeGreaterThan(topics);
    expect(out).not.toMatch(/briefbot commands/);
  });

  it("lists every command for /help", async () => {
    const out = await chat(["/help"]);
    for (const name of ["/brief", "/quote", "/who", "/topics", "/help"]) expect(out).toContain(name);
  });

  it("answers errors in plain words with their code, and keeps going", async () => {
    const out = await chat(["/brief nowhere", "/frobnicate", "/quote speaker:", "/who Lin"]);
    expect(out).toMatch(
      /error \[TOPIC_NOT_FOUND\]: unknown topic "nowhere"\n\n {2}known topics: empty-topic, russia-china/,
    );
    expect(out).toMatch(/error \[COMMAND_NOT_FOUND\]: there is no command \/frobnicate/);
    expect(out).toMatch(/error \[INPUT_INVALID\]/);
    expect(out).toMatch(/^Bonny Lin$/m);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it("keeps document text from driving the terminal (no escape sequences printed)", async () => {
    const out = await chat(["/quote closer ties", "/who Bonny Lin"]);
    expect(out).toContain("We agreed on closer ties,");
    expect(out).not.toMatch(/[\u001b\u0000-\u0008]/);
  });
});

describe("answerLine", () => {
  it("accepts commands with or without the slash and ignores blank lines", async () => {
    expect(await answerLine(seeded.deps, "   ")).toBe("");
    expect(await answerLine(seeded.deps, "topics")).toMatch(/^Topics/);
    expect(await answerLine(seeded.deps, "/QUIT")).toBeNull();
    expect(await answerLine(seeded.deps, "exit")).toBeNull();
  });
});
