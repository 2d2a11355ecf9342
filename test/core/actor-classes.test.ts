// Actor defect classes seen in briefs of interview and transcript articles: speaker labels and
// interjections of transcribed speech are not actors (made-up text).
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const actors = (body: string) => briefOfText(body).actors.map((a) => a.name);

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

describe("names that open with a title word", () => {
  it("keeps an institution's whole name when it opens with a title word", () => {
    const names = actors(
      "Maria Lopez teaches at Saint Brendan University. The General Supplies Administration said it would review the contract.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["Saint Brendan University", "General Supplies Administration"]),
    );
    expect(names).not.toContain("Brendan University");
    expect(names).not.toContain("Supplies Administration");
  });

  it("still splits a title off a person's name", () => {
    const names = actors("General Jane Roe visited the base on Monday. Roe said the troops were ready.");
    expect(names).toContain("Jane Roe");
    expect(names).not.toContain("General Jane Roe");
  });

  it("splits a title with its 'of' phrase off a person's name", () => {
    const names = actors(
      "That, Chief of Staff Katie Marsh explained, was the plan. Mayor Jane Roe thanked Chief of Staff Denis Okafor.",
    );
    expect(names).toEqual(expect.arrayContaining(["Katie Marsh", "Denis Okafor"]));
    expect(names.some((n) => n.startsWith("Staff"))).toBe(false);
  });

  it("does not read a place after an 'of' title as part of the person's name", () => {
    const names = actors("Chief Executive of Hong Kong Amy Tsang opened the fair.");
    expect(names).toContain("Amy Tsang");
    expect(names).not.toContain("Kong Amy Tsang");
  });

  it("splits 'Undersecretary' off a name as the person's role", () => {
    const found = briefOfText("The message came from Undersecretary Wendy Sherwin on Sunday.").actors;
    expect(found.find((a) => a.name === "Wendy Sherwin")?.roles).toContain("Undersecretary");
  });

  it("splits AP title abbreviations off a name", () => {
    const names = actors("Ohio Gov. Jane Kessler met Sens. Tom Roe and Paul Doe on Monday.");
    expect(names).toEqual(expect.arrayContaining(["Jane Kessler", "Tom Roe", "Paul Doe"]));
    expect(names.some((n) => n.includes("Gov") || n.includes("Sens"))).toBe(false);
  });
});

describe("a company's legal form or a patrol closing its name", () => {
  it("makes the name a body ('Kft', 'Oy', 'Highway Patrol')", () => {
    const list = briefOfText(
      "The company Velkor Ipari Kft said it would appeal. The Riverton Highway Patrol said the road was closed. Lakeside Oy cut jobs.",
    ).actors;
    for (const name of ["Velkor Ipari Kft", "Riverton Highway Patrol", "Lakeside Oy"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("makes a name a body when its legal form follows after a comma ('Marden Asset Management, Inc.')", () => {
    const list = briefOfText(
      "The deal went to Marden Asset Management, Inc. on Monday. Torvik Widgets, LLC did not bid.",
    ).actors;
    for (const name of ["Marden Asset Management", "Torvik Widgets"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });
});

describe("a name that speaks like a body", () => {
  it("is a firm where it takes 'which' or closes on the plural of a noun the text writes in lower case", () => {
    const list = briefOfText(
      "Drivers at the bus depot voted to strike. Kessford Buses said the offer was fair. Brightstone Aggregates, which wants to dig the site, said the quarry would bring jobs.",
    ).actors;
    for (const name of ["Kessford Buses", "Brightstone Aggregates"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("is a body between an article and its spokesperson, or closed by a utility's word ('Air', 'Water')", () => {
    const list = briefOfText(
      "Flights were cut by Skyline Air on Friday. A Kessa Widgets spokesman said the plant would close. In a statement, Southmere Water said it was sorry.",
    ).actors;
    for (const name of ["Skyline Air", "Kessa Widgets", "Southmere Water"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("stays a person where a description of one person is set off before it ('Its director general, Rain Roe,')", () => {
    const list = briefOfText(
      "The group said firms would cut hiring. Its director general, Rain Newton-Smith, agreed.",
    ).actors;
    expect(list.find((a) => a.name === "Rain Newton-Smith")?.type).toBe("person");
  });

  it("stays a person whose family name is a plural ('Rikkie Wells said')", () => {
    const list = briefOfText(
      'The water from the well was clean. "I feel great," Rikkie Wells said. "We will be back," Danni Holmes said of her home.',
    ).actors;
    for (const name of ["Rikkie Wells", "Danni Holmes"])
      expect(list.find((a) => a.name === name)?.type).toBe("person");
  });
});

describe("capitalised words that news writes in lower case", () => {
  it("are no person's name after the first word ('Too Much and Never Enough', 'Big Data')", () => {
    const list = briefOfText(
      "Mara Velt released the memoir Too Much and Never Enough in July. Her firm works on Big Data and High Performance Computing.",
    ).actors;
    expect(list.map((a) => a.name)).toContain("Mara Velt");
    expect(list.filter((a) => a.type === "person").map((a) => a.name)).toEqual(["Mara Velt"]);
  });

  it("name a body after 'the' ('the Grateful Dead')", () => {
    const list = briefOfText("The drummer toured with the Grateful Dead for a decade.").actors;
    expect(list.find((a) => a.name === "Grateful Dead")?.type).toBe("org");
  });

  it("still make a person's name when only the given name is one, or beside an initial", () => {
    const list = briefOfText(
      "The award went to Crystal Ybarra on Tuesday. Her coach was J. T. Pruett.",
    ).actors;
    expect(list.find((a) => a.name === "Crystal Ybarra")?.type).toBe("person");
    expect(list.find((a) => a.name === "J. T. Pruett")?.type).toBe("person");
  });
});

describe("how a name opens or ends", () => {
  it("makes a body of a name ending on 'International' or 'Research'", () => {
    const list = briefOfText("Velkor International ran the poll, and Marden Research checked it.").actors;
    for (const name of ["Velkor International", "Marden Research"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("makes a body of a club's name ('Kilbride Rovers', 'Ashford United')", () => {
    const list = briefOfText(
      "Kilbride Rovers beat league leaders Ashford United 2-1 on Saturday. Dunmore Wanderers drew with Carlow Athletic.",
    ).actors;
    for (const name of ["Kilbride Rovers", "Ashford United", "Dunmore Wanderers", "Carlow Athletic"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("makes a place of two words opening on 'New', and no actor of its people", () => {
    const list = briefOfText(
      "The storm reached New Varna on Monday, and many New Varners stayed home.",
    ).actors;
    expect(list.find((a) => a.name === "New Varna")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("New Varners");
  });
});

describe("an '-ist' occupation before a name the lists do not know", () => {
  it("is split off as the person's role, though the name runs on into 'of'", () => {
    const list = briefOfText(
      "Immunologist Kasimir Andvik of Harlow Institute said the virus was natural. Violinist Brigit Oregan plays tonight.",
    ).actors;
    expect(list.find((a) => a.name === "Kasimir Andvik")?.roles).toContain("Immunologist");
    expect(list.find((a) => a.name === "Brigit Oregan")?.roles).toContain("Violinist");
  });

  it("is not split off before a faith or a people ('Islamist Muslim Brotherhood')", () => {
    const names = briefOfText("The Islamist Muslim Brotherhood won the vote.").actors.map((a) => a.name);
    expect(names).not.toContain("Muslim Brotherhood");
  });
});

describe("a single word after a preposition of place", () => {
  it("is no place when a possessive follows it ('from Velkor's tax cuts')", () => {
    const list = briefOfText(
      "Mara Holt tried to distinguish herself from Velkor's tax cuts. They met in Dravna on Monday.",
    ).actors;
    expect(list.find((a) => a.name === "Velkor")?.type).not.toBe("place");
    expect(list.find((a) => a.name === "Dravna")?.type).toBe("place");
  });
});

describe("a well-known company named by one word", () => {
  it("is a body, not a person, when it speaks or is written after 'on'", () => {
    const found = briefOfText(
      'The series moved to Netflix in May. "We are proud of it," Netflix said. Pfizer said the trial went well.',
    ).actors;
    expect(found.find((a) => a.name === "Netflix")?.type).toBe("org");
    expect(found.find((a) => a.name === "Pfizer")?.type).toBe("org");
  });
});

describe("a well-known US news outlet or pollster", () => {
  it("is a body under its own name, with its other names as aliases", () => {
    const found = briefOfText(
      "Jane Roe told Fox Business on Monday that the deal was off. She wrote for HuffPost. The Huffington Post said so. A Pew survey found it.",
    ).actors;
    expect(found.find((a) => a.name === "Fox Business")?.type).toBe("org");
    expect(found.find((a) => a.name === "HuffPost")?.aliases).toContain("Huffington Post");
    expect(found.find((a) => a.name === "Pew Research Center")?.aliases).toContain("Pew");
  });
});

describe("a well-known university named by one word, and a public programme", () => {
  it("is the university, a body; the programme is no actor", () => {
    const found = briefOfText(
      "Jane Roe studied at Harvard and taught at Yale. Millions signed up under Obamacare in May. Obamacare has helped many, and cuts to Medicare hurt. Roe said Medicare would survive.",
    ).actors;
    expect(found.find((a) => a.name === "Harvard University")?.type).toBe("org");
    expect(found.find((a) => a.name === "Yale University")?.aliases).toContain("Yale");
    expect(found.map((a) => a.name)).not.toContain("Obamacare");
    expect(found.map((a) => a.name)).not.toContain("Medicare");
  });
});

describe("a party's members of a place", () => {
  it("are a body, the party there, and speak as one; never a person", () => {
    const brief = briefOfText('Ohio Democrats said on Monday that "the caucus will go ahead as planned."');
    expect(brief.actors.map((a) => [a.name, a.type])).toContainEqual(["Ohio Democrats", "org"]);
    expect(brief.quotes[0]?.speaker).toEqual({ name: "Ohio Democrats", type: "org", named: true });
  });
});

describe("bodies and people by what the text calls them (session 38)", () => {
  const typeOf = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;

  it("a body described as a maker based somewhere ('Voltline, a manufacturer based in …')", () => {
    expect(
      typeOf(
        "The buses will be built by Voltline, a manufacturer based in the north of the city.",
        "Voltline",
      ),
    ).toBe("org");
  });

  it("a person after 'broadcaster' when the words read as a person's names", () => {
    const body =
      "Chair of the judges, broadcaster Femi Lawal, said it was unanimous. The series was made by broadcaster Kessa Television.";
    expect(typeOf(body, "Femi Lawal")).toBe("person");
    expect(typeOf(body, "Kessa Television")).toBe("org");
  });
});

describe("a courtesy title before a surname that is also a place's word (session 38)", () => {
  it("is the person ('Ms Marsh', 'Mr Hall'), who speaks", () => {
    const brief = briefOfText(
      'Helen Marsh found her mother. "I just kept looking at her face," Ms Marsh said. Tom Hall agreed. "It was a long search," Mr Hall said. Dr Ann Lake led it. "It is clear," Dr Lake said.',
    );
    expect(brief.actors.map((a) => `${a.name}|${a.type}`)).toEqual([
      "Helen Marsh|person",
      "Tom Hall|person",
      "Ann Lake|person",
    ]);
    expect(brief.quotes.map((q) => q.speaker?.name)).toEqual(["Helen Marsh", "Tom Hall", "Ann Lake"]);
  });

  it("so is one after an office or a rank ('Judge Lake', 'Detective Hill')", () => {
    const brief = briefOfText(
      'Judge Ann Lake heard the case. "It is clear," Judge Lake said. Detective Tom Hill agreed. "We have him," Detective Hill said.',
    );
    expect(brief.actors.map((a) => `${a.name}|${a.type}`)).toEqual(["Ann Lake|person", "Tom Hill|person"]);
    expect(brief.quotes.map((q) => q.speaker?.name)).toEqual(["Ann Lake", "Tom Hill"]);
  });
});

describe("names set off after a noun of one person (session 38)", () => {
  it("are that person's, whatever their last word ('found her mother, Ruth Castle,')", () => {
    const brief = briefOfText("Helen Marsh found her mother, Ruth Castle, through a website last year.");
    expect(brief.actors.find((a) => a.name === "Ruth Castle")?.type).toBe("person");
    expect(brief.actors.find((a) => a.name === "Ruth Castle")?.roles).toEqual(["mother"]);
  });
});

describe("a noun of person capitalised only where every word is", () => {
  it("names no one ('Footballer apologises for post', a headline)", () => {
    const names = briefOfText(
      "Footballer apologises for post\n\nKessford United defender Jamal Price has apologised for a post.",
    ).actors.map((a) => a.name);
    expect(names).not.toContain("Footballer");
    expect(names).toContain("Jamal Price");
  });
});
