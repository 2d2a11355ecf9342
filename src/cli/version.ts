// `briefbot --version`: the package version, read without loading anything else (cold start).
import { readFileSync } from "node:fs";
import type { CliIo } from "./io.ts";

/** Prints "briefbot X.Y.Z". */
export async function run(_args: string[], io: CliIo): Promise<number> {
  const raw: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  const version =
    typeof raw === "object" && raw !== null && "version" in raw && typeof raw.version === "string"
      ? raw.version
      : "unknown";
  io.stdout(`briefbot ${version}\n`);
  return 0;
}
