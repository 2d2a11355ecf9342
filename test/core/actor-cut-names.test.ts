// Names of several words kept whole (made-up text).
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const names = (body: string) => briefOfText(body).actors.map((a) => a.name);

describe("names kept whole", () => {
  it("joins 'and' inside an organisation's name whose head word carries a possessive", () => {
    const found = names("Data from the Northern Fisheries and Marine Administration's survey was used.");
    expect(found).toContain("Northern Fisheries and Marine Administration");
    expect(found).not.toContain("Marine Administration");
  });
});
