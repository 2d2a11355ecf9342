// The Store port on SQLite (better-sqlite3): every method answers a Promise, as the port says,
// over a synchronous driver. Writes of one document are one IMMEDIATE transaction, so a crash
// leaves it whole or absent; repeated reads are answered from a cache until the database changes.
import type Database from "better-sqlite3";
import { StoryIndex } from "../../core/brief/story-index.ts";
import type { TopicBrief } from "../../core/brief/topic-brief.ts";
import type {
  ActorProfile,
  ActorSuggestion,
  AddDocumentOptions,
  AddDocumentResult,
  Clock,
  NewDocument,
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
import * as documents from "./documents.ts";
import { storeError } from "./errors.ts";
import { forgetKnownRows } from "./extracts.ts";
import { pingSqlite } from "./health.ts";
import * as memberships from "./memberships.ts";
import { searchQuotes, topicBrief } from "./queries.ts";
import { ReadCache } from "./read-cache.ts";
import { assignStories, hasUnassigned, rebuildStories } from "./stories.ts";
import * as topics from "./topics.ts";

/** The SQLite store. `db` is for the other SQLite ports on the same connection and SQLite's own tests. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly clock: Clock;
  private readonly cache: ReadCache;
  /** The story groupers of this process (see story-index.ts); dropped when a write fails. */
  private readonly stories = new StoryIndex();

  constructor(db: Database.Database, clock: Clock) {
    this.db = db;
    this.clock = clock;
    this.cache = new ReadCache(db);
  }

  /** Runs `fn` in one IMMEDIATE transaction; a failure forgets the rows cached during it. */
  private write<T>(fn: () => T): T {
    this.cache.invalidate();
    try {
      return this.db.transaction(fn).immediate();
    } catch (error) {
      forgetKnownRows(this.db);
      this.stories.forget();
      throw storeError(error);
    }
  }

  async upsertTopic(topic: Topic): Promise<void> {
    this.cache.invalidate();
    topics.upsertTopic(this.db, topic, this.clock());
  }

  async listTopics(): Promise<TopicSummary[]> {
    return this.cache.get("topics", () => topics.listTopics(this.db));
  }

  async getTopic(slug: string): Promise<Topic | null> {
    return topics.getTopic(this.db, slug);
  }

  async requireTopics(slugs: readonly string[]): Promise<void> {
    topics.requireTopics(this.db, slugs);
  }

  async addDocument(
    document: SourceDocument,
    brief: DocumentBrief | null,
    topicSlugs: readonly string[],
    options: AddDocumentOptions = {},
  ): Promise<AddDocumentResult> {
    const [result] = await this.addDocuments([{ document, brief, topics: topicSlugs, options }]);
    return result!;
  }

  async addDocuments(items: readonly NewDocument[]): Promise<AddDocumentResult[]> {
    if (items.length === 0) return [];
    const prepared = items.map((item) =>
      prepareDocument(item.document, item.brief, item.topics, item.options ?? {}, this.clock()),
    );
    topics.requireTopics(this.db, [...new Set(prepared.flatMap((one) => one.topics))]);
    return this.write(() =>
      prepared.map((one) => {
        const { result, added } = documents.insertDocument(this.db, one);
        // The document (or its first copy) joins a story of each topic it now counts in; the brief
        // of a document just added is at hand, not read back from its row.
        const inHand = added !== null && one.brief ? new Map([[added, one.brief]]) : undefined;
        for (const topic of one.topics) assignStories(this.db, this.stories, topic, inHand);
        return result;
      }),
    );
  }

  async getDocument(id: string): Promise<StoredBrief | null> {
    return documents.getDocument(this.db, id);
  }

  async hasUrl(url: string): Promise<boolean> {
    return documents.hasUrl(this.db, url);
  }

  async getSource(id: string): Promise<SourceDocument | null> {
    return documents.getSource(this.db, id);
  }

  async staleDocumentIds(options: { engineVersion?: string; all?: boolean } = {}): Promise<string[]> {
    return documents.staleDocumentIds(this.db, options.engineVersion ?? ENGINE_VERSION, options.all === true);
  }

  async replaceBrief(id: string, brief: DocumentBrief): Promise<void> {
    this.write(() => documents.replaceBrief(this.db, id, brief, this.clock()));
  }

  async rebuildStories(topic?: string): Promise<{ documents: number; stories: number }> {
    if (topic !== undefined) topics.requireTopics(this.db, [topic]);
    return this.write(() => rebuildStories(this.db, this.stories, topic));
  }

  async documentsAddedSince(topic: string, since: Date, until?: Date): Promise<StoredBrief[]> {
    topics.requireTopics(this.db, [topic]);
    return documents.documentsAddedSince(this.db, topic, since, until);
  }

  async topicDocuments(slug: string): Promise<TopicDocument[]> {
    topics.requireTopics(this.db, [slug]);
    return memberships.topicDocuments(this.db, slug);
  }

  async documentIds(): Promise<string[]> {
    return memberships.documentIds(this.db);
  }

  async setRuleTopics(
    id: string,
    topicSlugs: readonly string[],
  ): Promise<{ joined: string[]; left: string[] }> {
    topics.requireTopics(this.db, topicSlugs);
    return this.write(() => {
      const changed = memberships.setRuleTopics(this.db, id, topicSlugs);
      // A document that joined a topic by its rules joins a story there too.
      for (const topic of changed.joined) assignStories(this.db, this.stories, topic);
      return changed;
    });
  }

  async removeDocument(id: string): Promise<RemovedDocument | null> {
    return this.write(() => memberships.removeDocument(this.db, id));
  }

  async getSetting(key: string): Promise<string | null> {
    return memberships.getSetting(this.db, key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.write(() => memberships.setSetting(this.db, key, value));
  }

  async topicBrief(slug: string, options: TopicBriefOptions): Promise<TopicBrief> {
    const topic = topics.getTopic(this.db, slug);
    if (!topic) topics.requireTopics(this.db, [slug]);
    // Documents stored before stories were kept (or matched to the topic later) get theirs now.
    if (hasUnassigned(this.db, slug)) this.write(() => assignStories(this.db, this.stories, slug));
    // Recency weights move slowly: briefs asked within the same minute share one answer.
    const minute = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 60_000) : "");
    const key = `brief:${slug}:${minute(options.now)}:${minute(options.since)}:${JSON.stringify([options.limits ?? {}, options.story])}`;
    return this.cache.get(key, () => topicBrief(this.db, topic!, options));
  }

  async searchQuotes(query: QuoteQuery): Promise<QuoteHit[]> {
    return this.cache.get(`quotes:${JSON.stringify(query)}`, () => searchQuotes(this.db, query));
  }

  async actorProfile(
    name: string,
    options: { topic?: string; limit?: number } = {},
  ): Promise<ActorProfile | null> {
    if (options.topic !== undefined) topics.requireTopics(this.db, [options.topic]);
    return this.cache.get(`who:${JSON.stringify([name, options.topic, options.limit])}`, () =>
      actorProfile(this.db, name, options),
    );
  }

  async listSpeakers(options: SuggestOptions = {}): Promise<string[]> {
    return listSpeakers(this.db, options);
  }

  async listActors(options: SuggestOptions = {}): Promise<ActorSuggestion[]> {
    return listActors(this.db, options);
  }

  async ping(): Promise<StoreHealth> {
    return pingSqlite(this.db);
  }

  async close(): Promise<void> {
    // A closed store answers nothing more: its cached answers and story groupers go with it.
    this.cache.invalidate();
    this.stories.forget();
    if (this.db.open) this.db.close();
  }
}
