// A web page -> a SourceDocument: the article text pulled out with Readability (on linkedom's DOM),
// kept as paragraphs so that sentences and offsets make sense, plus title, date, canonical URL.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BriefbotError, isBriefbotError } from "../core/errors.ts";
import type { SourceDocument } from "../core/schemas.ts";
import { documentId } from "./document-file.ts";
import { type HtmlReadOptions, readHtmlInWorker } from "./html-worker.ts";

/** What the page does not say itself (a feed item may). */
export interface PageHints {
  title?: string | null;
  date?: string | null;
  license?: string | null;
  source?: string | null;
}

// Minimal shapes of the DOM we touch: linkedom's types are loose and the project has no DOM lib.
interface Element {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<Element>;
  querySelector(selector: string): Element | null;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption";

const clean = (text: string): string =>
  text
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, " ")
    .trim();

/** The page's paragraphs, outermost blocks only, joined by blank lines. */
function paragraphs(root: Element): string {
  const out: string[] = [];
  const blocks = [...root.querySelectorAll(BLOCKS)];
  const blockSet = new Set(blocks);
  for (const block of blocks) {
    // Skip a block nested in another block (a <p> inside a <blockquote>): its text is already there.
    let parent = (block as unknown as { parentElement: Element | null }).parentElement;
    let nested = false;
    while (parent) {
      if (blockSet.has(parent)) {
        nested = true;
        break;
      }
      parent = (parent as unknown as { parentElement: Element | null }).parentElement;
    }
    if (nested) continue;
    const text = clean(block.textContent ?? "");
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const text = (root.textContent ?? "")
      .split(/\n\s*\n/)
      .map(clean)
      .filter(Boolean);
    return text.join("\n\n");
  }
  return out.join("\n\n");
}

function metaContent(document: Element, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

const isoDate = (text: string | null | undefined): string | null => {
  if (!text) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
  if (direct) return direct[1]!;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
};

/**
 * Turns an HTML page fetched from `url` into a document, on a worker thread with a time limit:
 * Readability can loop forever on some malformed pages (test/ingest/html-hang.test.ts), and this
 * runs in the bot's process. Throws DOCUMENT_EMPTY when no text is found, DOCUMENT_INVALID when
 * the page cannot be read (or not in time).
 */
export function htmlToDocument(
  html: string,
  url: string,
  hints: PageHints = {},
  options: HtmlReadOptions = {},
): Promise<SourceDocument> {
  return readHtmlInWorker(html, url, hints, options);
}

/** Input the parser cannot cope with as is: linkedom builds no usable document without an <html>. */
const normalise = (html: string): string =>
  /<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;

/**
 * The same, on this thread and with no time limit: for the worker (html-worker-thread.ts) only.
 * Errors of the parser come out as coded errors.
 */
export function readHtmlPage(html: string, url: string, hints: PageHints = {}): SourceDocument {
  try {
    return parsePage(normalise(html), url, hints);
  } catch (error) {
    if (isBriefbotError(error)) throw error;
    throw new BriefbotError("DOCUMENT_INVALID", `${url}: the page could not be read as an article`, {
      cause: error,
    });
  }
}

function parsePage(html: string, url: string, hints: PageHints): SourceDocument {
  const { document } = parseHTML(html);
  const page = document as unknown as Element;
  const canonicalHref = page.querySelector('link[rel="canonical"]')?.getAttribute("href");
  let canonical = url;
  if (canonicalHref) {
    try {
      const resolved = new URL(canonicalHref, url);
      if (resolved.protocol === "http:" || resolved.protocol === "https:") canonical = resolved.href;
    } catch {
      // A broken canonical link: keep the fetched URL.
    }
  }
  const published = metaContent(page, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
  ]);
  const timeElement = page.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const license = page.querySelector('link[rel="license"]')?.getAttribute("href") ?? null;
  const ogTitle = metaContent(page, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const heading = clean(page.querySelector("h1")?.textContent ?? "");
  // Readability changes the DOM it reads; the metadata above is read first.
  const article = new Readability(document as never, { serializer: (node: unknown) => node }).parse();
  const root =
    (article?.content as Element | null | undefined) ?? (page.querySelector("body") as Element | null);
  const body = root ? paragraphs(root) : "";
  if (body.trim() === "")
    throw new BriefbotError("DOCUMENT_EMPTY", `${url}: no article text found on the page`);
  // Page titles often carry the site's name ("Headline | Example News"): the og:title or the
  // page's own heading, when the title contains it, is the headline alone.
  const pageTitle = clean(article?.title ?? "");
  const title =
    (ogTitle ? clean(ogTitle) : "") ||
    (heading && pageTitle.includes(heading) ? heading : "") ||
    pageTitle ||
    hints.title?.trim() ||
    clean(page.querySelector("title")?.textContent ?? "") ||
    new URL(url).hostname;
  return {
    id: documentId(body),
    title,
    date: hints.date ?? isoDate(article?.publishedTime) ?? isoDate(published) ?? isoDate(timeElement),
    source: hints.source ?? article?.siteName?.trim() ?? new URL(canonical).hostname,
    url: canonical,
    license: hints.license ?? license,
    author: article?.byline?.trim() || null,
    body,
  };
}
