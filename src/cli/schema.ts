// `briefbot schema`: the JSON Schema of a document brief, generated from the zod schemas.
import { z } from "zod";
import { DocumentBrief } from "../core/schemas.ts";

/** Runs `briefbot schema`; resolves to the exit code. */
export async function run(
  _args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const schema = z.toJSONSchema(DocumentBrief, { io: "output" });
  io.stdout(`${JSON.stringify({ title: "DocumentBrief", ...schema }, null, 2)}\n`);
  return 0;
}
