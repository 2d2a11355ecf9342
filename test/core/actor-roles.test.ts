// Roles on actors (made-up text): kept whole, and only on people and organisations.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const actor = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name);

describe("roles", () => {
  it("never gives a place the office named after it", () => {
    const body =
      "The Governor of Colorado signed the bill. The President of France visited Colorado and France.";
    expect(actor(body, "Colorado")?.roles).toEqual([]);
    expect(actor(body, "France")?.roles).toEqual([]);
  });

  it("reads a local office before a name as the role ('Councilwoman', 'Alderman', 'Selectman')", () => {
    const body =
      "Councilwoman Dana Whitlock voted no. Alderman Hugo Marsh and Selectman Paul Ferrante voted yes.";
    expect(actor(body, "Dana Whitlock")?.roles).toEqual(["Councilwoman"]);
    expect(actor(body, "Hugo Marsh")?.roles).toEqual(["Alderman"]);
    expect(actor(body, "Paul Ferrante")?.roles).toEqual(["Selectman"]);
  });

  it("keeps a lower-case noun of person right before a name as the role", () => {
    const body =
      '"We will come back," said protester Mary Wanjiku. Former president Tom Ridley agreed, as did former mayor Ann Vale. Like any teacher, Rosa Quill knows it.';
    expect(actor(body, "Mary Wanjiku")?.roles).toEqual(["protester"]);
    expect(actor(body, "Ann Vale")?.roles).toEqual(["former mayor"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual([]);
  });

  it("reads 'chief' after the words naming what someone heads as the role ('Fire chief', 'bureau chief')", () => {
    const body =
      "Fire chief Ruben Alcott said the wind had turned. The paper's bureau chief Nadia Fenn agreed.";
    expect(actor(body, "Ruben Alcott")?.roles).toEqual(["Fire chief"]);
    expect(actor(body, "Nadia Fenn")?.roles).toEqual(["bureau chief"]);
  });

  it("keeps the nouns qualifying that role, not a verb before them", () => {
    const body =
      "The march was led by climate change activist Mary Wanjiku and former opposition leader Tom Ridley. The party decided to fire campaign manager Ann Vale. An advert paints rival Rosa Quill as weak, and the sports editor Lena Ortiz agreed.";
    expect(actor(body, "Mary Wanjiku")?.roles).toEqual(["climate change activist"]);
    expect(actor(body, "Tom Ridley")?.roles).toEqual(["former opposition leader"]);
    expect(actor(body, "Ann Vale")?.roles).toEqual(["campaign manager"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual(["rival"]);
    expect(actor(body, "Lena Ortiz")?.roles).toEqual(["sports editor"]);
  });

  it("reads occupations of the press and the arts before a name as roles ('correspondent', 'novelist')", () => {
    const body =
      "The debate was moderated by senior correspondent Kira Welk. The novelist Tomas Ruud agreed.";
    expect(actor(body, "Kira Welk")?.roles).toEqual(["senior correspondent"]);
    expect(actor(body, "Tomas Ruud")?.roles).toEqual(["novelist"]);
    const review = briefOfText(
      'The Harbor Post\'s reviewer called the new season "a thrilling, if overstuffed, farewell."',
    );
    expect(review.quotes[0]?.speaker).toMatchObject({ name: "The Harbor Post's reviewer", named: false });
  });

  it("keeps a word in '-ing' qualifying the role only where it is no verb", () => {
    const body =
      "Shadow housing secretary Tom Ellery objected. The organizing director Ann Vale agreed. Holm, beating rival Rosa Quill, won easily.";
    expect(actor(body, "Tom Ellery")?.roles).toEqual(["Shadow housing secretary"]);
    expect(actor(body, "Ann Vale")?.roles).toEqual(["organizing director"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual(["rival"]);
  });

  it("keeps a country inside a title on the role and as an actor ('Assistant U.S. Attorney')", () => {
    const found = briefOfText(
      "Assistant U.S. Attorney Brian Kessler told the court the theft went on.",
    ).actors;
    expect(found.find((a) => a.name === "Brian Kessler")?.roles).toEqual(["Assistant U.S. Attorney"]);
    expect(found.find((a) => a.name === "United States")?.type).toBe("place");
    expect(found.map((a) => a.name)).not.toContain("Assistant U.S.");
  });

  it("reads honorifics of South Asian and West African news as titles ('Shri', 'Smt.', 'Alhaji')", () => {
    const body =
      "Opposition leader Shri Rajesh Patil spoke. Alhaji Musa Ibrahim, a transporter, agreed. Smt. Kavita Deshmukh left.";
    const names = briefOfText(body).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Rajesh Patil", "Musa Ibrahim", "Kavita Deshmukh"]));
    expect(names).not.toContain("Smt");
    expect(actor(body, "Musa Ibrahim")?.roles).toContain("Alhaji");
  });

  it("types a name opening on a common word after a courtesy title as a person ('Mr. Lucky Roe')", () => {
    expect(
      actor("The Governor of Kessa State, Mr. Lucky Aiyedun, opened the road.", "Lucky Aiyedun")?.type,
    ).toBe("person");
  });

  it("keeps a rank whole ('Petty Officer', 'Rear Admiral')", () => {
    const body = "A spokesman, Petty Officer Dana Lyle, said all were safe. Rear Admiral Jo Quist agreed.";
    expect(actor(body, "Dana Lyle")?.roles).toEqual(["Petty Officer"]);
    expect(actor(body, "Jo Quist")?.roles).toEqual(["Rear Admiral"]);
  });

  it("leaves 'Former' opening a sentence out of the body named after it", () => {
    const found = briefOfText("Former Rovers captain Dean Holloway called the fee madness.").actors;
    expect(found.map((a) => a.name)).toEqual(expect.arrayContaining(["Rovers", "Dean Holloway"]));
    expect(found.map((a) => a.name)).not.toContain("Former Rovers");
  });

  it("keeps 'Under' in 'Under Secretary' ('Under Secretary Jane Roe', 'Under Secretary of Defense')", () => {
    const body =
      "Under Secretary Ann Vale met the press. Later she met Under Secretary of Defense Tom Ridley. Under the plan, Secretary Rosa Quill will lead.";
    expect(actor(body, "Ann Vale")?.roles).toEqual(["Under Secretary"]);
    expect(actor(body, "Tom Ridley")?.roles).toEqual(["Under Secretary of Defense"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual(["Secretary"]);
  });

  it("reads a place before a title with its 'of' phrase as the office's, not a person 'X Secretary'", () => {
    const body =
      'Montana Secretary of State Colby Stanwick told reporters the rule "has wide backing." Tom Ridley of Georgia disagreed.';
    const brief = briefOfText(body);
    expect(brief.actors.map((a) => a.name)).not.toContain("Montana Secretary");
    expect(actor(body, "Colby Stanwick")?.roles).toEqual(["Secretary of State"]);
    expect(brief.quotes[0]?.speaker?.name).toBe("Colby Stanwick");
    // "Name of Place" still names a person from a place.
    expect(actor(body, "Tom Ridley")?.type).toBe("person");
    expect(actor(body, "Georgia")?.type).toBe("place");
  });

  it("reads a capitalised noun of a campaign's people before a name as a role ('Adviser', 'Donor')", () => {
    const body =
      "National Security Adviser Tom Ridley resigned. Party Donor Ann Vale paid. Pollster Rosa Quill disagreed.";
    expect(actor(body, "Tom Ridley")?.roles.at(-1)).toMatch(/Adviser$/);
    expect(actor(body, "Ann Vale")?.roles).toEqual(["Party Donor"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual(["Pollster"]);
  });

  it("keeps a level of government opening the run in the role ('County Executive'), not after a place", () => {
    const body =
      "County Executive Beth Lowry defended the plan. City Manager Ann Poole agreed. Kansas City Mayor Tom Varga did not.";
    expect(actor(body, "Beth Lowry")?.roles).toEqual(["County Executive"]);
    expect(actor(body, "Ann Poole")?.roles).toEqual(["City Manager"]);
    expect(actor(body, "Tom Varga")?.roles).toEqual(["Mayor"]);
  });

  it("reads an occupation opening the sentence before a name as a role ('Planner', 'Plumber')", () => {
    const body = "Planner Nadia Rahman spoke first. Plumber Tom Brisk agreed with her.";
    expect(actor(body, "Nadia Rahman")?.roles).toEqual(["Planner"]);
    expect(actor(body, "Tom Brisk")?.roles).toEqual(["Plumber"]);
    expect(briefOfText('"Nobody asked us," a midwife said.').quotes[0]?.speaker).toMatchObject({
      name: "a midwife",
      named: false,
    });
  });

  it("reads 'Staff' before a title as part of the role, never a name", () => {
    const body =
      "A reply was sent by Tom Ridley, our Senior Staff Attorney of the Workers Union. Staff Sergeant Ann Vale replied.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Senior Staff");
    expect(actor(body, "Ann Vale")?.roles).toEqual(["Staff Sergeant"]);
  });

  it("reads a title that is also a given name as the name unless the text writes it as a noun", () => {
    expect(actor('"Prices will keep rising," said Dean Okafor, an economist.', "Dean Okafor")?.roles).toEqual(
      ["economist"],
    );
    const body = "The dean of the law school spoke first. Dean Okafor said the school would stay open.";
    expect(actor(body, "Okafor")?.roles).toEqual(["Dean"]);
  });

  it("reads a family name that is also a body's word as a person's after a title and a given name", () => {
    const list = briefOfText(
      `"It went well," said Harbor City Mayor Ron Guardian. Sen. Tom Church agreed, and Mayor Jane Hospital did too. Saint Anne Hospital stayed open. A nurse works in the Gen. Santos Doctors' Hospital.\n\nTexas Gov. Hears About Ferry Plan.`,
    ).actors.map((a) => [a.name, a.type, a.roles]);
    expect(list).toEqual(
      expect.arrayContaining([
        ["Ron Guardian", "person", ["Mayor"]],
        ["Tom Church", "person", ["Sen."]],
        ["Jane Hospital", "person", ["Mayor"]],
        ["Saint Anne Hospital", "place", []],
        ["Santos Doctors' Hospital", "place", []],
      ]),
    );
    expect(list.map(([name]) => name)).not.toContain("Hears About Ferry Plan");
  });

  it("keeps a title of several words whole", () => {
    expect(actor("Deputy Prime Minister Jane Roe said the talks failed.", "Jane Roe")?.roles).toEqual([
      "Deputy Prime Minister",
    ]);
    expect(actor("Ohio Lieutenant Governor John Doe said no.", "John Doe")?.roles).toEqual([
      "Lieutenant Governor",
    ]);
  });

  it("reads the words that open a title inside a run as part of the role", () => {
    expect(actor("Yesterday Ruritanian Prime Minister Jane Roe resigned.", "Jane Roe")?.roles).toEqual([
      "Prime Minister",
    ]);
  });

  it("reads a title that is also a surname as the surname after a given name", () => {
    const names = briefOfText(
      "Press secretary Vikram Shah spoke first. Later, Ruhi Bishop and the Federal Judge left.",
    ).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Vikram Shah", "Ruhi Bishop"]));
    expect(names).not.toContain("Vikram");
    expect(names).not.toContain("Federal Judge");
  });

  it("reads such a title as the surname after a given name that capitalised titles open", () => {
    const body = 'Party Research Director Tavish Shah spoke first. "We will check," Shah said.';
    const brief = briefOfText(body);
    expect(brief.quotes[0]?.speaker?.name).toBe("Tavish Shah");
    expect(brief.actors.map((a) => a.name)).not.toContain("Tavish");
  });

  it("reads the plural of a word that is a title only before another title as a surname", () => {
    const body =
      "Reporter Danielle Fields filed a complaint. We met Fields on Monday. Fields said it was true. Field Marshal Tom Roe agreed.";
    expect(actor(body, "Danielle Fields")?.mentions).toBe(3);
    expect(actor(body, "Tom Roe")?.roles).toEqual(["Field Marshal"]);
  });

  it("reads a title's plural after a given name's shape as a surname, not after an adjective", () => {
    const names = briefOfText(
      "Ottilie Deans, the chairwoman of the county party, spoke first. Catholic Bishops and All Saints choir sang.",
    ).actors.map((a) => a.name);
    expect(names).toContain("Ottilie Deans");
    expect(names).not.toContain("Catholic Bishops");
    expect(names).not.toContain("All Saints");
  });

  it("types a name as a person when its apposition's head is a person, whatever follows 'of'", () => {
    const body = "Jane Deane, the chairwoman of the party, spoke first.";
    expect(actor(body, "Jane Deane")?.type).toBe("person");
  });

  it("keeps a generational suffix in the name, and a father and a son apart", () => {
    const found = briefOfText(
      "Martin Luther Kingsley Jr. spoke first. Tom Vail spoke. Tom Vail Jr. tweeted later. Vail said it was great. Sen. Richard T. Kelsey Jr. (D-Pa.) agreed, and Kelsey left.",
    ).actors;
    const names = found.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Martin Luther Kingsley Jr.",
        "Tom Vail",
        "Tom Vail Jr.",
        "Richard T. Kelsey Jr.",
      ]),
    );
    expect(names).not.toContain("Jr");
    expect(found.find((a) => a.name === "Richard T. Kelsey Jr.")?.mentions).toBe(2);
  });

  it("reads a title before a generational suffix as the surname", () => {
    expect(actor("Amos Reed King Jr. spoke in 1963.", "Amos Reed King Jr.")?.type).toBe("person");
  });
});

describe("an occupation in capitals opening a sentence before a name", () => {
  it("is the person's role, before a surname with an apostrophe or a given name no list knows", () => {
    const first = "Violinist Ann O'Rourke opened the fair.";
    expect(actor(first, "Ann O'Rourke")?.roles).toContain("Violinist");
    const second = "Podcaster Tavi Quellmark joined the ticket. Quellmark spoke next.";
    expect(actor(second, "Tavi Quellmark")?.roles).toContain("Podcaster");
  });
});

describe("a party before a person's name", () => {
  it("is the person's affiliation, kept as a role, not part of the name", () => {
    const body = "Democrat Jane Roe spoke in Ohio on Monday. Roe said she would run again.";
    expect(actor(body, "Jane Roe")?.roles).toContain("Democrat");
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Democrat Jane Roe");
  });
});

describe("a party before the surname of someone named in full", () => {
  it("is the party, not a body named 'Republican Quill' or 'Democrat Quill'", () => {
    const body =
      "State Senator Pat Quill voted for the bill. Republican Quill, a minister, said it was time. Democrat Quill agreed.";
    const names = briefOfText(body).actors.map((a) => a.name);
    expect(names).toContain("Pat Quill");
    expect(names).not.toContain("Republican Quill");
    expect(names).not.toContain("Democrat Quill");
    expect(actor(body, "Pat Quill")?.aliases).toContain("Quill");
  });
});

describe("a party member described by a state or a chamber", () => {
  it("is a description, not a person's name, and speaks as one", () => {
    const body = 'Voters in Ohio were split on Monday. "The gap is too wide," said one Ohio Republican.';
    const brief = briefOfText(body);
    expect(brief.actors.map((a) => a.name)).not.toContain("Ohio Republican");
    expect(brief.quotes[0]?.speaker).toMatchObject({ name: "one Ohio Republican", named: false });
  });
});

describe("a byline's imperative", () => {
  it("is no word of the reporter's name", () => {
    const body = "The rally ended late on Monday.\n\nFollow Pam Roe on Twitter.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Follow Pam Roe");
  });
});

describe("a title that is also a surname, after titles and a given name", () => {
  it("stays the surname", () => {
    const body =
      'A memo sent on Monday by Post Editor-in-Chief Walter Baron set out the plan. "We will look into it," said Baron.';
    const brief = briefOfText(body);
    expect(brief.actors.map((a) => a.name)).toContain("Walter Baron");
    expect(brief.quotes[0]?.speaker?.name).toBe("Walter Baron");
  });
});

describe("an office of two words before a name ('Postmaster General')", () => {
  it("is one role, kept whole", () => {
    const body = "Postmaster General Dana Quill, a Republican donor, spoke on Monday.";
    expect(actor(body, "Dana Quill")?.roles).toEqual(["Postmaster General", "Republican donor"]);
  });
});

describe("a title with an 'of' phrase of several words", () => {
  it("is the person's role, kept whole, not part of the name", () => {
    const body = "Director of National Intelligence Jane Roe spoke on Monday. Roe said little.";
    expect(actor(body, "Jane Roe")?.roles).toContain("Director of National Intelligence");
  });
});

describe("a title with a 'for' phrase before a name ('Undersecretary for Political Affairs')", () => {
  it("is the person's role, kept whole, not part of the name", () => {
    const body =
      'Doe was answering a note from Undersecretary for Political Affairs Paula Sherwin, who said the jet was airborne. "We just took off," she wrote.';
    expect(actor(body, "Paula Sherwin")?.roles).toContain("Undersecretary for Political Affairs");
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Political Affairs Paula Sherwin");
  });
});

describe("an age opening the sentence before a name", () => {
  it("describes the person and is no part of the name", () => {
    const body =
      'The coach struck a bridge. Fifteen-year-old Robert, seated near the back, said "Everything went dark for a moment".';
    const brief = briefOfText(body);
    expect(brief.quotes[0]?.speaker).toMatchObject({ name: "Robert", role: "Fifteen-year-old" });
  });
});

describe("a family or an award in a hyphenated compound opening the sentence before a name", () => {
  it("describes the person: a role, no part of the name", () => {
    const brief = briefOfText(
      'Grandmother-of-six Edna Pyle said the bus was always late. Player-of-the-season Kofi Mensah agreed: "It never comes."',
    );
    expect(brief.actors.map((a) => [a.name, a.roles])).toEqual([
      ["Edna Pyle", ["Grandmother-of-six"]],
      ["Kofi Mensah", ["Player-of-the-season"]],
    ]);
  });
});

describe("a hyphenated modifier before a person's name", () => {
  it("is a description kept as a role, not part of the name", () => {
    const body = "The rapper and Harvard-educated Ana Ruiz spoke last. Ruiz said little.";
    expect(actor(body, "Ana Ruiz")?.roles).toContain("Harvard-educated");
  });
});

describe("a two-word title whose last word the text also writes in lower case", () => {
  it("stays one role, and 'the Prime Minister' is the one holding it, not the deputy", () => {
    const brief = briefOfText(
      "Prime Minister Igor Vrba of Dunmore posted a message on Monday.\n\n" +
        'After Deputy Prime Minister Tomas Lemm failed to buy test kits, the Prime Minister apologised for "having such an economy minister."',
    );
    expect(brief.actors.find((a) => a.name === "Igor Vrba")?.roles).toEqual(["Prime Minister"]);
    expect(brief.quotes[0]?.speaker?.name).toBe("Igor Vrba");
  });
});

describe("letters after a person's name", () => {
  it("are a role, not part of the name", () => {
    const found = briefOfText(
      'Prosecutor Kira Mellon QC told jurors the pupils were "easy to steer." Mellon added that the case was closed. Jane Roe MP agreed.',
    ).actors;
    const melly = found.find((a) => a.name === "Kira Mellon");
    expect(melly?.roles).toEqual(expect.arrayContaining(["Prosecutor", "QC"]));
    expect(found.find((a) => a.name === "Jane Roe")?.roles).toEqual(["MP"]);
    expect(found.map((a) => a.name)).not.toContain("Kira Mellon QC");
  });
});

describe("a word of occupation in -er or -or before a given name", () => {
  it("is a role even when the text never writes it in lower case, but not 'Wherever'", () => {
    const found = briefOfText(
      "Moderator Chris Doe opened the debate. Whistleblower Edward Roe spoke from exile. Wherever Jane Poe goes, crowds follow.",
    ).actors;
    expect(found.find((a) => a.name === "Chris Doe")?.roles).toEqual(["Moderator"]);
    expect(found.find((a) => a.name === "Edward Roe")?.roles).toEqual(["Whistleblower"]);
    expect(found.find((a) => a.name === "Jane Poe")?.roles ?? []).toEqual([]);
  });

  it("is a role when short too, before a given name and one surname ('Fiddler Orla Breen')", () => {
    const found = briefOfText("Fiddler Orla Breen opened the night. Sawyer Tom Lacey closed it.").actors;
    expect(found.map((a) => [a.name, a.roles])).toEqual([
      ["Orla Breen", ["Fiddler"]],
      ["Tom Lacey", ["Sawyer"]],
    ]);
  });
});

describe("a shared role written with 'Co-'", () => {
  it("is a role before the name, not part of it", () => {
    const list = briefOfText(
      'Co-developer Jane Okafor recounted, "It slides right off." Co-chair Mary Lind said "it works well."',
    ).actors;
    expect(list.find((a) => a.name === "Jane Okafor")?.roles).toContain("Co-developer");
    expect(list.find((a) => a.name === "Mary Lind")?.roles).toContain("Co-chair");
  });

  it("is not a body whose name opens on 'Co-'", () => {
    const names = briefOfText("Co-Operative Bank said it would cut jobs.").actors.map((a) => a.name);
    expect(names).toContain("Co-Operative Bank");
  });
});

describe("'Emeritus' after a title", () => {
  it("is part of the role, not of the name", () => {
    const list = briefOfText(
      "Roman Catholic Bishop Emeritus Tomas Okafor of the Riverton diocese died on Monday.",
    ).actors;
    const bishop = list.find((a) => a.name === "Tomas Okafor");
    expect(bishop?.roles.some((r) => r.includes("Emeritus"))).toBe(true);
  });
});

describe("a plural title before names ('Senior Advisors Tomas Berg and …')", () => {
  it("is each person's role, not part of the first name", () => {
    const names = briefOfText("Senior Advisors Tomas Berg and Jane Okafor attended the meeting.").actors.map(
      (a) => a.name,
    );
    expect(names).toContain("Tomas Berg");
    expect(names.some((n) => n.includes("Advisors"))).toBe(false);
  });
});

describe("a title before 'of' and a body's name ('CEO of Velkor Energy')", () => {
  it("is someone's at the body, not a role of the body", () => {
    const body = briefOfText("Thornbury served as CEO of Velkor Energy at the time of the mine disaster.");
    const org = body.actors.find((a) => a.name === "Velkor Energy");
    expect(org?.type).toBe("org");
    expect(org?.roles ?? []).toEqual([]);
  });

  it("still goes on the role when a title follows 'of' ('Secretary of Justice Jane Roe')", () => {
    const roe = actor("Then Secretary of Justice Marta Benítez Okafor took over.", "Marta Benítez Okafor");
    expect(roe?.roles.join(" ")).toContain("Secretary");
  });
});

describe("an agency's acronym before 'Administrator' and a name ('NOAA Administrator X')", () => {
  it("is the agency, and the person holds the title", () => {
    const brief = briefOfText(`"The data looks good," KMSA Administrator Rick Holloway said on Tuesday.`);
    expect(brief.actors.map((a) => [a.name, a.type])).toEqual([
      ["KMSA", "org"],
      ["Rick Holloway", "person"],
    ]);
    expect(brief.actors[1]!.roles).toEqual(["Administrator"]);
    expect(brief.quotes[0]!.speaker?.name).toBe("Rick Holloway");
  });
});

describe("'Former' opening a sentence before a title", () => {
  it("stays in the person's role, also after a dateline, and stays out of a club's name", () => {
    const brief = briefOfText(
      "KESSFORD (AP) — Former President Dana Whitlow spoke on Monday. Former Rovers captain Jim Bell agreed.",
    );
    expect(brief.actors.find((a) => a.name === "Dana Whitlow")?.roles).toEqual(["Former President"]);
    expect(brief.actors.map((a) => a.name)).toContain("Rovers");
  });
});

describe("an Irish or provincial member's letters ('TD', 'MLA', 'MPP')", () => {
  it("are a title before the name and a role after it, and the party before them is a body", () => {
    const brief = briefOfText("Fianna Fáil TD Jim Ryan said he agreed. Ann Doyle MPP said she did not.");
    expect(brief.actors.map((a) => [a.name, a.type])).toEqual([
      ["Fianna Fáil", "org"],
      ["Jim Ryan", "person"],
      ["Ann Doyle", "person"],
    ]);
    expect(brief.actors[1]!.roles).toEqual(["TD"]);
    expect(brief.actors[2]!.roles).toEqual(["MPP"]);
  });
});

describe("a name before a town's or a state's office ('Kessford Mayor Helen Ward')", () => {
  it("is the place, and the person holds the office", () => {
    const brief = briefOfText(
      "Kessford Mayor Helen Ward said the plan was unsafe. Dunmore Mayor Karen Li disagreed.",
    );
    expect(brief.actors.map((a) => [a.name, a.type])).toEqual([
      ["Kessford", "place"],
      ["Helen Ward", "person"],
      ["Dunmore", "place"],
      ["Karen Li", "person"],
    ]);
    expect(brief.actors[1]!.roles).toEqual(["Mayor"]);
  });
});

describe("a prefix of time hyphened to a title or a name ('then-New Jersey Governor', 'ex-Senator')", () => {
  it("leaves the place's whole name and the title to the role, and no other word to a name", () => {
    const brief = briefOfText(
      "Aides to then-New Jersey Governor Tom Berg met ex-Senator Jane Roe and then-Secretary of State John Pike. The ex-Muslim Ana Sel spoke.",
    );
    expect(brief.actors.map((a) => [a.name, a.roles])).toEqual([
      ["New Jersey", []],
      ["Tom Berg", ["Governor"]],
      ["Jane Roe", ["Senator"]],
      ["John Pike", ["Secretary of State"]],
      ["Ana Sel", []],
    ]);
  });
});

describe("a portfolio's words before a minister's or a secretary's title", () => {
  it("are part of the role, plural words kept, after a place too", () => {
    const found = briefOfText(
      "Housing Secretary Ada Venn spoke first. It was said by Natural Resources Minister Lu Kam. Ontario Mining Minister Al Bo agreed. The Green Party Leader Ann Bo did not.",
    ).actors;
    expect(found.map((a) => [a.name, a.roles])).toEqual([
      ["Ada Venn", ["Housing Secretary"]],
      ["Lu Kam", ["Natural Resources Minister"]],
      ["Ontario", []],
      ["Al Bo", ["Mining Minister"]],
      ["Green Party", []],
      ["Ann Bo", ["Leader"]],
    ]);
  });
});

describe("a person's title before a body's name", () => {
  it("is no role of the body ('TD Vorlane founder Jo Roe')", () => {
    const found = briefOfText("He joined forces with TD Vorlane founder Jo Roe to fund the group.").actors;
    expect(found.map((a) => [a.name, a.type, a.roles])).toEqual([
      ["Vorlane", "org", []],
      ["Jo Roe", "person", ["founder"]],
    ]);
  });
});

describe("a family name that is also a place's word, after titles and a given name", () => {
  it("is a person's ('Detective Inspector Claire Marsh'), where a patron's title names a place", () => {
    const found = briefOfText(
      "It was said by Detective Inspector Claire Fenn Marsh. Later Detective Inspector Diane Hill spoke. Queen Mary Park was shut.",
    ).actors;
    expect(found.map((a) => [a.name, a.type, a.roles])).toEqual([
      ["Claire Fenn Marsh", "person", ["Detective Inspector"]],
      ["Diane Hill", "person", ["Detective Inspector"]],
      ["Queen Mary Park", "place", []],
    ]);
  });
});

describe("one unknown word before a title and a name", () => {
  it("is the body or the place the title is held in, not where a common word opens the sentence", () => {
    const found = briefOfText(
      "It was said by Vorla CEO Al Bo. Kessa Attorney General Ron Dwyer said no. It was a law of Kessa. Embattled CEO Jo Roe quit.",
    ).actors;
    expect(found.map((a) => [a.name, a.type, a.roles])).toEqual([
      ["Kessa", "place", []],
      ["Vorla", "org", []],
      ["Al Bo", "person", ["CEO"]],
      ["Ron Dwyer", "person", ["Attorney General"]],
      ["Jo Roe", "person", ["CEO"]],
    ]);
  });
});

describe("a party's short adjective before a member's title", () => {
  it("is the party ('Lib Dem councillor Tom Reed')", () => {
    const list = briefOfText('"It is a sticking plaster," said Lib Dem councillor Tom Reed.').actors;
    expect(list.map((a) => [a.name, a.type])).toEqual([
      ["Liberal Democrats", "org"],
      ["Tom Reed", "person"],
    ]);
  });
});

describe("a name closed by a place word that is also a family name, after a noun of person", () => {
  it("is a person ('pop star Lina Marsh'), whose surname alone then speaks", () => {
    const brief = briefOfText('Pop star Lina Marsh cancelled her tour. "I am heartbroken," Marsh wrote.');
    expect(brief.actors.map((a) => [a.name, a.type])).toEqual([["Lina Marsh", "person"]]);
    expect(brief.quotes[0]?.speaker?.name).toBe("Lina Marsh");
  });

  it("keeps the verb before the role out of it ('Guests include film star Dan Vito')", () => {
    const found = briefOfText("Guests include film star Dan Vito and pop star Lina Marsh.").actors;
    expect(found.map((a) => [a.name, a.roles])).toEqual([
      ["Dan Vito", ["film star"]],
      ["Lina Marsh", ["pop star"]],
    ]);
  });
});

describe("a role set off by commas beside a person's name", () => {
  it("is kept after the name, without its article or relative clause", () => {
    const body =
      '"Prices will rise," said Jo Roe, the chief operating officer of Vorla Foods. Tom Poe, an analyst at Kessa Securities who covers the firm, agreed. Ann Lee, head of policy at the Grain Council, did not.';
    expect(actor(body, "Jo Roe")?.roles).toEqual(["chief operating officer of Vorla Foods"]);
    expect(actor(body, "Tom Poe")?.roles).toEqual(["analyst at Kessa Securities"]);
    expect(actor(body, "Ann Lee")?.roles).toEqual(["head of policy at the Grain Council"]);
  });

  it("is kept before the name when it opens the sentence and the name closes with a comma", () => {
    const body =
      "The union's general secretary, Dara Mole, said talks had failed. Its chairman, Ivo Renn, agreed. Like any nurse, Rosa Quill knows it. In Kessa, Lena Ortiz said no. A lawyer by training, Dan Vito runs a bakery.";
    expect(actor(body, "Dara Mole")?.roles).toEqual(["union's general secretary"]);
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["chairman"]);
    expect(actor(body, "Rosa Quill")?.roles).toEqual([]);
    expect(actor(body, "Lena Ortiz")?.roles).toEqual([]);
    expect(actor(body, "Dan Vito")?.roles).toEqual([]);
  });

  it("is kept before the name inside a sentence after a verb or a preposition", () => {
    const body =
      "Wang Li met his Kessan counterpart, Dara Mole, in Dunmore. The party chose its leader, Ann Lee, on Monday. Police named the gunman, Ivo Renn, on Friday. The union has its chair, Lina Okafor, in Kessa.";
    expect(actor(body, "Dara Mole")?.roles).toEqual(["Kessan counterpart"]);
    expect(actor(body, "Ann Lee")?.roles).toEqual(["leader"]);
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["gunman"]);
    expect(actor(body, "Lina Okafor")?.roles).toEqual(["chair"]);
  });

  it("is no role before the name when it closes a fronted phrase, a list or a clause", () => {
    const body =
      "After meeting the mayor, Jo Roe, who was tired, said no. She thanked her uncle and her father, Tom Poe, for it. It was the year Acme's founder, Dan Vito, retired.";
    for (const name of ["Jo Roe", "Tom Poe", "Dan Vito"]) expect(actor(body, name)?.roles, name).toEqual([]);
  });

  it("keeps the first of two descriptions, headed by a noun of person or a specialist's", () => {
    const body =
      "Dana Mole, a biologist at Kessa University in Dunmore and the study's lead author, said so. Ivo Renn, the town's mayor since 2019, agreed. The hall shows a painting by her father, Tom Poe, at its door.";
    expect(actor(body, "Dana Mole")?.roles).toEqual(["biologist at Kessa University in Dunmore"]);
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["town's mayor since 2019"]);
    const cut = actor(
      "Jo Roe, chief executive of Vell Pictures -- the maker of the film -- said no.",
      "Jo Roe",
    );
    expect(cut?.roles).toEqual(["chief executive of Vell Pictures"]);
    const joined = actor(
      "Ann Lee, the director of the Kessa Trust and whose film it is, said no.",
      "Ann Lee",
    );
    expect(joined?.roles).toEqual(["director of the Kessa Trust"]);
    // (The clause opening the sentence is no role; the words right before the name are.)
    expect(actor(body, "Tom Poe")?.roles).toEqual(["father"]);
  });

  it("is no role when it is a group, a clause or cut at an abbreviation", () => {
    const body =
      "Jo Roe, one of the organisers, spoke first. Tom Poe, was mayor of Kessa until May. Ann Lee, as chair of the board, signed it. Dan Vito, an aide to Sen. Mark Bell, left. Ivo Renn, Lina Marsh's sons, and friends came too.";
    for (const name of ["Jo Roe", "Tom Poe", "Ann Lee", "Dan Vito", "Ivo Renn"])
      expect(actor(body, name)?.roles, name).toEqual([]);
  });
});

describe("the words of a role before a name", () => {
  it("keep an office's word in '-ing' ('chief operating officer Jo Roe')", () => {
    const body = "The board named chief operating officer Jo Roe and thanked commanding officer Tom Poe.";
    expect(actor(body, "Jo Roe")?.roles).toEqual(["chief operating officer"]);
    expect(actor(body, "Tom Poe")?.roles).toEqual(["commanding officer"]);
  });

  it("keep a word of an office's level or reach ('federal judge', 'national officer')", () => {
    const body =
      "The case was heard by federal judge Tom Poe. Union national officer Ann Lee and local councillor Ivo Renn spoke.";
    expect(actor(body, "Tom Poe")?.roles).toEqual(["federal judge"]);
    expect(actor(body, "Ann Lee")?.roles).toEqual(["national officer"]);
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["local councillor"]);
  });

  it("keep the word opening the sentence when it qualifies the role, not a name", () => {
    const body =
      "Assistant coach Ivo Renn will take charge. Real estate agent Dana Mole sold it. Kessa coach Dan Vito left.";
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["Assistant coach"]);
    expect(actor(body, "Dana Mole")?.roles).toEqual(["Real estate agent"]);
    expect(actor(body, "Dan Vito")?.roles).toEqual(["coach"]);
  });
});

describe("a courtesy title before a name", () => {
  it("is no role on the actor ('Mr Raj Mehta')", () => {
    const body = '"He did everything right," Mr Raj Mehta said. Ms Ann Lee and Dr Ivo Renn agreed.';
    expect(actor(body, "Raj Mehta")?.roles).toEqual([]);
    expect(actor(body, "Ann Lee")?.roles).toEqual([]);
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["Dr"]);
  });
});

describe("a noun of person before a name (session 38)", () => {
  it("is the role, also opening the sentence before another role ('Star striker', 'Co-star', 'Chef')", () => {
    const body =
      'Harwick United signed a winger. Star striker Ivo Renn, who scored 21 goals, welcomed the move. "He is quick," Renn said. Co-star Miriam Jolley paid tribute. Chef Dana Mole cooked. Liberals Ann Lee and Tom Poe left.';
    expect(actor(body, "Ivo Renn")?.roles).toEqual(["Star striker"]);
    expect(actor(body, "Miriam Jolley")?.roles).toEqual(["Co-star"]);
    expect(actor(body, "Dana Mole")?.roles).toEqual(["Chef"]);
    const team =
      'Harwick United signed a winger. Star striker Ivo Renn, who scored 21 goals, welcomed the move. "He is quick," Renn said.';
    expect(briefOfText(team).actors.map((a) => a.name)).not.toContain("Star");
    // (A plural names a group the people belong to, no role of one.)
    expect(actor(body, "Ann Lee")?.roles ?? []).not.toContain("Liberals");
  });

  it("is one role when the text writes it in capitals and in lower case ('Governor', 'governor')", () => {
    const body = "The bill was signed by governor Tom Poe. Governor Tom Poe then left for Kessa.";
    expect(actor(body, "Tom Poe")?.roles).toEqual(["governor"]);
  });
});

describe("a description set off beside a name (session 38)", () => {
  it("opening a sentence, may be headed by a specialist's noun ('Its chief meteorologist, Jo Roe,')", () => {
    const body =
      "The Kessa Weather Office issued a warning. Its chief meteorologist, Jo Roe, said more rain was coming.";
    expect(actor(body, "Jo Roe")?.roles).toEqual(["chief meteorologist"]);
  });

  it("inside a sentence, may come before the name that closes it ('said the party's leader, Jo Roe.')", () => {
    const body =
      '"Our fishermen have been sold out," said the party\'s leader, Dragan Milo. She later met her rival, Ann Lee; they talked.';
    expect(actor(body, "Dragan Milo")?.roles).toEqual(["party's leader"]);
    expect(actor(body, "Ann Lee")?.roles).toEqual(["rival"]);
  });
});

describe("an honour between a role and a name (session 38)", () => {
  it("leaves the role before it on the actor and on the speaker ('Former prime minister Sir Jo Roe')", () => {
    const brief = briefOfText(
      'Former prime minister Sir Colin Webb said: "Ian was a loyal colleague." The team met chief engineer Dr Ann Lee.',
    );
    expect(brief.actors.find((a) => a.name === "Colin Webb")?.roles).toEqual([
      "Sir",
      "Former prime minister",
    ]);
    expect(brief.quotes[0]?.speaker?.role).toBe("Former prime minister");
    expect(brief.actors.find((a) => a.name === "Ann Lee")?.roles).toEqual(["Dr", "chief engineer"]);
  });
});

describe("a police rank written short (session 38)", () => {
  it("is a title before the surname, which joins the person named in full ('DS Farah')", () => {
    const brief = briefOfText(
      'Detective Sergeant Omar Farah spoke. "Your bank will never ask you to move money," DS Farah added. DCI Jane Roe agreed.',
    );
    expect(brief.actors.map((a) => a.name)).not.toContain("DS Farah");
    expect(brief.quotes[0]?.speaker?.name).toBe("Omar Farah");
    expect(brief.actors.find((a) => a.name === "Jane Roe")?.roles).toEqual(["DCI"]);
  });
});

describe("a description headed by a possessor's name (session 38)", () => {
  it("is the role inside a sentence ('according to Roe's lawyer, Jo Poe,')", () => {
    const body =
      "According to Fenton's lawyer, Sarah Quinn, the case should never have come to court. The prize was given by Kessa Valley's chief negotiator, Piotr Zale, on Monday.";
    expect(actor(body, "Sarah Quinn")?.roles).toEqual(["Fenton's lawyer"]);
    expect(actor(body, "Piotr Zale")?.roles).toEqual(["Kessa Valley's chief negotiator"]);
  });

  it("is none where the possessor is the end of a longer name ('California, San Diego's')", () => {
    const body = '"He was kind," said University of Kessa, San Diego\'s chancellor, Pradeep Kessla.';
    expect(actor(body, "Pradeep Kessla")?.roles ?? []).not.toContain("Diego's chancellor");
  });
});

describe("a description set off before a titled name (session 38)", () => {
  it("is the role past the title ('The hospital's chief executive, Dr Jo Roe,'), kin included", () => {
    const body =
      'The hospital\'s chief executive, Dr Simon Argent, said sorry. Her granddaughter, Chloe Kemp, said: "Nan was in agony."';
    expect(actor(body, "Simon Argent")?.roles).toEqual(["Dr", "hospital's chief executive"]);
    expect(actor(body, "Chloe Kemp")?.roles).toEqual(["granddaughter"]);
  });
});

describe("a description after a fronted phrase (session 38)", () => {
  it("is the role of the name after it ('In a statement, the group's president, Jo Roe, said')", () => {
    const body =
      "In a statement, the group's president, Alan Shore, said caps shift costs. He met Ann Lee, the mayor, Tom Poe, and others.";
    expect(actor(body, "Alan Shore")?.roles).toEqual(["group's president"]);
    // (Not in a list, where the description is the name's before it.)
    expect(actor(body, "Tom Poe")?.roles).toEqual([]);
  });
});

describe("a minister's portfolio in lower case or opening the sentence", () => {
  it("stays on the role ('fisheries minister', 'Fisheries minister')", () => {
    expect(
      actor("The plan was rejected by fisheries minister Anna Berg on Monday.", "Anna Berg")?.roles,
    ).toEqual(["fisheries minister"]);
    expect(actor("Pensions secretary Anna Berg has rejected the plan.", "Anna Berg")?.roles).toEqual([
      "Pensions secretary",
    ]);
  });
});

describe("a description set off before a name after a conjunction, or a title with no article", () => {
  it("is the person's role ('But the MP for Harlow Bay, Jo Roe,', 'Conservative MP for Harlow Bay, Jo Roe,')", () => {
    expect(
      actor("But the MP for Harlow Bay, Peter Quinn, said the ban would ruin small boats.", "Peter Quinn")
        ?.roles,
    ).toEqual(["MP for Harlow Bay"]);
    expect(
      actor("The vote was close. Conservative MP for Harlow Bay, Peter Quinn, said so.", "Peter Quinn")
        ?.roles,
    ).toEqual(["Conservative MP for Harlow Bay"]);
    expect(actor("A Republican Assemblywoman, Jo Tolland, also spoke.", "Jo Tolland")?.roles).toEqual([
      "Republican Assemblywoman",
    ]);
  });

  it("is none where the words before the comma are no title ('Thanks, Jo Roe, for coming')", () => {
    expect(actor("Thanks, Peter Quinn, for coming to the show.", "Peter Quinn")?.roles).toEqual([]);
  });
});

describe("a given name written with its accents", () => {
  it("is known as its plain form, and tells the person's gender ('Joaquín', 'Siobhán')", () => {
    expect(
      actor("The court reopened a case into Joaquín Camps Ortiz on Monday.", "Joaquín Camps Ortiz")?.type,
    ).toBe("person");
    const brief = briefOfText(
      'Joaquín Doe spoke first at the hearing. Then Siobhán Roe read a statement. "It was hard," he said.',
    );
    expect(brief.quotes[0]?.speaker?.name).toBe("Joaquín Doe");
  });
});

describe("an occupation opening the sentence before a given name and a family name", () => {
  it("is the person's role ('Beekeeper Geoff Rawlings'), not a word of the name", () => {
    const found = actor(
      "Beekeeper Geoff Rawlings, who has kept hives for 40 years, said the fine was small.",
      "Geoff Rawlings",
    );
    expect(found?.roles).toEqual(["Beekeeper"]);
  });

  it("is not a given name shaped like one before a family name ('Ginger Hale')", () => {
    const found = actor(
      "Welsh drummer Ginger Hale has died. Ginger Hale was born Thomas Owen Hale in Cardiff.",
      "Ginger Hale",
    );
    expect(found).toBeDefined();
    expect(found?.roles).not.toContain("Ginger");
  });
});

describe("a fellow of a research body set off after a name", () => {
  it("is the person's role ('a senior fellow at the Harwick Institute')", () => {
    const brief = briefOfText(
      '"The talks will stall," said Jo Marr, a senior fellow at the Harwick Institute. Tom Pell, a visiting fellow at Kessa University, agreed.',
    );
    expect(brief.actors.find((a) => a.name === "Jo Marr")?.roles).toEqual([
      "senior fellow at the Harwick Institute",
    ]);
    expect(brief.actors.find((a) => a.name === "Tom Pell")?.roles).toEqual([
      "visiting fellow at Kessa University",
    ]);
    expect(brief.quotes[0]?.speaker?.role).toBe("senior fellow at the Harwick Institute");
  });
});

describe("an occupation in lower case before a name (session 42)", () => {
  /** The roles each named actor of `body` has. */
  const rolesIn = (body: string) => {
    const { actors } = briefOfText(body);
    return (name: string) => actors.find((a) => a.name === name)?.roles;
  };

  it("is the person's role for the sciences, sports and trades too", () => {
    const roles = rolesIn(
      "The comet was spotted by amateur astronomer Glen Harte. Union steward Leah Brandt and wrestler Tomas Reyes watched.",
    );
    expect(roles("Glen Harte")).toEqual(["amateur astronomer"]);
    expect(roles("Leah Brandt")).toEqual(["steward"]);
    expect(roles("Tomas Reyes")).toEqual(["wrestler"]);
  });

  it("keeps nouns that end in 's' without being plurals ('boss', 'actress', 'witness')", () => {
    const roles = rolesIn(
      "The side lost. Westbrook boss Marta Silva blamed tired legs. Later actress Vera Holm and witness Tom Lane spoke.",
    );
    expect(roles("Marta Silva")).toEqual(["boss"]);
    expect(roles("Vera Holm")).toEqual(["actress"]);
    expect(roles("Tom Lane")).toEqual(["witness"]);
  });

  it("is a verb after a modal, but a noun after 'to'", () => {
    const roles = rolesIn(
      "Leaders said Dunn would counsel Jane Marlow on the bill. Later they wrote to author Paul Verity.",
    );
    expect(roles("Jane Marlow")).toEqual([]);
    expect(roles("Paul Verity")).toEqual(["author"]);
  });
});
