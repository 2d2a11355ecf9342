// Chart rendering: the SVG built by src/core/charts and its PNG through resvg (src/charts/rasterise.ts),
// for the coverage timeline over windows of a month (a bar a day), a year (a bar a week) and three
// years (a bar a month), 5 stories coloured, and for the actor graph (10 actors, 45 links of which
// the 15 strongest drawn). Median and p95 wall time over N renders after warm-up, the CPU time of
// the process meanwhile (steadier than wall time on a shared machine), the PNG's size. The target
// is 50 ms a chart (issue 14). Prints a table; asserts nothing. N from BENCH_CHART_RUNS (default 30).
import os from "node:os";
import { fontSource, rasterise } from "../src/charts/rasterise.ts";
import { actorGraphChart } from "../src/core/charts/actor-graph.ts";
import type { Chart } from "../src/core/charts/svg.ts";
import { type TimelineInput, timelineChart } from "../src/core/charts/timeline.ts";

const RUNS = Math.max(1, Number(process.env.BENCH_CHART_RUNS ?? 30) || 30);
const DAY_MS = 86_400_000;

/** A small deterministic random source (mulberry32), so every run draws the same charts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function timelineInput(days: number): TimelineInput {
  const next = random(days);
  const start = Date.UTC(2026, 0, 1);
  const day = (i: number) => new Date(start + i * DAY_MS).toISOString().slice(0, 10);
  const coverage = Array.from({ length: days }, (_, i) => ({
    date: day(i),
    documents: Math.floor(next() * 12),
  }));
  const stories = Array.from({ length: 5 }, (_, s) => ({
    id: `story-${s}`,
    label: `Story ${s + 1}: a headline of the usual length about leaders meeting at a summit abroad`,
    days: coverage
      .filter(() => next() < 0.3)
      .map((entry) => ({ date: entry.date, documents: Math.floor(entry.documents / 6) }))
      .filter((entry) => entry.documents > 0),
  }));
  return { title: "Russia and China", coverage, stories };
}

function actorChart(): Chart {
  const types = ["place", "person", "org"] as const;
  const actors = Array.from({ length: 10 }, (_, i) => ({
    name: `Actor number ${i + 1}`,
    type: types[i % 3]!,
    mentions: 200 - i * 17,
    documents: 60 - i * 5,
  }));
  const links = actors.flatMap((a, i) =>
    actors
      .slice(i + 1)
      .map((b, j) => ({ source: a.name, target: b.name, documents: 1 + ((i * 7 + j) % 20) })),
  );
  return actorGraphChart({ title: "Russia and China", actors, links, documentCount: 300 })!;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

const month = timelineInput(31);
const year = timelineInput(365);
const years = timelineInput(1095);
const cases: { name: string; build: () => Chart }[] = [
  { name: "timeline, 31 days (day bars)", build: () => timelineChart(month)! },
  { name: "timeline, 365 days (week bars)", build: () => timelineChart(year)! },
  { name: "timeline, 1095 days (month bars)", build: () => timelineChart(years)! },
  { name: "actor graph, 10 actors, 45 links", build: actorChart },
];

console.log(
  `fonts: ${fontSource()}; ${RUNS} renders each after 3 warm-up; load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores\n`,
);
console.log(
  "| chart | size | SVG build ms (median) | SVG -> PNG ms (median) | p95 | CPU ms (median) | PNG KB |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const entry of cases) {
  const svgTimes: number[] = [];
  const pngTimes: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  let size = "";
  for (let i = 0; i < RUNS + 3; i++) {
    const t0 = performance.now();
    const chart = entry.build();
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    const png = rasterise(chart, "bench");
    const used = process.cpuUsage(cpu);
    const t2 = performance.now();
    if (i < 3) continue;
    svgTimes.push(t1 - t0);
    pngTimes.push(t2 - t1);
    cpuTimes.push((used.user + used.system) / 1000);
    bytes = png.png.length;
    size = `${png.width}×${png.height}`;
  }
  console.log(
    `| ${entry.name} | ${size} | ${percentile(svgTimes, 0.5).toFixed(2)} | ${percentile(pngTimes, 0.5).toFixed(1)} | ${percentile(pngTimes, 0.95).toFixed(1)} | ${percentile(cpuTimes, 0.5).toFixed(1)} | ${(bytes / 1024).toFixed(1)} |`,
  );
}
