// Turns the text typed after a slash command (Slack, the terminal) into a plain record of the
// command's fields: positional words, `name:value` pairs, values in straight or curly quotes
// ("speaker:Bonny Lin", speaker:"Bonny Lin"). Errors are INPUT_INVALID; execute() adds the usage.
import { BriefbotError } from "../src/core/errors.ts";
import type { FieldInfo } from "./command.ts";
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
/** Single quotes left open are apostrophes or primes (don't, 5'); any other open quote is a typo. */
const MAY_STAY_OPEN = new Set(["'", "‘"]);

/** A token of the text: its value (quotes removed) and whether any part of it was quoted. */
export interface Token {
  value: string;
  quoted: boolean;
  /** For `name:value` tokens whose name was not quoted. */
  name?: string;
}

const bad = (message: string): BriefbotError => new BriefbotError("INPUT_INVALID", message);

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
      if (!MAY_STAY_OPEN.has(char)) {
        const from = chars.slice(i, i + 20).join("");
        throw bad(`the quote mark in ${from}${chars.length > i + 20 ? "…" : ""} is never closed`);
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

/** Converts one raw value to a field's type (integers and yes/no); strings pass through. */
export function convert(field: FieldInfo, raw: string): unknown {
  if (field.type === "integer") {
    if (!/^-?\d+$/.test(raw.trim())) throw bad(`${field.name} must be a whole number, got "${raw}"`);
    return Number(raw);
  }
  if (field.type === "boolean") {
    const lower = raw.toLowerCase();
    if (["true", "yes", "1", "on", ""].includes(lower)) return true;
    if (["false", "no", "0", "off"].includes(lower)) return false;
    throw bad(`${field.name} must be yes or no, got "${raw}"`);
  }
  return raw;
}

/** Parses `text` into a record of the given fields (before the zod input validates it). */
export function parseText(fields: readonly FieldInfo[], text: string): Record<string, unknown> {
  if (text.length > MAX_COMMAND_TEXT) {
    throw bad(`the text is too long (${text.length} characters; at most ${MAX_COMMAND_TEXT})`);
  }
  const byName = new Map(fields.map((field) => [field.name.toLowerCase(), field]));
  const positionals = fields.filter((field) => field.positional !== undefined);
  const rest = positionals.find((field) => field.positional === "rest");
  const values: Record<string, unknown> = {};
  // Free words; a quoted phrase keeps its quotes in "rest" text so that searches can treat it as a phrase.
  const words: { value: string; phrase: boolean }[] = [];
  for (const token of tokenize(text)) {
    if (token.name !== undefined) {
      const field = byName.get(token.name.toLowerCase());
      if (field) {
        if (Object.hasOwn(values, field.name)) throw bad(`${field.name} is given twice`);
        if (token.value.trim() === "" && field.type !== "boolean") {
          throw bad(`${field.name}: has no value; put it right after the colon, e.g. ${field.name}:"…"`);
        }
        values[field.name] = convert(field, token.value);
        continue;
      }
      const near = fields.find((f) => editDistance(f.name, token.name?.toLowerCase() ?? "") <= 2);
      // Without free text to fall back on, or when it looks like a typo, say so rather than guess.
      if (!rest || (near && token.name.length >= 4)) {
        const hint = near ? ` (did you mean ${near.name}:?)` : "";
        throw bad(`unknown option "${token.name}:"${hint}`);
      }
      words.push({ value: `${token.name}:${token.value}`, phrase: false });
      continue;
    }
    if (token.value !== "")
      words.push({ value: token.value, phrase: token.quoted && /\s/u.test(token.value) });
  }
  let next = 0;
  for (const field of positionals) {
    if (Object.hasOwn(values, field.name)) continue;
    if (field.positional === "rest") {
      const remaining = words
        .slice(next)
        .map((word) => (word.phrase ? `"${word.value.replaceAll('"', "")}"` : word.value))
        .join(" ");
      next = words.length;
      if (remaining !== "") values[field.name] = convert(field, remaining);
    } else {
      const word = words[next];
      if (word === undefined) continue;
      next++;
      values[field.name] = convert(field, word.value);
    }
  }
  if (next < words.length) {
    const extra = words
      .slice(next)
      .map((word) => word.value)
      .join(" ");
    throw bad(`unexpected "${extra}"`);
  }
  return values;
}
