// The store contract on PostgreSQL: each backend under test is a new database with a random name
// on the test server (127.0.0.1:5432), dropped at cleanup. Without a server the suite is skipped
// loudly, and fails in CI (test/store/postgres/pg-server.ts).
import type { StorePorts } from "../../../src/core/ports.ts";
import { openPostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { describePostgres, tempDatabase } from "../postgres/pg-server.ts";
import { storeContract } from "./store-contract.ts";

describePostgres("PostgreSQL backend", () =>
  storeContract("postgres", async ({ clock }) => {
    const database = await tempDatabase();
    let open: StorePorts = await openPostgresPorts(database.url, { clock, poolSize: 4 });
    return {
      ports: open,
      async reopen() {
        await open.close();
        open = await openPostgresPorts(database.url, { clock, poolSize: 4 });
        return open;
      },
      async cleanup() {
        await open.close();
        await database.drop();
      },
    };
  }),
);
