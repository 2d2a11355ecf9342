// How much a key point of one document weighs in the brief of a topic across a window. A brief
// over fifty documents must not be the leads of the newest few: a point weighs
//   its weight in its document (rank and score, keyPointWeight)
// x recency, with a half-life stretched to the window (a year of coverage is not read as a week)
// x its story's size (documents and sources that covered the same event)
// x corroboration (other documents reporting the same fact in other words).
// Pure and deterministic; topic-brief.ts picks from the scores (caps per story and document).
import type { KeyPointCandidate } from "./topic-brief.ts";

/** Days after which a point's weight halves in a short window (as topic-brief.ts's HALF_LIFE_DAYS). */
const BASE_HALF_LIFE_DAYS = 7;
/** In a long window the half-life is this share of the window's span, so older events still count. */
const SPAN_SHARE = 1 / 3;
/** Two sentences of different documents this similar (word-set Jaccard) report the same fact. */
const SAME_FACT = 0.5;
/** At most this many other documents count as corroboration. */
const MAX_CORROBORATION = 3;

/** What the scoring knows of a document's story. */
export interface StoryOfDocument {
  story: string;
  documents: number;
  sources: number;
}

/** A candidate with the weight it carries across the window. */
export interface ScoredPoint {
  candidate: KeyPointCandidate;
  score: number;
}

const DAY_MS = 86_400_000;
const WORD = /[\p{L}\p{N}]+/gu;

const words = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 2));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * For each set, the others at SAME_FACT or more (word-set Jaccard), without comparing every pair:
 * two sets that similar share at least one word among the first |set| - ceil(SAME_FACT x |set|) + 1
 * words of each, taken rarest first (a set of n words shares at least ceil(SAME_FACT x n) with
 * it). Only sets sharing such a word are compared, with the same jaccard as before.
 */
function similarPairs(sets: ReadonlyArray<ReadonlySet<string>>): (i: number) => number[] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const prefixes = sets.map((set) =>
    [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(SAME_FACT * set.size) + 1),
  );
  const holders = new Map<string, number[]>();
  prefixes.forEach((prefix, j) => {
    for (const word of prefix) {
      const list = holders.get(word);
      if (list) list.push(j);
      else holders.set(word, [j]);
    }
  });
  return (i) => {
    const seen = new Set<number>([i]);
    const out: number[] = [];
    for (const word of prefixes[i]!) {
      for (const j of holders.get(word)!) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (jaccard(sets[i]!, sets[j]!) >= SAME_FACT) out.push(j);
      }
    }
    return out;
  };
}

const dayTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The half-life for a window whose documents span `days` (YYYY-MM-DD), in days. */
export function windowHalfLife(days: readonly string[]): number {
  const times = days.map(dayTime).filter((time) => !Number.isNaN(time));
  if (times.length === 0) return BASE_HALF_LIFE_DAYS;
  const span = (Math.max(...times) - Math.min(...times)) / DAY_MS;
  return Math.max(BASE_HALF_LIFE_DAYS, span * SPAN_SHARE);
}

/** 1 for today, 1/2 a half-life ago...; future days count as today; an unreadable day as 1/2. */
function recency(day: string, now: Date, halfLife: number): number {
  const then = dayTime(day);
  if (Number.isNaN(then)) return 0.5;
  return 1 / (1 + Math.max(0, (now.getTime() - then) / DAY_MS) / halfLife);
}

/** How much a story's coverage adds: 1 for one document from one source, more for many. */
export function storySize(story: StoryOfDocument | undefined): number {
  if (!story) return 1;
  return 1 + 0.5 * Math.log2(Math.max(1, story.documents)) + 0.25 * Math.max(0, story.sources - 1);
}

/**
 * Scores every candidate; best first (ties: document id, then sentence). `halfLife` is
 * windowHalfLife of the window's days (the store preselects candidates with the same one).
 */
export function scorePoints(
  candidates: readonly KeyPointCandidate[],
  now: Date,
  stories: ReadonlyMap<string, StoryOfDocument>,
  halfLife: number,
): ScoredPoint[] {
  const sets = candidates.map((candidate) => words(candidate.text));
  const similar = similarPairs(sets);
  return candidates
    .map((candidate, i) => {
      // Other documents that report the same fact (a syndicated sentence, a rewrite).
      const others = new Set<string>();
      for (const j of similar(i)) {
        const other = candidates[j]!;
        if (other.document.id !== candidate.document.id) others.add(other.document.id);
        if (others.size >= MAX_CORROBORATION) break;
      }
      const score =
        candidate.weight *
        recency(candidate.day, now, halfLife) *
        storySize(stories.get(candidate.document.id)) *
        (1 + 0.5 * others.size);
      return { candidate, score };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.document.id.localeCompare(b.candidate.document.id) ||
        a.candidate.sentence - b.candidate.sentence,
    );
}
