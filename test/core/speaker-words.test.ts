// Word tests of speaker resolution: the gender a person's name shows, verbs of saying in a
// clause and the kind of a description's head noun (made-up names).
import { describe, expect, it } from "vitest";
import type { ActorRecord } from "../../src/core/extract/actors.ts";
import { genderOf, hasSayingVerb, nominalType } from "../../src/core/extract/speaker-words.ts";
import { briefOfText } from "../support/text-document.ts";

const person = (name: string, roles: string[] = []): ActorRecord => ({
  key: `person:${name}`,
  name,
  type: "person",
  aliases: new Set(),
  roles: new Set(roles),
  mentions: [],
  first: 0,
});

describe("genderOf", () => {
  it("reads the given name of a full name", () => {
    expect(genderOf(person("Henry Vale"))).toBe("m");
    expect(genderOf(person("Mary Doe"))).toBe("f");
  });
  it("reads the first known given name after a label glued to the name", () => {
    expect(genderOf(person("Democrat Mary Doe"))).toBe("f");
    expect(genderOf(person("Real Henry Vale"))).toBe("m");
  });
  it("reads the last word of a longer name as the surname, whatever it is", () => {
    expect(genderOf(person("Mary Fay Henry"))).toBe("f");
    expect(genderOf(person("Vale Henry"))).toBeNull();
  });
  it("reads the given name of a person the text names by it alone", () => {
    expect(genderOf(person("Marissa"))).toBe("f");
    expect(genderOf(person("Gregory"))).toBe("m");
    expect(genderOf(person("Vale"))).toBeNull();
  });
  it("still reads a gendered title", () => {
    expect(genderOf(person("Henry", ["Mrs."]))).toBe("f");
  });
});

describe("hasSayingVerb", () => {
  it("finds a verb of saying among the words", () => {
    expect(hasSayingVerb("She added that she thinks")).toBe(true);
    expect(hasSayingVerb("She thinks that the pier")).toBe(false);
  });
});

describe("nominalType", () => {
  it("reads the head noun before a participle that modifies it", () => {
    expect(nominalType("one Democrat briefed on the talks")).toBe("person");
    expect(nominalType("a source briefed on the talks")).toBe("person");
    expect(nominalType("an aide working on the campaign")).toBe("person");
    expect(nominalType("the plan involved in the talks")).toBeNull();
  });

  it("reads the head noun before a participle of speaking or quoting and a body's name", () => {
    expect(nominalType("another intelligence source speaking to Acme News")).toBe("person");
    expect(nominalType("an official quoted by the Daily Courier")).toBe("person");
    expect(nominalType("the plan speaking to Acme News")).toBeNull();
    const speaker = briefOfText(
      'The agency declined to comment. Another intelligence source speaking to Acme News said, "The agents are looking into those payments."',
    ).quotes[0]?.speaker;
    expect(speaker).toMatchObject({
      name: "Another intelligence source speaking to Acme News",
      named: false,
    });
  });
});

describe("unnamed speakers of ads and of medicine", () => {
  const speakerOf = (body: string) => briefOfText(body).quotes[0]?.speaker;

  it("keeps the voice of an ad as its description", () => {
    expect(speakerOf('"She will stand up to the banks," a voice-over in the new ad states.')).toMatchObject({
      name: "a voice-over in the new ad",
      named: false,
    });
  });

  it("reads a surgeon by the shape of the word", () => {
    expect(
      speakerOf('"They need to pause and hear us out," the retired neurosurgeon told the radio host.'),
    ).toMatchObject({
      name: "the retired neurosurgeon",
      type: "person",
      named: false,
    });
  });
});

describe("more nouns that speak", () => {
  it("reads a plural of a noun of person as people", () => {
    expect(nominalType("One of the victims")).toBe("person");
    expect(nominalType("the researchers")).toBe("person");
  });

  it("reads one of a counted group, or a count of people, as people", () => {
    expect(nominalType("one of three neighbours")).toBe("person");
    expect(nominalType("one of 12 nurses")).toBe("person");
    expect(nominalType("Hundreds of striking nurses")).toBe("person");
    expect(nominalType("one of two bridges")).toBeNull();
    expect(nominalType("One of them")).toBe("person");
    expect(
      briefOfText('"It was a shambles," said one of three neighbours who asked not to be named.').quotes[0]
        ?.speaker,
    ).toMatchObject({
      name: "one of three neighbours",
      type: "person",
      named: false,
    });
  });

  it("reads a proclamation or a petition as a document that can say something", () => {
    expect(nominalType("The proclamation")).toBe("org");
    expect(nominalType("The petition")).toBe("org");
  });

  it("reads a business or an institution named by its kind as a body, not a person", () => {
    expect(nominalType("the retailer")).toBe("org");
    expect(nominalType("the airline")).toBe("org");
    expect(nominalType("The product description")).toBe("org");
    const speaker = briefOfText(
      'Shares of the chain fell on Monday. The retailer said "tariffs have raised the cost of the goods we sell."',
    ).quotes[0]?.speaker;
    expect(speaker).toEqual({ name: "The retailer", type: "org", named: false });
  });
});

describe("bodies that speak", () => {
  it("reads a foundation, a charity or an association as a body, and a plural of a body's noun too", () => {
    expect(nominalType("Day's animal foundation")).toBe("org");
    expect(nominalType("the charity")).toBe("org");
    expect(nominalType("Multiple outlets")).toBe("org");
    expect(nominalType("one of her ads")).toBe("org");
  });
});

describe("members of parliament and warnings", () => {
  it("reads an MP, an MEP or an MSP as a person left unnamed", () => {
    const quote = briefOfText(
      'Not everyone agreed. One MP told the radio, "We know that many wanted to stay."',
    ).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "One MP", type: "person", named: false });
    expect(nominalType("two MEPs")).toBe("person");
  });

  it("reads a warning, an alert or an advisory as a notice that can say something", () => {
    const quote = briefOfText('"High waves will reach the coast by noon," read the warning. Ports closed.')
      .quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "the warning", named: false });
    expect(nominalType("the flood alert")).toBe("org");
  });
});

describe("a people named by its demonym", () => {
  it("speaks as an unnamed group: 'the Saudis state', 'The Chinese said'", () => {
    const speaker = (body: string) => briefOfText(body).quotes[0]?.speaker;
    expect(speaker('"The kingdom leads the fight," the Saudis state in their yearly report.')).toMatchObject({
      name: "the Saudis",
      named: false,
    });
    expect(speaker('The Chinese said: "We will not accept this."')).toMatchObject({
      name: "The Chinese",
      named: false,
    });
  });
});

describe("a body named by what it runs or does ('the air force', 'the utility', 'the operator')", () => {
  it("speaks, unnamed, as an organisation", () => {
    const quotes = briefOfText(
      `Kessaland's air force counted the drones. "Air defence worked in six regions," the air force said. "Costs have risen," the utility said. "Flights are normal," the airport operator said.`,
    ).quotes;
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.named])).toEqual([
      ["the air force", "org", false],
      ["the utility", "org", false],
      ["the airport operator", "org", false],
    ]);
  });
});

describe("one of a group named with a possessive ('One of the boys' fathers')", () => {
  it("is a person, described", () => {
    expect(nominalType("One of the boys' fathers")).toBe("person");
    expect(nominalType("one of the girl’s uncles")).toBe("person");
    const quotes = briefOfText(
      `Two boys were rescued. One of the boys' fathers, who did not want to be named, said the family was "hugely grateful to the volunteers."`,
    ).quotes;
    expect(quotes[0]!.speaker).toMatchObject({ name: "One of the boys' fathers", named: false });
  });
});

describe("a described speaker by rank, trade or status ('one sergeant', 'a cyclist')", () => {
  it("is a person, unnamed", () => {
    for (const noun of [
      "sergeant",
      "constable",
      "pupil",
      "tourist",
      "volunteer",
      "barrister",
      "cyclist",
      "migrant",
    ])
      expect(nominalType(`one ${noun}`)).toBe("person");
    const quotes = briefOfText(
      `Officers are leaving. As one sergeant told me, "We are running on empty."`,
    ).quotes;
    expect(quotes[0]!.speaker).toMatchObject({ name: "one sergeant", type: "person", named: false });
  });
});
