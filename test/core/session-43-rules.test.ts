// Speakers and actors on kinds of text written for issue 11's forty-third session (made-up
// sentences): a conjunction before a description, a resident described after a named source,
// firms by their head words, towns in datelines, people and bodies joined by "and".
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const speakers = (body: string) =>
  briefOfText(body).quotes.map((q) =>
    q.speaker ? `${q.speaker.name}${q.speaker.named ? "" : " (unnamed)"}` : null,
  );
const actors = (body: string) => briefOfText(body).actors.map((a) => `${a.name} [${a.type}]`);

describe("a conjunction opening the sentence before a description that speaks", () => {
  it("is no part of the unnamed speaker ('But an economics professor said')", () => {
    expect(
      speakers(
        'Staff were split. But an economics professor said the college "has been living beyond its means." And a second lecturer said it was "a disgrace to the faculty."',
      ),
    ).toEqual(["an economics professor (unnamed)", "a second lecturer (unnamed)"]);
  });

  it("leaves a fronted time alone ('But a few days later, Roe …')", () => {
    expect(
      speakers(
        'Dana Kessler spoke on Monday. But a few days later, Kessler reversed herself, telling a radio host that the rules "are set and should stay that way."',
      ),
    ).toEqual(["Dana Kessler"]);
  });
});

describe("a pronoun after someone described, not named", () => {
  const quoted = (between: string) =>
    speakers(
      `"We need the roads open," said Karin Lund, a director for a charity.\n\n${between} "We have heard this before," she said.`,
    )[1];

  it("is the one described even when a phrase is set off after the description", () => {
    expect(
      quoted("One resident of the town, reached by phone, said she did not expect the truce to last."),
    ).toBe("One resident of the town (unnamed)");
  });

  it("is the one described when the verb after the description is 'did'", () => {
    expect(quoted("A local nurse did not expect the truce to last.")).toBe("A local nurse (unnamed)");
  });

  it("is the one described when the verb after the description is an irregular past ('wept')", () => {
    expect(quoted("Her mother, who sat in the front row, wept.")).toBe("Her mother (unnamed)");
  });
});

describe("firms named by the head words of their trade", () => {
  it("types genomics, biologics and device makers as bodies and keeps two of them apart", () => {
    const found = actors(
      'The vaccine maker, Halvard Biologics, said it was "on track for a spring launch." Corvane Genomics and Tessel Diagnostics cut jobs. Lumen Devices said sales were "strong in every market."',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Halvard Biologics [org]",
        "Corvane Genomics [org]",
        "Tessel Diagnostics [org]",
        "Lumen Devices [org]",
      ]),
    );
    expect(found.some((a) => a.includes(" and "))).toBe(false);
  });

  it("keeps a confederation's whole name, with no title cut from it", () => {
    expect(actors("The General Labour Confederation called a strike for Monday.")).toEqual([
      "General Labour Confederation [org]",
    ]);
  });
});

describe("a town in capitals opening a dateline", () => {
  it("is a place even when no list knows it, and a label in capitals is not", () => {
    const found = actors("KELMORA — A storm hit the coast on Monday.\n\nUPDATE — The storm has passed.");
    expect(found).toContain("Kelmora [place]");
    expect(found.some((a) => /^Update /i.test(a) && a.endsWith("[place]"))).toBe(false);
  });
});

describe("a person's full name before 'and'", () => {
  it("ends there, before a body or a title", () => {
    const found = actors(
      "Donald Varn and House Republicans met on Monday. George W. Kell and Congress agreed. Jane Hollis and Kessford Council agreed. Ruth Mayo and Sen. Tim Corder spoke.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Donald Varn [person]",
        "George W. Kell [person]",
        "Jane Hollis [person]",
        "Kessford Council [org]",
        "Ruth Mayo [person]",
        "Tim Corder [person]",
      ]),
    );
    expect(found.some((a) => a.includes(" and "))).toBe(false);
  });

  it("does not split a firm named for its founder or a foundation of two given names", () => {
    const found = actors(
      "Henry Wolde and Company published the book. The Anna and Pavel Novak Foundation paid for it.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["Henry Wolde and Company [org]", "Anna and Pavel Novak Foundation [org]"]),
    );
  });
});

describe("a name after a part of a place", () => {
  it("is a place even when a verb follows it ('forces in northern Sarandi agreed')", () => {
    expect(actors("Rebel fighters and government forces in northern Sarandi agreed to a ceasefire.")).toEqual(
      ["Sarandi [place]"],
    );
  });
});

describe("a name set off before a hometown", () => {
  it("is a person's, whatever place words it holds ('Devon Marsh, of Oakfield,')", () => {
    expect(actors("Devon Marsh, of Oakfield, was charged with theft on Friday.")).toContain(
      "Devon Marsh [person]",
    );
    expect(actors("Devon Marsh, 34, of Oakfield, was charged with theft.")).toContain("Devon Marsh [person]");
  });
});

describe("weekdays and numbers in words", () => {
  it("name no one ('on Fridays', 'Ninety agreed')", () => {
    expect(
      actors(
        "We asked 140 firms. Ninety agreed. Seventy-five refused. The shop is shut on Fridays. Fridays are quiet.",
      ),
    ).toEqual([]);
  });
});

describe("'the agency said' after two bodies named together", () => {
  it("is the body that is not named after a preposition", () => {
    expect(
      speakers(
        'Veltrix Semiconductors recalled its adapters on Monday. The Consumer Safety Commission, which announced the recall jointly with Veltrix, urged owners to stop using them. "Unplug it and put it away," the agency said.',
      ),
    ).toEqual(["Consumer Safety Commission"]);
  });
});

describe("a people's adjective used as the name of a language", () => {
  it("is no place ('spoke in Italian'), while one before a noun or a name still is", () => {
    const found = actors(
      "The bishop spoke in Italian. His sermon was translated into Arabic and English. French troops left. The plan drew praise from American officials. Fighting in Iraqi Kurdistan went on. Submarines strayed into Swedish and Finnish waters. A van crashed into Israelis queueing outside a market.",
    );
    expect(found).toContain("France [place]");
    expect(found).toEqual(
      expect.arrayContaining([
        "Iraqi Kurdistan [place]",
        "United States [place]",
        "Sweden [place]",
        "Finland [place]",
        "Israel [place]",
      ]),
    );
    expect(found.some((a) => /^(?:Italy|England|Arab)/.test(a))).toBe(false);
  });
});

describe("a trade's noun written as one word with what it makes", () => {
  it("names no one where it opens a headline or a sentence ('Chipmaker recalls …')", () => {
    expect(actors("Chipmaker recalls adapters\n\nVeltrix said it would recall adapters.")).toEqual([
      "Veltrix [org]",
    ]);
  });
});

describe("a family, relatives or a tribe that speaks", () => {
  it("is an unnamed speaker of its kind ('the tribes said', 'The Vane family said', 'Relatives said')", () => {
    const quotes = briefOfText(
      'Its water use, the tribes said, would have drained "the last wet meadows in the valley."\n\nThe Vane family said in a statement that Ruth was "the light of every room she walked into."\n\nRelatives said the boy had been "missing since Sunday night at least."',
    ).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.named]);
    expect(quotes).toEqual([
      ["the tribes", "org", false],
      ["The Vane family", "person", false],
      ["Relatives", "person", false],
    ]);
  });
});

describe("a substitute named in a match report", () => {
  it("has that role", () => {
    const roles = briefOfText(
      "Rovers levelled when substitute Marek Novak scored with 12 minutes left.",
    ).actors.find((a) => a.name === "Marek Novak")?.roles;
    expect(roles).toEqual(["substitute"]);
  });
});

describe("common words capitalised by a headline in title case", () => {
  it("name no one there, while a name in the headline still counts", () => {
    const found = actors(
      "Parents Rally Nationwide as Jane Hollis Speaks\n\nParents in forty towns marched on Saturday.",
    );
    expect(found).toContain("Jane Hollis [person]");
    expect(found.some((a) => a.startsWith("Parents"))).toBe(false);
  });
});

describe("an acronym that leaves out the state in capitals opening a body's name", () => {
  it("is that body's short name ('NSW Rural Fire Service' … 'RFS')", () => {
    const found = briefOfText(
      "The NSW Rural Fire Service downgraded the blaze on Sunday. RFS crews stayed on the ridge overnight.",
    ).actors.filter((a) => a.type === "org");
    expect(found.map((a) => [a.name, a.aliases])).toEqual([["NSW Rural Fire Service", ["RFS"]]]);
  });
});

describe("a ship named after its noun and 'the'", () => {
  it("is no actor ('A merchant ship, the Nordic Star, spotted them')", () => {
    expect(actors("A merchant ship, the Nordic Star, spotted the men shortly after dawn.")).toEqual([]);
  });
});

describe("an observer mission that speaks", () => {
  it("is an unnamed body ('the mission noted')", () => {
    expect(
      speakers(
        'In a preliminary report, the mission noted "isolated cases of intimidation in two districts."',
      ),
    ).toEqual(["the mission (unnamed)"]);
  });
});

describe("a role set off before a name right after a quote", () => {
  it("is kept on the person ('\"…,\" the company's chief operating officer, Ravi Menon, said')", () => {
    const roles = briefOfText(
      '"Safety comes first," the company\'s chief operating officer, Ravi Menon, said in a statement.',
    ).actors.find((a) => a.name === "Ravi Menon")?.roles;
    expect(roles).toEqual(["company's chief operating officer"]);
  });
});

describe("a word that speaks, followed by a sentence opening on 'Its' and a firm's officer", () => {
  it("is that firm, not a person ('Corvane said … Its chief executive, …')", () => {
    const found = actors(
      'Regulators blocked the takeover of Stratus Networks by Corvane. Corvane called the ruling "irrational" and said it would appeal. Its chief executive, Tomasz Wiel, told investors the firm had offered to sell two sites.',
    );
    expect(found).toContain("Corvane [org]");
    expect(found).toContain("Tomasz Wiel [person]");
  });

  it("leaves a name inside the sentence before alone ('Acme Holdings hired Varga …')", () => {
    const found = actors(
      'Acme Holdings hired Varga last year. Its chief executive, Jo Roe, said Varga was "the best engineer we have ever had." Varga declined to comment.',
    );
    expect(found).toContain("Varga [person]");
  });
});
