// Actor defect classes seen in briefs of interview and transcript articles: speaker labels and
// interjections of transcribed speech are not actors (made-up text).
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";

const actors = (body: string) =>
  extractBrief({
    id: "t",
    title: "T",
    date: null,
    source: null,
    url: null,
    license: null,
    author: null,
    body,
  }).actors.map((a) => a.name);

describe("actors of interviews and transcripts", () => {
  it("does not take an interviewer's label for an organisation", () => {
    const names = actors(
      "((QX)) What did the study find?\n\nMaria Stein: Rents rose faster than wages.\n\n((QX)) Will that change?\n\nMaria Stein: Not soon.",
    );
    expect(names).toContain("Maria Stein");
    expect(names).not.toContain("QX");
  });

  it("does not take interjections or sentence-initial spans of time for people", () => {
    const names = actors(
      "Um, we did not expect it. Yeah, it was hard. Hours later the crew of Captain Lena Ortiz returned. Okay, we said.",
    );
    expect(names).toEqual(expect.arrayContaining(["Lena Ortiz"]));
    for (const word of ["Um", "Yeah", "Hours", "Okay"]) expect(names).not.toContain(word);
  });
});
