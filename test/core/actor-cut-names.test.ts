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

describe("a person of a body whose own name holds 'of'", () => {
  it("splits the person from the body, past a middle initial and a school 'of Law'", () => {
    const found = briefOfText(
      "Professor Jane Roe of Dunmore School of Law writes that it is fine. John C. Doe of Acme University disagrees.",
    ).actors;
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("Jane Roe")).toBe("person");
    expect(type("Dunmore School of Law")).toBe("org");
    expect(type("John C. Doe")).toBe("person");
    expect(type("Acme University")).toBe("org");
  });
});
