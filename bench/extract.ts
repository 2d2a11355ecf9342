// Extraction speed over ../shared/corpus/wikinews, in one run: briefbot's full extraction, then
// compromise's people/places/organizations/quotations pass, then wink-nlp's bare pipeline
// (tokens, sentences, POS). Prints words/s, ms per document (median, p99), peak RSS and ratios,
// and briefbot's steady state once the JIT has settled (after two more passes over the corpus).
// Then the whole process: `briefbot extract --json` over every file of the corpus, less a run
// over one tiny file (start-up: node, tsx, modules, config), in words/s of wall and of CPU time.
// Run: node --import tsx bench/extract.ts [corpus-dir]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { extractBrief } from "../src/core/brief/extract-brief.ts";
import type { SourceDocument } from "../src/core/schemas.ts";
import { parseDocument } from "../src/ingest/document-file.ts";

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "corpus", "wikinews"));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const docs: SourceDocument[] = files.map((f) =>
  parseDocument(readFileSync(join(dir, f), "utf8"), { fallbackTitle: f }),
);
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
const totalWords = docs.reduce((n, d) => n + wordsOf(d.body), 0);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface Row {
  name: string;
  wordsPerSec: number;
  /** Words per second of CPU time (this process, all threads): steadier on a busy machine. */
  wordsPerCpuSec: number;
  median: number;
  p99: number;
  peakRss: number;
}

function run(name: string, fn: (doc: SourceDocument) => unknown, rounds = 3, warmPasses = 0): Row {
  for (const d of docs.slice(0, 20)) fn(d); // warm up
  for (let pass = 0; pass < warmPasses; pass++) for (const d of docs) fn(d);
  const times: number[] = [];
  let elapsed = 0;
  const cpuBefore = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const t = performance.now();
      fn(d);
      const ms = performance.now() - t;
      elapsed += ms;
      if (r === rounds - 1) times.push(ms);
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    name,
    wordsPerSec: (totalWords * rounds) / (elapsed / 1000),
    wordsPerCpuSec: (totalWords * rounds) / ((cpu.user + cpu.system) / 1e6),
    median: at(0.5),
    p99: at(0.99),
    peakRss: rssMb(),
  };
}

const rows: Row[] = [];
rows.push(run("briefbot extractBrief (full)", (d) => extractBrief(d)));
// A bot extracts for as long as it runs: its throughput once the JIT has settled, after two more
// passes over the corpus (the row above includes the JIT's warm-up; the whole-process line below
// is the cold CLI).
const steady = run("briefbot extractBrief (full), steady state", (d) => extractBrief(d), 3, 2);

// Linear work: one large document made of the corpus, and a tenth of it.
const big = docs.map((d) => d.body).join("\n\n");
const tenth = big.slice(0, Math.floor(big.length / 10));
const time = (body: string) => {
  const doc = { ...docs[0]!, body };
  const t = performance.now();
  extractBrief(doc);
  return performance.now() - t;
};
time(tenth);
const tTenth = time(tenth);
const tBig = time(big);
// The same text as one line (an article flattened by a converter): no paragraph bounds the work.
const flat = (text: string) => text.replace(/\s*\n\s*/g, " ");
time(flat(tenth));
const tFlatTenth = time(flat(tenth));
const tFlatBig = time(flat(big));

const compromise = (await import("compromise")).default;
rows.push(
  run(
    "compromise people/places/orgs/quotes",
    (d) => {
      const doc = compromise(d.body);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
      doc.quotations().out("array");
    },
    1,
  ),
);

const winkNlp = (await import("wink-nlp")).default;
const model = (await import("wink-eng-lite-web-model")).default;
const wink = winkNlp(model);
const its = wink.its;
rows.push(
  run(
    "wink-nlp bare (tokens, sentences, POS)",
    (d) => {
      const doc = wink.readDoc(d.body);
      doc.tokens().out(its.pos);
      doc.sentences().out();
    },
    1,
  ),
);

// The whole process, as a user runs it. Runs alternate (tiny, full) so that a change of machine
// load hits both; medians of each. CPU time (all threads, from bench/report-rss.cjs) varies less
// than wall time on a busy machine.
const ROOT = join(import.meta.dirname, "..");
const RUNS = Math.max(1, Number(process.env.BENCH_EXTRACT_RUNS ?? 5) || 5);
const tmp = mkdtempSync(join(os.tmpdir(), "briefbot-bench-extract-"));
const tiny = join(tmp, "tiny.txt");
writeFileSync(tiny, "title: Start-up\n\nJane Roe said the bench had started.\n");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
function cli(paths: string[]): { wall: number; cpu: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      "--require",
      join(ROOT, "bench", "report-rss.cjs"),
      join(ROOT, "bin", "briefbot.js"),
      "extract",
      "--json",
      ...paths,
    ],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, LOG_LEVEL: "silent" } },
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`briefbot extract failed: ${result.stderr}`);
  const cpu = Number(/cpu-us=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1000;
  return { wall, cpu };
}
const corpusPaths = files.map((f) => join(dir, f));
const startRuns: Array<{ wall: number; cpu: number }> = [];
const fullRuns: Array<{ wall: number; cpu: number }> = [];
try {
  cli([tiny]); // warms the file cache and tsx's transform cache
  for (let i = 0; i < RUNS; i++) {
    startRuns.push(cli([tiny]));
    fullRuns.push(cli(corpusPaths));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const processWall = median(fullRuns.map((r) => r.wall)) - median(startRuns.map((r) => r.wall));
const processCpu = median(fullRuns.map((r) => r.cpu)) - median(startRuns.map((r) => r.cpu));

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`corpus: ${docs.length} documents, ${fmt(totalWords)} words (${dir})`);
console.log("| pass | words/s | words/CPU-s | ms/doc median | ms/doc p99 | peak RSS MB (cumulative) |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.name} | ${fmt(r.wordsPerSec)} | ${fmt(r.wordsPerCpuSec)} | ${fmt(r.median, 2)} | ${fmt(r.p99, 2)} | ${r.peakRss} |`,
  );
console.log(
  `| ${steady.name} | ${fmt(steady.wordsPerSec)} | ${fmt(steady.wordsPerCpuSec)} | ${fmt(steady.median, 2)} | ${fmt(steady.p99, 2)} | ${steady.peakRss} |`,
);
const [ours, comp, wk] = rows;
console.log(`\nbriefbot / compromise speed: ${fmt(ours!.wordsPerSec / comp!.wordsPerSec, 1)}x`);
console.log(`briefbot / wink-nlp bare speed: ${fmt(ours!.wordsPerSec / wk!.wordsPerSec, 1)}x`);
console.log(
  `briefbot steady state (after two more passes, as in a running bot): ${fmt(steady.wordsPerSec)} words/s, ${fmt(steady.wordsPerSec / ours!.wordsPerSec, 1)}x its first passes`,
);
console.log(`peak RSS during briefbot's pass: ${ours!.peakRss} MB`);
console.log(
  `linear work: ${fmt(big.length / 1024)} KB in ${fmt(tBig, 0)} ms vs ${fmt(tenth.length / 1024)} KB in ${fmt(tTenth, 0)} ms (ratio ${fmt(tBig / tTenth, 1)}, 10 = linear)`,
);
console.log(
  `linear work, as one line: ${fmt(tFlatBig, 0)} ms vs ${fmt(tFlatTenth, 0)} ms (ratio ${fmt(tFlatBig / tFlatTenth, 1)}, 10 = linear)`,
);
const processWords = totalWords / (processWall / 1000);
console.log(
  `\nwhole process, \`briefbot extract --json\` over the ${docs.length} files less start-up (median of ${RUNS}): ` +
    `${fmt(processWall)} ms wall -> ${fmt(processWords)} words/s; ${fmt(processCpu)} ms CPU -> ${fmt(totalWords / (processCpu / 1000))} words/CPU-s`,
);
console.log(
  `  start-up alone: ${fmt(median(startRuns.map((r) => r.wall)))} ms wall, ${fmt(median(startRuns.map((r) => r.cpu)))} ms CPU`,
);
console.log(`  whole process / compromise (in-process) speed: ${fmt(processWords / comp!.wordsPerSec, 1)}x`);
console.log(
  `(load average ${fmt(os.loadavg()[0] ?? 0, 1)} on ${os.availableParallelism()} cores at the end)`,
);
