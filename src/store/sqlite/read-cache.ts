// Answers to repeated reads (/topics, /brief of a large topic) kept until the database changes.
// Commands run their SQL on the event loop, so a busy channel asking for the same brief again and
// again would otherwise redo the same work for every request.

/** The part of a connection the cache reads (better-sqlite3's `pragma`): only src/store/sqlite* imports the driver. */
interface PragmaSource {
  pragma(source: string, options: { simple: true }): unknown;
}

/** How many answers are kept at most; the oldest goes first. */
const MAX_ENTRIES = 256;

/**
 * A cache that forgets everything when the database changes: after a write through this
 * connection (`invalidate()`), or a commit by any other connection or process, which SQLite
 * signals through `PRAGMA data_version`.
 */
export class ReadCache {
  private readonly entries = new Map<string, unknown>();
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
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  /** Forgets every answer (this connection wrote; data_version only tracks other connections). */
  invalidate(): void {
    this.entries.clear();
  }
}
