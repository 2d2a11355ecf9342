import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
// No bundled topics here: these tests are about the command line, not the data (keeps each run short).
const noBriefs = join(temp.dir, "no-briefs");
mkdirSync(noBriefs);
const env = { BRIEFBOT_DB: temp.db, BRIEFBOT_BRIEFS_DIR: noBriefs };
afterAll(() => temp.cleanup());
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe.concurrent("briefbot (the real binary)", () => {
  it("prints its version", async () => {
    const result = await runCli(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `briefbot ${version}\n`, stderr: "" });
  });

  it("prints the usage for --help, listing the subcommands", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const name of ["start", "chat", "brief", "quote", "who", "topics", "help", "version"]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    }
  });

  it("answers an unknown subcommand with the usage and exit 2", async () => {
    const result = await runCli(["frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "frobnicate" \[COMMAND_NOT_FOUND\]/);
    expect(result.stderr).toMatch(/usage: briefbot <command>/);
  });

  it("refuses bad options with exit 2, no stack", async () => {
    const result = await runCli(["brief", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\[INPUT_INVALID\]/);
    expect(result.stderr).toMatch(/usage: briefbot brief/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const since = await runCli(["brief", "russia-china", "--since", "last tuesday"], { env });
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/since/);
  });

  it("names a bad configuration variable and exits 2", async () => {
    const result = await runCli(["topics"], { env: { ...env, LOG_LEVEL: "loud" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/LOG_LEVEL/);
    expect(result.stderr).toMatch(/\[CONFIG_INVALID\]/);
  });

  it("creates the database file where BRIEFBOT_DB says and lists topics as JSON", async () => {
    const result = await runCli(["topics", "--json"], { env });
    expect(result.code).toBe(0);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
    expect(readFileSync(temp.db).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("answers an unknown topic with exit 2 and the known topics", async () => {
    // Its own database: two first opens of one file at once are not what this test is about.
    const result = await runCli(["brief", "no-such-topic"], { env: { ...env, BRIEFBOT_DB: ":memory:" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown topic "no-such-topic" \[TOPIC_NOT_FOUND\]/);
    expect(result.stderr).toMatch(/no topics are defined yet/);
  });

  it("names the database it cannot open (exit 1) and a topic file that does not validate (skipped)", async () => {
    const file = join(temp.dir, "a-file");
    writeFileSync(file, "not a folder");
    const store = await runCli(["topics"], { env: { ...env, BRIEFBOT_DB: join(file, "inside-a-file.db") } });
    expect(store.code).toBe(1);
    expect(store.stderr).toMatch(
      /cannot open the database .*inside-a-file\.db \(BRIEFBOT_DB\).*\[STORE_FAILED\]/,
    );
    const briefs = join(temp.dir, "briefs");
    mkdirSync(join(briefs, "bad-topic"), { recursive: true });
    writeFileSync(join(briefs, "bad-topic", "topic.yaml"), "description: no title here\n");
    const topic = await runCli(["topics"], {
      env: { ...env, BRIEFBOT_DB: ":memory:", BRIEFBOT_BRIEFS_DIR: briefs },
    });
    // One bad topic file skips that topic with a warning naming the file and field (issue 15, item 4).
    expect(topic.code).toBe(0);
    expect(topic.stderr).toMatch(/bad-topic\/topic\.yaml: invalid field title/);
    expect(topic.stdout).toMatch(/bad-topic: invalid, not loaded/);
    expect(topic.stderr).not.toMatch(/\n\s+at /);
  });
});
