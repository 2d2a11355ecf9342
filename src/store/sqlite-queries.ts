// The read side of the store: the candidates of a topic brief, quote search, actor profiles and
// autocomplete. Each query filters in SQL (topic, window, near-duplicates) so that answers over
// thousands of documents read only the rows they show.
import type Database from "better-sqlite3";
import {
  type ActorTally,
  buildTopicBrief,
  HALF_LIFE_DAYS,
  isoDay,
  type KeyPointCandidate,
  type QuoteCandidate,
  type TopicBrief,
} from "../core/brief/topic-brief.ts";
import type {
  ActorProfile,
  ActorSuggestion,
  QuoteHit,
  QuoteQuery,
  SuggestOptions,
  TopicBriefOptions,
} from "../core/ports.ts";
import type { ActorType } from "../core/schemas.ts";
import type { Topic } from "../core/topic.ts";
import { ftsQuery } from "./fts-query.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef, likeEscape, nameKey, stmt } from "./sqlite-rows.ts";

const ALL_TIME = "0000-00-00";
/** Candidates read for the pure ranking; more than any brief shows, few enough to stay fast. */
const KEY_POINT_CANDIDATES = 300;
const QUOTE_CANDIDATES = 200;

interface QuoteRow extends DocRefRow {
  text: string;
  speaker_name: string | null;
  speaker_type: ActorType | null;
  sentence: number;
  day: string;
}

const QUOTE_COLUMNS = `q.id AS quote_id, q.text, q.speaker_name, q.speaker_type, q.sentence, d.day, ${DOC_REF_COLUMNS}`;

const speakerOf = (row: QuoteRow) =>
  row.speaker_name && row.speaker_type ? { name: row.speaker_name, type: row.speaker_type } : null;

/** Aliases and roles of actors, most frequent role first. */
function actorDetails(
  db: Database.Database,
  actorId: number,
  name: string,
): { aliases: string[]; roles: string[] } {
  const aliases = (
    stmt(db, "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias").all(actorId) as Array<{
      alias: string;
    }>
  )
    .map((row) => row.alias)
    .filter((alias) => alias !== name);
  const roles = (
    stmt(
      db,
      "SELECT role FROM actor_roles WHERE actor_id = ? GROUP BY role ORDER BY count(*) DESC, role LIMIT 5",
    ).all(actorId) as Array<{ role: string }>
  ).map((row) => row.role);
  return { aliases, roles };
}

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
  // The same recency weight as the pure ranking, so the candidates are the best ones.
  const keyPoints = (
    stmt(
      db,
      // Rank on the narrow rows first; read texts and document columns for the winners only.
      `WITH best AS (
         SELECT k.doc_seq, k.rank, m.day,
           k.weight / (1.0 + max(0.0, julianday(?) - julianday(m.day)) / ${HALF_LIFE_DAYS}.0) AS score
         FROM memberships m JOIN key_points k ON k.doc_seq = m.doc_seq AND k.rank < 3
         WHERE m.topic = ? AND m.counted = 1 AND m.day >= ?
         ORDER BY score DESC LIMIT ${KEY_POINT_CANDIDATES})
       SELECT k.text, k.sentence, k.weight, best.day, ${DOC_REF_COLUMNS}
       FROM best JOIN key_points k ON k.doc_seq = best.doc_seq AND k.rank = best.rank
       JOIN documents d ON d.seq = best.doc_seq ORDER BY best.score DESC`,
    ).all(now.toISOString().slice(0, 10), ...args) as Array<
      DocRefRow & { text: string; sentence: number; weight: number; day: string }
    >
  ).map(
    (row): KeyPointCandidate => ({
      text: row.text,
      sentence: row.sentence,
      weight: row.weight,
      day: row.day,
      document: docRef(row),
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
    limits,
  });
}

/** Ids of the actors a name means: an exact name or alias, else a name starting or ending with it. */
export function actorIdsFor(db: Database.Database, name: string): number[] {
  const key = nameKey(name);
  if (key === "") return [];
  const exact = stmt(db, "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ?").all(
    key,
  ) as Array<{
    actor_id: number;
  }>;
  if (exact.length > 0) return exact.map((row) => row.actor_id);
  const pattern = likeEscape(key);
  const partial = stmt(
    db,
    `SELECT DISTINCT actor_id FROM actor_aliases
     WHERE alias_key LIKE ? ESCAPE '\\' OR alias_key LIKE ? ESCAPE '\\' LIMIT 50`,
  ).all(`${pattern} %`, `% ${pattern}`) as Array<{ actor_id: number }>;
  return partial.map((row) => row.actor_id);
}

const hit = (row: QuoteRow & { rank: number }): QuoteHit => ({
  text: row.text,
  speaker: speakerOf(row),
  sentence: row.sentence,
  document: docRef(row),
  rank: row.rank,
});

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
    ).map(hit);
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
    const fetch = Math.max(limit * 5, 50);
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
    if (found.length >= limit || best.length < fetch) return found.slice(0, limit).map(hit);
    return (
      stmt(
        db,
        `SELECT ${QUOTE_COLUMNS}, bm25(quotes_fts, 1.0, 0.5) AS rank
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.seq = q.doc_seq
         WHERE quotes_fts MATCH ? AND ${filters.join(" AND ")} ORDER BY rank, q.id LIMIT ?`,
      ).all(match, ...params, limit) as Array<QuoteRow & { rank: number }>
    ).map(hit);
  } catch (error) {
    // ftsQuery quotes every token, so this is not expected; a search must still never crash a command.
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) return [];
    throw error;
  }
}

const topicFilter = (topic: string | undefined, column: string): [string, unknown[]] =>
  topic
    ? [
        `AND EXISTS (SELECT 1 FROM memberships m WHERE m.topic = ? AND m.doc_seq = ${column} AND m.counted = 1)`,
        [topic],
      ]
    : ["", []];

/** The profile of the actor a name or alias means, the most mentioned when several do. */
export function actorProfile(
  db: Database.Database,
  name: string,
  options: { topic?: string; limit?: number },
): ActorProfile | null {
  const ids = actorIdsFor(db, name);
  if (ids.length === 0) return null;
  const limit = Math.max(1, Math.min(50, options.limit ?? 5));
  const [filter, filterParams] = topicFilter(options.topic, "x.doc_seq");
  const ranked = stmt(
    db,
    `SELECT a.id, a.name, a.type, sum(x.mentions) AS mentions, count(*) AS documents,
       min(d.day) AS first_seen, max(d.day) AS last_seen
     FROM document_actors x JOIN actors a ON a.id = x.actor_id JOIN documents d ON d.seq = x.doc_seq
     WHERE x.actor_id IN (SELECT value FROM json_each(?)) AND d.duplicate_of IS NULL ${filter}
     GROUP BY a.id ORDER BY documents DESC, mentions DESC, a.name`,
  ).all(JSON.stringify(ids), ...filterParams) as Array<{
    id: number;
    name: string;
    type: ActorType;
    mentions: number;
    documents: number;
    first_seen: string;
    last_seen: string;
  }>;
  const best = ranked[0];
  if (!best) return null;
  const documents = (
    stmt(
      db,
      `SELECT ${DOC_REF_COLUMNS} FROM document_actors x JOIN documents d ON d.seq = x.doc_seq
       WHERE x.actor_id = ? AND d.duplicate_of IS NULL ${filter} ORDER BY d.day DESC, d.seq DESC LIMIT ?`,
    ).all(best.id, ...filterParams, limit) as DocRefRow[]
  ).map(docRef);
  const [quoteFilter, quoteParams] = topicFilter(options.topic, "q.doc_seq");
  const quotes = (
    stmt(
      db,
      `SELECT ${QUOTE_COLUMNS}, 0 AS rank FROM quotes q JOIN documents d ON d.seq = q.doc_seq
       WHERE q.speaker_actor_id = ? AND d.duplicate_of IS NULL ${quoteFilter} ORDER BY d.day DESC, q.id LIMIT ?`,
    ).all(best.id, ...quoteParams, limit) as Array<QuoteRow & { rank: number }>
  ).map(hit);
  const coActors = stmt(
    db,
    `SELECT a.name, a.type, count(*) AS documents
     FROM document_actors x JOIN document_actors y ON y.doc_seq = x.doc_seq AND y.actor_id != x.actor_id
     JOIN actors a ON a.id = y.actor_id JOIN documents d ON d.seq = x.doc_seq
     WHERE x.actor_id = ? AND d.duplicate_of IS NULL ${filter}
     GROUP BY y.actor_id ORDER BY documents DESC, a.name LIMIT 5`,
  ).all(best.id, ...filterParams) as Array<{ name: string; type: ActorType; documents: number }>;
  return {
    name: best.name,
    type: best.type,
    ...actorDetails(db, best.id, best.name),
    mentions: best.mentions,
    documentCount: best.documents,
    firstSeen: best.first_seen,
    lastSeen: best.last_seen,
    documents,
    quotes,
    coActors,
    otherMatches: ranked.slice(1, 6).map((row) => row.name),
  };
}

const suggestLimit = (options: SuggestOptions) => Math.max(1, Math.min(100, options.limit ?? 25));

const prefixFilter = (prefix: string | undefined, column: string): [string, unknown[]] => {
  const key = nameKey(prefix ?? "");
  if (key === "") return ["", []];
  const pattern = `${likeEscape(key)}%`;
  // A prefix of the name, of any alias, or of any word in them ("lin" finds Bonny Lin).
  return [
    `AND EXISTS (SELECT 1 FROM actor_aliases p WHERE p.actor_id = ${column}
       AND (p.alias_key LIKE ? ESCAPE '\\' OR p.alias_key LIKE ? ESCAPE '\\'))`,
    [pattern, `% ${pattern}`],
  ];
};

/** Speakers of stored quotes, most quoted first. */
export function listSpeakers(db: Database.Database, options: SuggestOptions): string[] {
  const [prefix, prefixParams] = prefixFilter(options.prefix, "q.speaker_actor_id");
  const [topic, topicParams] = topicFilter(options.topic, "q.doc_seq");
  const rows = stmt(
    db,
    `SELECT a.name FROM quotes q JOIN actors a ON a.id = q.speaker_actor_id
     WHERE 1 = 1 ${prefix} ${topic} GROUP BY a.id ORDER BY count(*) DESC, a.name LIMIT ?`,
  ).all(...prefixParams, ...topicParams, suggestLimit(options)) as Array<{ name: string }>;
  return [...new Set(rows.map((row) => row.name))];
}

/** Actors, most mentioned first. */
export function listActors(db: Database.Database, options: SuggestOptions): ActorSuggestion[] {
  const [prefix, prefixParams] = prefixFilter(options.prefix, "x.actor_id");
  const [topic, topicParams] = topicFilter(options.topic, "x.doc_seq");
  return stmt(
    db,
    `SELECT a.name, a.type, sum(x.mentions) AS mentions FROM document_actors x JOIN actors a ON a.id = x.actor_id
     WHERE 1 = 1 ${prefix} ${topic} GROUP BY a.id ORDER BY mentions DESC, a.name LIMIT ?`,
  ).all(...prefixParams, ...topicParams, suggestLimit(options)) as ActorSuggestion[];
}
