// The shapes of what commands print with --json, as zod: `briefbot schema <command>` publishes them
// as JSON Schema and a test validates every command's real output against them. They mirror the
// port types (src/core/ports.ts); the type checker holds the two together through run()'s data.
import { z } from "zod";
import { ActorType, DocumentBrief, Speaker } from "../src/core/schemas.ts";
import { TopicFile } from "../src/core/topic.ts";

/** What a citation needs of a document. */
export const DocumentRefData = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  license: z.string().nullable(),
});

/** One item of `extract --json`: the file as given and its brief. */
export const ExtractItemData = DocumentBrief.extend({ file: z.string() });
/** `extract --json`: one item per file, in argument order. */
export const ExtractData = z.array(ExtractItemData);

const Tally = z.object({
  name: z.string(),
  type: ActorType,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.number().int(),
  documents: z.number().int(),
});

/** One story of a topic: the same event across sources and days. */
const StoryData = z.object({
  id: z.string(),
  headline: z.object({ text: z.string(), sentence: z.number().int(), document: DocumentRefData }),
  firstDay: z.string(),
  lastDay: z.string(),
  documentCount: z.number().int(),
  sources: z.object({ count: z.number().int(), names: z.array(z.string()) }),
  documents: z.array(DocumentRefData),
  documentIds: z.array(z.string()),
  keyPoints: z.array(
    z.object({
      text: z.string(),
      sentence: z.number().int(),
      document: DocumentRefData,
      sources: z.number().int(),
      documents: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: Speaker.nullable(),
      sentence: z.number().int(),
      document: DocumentRefData,
    }),
  ),
  actors: z.array(
    z.object({ name: z.string(), type: ActorType, documents: z.number().int(), mentions: z.number().int() }),
  ),
  weight: z.number(),
  days: z.array(z.object({ date: z.string(), documents: z.number().int() })),
});

/** `brief --json`: the brief of a topic across its documents. */
export const TopicBriefData = z.object({
  topic: z.object({ slug: z.string(), title: z.string(), description: z.string() }),
  since: z.string().nullable(),
  generatedAt: z.string(),
  documentCount: z.number().int(),
  keyPoints: z.array(
    z.object({ text: z.string(), sentence: z.number().int(), score: z.number(), document: DocumentRefData }),
  ),
  actors: z.array(Tally),
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: Speaker.nullable(),
      sentence: z.number().int(),
      score: z.number(),
      document: DocumentRefData,
    }),
  ),
  coverage: z.array(z.object({ date: z.string(), documents: z.number().int() })),
  notExtracted: z.array(DocumentRefData),
  stories: z.array(StoryData),
  storyCount: z.number().int(),
  storyDocuments: z.number().int(),
  actorLinks: z.array(z.object({ source: z.string(), target: z.string(), documents: z.number().int() })),
});

/** One quote found by search. */
export const QuoteHitData = z.object({
  text: z.string(),
  speaker: Speaker.nullable(),
  sentence: z.number().int(),
  document: DocumentRefData,
  rank: z.number(),
});

/** `quote --json`: the hits shown and how many matched in all. */
export const QuoteData = z.object({
  /** How many quotes matched (a lower bound when `more` is true). */
  total: z.number().int(),
  /** True when more quotes matched than were counted. */
  more: z.boolean(),
  hits: z.array(QuoteHitData),
});

/** `who --json`: an actor's profile. */
export const ActorProfileData = z.object({
  name: z.string(),
  type: ActorType,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.number().int(),
  documentCount: z.number().int(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  documents: z.array(DocumentRefData),
  quotes: z.array(QuoteHitData),
  coActors: z.array(z.object({ name: z.string(), type: ActorType, documents: z.number().int() })),
  otherMatches: z.array(z.string()),
});

/** `topics --json`: every topic with its document count and last update. */
export const TopicsData = z.array(
  TopicFile.extend({
    slug: z.string(),
    documentCount: z.number().int(),
    lastUpdated: z.string().nullable(),
  }),
);

/** `ingest --json` (and `poll --json`): what happened to each item, and the counts. */
export const IngestData = z.object({
  items: z.array(
    z.object({
      source: z.string(),
      status: z.enum(["added", "duplicate", "near-duplicate", "not-english", "skipped"]),
      documentId: z.string().optional(),
      title: z.string().optional(),
      topics: z.array(z.string()).optional(),
      duplicateOf: z.string().nullable().optional(),
      reason: z.string().optional(),
      code: z.string().optional(),
    }),
  ),
  added: z.number().int(),
  duplicates: z.number().int(),
  nearDuplicates: z.number().int(),
  notEnglish: z.number().int(),
  skipped: z.number().int(),
  /** Documents stored (added, near-duplicate, not English) that matched no topic. */
  unmatched: z.number().int(),
});

/** One document of a topic, as `docs <topic>` lists it. */
export const TopicDocumentData = DocumentRefData.extend({
  addedAt: z.string(),
  /** In the topic whatever its match rules say (given with --topic or bundled in its folder). */
  pinned: z.boolean(),
  /** The first copy when this document is a near-duplicate (not counted in the topic). */
  duplicateOf: z.string().nullable(),
});

/** `docs <topic> --json`: the topic and its documents, newest first. */
export const DocsListData = z.object({
  topic: z.string(),
  documents: z.array(TopicDocumentData),
});

/** `docs remove <id> --json`: what removing one document took out with it. */
export const DocsRemoveData = z.object({
  document: DocumentRefData,
  topics: z.array(z.string()),
  quotes: z.number().int(),
  keyPoints: z.number().int(),
  actors: z.number().int(),
  /** Actors named in no other document: gone from every answer. */
  actorsRemoved: z.array(z.string()),
  /** Near-duplicate copies removed with it. */
  copies: z.array(z.string()),
});

/** `topics rematch --json`: what matching every stored document again changed. */
export const RematchData = z.object({
  documents: z.number().int(),
  changed: z.number().int(),
  topics: z.array(z.object({ slug: z.string(), joined: z.number().int(), left: z.number().int() })),
  unmatched: z.number().int(),
});
