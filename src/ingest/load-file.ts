// One loader for local files, shared by `briefbot ingest` and `briefbot extract`: text files go
// through the document loader (header, front matter, body), HTML files through the article reader,
// both read with the same size limit and decoding. Before, `extract page.html` read the markup as
// text and printed tags as key points while `ingest` parsed it.
import { extname } from "node:path";
import { parseHttpUrl } from "../core/http-url.ts";
import type { SourceDocument } from "../core/schemas.ts";
import { DEFAULT_MAX_DOCUMENT_BYTES, loadDocumentFile, readDocumentText } from "./document-file.ts";
import type { HtmlReadOptions } from "./html-worker.ts";

/** Options of loadSourceFile. */
export interface SourceFileOptions {
  /** Size limit in bytes (BRIEFBOT_MAX_DOCUMENT_BYTES); 5 MB when not given. */
  maxBytes?: number;
  /** How long an HTML file may take to read (html-worker.ts). */
  html?: HtmlReadOptions;
  /** Told about what was dropped from the document (a header URL that is not http or https). */
  onWarning?: (message: string) => void;
}

/** Whether a path names an HTML file (by its extension, as listDocumentFiles picks them). */
export const isHtmlFile = (path: string): boolean => /^\.html?$/i.test(extname(path));

/** Reads one local file (text or HTML) into a document; errors name the file and why. */
export async function loadSourceFile(path: string, options: SourceFileOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (!isHtmlFile(path)) {
    return loadDocumentFile(path, {
      maxBytes,
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
  }
  const html = await readDocumentText(path, maxBytes);
  // Loaded on use: the HTML reader (linkedom, Readability, a worker thread) is heavy.
  const { htmlToDocument } = await import("./html-article.ts");
  const document = await htmlToDocument(html, `file://${path}`, {}, options.html ?? {});
  // A local page has no web address unless it names one (a canonical http(s) link): the file:// URL
  // the reader was given is not a citation anyone else can open.
  if (parseHttpUrl(document.url) !== null) return document;
  return { ...document, url: null, source: document.source || null };
}
