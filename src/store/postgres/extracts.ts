// Writes the searchable rows of one document's brief: actors (merged across documents), key points
// and quotes with their tsvector. Called inside addDocument's transaction (which holds the write
// lock, so actor resolution sees every committed actor), and by reindex.
import { keyPointWeight } from "../../core/brief/topic-brief.ts";
import type { ActorType, DocumentBrief } from "../../core/schemas.ts";
import { type Queryable, rows, run } from "./db.ts";
import { nameKey } from "./rows.ts";

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

/**
 * The actor a canonical name means: the same name and type, else (for a one-word name such as
 * "Lin") the only actor of that type that has it as an alias, else a new actor with its name as
 * an alias. The same rule as the SQLite store.
 */
async function resolveActor(
  db: Queryable,
  known: KnownActors,
  name: string,
  type: ActorType,
): Promise<number> {
  const cached = known.get(type, name);
  if (cached !== undefined) return cached;
  const [same] = await rows<{ id: number }>(db, "SELECT id FROM actors WHERE name = $1 AND type = $2", [
    name,
    type,
  ]);
  if (same) {
    known.add(type, name, same.id);
    return same.id;
  }
  if (!/\s/.test(name.trim())) {
    const owners = await rows<{ id: number }>(
      db,
      `SELECT DISTINCT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
       WHERE x.alias_key = $1 AND a.type = $2 LIMIT 2`,
      [nameKey(name), type],
    );
    if (owners.length === 1) return owners[0]!.id;
  }
  const [inserted] = await rows<{ id: number }>(
    db,
    "INSERT INTO actors (name, type) VALUES ($1, $2) RETURNING id",
    [name, type],
  );
  const id = inserted!.id;
  known.add(type, name, id);
  await addAliases(db, known, id, [name]);
  return id;
}

async function addAliases(
  db: Queryable,
  known: KnownActors,
  actorId: number,
  aliases: readonly string[],
): Promise<void> {
  const keys: string[] = [];
  const texts: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (key === "" || keys.includes(key) || known.hasAlias(actorId, key)) continue;
    keys.push(key);
    texts.push(alias.trim());
  }
  if (keys.length === 0) return;
  await run(
    db,
    `INSERT INTO actor_aliases (alias_key, actor_id, alias)
     SELECT k, $1::int, a FROM unnest($2::text[], $3::text[]) AS u(k, a) ON CONFLICT DO NOTHING`,
    [actorId, keys, texts],
  );
  for (const key of keys) known.addAlias(actorId, key);
}

/** Inserts the actors, key points and quotes of a document's brief. */
export async function insertExtractRows(
  db: Queryable,
  known: KnownActors,
  seq: number,
  brief: DocumentBrief,
): Promise<void> {
  const actorIds = new Map<string, number>();
  const mentions = new Map<number, number>();
  const roles: Array<[number, string]> = [];
  for (const actor of brief.actors) {
    const id = await resolveActor(db, known, actor.name, actor.type);
    actorIds.set(`${actor.type}:${actor.name}`, id);
    await addAliases(db, known, id, [actor.name, ...actor.aliases]);
    mentions.set(id, (mentions.get(id) ?? 0) + actor.mentions);
    for (const role of actor.roles) {
      const text = role.trim();
      if (text) roles.push([id, text]);
    }
  }
  if (mentions.size > 0) {
    await run(
      db,
      `INSERT INTO document_actors (doc_seq, actor_id, mentions)
       SELECT $1::int, a, m FROM unnest($2::int[], $3::int[]) AS u(a, m)`,
      [seq, [...mentions.keys()], [...mentions.values()]],
    );
  }
  if (roles.length > 0) {
    await run(
      db,
      `INSERT INTO actor_roles (actor_id, role, doc_seq)
       SELECT a, r, $1::int FROM unnest($2::int[], $3::text[]) AS u(a, r) ON CONFLICT DO NOTHING`,
      [seq, roles.map(([id]) => id), roles.map(([, role]) => role)],
    );
  }
  if (brief.keyPoints.length > 0) {
    const best = Math.max(0, ...brief.keyPoints.map((point) => point.score));
    await run(
      db,
      `INSERT INTO key_points (doc_seq, rank, sentence, text, score, weight)
       SELECT $1::int, r, s, t, sc, w FROM unnest($2::int[], $3::int[], $4::text[], $5::float8[], $6::float8[])
         AS u(r, s, t, sc, w) ON CONFLICT DO NOTHING`,
      [
        seq,
        brief.keyPoints.map((_, rank) => rank),
        brief.keyPoints.map((point) => point.sentence),
        brief.keyPoints.map((point) => point.text),
        brief.keyPoints.map((point) => point.score),
        brief.keyPoints.map((point, rank) => keyPointWeight(point.score, best, rank)),
      ],
    );
  }
  if (brief.quotes.length === 0) return;
  const speakers: Array<number | null> = [];
  for (const quote of brief.quotes) {
    speakers.push(
      // An unnamed speaker ("a State Department spokeswoman") is kept on the quote, not as an actor.
      quote.speaker && quote.speaker.named !== false
        ? (actorIds.get(`${quote.speaker.type}:${quote.speaker.name}`) ??
            (await resolveActor(db, known, quote.speaker.name, quote.speaker.type)))
        : null,
    );
  }
  // The speaker's names as they stand now (as FTS5's speaker column on SQLite): later aliases of
  // the actor do not re-index earlier quotes.
  await run(
    db,
    `INSERT INTO quotes (doc_seq, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id, search)
     SELECT $1::int, s, st, e, t, sn, sty, a,
       setweight(to_tsvector('briefbot_text', t), 'A') ||
       setweight(to_tsvector('briefbot_text', coalesce(
         (SELECT string_agg(x.alias, ' ') FROM actor_aliases x WHERE x.actor_id = a), us)), 'B')
     FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[])
       WITH ORDINALITY AS u(s, st, e, t, sn, sty, a, us, n)
     ORDER BY n`,
    [
      seq,
      brief.quotes.map((quote) => quote.sentence),
      brief.quotes.map((quote) => quote.start),
      brief.quotes.map((quote) => quote.end),
      brief.quotes.map((quote) => quote.text),
      brief.quotes.map((quote) => quote.speaker?.name ?? null),
      brief.quotes.map((quote) => quote.speaker?.type ?? null),
      speakers,
      // The search text of an unnamed speaker: its description, as on SQLite.
      brief.quotes.map((quote) => (quote.speaker?.named === false ? quote.speaker.name : "")),
    ],
  );
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
