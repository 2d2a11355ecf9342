// `npm run eval -- --stories`: groups the Wikinews corpus (../shared/corpus/wikinews) into stories
// with the engine and scores the grouping against the hand-made labels of eval/stories/labels.tsv
// (rules in eval/stories/README.md): pairwise precision, recall and F1, and B-cubed beside them.
// `--verbose` also lists the stories that were split or merged wrongly.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractBrief } from "../src/core/brief/extract-brief.ts";
import { groupStories, type StoryDocument } from "../src/core/brief/story-grouping.ts";
import { parseDocument } from "../src/ingest/document-file.ts";

/** Pairwise and B-cubed scores of a grouping against gold labels. */
export interface GroupingScores {
  pairs: { predicted: number; gold: number; correct: number };
  precision: number;
  recall: number;
  f1: number;
  bcubed: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Scores `predicted` (item -> cluster) against `gold` (item -> cluster) over the gold items.
 * A pair is two items in one cluster; with no pairs on a side its precision or recall is 1.
 */
export function scoreGrouping(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): GroupingScores {
  const items = [...gold.keys()].sort();
  const missing = items.filter((item) => !predicted.has(item));
  if (missing.length > 0) throw new Error(`no predicted story for ${missing.join(", ")}`);
  let predictedPairs = 0;
  let goldPairs = 0;
  let correct = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const sameGold = gold.get(a) === gold.get(b);
      const samePredicted = predicted.get(a) === predicted.get(b);
      if (sameGold) goldPairs++;
      if (samePredicted) predictedPairs++;
      if (sameGold && samePredicted) correct++;
    }
  }
  const precision = predictedPairs > 0 ? correct / predictedPairs : 1;
  const recall = goldPairs > 0 ? correct / goldPairs : 1;
  // B-cubed: per item, the share of its predicted cluster that is in its gold cluster and back.
  let bp = 0;
  let br = 0;
  for (const item of items) {
    const inPredicted = items.filter((other) => predicted.get(other) === predicted.get(item));
    const inGold = items.filter((other) => gold.get(other) === gold.get(item));
    const both = inPredicted.filter((other) => gold.get(other) === gold.get(item)).length;
    bp += both / inPredicted.length;
    br += both / inGold.length;
  }
  const n = Math.max(1, items.length);
  return {
    pairs: { predicted: predictedPairs, gold: goldPairs, correct },
    precision,
    recall,
    f1: f1(precision, recall),
    bcubed: { precision: bp / n, recall: br / n, f1: f1(bp / n, br / n) },
  };
}

/** Reads labels.tsv: `file<TAB>story`, `-` for a story of its own; # starts a comment line. */
export function readLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [file, story] = line.split("\t");
    if (!file || !story) throw new Error(`labels.tsv: bad line "${line}"`);
    labels.set(file, story.trim() === "-" ? `single:${file}` : story.trim());
  }
  return labels;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Runs the story evaluation; returns the exit status. */
export function runStoryEval(root: string, args: readonly string[]): number {
  const corpus = process.env.STORY_CORPUS ?? join(root, "..", "shared", "corpus", "wikinews");
  const labels = readLabels(readFileSync(join(root, "eval", "stories", "labels.tsv"), "utf8"));
  const files = readdirSync(corpus).filter((file) => labels.has(file));
  if (files.length === 0) {
    console.error(`eval: none of the labelled articles is in ${corpus}`);
    return 2;
  }
  const fileOf = new Map<string, string>();
  const docs: StoryDocument[] = files.sort().map((file) => {
    const doc = parseDocument(readFileSync(join(corpus, file), "utf8"), { fallbackTitle: file });
    fileOf.set(doc.id, file);
    const brief = extractBrief(doc);
    return {
      document: {
        id: doc.id,
        title: doc.title,
        date: doc.date,
        url: doc.url,
        source: doc.source,
        license: doc.license,
      },
      day: doc.date ?? "1970-01-01",
      actors: brief.actors,
      keyPoints: brief.keyPoints,
      quotes: brief.quotes,
    };
  });
  const stories = groupStories(docs);
  const predicted = new Map<string, string>();
  for (const story of stories)
    for (const member of story.members) predicted.set(fileOf.get(member.document.id)!, story.id);
  const gold = new Map([...labels].filter(([file]) => fileOf.has(file) || files.includes(file)));
  const s = scoreGrouping(gold, predicted);
  const multi = stories.filter((story) => story.members.length > 1).length;
  console.log(
    `stories: ${files.length} articles -> ${stories.length} stories (${multi} with more than one article)`,
  );
  console.log(
    `pairwise  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.pairs.correct} of ${s.pairs.gold} gold pairs, ${s.pairs.predicted} predicted)`,
  );
  console.log(`b-cubed   P ${pct(s.bcubed.precision)}  R ${pct(s.bcubed.recall)}  F1 ${pct(s.bcubed.f1)}`);
  if (args.includes("--verbose")) {
    for (const story of stories) {
      const members = story.members.map((m) => fileOf.get(m.document.id)!);
      const golds = new Set(members.map((file) => gold.get(file)));
      if (members.length > 1 || !golds.values().next().value?.startsWith("single:")) {
        const wrong = golds.size > 1 ? " MIXED" : "";
        console.log(`\n[${story.id}]${wrong}`);
        for (const file of members) console.log(`  ${gold.get(file)?.replace(/^single:.*/, "-")}  ${file}`);
      }
    }
  }
  return 0;
}
