// Actor profiles (/who) and autocomplete lists on PostgreSQL, from the actors merged across documents.
import type { ActorProfile, ActorSuggestion, SuggestOptions } from "../../core/ports.ts";
import type { ActorType } from "../../core/schemas.ts";
import {
  DOC_REF_COLUMNS,
  type DocRefRow,
  docRef,
  likeEscape,
  nameKey,
  QUOTE_COLUMNS,
  type QuoteRow,
  quoteHit,
} from "../row-mapping.ts";
import { type Queryable, rows } from "./db.ts";
import { actorDetails, actorIdsFor } from "./rows.ts";

/** A filter to counted memberships of a topic; `n` is the placeholder number of the topic. */
const topicFilter = (topic: string | undefined, column: string, n: number): [string, unknown[]] =>
  topic
    ? [
        `AND EXISTS (SELECT 1 FROM memberships m WHERE m.topic = $${n} AND m.doc_seq = ${column} AND m.counted)`,
        [topic],
      ]
    : ["", []];

/** The profile of the actor a name or alias means, the most mentioned when several do. */
export async function actorProfile(
  db: Queryable,
  name: string,
  options: { topic?: string; limit?: number },
): Promise<ActorProfile | null> {
  const ids = await actorIdsFor(db, name);
  if (ids.length === 0) return null;
  const limit = Math.max(1, Math.min(50, options.limit ?? 5));
  const [filter, filterParams] = topicFilter(options.topic, "x.doc_seq", 2);
  const ranked = await rows<{
    id: number;
    name: string;
    type: ActorType;
    mentions: number;
    documents: number;
    first_seen: string;
    last_seen: string;
  }>(
    db,
    `SELECT a.id, a.name, a.type, sum(x.mentions)::int AS mentions, count(*)::int AS documents,
       min(d.day) AS first_seen, max(d.day) AS last_seen
     FROM document_actors x JOIN actors a ON a.id = x.actor_id JOIN documents d ON d.seq = x.doc_seq
     WHERE x.actor_id = ANY($1::int[]) AND d.duplicate_of IS NULL ${filter}
     GROUP BY a.id ORDER BY documents DESC, mentions DESC, a.name COLLATE "C"`,
    [ids, ...filterParams],
  );
  const best = ranked[0];
  if (!best) return null;
  const documents = (
    await rows<DocRefRow>(
      db,
      `SELECT ${DOC_REF_COLUMNS} FROM document_actors x JOIN documents d ON d.seq = x.doc_seq
       WHERE x.actor_id = $1 AND d.duplicate_of IS NULL ${filter} ORDER BY d.day DESC, d.seq DESC LIMIT $${filterParams.length + 2}`,
      [best.id, ...filterParams, limit],
    )
  ).map(docRef);
  const [quoteFilter, quoteParams] = topicFilter(options.topic, "q.doc_seq", 2);
  const quotes = (
    await rows<QuoteRow & { rank: number }>(
      db,
      `SELECT ${QUOTE_COLUMNS}, 0 AS rank FROM quotes q JOIN documents d ON d.seq = q.doc_seq
       WHERE q.speaker_actor_id = $1 AND d.duplicate_of IS NULL ${quoteFilter} ORDER BY d.day DESC, q.id LIMIT $${quoteParams.length + 2}`,
      [best.id, ...quoteParams, limit],
    )
  ).map(quoteHit);
  const coActors = await rows<{ name: string; type: ActorType; documents: number }>(
    db,
    `SELECT a.name, a.type, count(*)::int AS documents
     FROM document_actors x JOIN document_actors y ON y.doc_seq = x.doc_seq AND y.actor_id <> x.actor_id
     JOIN actors a ON a.id = y.actor_id JOIN documents d ON d.seq = x.doc_seq
     WHERE x.actor_id = $1 AND d.duplicate_of IS NULL ${filter}
     GROUP BY y.actor_id, a.name, a.type ORDER BY documents DESC, a.name COLLATE "C" LIMIT 5`,
    [best.id, ...filterParams],
  );
  return {
    name: best.name,
    type: best.type,
    ...(await actorDetails(db, best.id, best.name)),
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

/** Filters of the autocomplete lists, with their parameters numbered from 1. */
function suggestFilters(
  options: SuggestOptions,
  actorColumn: string,
  docColumn: string,
): [string, unknown[]] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const key = nameKey(options.prefix ?? "");
  if (key !== "") {
    const pattern = `${likeEscape(key)}%`;
    params.push(pattern, `% ${pattern}`);
    // A prefix of the name, of any alias, or of any word in them ("lin" finds Bonny Lin).
    clauses.push(`AND EXISTS (SELECT 1 FROM actor_aliases p WHERE p.actor_id = ${actorColumn}
       AND (p.alias_key LIKE $${params.length - 1} OR p.alias_key LIKE $${params.length}))`);
  }
  if (options.topic) {
    params.push(options.topic);
    clauses.push(
      `AND EXISTS (SELECT 1 FROM memberships m WHERE m.topic = $${params.length} AND m.doc_seq = ${docColumn} AND m.counted)`,
    );
  }
  return [clauses.join(" "), params];
}

/** Speakers of stored quotes, most quoted first. */
export async function listSpeakers(db: Queryable, options: SuggestOptions): Promise<string[]> {
  const [filters, params] = suggestFilters(options, "q.speaker_actor_id", "q.doc_seq");
  const found = await rows<{ name: string }>(
    db,
    `SELECT a.name FROM quotes q JOIN actors a ON a.id = q.speaker_actor_id
     WHERE true ${filters} GROUP BY a.id, a.name ORDER BY count(*) DESC, a.name COLLATE "C" LIMIT $${params.length + 1}`,
    [...params, suggestLimit(options)],
  );
  return [...new Set(found.map((row) => row.name))];
}

/** Actors, most mentioned first. */
export async function listActors(db: Queryable, options: SuggestOptions): Promise<ActorSuggestion[]> {
  const [filters, params] = suggestFilters(options, "x.actor_id", "x.doc_seq");
  return rows<ActorSuggestion>(
    db,
    `SELECT a.name, a.type, sum(x.mentions)::int AS mentions FROM document_actors x JOIN actors a ON a.id = x.actor_id
     WHERE true ${filters} GROUP BY a.id, a.name, a.type ORDER BY mentions DESC, a.name COLLATE "C" LIMIT $${params.length + 1}`,
    [...params, suggestLimit(options)],
  );
}
