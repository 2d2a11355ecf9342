// `npm run bench`: each benchmark in its own child process (so one's memory and JIT state do not
// colour another's), printing their tables in turn. A missing bench file is reported, not fatal.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BENCHES = [
  { file: "bench/extract.ts", what: "extraction throughput (ENGINE)" },
  { file: "bench/store.ts", what: "ingest, brief and quote search at scale (STORE)" },
  { file: "bench/cli-start.ts", what: "CLI cold start" },
  { file: "bench/charts.ts", what: "chart rendering, SVG and PNG (CHARTS)" },
];
const only = process.argv.slice(2);

let failed = 0;
for (const bench of BENCHES) {
  if (only.length > 0 && !only.some((name) => bench.file.includes(name))) continue;
  console.log(`\n## ${bench.file}: ${bench.what}\n`);
  if (!existsSync(join(ROOT, bench.file))) {
    console.log(`(missing: ${bench.file} is not there yet; skipped)`);
    continue;
  }
  const result = spawnSync(process.execPath, ["--import", "tsx", bench.file], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    failed++;
    console.log(`(${bench.file} failed with ${result.signal ?? `exit ${result.status}`})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
