// The answers a read cache keeps (SQLite's ReadCache, PostgreSQL's VersionedReadCache): at most
// 256, and at most about 16 MB of them, the oldest dropped first. A /brief of a large topic is
// several hundred kilobytes in memory (0.33 MB at 10,000 documents, mostly its stories' document
// lists), so 256 of them would hold about 85 MB for as long as the store does not change; the
// byte bound keeps the cache from being what sets a process's peak memory.

/** How many answers are kept at most. */
export const MAX_ANSWERS = 256;
/** About how many bytes of answers are kept at most (estimated, see weightOf). */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** The weight given to an answer that cannot be measured. */
const UNMEASURED = 64 * 1024;

/**
 * About how many bytes an answer holds in memory: twice the length of its JSON (measured on
 * /brief answers: 152,600 JSON characters held 0.33 MB). Costs about a millisecond for a brief
 * of that size, against the hundred or more it took to compute.
 */
export function weightOf(value: unknown): number {
  try {
    return 2 * (JSON.stringify(value)?.length ?? 0);
  } catch {
    return UNMEASURED;
  }
}

/** Answers by key, bounded in count and in estimated bytes; the oldest goes first. */
export class CachedAnswers {
  private readonly entries = new Map<string, { value: unknown; weight: number }>();
  private total = 0;

  constructor(
    private readonly maxEntries = MAX_ANSWERS,
    private readonly maxBytes = MAX_ANSWER_BYTES,
  ) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): unknown {
    return this.entries.get(key)?.value;
  }

  /** Keeps `value` under `key`, dropping the oldest answers until both bounds hold. */
  set(key: string, value: unknown): void {
    this.delete(key);
    const weight = weightOf(value);
    // An answer larger than the whole budget is not kept.
    if (weight > this.maxBytes) return;
    while (
      this.entries.size > 0 &&
      (this.entries.size >= this.maxEntries || this.total + weight > this.maxBytes)
    ) {
      this.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** How many answers, and about how many bytes of them, are kept. */
  get size(): { answers: number; bytes: number } {
    return { answers: this.entries.size, bytes: this.total };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.weight;
  }
}
