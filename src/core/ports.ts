// The ports the core and the commands depend on. Implementations live outside src/core
// (src/store for the Store); tests pass real ones or fakes in.

import type { TopicBrief, TopicBriefLimits } from "./brief/topic-brief.ts";
import type { DigestSource, DigestStore } from "./digest/digest-store.ts";
import type { InstallationStore } from "./installations.ts";
import type { Platform } from "./platforms.ts";
import type { Reply } from "./reply.ts";
import type { ActorType, DocumentBrief, SourceDocument, Speaker } from "./schemas.ts";
import type { Topic } from "./topic.ts";

export type {
  ClaimRequest,
  DigestDocument,
  DigestPlatform,
  DigestSource,
  DigestStore,
  LedgerEntry,
  LedgerOutcome,
  LedgerStatus,
  NewSubscription,
  Subscription,
} from "./digest/digest-store.ts";
export type { InstallationStore, SlackInstallation, WorkspaceRef } from "./installations.ts";

/** Returns the current time; passed in so that the core never reads the clock itself. */
export type Clock = () => Date;

/** The outcome of storing one document. */
export interface AddDocumentResult {
  status: "added" | "duplicate" | "near-duplicate" | "not-english";
  documentId: string;
  topics: string[];
  /** For duplicates and near-duplicates: the id of the first copy. */
  duplicateOf?: string | null;
}

/** One document of Store.addDocuments: addDocument's arguments. */
export interface NewDocument {
  document: SourceDocument;
  brief: DocumentBrief | null;
  topics: readonly string[];
  options?: AddDocumentOptions;
}

/** Options of Store.addDocument. */
export interface AddDocumentOptions {
  /** When the document was added (defaults to the store's clock); digests read it. */
  addedAt?: Date;
  /** Detected language: "en" or another code; a null brief marks the document as not extracted. */
  language?: string;
  /**
   * Topics the document was given explicitly (`ingest --topic`, a topic's bundled folder): they stay
   * when the match rules are applied again (rematch). Each must also be among `topics`.
   */
  pinnedTopics?: readonly string[];
}

/** A topic with what the store holds for it. */
export interface TopicSummary extends Topic {
  /** Documents in the topic, near-duplicates not counted. */
  documentCount: number;
  /** ISO time of the last document added to the topic, or null when it has none. */
  lastUpdated: string | null;
}

/** The reference to a document that every citation needs. */
export interface DocumentRef {
  id: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
  license: string | null;
}

/** A stored document's metadata (the body is not returned). */
export interface StoredDocument extends DocumentRef {
  author: string | null;
  /** ISO time when the store added it. */
  addedAt: string;
  /** "en" or another language code ("und" when unknown). */
  language: string;
  /** False when the document was stored without a brief (not English). */
  extracted: boolean;
  /** The first copy when this document is a near-duplicate of it. */
  duplicateOf: string | null;
  topics: string[];
  /** The topics among `topics` it was given explicitly: a rematch keeps it there. */
  pinnedTopics: string[];
}

/** A stored document with its brief (null when not extracted). */
export interface StoredBrief {
  document: StoredDocument;
  brief: DocumentBrief | null;
}

/** Options of Store.topicBrief. */
export interface TopicBriefOptions {
  /** The current time (recency weighting, "7d" windows); the store never reads the clock itself here. */
  now: Date;
  /** Only documents dated (or, undated, added) on or after this time. */
  since?: Date | null;
  /** How many key points, actors, quotes and stories to return (defaults 8, 12, 6, 5). */
  limits?: Partial<TopicBriefLimits>;
  /** Only this story in `stories` (empty when the window has no story with this id). */
  story?: string;
}

/** What /quote asks. `words` may use "phrases" and prefix* words; any text is safe. */
export interface QuoteQuery {
  words: string;
  /** A speaker by name or any alias ("Lin" finds Bonny Lin). */
  speaker?: string;
  topic?: string;
  /** At most this many hits (default 10). */
  limit?: number;
}

/** A quote found by search, with what a citation needs. */
export interface QuoteHit {
  /** The verbatim quote. */
  text: string;
  speaker: Speaker | null;
  /** Index of the sentence in the document body. */
  sentence: number;
  document: DocumentRef;
  /** bm25 rank: lower is better. */
  rank: number;
}

/** An actor offered to autocomplete. */
export interface ActorSuggestion {
  name: string;
  type: ActorType;
  mentions: number;
}

/** Options of the autocomplete lists. */
export interface SuggestOptions {
  /** Case-insensitive prefix of the name or of an alias. */
  prefix?: string;
  topic?: string;
  /** Default 25 (Discord's maximum). */
  limit?: number;
}

/** Everything /who shows about one actor. */
export interface ActorProfile {
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  mentions: number;
  documentCount: number;
  /** Earliest and latest document date (or added date when undated), YYYY-MM-DD. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Most recent first. */
  documents: DocumentRef[];
  quotes: QuoteHit[];
  /** Who appears in the same documents most. */
  coActors: Array<{ name: string; type: ActorType; documents: number }>;
  /** Other actors the name could also mean (an ambiguous alias). */
  otherMatches: string[];
}

/** The topics: what each is about and how documents are matched to it. */
export interface TopicStore {
  /** Creates or updates a topic (its title, description, match rules, feeds). */
  upsertTopic(topic: Topic): Promise<void>;
  /** Every topic with document counts and last update, by slug. */
  listTopics(): Promise<TopicSummary[]>;
  /** One topic, or null. */
  getTopic(slug: string): Promise<Topic | null>;
  /** Throws TOPIC_NOT_FOUND, listing the known topics, unless every slug exists. */
  requireTopics(slugs: readonly string[]): Promise<void>;
}

/** Documents and their extracts: what ingest, reindex and digests write and read. */
export interface DocumentStore {
  /**
   * Stores a document and its brief in one transaction. Deduped by id (body hash) and canonical
   * URL (a duplicate joins the given topics, nothing else changes); a near-duplicate is stored,
   * linked to the first copy and not counted. A null brief stores the document as not extracted.
   * Topics that do not exist throw TOPIC_NOT_FOUND.
   */
  addDocument(
    document: SourceDocument,
    brief: DocumentBrief | null,
    topics: readonly string[],
    options?: AddDocumentOptions,
  ): Promise<AddDocumentResult>;
  /**
   * Stores several documents in one transaction, in the order given, each exactly as addDocument
   * would (a later one sees the earlier ones: a second copy is a duplicate of the first). All or
   * nothing: when one fails, none is stored and the error is thrown. Ingest writes a batch this
   * way: one commit instead of one per document.
   */
  addDocuments(documents: readonly NewDocument[]): Promise<AddDocumentResult[]>;
  /** A document and its brief, or null. */
  getDocument(id: string): Promise<StoredBrief | null>;
  /** The whole stored document (body included), for re-extraction; null when absent. */
  getSource(id: string): Promise<SourceDocument | null>;
  /** Whether a document with this URL (in canonical form) is stored. */
  hasUrl(url: string): Promise<boolean>;
  /**
   * Ids of extracted documents whose brief is missing or from another engine version (every
   * extracted document with `all`), oldest first.
   */
  staleDocumentIds(options?: { engineVersion?: string; all?: boolean }): Promise<string[]>;
  /** Replaces a document's brief with one from the current engine, in one transaction. */
  replaceBrief(id: string, brief: DocumentBrief): Promise<void>;
  /**
   * Regroups the stories of one topic (or every topic) from scratch, documents taken by day and
   * id, as ingest would have grouped them arriving in that order; `briefbot reindex` calls it.
   * Ingest keeps stories itself: each counted, extracted document joins a story of each of its
   * topics (or starts one) in the transaction that stores it.
   */
  rebuildStories(topic?: string): Promise<{ documents: number; stories: number }>;
  /** Documents added to a topic at or after `since` (and before `until`), oldest first, near-duplicates left out. */
  documentsAddedSince(topic: string, since: Date, until?: Date): Promise<StoredBrief[]>;
}

/** One document of a topic, as `briefbot docs <topic>` lists it. */
export interface TopicDocument extends DocumentRef {
  /** ISO time when the store added it. */
  addedAt: string;
  /** In the topic whatever its match rules say (given explicitly). */
  pinned: boolean;
  /** The first copy when this document is a near-duplicate of it (not counted in the topic). */
  duplicateOf: string | null;
}

/** What removing a document took out with it. */
export interface RemovedDocument {
  document: DocumentRef;
  /** The topics it left. */
  topics: string[];
  quotes: number;
  keyPoints: number;
  /** Actors named in it; `actorsRemoved`: those named in no other document, gone from every answer. */
  actors: number;
  actorsRemoved: string[];
  /** Ids of its near-duplicate copies, removed with it. */
  copies: string[];
}

/** Which documents a topic holds, kept right when rules change or a document is taken out. */
export interface MembershipStore {
  /** A topic's documents (near-duplicates too), newest first; throws TOPIC_NOT_FOUND. */
  topicDocuments(slug: string): Promise<TopicDocument[]>;
  /** Ids of every stored document, oldest first. */
  documentIds(): Promise<string[]>;
  /**
   * Makes the document's rule-made memberships exactly `topics` (pinned ones stay), keeping the
   * topic tallies right, in one transaction; unknown topics throw TOPIC_NOT_FOUND.
   */
  setRuleTopics(id: string, topics: readonly string[]): Promise<{ joined: string[]; left: string[] }>;
  /**
   * Removes a document with everything derived from it (quotes and their search rows, key points,
   * actor mentions and roles, topic memberships and tallies) and its near-duplicate copies, in one
   * transaction; null when no document has this id. An actor named nowhere else is in no answer
   * after it (its row stays as an identity, so cached ids stay valid on every replica).
   */
  removeDocument(id: string): Promise<RemovedDocument | null>;
  /** A stored setting (the hash of the topic definitions), or null. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}

/** The brief of a topic across its stored documents (/brief). */
export interface BriefQueries {
  /** The brief of a topic across its documents; throws TOPIC_NOT_FOUND. */
  topicBrief(slug: string, options: TopicBriefOptions): Promise<TopicBrief>;
}

/** Full-text search over stored quotes (/quote) and its autocomplete. */
export interface QuoteSearch {
  /** Full-text quote search, best (bm25) first; never throws on odd user text. */
  searchQuotes(query: QuoteQuery): Promise<QuoteHit[]>;
  /** Speakers of stored quotes for autocomplete, most quoted first. */
  listSpeakers(options?: SuggestOptions): Promise<string[]>;
}

/** Actors across documents (/who) and their autocomplete. */
export interface ActorQueries {
  /** The actor a name or alias means (optionally within a topic: TOPIC_NOT_FOUND when unknown), or null. */
  actorProfile(name: string, options?: { topic?: string; limit?: number }): Promise<ActorProfile | null>;
  /** Actors for autocomplete, most mentioned first. */
  listActors(options?: SuggestOptions): Promise<ActorSuggestion[]>;
}

/** What a store health probe found: ok, or why not. */
export type StoreHealth = { ok: true } | { ok: false; reason: string };

/** The persistent store of documents, extracts, quotes and actors (src/store implements it). */
export interface Store
  extends TopicStore,
    DocumentStore,
    MembershipStore,
    BriefQueries,
    QuoteSearch,
    ActorQueries {
  /** Whether the store can take a write now, without waiting out a lock (/healthz). */
  ping(): Promise<StoreHealth>;
  /** The connection pool's sizes (/metrics), for a store that has one (PostgreSQL). */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** Releases the connection; further calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}

/** Every port one storage backend provides, opened once per process (src/store/open-store.ts). */
export interface StorePorts {
  store: Store;
  /** Subscriptions and the digest delivery ledger. */
  digests: DigestStore;
  /** The documents a digest is made of. */
  digestSource: DigestSource;
  /** Slack installations (tokens per workspace) and the workspace of each channel, for OAuth mode. */
  installations: InstallationStore;
  /** Closes every port (the one connection they share). */
  close(): Promise<void>;
}

/** A message posted to a channel, as the platform identifies it. */
export interface PostedMessage {
  messageId: string;
}

/**
 * Posts replies to channels outside a command (scheduled digests). Each adapter implements it.
 * A failure throws a DeliveryError saying whether to retry, after how long, or to give up.
 */
export interface ChannelPoster {
  platform: Platform;
  /**
   * Posts `reply`; when `thread` is given, posts it as a thread under the first message.
   * `idempotencyKey` (digests: one per subscription and slot) should travel with the message
   * (Slack message metadata, a Discord nonce or footer) so that `findPosted` can find it again.
   */
  post(
    channelId: string,
    reply: Reply,
    options?: { thread?: Reply; idempotencyKey?: string },
  ): Promise<PostedMessage>;
  /**
   * Optional: the message this bot posted recently with `idempotencyKey`, or null. Used after a
   * crash between the platform accepting a digest and the ledger recording it, to avoid a repeat.
   */
  findPosted?(channelId: string, idempotencyKey: string): Promise<PostedMessage | null>;
}
