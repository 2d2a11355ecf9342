// Speakers and actors on kinds of text written for issue 11's forty-fourth session (made-up
// sentences): a relative named by one word, sports teams, and the role shown beside a speaker.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const speakers = (body: string) => briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);
const typeOf = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;

describe("a one-word name set off after a relative ('Roe's wife, Zorka,')", () => {
  const text = (relative: string) =>
    `Tom Hale opened the mill in 1980. ${relative}, Zorka, was at the ceremony. Asked what she thought, she laughed. "He has said this before," she said.`;

  it("is a person, and the woman a later 'she' speaks as", () => {
    for (const relative of ["Hale's wife", "His wife", "His daughter"]) {
      expect(typeOf(text(relative), "Zorka")).toBe("person");
      expect(speakers(text(relative))).toEqual(["Zorka"]);
    }
  });

  it("is no person after a word that names no relative ('Hale's mill, Zorka,')", () => {
    expect(typeOf(text("Hale's mill"), "Zorka")).not.toBe("person");
  });
});

describe("a team's name", () => {
  it("opening a sentence before an irregular past is the team's ('The Kessford Hawks lost')", () => {
    const body = "The Kessford Hawks lost to the Dunmore Bears on Sunday. Fans left early.";
    expect(typeOf(body, "Kessford Hawks")).toBe("org");
    expect(typeOf(body, "Dunmore Bears")).toBe("org");
  });

  it("opening on a town that is also a given name, always after 'the', is the team's", () => {
    const body = "Fans of the Florence Falcons cheered. The Florence Falcons won again on Sunday.";
    expect(typeOf(body, "Florence Falcons")).toBe("org");
  });

  it("closed by a plural after 'City' or 'Town' is the team's, not a place", () => {
    expect(typeOf("Jo Roe coached the Harbor City Hawks for a decade.", "Harbor City Hawks")).toBe("org");
    // (A place's own plural after another place word stays a place.)
    expect(typeOf("She moved to Palm Beach Gardens in 1990.", "Palm Beach Gardens")).toBe("place");
  });

  it("before a player's position and a name is the team's ('Hawks quarterback Dan Ruiz')", () => {
    const body = '"We never gave up," Hawks quarterback Dan Ruiz said after the game.';
    expect(typeOf(body, "Hawks")).toBe("org");
    expect(speakers(body)).toEqual(["Dan Ruiz"]);
  });
});

describe("a speaker's role", () => {
  it("is shown without its article, as an actor's roles are", () => {
    const roleOf = (body: string) => briefOfText(body).quotes[0]?.speaker?.role;
    expect(roleOf('Ahmed Nur, the district commissioner of Bura, said there is "no food left at all."')).toBe(
      "district commissioner of Bura",
    );
    expect(roleOf('"We let you down," said Lars Eklund, a former chief executive of the firm.')).toBe(
      "former chief executive of the firm",
    );
  });
});

describe("a company's suffix closing a name ('Nordline AG')", () => {
  it("makes it a company", () => {
    expect(typeOf("The operator, Nordline AG, said repairs could take months.", "Nordline AG")).toBe("org");
  });
});

describe("a pronoun after a sentence opening on someone described and then named", () => {
  it("is that person ('A spokeswoman for the government, Katrin Weil, said')", () => {
    const body =
      'Dmitry Orlov spoke on Tuesday.\n\nA spokeswoman for the German government, Katrin Weil, said the site was closed. "We will not speculate," she said.';
    expect(speakers(body)).toEqual(["Katrin Weil"]);
  });

  it("is nobody named when the one named is not the one described ('A friend of Katrin Weil')", () => {
    const body =
      'Dmitry Orlov spoke on Tuesday.\n\nA friend of Katrin Weil said the site was closed. "We will not speculate," she said.';
    expect(speakers(body)).not.toContain("Katrin Weil");
  });
});

describe("a one-word name after what only a country or a region has ('the parliament of Estoria')", () => {
  it("is a place", () => {
    for (const noun of ["parliament", "government", "citizens", "state", "region", "county"])
      expect(typeOf(`The ${noun} of Estoria met on Wednesday.`, "Estoria")).toBe("place");
  });
});

describe("a Scandinavian given name that is also an English word ('Per')", () => {
  it("opens a person's name", () => {
    expect(typeOf('"I have been here since six," said Per Olsen.', "Per Olsen")).toBe("person");
  });
});

describe("a common word opening a sentence before a firm's officer ('Company chairman Jo Roe')", () => {
  it("names no body, though an unknown word there does ('Velora chairman')", () => {
    const body = (word: string) => `The vaccine was approved. ${word} chairman Robert Asante told reporters.`;
    expect(typeOf(body("Company"), "Company")).toBeUndefined();
    expect(typeOf(body("Velora"), "Velora")).toBe("org");
  });
});

describe("a title set off after a noun of a work and closing the sentence ('her debut novel, The Salt Roads.')", () => {
  it("is no actor, though a person named so after a relative is", () => {
    const body =
      "Amara Okafor won the prize for her debut novel, The Salt Roads. She thanked her brother, Tom Okafor.";
    expect(typeOf(body, "The Salt Roads")).toBeUndefined();
    expect(typeOf(body, "Salt Roads")).toBeUndefined();
    expect(typeOf(body, "Tom Okafor")).toBe("person");
  });
});

describe("a name set off after a noun of a business ('The dam's operator, Himal Hydro,')", () => {
  it("is that business, though a given name there is a person's", () => {
    expect(typeOf("The dam's operator, Himal Hydro, blamed the rain.", "Himal Hydro")).toBe("org");
    expect(typeOf("The dam's operator, Anil Rao, blamed the rain.", "Anil Rao")).toBe("person");
  });
});

describe("an athlete's noun in capitals ('the former Olympian')", () => {
  it("is no one's name", () => {
    const body = 'Patrick Ndegwa coaches her. "She has been injured," the former Olympian said.';
    expect(typeOf(body, "Olympian")).toBeUndefined();
    expect(speakers(body)).not.toContain("Olympian");
  });
});

describe("'the Ethiopian said'", () => {
  const text = (named: string) =>
    `Grace Chebet won the race. ${named} came second. "Running against Grace made me better," the Ethiopian said.`;

  it("is the person named lately as from that country", () => {
    expect(speakers(text("Ethiopia's Tigist Bekele"))).toEqual(["Tigist Bekele"]);
    expect(speakers(text("Ethiopian runner Tigist Bekele"))).toEqual(["Tigist Bekele"]);
  });

  // (With no one placed there, the one person opening the sentence before: session 45's rules.)
  it("is nobody named when the one named lately is placed elsewhere", () => {
    expect(speakers(text("Kenyan runner Tigist Bekele"))).not.toContain("Tigist Bekele");
    // (Nor is "the Ethiopians" one person.)
    const plural = text("Ethiopia's Tigist Bekele").replace("the Ethiopian said", "the Ethiopians said");
    expect(speakers(plural)).not.toContain("Tigist Bekele");
  });
});

describe("a museum, a hospital or an airport the text later has speak ('the museum said')", () => {
  it("is the body running it, and the speaker", () => {
    const body = 'The Harwick Museum returned two statues. The museum said they were "never ours to keep."';
    expect(typeOf(body, "Harwick Museum")).toBe("org");
    expect(speakers(body)).toEqual(["Harwick Museum"]);
    // (Not where only someone else speaks: the museum stays a place.)
    expect(
      typeOf("The Harwick Museum reopened. Visitors said the museum was crowded.", "Harwick Museum"),
    ).toBe("place");
  });
});

describe("'the hospital said', 'the school said'", () => {
  it("is the hospital or school named lately", () => {
    expect(
      speakers(
        'Westbrook Hospital has apologised to a patient.\n\nIn a statement, the hospital said it was "deeply sorry" for the wait.',
      ),
    ).toEqual(["Westbrook Hospital"]);
    expect(
      speakers('Kessford High School closed early on Friday. The school said pupils were "never in danger."'),
    ).toEqual(["Kessford High School"]);
  });
});

describe("words of a headline in title case that the text never names again", () => {
  const body = (headline: string) =>
    `${headline}\n\nHundreds of migrants reached the island of Lesbos this week, officials in Athens said.`;

  it("are no name when one of them is a word news writes in lower case", () => {
    const actors = briefOfText(body("Refugees Describe Perilous Journey Across Sea")).actors.map(
      (a) => a.name,
    );
    expect(actors).not.toContain("Refugees Describe Perilous Journey Across Sea");
    expect(actors).toEqual(expect.arrayContaining(["Lesbos", "Athens"]));
    expect(
      briefOfText(
        "Kenyan Farmers Turn to Drought-Resistant Crops\n\nFarmers near Kitui grow sorghum.",
      ).actors.map((a) => a.name),
    ).not.toContain("Drought-Resistant Crops");
  });

  it("keep a body closed by its head word ('Photo by Jo Roe via Getty Images')", () => {
    expect(typeOf(body("Photo by Jo Roe via Getty Images"), "Getty Images")).toBe("org");
  });
});

describe("a language no country's adjective names ('told VOA in Swahili')", () => {
  it("is no place", () => {
    const body = '"Now I grow sorghum," she told reporters in Swahili near Kitui.';
    expect(typeOf(body, "Swahili")).toBeUndefined();
    expect(typeOf(body, "Kitui")).toBe("place");
  });
});

describe("a one-word side in a match's result ('a 3-1 win over Dunmore', 'Ashby beat Holt 2-0')", () => {
  it("is a club, not a person", () => {
    const body =
      "Kessford Rovers reached the final with a 3-1 win over Dunmore on Saturday. Ashby beat Holt 2-0 last month.";
    for (const side of ["Dunmore", "Ashby", "Holt"]) expect(typeOf(body, side)).toBe("org");
  });
});

describe("a lead's description of someone the next paragraph names", () => {
  const text = (named: string) =>
    `A former disarmament chief has warned of "the most dangerous period in decades."\n\n"We have stopped talking," said ${named}, in a speech on Wednesday.`;

  it("is that person when words of the description stand beside the name", () => {
    expect(speakers(text("Helena Marsh, who led the Office for Disarmament Affairs until 2018"))).toEqual([
      "Helena Marsh",
      "Helena Marsh",
    ]);
  });

  it("is not someone else the lead's own paragraph quotes", () => {
    const body =
      'A former disarmament chief has warned of "the most dangerous period in decades." Disarmament expert Jo Roe said talks were "long overdue."';
    expect(speakers(body)).toEqual(["A former disarmament chief", "Jo Roe"]);
  });

  it("is no one named for a group described ('Disarmament officials')", () => {
    const body = text("Helena Marsh, who led the Office for Disarmament Affairs until 2018").replace(
      "A former disarmament chief has",
      "Disarmament officials have",
    );
    expect(speakers(body)[0]).not.toBe("Helena Marsh");
  });

  it("stays the description when nothing beside the name says it is the same person", () => {
    expect(speakers(text("Helena Marsh, a former historian at Kessford University"))[0]).toBe(
      "A former disarmament chief",
    );
  });
});
