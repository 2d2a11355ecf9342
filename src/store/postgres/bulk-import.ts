// Many documents stored in one write transaction (`briefbot migrate-store`). Each goes through the
// same steps as addDocument, in the order given, so dedupe, near-duplicate links, actors and
// stories come out as if they had been added one at a time. What one transaction per document
// repeats is done once per batch: the write lock and version bump, the commit. And a plainly new
// document is put into its topics' stories from what is in memory, the assignments stored in one
// statement per topic at the end, instead of each document's being read back and updated alone.
import type { StoryIndex } from "../../core/brief/story-index.ts";
import { storyDocumentOf } from "../../core/brief/tally-extracts.ts";
import type { AddDocumentResult } from "../../core/ports.ts";
import type { Queryable } from "./db.ts";
import { insertDocument, type PreparedDocument } from "./documents.ts";
import type { KnownActors } from "./extracts.ts";
import { docRef, parseStoredBrief } from "./rows.ts";
import { assignStories, saveAssignments } from "./stories.ts";

/**
 * Stores prepared documents in order; call inside one transaction holding the write lock (the
 * store's write()). Under that lock nothing else assigns stories, so once a topic has been caught
 * up in this batch, the only membership of it waiting for a story after a new document is that
 * document's own: exactly what assignStories would read back.
 */
export async function insertDocuments(
  db: Queryable,
  known: KnownActors,
  index: StoryIndex,
  prepared: readonly PreparedDocument[],
): Promise<AddDocumentResult[]> {
  /** Topics caught up in this batch: stored assignments replayed, nothing left unassigned. */
  const current = new Set<string>();
  /** Assignments made in memory and not stored yet, per topic, in the order made. */
  const unsaved = new Map<string, { seqs: number[]; assigned: Array<{ story: string; seq: number }> }>();
  const flush = async () => {
    for (const [topic, { seqs, assigned }] of unsaved) await saveAssignments(db, topic, seqs, assigned);
    unsaved.clear();
  };
  const results: AddDocumentResult[] = [];
  for (const item of prepared) {
    const { result, stored } = await insertDocument(db, known, item);
    results.push(result);
    if (result.status === "added" && stored !== null && item.brief !== null) {
      const { document } = item;
      const story = storyDocumentOf(
        docRef({
          doc_id: document.id,
          doc_title: document.title,
          doc_date: document.date,
          doc_url: document.url,
          doc_source: document.source,
          doc_license: document.license,
        }),
        stored.day,
        // As the stored extract reads back (the same JSON, the same validation).
        parseStoredBrief(JSON.stringify(item.brief), document.id),
      );
      for (const topic of item.topics) {
        if (!current.has(topic)) {
          // First time in this batch: the usual way, which replays what was stored before and
          // assigns whatever is waiting, this document included.
          await assignStories(db, index, topic);
          current.add(topic);
          continue;
        }
        const [assignment] = index.assign(topic, [story]);
        const entry = unsaved.get(topic) ?? { seqs: [], assigned: [] };
        entry.seqs.push(stored.seq);
        entry.assigned.push(assignment!);
        unsaved.set(topic, entry);
      }
    } else {
      // A copy (its first copy may join topics) or a document without a brief: assigned the usual
      // way, which reads what waits, so the assignments made in memory must be stored first.
      await flush();
      for (const topic of item.topics) {
        await assignStories(db, index, topic);
        current.add(topic);
      }
    }
  }
  await flush();
  return results;
}
