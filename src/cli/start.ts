// `briefbot start` (what `npm start` runs): every configured adapter, or the terminal chat.
import { loadConfig } from "../config.ts";
import { start } from "../main.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs } from "./with-app.ts";

/** Starts the bot and resolves when it has shut down. */
export async function run(args: string[], _io: CliIo): Promise<number> {
  parseCliArgs({ args, options: {}, allowPositionals: false, strict: true }, "briefbot start");
  await start(loadConfig(), { handleSignals: true });
  return 0;
}
