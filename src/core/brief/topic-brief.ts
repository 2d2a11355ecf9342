// The brief of a topic across its documents. Pure: the store hands in candidates it selected with
// SQL (so /brief over thousands of documents never re-reads every extract) and the clock is passed
// in. `tallyExtracts` builds the same candidates from whole extracts, for small sets and fakes.
import type { DocumentRef } from "../ports.ts";
import type { ActorType, DocumentBrief, Speaker } from "../schemas.ts";
import { type ActorLink, actorLinks } from "./actor-links.ts";
import { type StoryOfDocument, scorePoints, windowHalfLife } from "./point-importance.ts";
import { buildStories, type Story } from "./stories.ts";
import type { StoryDocument } from "./story-grouping.ts";

/** How many items each part of a topic brief holds. */
export interface TopicBriefLimits {
  keyPoints: number;
  actors: number;
  quotes: number;
  stories: number;
}

/** The default sizes of a topic brief. */
export const DEFAULT_TOPIC_BRIEF_LIMITS: TopicBriefLimits = {
  keyPoints: 8,
  actors: 12,
  quotes: 6,
  stories: 5,
};

/** Days after which a document's weight halves (hyperbolic: 1 / (1 + age / HALF_LIFE_DAYS)). */
export const HALF_LIFE_DAYS = 7;

/** A key point of one document, as a candidate for the topic brief. */
export interface KeyPointCandidate {
  text: string;
  sentence: number;
  /** Weight within its document in [0, 1] (see keyPointWeight). */
  weight: number;
  /** The document's day (its date, or the day it was added), YYYY-MM-DD. */
  day: string;
  document: DocumentRef;
}

/** A quote of one document, as a candidate for the topic brief. */
export interface QuoteCandidate {
  text: string;
  speaker: Speaker | null;
  sentence: number;
  day: string;
  document: DocumentRef;
}

/** An actor merged across the topic's documents. */
export interface ActorTally {
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  mentions: number;
  documents: number;
}

/** Documents per day. */
export interface CoverageDay {
  date: string;
  documents: number;
}

/** What the aggregation needs; the store fills it from SQL. */
export interface TopicBriefInput {
  topic: { slug: string; title: string; description: string };
  now: Date;
  since: Date | null;
  /** Documents in the window, near-duplicates not counted. */
  documentCount: number;
  coverage: CoverageDay[];
  keyPoints: KeyPointCandidate[];
  quotes: QuoteCandidate[];
  /** Actors, already merged across documents, any order. */
  actors: ActorTally[];
  /** Documents stored without a brief (not English), newest first. */
  notExtracted: DocumentRef[];
  /** The window's documents to group into stories (the store may pass only the newest). */
  storyDocuments?: StoryDocument[];
  limits?: Partial<TopicBriefLimits>;
}

/** A key point of the topic, citing its document. */
export interface TopicKeyPoint {
  text: string;
  sentence: number;
  score: number;
  document: DocumentRef;
}

/** A quote of the topic, citing its document. */
export interface TopicQuote {
  text: string;
  speaker: Speaker | null;
  sentence: number;
  score: number;
  document: DocumentRef;
}

/** The brief of a topic across documents: what /brief renders and `brief --json` prints. */
export interface TopicBrief {
  topic: { slug: string; title: string; description: string };
  /** The window's start (YYYY-MM-DD) or null for all time. */
  since: string | null;
  generatedAt: string;
  documentCount: number;
  keyPoints: TopicKeyPoint[];
  actors: ActorTally[];
  quotes: TopicQuote[];
  /** Ascending by date. */
  coverage: CoverageDay[];
  notExtracted: DocumentRef[];
  /** The top stories, by recency and size (see stories.ts). */
  stories: Story[];
  /** How many stories the grouped documents made (more than `stories` shows). */
  storyCount: number;
  /** How many documents were grouped into stories (the newest when the window holds more). */
  storyDocuments: number;
  /** Pairs of the shown actors named in the same documents (of those grouped into stories), strongest first. */
  actorLinks: ActorLink[];
}

const DAY_MS = 86_400_000;

/** YYYY-MM-DD of a time, in UTC. */
export const isoDay = (time: Date): string => time.toISOString().slice(0, 10);

/** 1 for today, 1/2 a half-life ago, 1/3 two half-lives ago...; future days count as today. */
export function recencyWeight(day: string, now: Date): number {
  const then = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(then)) return 0.5;
  const age = Math.max(0, (now.getTime() - then) / DAY_MS);
  return 1 / (1 + age / HALF_LIFE_DAYS);
}

/**
 * Weight of a document's key point in [0, 1]: its score relative to the document's best, blended
 * with its rank, so engines with any score scale compare across documents.
 */
export function keyPointWeight(score: number, bestScore: number, rank: number): number {
  const relative = bestScore > 0 && Number.isFinite(score) ? Math.max(0, Math.min(1, score / bestScore)) : 0;
  return 0.5 * relative + 0.5 / (1 + rank);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case word set of a text, for near-duplicate checks. */
export function wordSet(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 2));
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Two sentences this similar say the same thing (a syndicated copy, a repeated quote). */
const SAME_TEXT = 0.6;

const isRepeat = (words: Set<string>, chosen: readonly Set<string>[]): boolean =>
  chosen.some((other) => jaccard(words, other) >= SAME_TEXT);

/** Where each document's story stands: its id, documents and sources. */
type StoryWeights = ReadonlyMap<string, StoryOfDocument>;

function pickKeyPoints(
  candidates: readonly KeyPointCandidate[],
  now: Date,
  limit: number,
  stories: StoryWeights,
  halfLife: number,
): TopicKeyPoint[] {
  // Importance across the whole window (point-importance.ts): rank in its document, recency on
  // the window's scale, its story's documents and sources, other documents reporting the same fact.
  const scored = scorePoints(candidates, now, stories, halfLife);
  const chosen: TopicKeyPoint[] = [];
  const words: Set<string>[] = [];
  const perDocument = new Map<string, number>();
  const perStory = new Map<string, number>();
  const taken = new Set<KeyPointCandidate>();
  // First one point a story and two a document at most, so the brief spans the coverage; then,
  // when few documents leave room (a young topic), the next best points of any document fill it.
  for (const cap of [
    { story: 1, document: 2 },
    { story: 2, document: 2 },
    { story: Number.POSITIVE_INFINITY, document: Number.POSITIVE_INFINITY },
  ]) {
    for (const { candidate, score } of scored) {
      if (chosen.length >= limit) break;
      if (taken.has(candidate)) continue;
      const used = perDocument.get(candidate.document.id) ?? 0;
      if (used >= cap.document) continue;
      const story = stories.get(candidate.document.id)?.story ?? candidate.document.id;
      const inStory = perStory.get(story) ?? 0;
      if (inStory >= cap.story) continue;
      const set = wordSet(candidate.text);
      if (isRepeat(set, words)) continue;
      chosen.push({
        text: candidate.text,
        sentence: candidate.sentence,
        score,
        document: candidate.document,
      });
      taken.add(candidate);
      words.push(set);
      perDocument.set(candidate.document.id, used + 1);
      perStory.set(story, inStory + 1);
    }
  }
  return chosen;
}

/** Quotes of a length people read, 40 to 300 characters, score best. */
function lengthWeight(text: string): number {
  const length = text.length;
  if (length < 20) return 0.3;
  if (length < 40) return 0.7;
  if (length <= 300) return 1;
  return 0.8;
}

function pickQuotes(
  candidates: readonly QuoteCandidate[],
  actors: readonly ActorTally[],
  now: Date,
  limit: number,
): TopicQuote[] {
  const prominence = new Map<string, number>();
  const top = Math.max(1, ...actors.map((actor) => actor.documents));
  for (const actor of actors) prominence.set(actor.name, actor.documents / top);
  const scored = candidates
    .map((candidate) => {
      const speaker = candidate.speaker ? (prominence.get(candidate.speaker.name) ?? 0) : 0;
      // An unattributed quote can still matter, but a named, prominent speaker matters more.
      const attribution = candidate.speaker ? 0.5 + 0.5 * speaker : 0.25;
      const score = attribution * recencyWeight(candidate.day, now) * lengthWeight(candidate.text);
      return { candidate, score };
    })
    // Attributed quotes first: one whose speaker the text does not establish only fills the rest.
    .sort(
      (a, b) =>
        Number(b.candidate.speaker !== null) - Number(a.candidate.speaker !== null) ||
        b.score - a.score ||
        a.candidate.document.id.localeCompare(b.candidate.document.id),
    );
  const chosen: TopicQuote[] = [];
  const words: Set<string>[] = [];
  const perSpeaker = new Map<string, number>();
  for (const { candidate, score } of scored) {
    if (chosen.length >= limit) break;
    const who = candidate.speaker?.name ?? "";
    const used = perSpeaker.get(who) ?? 0;
    if (used >= 2) continue;
    const set = wordSet(candidate.text);
    if (isRepeat(set, words)) continue;
    chosen.push({
      text: candidate.text,
      speaker: candidate.speaker,
      sentence: candidate.sentence,
      score,
      document: candidate.document,
    });
    words.push(set);
    perSpeaker.set(who, used + 1);
  }
  return chosen;
}

/** Aggregates a topic's candidates into its brief. Deterministic for the same input. */
export function buildTopicBrief(input: TopicBriefInput): TopicBrief {
  const limits = { ...DEFAULT_TOPIC_BRIEF_LIMITS, ...input.limits };
  const actors = [...input.actors]
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limits.actors);
  const stories = buildStories(input.storyDocuments ?? [], input.now);
  const storyWeights = new Map<string, StoryOfDocument>();
  for (const story of stories) {
    const size = { story: story.id, documents: story.documentCount, sources: story.sources.count };
    for (const id of story.documentIds) storyWeights.set(id, size);
  }
  return {
    topic: input.topic,
    since: input.since ? isoDay(input.since) : null,
    generatedAt: input.now.toISOString(),
    documentCount: input.documentCount,
    keyPoints: pickKeyPoints(
      input.keyPoints,
      input.now,
      limits.keyPoints,
      storyWeights,
      windowHalfLife(input.coverage.map((day) => day.date)),
    ),
    actors,
    quotes: pickQuotes(input.quotes, input.actors, input.now, limits.quotes),
    coverage: [...input.coverage].sort((a, b) => a.date.localeCompare(b.date)),
    notExtracted: input.notExtracted,
    stories: stories.slice(0, limits.stories),
    storyCount: stories.length,
    storyDocuments: input.storyDocuments?.length ?? 0,
    actorLinks: actorLinks(actors, input.storyDocuments ?? []),
  };
}

/** One stored extract, as tallyExtracts reads it. */
export interface ExtractRecord {
  document: DocumentRef;
  /** The document's day (its date, or the day it was added). */
  day: string;
  /** Null when the document was not extracted (not English). */
  brief: DocumentBrief | null;
}

const nameKey = (name: string): string => name.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Builds the candidates of buildTopicBrief from whole extracts (small sets, fakes, tests). Actors
 * merge by name and type; a name that is another actor's alias ("Lin") folds into that actor when
 * only one actor of the type claims it.
 */
export function tallyExtracts(
  records: readonly ExtractRecord[],
): Pick<
  TopicBriefInput,
  "documentCount" | "coverage" | "keyPoints" | "quotes" | "actors" | "notExtracted" | "storyDocuments"
> {
  const keyPoints: KeyPointCandidate[] = [];
  const storyDocuments: StoryDocument[] = [];
  const quotes: QuoteCandidate[] = [];
  const days = new Map<string, number>();
  const notExtracted: DocumentRef[] = [];
  const tallies = new Map<string, ActorTally & { seen: Set<string> }>();
  const aliasOwners = new Map<string, Set<string>>();
  for (const record of records) {
    days.set(record.day, (days.get(record.day) ?? 0) + 1);
    if (!record.brief) {
      notExtracted.push(record.document);
      continue;
    }
    storyDocuments.push(storyDocumentOf(record.document, record.day, record.brief));
    const best = Math.max(0, ...record.brief.keyPoints.map((point) => point.score));
    record.brief.keyPoints.forEach((point, rank) => {
      keyPoints.push({
        text: point.text,
        sentence: point.sentence,
        weight: keyPointWeight(point.score, best, rank),
        day: record.day,
        document: record.document,
      });
    });
    for (const quote of record.brief.quotes) {
      quotes.push({
        text: quote.text,
        speaker: quote.speaker,
        sentence: quote.sentence,
        day: record.day,
        document: record.document,
      });
    }
    for (const actor of record.brief.actors) {
      const key = `${actor.type}:${nameKey(actor.name)}`;
      let tally = tallies.get(key);
      if (!tally) {
        tally = { ...actor, aliases: [], roles: [], mentions: 0, documents: 0, seen: new Set() };
        tallies.set(key, tally);
      }
      tally.mentions += actor.mentions;
      if (!tally.seen.has(record.document.id)) {
        tally.seen.add(record.document.id);
        tally.documents++;
      }
      for (const alias of actor.aliases) {
        if (!tally.aliases.includes(alias)) tally.aliases.push(alias);
        const owners = aliasOwners.get(`${actor.type}:${nameKey(alias)}`) ?? new Set<string>();
        owners.add(key);
        aliasOwners.set(`${actor.type}:${nameKey(alias)}`, owners);
      }
      for (const role of actor.roles) if (!tally.roles.includes(role)) tally.roles.push(role);
    }
  }
  // Fold "Lin" (named so in a document that never gave the full name) into Bonny Lin.
  for (const [key, tally] of tallies) {
    const owners = [...(aliasOwners.get(key) ?? [])].filter((owner) => owner !== key);
    const owner = owners.length === 1 ? tallies.get(owners[0]!) : undefined;
    if (!owner) continue;
    owner.mentions += tally.mentions;
    for (const id of tally.seen) {
      if (!owner.seen.has(id)) {
        owner.seen.add(id);
        owner.documents++;
      }
    }
    if (!owner.aliases.includes(tally.name)) owner.aliases.push(tally.name);
    tallies.delete(key);
  }
  return {
    documentCount: records.length,
    coverage: [...days].map(([date, documents]) => ({ date, documents })),
    keyPoints,
    quotes,
    actors: [...tallies.values()].map(({ seen: _seen, ...tally }) => tally),
    notExtracted,
    storyDocuments,
  };
}

/** What story grouping reads of one stored extract. */
export function storyDocumentOf(document: DocumentRef, day: string, brief: DocumentBrief): StoryDocument {
  return { document, day, actors: brief.actors, keyPoints: brief.keyPoints, quotes: brief.quotes };
}
