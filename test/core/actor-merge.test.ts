// A person's partial name merges into the one person whose full name it ends
// (made-up text).
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { briefOfText, textDocument } from "../support/text-document.ts";

const actors = (body: string) => briefOfText(body).actors;

describe("person names merged into the full name", () => {
  it("merges a multi-word surname into the one full name it ends", () => {
    const list = actors(
      "Rudy De La Vega filed papers in Ohio on Monday. Later, De La Vega said he would appeal. De La Vega has run before.",
    );
    const names = list.map((a) => a.name);
    expect(names).toContain("Rudy De La Vega");
    expect(names).not.toContain("De La Vega");
  });

  it("drops a common word before a surname and merges it into the full name", () => {
    const list = actors(
      "Patricia Ann Quellmark won the seat. She is a podcaster by trade. Podcaster Quellmark said the vote was fair.",
    );
    const names = list.map((a) => a.name);
    expect(names).toContain("Patricia Ann Quellmark");
    expect(names).not.toContain("Podcaster Quellmark");
  });

  it("keeps two people of one surname apart", () => {
    const names = actors("Tony Marsh and Jonna Marsh met in Paris. Tony Marsh said they had married.").map(
      (a) => a.name,
    );
    expect(names).toEqual(expect.arrayContaining(["Tony Marsh", "Jonna Marsh"]));
  });
});

describe("a known body's one-word name that is the surname of someone named in full", () => {
  it("is that person where it acts as a surname", () => {
    const list = actors(
      "Governor Jane Ford spoke on Tuesday. Ford won the vote in the county, and Ford thanked her staff.",
    );
    expect(list.find((a) => a.name === "Jane Ford")?.aliases).toContain("Ford");
    expect(list.map((a) => a.name)).not.toContain("Ford");
  });

  it("stays the body where it is a source", () => {
    const list = actors("Mayor Jane Bloomberg spoke on Tuesday, according to Bloomberg.");
    expect(list.find((a) => a.name === "Bloomberg")?.type).toBe("org");
    expect(list.find((a) => a.name === "Jane Bloomberg")?.type).toBe("person");
  });
});

describe("a bare surname that several people named in full share", () => {
  const brief = (title: string, body: string) => extractBrief({ ...textDocument(body), title });
  const body =
    'Governor Jane Quellmark said she and her husband Tom Quellmark had caught the flu, as had their niece Ann Quellmark.\n\nQuellmark posted a short video: "We are resting at home for a week."';

  it("is the one the headline names, not the one named last", () => {
    const b = brief("Governor Jane Quellmark has the flu", body);
    expect(b.quotes.map((q) => q.speaker?.name)).toEqual(["Jane Quellmark"]);
    expect(b.actors.find((a) => a.name === "Jane Quellmark")?.aliases).toContain("Quellmark");
  });

  it("is no run of a headline's capitalised words that ends on it", () => {
    const b = brief(
      "Mayor Praises Paul Quellmark With Doe’s Help",
      'Mayor Praises Paul Quellmark With Doe’s Help.\n\nGovernor Tom Doe met Paul Quellmark on Monday. Doe said "Paul has my vote next spring."',
    );
    expect(b.quotes.map((q) => q.speaker?.name)).toEqual(["Tom Doe"]);
  });

  it("is the one named last when the headline names none of them", () => {
    const b = brief("A family has the flu", body);
    expect(b.quotes.map((q) => q.speaker?.name)).toEqual(["Ann Quellmark"]);
  });
});

describe("a surname misspelt once", () => {
  it("is the person whose surname it is one letter away from, and so is the quote's speaker", () => {
    const brief = briefOfText(
      'Jane Wimbly, a consultant, spoke first. "We need the votes," Wimbley said. Tara McClenny agreed. "It is hard," McLenny said.',
    );
    const names = brief.actors.map((a) => a.name);
    expect(names).not.toContain("Wimbley");
    expect(names).not.toContain("McLenny");
    expect(brief.actors.find((a) => a.name === "Jane Wimbly")?.aliases).toContain("Wimbley");
    expect(brief.quotes.map((q) => q.speaker?.name)).toEqual(["Jane Wimbly", "Tara McClenny"]);
    // Two letters swapped, and one changed.
    const swapped = actors(
      "Ed Varnum ran the count. Vranum said it was close. Al Kessler spoke. Kesslar agreed.",
    );
    expect(swapped.find((a) => a.name === "Ed Varnum")?.aliases).toContain("Vranum");
    expect(swapped.find((a) => a.name === "Al Kessler")?.aliases).toContain("Kesslar");
  });

  it("stays apart when it is a plural, a given name, short, or near two people's surnames", () => {
    const names = actors(
      "Tom Ebringer came. Later, Ebringers said no. Tom Jones spoke; Jonas said no. " +
        "Kim Ruiz spoke; Ruez agreed. Ann Marsten and Bob Marston met; Marstan said yes.",
    ).map((a) => a.name);
    for (const name of ["Ebringers", "Jonas", "Ruez", "Marstan"]) expect(names).toContain(name);
  });
});

describe("a person's name with a headline's words after it", () => {
  it("keeps the person's own name, not the headline's run of capitals", () => {
    const list = actors(
      'Tomas Berg spoke on Monday. Berg said he would run. The campaign sent an email: "Speaker Tomas Berg Leads Swelling Chorus of Critics Slamming the Plan." Berg declined to comment.',
    );
    const person = list.find((a) => a.aliases.includes("Berg") || a.name === "Tomas Berg");
    expect(person?.name).toBe("Tomas Berg");
  });
});

describe("an organisation's name without its head words", () => {
  it("is that organisation, but a place stays itself beside its own council", () => {
    const found = briefOfText(
      "The retailer Morvane Group bought the stores. Morvane said on Monday it would keep the staff. " +
        "Morvane expects growth. In Dunmere, the Dunmere Council approved the sale; Dunmere residents agreed.",
    ).actors;
    const group = found.find((a) => a.name === "Morvane Group");
    expect(group?.aliases).toContain("Morvane");
    expect(found.map((a) => a.name)).not.toContain("Morvane");
    expect(found.find((a) => a.name === "Dunmere Council")?.aliases ?? []).not.toContain("Dunmere");
  });

  it("leaves a place itself beside the local paper named after it", () => {
    const found = briefOfText(
      "Maria Ostrowski, a Democrat from Lakeview, spoke first. The Lakeview Gazette reported the vote. Residents of Lakeview were split.",
    ).actors;
    expect(found.find((a) => a.name === "Lakeview Gazette")?.aliases ?? []).not.toContain("Lakeview");
    expect(found.find((a) => a.name === "Lakeview")?.type).toBe("place");
  });

  it("leaves it a place when a clause of the speaker's follows it ('a woman in Pell said', 'in Pell, who')", () => {
    for (const clause of [
      '"My son drives three hours to work," said a woman at a gas station in Pellby, who gave only her first name.',
      "A man in Pellby said the mine would help.",
    ]) {
      const found = briefOfText(`${clause} A memo was obtained by the Pellby Courant.`).actors;
      expect(found.find((a) => a.name === "Pellby Courant")?.aliases ?? []).not.toContain("Pellby");
      expect(found.find((a) => a.name === "Pellby")?.type).toBe("place");
    }
  });

  it("leaves it a place after 'in downtown' beside its police department", () => {
    const found = briefOfText(
      "Two men were wounded in downtown Millbrook early Saturday. Sgt. Renee Dubois of the Millbrook Police Department said so.",
    ).actors;
    expect(found.find((a) => a.name === "Millbrook")?.type).toBe("place");
    expect(found.find((a) => a.name === "Millbrook Police Department")?.aliases ?? []).not.toContain(
      "Millbrook",
    );
  });

  it("reads a club's last word alone as the club ('United' beside 'Lakeside United')", () => {
    const found = briefOfText(
      "Lakeside Rovers beat Lakeside United 3-2. United led at half-time. The result lifts Rovers above United.",
    ).actors;
    expect(found.find((a) => a.name === "Lakeside United")?.aliases).toContain("United");
    expect(found.find((a) => a.name === "Lakeside Rovers")?.aliases).toContain("Rovers");
    expect(found.map((a) => a.name)).not.toContain("United");
  });

  it("reads 'Town' alone as the club whose name it closes", () => {
    const found = briefOfText(
      "Fenwick Town beat Brackley City 2-1 on Saturday. City manager Ian Crowe was furious. Town, who had not won since March, rise to seventh.",
    ).actors;
    expect(found.find((a) => a.name === "Fenwick Town")?.aliases).toContain("Town");
    expect(found.map((a) => a.name)).not.toContain("Town");
    expect(found.map((a) => a.name)).not.toContain("City");
  });

  it("keeps a club apart from a body named after it, not from its own full name", () => {
    const found = briefOfText(
      "Lakeside United sacked their manager. Supporters' group Lakeside United Trust backed the move. Dunmore Rovers Football Club said Dunmore Rovers would appeal.",
    ).actors;
    expect(found.map((a) => [a.name, a.aliases])).toEqual([
      ["Dunmore Rovers Football Club", ["Dunmore Rovers"]],
      ["Lakeside United", []],
      ["Lakeside United Trust", []],
    ]);
  });

  it("reads a known founder-named company's surname alone as the company ('Lilly' beside 'Eli Lilly')", () => {
    const found = briefOfText(
      'The drug is made by Eli Lilly. Lilly said it would work "to ensure access" in Europe.',
    );
    expect(found.actors.find((a) => a.name === "Eli Lilly")?.aliases).toContain("Lilly");
    expect(found.quotes[0]?.speaker?.name).toBe("Eli Lilly");
  });

  it("reads a name after a direction and 'of' as a place ('east of Riverton')", () => {
    const found = briefOfText(
      "The fire tore through the hills east of Riverton. It reached Riverton by noon.",
    ).actors;
    expect(found.find((a) => a.name === "Riverton")?.type).toBe("place");
  });

  it("types a paper by the head word of its name, also after a place word ('the Harbor Courant')", () => {
    const found = briefOfText('Anna Berg told the Harbor Courant: "The ferry must keep running."').actors;
    expect(found.find((a) => a.name === "Harbor Courant")?.type).toBe("org");
  });
});

describe("a natural feature's name without its head ('Tarvo' for the 'Tarvo Islands')", () => {
  it("is that place, but a surname stays the person's", () => {
    const found = actors(
      'The storm hit the Tarvo Islands on Sunday. "Parts of Tarvo are flattened," the minister said. ' +
        "Boats left Tarvo at dawn. Later, Anna Kesk toured the Kesk River. Kesk said the water was rising.",
    );
    expect(found.find((a) => a.name === "Tarvo Islands")?.aliases).toContain("Tarvo");
    expect(found.map((a) => a.name)).not.toContain("Tarvo");
    expect(found.find((a) => a.name === "Anna Kesk")?.aliases).toContain("Kesk");
    expect(found.find((a) => a.name === "Kesk River")?.aliases ?? []).not.toContain("Kesk");
  });

  it("and so is a province's name without 'Province', but not a county's", () => {
    const found = actors(
      "She represented Varsh Province for years. The people of Varsh voted for her. Harl County grew, and the people of Harl cheered.",
    );
    expect(found.map((a) => [a.name, a.aliases])).toEqual([
      ["Varsh Province", ["Varsh"]],
      ["Harl County", []],
      ["Harl", []],
    ]);
  });
});

describe("a short form of a body's name in brackets right after it", () => {
  const brief = (body: string) => briefOfText(body).actors;

  it("is that body, with its later mentions, whatever the short form alone would be typed", () => {
    const actors = brief(
      "Researchers at the University of Northland at Riverton (NU Riverton) mapped the rivers. NU Riverton will publish the data. Staff at Eastshire State University (Eastshire State) agreed, and Eastshire State said so.",
    );
    const university = actors.find((a) => a.name === "University of Northland at Riverton");
    expect(university?.type).toBe("org");
    expect(university?.aliases).toContain("NU Riverton");
    const state = actors.find((a) => a.name === "Eastshire State University");
    expect(state?.aliases).toContain("Eastshire State");
    expect(actors.map((a) => a.name)).not.toContain("NU Riverton");
    expect(actors.map((a) => a.name)).not.toContain("Eastshire State");
  });

  it("is not a place in brackets that shares no word with the body", () => {
    const actors = brief("Acme Widgets Corporation (New Harbor) cut jobs. Acme Widgets Corporation said so.");
    expect(actors.find((a) => a.name === "Acme Widgets Corporation")?.aliases ?? []).not.toContain(
      "New Harbor",
    );
  });
});

describe("a company's national branch named by its country", () => {
  it("is an alias of the company its bare name names ('Velkor USA' … 'Velkor said')", () => {
    const list = briefOfText(
      "The accounting firm Velkor USA holds the records. Velkor said on Monday it would comply.",
    ).actors;
    const company = list.find((a) => a.name === "Velkor");
    expect(company?.type).toBe("org");
    expect(company?.aliases).toContain("Velkor USA");
    expect(list.map((a) => a.name)).not.toContain("Velkor USA");
  });
});

describe("a body's head word alone ('the House', 'the Court')", () => {
  it("is the body it heads, not one where it only qualifies the head, nor the White House", () => {
    const found = actors(
      "The White House sent the bill to the Senate. House Republicans and the House Ways and Means Committee met. " +
        "The House passed it on Monday. The Supreme Court of Narnia heard the case, and the Court ruled.",
    );
    const chamber = found.find((a) => a.name === "United States House of Representatives");
    expect(chamber?.aliases).toContain("House");
    for (const name of ["White House", "House Republicans", "House Ways and Means Committee"])
      expect(found.find((a) => a.name === name)?.aliases ?? []).not.toContain("House");
    expect(found.find((a) => a.name === "Supreme Court of Narnia")?.aliases).toContain("Court");
  });

  it("names nothing on its own where the text names no United States chamber", () => {
    const found = actors(
      "The White House said on Monday that the House would vote. Critics in the House disagreed.",
    );
    expect(found.find((a) => a.name === "White House")?.aliases ?? []).not.toContain("House");
    expect(found.map((a) => a.name)).not.toContain("United States House of Representatives");
  });

  it("is a party's short name when only head words follow it ('the Alliance')", () => {
    const found = actors("The Alliance Party nominated her on Monday. The Alliance said the vote was clear.");
    expect(found.find((a) => a.name === "Alliance Party")?.aliases).toContain("Alliance");
  });
});

describe("a lower-case legislature with a qualifier ('the state senate')", () => {
  it("is not the country's own Senate", () => {
    const found = actors(
      "Jane Roe took her seat in the state senate back in 2010. The Senate voted on Monday.",
    );
    const senate = found.find((a) => a.name === "United States Senate");
    expect(senate?.aliases ?? []).not.toContain("senate");
    expect(senate?.mentions).toBe(1);
  });
});

describe("a one-word name spelt with other capitals ('Github' beside 'GitHub')", () => {
  it("is the same actor", () => {
    const found = actors(
      "GitHub removed the code on Monday. GitHub said it had no choice. Developers moved away from Github.",
    );
    const names = found.map((a) => a.name);
    expect(names).toContain("GitHub");
    expect(names).not.toContain("Github");
    expect(found.find((a) => a.name === "GitHub")?.aliases).toContain("Github");
  });
});

describe("a body's head word that a list knows as another body ('Congress', 'Senate')", () => {
  it("is the body of a place the text named in full before it", () => {
    const found = actors(
      "Jane Roe joined the Indian National Congress in 1969. For the Congress, she was the helmsman. " +
        "The Missouri Senate met on Monday, and the Senate voted 13-10.",
    );
    expect(found.find((a) => a.name === "Indian National Congress")?.aliases).toContain("Congress");
    expect(found.map((a) => a.name)).not.toContain("United States Congress");
    expect(found.find((a) => a.name === "Missouri Senate")?.mentions).toBe(2);
    expect(found.map((a) => a.name)).not.toContain("United States Senate");
  });

  it("stays the body the list knows after a body named by a party ('a Republican Congress')", () => {
    const found = actors("A Republican Congress would act fast, Jane Roe said. Congress voted on Monday.");
    expect(found.find((a) => a.name === "United States Congress")?.aliases).toContain("Congress");
  });
});

describe("a surname with a courtesy title of the other gender ('Mr. Roe' beside 'Jane Roe')", () => {
  it("is another person of that surname, with the bare surname of a text that titles it so", () => {
    const found = actors(
      "Jane Roe opened the clinic in May. President Roe praised it on Friday. Mr. Roe said he would visit again.",
    );
    expect(found.find((a) => a.name === "Jane Roe")?.mentions).toBe(1);
    expect(found.find((a) => a.name === "Roe")?.mentions).toBe(2);
  });

  it("stays the person named in full when the title agrees ('Ms. Roe')", () => {
    const found = actors("Jane Roe opened the clinic in May. Ms. Roe said she would visit again.");
    expect(found.find((a) => a.name === "Jane Roe")?.mentions).toBe(2);
    expect(found.map((a) => a.name)).not.toContain("Roe");
  });
});

describe("a known body's name joined by 'and' ('Immigration and Customs Enforcement')", () => {
  it("is the whole body, not its end", () => {
    const names = actors("Agents of Immigration and Customs Enforcement arrived at the port on Monday.").map(
      (a) => a.name,
    );
    expect(names).toContain("Immigration and Customs Enforcement");
    expect(names).not.toContain("Customs Enforcement");
  });
});

describe("a known body's name joined by 'of' ('Voice of America')", () => {
  it("is the whole body, not the country at its end", () => {
    const found = actors("He told Voice of America on Monday that the talks were over. VOA said so too.");
    expect(found.find((a) => a.name === "Voice of America")?.aliases).toContain("VOA");
    expect(found.map((a) => a.name)).not.toContain("United States");
  });
});

describe("a party's adjective before a legislature ('a Republican Senate')", () => {
  it("is the party and the legislature, not a body of its own", () => {
    const names = actors(
      "A Republican Senate would block the bill, Jane Roe said. The Senate voted on Monday.",
    ).map((a) => a.name);
    expect(names).not.toContain("Republican Senate");
    expect(names).toEqual(expect.arrayContaining(["Republican Party", "United States Senate"]));
  });
});

describe("an Arabic surname with its article ('Anwar al-Haddad', 'Bashar al-Kassem')", () => {
  it("makes the full name a person's, and the surname alone, without its article, that person", () => {
    const found = actors(
      "The clip shows Anwar al-Haddad, the preacher. Governor Bashar al-Kassem spoke on Monday. Later, Kassem said the port was open.",
    );
    expect(found.find((a) => a.name === "Anwar al-Haddad")?.type).toBe("person");
    expect(found.find((a) => a.name === "Bashar al-Kassem")?.aliases).toContain("Kassem");
    expect(found.map((a) => a.name)).not.toContain("Kassem");
  });
});

describe("a person's name with a headline's word after it ('Jane Roe Finally Speaks')", () => {
  it("is the person under the name the text writes alone, while a middle name stays in the full name", () => {
    const found = actors(
      "Jane Roe Finally Speaks Out.\n\nJane Roe spoke on Tuesday. Later Roe left. Peter Lee Guy sailed. Peter Guy was 90.",
    );
    const names = found.map((a) => a.name);
    expect(names).toContain("Jane Roe");
    expect(names).not.toContain("Jane Roe Finally");
    expect(names).toContain("Peter Lee Guy");
  });
});

describe("a legislature's bare word in a text about another country only", () => {
  it("names that country's body, not the United States' ('Congress' in Indian politics)", () => {
    const names = briefOfText(
      "The vote in India was close. Congress party leader Raj Varma said the result was a shock. Congress will appeal.",
    ).actors.map((a) => a.name);
    expect(names).toContain("Congress");
    expect(names).not.toContain("United States Congress");
  });

  it("stays the United States' where the text names the country or a state", () => {
    const names = briefOfText(
      "Congress voted on Monday. Senator Jo Tane of Ohio said India would be told.",
    ).actors.map((a) => a.name);
    expect(names).toContain("United States Congress");
  });
});

describe("a given name joined by 'and' to a full name", () => {
  it("shares its family name ('Sarah and Mark Hollis'), and a courtesy title finds the right one", () => {
    const brief = briefOfText(
      'Sarah and Mark Hollis, whose son died in 2019, said the apology came too late. "That was a lie," Mrs Hollis said.',
    );
    const names = brief.actors.map((a) => a.name);
    expect(names).toContain("Sarah Hollis");
    expect(names).toContain("Mark Hollis");
    expect(names).not.toContain("Sarah");
    expect(brief.quotes[0]?.speaker?.name).toBe("Sarah Hollis");
  });

  it("not where the given name is someone's named before, or ends a longer name", () => {
    const names = actors(
      "Hillary Clinton spoke first. The party will help Hillary and Tim Kaine. Tickets for Mayor Paul and Carly Fiorina sold out.",
    ).map((a) => a.name);
    expect(names).not.toContain("Hillary Kaine");
    expect(names).not.toContain("Paul Fiorina");
  });
});

describe("a word opening a body's name named after a place", () => {
  it("stays the place's, not the body's short name ('Dunmore' beside 'Dunmore Herald')", () => {
    const list = actors(
      'He opened a restaurant in his home town of Dunmore. "Now it is my turn," he told the Dunmore Herald.',
    );
    expect(list.find((a) => a.name === "Dunmore Herald")?.aliases ?? []).not.toContain("Dunmore");
  });
});

describe("a body's first word alone, speaking", () => {
  it("is that body's short name, not a person ('Kessa Report … Kessa said')", () => {
    const brief = briefOfText(
      'The think tank Kessa Report published a study. "Prices will rise," Kessa said in the study.',
    );
    expect(brief.actors.map((a) => a.name)).toEqual(["Kessa Report"]);
    expect(brief.quotes[0]?.speaker?.name).toBe("Kessa Report");
  });
});

describe("a body's head word before a plural of bodies", () => {
  it("names that kind of body, no alias of the one named in full ('Water companies')", () => {
    const list = actors(
      'Southmere Water has been fined. "Water companies must be held to account," he said. The Journal notes that Southmere Water is sorry, said the Kessa Journal.',
    );
    expect(list.find((a) => a.name === "Southmere Water")?.aliases).toEqual([]);
    expect(list.find((a) => a.name === "Kessa Journal")?.aliases).toContain("Journal");
  });
});

describe("an acronym that leaves out the union a body belongs to (session 42)", () => {
  it("is that body's short name ('U.N. Office for Relief Coordination' … 'ORC')", () => {
    const found = briefOfText(
      "The U.N. Office for Relief Coordination said 1.2 million people had fled. ORC staff left the town on Monday.",
    ).actors;
    expect(found.find((a) => a.name === "U.N. Office for Relief Coordination")?.aliases).toEqual(["ORC"]);
    expect(found.map((a) => a.name)).not.toContain("ORC");
  });
});
