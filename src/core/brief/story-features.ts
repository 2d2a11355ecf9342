// What story grouping compares: a document's actors and distinctive words as weighted features,
// and how many documents carry each feature (grouping weighs a feature by its inverse). Features
// are numbered as they first appear, so that the vectors, postings and weights a grouper keeps are
// indexed by small integers: ingest compares each document with up to sixty stories, and string
// keys made every comparison hash and compare text. Pure and deterministic.
import { COMMON_WORDS } from "../data/common-words.ts";
import type { ActorType } from "../schemas.ts";
import type { StoryDocument } from "./story-grouping.ts";

/** Feature number -> weight; iterated in insertion order, like every JS Map. */
export type Vector = Map<number, number>;

/** Actors ("a") and words ("w") are numbered and counted apart. */
export type FeatureKind = "a" | "w";

/** One document's features. */
export interface Features {
  actors: Vector;
  words: Vector;
  /** The actor the document is most about (most mentions), or null. */
  protagonist: number | null;
}

/** Knobs of the weighing (the rest of the grouping constants live in story-grouping.ts). */
export const FEATURE_WEIGHING = {
  /** Weight of a title word against a key-point word. */
  titleWeight: 2,
  /** Unrelated documents assumed beside the grouped ones when weighing features (see idf). */
  backgroundDocuments: 10,
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case content words, plural and possessive endings folded ("protests" = "protest"). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(WORD) ?? []) {
    if (raw.length < 3 || COMMON_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw);
  }
  return out;
}

const actorKey = (actor: { name: string; type: ActorType }): string =>
  `${actor.type}:${actor.name.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** Growable per-feature numbers (counts, cached weights). */
class NumberColumn {
  values: Float64Array;
  constructor(private readonly empty: number) {
    this.values = new Float64Array(256).fill(empty);
  }
  get(id: number): number {
    return id < this.values.length ? this.values[id]! : this.empty;
  }
  set(id: number, value: number): void {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2)).fill(this.empty);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[id] = value;
  }
  clear(): void {
    this.values.fill(this.empty);
  }
}

/**
 * The feature numbers of one grouper and how many documents carry each feature. Weights are
 * recomputed once the documents grew by a twentieth (every document while there are few): one
 * more document among thousands moves them little, and a story's weighed length stays valid in
 * between, so ingest does not redo it for every story each time.
 */
export class FeatureCounts {
  documents = 0;
  /** Bumped each time the weights are recomputed; cached lengths of older generations are stale. */
  generation = 0;
  private refreshedAt = 0;
  private readonly numbers = { a: new Map<string, number>(), w: new Map<string, number>() };
  private readonly counts = { a: new NumberColumn(0), w: new NumberColumn(0) };
  private readonly cache = { a: new NumberColumn(Number.NaN), w: new NumberColumn(Number.NaN) };

  /** The features of a document, numbered in this grouper (new features get the next numbers). */
  featuresOf(doc: StoryDocument): Features {
    const actors: Vector = new Map();
    for (const actor of doc.actors) {
      const id = this.number("a", actorKey(actor));
      // More mentions, more weight, but slowly: a name said ten times is not ten times the story.
      actors.set(id, (actors.get(id) ?? 0) + 1 + Math.log(Math.max(1, actor.mentions)));
    }
    const words: Vector = new Map();
    const add = (text: string, weight: number) => {
      for (const term of contentTerms(text)) {
        const id = this.number("w", term);
        words.set(id, (words.get(id) ?? 0) + weight);
      }
    };
    add(doc.document.title, FEATURE_WEIGHING.titleWeight);
    for (const point of doc.keyPoints) add(point.text, 1);
    // Who the document is about: its most-mentioned person when it names one more than once (a
    // country or an agency is the setting of many events), else its most-mentioned actor.
    const top = (type: ActorType | null) =>
      doc.actors
        .filter((actor) => type === null || actor.type === type)
        .reduce<{ name: string; type: ActorType; mentions: number } | null>(
          (best, actor) => (best === null || actor.mentions > best.mentions ? actor : best),
          null,
        );
    const person = top("person");
    const lead = person && person.mentions >= 2 ? person : top(null);
    const protagonist = lead ? this.number("a", actorKey(lead)) : null;
    return { actors, words, protagonist };
  }

  /** Counts one document's features. */
  add(f: Features): void {
    this.documents++;
    for (const id of f.actors.keys()) this.counts.a.set(id, this.counts.a.get(id) + 1);
    for (const id of f.words.keys()) this.counts.w.set(id, this.counts.w.get(id) + 1);
    if (this.documents >= this.refreshedAt + Math.max(1, Math.floor(this.refreshedAt / 20))) {
      this.refreshedAt = this.documents;
      this.generation++;
      this.cache.a.clear();
      this.cache.w.clear();
    }
  }

  /** Inverse document frequency: 0 for a feature every document has, higher the rarer it is. */
  idf(kind: FeatureKind, id: number): number {
    const cached = this.cache[kind].get(id);
    if (!Number.isNaN(cached)) return cached;
    const df = this.counts[kind].get(id);
    // As if a few unrelated documents were there too: in a small set (a young topic, the first
    // documents at ingest) a feature all its documents share still sets them apart from other news.
    const idf = Math.max(0, Math.log((this.refreshedAt + FEATURE_WEIGHING.backgroundDocuments) / (df + 1)));
    this.cache[kind].set(id, idf);
    return idf;
  }

  /** How many distinct features this grouper has numbered (a bound on the work of one document). */
  featureCount(): number {
    return this.numbers.a.size + this.numbers.w.size;
  }

  private number(kind: FeatureKind, key: string): number {
    const numbers = this.numbers[kind];
    let id = numbers.get(key);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(key, id);
    }
    return id;
  }
}

/** Length of a vector weighed by idf. */
export function norm(vector: Vector, kind: FeatureKind, counts: FeatureCounts): number {
  let sum = 0;
  for (const [id, value] of vector) {
    const x = value * counts.idf(kind, id);
    sum += x * x;
  }
  return Math.sqrt(sum);
}
