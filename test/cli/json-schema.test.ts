// Every command's real --json output validates against what `briefbot schema <command>` publishes,
// checked with a standard JSON Schema validator (ajv, draft 2020-12), on the real binary.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { run as runSchema } from "../../src/cli/schema.ts";
import { SCHEMA_NAMES } from "../../src/cli/schema-names.ts";
import { captureIo } from "../support/capture-io.ts";
import { ROOT, runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
const env = { BRIEFBOT_DB: temp.db };
afterAll(() => temp.cleanup());
const BUNDLED = join(ROOT, "briefs", "russia-china", "docs", "russia-china-2022-09-07.txt");

/** Runs `briefbot ...args`, expecting exit 0 and JSON on stdout. */
async function json(args: string[]): Promise<unknown> {
  const result = await runCli(args, { env, timeoutMs: 60_000 });
  expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

/** What `briefbot schema <name>` prints (in-process: the same module the binary runs). */
async function published(name: string): Promise<Record<string, unknown>> {
  const { io, out } = captureIo();
  expect(await runSchema([name], io)).toBe(0);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

/** Validates `data` against the published schema of `name`; the errors say where it differs. */
async function expectValid(name: string, data: unknown): Promise<void> {
  const schema = await published(name);
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const valid = validate(data);
  expect(validate.errors ?? [], `${name}: ${JSON.stringify(validate.errors)}`).toEqual([]);
  expect(valid).toBe(true);
}

describe("briefbot schema", () => {
  it("publishes one schema per command output and refuses an unknown name", async () => {
    expect(await json(["schema", "brief"])).toEqual(await published("brief"));
    for (const name of SCHEMA_NAMES) {
      const schema = (await published(name)) as { $schema?: string; title?: string };
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.title).toContain(name);
    }
    const unknown = await runCli(["schema", "nope"], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/usage: briefbot schema \[extract\|brief/);
  }, 60_000);
});

describe("real --json output validates against its schema", () => {
  it("extract (with the file of each item)", async () => {
    const data = (await json(["extract", "--json", BUNDLED])) as Array<{ file: string }>;
    expect(data[0]?.file).toBe(BUNDLED);
    await expectValid("extract", data);
  }, 60_000);

  it("brief, quote, who and topics on the bundled topic", async () => {
    const brief = (await json(["brief", "russia-china", "--json"])) as { documentCount: number };
    expect(brief.documentCount).toBe(1);
    await expectValid("brief", brief);
    const quote = (await json(["quote", "m*", "--limit", "2", "--json"])) as { hits: unknown[] };
    expect(quote.hits).toHaveLength(2);
    await expectValid("quote", quote);
    await expectValid("who", await json(["who", "Bonny", "Lin", "--json"]));
    await expectValid("topics", await json(["topics", "--json"]));
  }, 120_000);

  it("ingest and digest list", async () => {
    const file = join(temp.dir, "storm.txt");
    writeFileSync(
      file,
      "title: Storm\ndate: 2026-11-01\n\nA storm closed the port of Vladivostok on Monday, officials said. Ships waited offshore.\n",
    );
    const ingest = (await json(["ingest", file, "--json"])) as { added: number };
    expect(ingest.added).toBe(1);
    await expectValid("ingest", ingest);
    await json([
      "digest",
      "subscribe",
      "russia-china",
      "--platform",
      "slack",
      "--channel",
      "C0123ABCD",
      "--json",
    ]);
    const list = (await json(["digest", "list", "--json"])) as unknown[];
    expect(list).toHaveLength(1);
    await expectValid("digest", list);
  }, 120_000);

  it("docs <topic> and topics rematch", async () => {
    const docs = (await json(["docs", "russia-china", "--json"])) as { documents: unknown[] };
    expect(docs.documents).toHaveLength(1);
    await expectValid("docs", docs);
    const rematch = (await json(["topics", "rematch", "--json"])) as { documents: number };
    expect(rematch.documents).toBeGreaterThan(0);
    await expectValid("rematch", rematch);
  }, 120_000);
});
