// Shared pieces of the PostgreSQL store: actor look-ups by name; the row shapes both backends
// select come from ../row-mapping.ts.
import { likeEscape, nameKey } from "../row-mapping.ts";
import { type Queryable, rows } from "./db.ts";

/** Aliases and roles of an actor, most frequent role first. */
export async function actorDetails(
  db: Queryable,
  actorId: number,
  name: string,
): Promise<{ aliases: string[]; roles: string[] }> {
  const aliases = (
    await rows<{ alias: string }>(db, "SELECT alias FROM actor_aliases WHERE actor_id = $1", [actorId])
  )
    .map((row) => row.alias)
    // Sorted here, not by the database's collation, so both backends list them alike.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((alias) => alias !== name);
  const roles = (
    await rows<{ role: string }>(
      db,
      'SELECT role FROM actor_roles WHERE actor_id = $1 GROUP BY role ORDER BY count(*) DESC, role COLLATE "C" LIMIT 5',
      [actorId],
    )
  ).map((row) => row.role);
  return { aliases, roles };
}

/** actorDetails of several actors in two statements (a brief shows twenty): by actor id. */
export async function actorDetailsOf(
  db: Queryable,
  actors: ReadonlyArray<{ id: number; name: string }>,
): Promise<Map<number, { aliases: string[]; roles: string[] }>> {
  const ids = actors.map((actor) => actor.id);
  const details = new Map(
    actors.map((actor) => [actor.id, { aliases: [] as string[], roles: [] as string[] }]),
  );
  if (ids.length === 0) return details;
  const aliases = await rows<{ actor_id: number; alias: string }>(
    db,
    "SELECT actor_id, alias FROM actor_aliases WHERE actor_id = ANY($1::int[])",
    [ids],
  );
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  for (const row of aliases)
    if (row.alias !== names.get(row.actor_id)) details.get(row.actor_id)!.aliases.push(row.alias);
  for (const detail of details.values()) detail.aliases.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The same five roles an actor as actorDetails: most frequent first, then by role in C order.
  const roles = await rows<{ actor_id: number; role: string }>(
    db,
    `SELECT r.actor_id, r.role FROM unnest($1::int[]) AS a(id) CROSS JOIN LATERAL (
       SELECT actor_id, role FROM actor_roles WHERE actor_id = a.id
       GROUP BY actor_id, role ORDER BY count(*) DESC, role COLLATE "C" LIMIT 5) r`,
    [ids],
  );
  for (const row of roles) details.get(row.actor_id)!.roles.push(row.role);
  return details;
}

/** Ids of the actors a name means: an exact name or alias, else a name starting or ending with it. */
export async function actorIdsFor(db: Queryable, name: string): Promise<number[]> {
  const key = nameKey(name);
  if (key === "") return [];
  const exact = await rows<{ actor_id: number }>(
    db,
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = $1",
    [key],
  );
  if (exact.length > 0) return exact.map((row) => row.actor_id);
  const pattern = likeEscape(key);
  const partial = await rows<{ actor_id: number }>(
    db,
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key LIKE $1 OR alias_key LIKE $2 LIMIT 50",
    [`${pattern} %`, `% ${pattern}`],
  );
  return partial.map((row) => row.actor_id);
}
