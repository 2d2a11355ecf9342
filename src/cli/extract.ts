// `briefbot extract [--json] FILE...`: the brief of each file, in argument order. A bad file is
// reported on stderr with its reason (exit status 2; 1 for a fault of the engine) while the other
// files still come out.

import { setFlagsFromString } from "node:v8";
import { speakerLabel } from "../../commands/citations.ts";
import { loadConfig } from "../config.ts";
import { extractBrief } from "../core/brief/extract-brief.ts";
import { isBriefbotError } from "../core/errors.ts";
import type { DocumentBrief } from "../core/schemas.ts";
import { loadSourceFile } from "../ingest/load-file.ts";

/** Where a subcommand writes. */
export interface ExtractIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = "usage: briefbot extract [--json] FILE...";

/** Runs `briefbot extract`; resolves to the exit code. */
export async function run(args: string[], io: ExtractIo): Promise<number> {
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--json" && a !== "--" && a !== "-");
  const files = args.filter((a) => !a.startsWith("-") || a === "-");
  if (unknown.length > 0 || files.length === 0) {
    io.stderr(
      `briefbot: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : "no file given"} [INPUT_INVALID]\n${USAGE}\n`,
    );
    return 2;
  }
  // A batch run is short: V8's optimising compiler spends much of it inlining. A smaller inlining
  // budget cut the CPU time of a whole run over the Wikinews corpus by about a tenth (output
  // identical). It only steers the optimiser, and only this short-lived command sets it.
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");
  // The size limit comes from the configuration (BRIEFBOT_MAX_DOCUMENT_BYTES, read once, validated).
  const maxBytes = loadConfig().BRIEFBOT_MAX_DOCUMENT_BYTES;
  let status = 0;
  let written = 0;
  for (const file of files) {
    const warnings: string[] = [];
    try {
      // The same loader as ingest: HTML is read as an article, not as text with its markup.
      const doc = await loadSourceFile(file, {
        maxBytes,
        onWarning: (message) => warnings.push(message),
      }).finally(() => {
        for (const message of warnings) io.stderr(`briefbot: warning: ${message}\n`);
      });
      const brief = extractBrief(doc);
      if (json) io.stdout(`${written++ === 0 ? "[\n" : ",\n"}${jsonElement({ file, ...brief })}`);
      else io.stdout(renderText(file, brief));
    } catch (error) {
      if (isBriefbotError(error)) {
        io.stderr(`briefbot: ${error.message} [${error.code}]\n`);
        status = 2;
      } else {
        // A fault of the engine on one document is that file's failure, not the batch's: the
        // other briefs still come out and the JSON stays whole.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`briefbot: ${file}: internal error: ${message} [INTERNAL]\n`);
        if (status === 0) status = 1;
      }
    }
  }
  // Each document's JSON goes out as soon as it is made, so the output of a big batch is never
  // held whole in memory; the bytes are the same as JSON.stringify(all, null, 2).
  if (json) io.stdout(written === 0 ? "[]\n" : "\n]\n");
  return status;
}

/** One element of the pretty-printed JSON array: two-space indented, without the brackets. */
const jsonElement = (value: unknown): string => JSON.stringify([value], null, 2).slice(2, -2);

/** Readable text: title, key points, actors, quotes, each citing its sentence. */
function renderText(file: string, brief: DocumentBrief): string {
  const doc = brief.document;
  const lines = [
    `== ${doc.title}`,
    `   ${file}${doc.date ? ` · ${doc.date}` : ""}${doc.source ? ` · ${doc.source}` : ""}`,
    "",
  ];
  lines.push("Key points:");
  for (const k of brief.keyPoints) lines.push(`  - ${k.text} [s${k.sentence}]`);
  lines.push("", "Actors:");
  for (const a of brief.actors) {
    const aliases = a.aliases.length > 0 ? ` (also: ${a.aliases.join(", ")})` : "";
    const roles = a.roles.length > 0 ? ` — ${a.roles.join(", ")}` : "";
    lines.push(`  - ${a.name} [${a.type}, ${a.mentions}×]${aliases}${roles}`);
  }
  lines.push("", "Quotes:");
  if (brief.quotes.length === 0) lines.push("  (none)");
  for (const q of brief.quotes)
    lines.push(`  - “${q.text}” — ${speakerLabel(q.speaker) ?? "(speaker unclear)"} [s${q.sentence}]`);
  lines.push("", "");
  return lines.join("\n");
}
