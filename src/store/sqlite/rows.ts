// Shared pieces of the SQLite store: a prepared-statement cache, actor look-ups by name and the
// grouping parts of stored briefs; the row shapes both backends select come from ../row-mapping.ts.
import type Database from "better-sqlite3";
import { z } from "zod";
import { Actor, KeyPoint } from "../../core/schemas.ts";
import { likeEscape, nameKey } from "../row-mapping.ts";
import { parseStoredJson } from "../stored-brief.ts";

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, prepared once. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/** The parts of a stored brief that story grouping reads, as JSON cut out by json_extract. */
export interface GroupingParts {
  actors_json: string | null;
  points_json: string | null;
}

const GroupingBrief = z.object({
  actors: z.array(Actor.pick({ name: true, type: true, mentions: true })),
  keyPoints: z.array(KeyPoint),
});

/** Parses and validates the grouping parts of a stored brief, as parseStoredBrief does the whole. */
export const parseGroupingParts = (row: GroupingParts, documentId: string): z.infer<typeof GroupingBrief> =>
  parseStoredJson(
    GroupingBrief,
    () => ({
      actors: JSON.parse(row.actors_json ?? "null"),
      keyPoints: JSON.parse(row.points_json ?? "null"),
    }),
    documentId,
  );

/** Aliases and roles of actors, most frequent role first. */
export function actorDetails(
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
