// One document into the store: what ingest reports for an item, and the steps between a loaded
// document and its row (language, extraction, topic match). ingest.ts walks sources and feeds;
// batch-writer.ts writes many documents per transaction with these same steps.
import { extractBrief } from "../core/brief/extract-brief.ts";
import { type ErrorCode, isBriefbotError } from "../core/errors.ts";
import type { AddDocumentResult, NewDocument, Store } from "../core/ports.ts";
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";
import type { Topic } from "../core/topic.ts";
import { matchTopics } from "../core/topic-match.ts";
import type { Metrics } from "../ops/metrics.ts";
import type { Extraction } from "./extract-pool.ts";
import { detectLanguage } from "./language.ts";
import type { FetchOptions } from "./safe-fetch.ts";

/** How ingest runs. */
export interface IngestOptions {
  store: Store;
  /** Topics every document joins, besides those whose match rules it meets (--topic). */
  topics?: readonly string[];
  /** Fetch policy for links and feeds. */
  fetch?: FetchOptions;
  /** Largest document in bytes (BRIEFBOT_MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** The extraction (ENGINE's extractBrief unless a test passes another). */
  extract?: (document: SourceDocument) => DocumentBrief;
  /** Called after each item, and when a feed or folder adds to the total. */
  onProgress?: (progress: IngestProgress) => void;
  /** Skip a feed item whose link is already stored without fetching it. */
  knownUrl?: (url: string) => Promise<boolean> | boolean;
  /** Extract on this many worker threads when a batch has many local files (0: on this thread). */
  workers?: number;
  /** How long a web page may take to read into article text (ms; default 5000, html-worker.ts). */
  htmlTimeoutMs?: number;
  /** Counts each item for /metrics (a skipped item counts as failed). */
  metrics?: Pick<Metrics, "recordIngest">;
}

/** Progress of a batch. */
export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}

/** What happened to one item. */
export interface IngestItem {
  /** The file, URL or feed item as given or found. */
  source: string;
  status: "added" | "duplicate" | "near-duplicate" | "not-english" | "skipped";
  documentId?: string;
  title?: string;
  topics?: string[];
  duplicateOf?: string | null;
  /** Why an item was skipped, in words, and its code. */
  reason?: string;
  code?: ErrorCode;
  /** What was dropped from a document that went in (a header URL that is not http or https). */
  warnings?: string[];
}

/** An item that did not go in, with why (in words) and its code. */
export const skipped = (source: string, error: unknown): IngestItem => {
  if (isBriefbotError(error)) return { source, status: "skipped", reason: error.message, code: error.code };
  return {
    source,
    status: "skipped",
    reason: error instanceof Error ? error.message : String(error),
    code: "INTERNAL",
  };
};

/**
 * The row of a document not stored yet: its language, its brief (the worker's extraction when
 * there is one, else extracted here) and the topics it joins.
 */
export function newDocumentOf(
  document: SourceDocument,
  options: IngestOptions,
  topics: readonly Topic[],
  prepared?: Extraction,
): NewDocument {
  const extra = options.topics ?? [];
  const language = prepared?.language ?? detectLanguage(document.body);
  const brief = prepared
    ? prepared.brief
    : language === "en"
      ? (options.extract ?? extractBrief)(document)
      : null;
  const joined = [...new Set([...matchTopics(topics, document, brief), ...extra])];
  // Topics given explicitly are pinned: a rematch under changed rules keeps the document there.
  return { document, brief, topics: joined, options: { language, pinnedTopics: extra } };
}

/** What ingest reports for a document the store took. */
export const itemOf = (source: string, document: SourceDocument, result: AddDocumentResult): IngestItem => ({
  source,
  status: result.status,
  documentId: result.documentId,
  title: document.title,
  topics: result.topics,
  duplicateOf: result.duplicateOf ?? null,
});

/** Stores one loaded document: skips extraction when it is already stored. */
export async function ingestDocument(
  document: SourceDocument,
  source: string,
  options: IngestOptions,
  topics: readonly Topic[],
  prepared?: Extraction,
): Promise<IngestItem> {
  const extra = options.topics ?? [];
  const known = await options.store.getDocument(document.id);
  if (known) {
    const result = await options.store.addDocument(document, known.brief, extra, { pinnedTopics: extra });
    return {
      source,
      status: "duplicate",
      documentId: result.documentId,
      title: known.document.title,
      topics: known.document.topics,
      duplicateOf: result.duplicateOf ?? null,
    };
  }
  const row = newDocumentOf(document, options, topics, prepared);
  return itemOf(
    source,
    document,
    await options.store.addDocument(document, row.brief, row.topics, row.options),
  );
}
