// `briefbot schema [extract|brief|quote|who|topics|ingest|digest|docs|rematch]`: the JSON Schema of what the
// command prints with --json, generated from the zod schemas the commands use (default: extract,
// the brief contract of DESIGN.md). `digest` is `digest list --json`, `docs` is `docs <topic> --json`,
// `rematch` is `topics rematch --json`.
import { z } from "zod";
import { briefCommand } from "../../commands/brief.ts";
import { DigestListData } from "../../commands/digest.ts";
import { DocsListData, ExtractData, IngestData, RematchData } from "../../commands/output-schemas.ts";
import { quoteCommand } from "../../commands/quote.ts";
import { topicsCommand } from "../../commands/topics.ts";
import { whoCommand } from "../../commands/who.ts";
import { BriefbotError } from "../core/errors.ts";
import type { CliIo } from "./io.ts";
import { SCHEMA_NAMES, type SchemaName } from "./schema-names.ts";

const SCHEMAS: Record<SchemaName, { title: string; schema: z.ZodType }> = {
  extract: { title: "briefbot extract --json", schema: ExtractData },
  brief: { title: "briefbot brief --json", schema: briefCommand.output },
  quote: { title: "briefbot quote --json", schema: quoteCommand.output },
  who: { title: "briefbot who --json", schema: whoCommand.output },
  topics: { title: "briefbot topics --json", schema: topicsCommand.output },
  ingest: { title: "briefbot ingest --json", schema: IngestData },
  digest: { title: "briefbot digest list --json", schema: DigestListData },
  docs: { title: "briefbot docs <topic> --json", schema: DocsListData },
  rematch: { title: "briefbot topics rematch --json", schema: RematchData },
};

/** The JSON Schema of one output. */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const { title, schema } = SCHEMAS[name];
  return { title, ...z.toJSONSchema(schema, { io: "output" }) };
}

const isSchemaName = (name: string): name is SchemaName => (SCHEMA_NAMES as readonly string[]).includes(name);

/** Runs `briefbot schema`; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [name = "extract", ...extra] = args;
  if (!isSchemaName(name) || extra.length > 0) {
    throw new BriefbotError("INPUT_INVALID", `there is no schema "${args.join(" ")}"`, {
      hints: [`usage: briefbot schema [${SCHEMA_NAMES.join("|")}]`],
    });
  }
  io.stdout(`${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  return 0;
}
