// A worker thread of the extract pool: language check and extraction, the CPU-heavy part of
// ingest, off the thread that writes the store.
import { parentPort } from "node:worker_threads";
import { extractBrief } from "../core/brief/extract-brief.ts";
import type { SourceDocument } from "../core/schemas.ts";
import { detectLanguage } from "./language.ts";

parentPort?.on("message", (message: { id: number; document: SourceDocument }) => {
  try {
    const language = detectLanguage(message.document.body);
    const brief = language === "en" ? extractBrief(message.document) : null;
    parentPort?.postMessage({ id: message.id, language, brief });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
