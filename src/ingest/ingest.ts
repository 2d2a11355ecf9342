// The ingest pipeline: files, folders, web pages and feeds -> documents -> language check ->
// extraction -> topic match -> store. Each item is handled on its own: one bad item is reported
// and the rest go in. The store writes each document in one transaction, except the big batches
// extracted on worker threads, whose ready documents go in together (batch-writer.ts).
import { stat } from "node:fs/promises";
import { BriefbotError } from "../core/errors.ts";
import type { SourceDocument } from "../core/schemas.ts";
import type { Topic } from "../core/topic.ts";
import type { IngestSource } from "../ops/metrics.ts";
import { BatchWriter } from "./batch-writer.ts";
import { parseDocument } from "./document-file.ts";
import { createExtractPool, type Extraction } from "./extract-pool.ts";
import { looksLikeFeed, parseFeedEntries } from "./feed.ts";
import { htmlToDocument } from "./html-article.ts";
import type { HtmlReadOptions } from "./html-worker.ts";
import { type IngestItem, type IngestOptions, ingestDocument, skipped } from "./ingest-item.ts";
import { loadSourceFile } from "./load-file.ts";
import { safeFetch } from "./safe-fetch.ts";
import { listDocumentFiles } from "./topics.ts";

export {
  type IngestItem,
  type IngestOptions,
  type IngestProgress,
  ingestDocument,
} from "./ingest-item.ts";

const htmlRead = (options: IngestOptions): HtmlReadOptions =>
  options.htmlTimeoutMs === undefined ? {} : { timeoutMs: options.htmlTimeoutMs };

/** Counts one item in the metrics, when there are any. */
const recordItem = (options: IngestOptions, item: IngestItem, source: IngestSource): void =>
  options.metrics?.recordIngest(item.status === "skipped" ? "failed" : item.status, source);

/** Batches with at least this many files use the worker pool, when options.workers allows. */
const POOL_THRESHOLD = 32;

/** The outcome of a batch. */
export interface IngestSummary {
  items: IngestItem[];
  added: number;
  duplicates: number;
  nearDuplicates: number;
  notEnglish: number;
  skipped: number;
  /** Documents that went in (added, near-duplicate, not English) but matched no topic. */
  unmatched: number;
}

const isUrl = (text: string): boolean => /^https?:\/\//i.test(text.trim());

/** Summarises items into counts. */
export function summarise(items: IngestItem[]): IngestSummary {
  const count = (status: IngestItem["status"]) => items.filter((item) => item.status === status).length;
  return {
    items,
    added: count("added"),
    duplicates: count("duplicate"),
    nearDuplicates: count("near-duplicate"),
    notEnglish: count("not-english"),
    skipped: count("skipped"),
    unmatched: items.filter(
      (item) => item.status !== "skipped" && item.status !== "duplicate" && (item.topics ?? []).length === 0,
    ).length,
  };
}

/** A page or feed fetched from a URL: one document, or the documents of the feed's items. */
async function ingestUrl(
  url: string,
  options: IngestOptions,
  topics: readonly Topic[],
  grow: (more: number) => void,
  report: (item: IngestItem, kind?: IngestSource) => void,
): Promise<void> {
  const fetchOptions = { ...options.fetch, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const page = await safeFetch(url, fetchOptions);
  if (page.contentType.includes("xml") && looksLikeFeed(page.text)) {
    const entries = parseFeedEntries(page.text, page.url);
    grow(entries.length);
    for (const entry of entries) {
      const source = entry.url ?? `${page.url} (${entry.title ?? "untitled item"})`;
      try {
        if (entry.url && (await options.knownUrl?.(entry.url))) {
          report({ source, status: "duplicate", title: entry.title ?? entry.url }, "feed");
          continue;
        }
        const hints = { title: entry.title, date: entry.date };
        const warnings: string[] = [];
        let document: SourceDocument;
        // A feed that carries the whole article saves a fetch; a summary does not make a brief.
        if (entry.content && entry.content.length >= 1500) {
          document = await htmlToDocument(
            `<html><body><article>${entry.content}</article></body></html>`,
            entry.url ?? page.url,
            hints,
            htmlRead(options),
          );
          if (entry.title) document.title = entry.title;
          if (!entry.url) document.url = null;
        } else if (entry.url) {
          const article = await safeFetch(entry.url, fetchOptions);
          document = await pageToDocument(article, hints, options, warnings);
        } else {
          throw new BriefbotError("DOCUMENT_EMPTY", `${source}: the feed item has no link and no content`);
        }
        report(warned(await ingestDocument(document, source, options, topics), warnings), "feed");
      } catch (error) {
        report(skipped(source, error), "feed");
      }
    }
    return;
  }
  grow(1);
  const warnings: string[] = [];
  const document = await pageToDocument(page, {}, options, warnings);
  report(warned(await ingestDocument(document, url, options, topics), warnings));
}

async function pageToDocument(
  page: { text: string; contentType: string; url: string },
  hints: { title?: string | null; date?: string | null },
  options: IngestOptions,
  warnings: string[],
): Promise<SourceDocument> {
  const { text, contentType, url } = page;
  if (contentType === "text/plain" || contentType === "text/markdown") {
    const document = parseDocument(text, {
      fallbackTitle: hints.title ?? url,
      origin: url,
      onWarning: (message) => warnings.push(message),
    });
    return { ...document, url: document.url ?? url, date: document.date ?? hints.date ?? null };
  }
  return htmlToDocument(text, url, hints, htmlRead(options));
}

/** A local file through the one file loader (load-file.ts), with what it dropped. */
async function loadFile(
  path: string,
  options: IngestOptions,
): Promise<{ document: SourceDocument; warnings: string[] }> {
  const warnings: string[] = [];
  const document = await loadSourceFile(path, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    html: htmlRead(options),
    onWarning: (message) => warnings.push(message),
  });
  return { document, warnings };
}

/** The item with the loader's warnings, when there were any. */
const warned = (item: IngestItem, warnings: readonly string[]): IngestItem =>
  warnings.length > 0 ? { ...item, warnings: [...warnings] } : item;

/** Ingests many files: read and extracted ahead on worker threads, stored here in order. */
async function ingestFilesInPool(
  files: readonly string[],
  options: IngestOptions,
  topics: readonly Topic[],
  report: (item: IngestItem) => void,
): Promise<void> {
  const pool = createExtractPool(options.workers);
  type Ready = { document: SourceDocument; warnings: string[]; prepared?: Extraction } | { error: unknown };
  const start = async (path: string): Promise<Ready> => {
    try {
      const { document, warnings } = await loadFile(path, options);
      // Known documents need no extraction: ingestDocument reports them as duplicates.
      if (await options.store.getDocument(document.id)) return { document, warnings };
      // Without the pool (a worker failed), ingestDocument extracts on this thread.
      const prepared = await pool.extract(document).catch(() => undefined);
      return prepared ? { document, warnings, prepared } : { document, warnings };
    } catch (error) {
      return { error };
    }
  };
  const writer = new BatchWriter(options, topics, (item, ready) =>
    report(warned(item, ready.warnings ?? [])),
  );
  try {
    const ahead = pool.size * 4;
    // In order: queue[0] is always files[i].
    const queue = files.slice(0, ahead).map((file) => settling(start(file)));
    for (let i = 0; i < files.length; i++) {
      const ready = await queue.shift()!.promise;
      const nextFile = files[i + ahead];
      if (nextFile !== undefined) queue.push(settling(start(nextFile)));
      const source = files[i]!;
      if ("error" in ready) {
        await writer.flush();
        report(skipped(source, ready.error));
        continue;
      }
      const { document, prepared, warnings } = ready;
      await writer.add(prepared ? { source, document, prepared, warnings } : { source, document, warnings });
      // Documents extracted while this one was stored go in with it; the batch is written as
      // soon as the next one is still being extracted, so nothing waits for a full batch.
      if (!queue[0]?.settled) await writer.flush();
    }
    await writer.flush();
  } finally {
    await pool.close();
  }
}

/** A promise with whether it has settled yet (a promise cannot be asked). */
function settling<T>(promise: Promise<T>): { promise: Promise<T>; settled: boolean } {
  const entry = { promise, settled: false };
  promise.then(
    () => {
      entry.settled = true;
    },
    () => {
      entry.settled = true;
    },
  );
  return entry;
}

/** Ingests files, folders, page URLs and feed URLs; never throws for one bad item. */
export async function ingestSources(
  sources: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const topics = await options.store.listTopics();
  const items: IngestItem[] = [];
  let total = 0;
  const progress = (current: string) => options.onProgress?.({ done: items.length, total, current });
  const report = (item: IngestItem, kind?: IngestSource) => {
    items.push(item);
    recordItem(options, item, kind ?? (isUrl(item.source) ? "url" : "file"));
    progress(item.source);
  };
  // Expand folders first so the progress bar knows the size of the batch.
  const expanded: string[] = [];
  for (const source of sources) {
    if (isUrl(source)) {
      expanded.push(source);
      continue;
    }
    try {
      const info = await stat(source);
      if (info.isDirectory()) expanded.push(...(await listDocumentFiles(source)));
      else expanded.push(source);
    } catch (error) {
      report(
        skipped(
          source,
          new BriefbotError("DOCUMENT_UNREADABLE", `${source}: no such file or folder`, { cause: error }),
        ),
      );
    }
  }
  total = expanded.filter((source) => !isUrl(source)).length + items.length;
  const files = expanded.filter((source) => !isUrl(source));
  if ((options.workers ?? 0) > 0 && !options.extract && files.length >= POOL_THRESHOLD) {
    await ingestFilesInPool(files, options, topics, report);
    expanded.splice(0, expanded.length, ...expanded.filter(isUrl));
  }
  for (const source of expanded) {
    try {
      if (isUrl(source)) {
        await ingestUrl(
          source,
          options,
          topics,
          (more) => {
            total += more;
          },
          report,
        );
      } else {
        const { document, warnings } = await loadFile(source, options);
        report(warned(await ingestDocument(document, source, options, topics), warnings));
      }
    } catch (error) {
      if (isUrl(source)) total += 1;
      report(skipped(source, error));
    }
  }
  return summarise(items);
}

/** Ingests a text or a link given in chat: the link when the text holds one, else the text itself. */
export async function ingestMessage(text: string, options: IngestOptions): Promise<IngestItem> {
  const link = /https?:\/\/[^\s<>"'`|]+/i.exec(text)?.[0]?.replace(/[).,;:!?]+$/, "");
  if (link) {
    const summary = await ingestSources([link], options);
    const first = summary.items.find((item) => item.status !== "skipped") ?? summary.items[0];
    if (!first) throw new BriefbotError("DOCUMENT_EMPTY", `${link}: nothing to read there`);
    return first;
  }
  const warnings: string[] = [];
  const document = parseDocument(text, {
    fallbackTitle: "Message",
    origin: "the message",
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    onWarning: (message) => warnings.push(message),
  });
  const item = warned(
    await ingestDocument(document, "message", options, await options.store.listTopics()),
    warnings,
  );
  recordItem(options, item, "chat");
  return item;
}
