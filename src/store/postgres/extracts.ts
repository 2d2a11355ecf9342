// Writes the searchable rows of one document's brief: actors' mentions and roles, key points and
// quotes with their tsvector, as parts of one statement (a round trip costs more than the rows).
// Called inside addDocument's transaction (which holds the write lock, so actor resolution in
// actor-resolve.ts sees every committed actor), and by reindex.
import { keyPointWeight } from "../../core/brief/topic-brief.ts";
import type { DocumentBrief } from "../../core/schemas.ts";
import type { ResolvedActors } from "./actor-resolve.ts";
import { type Queryable, rows, run } from "./db.ts";

/**
 * Actor ids this process has seen committed, by type and name. Actors are never deleted, so an id
 * stays right on every replica; entries from a rolled-back transaction are dropped by the caller.
 */
export class KnownActors {
  private ids = new Map<string, number>();
  private pending = new Map<string, number>();
  /** Alias rows known to exist ("actor id, alias key"): most names recur, their aliases too. */
  private aliases = new Set<string>();
  private pendingAliases = new Set<string>();

  hasAlias(actorId: number, key: string): boolean {
    const entry = `${actorId}\u0000${key}`;
    return this.aliases.has(entry) || this.pendingAliases.has(entry);
  }

  addAlias(actorId: number, key: string): void {
    this.pendingAliases.add(`${actorId}\u0000${key}`);
  }

  get(type: string, name: string): number | undefined {
    const key = `${type}\u0000${name}`;
    return this.ids.get(key) ?? this.pending.get(key);
  }

  add(type: string, name: string, id: number): void {
    this.pending.set(`${type}\u0000${name}`, id);
  }

  /** The transaction committed: keep what it learnt (bounded). */
  commit(): void {
    if (this.ids.size + this.aliases.size > 200_000) {
      this.ids.clear();
      this.aliases.clear();
    }
    for (const [key, id] of this.pending) this.ids.set(key, id);
    for (const entry of this.pendingAliases) this.aliases.add(entry);
    this.pending.clear();
    this.pendingAliases.clear();
  }

  /** The transaction rolled back: its new actors are gone. */
  rollback(): void {
    this.pending.clear();
    this.pendingAliases.clear();
  }
}

/** Positional parameters for a statement built in parts: `add(value)` gives its "$n". */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ""): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** The searchable rows of one brief, as values (extractRowsCtes and migrate-store's batches write them). */
export interface SearchableRows {
  mentions: Map<number, number>;
  roles: Array<{ actorId: number; role: string }>;
  keyPoints: Array<{ rank: number; sentence: number; text: string; score: number; weight: number }>;
  quotes: Array<{
    sentence: number;
    start: number;
    end: number;
    text: string;
    speakerName: string | null;
    speakerType: string | null;
    speakerActorId: number | null;
    /** An unnamed speaker's description: its search text (a named one's is its actor's aliases). */
    unnamed: string;
  }>;
}

/** What a brief writes besides its extract: actors' mentions and roles, key points, quotes. */
export function searchableRows(brief: DocumentBrief, actors: ResolvedActors): SearchableRows {
  const roles: SearchableRows["roles"] = [];
  for (const actor of brief.actors) {
    const id = actors.ids.get(`${actor.type}:${actor.name}`)!;
    for (const role of actor.roles) {
      const text = role.trim();
      if (text) roles.push({ actorId: id, role: text });
    }
  }
  const best = Math.max(0, ...brief.keyPoints.map((point) => point.score));
  return {
    mentions: actorMentions(brief, actors),
    roles,
    keyPoints: brief.keyPoints.map((point, rank) => ({
      rank,
      sentence: point.sentence,
      text: point.text,
      score: point.score,
      weight: keyPointWeight(point.score, best, rank),
    })),
    quotes: brief.quotes.map((quote, n) => ({
      sentence: quote.sentence,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speakerName: quote.speaker?.name ?? null,
      speakerType: quote.speaker?.type ?? null,
      speakerActorId: actors.speakers[n] ?? null,
      unnamed: quote.speaker?.named === false ? quote.speaker.name : "",
    })),
  };
}

/** The search vector of a quote: its words (weight A) and its speaker's search text (weight B). */
export const QUOTE_SEARCH = (text: string, speaker: string) =>
  `setweight(to_tsvector('briefbot_text', ${text}), 'A') || setweight(to_tsvector('briefbot_text', ${speaker}), 'B')`;

/**
 * The data-modifying CTEs that write a brief's searchable rows (actors' mentions and roles, key
 * points, quotes with their tsvector) for the document whose seq is the SQL expression `seq`, in
 * the one statement the caller builds; `day` is the document's day (YYYY-MM-DD), kept on its
 * quotes. `actors` comes from resolveActors (its aliases are already
 * stored, so the quotes' speaker search text includes them).
 */
export function extractRowsCtes(
  params: Params,
  seq: string,
  day: string,
  brief: DocumentBrief,
  actors: ResolvedActors,
): string[] {
  const { mentions, roles, keyPoints, quotes } = searchableRows(brief, actors);
  const ctes: string[] = [];
  if (mentions.size > 0) {
    ctes.push(`INSERT INTO document_actors (doc_seq, actor_id, mentions)
      SELECT ${seq}, a, m FROM unnest(${params.add([...mentions.keys()], "::int[]")}, ${params.add([...mentions.values()], "::int[]")}) AS u(a, m)`);
  }
  if (roles.length > 0) {
    ctes.push(`INSERT INTO actor_roles (actor_id, role, doc_seq)
      SELECT a, r, ${seq} FROM unnest(${params.add(
        roles.map((row) => row.actorId),
        "::int[]",
      )}, ${params.add(
        roles.map((row) => row.role),
        "::text[]",
      )}) AS u(a, r) ON CONFLICT DO NOTHING`);
  }
  if (keyPoints.length > 0) {
    const column = (key: keyof (typeof keyPoints)[number], cast: string) =>
      params.add(
        keyPoints.map((point) => point[key]),
        cast,
      );
    ctes.push(`INSERT INTO key_points (doc_seq, rank, sentence, text, score, weight)
      SELECT ${seq}, r, s, t, sc, w FROM unnest(${column("rank", "::int[]")}, ${column("sentence", "::int[]")},
        ${column("text", "::text[]")}, ${column("score", "::float8[]")}, ${column("weight", "::float8[]")})
        AS u(r, s, t, sc, w) ON CONFLICT DO NOTHING`);
  }
  if (quotes.length > 0) {
    const column = (key: keyof (typeof quotes)[number], cast: string) =>
      params.add(
        quotes.map((quote) => quote[key]),
        cast,
      );
    // The speaker's names as they stand now (as FTS5's speaker column on SQLite): later aliases of
    // the actor do not re-index earlier quotes. An unnamed speaker's search text is its description.
    ctes.push(`INSERT INTO quotes (doc_seq, day, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id, search)
      SELECT ${seq}, ${params.add(day, "::text")}, s, st, e, t, sn, sty, a, ${QUOTE_SEARCH(
        "t",
        "coalesce((SELECT string_agg(x.alias, ' ') FROM actor_aliases x WHERE x.actor_id = a), us)",
      )}
      FROM unnest(${column("sentence", "::int[]")}, ${column("start", "::int[]")}, ${column("end", "::int[]")},
        ${column("text", "::text[]")}, ${column("speakerName", "::text[]")}, ${column("speakerType", "::text[]")},
        ${column("speakerActorId", "::int[]")}, ${column("unnamed", "::text[]")})
        WITH ORDINALITY AS u(s, st, e, t, sn, sty, a, us, n)
      ORDER BY n`);
  }
  return ctes;
}

/** Mentions per actor id in a brief (two names of one actor add up). */
export function actorMentions(brief: DocumentBrief, actors: ResolvedActors): Map<number, number> {
  const mentions = new Map<number, number>();
  for (const actor of brief.actors) {
    const id = actors.ids.get(`${actor.type}:${actor.name}`)!;
    mentions.set(id, (mentions.get(id) ?? 0) + actor.mentions);
  }
  return mentions;
}

/**
 * The CTE that adds a counted document's actors (`mentions`) to the tallies of `topics`; sign -1
 * takes them away (the caller deletes tallies that reach zero).
 */
export function tallyCte(
  params: Params,
  topics: readonly string[],
  mentions: Map<number, number>,
  sign: 1 | -1,
): string | null {
  if (topics.length === 0 || mentions.size === 0) return null;
  const ids = [...mentions.keys()].sort((a, b) => a - b);
  return `INSERT INTO topic_actors (topic, actor_id, mentions, documents)
    SELECT t, a, m * ${sign}, ${sign} FROM unnest(${params.add([...topics].sort(), "::text[]")}) AS t,
      unnest(${params.add(ids, "::int[]")}, ${params.add(
        ids.map((id) => mentions.get(id)!),
        "::int[]",
      )}) AS u(a, m)
    ORDER BY t, a
    ON CONFLICT (topic, actor_id) DO UPDATE SET mentions = topic_actors.mentions + excluded.mentions,
      documents = topic_actors.documents + excluded.documents`;
}

/** One statement of data-modifying CTEs, in order, ending in `final` (a SELECT or a last write). */
export function withCtes(ctes: readonly string[], final: string): string {
  if (ctes.length === 0) return final;
  return `WITH ${ctes.map((cte, i) => `w${i} AS (${cte})`).join(",\n")}\n${final}`;
}

/** Removes what insertExtractRows wrote for a document (before re-extracting it). */
export async function deleteExtractRows(db: Queryable, seq: number): Promise<void> {
  await run(db, "DELETE FROM quotes WHERE doc_seq = $1", [seq]);
  await run(db, "DELETE FROM key_points WHERE doc_seq = $1", [seq]);
  await run(db, "DELETE FROM document_actors WHERE doc_seq = $1", [seq]);
  await run(db, "DELETE FROM actor_roles WHERE doc_seq = $1", [seq]);
}

/** Adds (sign 1) or removes (sign -1) a counted document's actors to or from a topic's tallies. */
export async function tallyTopicActors(
  db: Queryable,
  seq: number,
  topic: string,
  sign: 1 | -1,
): Promise<void> {
  await run(
    db,
    `INSERT INTO topic_actors (topic, actor_id, mentions, documents)
       SELECT $1::text, actor_id, mentions * $2::int, $2::int FROM document_actors WHERE doc_seq = $3 ORDER BY actor_id
     ON CONFLICT (topic, actor_id) DO UPDATE SET mentions = topic_actors.mentions + excluded.mentions,
       documents = topic_actors.documents + excluded.documents`,
    [topic, sign, seq],
  );
  if (sign < 0) await run(db, "DELETE FROM topic_actors WHERE topic = $1 AND documents <= 0", [topic]);
}

/** The topics that count a document (not as a near-duplicate). */
export async function countingTopics(db: Queryable, seq: number): Promise<string[]> {
  return (
    await rows<{ topic: string }>(db, "SELECT topic FROM memberships WHERE doc_seq = $1 AND counted", [seq])
  ).map((row) => row.topic);
}
