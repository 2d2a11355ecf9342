// Exactly once under SIGKILL: up to 200 child processes, killed at random points, then restarted.
// Bounded for CI: it stops starting runs after 15 s (a loaded machine gets fewer runs, never a
// timeout). The long version is bench/digest-kill.ts (1,000 runs by default).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { runKillTest } from "./kill/kill-harness.ts";

const workDir = mkdtempSync(join(tmpdir(), "briefbot-kill-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it("posts every digest slot exactly once across SIGKILLed runs", async () => {
  const result = await runKillTest({ runs: 200, lanes: 4, subscriptions: 6, workDir, budgetMs: 15_000 });
  process.stdout.write(
    `digest kill test: ${result.runs} runs, ${result.killed} killed, ${result.slots} slots, ` +
      `${result.expected} deliveries owed, ${result.posted} posted, ${result.duplicates} duplicates, ` +
      `${result.losses} losses, ${result.claimsLeft} claims left by kills ` +
      `(${result.claimsLeftAfterPost} after a post started), ${result.recovered} completed on restart\n`,
  );
  expect(result.runs).toBeGreaterThanOrEqual(20);
  expect(result.killed).toBeGreaterThan(result.runs / 3);
  expect(result.duplicates).toBe(0);
  expect(result.losses).toBe(0);
  expect(result.ledgerMismatches).toBe(0);
  expect(result.posted).toBe(result.expected);
}, 180_000); // generous: the budget bounds new runs, but a loaded machine stretches the last ones
