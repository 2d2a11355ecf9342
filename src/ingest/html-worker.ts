// Runs the HTML reader on one long-lived worker thread, one page at a time, each with a time limit.
// Readability can loop forever on some malformed pages; on the bot's thread that would freeze every
// platform (the database driver is synchronous too). A page that overruns has its worker terminated
// and a fresh one started for the next page.
import { Worker } from "node:worker_threads";
import { BriefbotError, ERROR_CODES, type ErrorCode } from "../core/errors.ts";
import type { SourceDocument } from "../core/schemas.ts";
import type { PageHints } from "./html-article.ts";

/** How long a page may take to read, by default (ms). */
export const HTML_READ_TIMEOUT_MS = 5000;

/** Options of htmlToDocument. */
export interface HtmlReadOptions {
  /** How long the page may take to read once the reader starts on it (ms); default 5000. */
  timeoutMs?: number;
}

interface Job {
  id: number;
  html: string;
  url: string;
  hints: PageHints;
  timeoutMs: number;
  resolve: (document: SourceDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: Job | null;
  timer: NodeJS.Timeout | null;
}

type Answer =
  | { ready: true }
  | { id: number; document: SourceDocument }
  | { id: number; error: { code: string; message: string } };

const queue: Job[] = [];
let slot: Slot | null = null;
let nextId = 0;

const asCode = (code: string): ErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : "DOCUMENT_INVALID";

/** Drops the current worker (terminated in the background) and rejects the page it was reading. */
function discard(current: Slot, error: BriefbotError | null): void {
  if (slot === current) slot = null;
  if (current.timer) clearTimeout(current.timer);
  const job = current.busy;
  current.busy = null;
  void current.worker.terminate().catch(() => undefined);
  if (job && error) job.reject(error);
}

function spawn(): Slot {
  const worker = new Worker(new URL("./html-worker-boot.mjs", import.meta.url), {
    // A page that blows up the DOM fails alone (DOCUMENT_TOO_LARGE) rather than taking the bot down.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  const current: Slot = { worker, ready: false, busy: null, timer: null };
  worker.on("message", (answer: Answer) => {
    if ("ready" in answer) {
      current.ready = true;
      pump();
      return;
    }
    const job = current.busy;
    if (!job || job.id !== answer.id) return;
    if (current.timer) clearTimeout(current.timer);
    current.busy = null;
    current.timer = null;
    if ("document" in answer) job.resolve(answer.document);
    else job.reject(new BriefbotError(asCode(answer.error.code), answer.error.message));
    pump();
    holdWhileBusy(current);
  });
  const failed = (error: Error | null) => {
    if (current.busy === null && slot !== current) return;
    if (!current.ready) {
      // The reader cannot start: every waiting page fails, rather than respawning without end.
      discard(current, null);
      const waiting = queue.splice(0);
      for (const job of waiting)
        job.reject(new BriefbotError("INTERNAL", "the HTML reader could not start", { cause: error }));
      return;
    }
    const job = current.busy;
    const tooLarge = (error as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
    discard(
      current,
      job
        ? new BriefbotError(
            tooLarge ? "DOCUMENT_TOO_LARGE" : "DOCUMENT_INVALID",
            tooLarge
              ? `${job.url}: the page is too large to read`
              : `${job.url}: the page could not be read as an article`,
            { cause: error },
          )
        : null,
    );
    pump();
  };
  worker.on("error", failed);
  worker.on("exit", () => failed(null));
  // After the listeners: adding a "message" listener refs the worker's port again, and a ref'd port
  // kept every CLI command that read HTML running forever after its work was done.
  worker.unref();
  return current;
}

/** Holds the process open while pages wait or are being read, and never while the reader is idle. */
function holdWhileBusy(current: Slot): void {
  if (current.busy || queue.length > 0) current.worker.ref();
  else current.worker.unref();
}

/** Gives the next waiting page to the reader when it is ready and idle. */
function pump(): void {
  if (queue.length === 0) return;
  if (!slot) slot = spawn();
  const current = slot;
  // A page waiting for the reader to start must keep the process alive too (no timer runs yet).
  holdWhileBusy(current);
  if (!current.ready || current.busy) return;
  const job = queue.shift()!;
  current.busy = job;
  current.timer = setTimeout(() => {
    discard(
      current,
      new BriefbotError("DOCUMENT_INVALID", `${job.url}: the page could not be read as an article in time`),
    );
    pump();
  }, job.timeoutMs);
  current.worker.postMessage({ id: job.id, html: job.html, url: job.url, hints: job.hints });
}

/** Reads a page on the worker thread; see htmlToDocument. */
export function readHtmlInWorker(
  html: string,
  url: string,
  hints: PageHints,
  options: HtmlReadOptions,
): Promise<SourceDocument> {
  const timeoutMs = options.timeoutMs ?? HTML_READ_TIMEOUT_MS;
  return new Promise<SourceDocument>((resolve, reject) => {
    queue.push({ id: nextId++, html, url, hints, timeoutMs, resolve, reject });
    pump();
  });
}

/** Stops the reader's worker (shutdown, tests); the next page starts a new one. */
export async function closeHtmlWorker(): Promise<void> {
  const current = slot;
  if (!current) return;
  slot = null;
  if (current.timer) clearTimeout(current.timer);
  current.busy?.reject(new BriefbotError("INTERNAL", "the HTML reader was stopped"));
  current.busy = null;
  await current.worker.terminate();
}
