// Actor classes decided by the evidence around a name (made-up text): where a capital marks a
// name and where it only opens a clause, names that open a sentence, one type for one name.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const brief = (body: string) => briefOfText(body).actors;
const actors = (body: string) => brief(body).map((a) => a.name);

describe("words capitalised only because they open a clause", () => {
  it("does not make people of words that open interview answers and quotations", () => {
    const names = actors(
      [
        "((QX)) Thank you for joining us. Dr Mara Lind studies coral.",
        "((Mara Lind)) Thank you. It is a pleasure.",
        '((QX)) : Tell us about the reef. Lind said, "Sadly the reef is dying." Asked again, she said: "Sadly yes."',
        "((Mara Lind)) : Tell them to visit.",
      ].join("\n\n"),
    );
    expect(names).toContain("Mara Lind");
    for (const word of ["Thank", "Tell", "Sadly"]) expect(names).not.toContain(word);
  });

  it("does not join an adverb opening the sentence to the name after it", () => {
    const body =
      'Konrad Wyssbrod chairs the group. Interestingly Wyssbrod said the group "has to slow down." Surprisingly Okafor agreed.';
    const names = actors(body);
    expect(names).toEqual(expect.arrayContaining(["Konrad Wyssbrod", "Okafor"]));
    expect(names.some((n) => /ly /.test(n))).toBe(false);
    expect(briefOfText(body).quotes[0]?.speaker).toEqual({
      name: "Konrad Wyssbrod",
      type: "person",
      named: true,
    });
  });

  it("makes no person of a common word repeated with a capital and nothing else for it", () => {
    const names = actors(
      "Voters backed Remain in the capital. In the north too, Remain won easily, Okafor noted.",
    );
    expect(names).not.toContain("Remain");
    expect(actors("The report was written by Okonjo. Critics of Okonjo said it was late.")).toContain(
      "Okonjo",
    );
  });

  it("still finds a surname named again and again inside sentences", () => {
    const names = actors("The report was written by Okonjo. Critics of Okonjo said it was late.");
    expect(names).toContain("Okonjo");
  });

  it("keeps the whole of a known place that opens a sentence with a common word", () => {
    const names = actors(
      "New Hampshire voted first. The trip ended in India: New Delhi. New Jersey Governor Jane Roe spoke.",
    );
    expect(names).toEqual(expect.arrayContaining(["New Hampshire", "New Delhi", "New Jersey", "Jane Roe"]));
    expect(names).not.toContain("Hampshire");
    expect(names).not.toContain("Delhi");
  });
});

describe("one name, one type", () => {
  it("gives every mention of a name the type its context shows", () => {
    const found = brief(
      "The software company Blue Quill announced a merger on Monday. Later, Blue Quill said the deal was done, and Blue Quill shares rose.",
    ).filter((a) => a.name === "Blue Quill");
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe("org");
    expect(found[0]!.mentions).toBe(3);
  });

  it("reads no person into a name after 'at' that a verb of saying follows", () => {
    const found = brief("A teacher at Eastfield High said the rule was unfair.").find(
      (a) => a.name === "Eastfield High",
    );
    expect(found).toBeDefined();
    expect(found?.type).not.toBe("person");
  });

  it("does not read an operator as a firm", () => {
    const found = brief("Police arrested the site's alleged operator Tal Vesko in March.").find(
      (a) => a.name === "Tal Vesko",
    );
    expect(found?.type).toBe("person");
  });
});

describe("named storms", () => {
  it("does not make a person of a storm's name used alone", () => {
    const names = actors(
      "Hurricane Zelda hit the coast of Florida on Monday. Forecasters said Zelda would weaken, but Zelda moved north.",
    );
    expect(names).toContain("Florida");
    expect(names).not.toContain("Zelda");
  });

  it("drops a storm named after its category, and keeps the bodies named after storms", () => {
    const names = actors(
      "Category Two Hurricane Zelda slammed into the coast, the National Hurricane Center said. The Storm Prediction Center agreed.",
    );
    expect(names.some((n) => n.includes("Zelda"))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(["National Hurricane Center", "Storm Prediction Center"]));
  });
});

describe("names that are no actors", () => {
  it("does not make a place of God after 'from' or 'to'", () => {
    const names = actors(
      "Mayor Jane Roe of Ohio called the bill a gift from God. Her rival prayed to Allah in Paris.",
    );
    expect(names).toEqual(expect.arrayContaining(["Jane Roe", "Ohio", "Paris"]));
    expect(names).not.toContain("God");
    expect(names).not.toContain("Allah");
  });

  it("keeps a body named for its subject with 'on' whole", () => {
    const names = actors(
      "The Commission on Rural Broadband met on Monday. The Commission later said the plan was late. The Council on Tuesday agreed.",
    );
    expect(names).toContain("Commission on Rural Broadband");
    expect(names).not.toContain("Rural Broadband");
    expect(names).not.toContain("Council on Tuesday");
  });
});

describe("firms' names", () => {
  it("keeps words joined by an ampersand as one firm, titles and all", () => {
    const found = briefOfText(
      "Analyst Beth Moran of Corbin & Hale expects more recalls. She shopped at Lord & Taylor on Monday.",
    ).actors;
    expect(found.find((a) => a.name === "Corbin & Hale")?.type).toBe("org");
    expect(found.find((a) => a.name === "Lord & Taylor")?.type).toBe("org");
    expect(found.map((a) => a.name)).not.toContain("Hale");
    expect(found.map((a) => a.name)).not.toContain("Taylor");
  });

  it("types a name by a head word of drugmakers and schools ('Pharma', 'Elementary')", () => {
    const found = briefOfText(
      "Helix Pharma is recalling 80,000 bottles. Her children attend Westfield Elementary, she said.",
    ).actors;
    expect(found.find((a) => a.name === "Helix Pharma")?.type).toBe("org");
    expect(found.find((a) => a.name === "Westfield Elementary")?.type).toBe("org");
  });
});

describe("a person placed by 'of'", () => {
  it("ends a name of a given name and a family name that is also a place's word before 'of'", () => {
    const found = briefOfText(
      '"This is a step backwards," said Helen Marsh of Kessford Civic Society.',
    ).actors;
    expect(found.find((a) => a.name === "Helen Marsh")?.type).toBe("person");
    expect(found.find((a) => a.name === "Kessford Civic Society")?.type).toBe("org");
  });

  it("knows drugmakers named after their founders ('Eli Lilly')", () => {
    const found = briefOfText(
      "The drug, made by Eli Lilly, slows decline. Gilead Sciences and Biogen agreed.",
    ).actors;
    for (const name of ["Eli Lilly", "Gilead Sciences", "Biogen"])
      expect(found.find((a) => a.name === name)?.type).toBe("org");
  });

  it("types a known body's name with words after it as that body ('Doctors Without Borders USA')", () => {
    const found = briefOfText("Donors included Doctors Without Borders Action. They gave money.").actors;
    expect(found.find((a) => a.name === "Doctors Without Borders Action")?.type).toBe("org");
  });
});

describe("employers", () => {
  it("reads the name after a noun of one person and 'at' or 'for' as whom they work for", () => {
    const found = briefOfText(
      '"The numbers were bad," said Hans Vogel, an analyst at Bankhaus Lindner. Ute Kranz, an economist at Lindmark, agreed.',
    ).actors;
    expect(found.find((a) => a.name === "Bankhaus Lindner")?.type).toBe("org");
    expect(found.find((a) => a.name === "Lindmark")?.type).toBe("org");
  });

  it("reads an apposition after a possessor as the kind of body ('X, Germany's largest union,')", () => {
    const found = briefOfText("IG Metall, Kessaland's largest union, said it would resist closures.").actors;
    expect(found.find((a) => a.name === "IG Metall")?.type).toBe("org");
  });
});

describe("organisations named by one word", () => {
  const typeOf = (body: string, name: string) => brief(body).find((a) => a.name === name)?.type;

  it("types a word followed by an apposition naming a kind of organisation", () => {
    const body =
      "Yesterday, Zorvex, the Estonian rail company, announced new fares. Critics said Zorvex had waited too long.";
    expect(typeOf(body, "Zorvex")).toBe("org");
  });

  it("gives a multi-word name the type its apposition shows", () => {
    const body = "Talmer Brandt, a regional shipping firm, said on Monday that Talmer Brandt would hire.";
    expect(typeOf(body, "Talmer Brandt")).toBe("org");
  });

  it("reads a short form in brackets after an organisation's name as its alias", () => {
    const found = brief(
      "The Northern Institute of Soil and Water Studies (Nisows) said the river rose. Nisows said it would rise again.",
    );
    const org = found.find((a) => a.name === "Northern Institute of Soil and Water Studies");
    expect(org?.aliases).toContain("Nisows");
    expect(found.map((a) => a.name)).not.toContain("Nisows");
  });

  it("keeps a website's name with its domain as an organisation", () => {
    const body = "The news site Velkor.com reported the deal. Velkor.com later said the source was sure.";
    expect(typeOf(body, "Velkor.com")).toBe("org");
    expect(brief(body).map((a) => a.name)).not.toContain("Velkor");
  });

  it("keeps a country's part of the domain too ('News.com.au'), no cut name left over", () => {
    const body = "In a Velkor.com.au report, Dr Jane Roe said stock ran out. Kestrel News reported it first.";
    const names = brief(body).map((a) => a.name);
    expect(names).toContain("Velkor.com.au");
    expect(names).not.toContain("Velkor");
    expect(brief(body).find((a) => a.name === "Kestrel News")?.aliases ?? []).not.toContain("Velkor");
  });
});

describe("words after an article", () => {
  it("does not make a person of a word named as the head of a phrase after 'the'", () => {
    const names = actors("Observers watched the Kelvar glow. Astronomers said the Kelvar is old.");
    expect(names).not.toContain("Kelvar");
  });

  it("still reads a surname that modifies a noun after 'the' as a person", () => {
    const found = brief(
      "Voters liked the Brisco plan. Later, Brisco spoke in town, and critics called Brisco vague.",
    ).find((a) => a.name === "Brisco");
    expect(found?.type).toBe("person");
  });

  it("reads a word between an article and 'spokesperson' as an organisation", () => {
    const found = brief(
      "Prices rose, a Veltmart spokesperson said. Shoppers queued at Veltmart stores as Veltmart cut hours.",
    ).find((a) => a.name === "Veltmart");
    expect(found?.type).toBe("org");
  });
});

describe("names in captions and after plural titles", () => {
  it("cuts a photo caption's label off the name it follows", () => {
    const names = actors(
      "Candidates met in Ohio.\n\nDana Whitlow Image: Campaign office.\n\nDana Whitlow spoke first.",
    );
    expect(names).toContain("Dana Whitlow");
    expect(names).not.toContain("Dana Whitlow Image");
  });

  it("splits a plural title off the first name it precedes, as that person's title", () => {
    const found = brief("The shortlist included Senators Talia Brennick and Ona Vasquez.");
    const person = found.find((a) => a.name === "Talia Brennick");
    expect(person?.roles).toContain("Senator");
    expect(found.map((a) => a.name)).not.toContain("Senators Talia Brennick");
  });
});

describe("one person, several spellings", () => {
  it("merges a two-word name into the one longer name with a middle name or initial", () => {
    const found = brief(
      "Lorna Beatrix Calloway died on Sunday. Lorna Calloway was 91. Friends of Lorna Calloway gathered.",
    ).filter((a) => a.type === "person");
    expect(found.map((a) => a.name)).toEqual(["Lorna Beatrix Calloway"]);
    expect(found[0]!.aliases).toContain("Lorna Calloway");
  });

  it("keeps two people apart when two longer names could be meant", () => {
    const names = actors("Tom Alan Reyes and Tom Bert Reyes are brothers. Tom Reyes spoke.");
    expect(names).toContain("Tom Reyes");
  });

  it("finds a surname spelt without its accents", () => {
    const found = brief("Minister Jarosław Kędzierski spoke on Monday. Kedzierski said the fire was tragic.");
    const person = found.find((a) => a.name === "Jarosław Kędzierski");
    expect(person?.aliases).toContain("Kedzierski");
  });
});

describe("head words of organisations and facilities", () => {
  it("keeps a survey, a conference, a laboratory and a limited company whole as organisations", () => {
    const found = brief(
      "The United States Geological Survey measured the quake. The National Conference of Town Clerks met. Staff at the Coastal Reference Laboratory agreed, and Brightwater Ireland Limited paid.",
    );
    const names = found.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "United States Geological Survey",
        "National Conference of Town Clerks",
        "Coastal Reference Laboratory",
      ]),
    );
    expect(names).not.toContain("Geological Survey");
    expect(names).not.toContain("Ireland Limited");
    expect(found.find((a) => a.name === "Coastal Reference Laboratory")?.type).toBe("org");
  });

  it("types a museum, a zoo and a memorial as places", () => {
    const found = brief(
      "Crowds gathered at the Harbor City Zoo, the Lakeview Museum and the Carver Memorial.",
    );
    for (const name of ["Harbor City Zoo", "Lakeview Museum", "Carver Memorial"])
      expect(found.find((a) => a.name === name)?.type).toBe("place");
  });
});

describe("the pronoun I and numbered events", () => {
  it("does not glue the pronoun I to the name or word before it", () => {
    const names = actors("Marta Quellberg I am a chemist. Sometimes I still doubt it, said Marta Quellberg.");
    expect(names).toContain("Marta Quellberg");
    expect(names).not.toContain("Marta Quellberg I");
    expect(names).not.toContain("Sometimes I");
  });

  it("keeps a regnal number and drops a numbered war", () => {
    const names = actors("Queen Elizabeth I was crowned long before World War II ended.");
    expect(names).toContain("Elizabeth I");
    expect(names).not.toContain("World War II");
  });
});

describe("a word of occupation before a name", () => {
  it("splits the occupation off as the person's role", () => {
    const found = brief(
      "Immunologist Maria Lund led the study. The debate moderator was late, so Moderator Peter Vance began alone.",
    );
    const names = found.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Maria Lund", "Peter Vance"]));
    expect(found.find((a) => a.name === "Maria Lund")?.roles).toContain("Immunologist");
    expect(names).not.toContain("Immunologist Maria Lund");
  });

  it("splits off a word in -ee before a given name and a surname ('Evacuee Janet Okafor')", () => {
    const found = brief("Evacuee Janet Okafor left with her two dogs. Trainee Paul Venn stayed behind.");
    expect(found.map((a) => a.name)).toEqual(expect.arrayContaining(["Janet Okafor", "Paul Venn"]));
    expect(found.find((a) => a.name === "Janet Okafor")?.roles).toContain("Evacuee");
  });

  it("does not count a handle or a hashtag as the name written in lower case", () => {
    const body =
      'Codehub restored the project on Monday. Its maintainer wrote, "We thank @codehub and everyone who tagged #codehub." Codehub said it would review future notices.';
    expect(actors(body)).toContain("Codehub");
    expect(briefOfText(body).quotes[0]?.speaker?.name).not.toBe("Codehub");
    // The word itself in lower case still marks a capitalised one as a clause opener.
    expect(actors("Sadly the plan failed. It was sadly late.")).not.toContain("Sadly");
  });

  it("keeps a given name in -or that the text never uses in lower case", () => {
    expect(actors("Trevor Maria Santos said the show would go on.")).toContain("Trevor Maria Santos");
  });

  it("keeps a royal title and the name after it though the text writes the title in lower case", () => {
    const body =
      'A prince mocks the mayor. The prince posted an image. "You base your statements on fake pictures," tweeted Prince Faisal, the nephew of the king, on Thursday.';
    expect(actors(body)).toContain("Prince Faisal");
    expect(briefOfText(body).quotes[0]?.speaker?.name).toBe("Prince Faisal");
  });
});

describe("what names a body outweighs verbs of saying", () => {
  const typeOf = (body: string, name: string) => brief(body).find((a) => a.name === name)?.type;

  it("keeps a retailer an organisation however often it speaks", () => {
    const body =
      "The Norwegian retailer Brakko opened new stores. Brakko said sales rose. Brakko stated it would hire, and Brakko announced a bonus.";
    expect(typeOf(body, "Brakko")).toBe("org");
  });

  it("reads a name before a noun for a kind of organisation as one", () => {
    const body = "Shoppers prefer the Zalmo chain in the north. In the south, the Zalmo chain is smaller.";
    expect(typeOf(body, "Zalmo")).toBe("org");
  });
});

describe("names after a lower-case prefix", () => {
  it("finds the place in 'pro-Moscow' on its own", () => {
    const found = brief("Candidates from the pro-Moscow camp lost seats to anti-Moscow groups.");
    expect(found.find((a) => a.name === "Moscow")?.mentions).toBe(2);
  });

  it("does not glue the prefixed name to the words after it", () => {
    const names = actors("Thousands of pro-Russia Republicans marched.");
    expect(names).not.toContain("Russia Republicans");
  });
});

describe("known names made of title words", () => {
  it("finds a party whose name is made of words that also qualify titles", () => {
    const found = brief("Opposition leader Jane Roe said her Labour Party was ready for an election.");
    expect(found.find((a) => a.name === "Labour Party")?.type).toBe("org");
  });

  it("names the party by its lone adjective, as the annotation convention lists it", () => {
    const names = actors("Three Democratic candidates met voters in Iowa on Monday.");
    expect(names).toContain("Democratic Party");
  });
});

describe("labels glued to names", () => {
  it("cuts a caption label glued to the name before its colon", () => {
    const names = actors(
      "The debate was held in Ohio.\n\nMaria WhitlowImage: Campaign office.\n\nMaria Whitlow won.",
    );
    expect(names).toContain("Maria Whitlow");
    expect(names).not.toContain("Maria WhitlowImage");
  });

  it("reads '-majority' as an adjective suffix, not part of a name", () => {
    const names = actors("Voters in Muslim-majority Kelantan Province turned out early.");
    expect(names).not.toContain("Muslim-majority Kelantan Province");
  });
});

describe("a capital 'The' kept mid-sentence", () => {
  it("reads 'The' and a one-word place as a publication's title", () => {
    const found = brief("The storm crossed the Pacific on Monday, according to The Pacific, a weekly.");
    expect(found.find((a) => a.name === "The Pacific")?.type).toBe("org");
  });

  it("keeps a place known with its article a place", () => {
    const found = brief("The court sits in The Hague, and delegates flew to The Gambia.");
    expect(found.find((a) => a.name === "The Hague")?.type).toBe("place");
    expect(found.find((a) => a.name === "Gambia")?.type).toBe("place");
  });
});

describe("inner capitals", () => {
  it("reads a repeated word with a surname's prefix as a person, a coined word as a body", () => {
    const found = brief(
      "The vote was held. Later al-Amin spoke to the crowd and the crowd cheered al-Amin. " +
        "Then McHale left, and McHale was gone. EastMed grew and EastMed won.",
    );
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("al-Amin")).toBe("person");
    expect(type("McHale")).toBe("person");
    expect(type("EastMed")).toBe("org");
  });
});

describe("a name always written after 'the'", () => {
  it("is a body's name, not a person's, when it opens on no given name", () => {
    const body =
      "The Dunmore Harriers played well on Sunday. Fans of the Dunmore Harriers cheered in the square.";
    expect(briefOfText(body).actors.find((a) => a.name === "Dunmore Harriers")?.type).toBe("org");
  });

  it("leaves a person's name after 'the' in a modifier alone", () => {
    const body = "Jane Roe spoke on Monday. The Jane Roe campaign said the race was close.";
    expect(briefOfText(body).actors.find((a) => a.name === "Jane Roe")?.type).toBe("person");
  });
});

describe("a word that speaks and is found where places are", () => {
  it("is a body: 'the deal at Zorvex' and 'Zorvex said' make Zorvex an organisation", () => {
    const body =
      "The strike ended on Friday. The deal at Zorvex covers stores, according to the union. " +
      'Talks between Zorvex and the unions were long. Zorvex said in a statement: "We are glad."';
    const found = briefOfText(body);
    expect(found.actors.find((a) => a.name === "Zorvex")?.type).toBe("org");
    expect(found.quotes[0]?.speaker?.name).toBe("Zorvex");
  });

  it("leaves a town a place when the text gives its state", () => {
    const body =
      "The crash happened in Dunmore, Pennsylvania, on Sunday. The city of Dunmore announced a vigil.";
    expect(briefOfText(body).actors.find((a) => a.name === "Dunmore")?.type).toBe("place");
  });
});

describe("a person's title before a name holding a place word", () => {
  it("makes the name a person's", () => {
    const body = 'Mayor Rina Hall Ostrova said they "showed no respect for the court." The trial ended.';
    const found = briefOfText(body);
    expect(found.actors.find((a) => a.name === "Rina Hall Ostrova")?.type).toBe("person");
    expect(found.quotes[0]?.speaker?.name).toBe("Rina Hall Ostrova");
  });

  it("leaves the place a title is of a place", () => {
    const body =
      "A medal from the Governor of Tyumen Oblast went to the choir. The choir sang in Tyumen Oblast.";
    expect(briefOfText(body).actors.find((a) => a.name === "Tyumen Oblast")?.type).toBe("place");
  });
});

describe("a brand-like inner capital on a word that speaks", () => {
  it("makes a body, while a surname's prefix or a hyphen keeps a person", () => {
    const body =
      'NewsHub reported the fire. "We saw smoke," NewsHub said. Later NewsHub said more. McAlister said it was late. McAlister added that he left. Kovac-Berg said it was over. Kovac-Berg told us so.';
    const type = (name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;
    expect(type("NewsHub")).toBe("org");
    expect(type("McAlister")).toBe("person");
    expect(type("Kovac-Berg")).toBe("person");
  });
});

describe("a people's adjective before a known body's name", () => {
  it("names that body's edition or branch, a body", () => {
    const list = briefOfText(
      "A correspondent from French Wikinews wrote to him. German Wikipedia editors agreed.",
    ).actors;
    const type = (name: string) => list.find((a) => a.name === name)?.type;
    expect([type("French Wikinews"), type("German Wikipedia")]).toEqual(["org", "org"]);
  });
});

describe("a brand-like inner capital after a preposition of place", () => {
  it("makes a body or a product, while a surname's prefix keeps a town", () => {
    const body =
      "She worked at CloudHarbor for years. The bug was found in TinOS last week. He grew up in McAllister.";
    const type = (name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;
    expect(type("CloudHarbor")).toBe("org");
    expect(type("TinOS")).toBe("org");
    expect(type("McAllister")).toBe("place");
  });
});

describe("a verb of saying after a single word", () => {
  it("is no evidence when it is passive or does not agree with a singular name", () => {
    const body =
      "The war began in 2020.\n\nTerritory controlled by Azerbaijan.\n\nTerritory claimed by Armenia.\n\n" +
      "Longer term, according to Jane Roe, the goal is peace.\n\nShort term: more talks.\n\nVoss said talks went well. Voss added that more would follow.";
    const found = briefOfText(body).actors;
    const named = found.map((a) => a.name);
    for (const word of ["Territory", "Longer", "Short"]) expect(named).not.toContain(word);
    expect(found.find((a) => a.name === "Voss")?.type).toBe("person");
  });

  it("counts after a long apposition describing a person, not after one describing a body", () => {
    const body =
      'The phone bank opened early.\n\n"How are you today?" Okafor, a retired worker at a nuclear plant, said into the phone.\n\n' +
      "Brightline, a film and music booking agency in Ohio, says the fee is high.";
    const found = briefOfText(body);
    expect(found.actors.find((a) => a.name === "Okafor")?.type).toBe("person");
    expect(found.quotes.map((q) => q.speaker?.name)).toEqual(["Okafor"]);
    expect(found.actors.find((a) => a.name === "Brightline")?.type).not.toBe("person");
  });
});

describe("a single word named as a source", () => {
  it("after 'according to' is a body, not a place, and the quote is its", () => {
    const found = briefOfText(
      'The senator changed course.\n\nAccording to Newsly: "The senator has moved toward the party line in the past week."',
    );
    expect(found.actors.find((a) => a.name === "Newsly")?.type).toBe("org");
    expect(found.quotes[0]?.speaker?.name).toBe("Newsly");
  });
});

describe("a verb of saying after an adverb or 'went on to'", () => {
  it("makes a person of a single word named once", () => {
    const body =
      'The writer was worried.\n\nBryne went on to say, "I am sure of the figures."\n\nOkafor openly admitted that the pick was "about the primary."';
    const found = briefOfText(body);
    expect(found.actors.find((a) => a.name === "Bryne")?.type).toBe("person");
    expect(found.actors.find((a) => a.name === "Okafor")?.type).toBe("person");
    expect(found.quotes.map((q) => q.speaker?.name)).toEqual(["Bryne", "Okafor"]);
  });

  it("is no evidence after an article, nor for the plural of a noun of people", () => {
    const body =
      'Jane Roe of the Hajo assembly said the vote was close. Aides later said the count "went on all night."';
    const named = briefOfText(body).actors.map((a) => a.name);
    expect(named).toContain("Jane Roe");
    expect(named).not.toContain("Hajo");
    expect(named).not.toContain("Aides");
  });
});

describe("a name joined by 'and' in another language", () => {
  it("is one body's name, never a person's", () => {
    const body =
      "The party, Prawo i Sprawiedliwość, won. Prawo i Sprawiedliwość publicly declared its plan. Liberté et Égalité said it would vote.";
    const found = briefOfText(body).actors;
    expect(found.find((a) => a.name === "Liberté et Égalité")?.type).toBe("org");
    expect(found.map((a) => a.name)).not.toContain("Sprawiedliwość");
    expect(found.filter((a) => a.type === "person")).toEqual([]);
  });
});

describe("a single word that only ever qualifies a thing", () => {
  it("is no actor, while one before a noun a person leads stays a person", () => {
    const body =
      "The dusky Arion slug secretes glue. Doctors tested its Arion slug glue.\n\nXbox booth\n\n" +
      "An actress promoted the new Xbox console. The Voss campaign hired staff. Critics of the Voss administration met.";
    const found = briefOfText(body).actors;
    const named = found.map((a) => a.name);
    expect(named).not.toContain("Arion");
    expect(named).not.toContain("Xbox");
    expect(found.find((a) => a.name === "Voss")?.type).toBe("person");
  });
});

describe("a lone capital letter or a capitalised pronoun", () => {
  it("is no actor", () => {
    const body =
      "Strains of E. coli grew in the lab. E. coli is common. P. damicornis and P. cylindrica grow fast. " +
      "The cells lived in pure He and in pure Ne. In He they thrived.";
    const named = briefOfText(body).actors.map((a) => a.name);
    for (const word of ["E", "P", "He"]) expect(named).not.toContain(word);
  });
});

describe("a team's staff or a band named after a word", () => {
  it("makes the word a body", () => {
    const body =
      'Caloundra defeated Maroochydore on Saturday. "We won," Caloundra coach Jo Roe said. Noosa lost to Caloundra. ' +
      "Baker co-founded the rock band Cream. Cream recorded four albums.";
    const type = (name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;
    expect(type("Caloundra")).toBe("org");
    expect(type("Cream")).toBe("org");
  });
});

describe("what only a place has, after a word's possessive", () => {
  it("makes the word a place", () => {
    const body =
      "Rescuers searched the ruins in the city. Kurgansk's governor promised aid. Kurgansk's residents waited.";
    expect(briefOfText(body).actors.find((a) => a.name === "Kurgansk")?.type).toBe("place");
  });
});

describe("a single word always followed by the same lower-case word", () => {
  it("is part of a fixed term, while one before a person's noun stays a person", () => {
    const body =
      "Tools were made by Homo sapiens in the caves. Later Homo sapiens moved north. The Kallisto gas field holds reserves. " +
      "Partners of the Kallisto gas field met. Voss aide Jo Lemm spoke. The Voss aide later left.";
    const found = briefOfText(body).actors;
    const named = found.map((a) => a.name);
    expect(named).not.toContain("Homo");
    expect(named).not.toContain("Kallisto");
    expect(found.find((a) => a.name === "Voss")?.type).toBe("person");
  });
});

describe("a single word before a lower-case place noun", () => {
  it("is a place, but not as an adjective after 'a' nor before a camp a person leads", () => {
    const body =
      "Ash rose over the Vrelo volcano on Monday. Scientists said Vrelo was still erupting. Fires hit Badona, a Catalonian city. " +
      "Later Catalonian officials met. The Voss camp said it would wait. Voss said so again.";
    const type = (name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;
    expect(type("Vrelo")).toBe("place");
    expect(type("Catalonian")).not.toBe("place");
    expect(type("Voss")).toBe("person");
  });

  it("while a gerund opening sentences names nothing", () => {
    const body = "Changing ocean conditions hurt the reef. Changing ocean currents moved the fish.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Changing");
  });

  it("even before 'alleged' qualifying a noun, which is no verb of saying", () => {
    const body =
      "The site went dark on Monday. Citing alleged violations of the law, the studio filed a notice.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Citing");
    const spoke = briefOfText("Voss alleged that the vote was rigged. Voss alleged fraud twice.").actors;
    expect(spoke.find((a) => a.name === "Voss")?.type).toBe("person");
  });
});

describe("a verb of saying after 'Roe of X'", () => {
  it("is the person's, not the word after 'of'", () => {
    const found = briefOfText("Senator Igor Vrba of Kelmark posted a message on Monday.").actors;
    expect(found.find((a) => a.name === "Kelmark")?.type).not.toBe("person");
    expect(found.find((a) => a.name === "Igor Vrba")?.type).toBe("person");
  });
});

describe("the relative pronoun or the possessive a single word takes", () => {
  it("says body or person, and an abstract noun's suffix says no one", () => {
    const body =
      "Tenants pair up with Rentbox, which hikes the rent. Rentbox said it would not stop. " +
      "Grocers cut limits. Vellmart, in its media release, reported sales. " +
      "Her daughter Siarna, who is ten, stayed home. " +
      "He spoke about Collectivism at length. Collectivism, he said, failed.";
    const type = (name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;
    expect(type("Rentbox")).toBe("org");
    expect(type("Vellmart")).toBe("org");
    expect(type("Siarna")).toBe("person");
    expect(type("Collectivism")).toBeUndefined();
  });
});

describe("a noun for a kind of body right before a name ('the company Red Hat')", () => {
  it("makes the name a body when the noun is a common noun", () => {
    const list = brief("Shares of the software company Acme Widgets rose on Monday.");
    expect(list.find((a) => a.name === "Acme Widgets")?.type).toBe("org");
  });

  it("does not when the noun ends another name ('the Unity Party, Dan Poe')", () => {
    const list = brief(
      "Candidates Jane Roe of the Unity Party, Dan Okafor of the Freedom Party, and Jo Lind spoke on Monday.",
    );
    expect(list.find((a) => a.name === "Dan Okafor")?.type).toBe("person");
  });

  it("counts a service, an app, a studio or a label ('the messaging service Chatterly')", () => {
    const list = brief(
      "An outage hit the messaging service Chatterly. Chatterly blamed an update. The app Pingo and the studio Harrowfilm were fine, and the label Brightwave shrugged. Pingo, Harrowfilm and Brightwave said nothing.",
    );
    expect(list.map((a) => [a.name, a.type])).toEqual([
      ["Chatterly", "org"],
      ["Pingo", "org"],
      ["Harrowfilm", "org"],
      ["Brightwave", "org"],
    ]);
  });

  it("counts it before a name with a place word in it ('the group River Action')", () => {
    const list = brief("According to the group River Action, the firm made £210m.");
    expect(list.find((a) => a.name === "River Action")?.type).toBe("org");
  });

  it("but not a service after a name ('the Kessanet service'), what a body sells", () => {
    const list = brief("Kessanet service was cut for weeks, and Jo Roe's Board service ended.");
    expect(list.map((a) => a.name)).not.toContain("Board");
    expect(list.find((a) => a.name === "Kessanet")?.type ?? "none").not.toBe("org");
  });
});

describe("a romanised East Asian given name ('Park Hae-jin')", () => {
  it("makes the name a person's, though the family name is a place word", () => {
    const list = brief(
      "Park Hae-jin, the mayor of Riverton, was found dead on Friday. Park was 64 years old.",
    );
    const mayor = list.find((a) => a.name === "Park Hae-jin");
    expect(mayor?.type).toBe("person");
    expect(mayor?.aliases).toContain("Park");
  });

  it("makes the name a person's when the given name comes first, and the speaker in apposition", () => {
    const found = briefOfText(
      'Lena Holt lost her basement. Her husband, Min-jun Park, agreed: "They came within minutes."',
    );
    expect(found.actors.find((a) => a.name === "Min-jun Park")?.type).toBe("person");
    expect(found.quotes[0]?.speaker?.name).toBe("Min-jun Park");
  });
});

describe("a single word that only ever reports ('Velkora reported')", () => {
  it("is an outlet, not a person", () => {
    const list = brief(
      "The quake damaged three malls. Velkora reported three malls in Riverton were closed.",
    );
    expect(list.find((a) => a.name === "Velkora")?.type).toBe("org");
  });

  it("is still a person in a byline ('Okafor reported from Cairo')", () => {
    const list = brief("The talks went on late. Okafor reported from Cairo.");
    expect(list.find((a) => a.name === "Okafor")?.type).toBe("person");
  });
});

describe("a noun for a person right before a given name ('nominee Peter Castle')", () => {
  it("makes the name a person's though it ends on a place word", () => {
    const list = brief("In 2020 the group's chosen nominee Peter Castle won 41,208 ballots.");
    expect(list.find((a) => a.name === "Peter Castle")?.type).toBe("person");
  });
});

describe("a word in capitals inside a name of plain words", () => {
  it("is an acronym's, so the name is no person's ('Sirius XM', 'Linux EOL')", () => {
    const list = brief("He gave an interview to Velkor XM on Thursday. The Lakeside EOL notice went out.");
    expect(list.find((a) => a.name === "Velkor XM")?.type).not.toBe("person");
    expect(list.find((a) => a.name === "Lakeside EOL")?.type).not.toBe("person");
  });

  it("is still a person's name with a regnal number or letters after it ('John Roe III', 'Jane Roe QC')", () => {
    const list = brief("Tomas Okafor III spoke first. Prosecutor Jane Lind QC said the men were guilty.");
    expect(list.find((a) => a.name === "Tomas Okafor III")?.type).toBe("person");
    expect(list.find((a) => a.name.startsWith("Jane Lind"))?.type).toBe("person");
  });

  it("makes 'PAC' close a body's name ('Purple PAC')", () => {
    const list = brief("Purple PAC paid for radio spots in Iowa this month.");
    expect(list.find((a) => a.name === "Purple PAC")?.type).toBe("org");
  });
});

describe("a given name in apposition after a noun for a body ('the face of the union, Donald J. Roe')", () => {
  it("is a person, and the surname alone joins that person", () => {
    const found = briefOfText(
      "Jim Poe faced the new face of the union, Donald J. Roe, in Ohio. Roe won the debate.",
    ).actors;
    const roe = found.find((a) => a.name === "Donald J. Roe");
    expect(roe?.type).toBe("person");
    expect(roe?.aliases).toContain("Roe");
  });
});

describe("a well-known news outlet whose name is also a common word or a surname", () => {
  it("is the outlet, kept whole ('The Hill', 'Newsweek')", () => {
    const list = brief(
      "At the town hall, which the newspaper The Hill called rowdy, Roe fielded queries. Newsweek said the crowd was small.",
    );
    expect(list.find((a) => a.name === "The Hill")?.type).toBe("org");
    expect(list.find((a) => a.name === "Newsweek")?.type).toBe("org");
    expect(list.map((a) => a.name)).not.toContain("Hill");
  });
});

describe("a name opening on a common English word", () => {
  const typeOf = (body: string, name: string) => brief(body).find((a) => a.name === name)?.type;

  it("is a body, not a person, when no given name or title opens it", () => {
    const body =
      "Planned Harborhood said the cuts would hurt clinics. Silver Compass said the same on Monday.";
    expect(typeOf(body, "Planned Harborhood")).toBe("org");
    expect(typeOf(body, "Silver Compass")).toBe("org");
  });

  it("is a person after a given name that is also a word, a family name's particle or a title", () => {
    const body =
      "Rich Tobin said the cuts would hurt. De La Vega said so too. Mayor Bright Okoro agreed, and Pope Leoric said it on Monday.";
    expect(typeOf(body, "Rich Tobin")).toBe("person");
    expect(typeOf(body, "De La Vega")).toBe("person");
    expect(typeOf(body, "Bright Okoro")).toBe("person");
    expect(typeOf(body, "Pope Leoric")).toBe("person");
  });

  it("is split from an elder's title ('Elder Nelson Redfeather')", () => {
    const found = brief("The herd is home at last, said tribal Elder Nelson Redfeather.");
    expect(found.map((a) => [a.name, a.type])).toEqual([["Nelson Redfeather", "person"]]);
  });

  it("is a person when an apposition describes one", () => {
    const body = 'Dog Tobin, a spokesman for the mayor, said, "The harbor stays open."';
    expect(typeOf(body, "Dog Tobin")).toBe("person");
    expect(briefOfText(body).quotes[0]?.speaker?.name).toBe("Dog Tobin");
  });
});

describe("a photo agency's name", () => {
  it("is a body ('Corvo Images')", () => {
    const found = brief("The photo was taken by Corvo Images.").find((a) => a.name === "Corvo Images");
    expect(found?.type).toBe("org");
  });
});

describe("a name after a preposition right before a verb of saying", () => {
  it("is not the subject that speaks: no person by that verb", () => {
    const found = brief(
      'Jane Roe, a contributor to Quillory wrote, "The ruling reaches far." The court agreed with Quillory on Monday.',
    );
    expect(found.find((a) => a.name === "Quillory")?.type).not.toBe("person");
  });
});

describe("a town's name before its police or residents ('Hamilton police said')", () => {
  it("is the town, also when the name is a surname too", () => {
    const found = brief(
      "A pharmacy was held up on Sunday, Hamilton police say. Hamilton police said a man fled on foot. Eastfield residents were shaken. Dunmore's police chief spoke.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Hamilton", "place"],
      ["Eastfield", "place"],
      ["Dunmore", "place"],
    ]);
  });
});

describe("the shares of a company opening a sentence", () => {
  it("are no part of its name, and a company named for its minerals, metals or cargo is one", () => {
    const found = brief(
      "Shares of Redgum Minerals rose 9% on Tuesday. Stocks of Corvid Metals slid. Northwind Cargo fell.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Redgum Minerals", "org"],
      ["Corvid Metals", "org"],
      ["Northwind Cargo", "org"],
    ]);
  });

  it("are no part of its name after a dateline's dash either", () => {
    const found = brief("KESSFORD, Calif. (Reuters) - Shares of Veltrix Corp rose 9% on Tuesday.");
    expect(found.map((a) => a.name)).toContain("Veltrix Corp");
    expect(found.some((a) => a.name.startsWith("Shares"))).toBe(false);
  });
});

describe("a district set up to run one service ('Unified School District')", () => {
  it("is a body, where a district alone is an area", () => {
    const found = brief(
      "The Kessford Unified School District voted on Tuesday. The Metro Water District cut supply. Voters in Kessford District were angry.",
    );
    const byName = new Map(found.map((a) => [a.name, a.type]));
    expect(byName.get("Kessford Unified School District")).toBe("org");
    expect(byName.get("Metro Water District")).toBe("org");
    expect(byName.get("Kessford District")).toBe("place");
  });
});

describe("a name after a noun of a person's work ('Pop singer Ivy Lane')", () => {
  it("is a person, whose surname is a place's word, and the surname alone is that person", () => {
    const found = brief(`Pop singer Ivy Lane has cancelled her tour. "I need rest," Lane, 27, wrote.`);
    expect(found.map((a) => [a.name, a.type])).toEqual([["Ivy Lane", "person"]]);
    expect(found[0]!.aliases).toContain("Lane");
  });

  it("is no person after a count of people or a plural", () => {
    const found = brief(
      "It would stop many Velmar Loyalists from voting. She beat the men Velmar Champion. It helps immigrant New Yorkers.",
    );
    expect(found.filter((a) => a.type === "person")).toEqual([]);
    expect(found.map((a) => a.name)).not.toContain("New Yorkers");
  });
});

describe("a body in apposition as a regulator, a watchdog or a lobby", () => {
  it("is an organisation", () => {
    const found = brief(
      "Ofram, the industry regulator, said it would act. Kesswatch, the consumer watchdog, agreed. Agrilink, the farmers' lobby, did not.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Ofram", "org"],
      ["Kesswatch", "org"],
      ["Agrilink", "org"],
    ]);
  });
});

describe("a name opening a sentence on a common word the text writes inside a sentence too", () => {
  it("keeps that word ('All Blacks coach' beside 'over the All Blacks')", () => {
    const found = brief("The Springboks won over the All Blacks. All Blacks coach Jo Tane was upset.");
    expect(found.map((a) => a.name)).toContain("All Blacks");
    expect(found.map((a) => a.name)).not.toContain("Blacks");
  });

  it("keeps a title that belongs to the name ('Pope Tiberius' beside 'the pope')", () => {
    const body = 'Pope Tiberius spoke on Sunday. "Peace is possible," the pope told pilgrims.';
    expect(brief(body).map((a) => a.name)).toEqual(["Pope Tiberius"]);
    expect(briefOfText(body).quotes[0]?.speaker?.name).toBe("Pope Tiberius");
  });

  it("drops it where the text has no such name ('The Latest on …')", () => {
    const found = brief(
      "The Latest: Storm knocks out power\n\nThe Latest on the storm (all times local):\n\nOfficials in Kessford closed roads.",
    );
    expect(found.map((a) => a.name)).toEqual(["Kessford"]);
  });
});

describe("a continent's adjective before a known body ('European Facebook users')", () => {
  it("is no part of the body's name, and a body named with it stays whole", () => {
    const found = brief(
      "It moved the data of European Facebook users. The Asian Development Bank lent. Harbourside Homes built it.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Facebook", "org"],
      ["Asian Development Bank", "org"],
      ["Harbourside Homes", "org"],
    ]);
  });
});

describe("people of a trade at a firm, and an award's category before 'for'", () => {
  it("make the firm an organisation ('Analysts at Commerzbank'), the winner a person", () => {
    const found = brief(
      "Analysts at Halvard said the weather mattered. The film won best director for Mira Solberg. A spokesman for Kessa Mining agreed.",
    );
    const byName = new Map(found.map((a) => [a.name, a.type]));
    expect(byName.get("Halvard")).toBe("org");
    expect(byName.get("Mira Solberg")).toBe("person");
  });
});

describe("a name standing alone in quotation marks before their comma or stop", () => {
  it("is a work's title, no actor, also in a headline's single marks", () => {
    const found = brief(
      `'Northern Lights' sweeps the awards\n\n"Northern Lights," a drama about a fishing family, won. Best actor went to Daniel Oyelaran for "The Long Road."`,
    );
    expect(found.map((a) => a.name)).toEqual(["Daniel Oyelaran"]);
  });

  it("stays an actor as a possessive opening a quote, or as what a place is called", () => {
    const found = brief(
      `Critics attacked “Dana Whitlow’s record.” Whitlow retired to a mansion known as the "Blue House".`,
    );
    expect(found.map((a) => a.name)).toEqual(["Dana Whitlow", "Blue House"]);
  });
});

describe("a lower-case word in '-s' right after a comma, before a noun of person", () => {
  it("is a verb, no part of the person's role", () => {
    const found = brief(
      "The clip, posted by the fire service, shows firefighter Luis Ortega climbing out. In May, communications director Ana Reyes quit.",
    );
    expect(found.find((a) => a.name === "Luis Ortega")?.roles).toEqual(["firefighter"]);
    expect(found.find((a) => a.name === "Ana Reyes")?.roles).toEqual(["communications director"]);
  });
});

describe("a name set off by where it lies from another ('In Logan, south of Brisbane')", () => {
  it("is a place, also when it is a given name", () => {
    const found = brief("In Logan, 30 km south of Kessford, volunteers rescued a family.");
    expect(found.find((a) => a.name === "Logan")?.type).toBe("place");
  });
});

describe("a single unknown word that speaks of its own as a body does", () => {
  it("is an organisation after 'said its' or 'said it had' and a participle", () => {
    const found = brief(
      "Vandrell said on Tuesday its profit fell. Quorvo said it had hired 300 engineers. Halbeck said his plan failed.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Vandrell", "org"],
      ["Quorvo", "org"],
      ["Halbeck", "person"],
    ]);
  });

  it("is an organisation after 'said it would' and a business's act, not any verb", () => {
    const found = brief(
      "Vandrell said it would open a plant in Kessa. Quorvo announced that it plans to hire 300 engineers. Halbeck said it would be hard.",
    );
    expect(found.filter((a) => a.name !== "Kessa").map((a) => [a.name, a.type])).toEqual([
      ["Vandrell", "org"],
      ["Quorvo", "org"],
      ["Halbeck", "person"],
    ]);
  });

  it("is an organisation where its shares trade or its spokesperson speaks", () => {
    const found = brief(
      "Shares of Vandrell fell 4%. Quorvo shares rose in Milan. Isvaro spokesperson Jo Tane said flights resumed.",
    );
    expect(found.filter((a) => a.name !== "Milan").map((a) => [a.name, a.type])).toEqual([
      ["Vandrell", "org"],
      ["Quorvo", "org"],
      ["Isvaro", "org"],
      ["Jo Tane", "person"],
    ]);
  });

  it("is an organisation before a firm's officer's title and a name", () => {
    const found = brief("Vandrell chief executive Lu Kam did not agree.");
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Vandrell", "org"],
      ["Lu Kam", "person"],
    ]);
  });

  it("stays a person where a courtesy title says so", () => {
    const found = brief("Mr. Halbeck spoke first. Halbeck said its design was flawed.");
    expect(found.map((a) => [a.name, a.type])).toEqual([["Halbeck", "person"]]);
  });
});

describe("a common word opening a sentence before a kind of body and its name", () => {
  it("describes the body, no body of its own ('Campaign group Save Kessford Fields')", () => {
    const found = brief(
      "Campaign group Save Kessford Fields said it would appeal. Consumer group Fairmark agreed. Dunmoor captain Sam Tiller did not.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Save Kessford Fields", "org"],
      ["Fairmark", "org"],
      ["Dunmoor", "org"],
      ["Sam Tiller", "person"],
    ]);
  });
});

describe("a party or a paper named by a plural or a demonym after 'The'", () => {
  it("is a body, never a person ('The Greens said', 'Greens housing spokesman')", () => {
    const found = brief(
      "The Vellans said the fund was too small. Vellans housing spokesman Max Orrin agreed.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Vellans", "org"],
      ["Max Orrin", "person"],
    ]);
    expect(brief("The Vellans said the fund was too small.").filter((a) => a.type === "person")).toEqual([]);
  });

  it("is a newspaper for a demonym after a capital 'The' inside a sentence", () => {
    const found = brief(
      "The Australian government said no. The poll was published in The Australian on Monday.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Australia", "place"],
      ["The Australian", "org"],
    ]);
  });
});

describe("a word only ever between a determiner and a noun a country's adjective qualifies", () => {
  it("is where someone is from, no actor ('her Kessan counterpart', 'the Kessan envoy')", () => {
    const found = brief(
      "Jo Vale met her Kessan counterpart in Oslo. The Kessan envoy, Piet Dorn, left early. Dorn said little.",
    );
    expect(found.map((a) => a.name)).toEqual(["Piet Dorn", "Jo Vale", "Oslo"]);
  });
});

describe("an apposition naming one of a plural kind of body", () => {
  it("makes a body of a single unknown word ('Medlane, one of the largest testing companies,')", () => {
    const body =
      'Data was stolen from Medlane, one of the country\'s largest testing companies, the firm said. "We apologise," Medlane said.';
    expect(brief(body).map((a) => [a.name, a.type])).toEqual([["Medlane", "org"]]);
    expect(briefOfText(body).quotes[0]?.speaker).toEqual({ name: "Medlane", type: "org", named: true });
  });
});

describe("the plural of a body's or a place's head word opening a sentence", () => {
  it("names that kind in general, no actor ('Hospitals reported')", () => {
    const names = actors(
      "Hospitals reported a rise in admissions. Universities say fees must rise. Vorla Hospital was full.",
    );
    expect(names).toEqual(["Vorla Hospital"]);
  });
});

describe("a single unknown word after a noun for a kind of business and a comma", () => {
  it("is that business ('the operator, GridCo,') and speaks as one", () => {
    const body = '"Every kilowatt counts," the operator, Voltara, said in a statement. Kessa Ferries agreed.';
    expect(brief(body).map((a) => [a.name, a.type])).toEqual([
      ["Voltara", "org"],
      ["Kessa Ferries", "org"],
    ]);
    const [quote] = briefOfText(body).quotes;
    expect(quote?.speaker).toEqual({ name: "Voltara", type: "org", named: true });
  });
});

describe("a name of two words after what only a place has", () => {
  it("is a place ('residents of Little Amwell'), not a body by its common first word", () => {
    const found = brief("Residents of Little Amwell objected. The mayor of Kessa Vale agreed.");
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Little Amwell", "place"],
      ["Kessa Vale", "place"],
    ]);
  });

  it("so are 'the people of' and 'the slopes of' a name said once ('the people of Valdora')", () => {
    const found = brief(
      "For centuries the people of Valdora have farmed. Vines grow on the slopes of Castelmonte.",
    );
    expect(found.map((a) => [a.name, a.type])).toEqual([
      ["Valdora", "place"],
      ["Castelmonte", "place"],
    ]);
  });
});

describe("a single word that speaks, then a quote given to 'it'", () => {
  it("is a body ('Ofwat said … \"…,\" it said'), unless someone else is named between", () => {
    const body =
      'Ofwat said the firm had failed. "Customers paid for nothing," it said. Later Tamsk said the fine was fair. Kessa Water disagreed. "We will appeal," it said.';
    const found = briefOfText(body);
    expect(found.actors.find((a) => a.name === "Ofwat")?.type).toBe("org");
    expect(found.actors.find((a) => a.name === "Tamsk")?.type ?? "none").not.toBe("org");
    expect(found.quotes.map((q) => q.speaker?.name)).toEqual(["Ofwat", "Kessa Water"]);
  });
});
