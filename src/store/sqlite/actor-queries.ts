// Actor profiles (/who) and autocomplete lists, from the actors merged across documents.
import type Database from "better-sqlite3";
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
import { actorDetails, actorIdsFor, stmt } from "./rows.ts";

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
  ).map(quoteHit);
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
