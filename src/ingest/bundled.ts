// Loads the topics of briefs/ into the store at start: each topic.yaml upserted, each bundled
// document ingested into its topic. Idempotent: a second start finds every document stored and
// extracts nothing.
import type { Store } from "../core/ports.ts";
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";
import type { InvalidTopic } from "../core/topic.ts";
import { type IngestSummary, ingestSources, summarise } from "./ingest.ts";
import { readTopicFolders } from "./topics.ts";

/** Options of loadBundledBriefs. */
export interface BundledOptions {
  maxBytes?: number;
  extract?: (document: SourceDocument) => DocumentBrief;
}

/** Upserts every valid topic under `briefsDir` and ingests its docs/; bad topic files are returned, skipped. */
export async function loadBundledBriefs(
  store: Store,
  briefsDir: string,
  options: BundledOptions = {},
): Promise<{ topics: string[]; summary: IngestSummary; invalid: InvalidTopic[] }> {
  const { folders, invalid } = await readTopicFolders(briefsDir);
  for (const folder of folders) await store.upsertTopic(folder.topic);
  const items = [];
  for (const folder of folders) {
    if (folder.documents.length === 0) continue;
    const summary = await ingestSources(folder.documents, {
      store,
      topics: [folder.topic.slug],
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.extract === undefined ? {} : { extract: options.extract }),
    });
    items.push(...summary.items);
  }
  return { topics: folders.map((folder) => folder.topic.slug), summary: summarise(items), invalid };
}
