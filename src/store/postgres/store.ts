// The Store port on PostgreSQL. Repeated reads are answered from a per-replica cache while the
// store version (bumped by every write, on any replica) stays the same (read-cache.ts).
// Writes of one document are one transaction that first takes a transaction-level advisory lock,
// so that writers on every replica run one at a time, as on SQLite: dedupe, near-duplicate links
// and actor merging then see every committed document.
import { StoryIndex } from "../../core/brief/story-index.ts";
import type { TopicBrief } from "../../core/brief/topic-brief.ts";
import type {
  ActorProfile,
  ActorSuggestion,
  AddDocumentOptions,
  AddDocumentResult,
  Clock,
  QuoteHit,
  QuoteQuery,
  RemovedDocument,
  Store,
  StoredBrief,
  StoreHealth,
  SuggestOptions,
  TopicBriefOptions,
  TopicDocument,
  TopicSummary,
} from "../../core/ports.ts";
import { type DocumentBrief, ENGINE_VERSION, type SourceDocument } from "../../core/schemas.ts";
import type { Topic } from "../../core/topic.ts";
import { prepareDocument } from "../prepared-document.ts";
import { actorProfile, listActors, listSpeakers } from "./actor-queries.ts";
import { type CopiedDocument, importDocuments, insertDocuments } from "./bulk-import.ts";
import { type Pool, type Queryable, rows, transaction } from "./db.ts";
import * as documents from "./documents.ts";
import { KnownActors } from "./extracts.ts";
import * as memberships from "./memberships.ts";
import { searchQuotes, topicBrief } from "./queries.ts";
import { BUMP_VERSION, VersionedReadCache } from "./read-cache.ts";
import { assignStories, hasUnassigned, rebuildStories } from "./stories.ts";
import * as topics from "./topics.ts";

/** The advisory lock key that serialises document writes across replicas. */
const WRITE_LOCK = 7_261_011_302;

/** The PostgreSQL store; `pool` is shared with the digest ports of the same database. */
export class PostgresStore implements Store {
  readonly pool: Pool;
  private readonly clock: Clock;
  private readonly known = new KnownActors();
  /** The story groupers of this process (see story-index.ts); dropped when a write fails. */
  private readonly stories = new StoryIndex();
  private readonly cache: VersionedReadCache;
  private closed = false;
  private bulk = false;

  constructor(pool: Pool, clock: Clock) {
    this.pool = pool;
    this.clock = clock;
    this.cache = new VersionedReadCache(pool);
  }

  /**
   * Runs `fn` in one transaction holding the write lock and bumping the store version (every
   * replica's read cache then starts over at commit); the actors it learnt are kept only on commit.
   * BEGIN, the lock and the bump go in one round trip.
   */
  private async write<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    try {
      // A bulk copy does not wait for each commit's flush to disk (see bulkLoad).
      const durability = this.bulk ? "SET LOCAL synchronous_commit = off; " : "";
      const result = await transaction(
        this.pool,
        fn,
        `BEGIN; ${durability}SELECT pg_advisory_xact_lock(${WRITE_LOCK}); ${BUMP_VERSION}`,
      );
      this.known.commit();
      return result;
    } catch (error) {
      this.known.rollback();
      this.stories.forget();
      throw error;
    } finally {
      this.cache.invalidate();
    }
  }

  /**
   * For `briefbot migrate-store` only: document writes stop waiting for the disk flush of their
   * commit (synchronous_commit off for those transactions), which is most of a small write's
   * time. A server crash may then lose the last moments of the copy, never corrupt it, and the
   * copy is resumable: run again, it adds what is missing.
   */
  bulkLoad(on: boolean): void {
    this.bulk = on;
  }

  async upsertTopic(topic: Topic): Promise<void> {
    try {
      await transaction(
        this.pool,
        (db) => topics.upsertTopic(db, topic, this.clock()),
        `BEGIN; ${BUMP_VERSION}`,
      );
    } finally {
      this.cache.invalidate();
    }
  }

  async listTopics(): Promise<TopicSummary[]> {
    return this.cache.get("topics", () => topics.listTopics(this.pool));
  }

  async getTopic(slug: string): Promise<Topic | null> {
    return topics.getTopic(this.pool, slug);
  }

  async requireTopics(slugs: readonly string[]): Promise<void> {
    await topics.requireTopics(this.pool, slugs);
  }

  async addDocument(
    document: SourceDocument,
    brief: DocumentBrief | null,
    topicSlugs: readonly string[],
    options: AddDocumentOptions = {},
  ): Promise<AddDocumentResult> {
    const prepared = prepareDocument(document, brief, topicSlugs, options, this.clock());
    await topics.requireTopics(this.pool, prepared.topics);
    return this.write(async (db) => {
      const { result } = await documents.insertDocument(db, this.known, prepared);
      // The document (or its first copy) joins a story of each topic it now counts in.
      for (const topic of prepared.topics) await assignStories(db, this.stories, topic);
      return result;
    });
  }

  /**
   * Stores documents in order, each as addDocument would, in one transaction (migrate-store's
   * batches): all of them or, when one fails, none.
   */
  async addDocuments(
    items: ReadonlyArray<{
      document: SourceDocument;
      brief: DocumentBrief | null;
      topics: readonly string[];
      options?: AddDocumentOptions;
    }>,
  ): Promise<AddDocumentResult[]> {
    if (items.length === 0) return [];
    const now = this.clock();
    const prepared = items.map((item) =>
      prepareDocument(item.document, item.brief, item.topics, item.options ?? {}, now),
    );
    await topics.requireTopics(this.pool, [...new Set(prepared.flatMap((item) => item.topics))]);
    return this.write((db) => insertDocuments(db, this.known, this.stories, prepared));
  }

  /**
   * Copies documents as another store kept them (migrate-store), in order, in one transaction:
   * links, memberships and story assignments as given (see importDocuments). The target must hold
   * no document the source lacks; the caller checks.
   */
  async importDocuments(docs: readonly CopiedDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await topics.requireTopics(this.pool, [
      ...new Set(docs.flatMap((doc) => doc.memberships.map((m) => m.topic))),
    ]);
    await this.write((db) => importDocuments(db, this.known, docs));
    // Assignments were written as the source numbered them, not in this process's order: the
    // next write of a topic replays it from the database.
    this.stories.forget();
  }

  async getDocument(id: string): Promise<StoredBrief | null> {
    return documents.getDocument(this.pool, id);
  }

  async hasUrl(url: string): Promise<boolean> {
    return documents.hasUrl(this.pool, url);
  }

  async getSource(id: string): Promise<SourceDocument | null> {
    return documents.getSource(this.pool, id);
  }

  async staleDocumentIds(options: { engineVersion?: string; all?: boolean } = {}): Promise<string[]> {
    return documents.staleDocumentIds(
      this.pool,
      options.engineVersion ?? ENGINE_VERSION,
      options.all === true,
    );
  }

  async replaceBrief(id: string, brief: DocumentBrief): Promise<void> {
    await this.write((db) => documents.replaceBrief(db, this.known, id, brief, this.clock()));
  }

  async rebuildStories(topic?: string): Promise<{ documents: number; stories: number }> {
    if (topic !== undefined) await topics.requireTopics(this.pool, [topic]);
    return this.write((db) => rebuildStories(db, this.stories, topic));
  }

  async documentsAddedSince(topic: string, since: Date, until?: Date): Promise<StoredBrief[]> {
    await topics.requireTopics(this.pool, [topic]);
    return documents.documentsAddedSince(this.pool, topic, since, until);
  }

  async topicDocuments(slug: string): Promise<TopicDocument[]> {
    await topics.requireTopics(this.pool, [slug]);
    return memberships.topicDocuments(this.pool, slug);
  }

  async documentIds(): Promise<string[]> {
    return memberships.documentIds(this.pool);
  }

  async setRuleTopics(
    id: string,
    topicSlugs: readonly string[],
  ): Promise<{ joined: string[]; left: string[] }> {
    await topics.requireTopics(this.pool, topicSlugs);
    return this.write(async (db) => {
      const changed = await memberships.setRuleTopics(db, id, topicSlugs);
      // A document that joined a topic by its rules joins a story there too.
      for (const topic of changed.joined) await assignStories(db, this.stories, topic);
      return changed;
    });
  }

  async removeDocument(id: string): Promise<RemovedDocument | null> {
    return this.write((db) => memberships.removeDocument(db, id));
  }

  async getSetting(key: string): Promise<string | null> {
    return memberships.getSetting(this.pool, key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    await memberships.setSetting(this.pool, key, value);
  }

  async topicBrief(slug: string, options: TopicBriefOptions): Promise<TopicBrief> {
    // Documents stored before stories were kept (or matched to the topic later) get theirs now.
    if (await hasUnassigned(this.pool, slug)) await this.write((db) => assignStories(db, this.stories, slug));
    // Recency weights move slowly: briefs asked within the same minute share one answer (as on SQLite).
    const minute = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 60_000) : "");
    const key = `brief:${slug}:${minute(options.now)}:${minute(options.since)}:${JSON.stringify([options.limits ?? {}, options.story])}`;
    return this.cache.get(key, async () => {
      const topic = await topics.getTopic(this.pool, slug);
      if (!topic) {
        await topics.requireTopics(this.pool, [slug]);
        throw new Error("unreachable: requireTopics throws for an unknown topic");
      }
      // One read-only transaction: one snapshot for all of the brief's statements, and no
      // parallel plans (each statement reads a bounded number of rows; starting workers cost more
      // than they saved, most of all on a busy machine).
      return transaction(
        this.pool,
        (db) => topicBrief(db, topic, options),
        "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0",
      );
    });
  }

  async searchQuotes(query: QuoteQuery): Promise<QuoteHit[]> {
    return this.cache.get(`quotes:${JSON.stringify(query)}`, () => searchQuotes(this.pool, query));
  }

  async actorProfile(
    name: string,
    options: { topic?: string; limit?: number } = {},
  ): Promise<ActorProfile | null> {
    if (options.topic !== undefined) await topics.requireTopics(this.pool, [options.topic]);
    return this.cache.get(`who:${JSON.stringify([name, options.topic, options.limit])}`, () =>
      actorProfile(this.pool, name, options),
    );
  }

  async listSpeakers(options: SuggestOptions = {}): Promise<string[]> {
    return listSpeakers(this.pool, options);
  }

  async listActors(options: SuggestOptions = {}): Promise<ActorSuggestion[]> {
    return listActors(this.pool, options);
  }

  poolStats(): { total: number; idle: number; waiting: number } {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  /** Whether the database answers and takes writes (not a read-only standby), within the pool's timeout. */
  async ping(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, reason: "the store is closed" };
    try {
      const [row] = await rows<{ read_only: string }>(this.pool, "SHOW transaction_read_only");
      if (row?.read_only === "on") return { ok: false, reason: "not writable: the database is read-only" };
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: `not reachable: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Its cached answers and story groupers go with it.
    this.cache.invalidate();
    this.stories.forget();
    await this.pool.end();
  }
}
