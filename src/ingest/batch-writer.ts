// Storing a stream of extracted documents in order, several per write transaction. One commit per
// document cost more than the rest of storing it on SQLite (the commit writes every page the
// document touched, the full-text index flushes a segment), so documents that are ready together
// go in together. Each keeps what storing it alone would give: the same order, the same dedupe
// (a later document of a batch sees the earlier ones), and a batch that fails is written again one
// document at a time, so that one bad document is reported alone and the others go in.
import type { AddDocumentResult, NewDocument } from "../core/ports.ts";
import type { SourceDocument } from "../core/schemas.ts";
import type { Topic } from "../core/topic.ts";
import type { Extraction } from "./extract-pool.ts";
import {
  type IngestItem,
  type IngestOptions,
  ingestDocument,
  itemOf,
  newDocumentOf,
  skipped,
} from "./ingest-item.ts";

/** At most this many documents go in one transaction (a bound on the time the write lock is held). */
export const MAX_BATCH = 32;

/** A loaded document ready to store, with its extraction when a worker made it. */
export interface ReadyDocument {
  source: string;
  document: SourceDocument;
  prepared?: Extraction;
  /** What loading it dropped, reported with its item. */
  warnings?: string[];
}

interface Queued {
  ready: ReadyDocument;
  row: NewDocument;
}

/** Writes documents in the order given to `add`, batching those that are not stored yet. */
export class BatchWriter {
  private queued: Queued[] = [];
  private readonly ids = new Set<string>();
  /** Write transactions asked of the store (tests bound the work with it). */
  transactions = 0;

  constructor(
    private readonly options: IngestOptions,
    private readonly topics: readonly Topic[],
    private readonly report: (item: IngestItem, ready: ReadyDocument) => void,
    private readonly maxBatch = MAX_BATCH,
  ) {}

  /**
   * Queues one document. One already stored, or a second copy of one queued, is stored alone
   * after the queue, as ingestDocument does (a duplicate reports the stored copy). Never throws:
   * a document that fails is reported as skipped.
   */
  async add(ready: ReadyDocument): Promise<void> {
    const { document, source, prepared } = ready;
    try {
      if (this.ids.has(document.id) || (await this.options.store.getDocument(document.id))) {
        await this.flush();
        this.transactions++;
        this.report(await ingestDocument(document, source, this.options, this.topics, prepared), ready);
        return;
      }
      const row = newDocumentOf(document, this.options, this.topics, prepared);
      this.queued.push({ ready, row });
      this.ids.add(document.id);
    } catch (error) {
      await this.flush();
      this.report(skipped(source, error), ready);
      return;
    }
    if (this.queued.length >= this.maxBatch) await this.flush();
  }

  /** Writes what is queued and reports each document, in order. Never throws. */
  async flush(): Promise<void> {
    const batch = this.queued;
    if (batch.length === 0) return;
    this.queued = [];
    this.ids.clear();
    let results: AddDocumentResult[] | null = null;
    try {
      this.transactions++;
      results = await this.options.store.addDocuments(batch.map((one) => one.row));
    } catch {
      // Nothing of the batch was stored (one transaction): each document again alone, below.
    }
    if (results) {
      batch.forEach((one, i) => {
        this.report(itemOf(one.ready.source, one.ready.document, results[i]!), one.ready);
      });
      return;
    }
    for (const { ready, row } of batch) {
      this.transactions++;
      try {
        const [result] = await this.options.store.addDocuments([row]);
        this.report(itemOf(ready.source, ready.document, result!), ready);
      } catch (error) {
        this.report(skipped(ready.source, error), ready);
      }
    }
  }
}
