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
  threshold: 0.15,
  /** Days outside a story's span after which the similarity is halved (a story may pause for
   * weeks: a storm's aftermath, the next step of a proceeding). */
  halfGapDays: 90,
  /** Weight of a title word against a key-point word. */
  titleWeight: 2,
  /** Unrelated documents assumed beside the grouped ones when weighing features (see idf). */
  backgroundDocuments: 10,
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

function featuresOf(doc: StoryDocument): Features {
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
  readonly counts = new Map<string, number>();

  /** Counts one document's features. */
  add(doc: StoryDocument): void {
    const f = featuresOf(doc);
    this.documents++;
    for (const key of f.actors.keys()) this.bump(`a|${key}`);
    for (const key of f.words.keys()) this.bump(`w|${key}`);
  }

  /** Inverse document frequency: 0 for a feature every document has, higher the rarer it is. */
  idf(kind: "a" | "w", key: string): number {
    const df = this.counts.get(`${kind}|${key}`) ?? 0;
    // As if a few unrelated documents were there too: in a small set (a young topic, the first
    // documents at ingest) a feature all its documents share still sets them apart from other news.
    return Math.max(0, Math.log((this.documents + STORY_GROUPING.backgroundDocuments) / (df + 1)));
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

function cosine(a: Vector, b: Vector, weight: (key: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, value] of a) {
    const w = weight(key);
    const x = value * w;
    na += x * x;
    const other = b.get(key);
    if (other !== undefined) dot += x * other * w;
  }
  for (const [key, value] of b) {
    const x = value * weight(key);
    nb += x * x;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

const dayNumber = (day: string): number => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : Math.floor(time / DAY_MS);
};

/** Days between a day and a story's span (0 inside it). */
function gapDays(day: string, story: StoryGroup): number {
  const d = dayNumber(day);
  const first = dayNumber(story.firstDay);
  const last = dayNumber(story.lastDay);
  return d < first ? first - d : d > last ? d - last : 0;
}

/** Similarity of a document to a story in [0, 1]: actors and words, discounted by the date gap. */
export function storySimilarity(doc: StoryDocument, story: StoryGroup, counts: FeatureCounts): number {
  return similarityOf(doc.day, featuresOf(doc), story, counts);
}

function pairSimilarity(
  f: Pick<Features, "actors" | "words">,
  g: Pick<Features, "actors" | "words">,
  counts: FeatureCounts,
): number {
  const S = STORY_GROUPING;
  const actors = cosine(f.actors, g.actors, (key) => counts.idf("a", key));
  const words = cosine(f.words, g.words, (key) => counts.idf("w", key));
  return S.actorShare * actors + (1 - S.actorShare) * words;
}

function similarityOf(day: string, f: Features, story: StoryGroup, counts: FeatureCounts): number {
  // Against the story's summed features (its centroid): a story's vocabulary grows as it goes on,
  // which a single earlier article's does not.
  let score = pairSimilarity(f, story, counts) / (1 + gapDays(day, story) / STORY_GROUPING.halfGapDays);
  // Two events of one kind (two storms, two marathons) share words and places but not who or what
  // they are about: when neither side names the other's protagonist, they are different stories.
  const shared =
    (f.protagonist !== null && story.actors.has(f.protagonist)) ||
    [...story.protagonists].some((key) => f.actors.has(key));
  if (!shared) score *= STORY_GROUPING.strangers;
  return score;
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
 * one. Documents should arrive in date order (groupStories sorts them); counts can be given
 * (whole-window frequencies) or are built as documents arrive.
 */
export class StoryGrouper {
  readonly stories: StoryGroup[] = [];
  private readonly ownCounts: boolean;
  private readonly ids = new Set<string>();

  constructor(private readonly counts: FeatureCounts = new FeatureCounts()) {
    this.ownCounts = counts.documents === 0;
  }

  /** Adds a document and returns the story it joined or started. */
  add(doc: StoryDocument): StoryGroup {
    if (this.ownCounts) this.counts.add(doc);
    const f = featuresOf(doc);
    let best: StoryGroup | null = null;
    let bestScore = STORY_GROUPING.threshold;
    for (const story of this.stories) {
      const score = similarityOf(doc.day, f, story, this.counts);
      // Ties go to the older story (earlier in the list): the order is deterministic.
      if (score > bestScore || (score === bestScore && best === null)) {
        best = story;
        bestScore = score;
      }
    }
    if (!best) {
      best = {
        id: this.uniqueId(storyIdOf(doc.document.id)),
        members: [],
        firstDay: doc.day,
        lastDay: doc.day,
        actors: new Map(),
        words: new Map(),
        protagonists: new Set(),
      };
      this.stories.push(best);
    }
    best.members.push(doc);
    if (f.protagonist) best.protagonists.add(f.protagonist);
    if (doc.day < best.firstDay) best.firstDay = doc.day;
    if (doc.day > best.lastDay) best.lastDay = doc.day;
    for (const [key, value] of f.actors) best.actors.set(key, (best.actors.get(key) ?? 0) + value);
    for (const [key, value] of f.words) best.words.set(key, (best.words.get(key) ?? 0) + value);
    return best;
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

/** Groups a set of documents into stories, weighing features by their frequency in the set. */
export function groupStories(docs: readonly StoryDocument[]): StoryGroup[] {
  const counts = new FeatureCounts();
  for (const doc of docs) counts.add(doc);
  const grouper = new StoryGrouper(counts);
  for (const doc of [...docs].sort(byDayThenId)) grouper.add(doc);
  return grouper.stories;
}
