// What `echo "/brief russia-china" | npm start` does, on the real binary with the bundled briefs.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../../cli/run-cli.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

describe("npm start with no platform token, reading a pipe", () => {
  it("prints the brief of the bundled topic, then the help and an unknown topic's answer, and exits at EOF", async () => {
    const result = await runCli(["start"], {
      env: { BRIEFBOT_DB: temp.db },
      input: "/brief russia-china\n/help\n/brief atlantis\n",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [brief = "", rest = ""] = result.stdout.split("briefbot commands");
    // The brief: title, then key points citing the document and sentence.
    expect(brief).toMatch(/^Russia and China\n1 document/);
    expect(brief).toMatch(
      /\nKey points\n {3}1\. \S[^\n]*\n(?: {6}[^\n]*\n)* {6}\[[^\]]*2022-09-07, sentence \d+\]/,
    );
    // Actors with their types.
    const actors = /\nActors\n((?: {2}• [^\n]*\n(?: {6}[^\n]*\n)*)+)/.exec(brief)?.[1] ?? "";
    expect(actors).toMatch(/• Russia \(place/);
    expect(actors).toMatch(/• China \(place/);
    // Quotes, at least one with a named speaker, each citing its sentence.
    const quotes = /\nQuotes\n([\s\S]*?)\n\n/.exec(brief)?.[1] ?? "";
    expect(quotes).toMatch(/“[^”]+”\n {6}— (?!speaker unclear)\S[^\n]*\n {6}\[[^\]]*sentence \d+\]/);
    // /help lists the commands; the unknown topic gets the known ones.
    for (const name of ["/brief", "/quote", "/who", "/topics", "/help"]) expect(rest).toContain(name);
    expect(rest).toMatch(
      /error \[TOPIC_NOT_FOUND\]: unknown topic "atlantis"\n\n {2}known topics: russia-china/,
    );
    expect(result.stdout).not.toMatch(/\n\s+at [\w.<]+ \(/);
  });
});

describe("npm start with nothing to answer", () => {
  it("says in plain words that empty piped input held no command, and says nothing after /quit", async () => {
    const empty = await runCli(["start"], { env: { BRIEFBOT_DB: temp.db }, input: "" });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(/^briefbot: the input held no command/);
    expect(empty.stderr).not.toMatch(/[{}]|"level"/);
    const quit = await runCli(["start"], { env: { BRIEFBOT_DB: temp.db }, input: "/quit\n" });
    expect(quit).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});

describe("npm start and signals", () => {
  it("closes cleanly on SIGTERM while waiting for input, exit 0", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "briefbot.js"), "start"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        BRIEFBOT_DB: join(temp.dir, "signal.db"),
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const answered = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.includes("Try /brief")) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    // Answer one command (so the bot is up), keep stdin open, then ask it to stop.
    child.stdin.write("/topics\n");
    await answered;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
