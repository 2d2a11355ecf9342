// Speakers and actors on kinds of text written for issue 11's forty-eighth session (made-up
// sentences): wire datelines, acronyms a text defines its own way, country leaders, documents and
// their writers, people described by a party, sports and music, and roles set off beside a name.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const actorNamed = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name);
const speakers = (body: string) => briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);
const names = (body: string) => briefOfText(body).actors.map((a) => a.name);

describe("'Tomás, 58, a taxi driver,': a given name written with its accents", () => {
  const body =
    'Tomás, 58, a taxi driver, queued at the depot. "Nobody told us the line had closed," he said.';

  it("is a person and the speaker", () => {
    expect(actorNamed(body, "Tomás")?.type).toBe("person");
    expect(speakers(body)).toEqual(["Tomás"]);
  });
});

describe("'The Minister for Health, Jo Roe TD, said': letters after a name in apposition", () => {
  it("leave the person the speaker, with the description as the role", () => {
    const quote = briefOfText(
      'The Minister for Housing, Orla Brennock TD, called the scheme "a start, not a solution."',
    ).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "Orla Brennock", role: "Minister for Housing" });
  });

  it("are no part of a senior counsel's name", () => {
    const body = 'Patrick Dunne SC, for the accused, told the jury: "My client was at home that night."';
    expect(actorNamed(body, "Patrick Dunne")?.roles).toEqual(["SC"]);
    expect(speakers(body)).toEqual(["Patrick Dunne"]);
  });
});

describe("'Public Safety Minister Jo Roe': a title's qualifier opening the sentence before a portfolio", () => {
  it("opens the role", () => {
    const body = "Public Safety Minister Kerrin Volk said the bridge would reopen in June.";
    expect(actorNamed(body, "Kerrin Volk")?.roles).toEqual(["Public Safety Minister"]);
  });

  it("is not cut off a title with no portfolio", () => {
    const body = "Former President Anselm Drake opened the library on Friday.";
    expect(actorNamed(body, "Anselm Drake")?.roles).toEqual(["Former President"]);
  });
});

describe("'OSLO, May 4 (Reuters) - ': a dateline with a date and an agency", () => {
  it("is no part of the subject that speaks", () => {
    expect(
      speakers('OSLO, May 4 (Reuters) - Norway said the new quotas were "fair to every fleet".'),
    ).toEqual(["Norway"]);
    expect(
      speakers('LIMA, 12 June (AFP) - Peru said the mine would "stay closed until the inquiry ends".'),
    ).toEqual(["Peru"]);
  });
});

describe("'Rapid Support Forces (RSF)': an acronym the text spells out as a name of its own", () => {
  it("is that name, not the body a list knows by it", () => {
    const body =
      'Fighters of the Rapid Support Forces (RSF) entered the town at dawn. The RSF said it had "restored order".';
    expect(speakers(body)).toEqual(["Rapid Support Forces"]);
    expect(names(body)).not.toContain("Reporters Without Borders");
  });

  it("leaves a name the list knows under that acronym as it was", () => {
    const body = 'On Monday the United Kingdom\'s (UK) ministers met. The UK said talks would "resume soon".';
    expect(actorNamed(body, "United Kingdom")?.aliases).toContain("UK");
  });
});

describe("'Xinhua quoted Jo Roe as telling …': the one quoted speaks", () => {
  it("whatever the verb of saying after 'as'", () => {
    expect(speakers('Kyodo quoted Haruto Imai as telling lawmakers that "the budget cannot wait".')).toEqual([
      "Haruto Imai",
    ]);
  });
});

describe("'said the chairperson, Jo Roe': nouns of people in sport, music and meetings", () => {
  it("make the name after them the speaker", () => {
    expect(speakers('"We will not walk out," said the chairperson, Adaeze Obi.')).toEqual(["Adaeze Obi"]);
  });

  it("describe the person just named", () => {
    const body = 'Colt Ramsey threw for three touchdowns. "The line gave me all day," the quarterback said.';
    expect(speakers(body)).toEqual(["Colt Ramsey"]);
  });

  it("open a role before a name at the start of a sentence", () => {
    const body = "Groundsman Walt Pennick rolled the wicket twice on Sunday.";
    expect(actorNamed(body, "Walt Pennick")?.roles).toEqual(["Groundsman"]);
  });
});

describe("'one senior Social Democrat said': a party's member the text does not name", () => {
  it("is an unnamed person, not the party", () => {
    const quote = briefOfText('"He never consults us," one senior Social Democrat said.').quotes[0];
    expect(quote?.speaker).toMatchObject({
      name: "one senior Social Democrat",
      named: false,
      type: "person",
    });
  });
});

describe("'the Ethiopian leader said': a country's leader", () => {
  it("is the head of government the text placed there", () => {
    const body =
      'Ghanaian President Kojo Asante opened the summit. "Our markets must open to each other," the Ghanaian leader said.';
    expect(speakers(body)).toEqual(["Kojo Asante"]);
  });

  it("is the one of that country when two leaders met", () => {
    const body =
      'Polish President Marek Zielny met Czech President Pavel Hruby. "We share a border and a future," the Polish leader said.';
    expect(speakers(body)).toEqual(["Marek Zielny"]);
  });

  it("agrees with a country named in the possessive", () => {
    const body =
      'Chile\'s President Ines Vargas arrived late. "The copper deal is done," the Chilean president said.';
    expect(speakers(body)).toEqual(["Ines Vargas"]);
  });
});

describe("'the team said', 'the band said': a team or a band named before", () => {
  it("is that team or band", () => {
    expect(
      speakers('The Harlow Hornets fined two players. "We expect better," the team said in a statement.'),
    ).toEqual(["Harlow Hornets"]);
    expect(speakers('The Lantern Choir cancelled the tour. "We are heartbroken," the band said.')).toEqual([
      "Lantern Choir",
    ]);
  });

  it("is an unnamed body where none is named", () => {
    expect(briefOfText('"We are heartbroken," the band said.').quotes[0]?.speaker).toMatchObject({
      name: "the band",
      named: false,
    });
  });
});

describe("'The memo was written by Jo Roe. \"…,\" the memo said': a document and its writer", () => {
  it("is the writer named in the sentence that introduced it", () => {
    const body = 'The memo was written by Dorian Pell. "We are losing the suburbs," the memo said.';
    expect(speakers(body)).toEqual(["Dorian Pell"]);
  });

  it("is the person it came from, after the body's own description of them", () => {
    const body =
      'The union released a statement from its general secretary, Maeve Corrin. "This offer insults nurses," the statement said.';
    expect(speakers(body)).toEqual(["Maeve Corrin"]);
  });
});

describe("'\"…\" — Jo Roe, in a speech': a dash crediting the quote after it", () => {
  it("makes the name the speaker", () => {
    expect(
      speakers('THE CLAIM: "Crime has doubled since 2019." — Dale Ingram, at a rally in Tulsa.'),
    ).toEqual(["Dale Ingram"]);
  });

  it("does not override a verb of saying before the quote", () => {
    expect(speakers('Dale Ingram said "crime has doubled" — Marcia Lott, his rival, disagreed.')).toEqual([
      "Dale Ingram",
    ]);
  });
});

describe("roles set off beside a name", () => {
  it("keep a long description after the name", () => {
    const body =
      '"Demand is falling," said Ilse Brandt, a senior researcher at the Kessa Institute for Energy Transition Studies.';
    expect(actorNamed(body, "Ilse Brandt")?.roles).toEqual([
      "senior researcher at the Kessa Institute for Energy Transition Studies",
    ]);
  });

  it("keep a possessor written with a courtesy title", () => {
    const body = "Tova Reyes, Mr. Calder's campaign manager, declined to comment.";
    expect(actorNamed(body, "Tova Reyes")?.roles).toEqual(["Mr. Calder's campaign manager"]);
  });

  it("keep a relative by marriage and a description after 'Even'", () => {
    expect(
      actorNamed("The feud with the governor's son-in-law, Brett Kaley, grew.", "Brett Kaley")?.roles,
    ).toEqual(["governor's son-in-law"]);
    expect(
      actorNamed("Even the speaker of the Assembly, Alma Fitch, called it unfair.", "Alma Fitch")?.roles,
    ).toEqual(["speaker of the Assembly"]);
  });
});

describe("words that name no actor", () => {
  it("a people's adjective naming a language", () => {
    expect(names("She hosts a Portuguese-language radio show for Italian-speaking listeners.")).toEqual([]);
  });

  it("a region's adjective", () => {
    expect(names("Turnout rose in Midwestern and Northeastern counties.")).toEqual([]);
  });

  it("a verb opening a quote before its object", () => {
    const body = 'Hollis Crane shrugged. "Mark my words, it will flood," he said.';
    expect(names(body)).toEqual(["Hollis Crane"]);
  });
});

describe("places and bodies", () => {
  it("where a person of an age is from is a place, a given name or not", () => {
    const body = "Nadine Kohl, 44, of Warren, brought her children.";
    expect(actorNamed(body, "Warren")?.type).toBe("place");
  });

  it("a body named for a place and a role's word is one body", () => {
    expect(names("Members of the Oregon Student Association marched.")).toEqual([
      "Oregon Student Association",
    ]);
  });

  it("a plural of members of a country is one body", () => {
    expect(names("The Potato Growers of Canada asked for help.")).toEqual(["Potato Growers of Canada"]);
    expect(actorNamed("Tom Rogers of Canada spoke.", "Tom Rogers")?.type).toBe("person");
  });

  it("a Canadian province written short is the province", () => {
    const body = "Wildfires forced evacuations across B.C. on Sunday.";
    expect(actorNamed(body, "British Columbia")?.type).toBe("place");
  });
});

describe("'A neighbour who asked not to be named said …. \"…,\" she said': an unnamed person introduced", () => {
  it("is the one a pronoun after names", () => {
    const body =
      'Ruth Alder spoke first. "We begged them," she said. A nurse who lives next door, and who would not give her name, said the alarm rang twice. "Nobody came," she said.';
    expect(speakers(body)).toEqual(["Ruth Alder", "A nurse"]);
  });

  it("is not taken for a pronoun of the other gender", () => {
    const body =
      'Ruth Alder spoke first. A man who lives next door said the alarm rang twice. "Nobody came," she said.';
    expect(speakers(body)[0]).not.toBe("A man");
  });
});

describe("'Roe and Doe wrote the memo. \"…,\" they wrote': two people named together", () => {
  it("speak together", () => {
    const body = 'Ivo Stanek and Leah Moritz signed the appeal. "The river is dying," they wrote.';
    expect(briefOfText(body).quotes[0]?.speaker?.name).toBe("Ivo Stanek and Leah Moritz");
  });

  it("not when the sentence only names them both", () => {
    const body = 'Ivo Stanek met Leah Moritz at the dam. "The river is dying," they wrote.';
    expect(briefOfText(body).quotes[0]?.speaker?.name).not.toBe("Ivo Stanek met Leah Moritz");
  });
});

describe("the person a description names, opening the sentence before", () => {
  it("after a description and a comma", () => {
    const body =
      'Her uncle, Bogdan Sarić, watched from the gallery. "She learned the game at my table," the old man said.';
    expect(speakers(body)).toEqual(["Bogdan Sarić"]);
  });

  it("after the words of a title", () => {
    const body =
      'Union Secretary-General Otieno Kamau vowed to strike. "Enough is enough," the veteran unionist said.';
    expect(speakers(body)).toEqual(["Otieno Kamau"]);
  });

  it("by a noun of the clergy", () => {
    const body = 'Archbishop Tomas Ilic led the prayers. "They are our neighbours," the prelate said.';
    expect(speakers(body)).toEqual(["Tomas Ilic"]);
  });
});

describe("titles with the place or the portfolios they cover", () => {
  it("'Ambassador to Russia Jo Roe' keeps the place in the role", () => {
    const body = "Chinese Ambassador to Russia Sun Lihua told state television that trade was growing.";
    expect(actorNamed(body, "Sun Lihua")).toMatchObject({ type: "person", roles: ["Ambassador to Russia"] });
  });

  it("'Minister for Information and Broadcasting Jo Roe' keeps both portfolios", () => {
    const body = "Minister for Information and Broadcasting Farhan Qureshi Malik said the bill would pass.";
    expect(actorNamed(body, "Farhan Qureshi Malik")?.roles).toEqual([
      "Minister for Information and Broadcasting",
    ]);
  });
});

describe("datelines", () => {
  it("two towns joined by a slash are both places", () => {
    const body = "KYIV/WARSAW — Officials met at the border crossing.";
    expect(actorNamed(body, "Kyiv")?.type).toBe("place");
    expect(actorNamed(body, "Warsaw")?.type).toBe("place");
  });

  it("a saint's town split at its stop is one mention", () => {
    const body = "ST. PAUL — The council met on Monday.";
    expect(actorNamed(body, "St. Paul")).toMatchObject({ mentions: 1, aliases: ["ST. PAUL"] });
  });
});

describe("'Central Asian', 'Latin American': a region's adjective", () => {
  it("stands for the region", () => {
    const body = "Central Asian states and Latin American buyers both signed. Central Asia gains most.";
    expect(actorNamed(body, "Central Asia")).toMatchObject({ type: "place", mentions: 2 });
    expect(actorNamed(body, "Latin America")?.type).toBe("place");
  });
});

describe("people named by one word or with a father's name", () => {
  it("'said Oyun, a 34-year-old teacher': a name after the verb, set off by what a person is", () => {
    const body = '"The winters are longer now," said Oyunaa, a 34-year-old herder.';
    expect(actorNamed(body, "Oyunaa")?.type).toBe("person");
    expect(speakers(body)).toEqual(["Oyunaa"]);
  });

  it("'Siti binti Ahmad': a daughter of her father, one name, a woman", () => {
    const body = 'Party chief Nurul Aini binti Ahmad Rahman rallied members. "We stand together," she said.';
    expect(speakers(body)).toEqual(["Nurul Aini binti Ahmad Rahman"]);
  });
});

describe("roles set off after a name, more kinds", () => {
  it("a body's name written with 'Inc.' or 'Corp.' before the comma", () => {
    const body = "Dana Whitlock, the chief executive of Harrow Labs Inc., said the deal was done.";
    expect(actorNamed(body, "Dana Whitlock")?.roles).toEqual(["chief executive of Harrow Labs Inc."]);
  });

  it("trades", () => {
    const body = '"The rust came back," said Gus Bellamy, a roofing contractor in Utica.';
    expect(actorNamed(body, "Gus Bellamy")?.roles).toEqual(["roofing contractor in Utica"]);
  });
});

describe("a description opening the sentence before a pronoun's quote", () => {
  it("is not displaced by someone of the other gender named since", () => {
    const body =
      'Gov. Nora Pettit spoke on Monday. Lidia Ames held a banner. The governor closed by turning to Mr. Voss. "Call me any time," she said.';
    expect(speakers(body)).toEqual(["Nora Pettit"]);
  });

  it("is read up to its verb, not past it ('The former sheriff was asked')", () => {
    const body =
      'Curt Mallory, a former sheriff, spoke on Saturday. Ines Rua criticised him. Ms. Rua said no. The former sheriff was asked about the remarks. "I have no quarrel with her," he said.';
    expect(speakers(body)).toEqual(["Curt Mallory"]);
  });
});

describe("'One Republican senator, who would talk only unnamed because …, said'", () => {
  it("is the unnamed person a pronoun after names", () => {
    const body =
      'One Democratic senator, who would talk only if unnamed since the caucus had barred comment, said a deal was close. "We are a week away," he said.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({
      name: "One Democratic senator",
      named: false,
    });
  });
});

describe("'She recalled Ms. Roe telling her, \"…\"': the one remembered speaking", () => {
  it("says the words", () => {
    const body =
      'Rep. Nell Quarry said she learned the job from Rep. Ada Vickers. She recalled Ms. Vickers telling her, "Never call a vote you have not counted."';
    expect(speakers(body)).toEqual(["Ada Vickers"]);
  });
});

describe("'Alderperson Jo Roe': a city council's title", () => {
  it("is a role, not part of the name", () => {
    const body = "Alderperson Tomasz Wrobel objected to the plan.";
    expect(actorNamed(body, "Tomasz Wrobel")?.roles).toEqual(["Alderperson"]);
  });
});

describe("honours and titles of Malaysia and Sri Lanka", () => {
  it("'Tan Sri', 'Datuk Seri': two words of an honour before the name", () => {
    expect(actorNamed("Tan Sri Hamid Osman opened the bridge.", "Hamid Osman")?.roles).toEqual(["Tan Sri"]);
    expect(actorNamed("Datuk Seri Lina Karim chaired the meeting.", "Lina Karim")?.roles).toEqual([
      "Datuk Seri",
    ]);
  });

  it("'Tan' alone stays a family name", () => {
    expect(names("Tan Mei Ling chaired the meeting.")).toEqual(["Tan Mei Ling"]);
  });

  it("'Eng.' before a name is an engineer's title, no one's name", () => {
    const body = "Board Chairman Eng. Ruwan Perera-Silva signed the order.";
    expect(names(body)).toEqual(["Ruwan Perera-Silva"]);
    expect(actorNamed(body, "Ruwan Perera-Silva")?.roles).toEqual(["Chairman"]);
    expect(speakers('"We will strike on Monday," said union president Eng. Kamal Perera.')).toEqual([
      "Kamal Perera",
    ]);
  });
});

describe("unnamed people a later pronoun names", () => {
  it("an indefinite description with where the person works", () => {
    const body =
      'A trader at a bank in Almaty, near the border, said prices were rising. "Nobody wants the rouble," he said.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({
      name: "A trader at a bank in Almaty",
      named: false,
    });
  });

  it("a spokesman after a question put to him about someone named", () => {
    const body =
      'Asked whether Minister Olga Brandt would resign, the spokesman said the question was premature. "Nothing has been decided," he said.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({ name: "the spokesman", named: false });
  });
});

describe("'Aerolux AG … Aerolux': a company named with its legal form, then without", () => {
  it("is one company", () => {
    const body = "Pilots at Brenntal walked out on Monday. It is the third strike at Brenntal AG this year.";
    expect(names(body)).toEqual(["Brenntal AG"]);
    expect(actorNamed(body, "Brenntal AG")?.aliases).toEqual(["Brenntal"]);
  });
});

describe("'the Senate President said': an office named by its body", () => {
  it("is the one the text gave that office, not the body", () => {
    const body =
      'The Senate President, Senator Musa Adamu-Bello, faulted the delay. "We passed this budget in March," the Senate President said.';
    expect(speakers(body)).toEqual(["Musa Adamu-Bello"]);
  });

  it("is unnamed where no one holds it", () => {
    expect(briefOfText('"We passed it," the Harlow Chairman said.').quotes[0]?.speaker).toMatchObject({
      name: "the Harlow Chairman",
      named: false,
    });
  });
});

describe("a role before a two-word honour", () => {
  it("is kept with the honour", () => {
    const body = "Agency chief commissioner Tan Sri Hamid Osman opened the inquiry.";
    expect(actorNamed(body, "Hamid Osman")?.roles).toEqual(["Tan Sri", "chief commissioner"]);
  });
});

describe("'a copy obtained by The Courier': a paper that obtained a memo", () => {
  it("did not write it", () => {
    const body =
      'A memo by two aides warned the governor, according to a copy obtained by The Daily Courier. "You are not ready," the memo said.';
    expect(speakers(body)).not.toContain("The Daily Courier");
  });
});
