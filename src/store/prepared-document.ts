// What both backends compute for a document before they take the write lock: pure CPU work (the
// canonical URL and the near-duplicate signature), kept out of the transaction.
import type { AddDocumentOptions } from "../core/ports.ts";
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";
import { canonicalUrl } from "./canonical-url.ts";
import { minhashSignature } from "./near-duplicate.ts";

/** A document ready for addDocument's transaction. */
export interface PreparedDocument {
  document: SourceDocument;
  brief: DocumentBrief | null;
  topics: string[];
  canonical: string | null;
  signature: Uint32Array | null;
  addedAt: string;
  language: string | undefined;
  /** Topics given explicitly: pinned (see AddDocumentOptions.pinnedTopics). */
  pinned: ReadonlySet<string>;
}

/** Prepares a document for addDocument outside the transaction. */
export function prepareDocument(
  document: SourceDocument,
  brief: DocumentBrief | null,
  topics: readonly string[],
  options: AddDocumentOptions,
  now: Date,
): PreparedDocument {
  return {
    document,
    brief,
    topics: [...new Set(topics)],
    canonical: canonicalUrl(document.url),
    signature: minhashSignature(document.body),
    addedAt: (options.addedAt ?? now).toISOString(),
    language: options.language,
    pinned: new Set(options.pinnedTopics ?? []),
  };
}
