// Grouping documents into stories (the same event across sources and days) from what their
// extracts already hold: actors weighted by how distinctive they are, distinctive words of the
// title and key points, and how close the dates are. Incremental: documents are taken in date
// order and each joins the story it is most similar to, or starts one, so adding documents one by
// one at ingest gives the same stories as grouping them all at once. Pure and deterministic.
import { COMMON_WORDS } from "../data/common-words.ts";
import type { DocumentRef } from "../ports.ts";
import type { ActorType, Speaker } from "../schemas.ts";

/** What grouping and story summaries need of one document (all from its stored extract). */
export interface StoryDocument {
  document: DocumentRef;
  /** The document's day (its date, or the day it was added), YYYY-MM-DD. */
  day: string;
  actors: ReadonlyArray<{ name: string; type: ActorType; mentions: number }>;
  /** Best first, as the extract ranked them. */
  keyPoints: ReadonlyArray<{ text: string; sentence: number; score: number }>;
  quotes: ReadonlyArray<{ text: string; speaker: Speaker | null; sentence: number }>;
}

/** The tunable constants of grouping (general grounds; see docs/quality.md for the figures). */
export const STORY_GROUPING = {
  /** Share of the similarity that comes from actors; the rest comes from words. */
  actorShare: 0.5,
  /** A document joins a story at this similarity or above. */
  threshold: 0.13,
  /** Days outside a story's span after which the similarity is halved (a story may pause for
   * weeks: a storm's aftermath, the next step of a proceeding; after six weeks of silence an
   * article like it is more likely the next event of the kind). Chosen from a plateau: 40 to 60
   * days with thresholds 0.13 to 0.14 score alike on eval/stories (docs/quality.md). */
  halfGapDays: 45,
  /** Weight of a title word against a key-point word. */
  titleWeight: 2,
  /** Unrelated documents assumed beside the grouped ones when weighing features (see idf). */
  backgroundDocuments: 10,
  /** Only features at least this distinctive (ln N/df; about a third of the documents or fewer)
   * find the stories to compare a document with; the others weigh in the comparison only. */
  minIdf: 1,
  /** The stories that grew last are always compared with (see StoryGrouper.candidates)... */
  recentStories: 20,
  /** ...and the ones sharing most distinctive features with the document, */
  candidates: 40,
  /** counting features that at most this many stories hold. */
  maxHolders: 200,
  /** Similarity factor when neither side names the other's protagonist. */
  strangers: 0.5,
};

type Vector = Map<string, number>;

interface Features {
  actors: Vector;
  words: Vector;
  /** The actor the document is most about (most mentions), or null. */
  protagonist: string | null;
}

/** A story while grouping: its documents in the order they joined and its summed features. */
export interface StoryGroup {
  /** Stable id: taken from the story's first document. */
  id: string;
  members: StoryDocument[];
  firstDay: string;
  lastDay: string;
  actors: Vector;
  words: Vector;
  /** The protagonists of its members. */
  protagonists: Set<string>;
  /** 0, 1, 2...: the order stories were started in (ties go to the older). */
  order: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DAY_MS = 86_400_000;

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

const featureCache = new WeakMap<StoryDocument, Features>();

/** A document's features (computed once per document object). */
function featuresOf(doc: StoryDocument): Features {
  const cached = featureCache.get(doc);
  if (cached) return cached;
  const features = computeFeatures(doc);
  featureCache.set(doc, features);
  return features;
}

function computeFeatures(doc: StoryDocument): Features {
  const actors: Vector = new Map();
  for (const actor of doc.actors) {
    const key = actorKey(actor);
    // More mentions, more weight, but slowly: a name said ten times is not ten times the story.
    actors.set(key, (actors.get(key) ?? 0) + 1 + Math.log(Math.max(1, actor.mentions)));
  }
  const words: Vector = new Map();
  const add = (text: string, weight: number) => {
    for (const term of contentTerms(text)) words.set(term, (words.get(term) ?? 0) + weight);
  };
  add(doc.document.title, STORY_GROUPING.titleWeight);
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
  const protagonist = lead ? actorKey(lead) : null;
  return { actors, words, protagonist };
}

/** How many documents carry each actor and word; grouping weighs features by its inverse. */
export class FeatureCounts {
  documents = 0;
  /** Bumped each time the weights are recomputed; cached lengths of older generations are stale. */
  generation = 0;
  private refreshedAt = 0;
  private readonly counts = { a: new Map<string, number>(), w: new Map<string, number>() };
  private readonly cache = { a: new Map<string, number>(), w: new Map<string, number>() };

  /** Counts one document's features. */
  add(doc: StoryDocument): void {
    const f = featuresOf(doc);
    this.documents++;
    for (const key of f.actors.keys()) this.counts.a.set(key, (this.counts.a.get(key) ?? 0) + 1);
    for (const key of f.words.keys()) this.counts.w.set(key, (this.counts.w.get(key) ?? 0) + 1);
    // Weights move little with one more document among thousands: they are recomputed once the
    // documents grew by a twentieth (every document while there are few), so that a story's
    // weighed length stays valid between and ingest does not redo it for every story each time.
    if (this.documents >= this.refreshedAt + Math.max(1, Math.floor(this.refreshedAt / 20))) {
      this.refreshedAt = this.documents;
      this.generation++;
      this.cache.a.clear();
      this.cache.w.clear();
    }
  }

  /** Inverse document frequency: 0 for a feature every document has, higher the rarer it is. */
  idf(kind: "a" | "w", key: string): number {
    const cached = this.cache[kind].get(key);
    if (cached !== undefined) return cached;
    const df = this.counts[kind].get(key) ?? 0;
    // As if a few unrelated documents were there too: in a small set (a young topic, the first
    // documents at ingest) a feature all its documents share still sets them apart from other news.
    const idf = Math.max(0, Math.log((this.refreshedAt + STORY_GROUPING.backgroundDocuments) / (df + 1)));
    this.cache[kind].set(key, idf);
    return idf;
  }
}

/** Day numbers already parsed: a document is compared with up to sixty stories' spans. */
const dayNumbers = new Map<string, number>();

const dayNumber = (day: string): number => {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const time = Date.parse(`${day}T00:00:00Z`);
    n = Number.isNaN(time) ? 0 : Math.floor(time / DAY_MS);
    // Days are few (one a calendar day); the bound keeps odd input from growing the map forever.
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
};

/** Days between a day and a story's span (0 inside it). */
function gapDays(day: string, story: StoryGroup): number {
  const d = dayNumber(day);
  const first = dayNumber(story.firstDay);
  const last = dayNumber(story.lastDay);
  return d < first ? first - d : d > last ? d - last : 0;
}

const someIn = (keys: ReadonlySet<string>, vector: Vector): boolean => {
  for (const key of keys) if (vector.has(key)) return true;
  return false;
};

/** Length of a vector weighed by idf. */
function norm(vector: Vector, kind: "a" | "w", counts: FeatureCounts): number {
  let sum = 0;
  for (const [key, value] of vector) {
    const x = value * counts.idf(kind, key);
    sum += x * x;
  }
  return Math.sqrt(sum);
}

const byDayThenId = (a: StoryDocument, b: StoryDocument): number =>
  a.day.localeCompare(b.day) || a.document.id.localeCompare(b.document.id);

/** Story id from its first document's id: short, stable, safe in a command (`story:<id>`). */
export const storyIdOf = (documentId: string): string =>
  documentId
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 12) || "story";

/**
 * Groups documents incrementally: `add` puts one document into the most similar story or starts
 * one. Documents should arrive in date order (groupStories sorts them); features are weighed by
 * how many of the documents before carry them.
 */
export class StoryGrouper {
  readonly stories: StoryGroup[] = [];
  private readonly ids = new Set<string>();
  private readonly byId = new Map<string, StoryGroup>();
  /** The stories that grew last, the latest last (a Map keeps insertion order). */
  private readonly recent = new Map<StoryGroup, true>();
  /** Which stories hold each feature, so a document is compared only with stories it shares with. */
  private readonly postings = { a: new Map<string, StoryGroup[]>(), w: new Map<string, StoryGroup[]>() };
  /** Stories' idf-weighed lengths, valid while the weights' generation and the story stay the same. */
  private norms = new Map<StoryGroup, { a: number; w: number }>();

  private readonly counts = new FeatureCounts();
  private normsGeneration = 0;

  /** Ids of the documents grouped so far. */
  readonly documents = new Set<string>();

  /** Adds a document and returns the story it joined or started. */
  add(doc: StoryDocument): StoryGroup {
    this.count(doc);
    const f = featuresOf(doc);
    const scores = this.scores(doc.day, f);
    let best: StoryGroup | null = null;
    let bestScore = STORY_GROUPING.threshold;
    // In story order, ties going to the older story: the result is deterministic.
    for (const story of this.stories) {
      const score = scores.get(story);
      if (score !== undefined && score >= bestScore && (score > bestScore || best === null)) {
        best = story;
        bestScore = score;
      }
    }
    best ??= this.start(this.uniqueId(storyIdOf(doc.document.id)), doc.day);
    this.join(best, doc, f);
    return best;
  }

  /**
   * Puts a document into the story with this id (starting it when there is none), as a stored
   * assignment says: replaying what ingest decided rebuilds the grouper's state after a restart.
   */
  place(doc: StoryDocument, id: string): StoryGroup {
    this.count(doc);
    const story = this.byId.get(id) ?? this.start(id, doc.day);
    this.ids.add(id);
    this.join(story, doc, featuresOf(doc));
    return story;
  }

  private count(doc: StoryDocument): void {
    this.documents.add(doc.document.id);
    this.counts.add(doc);
    if (this.counts.generation !== this.normsGeneration) {
      this.norms = new Map();
      this.normsGeneration = this.counts.generation;
    }
  }

  private start(id: string, day: string): StoryGroup {
    const story: StoryGroup = {
      id,
      members: [],
      firstDay: day,
      lastDay: day,
      actors: new Map(),
      words: new Map(),
      protagonists: new Set(),
      order: this.stories.length,
    };
    this.stories.push(story);
    this.byId.set(id, story);
    return story;
  }

  private join(best: StoryGroup, doc: StoryDocument, f: Features): void {
    best.members.push(doc);
    this.recent.delete(best);
    this.recent.set(best, true);
    if (this.recent.size > STORY_GROUPING.recentStories) {
      this.recent.delete(this.recent.keys().next().value!);
    }
    if (f.protagonist) best.protagonists.add(f.protagonist);
    if (doc.day < best.firstDay) best.firstDay = doc.day;
    if (doc.day > best.lastDay) best.lastDay = doc.day;
    this.merge(best, "a", best.actors, f.actors);
    this.merge(best, "w", best.words, f.words);
    this.norms.delete(best);
  }

  /**
   * Similarity of a document to every story it shares a feature with, in [0, 1]: the cosine of
   * its idf-weighed actors and words with the story's summed ones (a story's vocabulary grows as
   * it goes on, which a single earlier article's does not), discounted by the date gap.
   */
  private scores(day: string, f: Features): Map<StoryGroup, number> {
    const S = STORY_GROUPING;
    const docA = norm(f.actors, "a", this.counts);
    const docW = norm(f.words, "w", this.counts);
    const scores = new Map<StoryGroup, number>();
    for (const story of this.candidates(f)) {
      const n = this.storyNorms(story);
      const a = docA > 0 && n.a > 0 ? this.dot("a", f.actors, story.actors) / (docA * n.a) : 0;
      const w = docW > 0 && n.w > 0 ? this.dot("w", f.words, story.words) / (docW * n.w) : 0;
      let score = (S.actorShare * a + (1 - S.actorShare) * w) / (1 + gapDays(day, story) / S.halfGapDays);
      // Two events of one kind (two storms, two marathons) share words and places but not who or
      // what they are about: when neither side names the other's protagonist, they are different.
      const shared =
        (f.protagonist !== null && story.actors.has(f.protagonist)) || someIn(story.protagonists, f.actors);
      if (!shared) score *= S.strangers;
      scores.set(story, score);
    }
    return scores;
  }

  /**
   * The stories worth comparing a document with: those that share most of its distinctive features
   * (a first pass over the lists of stories holding each), and the few that grew last (a story
   * that dominates a topic has no feature distinctive within it). Common features count in the
   * comparison itself, with their low weight; features that too many stories hold are left out of
   * the first pass, which keeps ingest fast however many stories a topic has.
   */
  private candidates(f: Features): Set<StoryGroup> {
    const S = STORY_GROUPING;
    const partial = new Map<StoryGroup, number>();
    for (const [kind, vector] of [
      ["a", f.actors],
      ["w", f.words],
    ] as const) {
      for (const [key, value] of vector) {
        const w = this.counts.idf(kind, key);
        const holders = this.postings[kind].get(key);
        if (w < S.minIdf || !holders || holders.length > S.maxHolders) continue;
        for (const story of holders) partial.set(story, (partial.get(story) ?? 0) + value * w * w);
      }
    }
    const best = [...partial]
      .sort((a, b) => b[1] - a[1] || a[0].order - b[0].order)
      .slice(0, S.candidates)
      .map(([story]) => story);
    return new Set([...best, ...this.recent.keys()]);
  }

  /** Dot product of a document's and a story's vectors, weighed by idf squared. */
  private dot(kind: "a" | "w", vector: Vector, story: Vector): number {
    let sum = 0;
    for (const [key, value] of vector) {
      const other = story.get(key);
      if (other === undefined) continue;
      const w = this.counts.idf(kind, key);
      sum += value * other * w * w;
    }
    return sum;
  }

  private storyNorms(story: StoryGroup): { a: number; w: number } {
    let n = this.norms.get(story);
    if (!n) {
      n = { a: norm(story.actors, "a", this.counts), w: norm(story.words, "w", this.counts) };
      this.norms.set(story, n);
    }
    return n;
  }

  private merge(story: StoryGroup, kind: "a" | "w", into: Vector, from: Vector): void {
    for (const [key, value] of from) {
      const before = into.get(key);
      into.set(key, (before ?? 0) + value);
      if (before === undefined) {
        const list = this.postings[kind].get(key);
        if (list) list.push(story);
        else this.postings[kind].set(key, [story]);
      }
    }
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

/**
 * Groups a set of documents into stories as ingest does when they arrive in date order: each joins
 * a story or starts one, features weighed by how many of the documents before it carry them. The
 * store's rebuild (`briefbot reindex`) takes them in this same order, so it gives the same ids.
 */
export function groupStories(docs: readonly StoryDocument[]): StoryGroup[] {
  const grouper = new StoryGrouper();
  for (const doc of [...docs].sort(byDayThenId)) grouper.add(doc);
  return grouper.stories;
}
