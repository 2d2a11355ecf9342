// The store at scale: `node --import tsx bench/store.ts [documents] [quotes]`.
// 1. Ingest rate (language check, extraction, topic match, batched writes) for the Wikinews
//    corpus repeated to 10,000 documents. Round r > 0 of an article inserts a common adverb after
//    every third word (which adverb and where depend on r), so every word 4-shingle changes: ids
//    differ and the copies are not near-duplicates of each other, while sentences, names and
//    quotes stay where extraction finds them.
// 2. /brief p50/p95 over the 10,000 documents (all time and --since 30d), read from the stories
//    kept at ingest; the cost of regrouping them (`briefbot reindex`) and of the first write after
//    a restart (the process replays the stored assignments of the topic).
// 3. Quote search p50/p95 at 100,000 quotes (corpus sentences attributed to corpus actors make up
//    what extraction did not find): words, phrases, prefixes, speaker and topic filters.
// 4. Database size and peak RSS. A table is printed; nothing is asserted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentBrief, SourceDocument } from "../src/core/schemas.ts";
import { BatchWriter } from "../src/ingest/batch-writer.ts";
import { documentId, parseDocument } from "../src/ingest/document-file.ts";
import { createExtractPool, defaultPoolSize, type Extraction } from "../src/ingest/extract-pool.ts";
import { ingestDocument } from "../src/ingest/ingest.ts";
import { benchProbes } from "../src/store/sqlite/bench-probes.ts";
import { openSqliteStore as openStore } from "../src/store/sqlite/sqlite-ports.ts";

const DOCUMENTS = Number(process.argv[2] ?? 10_000);
// BENCH_MEMORY=1 prints the process's memory after each phase and the highest RSS seen during it
// (sampled every 20 ms): where the peak comes from.
const memory: Array<[string, NodeJS.MemoryUsage, number]> = [];
let phasePeak = 0;
const sampler = process.env.BENCH_MEMORY
  ? setInterval(() => {
      phasePeak = Math.max(phasePeak, process.memoryUsage.rss());
    }, 20)
  : null;
sampler?.unref();
const phase = (name: string) => {
  if (!process.env.BENCH_MEMORY) return;
  const now = process.memoryUsage();
  memory.push([name, now, Math.max(phasePeak, now.rss)]);
  phasePeak = 0;
};
const QUOTES = Number(process.argv[3] ?? 100_000);
const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus", "wikinews");
const NOW = new Date("2026-01-01T12:00:00Z");

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort();
const articles = files.map((name) =>
  parseDocument(readFileSync(join(CORPUS, name), "utf8"), { fallbackTitle: name, origin: name }),
);

const ADVERBS = [
  "also",
  "then",
  "still",
  "often",
  "only",
  "just",
  "even",
  "again",
  "now",
  "soon",
  "later",
  "once",
  "thus",
  "rather",
  "quite",
  "indeed",
];

/** Copy k: round floor(k / n) of article k mod n, dated over the year before NOW. */
function copy(k: number): SourceDocument {
  const n = articles.length;
  const article = articles[k % n]!;
  const round = Math.floor(k / n);
  let body = article.body;
  if (round > 0) {
    let words = 0;
    body = body.replace(/\S+/g, (word) => {
      words++;
      if ((words + round) % 3 !== 0) return word;
      return `${word} ${ADVERBS[(words * 7 + round * 13) % ADVERBS.length]}`;
    });
  }
  const day = new Date(NOW.getTime() - (k % 365) * 86_400_000).toISOString().slice(0, 10);
  return {
    ...article,
    id: documentId(body),
    title: `${article.title} (${k})`,
    date: day,
    url: `https://bench.example/${k}`,
    body,
  };
}

const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-"));
const path = join(dir, "bench.db");
const store = openStore(path, { clock: () => NOW });
await store.upsertTopic({
  slug: "bench",
  title: "Bench",
  description: "",
  match: { keywords: [], actors: [], minActors: 2 },
  feeds: [],
});
await store.upsertTopic({
  slug: "russia-china",
  title: "Russia and China",
  description: "",
  match: { keywords: ["Sino-Russian"], actors: ["Russia", "China"], minActors: 2 },
  feeds: [],
});

// 1. Ingest: extraction on worker threads (as `briefbot ingest` does for big batches), stored in
//    order on this thread, the documents ready together in one transaction (batch-writer.ts);
//    BENCH_WORKERS=0 extracts here instead.
const workers = Number(process.env.BENCH_WORKERS ?? defaultPoolSize());
const statuses = new Map<string, number>();
// Time on this thread (topic match, dedupe, the writes), in the first and last tenth of the
// documents written (a batch counts where it ends).
let storeMs = 0;
let storeFirstMs = 0;
let storeLastFrom = 0;
const topics = await store.listTopics();
const started = performance.now();
// CPU of every thread (the workers are threads of this process): the figure that load does not
// inflate; on 2 idle cores the rate cannot pass 2 / (CPU seconds a document).
const cpuStarted = process.cpuUsage();
const pool = workers > 0 ? createExtractPool(workers) : null;
const ahead = Math.max(1, workers) * 4;
type Ready = { document: SourceDocument; prepared?: Extraction };
const queue: Array<{ promise: Promise<Ready>; settled: boolean }> = [];
const start = (k: number) => {
  const document = copy(k);
  const entry = {
    promise: pool
      ? pool.extract(document).then((prepared): Ready => ({ document, prepared }))
      : Promise.resolve<Ready>({ document }),
    settled: false,
  };
  void entry.promise.then(() => {
    entry.settled = true;
  });
  return entry;
};
let written = 0;
const writer = new BatchWriter({ store, topics: ["bench"] }, topics, (item) => {
  statuses.set(item.status, (statuses.get(item.status) ?? 0) + 1);
  written++;
});
const timed = async (fn: () => Promise<void>) => {
  const before = performance.now();
  const from = written;
  await fn();
  storeMs += performance.now() - before;
  if (from < DOCUMENTS / 10 && written >= DOCUMENTS / 10) storeFirstMs = storeMs;
  if (from < DOCUMENTS - DOCUMENTS / 10 && written >= DOCUMENTS - DOCUMENTS / 10) storeLastFrom = storeMs;
};
for (let k = 0; k < Math.min(ahead, DOCUMENTS); k++) queue.push(start(k));
for (let k = 0; k < DOCUMENTS; k++) {
  const ready = await queue.shift()!.promise;
  if (k + ahead < DOCUMENTS) queue.push(start(k + ahead));
  const { document, prepared } = ready;
  await timed(() =>
    writer.add(prepared ? { source: `copy ${k}`, document, prepared } : { source: `copy ${k}`, document }),
  );
  if (!queue[0]?.settled) await timed(() => writer.flush());
}
await timed(() => writer.flush());
phase("ingest, workers running");
await pool?.close();
phase("ingest, workers closed");
const ingestSeconds = (performance.now() - started) / 1000;
const ingestCpu = process.cpuUsage(cpuStarted);
const ingestCpuMs = (ingestCpu.user + ingestCpu.system) / 1000 / DOCUMENTS;
const transactions = writer.transactions;
const storeLastMs = storeMs - storeLastFrom;

// Synthetic quotes: corpus sentences, attributed to actors the corpus names.
const probes = benchProbes(store);
const extracted = probes.quotes();
const speakers = probes.people();
const sentences = articles.flatMap((article) =>
  article.body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40 && s.length < 300),
);
let synthetic = 0;
const syntheticStart = performance.now();
for (let d = 0; extracted + synthetic < QUOTES; d++) {
  const body = `Synthetic quote collection ${d}. ${sentences.slice((d * 37) % sentences.length, ((d * 37) % sentences.length) + 30).join(" ")}`;
  const document: SourceDocument = {
    id: documentId(`${body} ${d}`),
    title: `Quotes ${d}`,
    date: new Date(NOW.getTime() - (d % 365) * 86_400_000).toISOString().slice(0, 10),
    source: "bench",
    url: null,
    license: null,
    author: null,
    body: `${body} ${d}`,
  };
  const quotes = Array.from({ length: Math.min(100, QUOTES - extracted - synthetic) }, (_, i) => {
    const text = sentences[(d * 101 + i * 13) % sentences.length]!;
    const speaker = speakers.length > 0 && i % 4 !== 0 ? speakers[(d + i) % speakers.length]! : null;
    return { text, speaker, sentence: i, start: 0, end: text.length };
  });
  const brief: DocumentBrief = {
    document: { id: document.id, title: document.title, date: document.date, source: null, url: null },
    keyPoints: [],
    actors: [],
    quotes,
  };
  // Not a near-duplicate check worth measuring: these bodies are collections of corpus sentences.
  const result = await store.addDocument(document, brief, d % 2 === 0 ? ["bench"] : ["russia-china"]);
  if (result.status === "added") synthetic += quotes.length;
}
const syntheticSeconds = (performance.now() - syntheticStart) / 1000;
phase("synthetic quotes");
const totalQuotes = probes.quotes({ countedOnly: true });

// 2. Topic brief.
const time = async (fn: () => Promise<unknown>, runs: number): Promise<number[]> => {
  await fn(); // warm the statement cache and the page cache
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
};
const benchDocuments = probes.topicDocuments("bench");
// The store keeps answers until the database changes, keyed by the minute of `now`: each call below
// asks a minute later, so every one is computed (the cost of a fresh /brief), not a cache hit.
let minute = 0;
const later = () => new Date(NOW.getTime() + minute++ * 60_000);
const briefAll = await time(() => store.topicBrief("bench", { now: later() }), 40);
const briefWeek = await time(async () => {
  const now = later();
  await store.topicBrief("bench", { now, since: new Date(now.getTime() - 30 * 86_400_000) });
}, 40);
const briefRepeat = await time(() => store.topicBrief("bench", { now: NOW }), 40);
const storyCount = (await store.topicBrief("bench", { now: later() })).storyCount;
phase("briefs");
const rebuildStart = performance.now();
const rebuilt = await store.rebuildStories("bench");
const rebuildSeconds = (performance.now() - rebuildStart) / 1000;

phase("rebuild");
// 3. Quote search: words drawn from stored quotes, plus phrases, prefixes and filters.
const words = probes
  .quoteSample()
  .flatMap((text) => text.match(/[A-Za-z]{5,}/g) ?? [])
  .filter((_, i) => i % 3 === 0);
const queries: Array<Parameters<typeof store.searchQuotes>[0]> = [];
for (let i = 0; i < 300 && words.length > 2; i++) {
  const w = (j: number) => words[(i * 7 + j) % words.length]!;
  const kind = i % 6;
  if (kind === 0) queries.push({ words: w(0) });
  else if (kind === 1) queries.push({ words: `${w(0)} ${w(1)}` });
  else if (kind === 2) queries.push({ words: `"${w(0)} ${w(1)}"` });
  else if (kind === 3) queries.push({ words: `${w(0).slice(0, 4)}*` });
  else if (kind === 4) queries.push({ words: w(0), topic: "russia-china" });
  else
    queries.push({
      words: w(0),
      speaker: speakers[i % Math.max(1, speakers.length)]?.name.split(" ").at(-1) ?? "Lin",
    });
}
queries.push({ words: "the" }, { words: "said" }, { words: "government" }, { words: "", speaker: "Trump" });
// Each query once: every search is computed, none answered from the store's read cache.
let hits = 0;
const search = await time(async () => {
  const query = queries[hits++ % queries.length]!;
  await store.searchQuotes(query);
}, queries.length);

phase("quote search");
// 4. Size and memory; then the first write after a restart, which replays the topic's stories.
probes.checkpoint();
const size = statSync(path).size;
await store.close();
const restarted = openStore(path, { clock: () => NOW });
const replayStart = performance.now();
await ingestDocument(copy(DOCUMENTS), "after restart", { store: restarted, topics: ["bench"] }, topics);
const replaySeconds = (performance.now() - replayStart) / 1000;
await restarted.close();
// BENCH_KEEP=1 keeps the database for looking into (its path is printed).
if (process.env.BENCH_KEEP) console.log(`database kept at ${path}`);
else rmSync(dir, { recursive: true, force: true });
phase("restart");
const rssMb = process.resourceUsage().maxRSS / 1024;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
for (const [name, m, peak] of memory) {
  console.log(
    `memory after ${name}: rss ${mb(m.rss)} MB (highest during it ${mb(peak)} MB), heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB, external ${mb(m.external)} MB`,
  );
}

const rows: Array<[string, string, string]> = [
  [
    `ingest rate (${DOCUMENTS} documents, extraction included, ${workers} workers)`,
    `${(DOCUMENTS / ingestSeconds).toFixed(0)} docs/s (${ingestSeconds.toFixed(1)} s)`,
    ">= 200 docs/s",
  ],
  [
    "  CPU, all threads (extraction, messages, store part)",
    `${ingestCpuMs.toFixed(2)} ms/doc (at most ${(2000 / ingestCpuMs).toFixed(0)} docs/s on 2 cores)`,
    "",
  ],
  [
    "  store part (match, dedupe, write), first / last tenth",
    `${(storeFirstMs / (DOCUMENTS / 10)).toFixed(2)} / ${(storeLastMs / (DOCUMENTS / 10)).toFixed(2)} ms/doc`,
    "",
  ],
  [
    "  outcome / write transactions",
    `${[...statuses].map(([status, n]) => `${status} ${n}`).join(", ")} / ${transactions}`,
    "",
  ],
  [
    `/brief p50 / p95 (${benchDocuments} documents, all time)`,
    `${percentile(briefAll, 50).toFixed(1)} / ${percentile(briefAll, 95).toFixed(1)} ms`,
    "p95 <= 200 ms",
  ],
  [
    `/brief p50 / p95 (--since 30d)`,
    `${percentile(briefWeek, 50).toFixed(1)} / ${percentile(briefWeek, 95).toFixed(1)} ms`,
    "p95 <= 200 ms",
  ],
  [
    `  stories (bench topic) / regrouping them all`,
    `${storyCount} / ${rebuilt.documents} documents in ${rebuildSeconds.toFixed(1)} s`,
    "",
  ],
  ["  first write after a restart (replays the stories)", `${replaySeconds.toFixed(2)} s`, ""],
  [
    "/brief p50 / p95 (the same brief again: read cache)",
    `${percentile(briefRepeat, 50).toFixed(2)} / ${percentile(briefRepeat, 95).toFixed(2)} ms`,
    "",
  ],
  [
    `quote search p50 / p95 (${totalQuotes} quotes, ${queries.length} queries)`,
    `${percentile(search, 50).toFixed(2)} / ${percentile(search, 95).toFixed(2)} ms`,
    "p95 <= 20 ms",
  ],
  ["  quotes extracted / synthesised", `${extracted} / ${synthetic} (${syntheticSeconds.toFixed(1)} s)`, ""],
  ["database size", `${(size / 1024 / 1024).toFixed(1)} MB`, ""],
  ["peak RSS", `${rssMb.toFixed(0)} MB`, "<= 300 MB"],
];
const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
const line = (cells: readonly string[]) =>
  `| ${cells.map((cell, i) => cell.padEnd(width[i]!)).join(" | ")} |`;
console.log(line(["measure", "result", "target"]));
console.log(line(width.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));
