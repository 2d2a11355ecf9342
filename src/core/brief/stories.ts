// A story as a brief shows it: a headline sentence (verbatim, from its best document), its date
// span, its sources, its key points with the same fact from several sources merged ("reported by
// 3 sources"), its main quotes and actors. Built from the groups of story-grouping.ts. Pure.
import type { DocumentRef } from "../ports.ts";
import type { ActorType, Speaker } from "../schemas.ts";
import { groupStories, type StoryDocument, type StoryGroup } from "./story-grouping.ts";
import { type CoverageDay, jaccard, recencyWeight, wordSet } from "./topic-brief.ts";

/** A key point of a story: the fact, where it was first said, and how many sources said it. */
export interface StoryKeyPoint {
  text: string;
  sentence: number;
  document: DocumentRef;
  /** Distinct sources (by name; a document without one counts alone) that reported this fact. */
  sources: number;
  /** Documents that reported it, the cited one first. */
  documents: string[];
}

/** A quote of a story, citing its document. */
export interface StoryQuote {
  text: string;
  speaker: Speaker | null;
  sentence: number;
  document: DocumentRef;
}

/** An actor of a story: in how many of its documents it appears. */
export interface StoryActor {
  name: string;
  type: ActorType;
  documents: number;
  mentions: number;
}

/** One story of a topic: the same event across sources and days. */
export interface Story {
  /** Stable id from the story's first document (`story:<id>`). */
  id: string;
  headline: { text: string; sentence: number; document: DocumentRef };
  firstDay: string;
  lastDay: string;
  documentCount: number;
  sources: { count: number; names: string[] };
  /** Newest first (at most STORY_LIMITS.documents). */
  documents: DocumentRef[];
  /** The ids of all its documents, newest first. */
  documentIds: string[];
  keyPoints: StoryKeyPoint[];
  quotes: StoryQuote[];
  actors: StoryActor[];
  /** Recency and size: the sum of its documents' recency weights. */
  weight: number;
  /** Its documents per day, ascending (the coverage timeline colours them). */
  days: CoverageDay[];
}

/** How many items each story holds. */
export const STORY_LIMITS = { keyPoints: 5, quotes: 3, actors: 6, documents: 10 };

/** Two sentences this similar (word-set Jaccard) report the same fact. */
export const SAME_FACT = 0.5;

const sourceKey = (document: DocumentRef): string =>
  document.source?.trim().toLowerCase() || `doc:${document.id}`;

/** The member that shares most with the others (ties: the earliest): its lead is the headline. */
function bestMember(group: StoryGroup): StoryDocument {
  const sets = group.members.map((member) => {
    const words = new Set<string>();
    for (const actor of member.actors) words.add(`@${actor.name.toLowerCase()}`);
    for (const word of wordSet(member.document.title)) words.add(word);
    return words;
  });
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, i) => {
    let score = 0;
    sets.forEach((other, j) => {
      if (i !== j) score += jaccard(set, other);
    });
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return group.members[best]!;
}

function mergedKeyPoints(members: readonly StoryDocument[], limit: number): StoryKeyPoint[] {
  type Fact = StoryKeyPoint & { words: Set<string>; sourceKeys: Set<string>; rank: number };
  const facts: Fact[] = [];
  // Best-ranked points first across documents: a document's lead before another's fifth point.
  const candidates = members
    .flatMap((member) => member.keyPoints.map((point, rank) => ({ member, point, rank })))
    .sort((a, b) => a.rank - b.rank || b.member.day.localeCompare(a.member.day));
  for (const { member, point, rank } of candidates) {
    const words = wordSet(point.text);
    const same = facts.find((fact) => jaccard(words, fact.words) >= SAME_FACT);
    if (same) {
      if (!same.documents.includes(member.document.id)) same.documents.push(member.document.id);
      same.sourceKeys.add(sourceKey(member.document));
      same.sources = same.sourceKeys.size;
      continue;
    }
    facts.push({
      text: point.text,
      sentence: point.sentence,
      document: member.document,
      sources: 1,
      documents: [member.document.id],
      words,
      sourceKeys: new Set([sourceKey(member.document)]),
      rank,
    });
  }
  return facts
    .map((fact, order) => ({ fact, order }))
    .sort((a, b) => b.fact.sources - a.fact.sources || a.order - b.order)
    .slice(0, limit)
    .map(({ fact: { words: _w, sourceKeys: _s, rank: _r, ...point } }) => point);
}

function storyQuotes(
  members: readonly StoryDocument[],
  actors: readonly StoryActor[],
  limit: number,
): StoryQuote[] {
  const weight = new Map(actors.map((actor) => [actor.name, actor.documents]));
  const all = members.flatMap((member) =>
    member.quotes.map((quote) => ({ ...quote, document: member.document, day: member.day })),
  );
  // Named speakers who matter in the story first, then newer; quotes of readable length.
  all.sort(
    (a, b) =>
      (b.speaker ? 1 + (weight.get(b.speaker.name) ?? 0) : 0) -
        (a.speaker ? 1 + (weight.get(a.speaker.name) ?? 0) : 0) ||
      Number(b.text.length >= 40 && b.text.length <= 300) -
        Number(a.text.length >= 40 && a.text.length <= 300) ||
      b.day.localeCompare(a.day) ||
      a.document.id.localeCompare(b.document.id) ||
      a.sentence - b.sentence,
  );
  const out: StoryQuote[] = [];
  const seen: Set<string>[] = [];
  const perSpeaker = new Map<string, number>();
  for (const quote of all) {
    if (out.length >= limit) break;
    const who = quote.speaker?.name ?? "";
    if ((perSpeaker.get(who) ?? 0) >= 1 && all.length > limit) continue;
    const words = wordSet(quote.text);
    if (seen.some((other) => jaccard(words, other) >= SAME_FACT)) continue;
    seen.push(words);
    perSpeaker.set(who, (perSpeaker.get(who) ?? 0) + 1);
    out.push({
      text: quote.text,
      speaker: quote.speaker,
      sentence: quote.sentence,
      document: quote.document,
    });
  }
  return out;
}

function storyActors(members: readonly StoryDocument[], limit: number): StoryActor[] {
  const tally = new Map<string, StoryActor>();
  for (const member of members) {
    for (const actor of member.actors) {
      const key = `${actor.type}:${actor.name.toLowerCase()}`;
      const entry = tally.get(key) ?? { name: actor.name, type: actor.type, documents: 0, mentions: 0 };
      entry.documents++;
      entry.mentions += actor.mentions;
      tally.set(key, entry);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit);
}

function documentsPerDay(members: readonly StoryDocument[]): CoverageDay[] {
  const days = new Map<string, number>();
  for (const member of members) days.set(member.day, (days.get(member.day) ?? 0) + 1);
  return [...days].sort((a, b) => a[0].localeCompare(b[0])).map(([date, documents]) => ({ date, documents }));
}

/** The summary of one group of documents. */
export function summariseStory(group: StoryGroup, now: Date): Story {
  const members = [...group.members].sort(
    (a, b) => b.day.localeCompare(a.day) || a.document.id.localeCompare(b.document.id),
  );
  const best = bestMember(group);
  const lead = best.keyPoints[0];
  const headline = lead
    ? { text: lead.text, sentence: lead.sentence, document: best.document }
    : { text: best.document.title, sentence: 0, document: best.document };
  const names = new Map<string, string>();
  for (const member of members) {
    const name = member.document.source?.trim();
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  const actors = storyActors(members, STORY_LIMITS.actors);
  return {
    id: group.id,
    headline,
    firstDay: group.firstDay,
    lastDay: group.lastDay,
    documentCount: members.length,
    sources: {
      count: new Set(members.map((m) => sourceKey(m.document))).size,
      names: [...names.values()].sort(),
    },
    documents: members.slice(0, STORY_LIMITS.documents).map((member) => member.document),
    documentIds: members.map((member) => member.document.id),
    keyPoints: mergedKeyPoints(members, STORY_LIMITS.keyPoints),
    quotes: storyQuotes(members, actors, STORY_LIMITS.quotes),
    actors,
    weight: members.reduce((sum, member) => sum + recencyWeight(member.day, now), 0),
    days: documentsPerDay(members),
  };
}

/** The stories of a set of documents, heaviest (recent and large) first. Deterministic. */
export function buildStories(docs: readonly StoryDocument[], now: Date): Story[] {
  return groupStories(docs)
    .map((group) => summariseStory(group, now))
    .sort((a, b) => b.weight - a.weight || b.lastDay.localeCompare(a.lastDay) || a.id.localeCompare(b.id));
}
