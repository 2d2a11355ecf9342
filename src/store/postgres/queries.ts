// The read side on PostgreSQL: the candidates of a topic brief (ranked by the same pure core as on
// SQLite, src/core/brief/), and quote search over the tsvector index.

import { newestDaysHolding, oldestDayReaching } from "../../core/brief/candidate-days.ts";
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
import { type Queryable, rows } from "./db.ts";
import { recencyRanges } from "./recency.ts";
import { actorDetailsOf, actorIdsFor } from "./rows.ts";
import { actorDocuments, storedStories } from "./stories.ts";
import { tsQuery } from "./tsquery.ts";

const ALL_TIME = "0000-00-00";
/** Candidates read for the pure ranking: the same bounds as on SQLite. */
const KEY_POINT_CANDIDATES = 300;
const QUOTE_CANDIDATES = 200;
/** Quote search ranks at most this many of the newest matches, so a common word stays fast. */
export const SEARCH_WINDOW = 1000;

interface ActorRow {
  id: number;
  name: string;
  type: ActorType;
  mentions: number;
  documents: number;
}

const byName = (a: string, b: string) => a.localeCompare(b);
const byProminence = (a: ActorRow, b: ActorRow) =>
  b.documents - a.documents || b.mentions - a.mentions || byName(a.name, b.name);

/** The topic's most prominent actors in the window: the tallies kept at ingest for all time, else grouped. */
async function topActors(db: Queryable, topic: string, since: string, limit: number): Promise<ActorRow[]> {
  const found =
    since === ALL_TIME
      ? await rows<ActorRow>(
          db,
          `SELECT a.id, a.name, a.type, t.mentions, t.documents FROM topic_actors t JOIN actors a ON a.id = t.actor_id
           WHERE t.topic = $1 ORDER BY t.documents DESC, t.mentions DESC LIMIT $2`,
          [topic, limit * 2],
        )
      : await rows<ActorRow>(
          db,
          `SELECT a.id, a.name, a.type, g.mentions, g.documents FROM (
             SELECT x.actor_id, sum(x.mentions)::int AS mentions, count(*)::int AS documents
             FROM memberships m JOIN document_actors x ON x.doc_seq = m.doc_seq
             WHERE m.topic = $1 AND m.counted AND m.day >= $2 GROUP BY x.actor_id
             ORDER BY documents DESC, mentions DESC LIMIT $3) g JOIN actors a ON a.id = g.actor_id`,
          [topic, since, limit * 2],
        );
  return found.sort(byProminence).slice(0, limit);
}

/** The brief of a topic across documents; `topic` must exist. */
export async function topicBrief(
  db: Queryable,
  topic: Topic,
  options: TopicBriefOptions,
): Promise<TopicBrief> {
  const since = options.since ? isoDay(options.since) : ALL_TIME;
  const now = options.now;
  const args = [topic.slug, since];
  // Documents per day as the memberships trigger keeps them (migration 9): one row a day.
  const coverage = await rows<{ date: string; documents: number }>(
    db,
    `SELECT day AS date, documents FROM topic_days
     WHERE topic = $1 AND day >= $2 AND documents > 0 ORDER BY day`,
    args,
  );
  const documentCount = coverage.reduce((sum, day) => sum + day.documents, 0);
  const halfLife = windowHalfLife(coverage.map((day) => day.date));
  const today = isoDay(now);
  // The best KEY_POINT_CANDIDATES points of the window by the same recency weight as the pure
  // ranking (half-life stretched to the window): first from the newest days holding that many
  // documents; the last of those is a floor, and older days that cannot reach it are not read
  // (candidate-days.ts). Ties go to the newer day, then the newer document, then the better rank,
  // on both backends.
  const candidates = (from: string) =>
    rows<
      DocRefRow & {
        text: string;
        sentence: number;
        weight: number;
        day: string;
        story: string | null;
        score: number;
      }
    >(
      db,
      // The window's memberships first, from their index, then each one's points by primary key
      // (LIMIT keeps the lateral a per-document probe: joined directly, the planner chose scans of
      // every membership or every key point for a few days' worth).
      `WITH window_docs AS MATERIALIZED (
         SELECT doc_seq, day, story FROM memberships WHERE topic = $1 AND counted AND day >= $2),
       best AS (
         SELECT m.doc_seq, k.rank, m.day, m.story,
           k.weight / (1.0 + greatest(0.0, ($3::date - m.day::date)::float8) / $4::float8) AS score
         FROM window_docs m CROSS JOIN LATERAL (
           SELECT rank, weight FROM key_points WHERE doc_seq = m.doc_seq AND rank < 5 ORDER BY rank LIMIT 5) k
         ORDER BY score DESC, m.day DESC, m.doc_seq DESC, k.rank LIMIT ${KEY_POINT_CANDIDATES})
       SELECT k.text, k.sentence, k.weight, best.day, best.story, best.score, ${DOC_REF_COLUMNS}
       FROM best JOIN key_points k ON k.doc_seq = best.doc_seq AND k.rank = best.rank
       JOIN documents d ON d.seq = best.doc_seq ORDER BY best.score DESC, best.day DESC, best.doc_seq DESC, best.rank`,
      [topic.slug, from, today, halfLife],
    );
  const newest = newestDaysHolding(coverage, KEY_POINT_CANDIDATES);
  let found = await candidates(newest !== null && newest > since ? newest : since);
  if (newest !== null && newest > since) {
    const last = found.length >= KEY_POINT_CANDIDATES ? found[found.length - 1] : undefined;
    const oldest = last ? oldestDayReaching(last.score, today, halfLife, last.day) : null;
    const from = oldest === null || oldest < since ? since : oldest;
    // Read again only when the floor lets in days the first read did not cover.
    if (coverage.some((day) => day.date >= from && day.date < newest)) found = await candidates(from);
  }
  const keyPoints = found.map(
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
  const actorRows = await topActors(db, topic.slug, since, Math.max(limits.actors ?? 12, 20));
  const details = await actorDetailsOf(db, actorRows);
  const actors: ActorTally[] = actorRows.map((row) => ({
    name: row.name,
    type: row.type,
    mentions: row.mentions,
    documents: row.documents,
    ...details.get(row.id)!,
  }));
  // Quotes: the most recent ones, plus the most recent of the most prominent speakers.
  const recent = await rows<QuoteRow>(
    db,
    `SELECT ${QUOTE_COLUMNS} FROM memberships m JOIN quotes q ON q.doc_seq = m.doc_seq
     JOIN documents d ON d.seq = m.doc_seq
     WHERE m.topic = $1 AND m.counted AND m.day >= $2 ORDER BY m.day DESC, q.id LIMIT ${QUOTE_CANDIDATES}`,
    args,
  );
  // Each speaker's newest quotes in the topic from quotes (speaker, day) (migration 8), at most
  // QUOTE_CANDIDATES each, then the newest of those: the same rows as ordering all of them, read
  // without walking the topic's memberships (its top actors may be rarely or never quoted). The
  // membership is a subquery so that it stays a primary-key probe for each quote read.
  const prominent = await rows<QuoteRow>(
    db,
    `SELECT ${QUOTE_COLUMNS} FROM unnest($3::int[]) AS s(id)
     CROSS JOIN LATERAL (
       SELECT q.* FROM quotes q
       WHERE q.speaker_actor_id = s.id AND q.day >= $2
         AND (SELECT m.counted FROM memberships m WHERE m.topic = $1 AND m.doc_seq = q.doc_seq)
       ORDER BY q.day DESC, q.id LIMIT ${QUOTE_CANDIDATES}) AS q
     JOIN documents d ON d.seq = q.doc_seq
     ORDER BY q.day DESC, q.id LIMIT ${QUOTE_CANDIDATES}`,
    [...args, actorRows.slice(0, 8).map((row) => row.id)],
  );
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
    await rows<DocRefRow>(
      db,
      `SELECT ${DOC_REF_COLUMNS} FROM documents d
       JOIN memberships m ON m.doc_seq = d.seq AND m.topic = $1
       WHERE NOT d.extracted AND m.counted AND m.day >= $2
       ORDER BY m.day DESC, d.seq DESC LIMIT 20`,
      args,
    )
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
    storedStories: await storedStories(
      db,
      topic.slug,
      since,
      now,
      limits.stories ?? DEFAULT_TOPIC_BRIEF_LIMITS.stories,
      options.story,
      keyPoints.flatMap((point) => (point.story ? [point.story] : [])),
    ),
    actorDocuments: await actorDocuments(
      db,
      topic.slug,
      since,
      actorRows.map((row) => row.id),
    ),
    limits,
  });
}

/** Matches ranked for a search of `limit` hits: the newest this many (SEARCH_WINDOW at most). */
export const searchWindow = (limit: number) => Math.min(SEARCH_WINDOW, Math.max(200, limit * 4));

/**
 * Quote search: the newest matches of the tsquery (text and speaker names), searchWindow(limit) of
 * them, ranked with ts_rank (the quote's words weigh more than its speaker's names); rank is the
 * negated score, so lower is better as with bm25 on SQLite. With only a speaker, that speaker's
 * newest quotes.
 *
 * The newest matches are found without reading every match: range by range of ids, newest first
 * (recency.ts), each range a GIN intersection of the query (and a speaker's names) with the
 * range's buckets.
 * The ranges are one UNION ALL under a LIMIT: PostgreSQL's Append runs them in order and stops
 * once the window is full, so a common word reads its newest range only and a rare one reads its
 * few rows in every range.
 */
export async function searchQuotes(db: Queryable, query: QuoteQuery): Promise<QuoteHit[]> {
  const limit = Math.max(1, Math.min(100, Math.trunc(query.limit ?? 10)));
  const match = tsQuery(query.words);
  let speakers: number[] | null = null;
  if (query.speaker !== undefined && query.speaker.trim() !== "") {
    speakers = await actorIdsFor(db, query.speaker);
    if (speakers.length === 0) return [];
  }
  if (match === null && speakers === null) return [];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const topic =
    query.topic !== undefined && query.topic !== ""
      ? // A scalar subquery, never turned into a join: one primary-key probe per candidate row.
        // (As EXISTS, PostgreSQL hashed every membership of the topic for each range.)
        `(SELECT true FROM memberships m WHERE m.topic = ${param(query.topic)} AND m.doc_seq = q.doc_seq) IS NOT NULL`
      : null;
  if (match === null) {
    const filters = ["d.duplicate_of IS NULL", `q.speaker_actor_id = ANY(${param(speakers)}::int[])`];
    if (topic !== null) filters.push(topic);
    return (
      await rows<QuoteRow & { rank: number }>(
        db,
        `SELECT ${QUOTE_COLUMNS}, 0 AS rank FROM quotes q JOIN documents d ON d.seq = q.doc_seq
         WHERE ${filters.join(" AND ")} ORDER BY d.day DESC, q.id LIMIT ${param(limit)}`,
        params,
      )
    ).map(quoteHit);
  }
  const tsquery = param(match);
  const window = param(searchWindow(limit));
  const also: string[] = [];
  if (speakers !== null) {
    // The speaker's names are in the search text of every quote of theirs (weight B): as a second
    // GIN condition they narrow the match to about that speaker's quotes before any row is read,
    // as on SQLite. The exact actor filter still applies after.
    const names = (
      await rows<{ name: string }>(db, "SELECT DISTINCT name FROM actors WHERE id = ANY($1::int[])", [
        speakers,
      ])
    )
      .map((row) => tsQuery(`"${row.name.replace(/["“”„]/g, " ")}"`))
      .filter((term): term is string => term !== null);
    if (names.length > 0) {
      also.push(`q.search @@ to_tsquery('briefbot_text', ${param(names.map((n) => `(${n})`).join(" | "))})`);
    }
    also.push(`q.speaker_actor_id = ANY(${param(speakers)}::int[])`);
  }
  if (topic !== null) also.push(topic);
  const where = `q.search @@ to_tsquery('briefbot_text', ${tsquery}) ${also.map((f) => `AND ${f}`).join(" ")}`;
  let matched: string;
  if (match.includes(":*")) {
    // A prefix is a partial match: GIN gathers every row of every word it begins before it can
    // intersect anything, once per range. One pass over the whole table instead (the planner
    // reads it backwards by primary key when the prefix is common).
    matched = `SELECT q.id, q.search FROM quotes q WHERE ${where} ORDER BY q.id DESC LIMIT ${window}`;
  } else {
    const [newest] = await rows<{ id: number | null }>(db, "SELECT max(id) AS id FROM quotes");
    if (newest?.id === null || newest?.id === undefined) return [];
    matched = `SELECT id, search FROM (${recencyRanges(newest.id)
      .map(
        // The query and the buckets as two conditions, not one tsquery: GIN then skips through
        // a common word's postings to the range's rows (one tsquery read all of them). Ordered
        // by id + 0, so that the plan is that GIN intersection: ordered by the bare id,
        // PostgreSQL read the table backwards by primary key from the newest row (newer ranges
        // included) whenever it thought the word common, or a whole id range when given one.
        (range) => `(SELECT q.id, q.search FROM quotes q
          WHERE ${where} AND q.search @@ ${param(range.buckets)}::tsquery
          ORDER BY q.id + 0 DESC LIMIT ${window})`,
      )
      .join(" UNION ALL ")}) ranges LIMIT ${window}`;
  }
  return (
    await rows<QuoteRow & { rank: number }>(
      db,
      // Near-duplicates never get quote rows (documents.ts), so the documents join waits for the
      // winners; the speaker and topic filters stay inside, so a rare match is never crowded out.
      `WITH matched AS (${matched}),
       best AS (
         SELECT id, -ts_rank('{0.1, 0.2, 0.5, 1.0}', search, to_tsquery('briefbot_text', ${tsquery})) AS rank
         FROM matched ORDER BY rank, id LIMIT ${param(limit)})
       -- Columns for the winners only: joining the whole window made the planner scan every quote.
       SELECT ${QUOTE_COLUMNS}, best.rank
       FROM best JOIN quotes q ON q.id = best.id JOIN documents d ON d.seq = q.doc_seq
       WHERE d.duplicate_of IS NULL
       ORDER BY best.rank, q.id`,
      params,
    )
  ).map(quoteHit);
}
