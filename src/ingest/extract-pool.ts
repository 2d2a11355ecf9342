// A pool of worker threads that extract documents in parallel, for big batches: on two cores it
// nearly doubles the ingest rate, since extraction costs several times what storing does.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BriefbotError } from "../core/errors.ts";
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";

/** What a worker returns for one document. */
export interface Extraction {
  language: string;
  brief: DocumentBrief | null;
}

/** Extracts documents on worker threads. */
export interface ExtractPool {
  size: number;
  extract(document: SourceDocument): Promise<Extraction>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (value: Extraction) => void;
  reject: (error: Error) => void;
}

/** The workers a batch may use: one per core, at most `max`. */
export const defaultPoolSize = (max = 4): number => Math.max(1, Math.min(max, availableParallelism()));

/**
 * Starts `size` workers. They load TypeScript through tsx, as the CLI does (bin/briefbot.js). A
 * worker that fails rejects its documents; ingest then extracts them on its own thread.
 */
export function createExtractPool(size = defaultPoolSize()): ExtractPool {
  const workers = Array.from(
    { length: size },
    () =>
      new Worker(new URL("./extract-worker-boot.mjs", import.meta.url), {
        // Extraction keeps little between documents: a small heap keeps the process's RSS down.
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 },
      }),
  );
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  const owner = new Map<number, Worker>();
  let next = 0;
  for (const worker of workers) {
    worker.on(
      "message",
      (message: { id: number; language?: string; brief?: DocumentBrief | null; error?: string }) => {
        const job = pending.get(message.id);
        if (!job) return;
        pending.delete(message.id);
        owner.delete(message.id);
        load.set(worker, (load.get(worker) ?? 1) - 1);
        if (message.error !== undefined)
          job.reject(new BriefbotError("INTERNAL", `extraction failed: ${message.error}`));
        else job.resolve({ language: message.language ?? "und", brief: message.brief ?? null });
      },
    );
    worker.on("error", (error) => {
      for (const [id, job] of pending) {
        if (owner.get(id) !== worker) continue;
        pending.delete(id);
        owner.delete(id);
        job.reject(
          new BriefbotError("INTERNAL", `extraction worker failed: ${error.message}`, { cause: error }),
        );
      }
      load.set(worker, Number.POSITIVE_INFINITY);
    });
  }
  return {
    size,
    extract(document) {
      // The least busy worker takes the document.
      const worker = [...load].sort((a, b) => a[1] - b[1])[0]![0];
      if (load.get(worker) === Number.POSITIVE_INFINITY) {
        return Promise.reject(new BriefbotError("INTERNAL", "every extraction worker has failed"));
      }
      const id = next++;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      owner.set(id, worker);
      return new Promise<Extraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, document });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
