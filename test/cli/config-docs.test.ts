// DESIGN.md rule 5: every variable src/config.ts reads is in .env.example and the README's table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { ROOT } from "./run-cli.ts";

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const configVariables = (): string[] => {
  // The keys of the schema object: lines like `  NAME: z...` or `  NAME: flag,`.
  const source = read("src/config.ts");
  return [...new Set([...source.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1] as string))];
};

describe("configuration documentation", () => {
  const variables = configVariables();

  it("finds the variables of src/config.ts", () => {
    expect(variables).toEqual(
      expect.arrayContaining(["BRIEFBOT_DB", "LOG_LEVEL", "SLACK_BOT_TOKEN", "DISCORD_TOKEN"]),
    );
  });

  it("lists every variable in .env.example, and the example is a valid configuration", () => {
    const example = read(".env.example");
    const values: Record<string, string> = {};
    for (const line of example.split("\n")) {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      if (match) values[match[1] as string] = (match[2] as string).replace(/^"(.*)"$/, "$1");
    }
    expect(variables.filter((name) => !(name in values))).toEqual([]);
    expect(() => loadConfig(values)).not.toThrow();
  });

  it("lists every variable in the README's configuration table", () => {
    const readme = read("README.md");
    // A row of a Markdown table, however it is padded: | `NAME`   | ...
    const listed = (name: string) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, "m").test(readme);
    expect(variables.filter((name) => !listed(name))).toEqual([]);
  });
});
