// The long digest kill test: `node --import tsx bench/digest-kill.ts [runs] [lanes]` (default 1000
// runs in 4 lanes). Child processes deliver due digest slots and are SIGKILLed at random points;
// prints runs, kills, duplicates and losses. Exits 1 on any duplicate or loss.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKillTest } from "../test/scheduler/kill/kill-harness.ts";

const runs = Number(process.argv[2] ?? 1000);
const lanes = Number(process.argv[3] ?? 4);
const workDir = mkdtempSync(join(tmpdir(), "briefbot-kill-bench-"));
const started = performance.now();
try {
  const result = await runKillTest({ runs, lanes, subscriptions: 6, workDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `digest kill bench: ${result.runs} runs (${result.killed} SIGKILLed), ${result.slots} slots, ` +
      `${result.expected} deliveries owed, ${result.posted} posted, ${result.duplicates} duplicates, ` +
      `${result.losses} losses, ${result.ledgerMismatches} ledger mismatches, ` +
      `${result.claimsLeft} claims left by kills (${result.claimsLeftAfterPost} after a post started), ` +
      `${result.recovered} completed on restart, ${seconds} s\n`,
  );
  process.exitCode = result.duplicates || result.losses || result.ledgerMismatches ? 1 : 0;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
