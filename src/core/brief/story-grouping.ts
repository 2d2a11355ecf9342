// Grouping documents into stories (the same event across sources and days) from what their
// extracts already hold: actors weighted by how distinctive they are, distinctive words of the
// title and key points, and how close the dates are. Incremental: documents are taken in date
// order and each joins the story it is most similar to, or starts one, so adding documents one by
// one at ingest gives the same stories as grouping them all at once. Pure and deterministic.
import type { DocumentRef } from "../ports.ts";
import type { ActorType, Speaker } from "../schemas.ts";
import {
  FEATURE_WEIGHING,
  FeatureCounts,
  type FeatureKind,
  type Features,
  norm,
  type Vector,
} from "./story-features.ts";

export { contentTerms } from "./story-features.ts";

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
  /** How features are weighed (title words against key-point words, background documents). */
  weighing: FEATURE_WEIGHING,
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

/** A story while grouping: its documents in the order they joined and its summed features. */
export interface StoryGroup {
  /** Stable id: taken from the story's first document. */
  id: string;
  /** Its documents in the order they joined; empty when the grouper keeps ids only (StoryIndex). */
  members: StoryDocument[];
  firstDay: string;
  lastDay: string;
  actors: Vector;
  words: Vector;
  /** The protagonists of its members. */
  protagonists: Set<number>;
  /** 0, 1, 2...: the order stories were started in (ties go to the older). */
  order: number;
}

const DAY_MS = 86_400_000;

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

const someIn = (keys: ReadonlySet<number>, vector: Vector): boolean => {
  for (const key of keys) if (vector.has(key)) return true;
  return false;
};

/** A document's vector with each feature's weight looked up once (not once per story compared). */
interface Weighed {
  ids: number[];
  values: number[];
  idfs: number[];
}

const byDayThenId = (a: StoryDocument, b: StoryDocument): number =>
  a.day.localeCompare(b.day) || a.document.id.localeCompare(b.document.id);

/** Story id from its first document's id: short, stable, safe in a command (`story:<id>`). */
export const storyIdOf = (documentId: string): string =>
  documentId
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 12) || "story";

/** What a StoryGrouper counts of its own work (tests bound it; nothing reads it to decide). */
export interface GroupingWork {
  /** Documents added or placed. */
  documents: number;
  /** Stories a document was compared with (its candidates), summed over documents. */
  comparisons: number;
  /** Features of stories re-weighed to get their lengths, summed. */
  normFeatures: number;
}

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
  private readonly postings: Record<FeatureKind, Array<StoryGroup[] | undefined>> = { a: [], w: [] };
  /** Stories' idf-weighed lengths, valid while the weights' generation and the story stay the same. */
  private norms = new Map<StoryGroup, { a: number; w: number }>();

  private readonly counts = new FeatureCounts();
  private normsGeneration = 0;
  /** The story of each document grouped so far, by document id. */
  private readonly storyOfDocument = new Map<string, StoryGroup>();
  /** Whether stories keep their member documents (summaries need them; ingest's index does not). */
  private readonly keepMembers: boolean;

  readonly work: GroupingWork = { documents: 0, comparisons: 0, normFeatures: 0 };

  /**
   * `keepMembers: false` keeps of each document only its id and story: a store process groups
   * every document of its topics for as long as it runs and reads members from the database.
   */
  constructor(options: { keepMembers?: boolean } = {}) {
    this.keepMembers = options.keepMembers ?? true;
  }

  /** Whether a document with this id was grouped. */
  has(documentId: string): boolean {
    return this.storyOfDocument.has(documentId);
  }

  /** The story a grouped document is in, or undefined. */
  storyOf(documentId: string): StoryGroup | undefined {
    return this.storyOfDocument.get(documentId);
  }

  /** How many documents were grouped. */
  get documentCount(): number {
    return this.storyOfDocument.size;
  }

  /** Adds a document and returns the story it joined or started. */
  add(doc: StoryDocument): StoryGroup {
    const f = this.count(doc);
    const scores = this.scores(doc.day, f);
    let best: StoryGroup | null = null;
    let bestScore = STORY_GROUPING.threshold;
    // The best candidate, ties going to the older story: the result is deterministic (and the
    // same as looking through every story in order, without the scan).
    for (const [story, score] of scores) {
      if (score >= bestScore && (score > bestScore || best === null || story.order < best.order)) {
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
    const f = this.count(doc);
    const story = this.byId.get(id) ?? this.start(id, doc.day);
    this.ids.add(id);
    this.join(story, doc, f);
    return story;
  }

  private count(doc: StoryDocument): Features {
    const f = this.counts.featuresOf(doc);
    this.work.documents++;
    this.counts.add(f);
    if (this.counts.generation !== this.normsGeneration) {
      this.norms = new Map();
      this.normsGeneration = this.counts.generation;
    }
    return f;
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
    if (this.keepMembers) best.members.push(doc);
    this.storyOfDocument.set(doc.document.id, best);
    this.recent.delete(best);
    this.recent.set(best, true);
    if (this.recent.size > STORY_GROUPING.recentStories) {
      this.recent.delete(this.recent.keys().next().value!);
    }
    if (f.protagonist !== null) best.protagonists.add(f.protagonist);
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
    const actors = this.weighed("a", f.actors);
    const words = this.weighed("w", f.words);
    const scores = new Map<StoryGroup, number>();
    for (const story of this.candidates(actors, words)) {
      this.work.comparisons++;
      const n = this.storyNorms(story);
      const a = docA > 0 && n.a > 0 ? dot(actors, story.actors) / (docA * n.a) : 0;
      const w = docW > 0 && n.w > 0 ? dot(words, story.words) / (docW * n.w) : 0;
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

  private weighed(kind: FeatureKind, vector: Vector): Weighed {
    const out: Weighed = { ids: [], values: [], idfs: [] };
    for (const [id, value] of vector) {
      out.ids.push(id);
      out.values.push(value);
      out.idfs.push(this.counts.idf(kind, id));
    }
    return out;
  }

  /**
   * The stories worth comparing a document with: those that share most of its distinctive features
   * (a first pass over the lists of stories holding each), and the few that grew last (a story
   * that dominates a topic has no feature distinctive within it). Common features count in the
   * comparison itself, with their low weight; features that too many stories hold are left out of
   * the first pass, which keeps ingest fast however many stories a topic has.
   */
  private candidates(actors: Weighed, words: Weighed): Set<StoryGroup> {
    const S = STORY_GROUPING;
    const partial = new Map<StoryGroup, number>();
    for (const [kind, vector] of [
      ["a", actors],
      ["w", words],
    ] as const) {
      for (let i = 0; i < vector.ids.length; i++) {
        const w = vector.idfs[i]!;
        const holders = this.postings[kind][vector.ids[i]!];
        if (w < S.minIdf || !holders || holders.length > S.maxHolders) continue;
        const value = vector.values[i]!;
        for (const story of holders) partial.set(story, (partial.get(story) ?? 0) + value * w * w);
      }
    }
    const best = [...partial]
      .sort((a, b) => b[1] - a[1] || a[0].order - b[0].order)
      .slice(0, S.candidates)
      .map(([story]) => story);
    return new Set([...best, ...this.recent.keys()]);
  }

  private storyNorms(story: StoryGroup): { a: number; w: number } {
    let n = this.norms.get(story);
    if (!n) {
      this.work.normFeatures += story.actors.size + story.words.size;
      n = { a: norm(story.actors, "a", this.counts), w: norm(story.words, "w", this.counts) };
      this.norms.set(story, n);
    }
    return n;
  }

  private merge(story: StoryGroup, kind: FeatureKind, into: Vector, from: Vector): void {
    const postings = this.postings[kind];
    for (const [id, value] of from) {
      const before = into.get(id);
      into.set(id, (before ?? 0) + value);
      if (before === undefined) {
        const list = postings[id];
        if (list) list.push(story);
        else postings[id] = [story];
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

/** Dot product of a document's weighed vector and a story's, weighed by idf squared. */
function dot(doc: Weighed, story: Vector): number {
  let sum = 0;
  for (let i = 0; i < doc.ids.length; i++) {
    const other = story.get(doc.ids[i]!);
    if (other === undefined) continue;
    const w = doc.idfs[i]!;
    sum += doc.values[i]! * other * w * w;
  }
  return sum;
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
