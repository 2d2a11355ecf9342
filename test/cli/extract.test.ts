// `briefbot extract --json FILE...` and `briefbot schema`, through the real binary: the JSON
// contract of DESIGN.md, argument order, and bad files reported while the good ones still come out.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DocumentBrief } from "../../src/core/schemas.ts";
import { runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function article(name: string, title: string, body: string): string {
  const path = join(tmp.dir, name);
  writeFileSync(
    path,
    `title: ${title}\nsource: Test Wire\nurl: https://example.org/${name}\ndate: 2024-03-05\n\n${body}\n`,
  );
  return path;
}

const first = article(
  "first.txt",
  "Ministry reports floods",
  'The Ministry of Health said on Monday that floods had closed three hospitals in Lisbon.\n\n"We are moving patients tonight," said Maria Costa, the health minister. "Nobody will be left behind."',
);
const second = article(
  "second.txt",
  "Court rules on data law",
  "The Supreme Court of Canada ruled on Tuesday that the data law was valid. Judge Alan Reid wrote the opinion.",
);

interface PrintedBrief {
  file: string;
  document: { id: string; title: string; date: string | null; source: string | null; url: string | null };
  keyPoints: Array<{ text: string; sentence: number; score: number }>;
  actors: Array<{ name: string; type: string; aliases: string[]; mentions: number }>;
  quotes: Array<{
    text: string;
    speaker: { name: string; type: string } | null;
    sentence: number;
    start: number;
    end: number;
  }>;
}

describe("briefbot extract --json", () => {
  it("prints one brief per file, in argument order, that validates against the schema", async () => {
    const result = await runCli(["extract", "--json", second, first]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as PrintedBrief[];
    expect(out.map((b) => b.file)).toEqual([second, first]);
    for (const brief of out) expect(DocumentBrief.safeParse(brief).success).toBe(true);

    const flood = out[1]!;
    expect(flood.document.title).toBe("Ministry reports floods");
    expect(flood.document.date).toBe("2024-03-05");
    expect(flood.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(["Ministry of Health", "Lisbon", "Maria Costa"]),
    );
    expect(flood.actors.find((a) => a.name === "Lisbon")?.type).toBe("place");
    expect(flood.quotes).toHaveLength(1);
    const quote = flood.quotes[0]!;
    expect(quote.text).toBe("We are moving patients tonight … Nobody will be left behind.");
    expect(quote.speaker).toEqual({
      name: "Maria Costa",
      type: "person",
      named: true,
      role: "health minister",
    });
    // Key points are sentences of the body, verbatim.
    const body = `The Ministry of Health said on Monday that floods had closed three hospitals in Lisbon.`;
    expect(flood.keyPoints[0]?.text).toBe(body);
  });

  it("reports an empty, a binary and an over-large file on stderr with status 2, and still prints the rest", async () => {
    const empty = join(tmp.dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(tmp.dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0xfe, 0x00]));
    const big = article("big.txt", "Big", "Words go here. ".repeat(200));
    const missing = join(tmp.dir, "missing.txt");

    const result = await runCli(["extract", "--json", empty, first, binary, big, missing, second], {
      env: { BRIEFBOT_MAX_DOCUMENT_BYTES: "1000" },
    });
    expect(result.code).toBe(2);
    const out = JSON.parse(result.stdout) as PrintedBrief[];
    expect(out.map((b) => b.file)).toEqual([first, second]);
    // Written a document at a time, yet the same bytes as one pretty-printed array.
    expect(result.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^briefbot: .+ \[[A-Z_]+\]$/);
    expect(result.stderr).toMatch(/\[DOCUMENT_TOO_LARGE\]/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack traces
  });

  it("prints an empty JSON array with status 2 when no file could be read", async () => {
    const result = await runCli(["extract", "--json", join(tmp.dir, "nowhere.txt")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("[]\n");
    expect(result.stderr).toMatch(/nowhere\.txt: no such file \[DOCUMENT_UNREADABLE\]/);
  });

  it("keeps errors, warnings and briefs in argument order", async () => {
    const empty = join(tmp.dir, "empty-first.txt");
    writeFileSync(empty, "");
    const linked = join(tmp.dir, "linked.txt");
    writeFileSync(linked, "title: Linked\nurl: javascript:alert(1)\n\nThe council met on Monday in Porto.\n");
    const missing = join(tmp.dir, "missing-too.txt");
    const result = await runCli(["extract", empty, second, linked, missing, first]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("empty-first.txt");
    expect(lines[1]).toMatch(/^briefbot: warning: .*linked\.txt: header url/);
    expect(lines[2]).toContain("missing-too.txt");
    const titles = [...result.stdout.matchAll(/^== (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(["Court rules on data law", "Linked", "Ministry reports floods"]);
  });

  it("refuses an unknown option and no file with status 2 and the usage", async () => {
    const none = await runCli(["extract", "--json"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage: briefbot extract/);
    const bad = await runCli(["extract", "--yaml", first]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
  });
});

describe("briefbot extract", () => {
  it("prints each brief as text, with every actor's type, mentions and roles", async () => {
    const result = await runCli(["extract", second]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("== Court rules on data law");
    expect(result.stdout).toContain("  - Alan Reid [person, 1×] — Judge");
    expect(result.stdout).toContain("  - Supreme Court of Canada [org, 1×]\n");
  });
});

describe("briefbot schema", () => {
  it("prints the JSON Schema of extract --json: an array of briefs naming file, keyPoints, actors and quotes", async () => {
    const result = await runCli(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as {
      $schema?: string;
      type?: string;
      items?: { type?: string; required?: string[]; properties?: Record<string, { type?: string }> };
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe("array");
    expect(schema.items?.required).toEqual(
      expect.arrayContaining(["file", "keyPoints", "actors", "quotes", "document"]),
    );
    for (const key of ["keyPoints", "actors", "quotes"])
      expect(schema.items?.properties?.[key]?.type).toBe("array");
  });
});
