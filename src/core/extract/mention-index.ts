// Lookups over the mentions of one body, sorted by offset, and over its quote spans: which
// mentions fall in a range, whether an offset is inside a quote, the fitting actor named last or
// most often before a point. Shared by speaker resolution and the quote rules.
import type { ActorRecord, Mention } from "./actors.ts";
import type { QuoteSpan } from "./quote-spans.ts";

/** Binary-searched views of the mentions and quote spans of one body. */
export class MentionIndex {
  constructor(
    protected readonly mentions: readonly Mention[],
    protected readonly spans: readonly QuoteSpan[],
  ) {}

  insideQuote(offset: number): boolean {
    const span = this.spans[this.firstSpanAfter(offset) - 1];
    return span !== undefined && offset < span.close;
  }

  /** The quote span that opens at `open`, or null. */
  spanOpening(open: number): QuoteSpan | null {
    const span = this.spans[this.firstSpanAfter(open - 1)];
    return span !== undefined && span.open === open ? span : null;
  }

  /** Index of the first quote span opening after `offset`. */
  protected firstSpanAfter(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.open <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first mention starting at or after `at`. */
  lowerBound(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  mentionsIn(a: number, b: number): Mention[] {
    const out: Mention[] = [];
    for (let k = this.lowerBound(a); k < this.mentions.length && this.mentions[k]!.start < b; k++)
      out.push(this.mentions[k]!);
    return out;
  }

  /** "The court said": of the fitting actors named before `at`, the one named most often so far
   * (the story's court, not one mentioned in passing); the latest on a tie. */
  protected salient(at: number, ok: (actor: ActorRecord) => boolean): ActorRecord | null {
    const counts = new Map<ActorRecord, number>();
    let best: ActorRecord | null = null;
    for (let k = this.lowerBound(at) - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
      const actor = this.mentions[k]!.actor;
      if (!ok(actor)) continue;
      const n = (counts.get(actor) ?? 0) + 1;
      counts.set(actor, n);
      if (!best || n > counts.get(best)!) best = actor;
    }
    return best;
  }

  protected recent(at: number, ok: (actor: ActorRecord, m: Mention) => boolean): ActorRecord | null {
    for (let k = this.lowerBound(at) - 1, seen = 0; k >= 0 && seen < 30; k--, seen++) {
      if (ok(this.mentions[k]!.actor, this.mentions[k]!)) return this.mentions[k]!.actor;
    }
    return null;
  }
}
