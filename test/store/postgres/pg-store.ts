// A PostgreSQL store on a fresh database of its own for one test file, with a fixed clock.
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { tempDatabase } from "./pg-server.ts";

/** Every port on a new database; `cleanup` closes them and drops the database. */
export async function tempPostgres(now = new Date("2026-01-10T12:00:00Z")): Promise<{
  ports: PostgresPorts;
  url: string;
  cleanup: () => Promise<void>;
}> {
  const database = await tempDatabase();
  const ports = await openPostgresPorts(database.url, { clock: () => now, poolSize: 4 });
  return {
    ports,
    url: database.url,
    cleanup: async () => {
      await ports.close();
      await database.drop();
    },
  };
}
