// The HTML reader's worker thread: HTML -> document with Readability on linkedom, off the bot's
// thread, so that a page that makes Readability loop can be stopped (html-worker.ts).
import { parentPort } from "node:worker_threads";
import { isBriefbotError } from "../core/errors.ts";
import { type PageHints, readHtmlPage } from "./html-article.ts";

parentPort?.on("message", (message: { id: number; html: string; url: string; hints: PageHints }) => {
  try {
    const document = readHtmlPage(message.html, message.url, message.hints);
    parentPort?.postMessage({ id: message.id, document });
  } catch (error) {
    const coded = isBriefbotError(error);
    parentPort?.postMessage({
      id: message.id,
      error: {
        code: coded ? error.code : "DOCUMENT_INVALID",
        message: coded ? error.message : `${message.url}: the page could not be read as an article`,
      },
    });
  }
});
parentPort?.postMessage({ ready: true });
