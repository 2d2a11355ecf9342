// Builds the candidates of a topic brief from whole extracts, for small sets, fakes and tests (the
// stores select them with SQL instead), and what story grouping reads of one extract. Pure.
import type { DocumentRef } from "../ports.ts";
import type { DocumentBrief } from "../schemas.ts";
import type { StoryDocument } from "./story-grouping.ts";
import {
  type ActorTally,
  type KeyPointCandidate,
  keyPointWeight,
  type QuoteCandidate,
  type TopicBriefInput,
} from "./topic-brief.ts";

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
