// Answers to repeated reads (/topics, /brief of a large topic) kept until the database changes.
// Commands run their SQL on the event loop, so a busy channel asking for the same brief again and
// again would otherwise redo the same work for every request. At most 256 answers and about 16 MB
// of them are kept (cached-answers.ts).
import { CachedAnswers } from "../cached-answers.ts";

/** The part of a connection the cache reads (better-sqlite3's `pragma`): only src/store/sqlite* imports the driver. */
interface PragmaSource {
  pragma(source: string, options: { simple: true }): unknown;
}

/**
 * A cache that forgets everything when the database changes: after a write through this
 * connection (`invalidate()`), or a commit by any other connection or process, which SQLite
 * signals through `PRAGMA data_version`.
 */
export class ReadCache {
  private readonly entries = new CachedAnswers();
  private dataVersion = -1;

  constructor(private readonly db: PragmaSource) {}

  /** The cached answer for `key`, or `compute()` stored under it. */
  get<T>(key: string, compute: () => T): T {
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (version !== this.dataVersion) {
      this.entries.clear();
      this.dataVersion = version;
    }
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = compute();
    this.entries.set(key, value);
    return value;
  }

  /** Forgets every answer (this connection wrote; data_version only tracks other connections). */
  invalidate(): void {
    this.entries.clear();
  }
}
