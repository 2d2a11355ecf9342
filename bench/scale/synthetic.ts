// Generated documents for the scale bench: Zipf-distributed words from a made-up vocabulary (no
// corpus text), a few hundred recurring speakers plus a stream of new names, ten quotes, five key
// points, a URL and one or two topics each. Deterministic for a seed, so both backends get the
// same store.
import type { DocumentBrief, SourceDocument } from "../../src/core/schemas.ts";
import type { Topic } from "../../src/core/topic.ts";

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ne",
  "tor",
  "vas",
  "qui",
  "ber",
  "sun",
  "dal",
  "rey",
  "fo",
  "gin",
  "pla",
];

/** 4,000 made-up words; word k is the k-th most common. */
export const VOCABULARY = Array.from({ length: 4000 }, (_, i) => {
  let word = "";
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});

/** A small deterministic random source (mulberry32: its low bits do not cycle as an LCG's do). */
export function seeded(seed = 42): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The speakers most quotes come from: "Given Surname", also known by the surname. */
export const SPEAKERS = Array.from({ length: 300 }, (_, i) => ({
  name: `${capital(VOCABULARY[i + 50]!)} ${capital(VOCABULARY[i + 900]!)}`,
  alias: capital(VOCABULARY[i + 900]!),
}));

/** The bench's topics. */
export const TOPICS: Topic[] = ["alpha", "beta", "gamma"].map((slug) => ({
  slug,
  title: slug,
  description: "",
  match: { keywords: [], actors: [], minActors: 2 },
  feeds: [],
}));

/** Document `i`: its source, brief and topics. */
export function syntheticDocument(
  i: number,
  random: (n: number) => number,
): { document: SourceDocument; brief: DocumentBrief; topics: string[] } {
  const zipf = () =>
    VOCABULARY[
      Math.min(
        VOCABULARY.length - 1,
        Math.floor(Math.exp((random(1_000_000) / 1_000_000) * Math.log(VOCABULARY.length))) - 1,
      )
    ]!;
  const sentence = (length: number) => Array.from({ length }, zipf).join(" ");
  // Bodies from uniformly drawn words: no two are near-duplicates (their quotes all count).
  const uniform = (length: number) =>
    Array.from({ length }, () => VOCABULARY[random(VOCABULARY.length)]).join(" ");
  const body = `Document ${i}. ${uniform(80)}. ${uniform(60)}.`;
  const date = `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const document: SourceDocument = {
    id: `synthetic-${i}`,
    title: `Document ${i}`,
    date,
    source: "Bench Wire",
    url: `https://bench.example/story/${i}`,
    license: null,
    author: null,
    body,
  };
  const speakers = [SPEAKERS[random(SPEAKERS.length)]!, SPEAKERS[random(SPEAKERS.length)]!];
  // Every document also names someone new and an organisation seen now and then.
  const newcomer = `${capital(VOCABULARY[1000 + (i % 2000)]!)} ${capital(VOCABULARY[3000 + (i % 997)]!)}`;
  const organisation = `${capital(VOCABULARY[200 + random(100)]!)} Council`;
  const brief: DocumentBrief = {
    document: { id: document.id, title: document.title, date, source: "Bench Wire", url: document.url },
    keyPoints: Array.from({ length: 5 }, (_, k) => ({ text: sentence(12), sentence: k, score: 1 - k / 10 })),
    actors: [
      ...speakers.map((s) => ({
        name: s.name,
        type: "person" as const,
        aliases: [s.alias],
        mentions: 2,
        roles: [],
      })),
      { name: newcomer, type: "person", aliases: [], mentions: 1, roles: ["spokesperson"] },
      { name: organisation, type: "org", aliases: [], mentions: 1, roles: [] },
    ],
    quotes: Array.from({ length: 10 }, (_, q) => {
      const text = sentence(8 + random(12));
      return {
        text,
        speaker: { name: speakers[q % 2]!.name, type: "person" as const },
        sentence: q,
        start: 0,
        end: text.length,
      };
    }),
  };
  const topics = i % 5 === 0 ? ["alpha", "beta"] : [TOPICS[i % 3]!.slug];
  return { document, brief, topics };
}
