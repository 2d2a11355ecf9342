// Bounded fuzzing in CI; `npm run fuzz` runs the same properties far longer (scripts/fuzz.ts).
import { describe, expect, it } from "vitest";
import { fuzzTargets } from "./fuzz-properties.ts";

const RUNS = 1000;
/** The HTML and feed parsers are ~100 times slower a case: fewer runs keep the file under a few seconds. */
const SLOW_RUNS: Record<string, number> = { htmlToDocument: 150, parseFeedEntries: 300, TopicFile: 300 };

describe("fuzz: parsers of untrusted text throw only clear, coded errors", () => {
  for (const target of fuzzTargets()) {
    it(target.name, async () => {
      await target.assert({ numRuns: SLOW_RUNS[target.name] ?? RUNS });
    });
  }
});

describe("fuzz: the error judge", () => {
  it("rejects plain errors, stack traces in messages and unexpected codes", async () => {
    const { BriefbotError } = await import("../../src/core/errors.ts");
    const { badError } = await import("./fuzz-properties.ts");
    expect(badError(new TypeError("x is undefined"))).toMatch(/non-coded/);
    expect(badError(new BriefbotError("INPUT_INVALID", "bad\n    at f (x.ts:1:1)"))).toMatch(/unclear/);
    expect(badError(new BriefbotError("STORE_FAILED", "disk"), ["INPUT_INVALID"])).toMatch(/unexpected code/);
    expect(badError(new BriefbotError("INPUT_INVALID", "/brief needs topic"), ["INPUT_INVALID"])).toBeNull();
  });
});
