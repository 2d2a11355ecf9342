// Turns command-line arguments into a plain record of a command's fields: positionals in field
// order (the "rest" field takes the remaining ones), every field also as `--name value` or
// `--name=value`, booleans as `--name`. `--json` and `--markdown` choose the output. Errors are
// INPUT_INVALID in our words (execute() adds the usage), never node's parseArgs text.
import { BriefbotError } from "../src/core/errors.ts";
import type { FieldInfo } from "./command.ts";
import { editDistance } from "./edit-distance.ts";
import { convert } from "./parse-text.ts";

/** How the CLI prints a result. */
export type OutputFormat = "text" | "json" | "markdown";

const bad = (message: string): BriefbotError => new BriefbotError("INPUT_INVALID", message);

/** Parses `args` into the fields' values and the output format. */
export function parseArgv(
  fields: readonly FieldInfo[],
  args: readonly string[],
): { values: Record<string, unknown>; format: OutputFormat } {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  let format: OutputFormat = "text";
  const setFormat = (next: OutputFormat) => {
    if (format !== "text" && format !== next) throw bad("choose one of --json and --markdown");
    format = next;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "--") {
      if (/^-[A-Za-z]/.test(arg)) throw bad(`unknown option ${arg} (options are spelled out: --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (name === "json" || name === "markdown") {
      setFormat(name);
      continue;
    }
    const field = byName.get(name);
    if (!field) {
      const near = [...byName.keys(), "json", "markdown"].find((known) => editDistance(known, name) <= 2);
      throw bad(`unknown option --${name}${near ? ` (did you mean --${near}?)` : ""}`);
    }
    if (Object.hasOwn(values, field.name)) throw bad(`--${field.name} is given twice`);
    let raw: string | undefined;
    if (eq !== -1) raw = arg.slice(eq + 1);
    else if (field.type === "boolean") raw = "yes";
    else {
      // The next argument is the value even when it starts with "-" (--limit -1 is a bad number, not a flag).
      raw = args[i + 1];
      if (raw === undefined) throw bad(`--${field.name} needs a value`);
      i++;
    }
    if (raw.trim() === "" && field.type !== "boolean") throw bad(`--${field.name} needs a value`);
    values[field.name] = convert(field, raw);
  }
  let next = 0;
  for (const field of fields) {
    if (field.positional === undefined || Object.hasOwn(values, field.name)) continue;
    if (field.positional === "rest") {
      if (next < positionals.length) values[field.name] = convert(field, positionals.slice(next).join(" "));
      next = positionals.length;
    } else if (next < positionals.length) {
      values[field.name] = convert(field, positionals[next] as string);
      next++;
    }
  }
  if (next < positionals.length) throw bad(`unexpected "${positionals.slice(next).join(" ")}"`);
  return { values, format };
}
