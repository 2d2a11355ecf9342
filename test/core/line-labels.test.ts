// Line labels ("WN:", "((Q))") are told from actors, and the look-back that tells them stays
// bounded on a document that is one long line (it used to scan back to the line's start for every
// name: quadratic). Work is counted in characters examined, never timed.
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { isLineLabel, type ScanSteps } from "../../src/core/extract/line-labels.ts";

const at = (body: string, name: string, from = 0) => {
  const start = body.indexOf(name, from);
  return [body, name, start, start + name.length] as const;
};

describe("line labels", () => {
  it("reads a short capitalised name opening a line before a colon or bracket as a label", () => {
    expect(isLineLabel(...at("WN: How did it start?", "WN"))).toBe(true);
    expect(isLineLabel(...at("Intro.\n((WN)) And then?", "WN"))).toBe(true);
    expect(isLineLabel(...at("Intro.\n[Q]: Why?", "Q"))).toBe(true);
  });

  it("does not read names inside a line, long names or names without a colon as labels", () => {
    expect(isLineLabel(...at("Then WN: asked", "WN"))).toBe(false);
    expect(isLineLabel(...at("NATO: the alliance", "NATO"))).toBe(false);
    expect(isLineLabel(...at("WN said so.", "WN"))).toBe(false);
    expect(isLineLabel(...at("x(WN): said", "WN"))).toBe(false);
  });

  it("looks back only over the brackets before the name, however long the line is", () => {
    const line = `${"Jane Roe met the press in Paris, ".repeat(20_000)}UN: done`;
    const steps: ScanSteps = { n: 0 };
    expect(isLineLabel(...at(line, "UN:"), steps)).toBe(false);
    expect(steps.n).toBe(1);
    const opened = `${"x ".repeat(50_000)}\n((UN)): done`;
    const bracketSteps: ScanSteps = { n: 0 };
    expect(isLineLabel(...at(opened, "UN"), bracketSteps)).toBe(true);
    expect(bracketSteps.n).toBe(3); // two brackets and the newline before them
  });

  it("keeps labels out of the actors, and the names after them in", () => {
    const brief = extractBrief({
      id: "l",
      title: "Interview",
      date: null,
      source: null,
      url: null,
      license: null,
      author: null,
      body: "WN: What did the ministry say?\n\nJane Roe: The ministry in Paris said no, Jane Roe said.",
    });
    const names = brief.actors.map((a) => a.name);
    expect(names).not.toContain("WN");
    expect(names).toContain("Jane Roe");
  });
});
