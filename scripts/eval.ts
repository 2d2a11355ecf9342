// `npm run eval`: runs the real CLI (`briefbot extract --json`) over the dev set and scores the
// output with ../shared/eval/score.mjs, printing the per-article rows and the score table.
// Extra arguments go to score.mjs (e.g. --json). EVAL_DIR overrides the annotated folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const goldDir = process.env.EVAL_DIR ?? join(root, "..", "shared", "eval", "dev");
const files = readdirSync(goldDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(goldDir, f));
if (files.length === 0) {
  console.error(`eval: no .txt articles in ${goldDir}`);
  process.exit(2);
}
const extract = spawnSync(
  process.execPath,
  [join(root, "bin", "briefbot.js"), "extract", "--json", ...files],
  {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (extract.stderr) process.stderr.write(extract.stderr);
if (extract.status !== 0 && !extract.stdout) {
  console.error(`eval: briefbot extract failed with status ${extract.status}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "briefbot-eval-"));
const out = join(dir, "predictions.json");
writeFileSync(out, extract.stdout);
const extra = process.argv.slice(2);
const score = spawnSync(
  process.execPath,
  [join(goldDir, "..", "score.mjs"), goldDir, out, ...(extra.length > 0 ? extra : ["--per-article"])],
  { stdio: "inherit" },
);
rmSync(dir, { recursive: true, force: true });
process.exit(score.status ?? 1);
