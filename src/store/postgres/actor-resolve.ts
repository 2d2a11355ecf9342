// The actors of one brief resolved to ids in at most three round trips (not two to four per
// actor): one look-up of every name and one-word alias, one INSERT of the new actors, one of the
// new aliases. The rule is the SQLite store's, applied in the brief's order as if one actor at a
// time: the same name and type, else (a one-word name such as "Lin") the only actor of that type
// with it as an alias, counting aliases added earlier in this brief; else a new actor with its
// name as an alias. Runs inside the write transaction (the write lock is held).
import type { ActorType, DocumentBrief } from "../../core/schemas.ts";
import { nameKey } from "../row-mapping.ts";
import { type Queryable, rows, run } from "./db.ts";
import type { KnownActors } from "./extracts.ts";

/** What the brief's rows need: the id of each actor (by "type:name") and of each quote's speaker. */
export interface ResolvedActors {
  ids: Map<string, number>;
  /** One per quote: its speaker's actor id, or null (no speaker, or an unnamed one). */
  speakers: Array<number | null>;
}

interface Wanted {
  name: string;
  type: ActorType;
  /** Aliases to add once resolved: an actor's name and aliases; a quote's speaker adds none. */
  aliases: readonly string[];
}

const isOneWord = (name: string) => !/\s/.test(name.trim());

/** Resolves every actor and named speaker of `brief`, creating the new ones. */
export async function resolveActors(
  db: Queryable,
  known: KnownActors,
  brief: DocumentBrief,
): Promise<ResolvedActors> {
  return (await resolveActorsOfBriefs(db, known, [brief])).resolved[0]!;
}

/** An alias row a batch added (or found already stored), with the brief that added it. */
export interface AddedAlias {
  brief: number;
  actorId: number;
  key: string;
  text: string;
}

/** What resolveActorsOfBriefs gives: per brief, and the aliases as briefs in order added them. */
export interface ResolvedBriefs {
  /** One per brief given; null for a null brief. */
  resolved: Array<ResolvedActors | null>;
  /** The alias rows each brief added, in order (migrate-store's quote search text needs them). */
  added: AddedAlias[];
  /**
   * With `storedAliases`: the aliases stored before this batch of the actors that existed before
   * it and speak in one of its quotes (actor id -> alias key -> text).
   */
  stored: Map<number, Map<string, string>>;
}

function wantedOf(brief: DocumentBrief): Wanted[] {
  const wanted: Wanted[] = brief.actors.map((actor) => ({
    name: actor.name,
    type: actor.type,
    aliases: [actor.name, ...actor.aliases],
  }));
  const listed = new Set(brief.actors.map((actor) => `${actor.type}:${actor.name}`));
  for (const quote of brief.quotes) {
    // An unnamed speaker ("a State Department spokeswoman") is kept on the quote, not as an actor.
    const speaker = quote.speaker;
    if (!speaker || speaker.named === false || listed.has(`${speaker.type}:${speaker.name}`)) continue;
    listed.add(`${speaker.type}:${speaker.name}`);
    wanted.push({ name: speaker.name, type: speaker.type, aliases: [] });
  }
  return wanted;
}

/**
 * Resolves the actors of several briefs in their order, as resolveActors one brief after another
 * would (each sees the actors and aliases the ones before it added), in the same three round trips
 * for all of them (four with `storedAliases`).
 */
export async function resolveActorsOfBriefs(
  db: Queryable,
  known: KnownActors,
  briefs: ReadonlyArray<DocumentBrief | null>,
  options: { storedAliases?: boolean } = {},
): Promise<ResolvedBriefs> {
  const lists = briefs.map((brief) => (brief ? wantedOf(brief) : null));

  // 1. What the database knows of the names this process has not cached.
  const unknown = new Map<string, Wanted>();
  for (const item of lists.flatMap((list) => list ?? [])) {
    if (known.get(item.type, item.name) === undefined) unknown.set(`${item.type}\u0000${item.name}`, item);
  }
  const exact = new Map<string, number>();
  /** "type\0alias key" -> actor ids (placeholders, negative, for actors new in this batch). */
  const owners = new Map<string, Set<number>>();
  const ownersOf = (type: string, key: string) => {
    const entry = `${type}\u0000${key}`;
    const set = owners.get(entry) ?? new Set<number>();
    owners.set(entry, set);
    return set;
  };
  if (unknown.size > 0) {
    const items = [...unknown.values()];
    const keys = [...new Set(items.filter((item) => isOneWord(item.name)).map((item) => nameKey(item.name)))];
    const found = await rows<{ kind: string; id: number; name: string; type: string }>(
      db,
      `SELECT 'exact' AS kind, a.id, a.name, a.type FROM actors a
         JOIN unnest($1::text[], $2::text[]) AS u(n, t) ON a.name = u.n AND a.type = u.t
       UNION ALL
       SELECT 'alias', x.actor_id, x.alias_key, a.type FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
         WHERE x.alias_key = ANY($3::text[])`,
      [items.map((item) => item.name), items.map((item) => item.type), keys],
    );
    for (const row of found) {
      if (row.kind === "exact") exact.set(`${row.type}\u0000${row.name}`, row.id);
      else ownersOf(row.type, row.name).add(row.id);
    }
  }

  // 2. Brief after brief, in each brief's order, as one actor at a time would.
  const created: Array<{ name: string; type: ActorType; placeholder: number }> = [];
  const createdByName = new Map<string, number>();
  const aliasRows: AddedAlias[] = [];
  /** Alias rows added in this batch ("actor id\0key"): a later brief adds them no more. */
  const addedHere = new Set<string>();
  const perBrief = lists.map((list, brief) => {
    if (!list) return null;
    const ids = new Map<string, number>();
    const addAliases = (id: number, type: string, aliases: readonly string[]) => {
      const seen = new Set<string>();
      for (const alias of aliases) {
        const key = nameKey(alias);
        if (key === "" || seen.has(key) || (id > 0 && known.hasAlias(id, key))) continue;
        seen.add(key);
        if (addedHere.has(`${id}\u0000${key}`)) continue;
        addedHere.add(`${id}\u0000${key}`);
        aliasRows.push({ brief, actorId: id, key, text: alias.trim() });
        ownersOf(type, key).add(id);
      }
    };
    for (const item of list) {
      const nameEntry = `${item.type}\u0000${item.name}`;
      let id = known.get(item.type, item.name) ?? createdByName.get(nameEntry) ?? exact.get(nameEntry);
      if (id !== undefined && id > 0) known.add(item.type, item.name, id);
      if (id === undefined && isOneWord(item.name)) {
        const candidates = owners.get(`${item.type}\u0000${nameKey(item.name)}`);
        if (candidates?.size === 1) id = [...candidates][0]!;
      }
      if (id === undefined) {
        id = -(created.length + 1);
        created.push({ name: item.name, type: item.type, placeholder: id });
        createdByName.set(nameEntry, id);
        addAliases(id, item.type, [item.name]);
      }
      ids.set(`${item.type}:${item.name}`, id);
      if (item.aliases.length > 0) addAliases(id, item.type, item.aliases);
    }
    return ids;
  });

  // 3. The new actors, then every new alias (the quotes' search text reads them).
  const real = new Map<number, number>();
  if (created.length > 0) {
    const inserted = await rows<{ id: number; name: string; type: ActorType }>(
      db,
      `INSERT INTO actors (name, type) SELECT n, t FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(n, t, o)
       ORDER BY o RETURNING id, name, type`,
      [created.map((item) => item.name), created.map((item) => item.type)],
    );
    for (const row of inserted) {
      real.set(createdByName.get(`${row.type}\u0000${row.name}`)!, row.id);
      known.add(row.type, row.name, row.id);
    }
  }
  const idOf = (id: number) => (id > 0 ? id : real.get(id)!);
  const stored = new Map<number, Map<string, string>>();
  if (options.storedAliases) {
    // Speakers that existed before the batch: their aliases as stored before it adds any.
    const speakers = new Set<number>();
    for (const [b, brief] of briefs.entries()) {
      for (const quote of brief?.quotes ?? []) {
        if (!quote.speaker || quote.speaker.named === false) continue;
        const id = perBrief[b]?.get(`${quote.speaker.type}:${quote.speaker.name}`);
        if (id !== undefined && id > 0) speakers.add(id);
      }
    }
    if (speakers.size > 0) {
      const found = await rows<{ actor_id: number; alias_key: string; alias: string }>(
        db,
        "SELECT actor_id, alias_key, alias FROM actor_aliases WHERE actor_id = ANY($1::int[])",
        [[...speakers]],
      );
      for (const row of found) {
        const aliases = stored.get(row.actor_id) ?? new Map<string, string>();
        aliases.set(row.alias_key, row.alias);
        stored.set(row.actor_id, aliases);
      }
    }
  }
  for (const row of aliasRows) row.actorId = idOf(row.actorId);
  if (aliasRows.length > 0) {
    await run(
      db,
      `INSERT INTO actor_aliases (alias_key, actor_id, alias)
       SELECT k, a, t FROM unnest($1::text[], $2::int[], $3::text[]) WITH ORDINALITY AS u(k, a, t, o)
       ORDER BY o ON CONFLICT DO NOTHING`,
      [
        aliasRows.map((row) => row.key),
        aliasRows.map((row) => row.actorId),
        aliasRows.map((row) => row.text),
      ],
    );
    for (const row of aliasRows) known.addAlias(row.actorId, row.key);
  }
  const resolved = perBrief.map((ids, b) => {
    const brief = briefs[b];
    if (!ids || !brief) return null;
    for (const [key, id] of ids) ids.set(key, idOf(id));
    const speakers = brief.quotes.map((quote) =>
      quote.speaker && quote.speaker.named !== false
        ? (ids.get(`${quote.speaker.type}:${quote.speaker.name}`) ?? null)
        : null,
    );
    return { ids, speakers };
  });
  return { resolved, added: aliasRows, stored };
}
