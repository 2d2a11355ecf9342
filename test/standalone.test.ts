// `npm test` must pass on a clone with nothing beside it (issue 12, part 4): no test or test helper
// reads the shared folder beside the clone (eval sets, corpus). Evaluations against it are scripts
// (`npm run eval`, `bench`, `load`). The real proof is a run in a fresh clone; this keeps the rule.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
// Built from parts so that this file does not match itself.
const SHARED = new RegExp(["\\.\\./", "shared\\b|\\bshared/(corpus|eval)\\b|[\"']shared[\"']"].join(""));

describe("tests stand alone", () => {
  it("no file under test/ reaches the shared folder beside the clone", () => {
    const offenders = readdirSync(join(ROOT, "test"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mjs|js)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => SHARED.test(readFileSync(path, "utf8")))
      .map((path) => relative(ROOT, path));
    expect(offenders).toEqual([]);
  });
});
