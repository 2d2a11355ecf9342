// The Store port on PostgreSQL. Reads go straight to the pool (no read cache: replicas would have
// to invalidate each other's, and a query here does not block the event loop as SQLite's do).
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
  Store,
  StoredBrief,
  StoreHealth,
  SuggestOptions,
  TopicBriefOptions,
  TopicSummary,
} from "../../core/ports.ts";
import { type DocumentBrief, ENGINE_VERSION, type SourceDocument } from "../../core/schemas.ts";
import type { Topic } from "../../core/topic.ts";
import { actorProfile, listActors, listSpeakers } from "./actor-queries.ts";
import { type Pool, type Queryable, rows, transaction } from "./db.ts";
import * as documents from "./documents.ts";
import { KnownActors } from "./extracts.ts";
import { searchQuotes, topicBrief } from "./queries.ts";
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
  private closed = false;

  constructor(pool: Pool, clock: Clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Runs `fn` in one transaction holding the write lock; the actors it learnt are kept only on commit. */
  private async write<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    try {
      const result = await transaction(this.pool, async (db) => {
        await db.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
        return fn(db);
      });
      this.known.commit();
      return result;
    } catch (error) {
      this.known.rollback();
      this.stories.forget();
      throw error;
    }
  }

  async upsertTopic(topic: Topic): Promise<void> {
    await topics.upsertTopic(this.pool, topic, this.clock());
  }

  async listTopics(): Promise<TopicSummary[]> {
    return topics.listTopics(this.pool);
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
    const prepared = documents.prepareDocument(document, brief, topicSlugs, options, this.clock());
    await topics.requireTopics(this.pool, prepared.topics);
    return this.write(async (db) => {
      const result = await documents.insertDocument(db, this.known, prepared);
      // The document (or its first copy) joins a story of each topic it now counts in.
      for (const topic of prepared.topics) await assignStories(db, this.stories, topic);
      return result;
    });
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

  async topicBrief(slug: string, options: TopicBriefOptions): Promise<TopicBrief> {
    const topic = await topics.getTopic(this.pool, slug);
    if (!topic) {
      await topics.requireTopics(this.pool, [slug]);
      throw new Error("unreachable: requireTopics throws for an unknown topic");
    }
    // Documents stored before stories were kept (or matched to the topic later) get theirs now.
    if (await hasUnassigned(this.pool, slug)) await this.write((db) => assignStories(db, this.stories, slug));
    return topicBrief(this.pool, topic, options);
  }

  async searchQuotes(query: QuoteQuery): Promise<QuoteHit[]> {
    return searchQuotes(this.pool, query);
  }

  async actorProfile(
    name: string,
    options: { topic?: string; limit?: number } = {},
  ): Promise<ActorProfile | null> {
    if (options.topic !== undefined) await topics.requireTopics(this.pool, [options.topic]);
    return actorProfile(this.pool, name, options);
  }

  async listSpeakers(options: SuggestOptions = {}): Promise<string[]> {
    return listSpeakers(this.pool, options);
  }

  async listActors(options: SuggestOptions = {}): Promise<ActorSuggestion[]> {
    return listActors(this.pool, options);
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
    await this.pool.end();
  }
}
