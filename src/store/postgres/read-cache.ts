// Answers to repeated reads (/topics, /brief of a large topic, /quotes, /who) shared by nothing:
// each replica keeps its own, good only while the store's version (a row every write bumps in
// its transaction, migration 3) is the one it read. Checking it is one primary-key read, much
// cheaper than a topic brief; a document ingested on any replica (or by `briefbot ingest`) moves
// the version at commit, so the next read on every replica recomputes. At most 256 answers and
// about 16 MB of them are kept (cached-answers.ts).
import { CachedAnswers } from "../cached-answers.ts";
import { type Queryable, rows } from "./db.ts";

/** Bumps the store version; run inside every write transaction (visible to others at commit). */
export const BUMP_VERSION = "UPDATE store_version SET version = version + 1 WHERE id = 1";

/** A read cache keyed by the store version. */
export class VersionedReadCache {
  private readonly entries = new CachedAnswers();
  private version: number | null = null;

  constructor(private readonly db: Queryable) {}

  /** The cached answer for `key` at the current version, or `compute()` stored under it. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const [row] = await rows<{ version: number }>(this.db, "SELECT version FROM store_version WHERE id = 1");
    const version = row?.version ?? -1;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = await compute();
    // A write (seen by a read that started meanwhile) moved the version on: this answer may be
    // older than the cache's version now, so it is not kept.
    if (this.version !== version) return value;
    this.entries.set(key, value);
    return value;
  }

  /** Forgets every answer (this replica wrote). */
  invalidate(): void {
    this.entries.clear();
    this.version = null;
  }
}
