// `briefbot extract --json` when the engine fails on one document: that file is reported and the
// others still come out as one whole JSON array. The fault is simulated (no real document is known
// to cause one): the engine throws for a document whose title says so.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/extract.ts";
import { tempDir } from "./run-cli.ts";

vi.mock("../../src/core/brief/extract-brief.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/core/brief/extract-brief.ts")>();
  return {
    ...real,
    extractBrief: (doc: Parameters<typeof real.extractBrief>[0]) => {
      if (doc.title === "Engine fault") throw new TypeError("simulated fault");
      return real.extractBrief(doc);
    },
  };
});

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function article(name: string, title: string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, `title: ${title}\n\nThe Harbor Board said on Monday that the ferry would run again.\n`);
  return path;
}

describe("an engine fault on one document", () => {
  it("is reported with its file while the other briefs come out as valid JSON", async () => {
    const good = article("good.txt", "Ferry returns");
    const bad = article("bad.txt", "Engine fault");
    const last = article("last.txt", "Ferry returns again");
    let stdout = "";
    let stderr = "";
    const code = await run(["--json", good, bad, last], {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(`briefbot: ${bad}: internal error: simulated fault [INTERNAL]\n`);
    const briefs = JSON.parse(stdout) as Array<{ file: string }>;
    expect(briefs.map((b) => b.file)).toEqual([good, last]);
  });
});
