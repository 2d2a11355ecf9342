// One bad topic file must not stop the bot or any command (issue 15, item 4): briefs/broken/topic.yaml
// with `keywords: "notalist"` used to make `npm start` and every CLI command exit 2. The topic is
// skipped with a warning naming the file and the field; the rest works; `topics` lists it as invalid.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
const briefs = join(temp.dir, "briefs");
cpSync(join(ROOT, "briefs", "russia-china"), join(briefs, "russia-china"), { recursive: true });
mkdirSync(join(briefs, "broken"));
const brokenFile = join(briefs, "broken", "topic.yaml");
writeFileSync(brokenFile, 'title: Broken\nmatch:\n  keywords: "notalist"\n');
writeFileSync(
  join(temp.dir, "storm.txt"),
  "title: Storm\ndate: 2026-01-03\n\nA storm hit the northern coast on Sunday. The weather service said it was the worst in a decade and that more rain is expected.\n",
);
const env = { BRIEFBOT_BRIEFS_DIR: briefs };
// Generous bounds that only a hang reaches (runs take seconds, tens on a loaded machine).
const SPAWN = { timeoutMs: 120_000 };
const TEST_MS = 130_000;
afterAll(() => temp.cleanup());

/** The warning every command prints: the file and the field at fault. */
const expectWarning = (stderr: string) => {
  expect(stderr).toContain(brokenFile);
  expect(stderr).toContain("match.keywords");
};

describe.concurrent("a bad topic file", () => {
  it(
    "`topics` lists the good topic, and the bad one as invalid, and exits 0",
    async () => {
      const result = await runCli(["topics"], { env, ...SPAWN });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/russia-china: Russia and China/);
      expect(result.stdout).toMatch(/Invalid topic files \(1\)/);
      expect(result.stdout).toMatch(/broken: invalid, not loaded/);
      expect(result.stdout).toMatch(/broken\/topic\.yaml: invalid field match\.keywords/);
      expectWarning(result.stderr);
    },
    TEST_MS,
  );

  it(
    "`brief` of another topic answers",
    async () => {
      const result = await runCli(["brief", "russia-china"], { env, ...SPAWN });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Bonny Lin/);
      expectWarning(result.stderr);
    },
    TEST_MS,
  );

  it(
    "`ingest` and `poll` run",
    async () => {
      const ingest = await runCli(["ingest", join(temp.dir, "storm.txt")], { env, ...SPAWN });
      expect(ingest.stdout).toMatch(/^added 1,/);
      expect(ingest.code).toBe(0);
      expectWarning(ingest.stderr);
      const poll = await runCli(["poll"], { env, ...SPAWN });
      expect(poll.code).toBe(0);
      expectWarning(poll.stderr);
    },
    TEST_MS,
  );

  it(
    "`start` (npm start) answers in the terminal chat and exits 0",
    async () => {
      const result = await runCli(["start"], { env, ...SPAWN, input: "/topics\n/brief russia-china\n" });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/broken: invalid, not loaded/);
      expect(result.stdout).toMatch(/Bonny Lin/);
      expectWarning(result.stderr);
    },
    TEST_MS,
  );
});
