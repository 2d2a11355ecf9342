// Many documents stored in one write transaction (`briefbot migrate-store`). Each goes through the
// same steps as addDocument, in the order given, so dedupe, near-duplicate links, actors and
// stories come out as if they had been added one at a time. What one transaction per document
// repeats is done once per batch: the write lock and version bump, the commit. And a plainly new
// document is put into its topics' stories from what is in memory, the assignments stored in one
// statement per topic at the end, instead of each document's being read back and updated alone.
import type { StoryIndex } from "../../core/brief/story-index.ts";
import { storyDocumentOf } from "../../core/brief/tally-extracts.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { AddDocumentResult } from "../../core/ports.ts";
import type { DocumentBrief } from "../../core/schemas.ts";
import { bandKeys, signatureFromBuffer } from "../near-duplicate.ts";
import type { PreparedDocument } from "../prepared-document.ts";
import { docRef } from "../row-mapping.ts";
import { parseStoredBrief } from "../stored-brief.ts";
import { resolveActorsOfBriefs } from "./actor-resolve.ts";
import { type Queryable, rows, run } from "./db.ts";
import { insertDocument } from "./documents.ts";
import { type KnownActors, Params, QUOTE_SEARCH, searchableRows, withCtes } from "./extracts.ts";
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

/**
 * A document as `migrate-store` copies it from another store: its row, body, extract and
 * memberships as they were stored there (near-duplicate link by the first copy's id, story
 * assignments included), so nothing is decided again.
 */
export interface CopiedDocument {
  id: string;
  canonicalUrl: string | null;
  title: string;
  date: string | null;
  day: string;
  source: string | null;
  url: string | null;
  license: string | null;
  author: string | null;
  language: string;
  extracted: boolean;
  /** The id of the first copy of its story when it is a near-duplicate; that copy comes first. */
  duplicateOf: string | null;
  addedAt: string;
  minhash: Buffer | null;
  body: string;
  extract: { engineVersion: string; brief: DocumentBrief; extractedAt: string } | null;
  memberships: ReadonlyArray<{
    topic: string;
    day: string;
    counted: boolean;
    pinned: boolean;
    story: string | null;
    storySeq: number | null;
  }>;
}

/** Columns for unnest: one array per key of the rows. */
function columns<T extends object>(list: readonly T[], keys: ReadonlyArray<keyof T>): unknown[][] {
  return keys.map((key) => list.map((row) => row[key]));
}

/**
 * Copies documents as stored elsewhere (migrate-store from SQLite), in order, in about six round
 * trips for the whole batch: seqs taken from the sequence and the first copies of near-duplicates
 * looked up; the actors of the briefs resolved as addDocument resolves them one brief after
 * another (resolveActorsOfBriefs); then one statement of inserts for every row. Near-duplicate
 * links, memberships and story assignments are copied, not decided again: the source decided them
 * at ingest with the same rules. A quote's speaker search text is its actor's aliases as they
 * stood after its own document, as when documents are added one at a time. Call inside one
 * transaction holding the write lock; the target must hold no document the source lacks.
 */
export async function importDocuments(
  db: Queryable,
  known: KnownActors,
  docs: readonly CopiedDocument[],
): Promise<void> {
  if (docs.length === 0) return;
  const inBatch = new Set(docs.map((doc) => doc.id));
  const roots = [
    ...new Set(
      docs.flatMap((doc) => (doc.duplicateOf && !inBatch.has(doc.duplicateOf) ? [doc.duplicateOf] : [])),
    ),
  ];
  const found = await rows<{ id: string | null; seq: number }>(
    db,
    `SELECT NULL::text AS id, nextval(pg_get_serial_sequence('documents', 'seq'))::int AS seq
       FROM generate_series(1, $1::int)
     UNION ALL SELECT id, seq FROM documents WHERE id = ANY($2::text[])`,
    [docs.length, roots],
  );
  const fresh = found
    .filter((row) => row.id === null)
    .map((row) => row.seq)
    .sort((a, b) => a - b);
  const seqOf = new Map(found.flatMap((row) => (row.id === null ? [] : [[row.id, row.seq] as const])));
  for (const [i, doc] of docs.entries()) seqOf.set(doc.id, fresh[i]!);
  const rootSeq = (doc: CopiedDocument): number | null => {
    if (doc.duplicateOf === null) return null;
    const seq = seqOf.get(doc.duplicateOf);
    if (seq === undefined) {
      throw new BriefbotError(
        "STORE_FAILED",
        `${doc.id} is a near-duplicate of ${doc.duplicateOf}, which is not in the target`,
      );
    }
    return seq;
  };

  // A near-duplicate's actors and quotes would count the same story twice (as in insertDocument).
  const searchable = docs.map((doc) => (doc.extract && doc.duplicateOf === null ? doc.extract.brief : null));
  const { resolved, added, stored } = await resolveActorsOfBriefs(db, known, searchable, {
    storedAliases: true,
  });
  /** A speaker's search text after brief `b`: its aliases stored before, then those added up to b. */
  const speakerText = (actorId: number | null, b: number, unnamed: string): string => {
    if (actorId === null) return unnamed;
    const aliases = new Map(stored.get(actorId));
    for (const row of added) {
      if (row.brief > b) break;
      if (row.actorId === actorId && !aliases.has(row.key)) aliases.set(row.key, row.text);
    }
    return aliases.size > 0 ? [...aliases.values()].join(" ") : unnamed;
  };

  const documents: Array<Record<string, unknown>> = [];
  const bodies: Array<{ seq: number; body: string }> = [];
  const bands: Array<{ band: number; seq: number }> = [];
  const extracts: Array<{ seq: number; version: string; json: string; at: string }> = [];
  const members: Array<Record<string, unknown>> = [];
  const mentions: Array<{ seq: number; actor: number; mentions: number }> = [];
  const roles: Array<{ actor: number; role: string; seq: number }> = [];
  const points: Array<Record<string, unknown>> = [];
  const quotes: Array<Record<string, unknown>> = [];
  const tallies = new Map<string, { topic: string; actor: number; mentions: number; documents: number }>();
  docs.forEach((doc, b) => {
    const seq = seqOf.get(doc.id)!;
    documents.push({ ...doc, seq, duplicate: rootSeq(doc) });
    bodies.push({ seq, body: doc.body });
    if (doc.minhash) {
      for (const band of new Set(bandKeys(signatureFromBuffer(doc.minhash)))) bands.push({ band, seq });
    }
    if (doc.extract) {
      extracts.push({
        seq,
        version: doc.extract.engineVersion,
        json: JSON.stringify(doc.extract.brief),
        at: doc.extract.extractedAt,
      });
    }
    for (const m of doc.memberships) members.push({ ...m, seq });
    const brief = searchable[b];
    const actors = resolved[b];
    if (!brief || !actors) return;
    const found = searchableRows(brief, actors);
    for (const [actor, count] of found.mentions) mentions.push({ seq, actor, mentions: count });
    for (const role of found.roles) roles.push({ actor: role.actorId, role: role.role, seq });
    for (const point of found.keyPoints) points.push({ ...point, seq });
    for (const quote of found.quotes) {
      quotes.push({
        ...quote,
        seq,
        day: doc.day,
        search: speakerText(quote.speakerActorId, b, quote.unnamed),
      });
    }
    // A document counted in a topic adds its actors to the topic's tallies.
    for (const m of doc.memberships) {
      if (!m.counted) continue;
      for (const [actor, count] of found.mentions) {
        const key = `${m.topic}\u0000${actor}`;
        const tally = tallies.get(key) ?? { topic: m.topic, actor, mentions: 0, documents: 0 };
        tally.mentions += count;
        tally.documents += 1;
        tallies.set(key, tally);
      }
    }
  });

  const params = new Params();
  const unnest = <T extends object>(list: readonly T[], spec: ReadonlyArray<[keyof T, string]>) =>
    `unnest(${columns(
      list,
      spec.map(([key]) => key),
    )
      .map((values, i) => params.add(values, spec[i]![1]))
      .join(", ")})`;
  const ctes = [
    `INSERT INTO documents (seq, id, canonical_url, title, date, day, source, url, license, author,
       language, extracted, duplicate_of, added_at, minhash)
     SELECT * FROM ${unnest(documents, [
       ["seq", "::int[]"],
       ["id", "::text[]"],
       ["canonicalUrl", "::text[]"],
       ["title", "::text[]"],
       ["date", "::text[]"],
       ["day", "::text[]"],
       ["source", "::text[]"],
       ["url", "::text[]"],
       ["license", "::text[]"],
       ["author", "::text[]"],
       ["language", "::text[]"],
       ["extracted", "::boolean[]"],
       ["duplicate", "::int[]"],
       ["addedAt", "::text[]"],
       ["minhash", "::bytea[]"],
     ])}`,
    `INSERT INTO document_bodies (doc_seq, body) SELECT * FROM ${unnest(bodies, [
      ["seq", "::int[]"],
      ["body", "::text[]"],
    ])}`,
  ];
  if (bands.length > 0) {
    ctes.push(
      `INSERT INTO near_dup_bands (band, doc_seq) SELECT * FROM ${unnest(bands, [
        ["band", "::int[]"],
        ["seq", "::int[]"],
      ])} ON CONFLICT DO NOTHING`,
    );
  }
  if (extracts.length > 0) {
    ctes.push(
      `INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) SELECT * FROM ${unnest(
        extracts,
        [
          ["seq", "::int[]"],
          ["version", "::text[]"],
          ["json", "::text[]"],
          ["at", "::text[]"],
        ],
      )}`,
    );
  }
  if (members.length > 0) {
    ctes.push(
      `INSERT INTO memberships (topic, doc_seq, day, counted, pinned, story, story_seq) SELECT * FROM ${unnest(
        members,
        [
          ["topic", "::text[]"],
          ["seq", "::int[]"],
          ["day", "::text[]"],
          ["counted", "::boolean[]"],
          ["pinned", "::boolean[]"],
          ["story", "::text[]"],
          ["storySeq", "::int[]"],
        ],
      )}`,
    );
  }
  if (mentions.length > 0) {
    ctes.push(
      `INSERT INTO document_actors (doc_seq, actor_id, mentions) SELECT * FROM ${unnest(mentions, [
        ["seq", "::int[]"],
        ["actor", "::int[]"],
        ["mentions", "::int[]"],
      ])}`,
    );
  }
  if (roles.length > 0) {
    ctes.push(
      `INSERT INTO actor_roles (actor_id, role, doc_seq) SELECT * FROM ${unnest(roles, [
        ["actor", "::int[]"],
        ["role", "::text[]"],
        ["seq", "::int[]"],
      ])} ON CONFLICT DO NOTHING`,
    );
  }
  if (points.length > 0) {
    ctes.push(
      `INSERT INTO key_points (doc_seq, rank, sentence, text, score, weight) SELECT * FROM ${unnest(points, [
        ["seq", "::int[]"],
        ["rank", "::int[]"],
        ["sentence", "::int[]"],
        ["text", "::text[]"],
        ["score", "::float8[]"],
        ["weight", "::float8[]"],
      ])} ON CONFLICT DO NOTHING`,
    );
  }
  if (quotes.length > 0) {
    ctes.push(`INSERT INTO quotes (doc_seq, day, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id, search)
      SELECT s, dy, se, st, e, t, sn, sty, a, ${QUOTE_SEARCH("t", "sp")}
      FROM ${unnest(quotes, [
        ["seq", "::int[]"],
        ["day", "::text[]"],
        ["sentence", "::int[]"],
        ["start", "::int[]"],
        ["end", "::int[]"],
        ["text", "::text[]"],
        ["speakerName", "::text[]"],
        ["speakerType", "::text[]"],
        ["speakerActorId", "::int[]"],
        ["search", "::text[]"],
      ])} WITH ORDINALITY AS u(s, dy, se, st, e, t, sn, sty, a, sp, n) ORDER BY n`);
  }
  if (tallies.size > 0) {
    const sorted = [...tallies.values()].sort((a, b) =>
      a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.actor - b.actor,
    );
    ctes.push(`INSERT INTO topic_actors (topic, actor_id, mentions, documents) SELECT * FROM ${unnest(
      sorted,
      [
        ["topic", "::text[]"],
        ["actor", "::int[]"],
        ["mentions", "::int[]"],
        ["documents", "::int[]"],
      ],
    )} ON CONFLICT (topic, actor_id) DO UPDATE SET mentions = topic_actors.mentions + excluded.mentions,
      documents = topic_actors.documents + excluded.documents`);
  }
  const last = ctes.pop()!;
  await run(db, withCtes(ctes, last), params.values);
}
