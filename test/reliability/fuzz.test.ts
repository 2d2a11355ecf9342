// Bounded fuzzing in CI; `npm run fuzz` runs the same properties far longer (scripts/fuzz.ts).
import { afterAll, describe, expect, it } from "vitest";
import { closeHtmlWorker } from "../../src/ingest/html-worker.ts";
import { fuzzTargets } from "./fuzz-properties.ts";

afterAll(() => closeHtmlWorker());

const RUNS = 1000;
/**
 * A fixed seed, so that CI checks the same cases every run (FUZZ_SEED=N replays or varies it); random
 * seeds and long runs are for `npm run fuzz`. Every target is covered, the HTML reader included: a
 * page that makes Readability loop is stopped on the reader's worker thread (a DOCUMENT_INVALID).
 */
const SEED = process.env.FUZZ_SEED === undefined ? 20261129 : Number(process.env.FUZZ_SEED);
/** The HTML and feed parsers are ~100 times slower a case: fewer runs keep the file under a few seconds. */
const SLOW_RUNS: Record<string, number> = { htmlToDocument: 150, parseFeedEntries: 300, TopicFile: 300 };

describe("fuzz: parsers of untrusted text throw only clear, coded errors", () => {
  for (const target of fuzzTargets()) {
    it(target.name, async () => {
      await target.assert({ numRuns: SLOW_RUNS[target.name] ?? RUNS, seed: SEED });
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
