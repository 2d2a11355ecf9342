import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { briefCommand } from "../../commands/brief.ts";
import { fieldsOf } from "../../commands/command.ts";
import { prepare } from "../../commands/execute.ts";
import { leaves } from "../../commands/help.ts";
import { COMMANDS } from "../../commands/index.ts";
import { MAX_COMMAND_TEXT, tokenize } from "../../commands/parse-text.ts";
import { quoteCommand } from "../../commands/quote.ts";
import { topicsCommand } from "../../commands/topics.ts";
import { whoCommand } from "../../commands/who.ts";
import { BriefbotError } from "../../src/core/errors.ts";

/** The validated input of `/name text` typed in the terminal (parse and validate, no run). */
function parseCommandText(command: { name: string }, text: string): Record<string, unknown> {
  const prepared = prepare(command.name, { text }, "terminal");
  if (prepared.kind !== "run") throw new Error(`/${command.name} ${text} asked for help`);
  return prepared.input as Record<string, unknown>;
}

const failure = (fn: () => unknown): BriefbotError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof BriefbotError) return error;
    throw error;
  }
  throw new Error("expected a BriefbotError");
};

describe("tokenize", () => {
  it("keeps quoted runs together, in straight and curly quotes", () => {
    expect(tokenize('a "b c" “d e” speaker:"Bonny Lin"').map((t) => [t.name, t.value])).toEqual([
      [undefined, "a"],
      [undefined, "b c"],
      [undefined, "d e"],
      ["speaker", "Bonny Lin"],
    ]);
  });
  it("reads a whole quoted name:value pair", () => {
    expect(tokenize('"speaker:Bonny Lin"')).toEqual([{ name: "speaker", value: "Bonny Lin", quoted: true }]);
  });
  it("treats an apostrophe inside a word as a letter", () => {
    expect(tokenize("China's ties").map((t) => t.value)).toEqual(["China's", "ties"]);
  });
  it("refuses an unclosed double quote, saying where, but reads a lone single quote as text", () => {
    expect(() => tokenize('speaker:"Bonny Lin')).toThrow(/quote mark in "Bonny Lin is never closed/);
    expect(tokenize("5' tall").map((t) => t.value)).toEqual(["5'", "tall"]);
  });
});

describe("/brief", () => {
  it("takes a topic and an optional since", () => {
    expect(parseCommandText(briefCommand, "russia-china")).toEqual({ topic: "russia-china" });
    expect(parseCommandText(briefCommand, "  Russia-China   7d ")).toEqual({
      topic: "russia-china",
      since: "7d",
    });
    expect(parseCommandText(briefCommand, "russia-china since:2026-01-01")).toEqual({
      topic: "russia-china",
      since: "2026-01-01",
    });
  });
  it("refuses a bad since, an extra word and a missing topic with the usage as hints", () => {
    const bad = failure(() => parseCommandText(briefCommand, "russia-china yesterday"));
    expect(bad.code).toBe("INPUT_INVALID");
    expect(bad.message).toMatch(/since/);
    expect(bad.hints.join("\n")).toMatch(/\/brief <topic>/);
    expect(failure(() => parseCommandText(briefCommand, "russia-china 2026-02-30")).code).toBe(
      "INPUT_INVALID",
    );
    expect(failure(() => parseCommandText(briefCommand, "a 7d extra")).message).toMatch(/unexpected "extra"/);
    expect(failure(() => parseCommandText(briefCommand, "")).message).toMatch(/needs topic/);
  });
  it("says which option was meant when one is misspelt", () => {
    expect(failure(() => parseCommandText(briefCommand, "russia-china sinse:7d")).message).toMatch(
      /did you mean since/,
    );
  });
});

describe("/quote", () => {
  it("takes the rest as words, with speaker and topic pairs anywhere", () => {
    expect(parseCommandText(quoteCommand, "china ties speaker:Lin topic:russia-china")).toEqual({
      words: "china ties",
      speaker: "Lin",
      topic: "russia-china",
    });
    expect(parseCommandText(quoteCommand, 'speaker:"Bonny Lin" closer ties')).toEqual({
      words: "closer ties",
      speaker: "Bonny Lin",
    });
    expect(parseCommandText(quoteCommand, '"speaker:Bonny Lin" mirror')).toMatchObject({
      speaker: "Bonny Lin",
    });
  });
  it("keeps a quoted phrase quoted for the search", () => {
    expect(parseCommandText(quoteCommand, '"closer ties" russia').words).toBe('"closer ties" russia');
  });
  it("leaves unknown name:value text in the words (times, ratios, links)", () => {
    expect(parseCommandText(quoteCommand, "ratio 3:1 at https://example.org/x").words).toBe(
      "ratio 3:1 at https://example.org/x",
    );
  });
  it("accepts a speaker alone, refuses nothing at all", () => {
    expect(parseCommandText(quoteCommand, "speaker:Lin")).toEqual({ speaker: "Lin" });
    expect(failure(() => parseCommandText(quoteCommand, "   ")).code).toBe("INPUT_INVALID");
  });
  it("refuses a repeated option and an over-long text", () => {
    expect(failure(() => parseCommandText(quoteCommand, "x speaker:a speaker:b")).message).toMatch(/twice/);
    expect(failure(() => parseCommandText(quoteCommand, "x".repeat(MAX_COMMAND_TEXT + 1))).message).toMatch(
      /too long/,
    );
  });
});

describe("/who", () => {
  it("takes a name of several words and a topic", () => {
    expect(parseCommandText(whoCommand, "Bonny Lin topic:russia-china")).toEqual({
      name: "Bonny Lin",
      topic: "russia-china",
    });
    expect(parseCommandText(whoCommand, "CSIS")).toEqual({ name: "CSIS" });
  });
  it("needs a name", () => {
    const error = failure(() => parseCommandText(whoCommand, "topic:russia-china"));
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.hints.join("\n")).toMatch(/\/who <name>/);
  });
});

describe("/topics and /help", () => {
  it("/topics takes nothing", () => {
    expect(parseCommandText(topicsCommand, "")).toEqual({});
    expect(failure(() => parseCommandText(topicsCommand, "extra")).code).toBe("INPUT_INVALID");
  });
  it("/help takes an optional command name", () => {
    const help = { name: "help" };
    expect(parseCommandText(help, "")).toEqual({});
    expect(parseCommandText(help, "/Quote")).toEqual({ command: "/quote" });
  });
});

describe("every registered command", () => {
  it("has a name, fields with descriptions and at most one rest field, and refuses garbage in words", () => {
    for (const command of COMMANDS) {
      expect(command.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(command.description.length).toBeGreaterThan(0);
      for (const { command: leaf } of leaves(command, "terminal")) {
        const fields = fieldsOf(leaf);
        for (const info of fields)
          expect(info.description.length, `${leaf.name}.${info.name}`).toBeGreaterThan(0);
        expect(fields.filter((info) => info.positional === "rest").length).toBeLessThanOrEqual(1);
      }
      // Garbage never escapes as anything but a coded error.
      for (const text of ['"', "“", ":", "a:b:c", "\u0000\u202e", "speaker:", 'x "" y']) {
        try {
          parseCommandText(command, text);
        } catch (error) {
          expect(error).toBeInstanceOf(BriefbotError);
        }
      }
    }
  });
});

describe("parse-text on arbitrary text (fast-check, bounded)", () => {
  it("returns an input or throws INPUT_INVALID, for every command", () => {
    const pieces = fc.constantFrom(
      '"',
      "“",
      "”",
      "'",
      "‘",
      ":",
      " ",
      "speaker:",
      "topic:",
      "since:",
      "«",
      "»",
      "\n",
      "\t",
      "a",
      "7d",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 40, unit: "binary" }),
      fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), text, (command, input) => {
        try {
          prepare(command.name, { text: input }, "terminal");
        } catch (error) {
          expect(error).toBeInstanceOf(BriefbotError);
          expect((error as BriefbotError).code).toBe("INPUT_INVALID");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reads back any speaker name given in quotes", () => {
    const name = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter(
        (value) => /^[^"“”\s][^"“”]*[^"“”\s]$|^[^"“”\s]$/u.test(value) && !/\s{2,}|[\n\t\r]/.test(value),
      );
    fc.assert(
      fc.property(name, (speaker) => {
        expect(parseCommandText(quoteCommand, `ties speaker:"${speaker}"`)).toMatchObject({
          words: "ties",
          speaker: speaker.trim(),
        });
      }),
      { numRuns: 300 },
    );
  });
});
