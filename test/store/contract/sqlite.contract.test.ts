// The store contract on SQLite: each backend under test is a fresh file in a temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StorePorts } from "../../../src/core/ports.ts";
import { openSqlitePorts } from "../../../src/store/sqlite/sqlite-ports.ts";
import { storeContract } from "./store-contract.ts";

storeContract("sqlite", async ({ clock }) => {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-contract-"));
  const path = join(dir, "briefbot.db");
  let open: StorePorts = await openSqlitePorts(path, { clock });
  return {
    ports: open,
    async reopen() {
      await open.close();
      open = await openSqlitePorts(path, { clock });
      return open;
    },
    async cleanup() {
      await open.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
