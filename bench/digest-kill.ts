// The long digest kill test: `node --import tsx bench/digest-kill.ts [runs] [lanes] [--no-lookup]`
// (default 1000 runs in 4 lanes). Child processes deliver due digest slots and are SIGKILLed at
// random points; prints runs, kills, duplicates and losses. Exits 1 on any duplicate or loss.
// --no-lookup drops the "already posted?" check after a crash: duplicates are then expected.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKillTest } from "../test/scheduler/kill/kill-harness.ts";

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const noLookup = process.argv.includes("--no-lookup");
const runs = Number(positional[0] ?? 1000);
const lanes = Number(positional[1] ?? 4);
const workDir = mkdtempSync(join(tmpdir(), "briefbot-kill-bench-"));
const started = performance.now();
try {
  const result = await runKillTest({ runs, lanes, subscriptions: 6, workDir, noLookup });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `digest kill bench${noLookup ? " (no lookup)" : ""}: ${result.runs} runs (${result.killed} SIGKILLed), ${result.slots} slots, ` +
      `${result.expected} deliveries owed, ${result.posted} posted, ${result.duplicates} duplicates, ` +
      `${result.losses} losses, ${result.ledgerMismatches} ledger mismatches, ` +
      `${result.claimsLeft} claims left by kills (${result.claimsLeftAfterPost} after a post started), ` +
      `${result.recovered} completed on restart, ${seconds} s\n`,
  );
  process.exitCode = result.duplicates || result.losses || result.ledgerMismatches ? 1 : 0;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
