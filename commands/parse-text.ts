// Turns the text typed after a slash command (Slack, the terminal) into the command's zod input:
// positional words, `name:value` pairs, values in straight or curly quotes ("speaker:Bonny Lin",
// speaker:"Bonny Lin"). Errors are INPUT_INVALID with the command's usage as hints.
import { BriefbotError } from "../src/core/errors.ts";
import type { Command, CommandOption } from "./command.ts";
import { editDistance } from "./edit-distance.ts";

/** Longest command text accepted; chat platforms cap theirs lower, this guards the terminal. */
export const MAX_COMMAND_TEXT = 4000;

const OPEN_TO_CLOSE: Record<string, string> = {
  '"': '"',
  "“": "”",
  "”": "”",
  "„": "“",
  "«": "»",
  "'": "'",
  "‘": "’",
};

/** A token of the text: its value (quotes removed) and whether any part of it was quoted. */
interface Token {
  value: string;
  quoted: boolean;
  /** For `name:value` tokens whose name was not quoted. */
  name?: string;
}

/** Splits text into whitespace-separated tokens, keeping quoted runs (with their spaces) together. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let value = "";
  let quoted = false;
  let started = false;
  let nameEnd = -1;
  const push = () => {
    if (started) {
      const token: Token = { value, quoted };
      if (nameEnd > 0) {
        token.name = value.slice(0, nameEnd);
        token.value = value.slice(nameEnd + 1);
      } else if (quoted) {
        // "speaker:Bonny Lin": the whole pair quoted.
        const pair = /^([A-Za-z][A-Za-z_-]*):(\S.*)$/su.exec(value);
        if (pair) {
          token.name = pair[1] as string;
          token.value = pair[2] as string;
        }
      }
      tokens.push(token);
    }
    value = "";
    quoted = false;
    started = false;
    nameEnd = -1;
  };
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (/\s/u.test(char)) {
      push();
      continue;
    }
    const close = OPEN_TO_CLOSE[char];
    // A single quote inside a word is an apostrophe (China's), not the start of a quoted value.
    const isApostrophe = (char === "'" || char === "‘") && started && !value.endsWith(":");
    if (close !== undefined && !isApostrophe) {
      const end = chars.indexOf(close, i + 1);
      if (end !== -1) {
        value += chars.slice(i + 1, end).join("");
        quoted = true;
        started = true;
        i = end;
        continue;
      }
    }
    if (char === ":" && nameEnd === -1 && !quoted && /^[A-Za-z][A-Za-z_-]*$/.test(value))
      nameEnd = value.length;
    value += char;
    started = true;
  }
  push();
  return tokens;
}

const invalid = (command: Command<unknown>, message: string, cause?: unknown): BriefbotError =>
  new BriefbotError("INPUT_INVALID", message, {
    hints: command.usage.map((line) => `usage: ${line}`),
    ...(cause === undefined ? {} : { cause }),
  });

const convert = (command: Command<unknown>, option: CommandOption, raw: string): unknown => {
  if (option.type === "integer") {
    if (!/^-?\d+$/.test(raw)) throw invalid(command, `${option.name} must be a whole number, got "${raw}"`);
    return Number(raw);
  }
  if (option.type === "boolean") {
    const lower = raw.toLowerCase();
    if (["true", "yes", "1", "on"].includes(lower)) return true;
    if (["false", "no", "0", "off"].includes(lower)) return false;
    throw invalid(command, `${option.name} must be yes or no, got "${raw}"`);
  }
  return raw;
};

/** Parses the options of `command` out of `text` into a plain record (before the zod input). */
export function parseOptions(command: Command<unknown>, text: string): Record<string, unknown> {
  if (text.length > MAX_COMMAND_TEXT) {
    throw invalid(command, `the text is too long (${text.length} characters; at most ${MAX_COMMAND_TEXT})`);
  }
  const byName = new Map(command.options.map((option) => [option.name.toLowerCase(), option]));
  const positionals = command.options.filter((option) => option.positional !== undefined);
  const rest = positionals.find((option) => option.positional === "rest");
  const values: Record<string, unknown> = {};
  // Free words; a quoted phrase keeps its quotes in "rest" text so that searches can treat it as a phrase.
  const words: { value: string; phrase: boolean }[] = [];
  for (const token of tokenize(text)) {
    if (token.name !== undefined) {
      const option = byName.get(token.name.toLowerCase());
      if (option) {
        if (Object.hasOwn(values, option.name)) throw invalid(command, `${option.name} is given twice`);
        values[option.name] = convert(command, option, token.value);
        continue;
      }
      const near = command.options.find((o) => editDistance(o.name, token.name?.toLowerCase() ?? "") <= 2);
      // Without free text to fall back on, or when it looks like a typo, say so rather than guess.
      if (!rest || (near && token.name.length >= 4)) {
        const hint = near ? ` (did you mean ${near.name}:?)` : "";
        throw invalid(command, `unknown option "${token.name}:"${hint}`);
      }
      words.push({ value: `${token.name}:${token.value}`, phrase: false });
      continue;
    }
    if (token.value !== "")
      words.push({ value: token.value, phrase: token.quoted && /\s/u.test(token.value) });
  }
  let next = 0;
  for (const option of positionals) {
    if (Object.hasOwn(values, option.name)) continue;
    if (option.positional === "rest") {
      const remaining = words
        .slice(next)
        .map((word) => (word.phrase ? `"${word.value.replaceAll('"', "")}"` : word.value))
        .join(" ");
      next = words.length;
      if (remaining !== "") values[option.name] = convert(command, option, remaining);
    } else {
      const word = words[next];
      if (word === undefined) continue;
      next++;
      values[option.name] = convert(command, option, word.value);
    }
  }
  if (next < words.length) {
    const extra = words
      .slice(next)
      .map((word) => word.value)
      .join(" ");
    throw invalid(command, `unexpected "${extra}"`);
  }
  return values;
}

/** Parses `text` (what follows `/name`) into the command's validated input. */
export function parseCommandText<Input>(command: Command<Input>, text: string): Input {
  const loose = command as unknown as Command<unknown>;
  const values = parseOptions(loose, text.trim());
  const parsed = command.input.safeParse(values);
  if (!parsed.success) {
    const missing = command.options.find((option) => option.required && values[option.name] === undefined);
    // One line a chat can show: "since: expected …" (z.prettifyError's layout is for terminals and logs).
    const issues = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
    const message = missing
      ? `/${command.name} needs ${missing.name}: ${missing.description}`
      : `/${command.name}: ${issues.join("; ")}`;
    throw invalid(loose, message, parsed.error);
  }
  return parsed.data;
}
