// `briefbot extract [--json] FILE...`: the brief of each file, in argument order. A bad file is
// reported on stderr with its reason (exit status 2) while the other files still come out.

import { speakerLabel } from "../../commands/citations.ts";
import { loadConfig } from "../config.ts";
import { extractBrief } from "../core/brief/extract-brief.ts";
import { isBriefbotError } from "../core/errors.ts";
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";
import { loadSourceFile } from "../ingest/load-file.ts";

/** Where a subcommand writes. */
export interface ExtractIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = "usage: briefbot extract [--json] FILE...";
/** How many files are being read at a time. */
const READ_AHEAD = 4;

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
  // The size limit comes from the configuration (BRIEFBOT_MAX_DOCUMENT_BYTES, read once, validated).
  const maxBytes = loadConfig().BRIEFBOT_MAX_DOCUMENT_BYTES;
  const results: Array<{ file: string } & DocumentBrief> = [];
  let status = 0;
  // The next few files are read while one is extracted, so that waiting for the disk overlaps the
  // work. Each file's warnings wait for its turn: the output comes in argument order as before.
  const reads: Array<{ doc: Promise<SourceDocument>; warnings: string[] } | undefined> = [];
  const readAhead = (index: number) => {
    const file = files[index];
    if (file === undefined || index in reads) return;
    const warnings: string[] = [];
    // The same loader as ingest: HTML is read as an article, not as text with its markup.
    const doc = loadSourceFile(file, { maxBytes, onWarning: (message) => warnings.push(message) });
    doc.catch(() => {}); // handled when its turn comes; not an unhandled rejection before that
    reads[index] = { doc, warnings };
  };
  for (const [index, file] of files.entries()) {
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) readAhead(ahead);
    const read = reads[index]!;
    reads[index] = undefined;
    try {
      const doc = await read.doc.finally(() => {
        for (const message of read.warnings) io.stderr(`briefbot: warning: ${message}\n`);
      });
      const brief = extractBrief(doc);
      results.push({ file, ...brief });
      if (!json) io.stdout(renderText(file, brief));
    } catch (error) {
      if (!isBriefbotError(error)) throw error;
      io.stderr(`briefbot: ${error.message} [${error.code}]\n`);
      status = 2;
    }
  }
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return status;
}

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
    lines.push(`  - ${a.name} [${a.type}, ${a.mentions}×]${aliases}`);
  }
  lines.push("", "Quotes:");
  if (brief.quotes.length === 0) lines.push("  (none)");
  for (const q of brief.quotes)
    lines.push(`  - “${q.text}” — ${speakerLabel(q.speaker) ?? "(speaker unclear)"} [s${q.sentence}]`);
  lines.push("", "");
  return lines.join("\n");
}
