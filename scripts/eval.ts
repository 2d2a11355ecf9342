// `npm run eval`: runs the real CLI (`briefbot extract --json`) over the dev set and scores the
// output with ../shared/eval/score.mjs, printing the per-article rows and the score table.
// Extra arguments go to score.mjs (e.g. --json). EVAL_DIR overrides the annotated folder.
// `--check` also scores test/fixtures/check-set (articles not in the dev set, annotated by us
// before the engine saw them), printing the dev table first and the check-set table after it,
// then test/fixtures/check-set/key-points (articles with key points only annotated, scored for
// key points alone) and the key-point figures of both check folders together.
// When POLNEAR_REPO points at a fetched PolNeAR (its git directory), the PolNeAR dev split is
// converted into a temp folder outside the repository (../shared/eval/polnear/convert.py), run
// through the same CLI and scored with score.py: overall figures and the table per publisher.
// Only the dev split: the test split is the project's held-out measure and is never opened here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runStoryEval } from "./eval-stories.ts";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
// `--stories`: story grouping against eval/stories (scripts/eval-stories.ts), nothing else.
if (args.includes("--stories")) process.exit(runStoryEval(root, args));
const withCheck = args.includes("--check");
const extra = args.filter((a) => a !== "--check");
const sets: Array<[string, string]> = [
  ["dev set", process.env.EVAL_DIR ?? join(root, "..", "shared", "eval", "dev")],
];
if (withCheck) sets.push(["check set", join(root, "test", "fixtures", "check-set")]);
const scorer = join(root, "..", "shared", "eval", "score.mjs");

let status = 0;
for (const [label, goldDir] of sets) {
  if (sets.length > 1) console.log(`\n== ${label}: ${goldDir}`);
  status = Math.max(status, scoreSet(goldDir));
}
if (withCheck) status = Math.max(status, scoreKeyPointChecks());
if (process.env.POLNEAR_REPO) status = Math.max(status, scorePolnear(process.env.POLNEAR_REPO));
process.exit(status);

/** Converts PolNeAR's dev split to a temp folder, extracts it with the CLI and scores it. */
function scorePolnear(repo: string): number {
  const tools = join(root, "..", "shared", "eval", "polnear");
  const dir = mkdtempSync(join(tmpdir(), "briefbot-polnear-"));
  const gold = join(dir, "dev");
  try {
    console.log(`\n== PolNeAR dev (POLNEAR_REPO=${repo})`);
    const convert = spawnSync(
      "python3",
      [join(tools, "convert.py"), "--split", "dev", "--repo", repo, "--out", gold],
      { encoding: "utf8" },
    );
    if (convert.status !== 0) {
      process.stderr.write(convert.stderr || convert.stdout);
      console.error(`eval: PolNeAR convert failed with status ${convert.status}`);
      return 1;
    }
    const files = readdirSync(gold)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(gold, f));
    const extract = spawnSync(
      process.execPath,
      [join(root, "bin", "briefbot.js"), "extract", "--json", ...files],
      { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    if (extract.status !== 0 && !extract.stdout) {
      process.stderr.write(extract.stderr);
      console.error(`eval: briefbot extract failed with status ${extract.status}`);
      return 1;
    }
    const out = join(dir, "predictions.json");
    writeFileSync(out, extract.stdout);
    const score = spawnSync("python3", [join(tools, "score.py"), gold, out, "--samples", "0"], {
      stdio: "inherit",
    });
    return score.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extracts every article of `goldDir` with the real CLI and scores it; returns the exit status. */
function scoreSet(goldDir: string): number {
  const scored = withPredictions(goldDir, (out) =>
    spawnSync(process.execPath, [scorer, goldDir, out, ...(extra.length > 0 ? extra : ["--per-article"])], {
      stdio: "inherit",
    }),
  );
  return typeof scored === "number" ? scored : (scored.status ?? 1);
}

/** Key-point figures of one check folder: hits and gold counts, as score.mjs counts them. */
interface KeyPointTally {
  articles: number;
  gold: number;
  hits: number;
  leadHits: number;
  /** Key points not found verbatim in their article (faithfulness; must stay 0). */
  unanchored: number;
}

/**
 * Scores check-set/key-points (only key points annotated, so only they are reported) and prints
 * the key-point figures of the check set and that folder together.
 */
function scoreKeyPointChecks(): number {
  const pct = (part: number, whole: number): string =>
    `${whole ? ((100 * part) / whole).toFixed(1) : "0.0"}%`;
  const checkDir = join(root, "test", "fixtures", "check-set");
  const keyPointDir = join(checkDir, "key-points");
  const tallies: KeyPointTally[] = [];
  for (const dir of [checkDir, keyPointDir]) {
    const tally = keyPointTally(dir);
    if (typeof tally === "number") return tally;
    tallies.push(tally);
  }
  const show = (label: string, t: KeyPointTally) =>
    console.log(
      `${label} key points recall@5 ${pct(t.hits, t.gold)} (${t.hits}/${t.gold})` +
        `  first-five-sentences baseline ${pct(t.leadHits, t.gold)} (${t.leadHits}/${t.gold})` +
        `  articles ${t.articles}, key points not in source ${t.unanchored}`,
    );
  console.log(`\n== check set, key points only: ${keyPointDir}`);
  show("key-points/   ", tallies[1]!);
  const sum = tallies.reduce((a, b) => ({
    articles: a.articles + b.articles,
    gold: a.gold + b.gold,
    hits: a.hits + b.hits,
    leadHits: a.leadHits + b.leadHits,
    unanchored: a.unanchored + b.unanchored,
  }));
  show("check, all    ", sum);
  return 0;
}

function keyPointTally(goldDir: string): KeyPointTally | number {
  let text = "";
  const scored = withPredictions(goldDir, (out) => {
    const run = spawnSync(process.execPath, [scorer, goldDir, out, "--json"], {
      encoding: "utf8",
    });
    text = run.stdout;
    return run;
  });
  if (typeof scored === "number") return scored;
  if (scored.status !== 0) return scored.status ?? 1;
  const result = JSON.parse(text) as {
    articles: number;
    keyPoints: { recallAt5: number; lead5RecallAt5: number };
    faithfulness: { keyPointsNotInSource: number };
  };
  // score.mjs reports ratios; the gold count is read from the annotations to add folders up.
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .reduce((n, f) => {
      const annotation = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as {
        key_points: unknown[];
      };
      return n + annotation.key_points.length;
    }, 0);
  return {
    articles: result.articles,
    gold,
    hits: Math.round(result.keyPoints.recallAt5 * gold),
    leadHits: Math.round(result.keyPoints.lead5RecallAt5 * gold),
    unanchored: result.faithfulness.keyPointsNotInSource,
  };
}

/**
 * Runs `briefbot extract --json` over the articles of `goldDir` into a temp file and hands its
 * path to `score`; returns what `score` returned, or an exit status when extraction failed.
 */
function withPredictions<T>(goldDir: string, score: (out: string) => T): T | number {
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(goldDir, f));
  if (files.length === 0) {
    console.error(`eval: no .txt articles in ${goldDir}`);
    return 2;
  }
  const extract = spawnSync(
    process.execPath,
    [join(root, "bin", "briefbot.js"), "extract", "--json", ...files],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (extract.stderr) process.stderr.write(extract.stderr);
  if (extract.status !== 0 && !extract.stdout) {
    console.error(`eval: briefbot extract failed with status ${extract.status}`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), "briefbot-eval-"));
  const out = join(dir, "predictions.json");
  writeFileSync(out, extract.stdout);
  try {
    return score(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
