// The read side of the store: the candidates of a topic brief, quote search, actor profiles and
// autocomplete. Each query filters in SQL (topic, window, near-duplicates) so that answers over
// thousands of documents read only the rows they show.
import type Database from "better-sqlite3";
import { windowHalfLife } from "../../core/brief/point-importance.ts";
import {
  type ActorTally,
  buildTopicBrief,
  DEFAULT_TOPIC_BRIEF_LIMITS,
  isoDay,
  type KeyPointCandidate,
  type QuoteCandidate,
  type TopicBrief,
} from "../../core/brief/topic-brief.ts";
import type { QuoteHit, QuoteQuery, TopicBriefOptions } from "../../core/ports.ts";
import type { ActorType } from "../../core/schemas.ts";
import type { Topic } from "../../core/topic.ts";
import {
  DOC_REF_COLUMNS,
  type DocRefRow,
  docRef,
  QUOTE_COLUMNS,
  type QuoteRow,
  quoteHit,
  speakerOf,
} from "../row-mapping.ts";
import { ftsQuery } from "./fts-query.ts";
import { actorDetails, actorIdsFor, stmt } from "./rows.ts";
import { actorDocuments, storedStories } from "./stories.ts";

const ALL_TIME = "0000-00-00";
/** Candidates read for the pure ranking; more than any brief shows, few enough to stay fast. */
const KEY_POINT_CANDIDATES = 300;
const QUOTE_CANDIDATES = 200;

interface ActorRow {
  id: number;
  name: string;
  type: ActorType;
  mentions: number;
  documents: number;
}

const byProminence = (a: ActorRow, b: ActorRow) =>
  b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name);

/**
 * The topic's most prominent actors in the window. All time reads the tallies kept at ingest; a
 * window holding most documents subtracts the few outside it from those tallies; a small window
 * groups its own rows. Each path reads a number of rows bounded by the smaller side.
 */
function topActors(
  db: Database.Database,
  topic: string,
  since: string,
  inWindow: number,
  limit: number,
): ActorRow[] {
  const ranked = stmt(
    db,
    `SELECT a.id, a.name, a.type, t.mentions, t.documents FROM topic_actors t JOIN actors a ON a.id = t.actor_id
     WHERE t.topic = ? ORDER BY t.documents DESC, t.mentions DESC`,
  );
  if (since === ALL_TIME) {
    const rows: ActorRow[] = [];
    for (const row of ranked.iterate(topic) as IterableIterator<ActorRow>) {
      rows.push(row);
      if (rows.length >= limit) break;
    }
    return rows.sort(byProminence);
  }
  const total = (
    stmt(db, "SELECT count(*) AS n FROM memberships WHERE topic = ? AND counted = 1").get(topic) as {
      n: number;
    }
  ).n;
  const group = (where: string) =>
    stmt(
      db,
      `SELECT x.actor_id AS id, sum(x.mentions) AS mentions, count(*) AS documents
       FROM memberships m JOIN document_actors x ON x.doc_seq = m.doc_seq
       WHERE m.topic = ? AND m.counted = 1 AND ${where} GROUP BY x.actor_id`,
    ).all(topic, since) as Array<{ id: number; mentions: number; documents: number }>;
  if (inWindow * 2 <= total) {
    const rows = group("m.day >= ?")
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions)
      .slice(0, limit * 2);
    const named = rows.map((row) => {
      const actor = stmt(db, "SELECT name, type FROM actors WHERE id = ?").get(row.id) as {
        name: string;
        type: ActorType;
      };
      return { ...row, ...actor };
    });
    return named.sort(byProminence).slice(0, limit);
  }
  const outside = new Map(group("m.day < ?").map((row) => [row.id, row]));
  const best: ActorRow[] = [];
  for (const row of ranked.iterate(topic) as IterableIterator<ActorRow>) {
    // Tallies only shrink by the subtraction: once a row's all-time count is below the last kept
    // one, no later row can enter the top.
    const last = best.length >= limit ? best[best.length - 1] : undefined;
    if (last && row.documents < last.documents) break;
    const gone = outside.get(row.id);
    const adjusted = gone
      ? { ...row, mentions: row.mentions - gone.mentions, documents: row.documents - gone.documents }
      : row;
    if (adjusted.documents <= 0) continue;
    best.push(adjusted);
    best.sort(byProminence);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** The brief of a topic across documents; `topic` must exist. */
export function topicBrief(db: Database.Database, topic: Topic, options: TopicBriefOptions): TopicBrief {
  const since = options.since ? isoDay(options.since) : ALL_TIME;
  const now = options.now;
  const args = [topic.slug, since];
  const documentCount = (
    stmt(db, "SELECT count(*) AS n FROM memberships WHERE topic = ? AND counted = 1 AND day >= ?").get(
      ...args,
    ) as {
      n: number;
    }
  ).n;
  const coverage = stmt(
    db,
    `SELECT day AS date, count(*) AS documents FROM memberships
     WHERE topic = ? AND counted = 1 AND day >= ? GROUP BY day ORDER BY day`,
  ).all(...args) as Array<{ date: string; documents: number }>;
  // The same recency weight as the pure ranking (its half-life stretched to the window), so the
  // candidates are the best ones of the whole window, not only the newest. Ties go to the newer
  // day, then the newer document, then the better rank (as on PostgreSQL).
  const halfLife = windowHalfLife(coverage.map((day) => day.date));
  const keyPoints = (
    stmt(
      db,
      // Rank on the narrow rows first; read texts and document columns for the winners only.
      `WITH best AS (
         SELECT k.doc_seq, k.rank, m.day, m.story,
           k.weight / (1.0 + max(0.0, julianday(?) - julianday(m.day)) / ?) AS score
         FROM memberships m JOIN key_points k ON k.doc_seq = m.doc_seq AND k.rank < 5
         WHERE m.topic = ? AND m.counted = 1 AND m.day >= ?
         ORDER BY score DESC, m.day DESC, k.doc_seq DESC, k.rank LIMIT ${KEY_POINT_CANDIDATES})
       SELECT k.text, k.sentence, k.weight, best.day, best.story, ${DOC_REF_COLUMNS}
       FROM best JOIN key_points k ON k.doc_seq = best.doc_seq AND k.rank = best.rank
       JOIN documents d ON d.seq = best.doc_seq ORDER BY best.score DESC, best.day DESC, best.doc_seq DESC, best.rank`,
    ).all(now.toISOString().slice(0, 10), halfLife, ...args) as Array<
      DocRefRow & { text: string; sentence: number; weight: number; day: string; story: string | null }
    >
  ).map(
    (row): KeyPointCandidate => ({
      text: row.text,
      sentence: row.sentence,
      weight: row.weight,
      day: row.day,
      document: docRef(row),
      story: row.story,
    }),
  );
  const limits = options.limits ?? {};
  const actorLimit = limits.actors ?? 12;
  const actorRows = topActors(db, topic.slug, since, documentCount, Math.max(actorLimit, 20));
  const actors: ActorTally[] = actorRows.map((row) => ({
    name: row.name,
    type: row.type,
    mentions: row.mentions,
    documents: row.documents,
    ...actorDetails(db, row.id, row.name),
  }));
  // Quotes: the most recent ones, plus the most recent of the most prominent speakers.
  const recent = stmt(
    db,
    `SELECT ${QUOTE_COLUMNS} FROM memberships m JOIN quotes q ON q.doc_seq = m.doc_seq
     JOIN documents d ON d.seq = m.doc_seq
     WHERE m.topic = ? AND m.counted = 1 AND m.day >= ? ORDER BY m.day DESC, q.id LIMIT ${QUOTE_CANDIDATES}`,
  ).all(...args) as Array<QuoteRow & { quote_id: number }>;
  const prominent = stmt(
    db,
    // From the speakers' quotes to their documents (CROSS JOIN keeps that order): a topic has
    // many more documents than its top speakers have quotes.
    `SELECT ${QUOTE_COLUMNS} FROM json_each(?) s CROSS JOIN quotes q ON q.speaker_actor_id = s.value
     CROSS JOIN memberships m ON m.topic = ? AND m.doc_seq = q.doc_seq
     JOIN documents d ON d.seq = q.doc_seq
     WHERE m.counted = 1 AND m.day >= ?
     ORDER BY m.day DESC, q.id LIMIT ${QUOTE_CANDIDATES}`,
  ).all(JSON.stringify(actorRows.slice(0, 8).map((row) => row.id)), ...args) as Array<
    QuoteRow & { quote_id: number }
  >;
  const seen = new Set<number>();
  const quotes: QuoteCandidate[] = [];
  for (const row of [...recent, ...prominent]) {
    if (seen.has(row.quote_id)) continue;
    seen.add(row.quote_id);
    quotes.push({
      text: row.text,
      speaker: speakerOf(row),
      sentence: row.sentence,
      day: row.day,
      document: docRef(row),
    });
  }
  const notExtracted = (
    stmt(
      db,
      // Few documents are not extracted: start from them (a partial index), not from the topic.
      `SELECT ${DOC_REF_COLUMNS} FROM documents d INDEXED BY documents_unextracted
       JOIN memberships m ON m.doc_seq = d.seq AND m.topic = ?
       WHERE d.extracted = 0 AND m.counted = 1 AND m.day >= ?
       ORDER BY m.day DESC, d.seq DESC LIMIT 20`,
    ).all(...args) as DocRefRow[]
  ).map(docRef);
  return buildTopicBrief({
    topic: { slug: topic.slug, title: topic.title, description: topic.description },
    now,
    since: options.since ?? null,
    documentCount,
    coverage,
    keyPoints,
    quotes,
    actors,
    notExtracted,
    storedStories: storedStories(
      db,
      topic.slug,
      since,
      now,
      limits.stories ?? DEFAULT_TOPIC_BRIEF_LIMITS.stories,
      options.story,
    ),
    actorDocuments: actorDocuments(
      db,
      topic.slug,
      since,
      actorRows.map((row) => row.id),
    ),
    limits,
  });
}

/** Quote search: bm25 over text and speaker; never lets user text reach FTS5 unquoted. */
export function searchQuotes(db: Database.Database, query: QuoteQuery): QuoteHit[] {
  const limit = Math.max(1, Math.min(100, Math.trunc(query.limit ?? 10)));
  const match = ftsQuery(query.words);
  let speakers: number[] | null = null;
  if (query.speaker !== undefined && query.speaker.trim() !== "") {
    speakers = actorIdsFor(db, query.speaker);
    if (speakers.length === 0) return [];
  }
  if (match === null && speakers === null) return [];
  const filters: string[] = ["d.duplicate_of IS NULL"];
  const params: unknown[] = [];
  if (speakers !== null) {
    filters.push("q.speaker_actor_id IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(speakers));
  }
  if (query.topic !== undefined && query.topic !== "") {
    filters.push("EXISTS (SELECT 1 FROM memberships m WHERE m.topic = ? AND m.doc_seq = q.doc_seq)");
    params.push(query.topic);
  }
  if (match === null) {
    return (
      stmt(
        db,
        `SELECT ${QUOTE_COLUMNS}, 0 AS rank FROM quotes q JOIN documents d ON d.seq = q.doc_seq
         WHERE ${filters.join(" AND ")} ORDER BY d.day DESC, q.id LIMIT ?`,
      ).all(...params, limit) as Array<QuoteRow & { rank: number }>
    ).map(quoteHit);
  }
  // The speaker's canonical names are always in the speaker column: narrowing the match there lets
  // FTS5 intersect the lists instead of ranking every quote of a common word. The exact actor
  // filter still applies after.
  let narrowed = match;
  if (speakers !== null) {
    const names = (
      stmt(db, "SELECT DISTINCT name FROM actors WHERE id IN (SELECT value FROM json_each(?))").all(
        JSON.stringify(speakers),
      ) as Array<{ name: string }>
    )
      .map((row) => ftsQuery(`"${row.name.replace(/["“”„]/g, " ")}"`))
      .filter((term): term is string => term !== null);
    if (names.length > 0) narrowed = `(${match}) AND ({speaker} : (${names.join(" OR ")}))`;
  }
  try {
    // First the best matches from the index alone (FTS5 sorts by rank itself, cheaply), then the
    // filters on those; only when the filters leave too few is the whole match set joined.
    // Ranking costs the same for 50 or 1,000 rows (FTS5 scores every match either way), so a
    // filtered search looks deeper before it falls back to joining every match.
    const filtered = params.length > 0;
    const fetch = filtered ? 1000 : Math.max(limit * 5, 50);
    const best = stmt(
      db,
      "SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ? AND rank MATCH 'bm25(1.0, 0.5)' ORDER BY rank LIMIT ?",
    ).all(narrowed, fetch) as Array<{ id: number; rank: number }>;
    const rankOf = new Map(best.map((row) => [row.id, row.rank]));
    const found = (
      stmt(
        db,
        `SELECT ${QUOTE_COLUMNS}, 0 AS rank FROM quotes q JOIN documents d ON d.seq = q.doc_seq
         WHERE q.id IN (SELECT value FROM json_each(?)) AND ${filters.join(" AND ")}`,
      ).all(JSON.stringify(best.map((row) => row.id)), ...params) as Array<
        QuoteRow & { quote_id: number; rank: number }
      >
    )
      .map((row) => ({ ...row, rank: rankOf.get(row.quote_id) ?? 0 }))
      .sort((a, b) => a.rank - b.rank || a.quote_id - b.quote_id);
    if (found.length >= limit || best.length < fetch) return found.slice(0, limit).map(quoteHit);
    return (
      stmt(
        db,
        `SELECT ${QUOTE_COLUMNS}, bm25(quotes_fts, 1.0, 0.5) AS rank
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.seq = q.doc_seq
         WHERE quotes_fts MATCH ? AND ${filters.join(" AND ")} ORDER BY rank, q.id LIMIT ?`,
      ).all(match, ...params, limit) as Array<QuoteRow & { rank: number }>
    ).map(quoteHit);
  } catch (error) {
    // ftsQuery quotes every token, so this is not expected; a search must still never crash a command.
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) return [];
    throw error;
  }
}
