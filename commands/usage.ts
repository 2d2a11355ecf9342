// Usage lines generated from a command's fields, for chat ("/quote <words> [speaker:<speaker>]")
// and for the command line ("briefbot quote <words> [--speaker <speaker>] [--json]").
import type { CommandSource } from "../src/core/platforms.ts";
import { type Command, type FieldInfo, fieldsOf } from "./command.ts";

/** Whether `surface` takes shell arguments (flags) rather than chat text. */
export const isShell = (surface: CommandSource): boolean => surface === "cli";

const chatPart = (field: FieldInfo): string => {
  const shown = field.placeholder ?? field.name;
  if (field.positional === "word" || field.positional === "rest")
    return field.required ? `<${shown}>` : `[${shown}]`;
  const pair = field.type === "boolean" ? `${field.name}:yes` : `${field.name}:<${shown}>`;
  return field.required ? pair : `[${pair}]`;
};

const cliPart = (field: FieldInfo): string => {
  if (field.positional === "word" || field.positional === "rest") return chatPart(field);
  // A yes/no field with a placeholder takes a value on the command line all the same: `brief
  // --chart FILE.png` asks for the charts and says where the CLI writes them (src/cli/chart-file.ts).
  const flag =
    field.type === "boolean" && field.placeholder === undefined
      ? `--${field.name}`
      : `--${field.name} <${field.placeholder ?? field.name}>`;
  return field.required ? flag : `[${flag}]`;
};

/** The usage line of `command`, called as `path` ("digest subscribe"), on `surface`. */
export function usageLine(path: string, command: Command, surface: CommandSource): string {
  const fields = fieldsOf(command, surface);
  if (isShell(surface)) {
    return [`briefbot ${path}`, ...fields.map(cliPart), "[--json|--markdown]"].join(" ");
  }
  return [`/${path}`, ...fields.map(chatPart)].join(" ");
}
