// Speakers and actors on kinds of text written for issue 11's forty-fifth session (made-up
// sentences): a person referred to by what they are, bodies described before their names, titles
// before a courtesy title, and places named in pairs.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const speakers = (body: string) => briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);
const actorNamed = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name);
const typeOf = (body: string, name: string) => actorNamed(body, name)?.type;

describe("'the striker said': a noun of what a person is, for the person the text gave it", () => {
  const text = (between: string) =>
    `Kessford Rovers have signed striker Emeka Okafor from Brightwell Athletic.\n\nOkafor said he chose Kessford for its manager.${between} "He rang me himself," the striker said.`;

  it("is the person named last before it with that role", () => {
    expect(speakers(text(""))).toEqual(["Emeka Okafor"]);
  });

  it("is no one named when another person was named since", () => {
    expect(speakers(text(" His agent, Paul Imrie, agreed."))).toEqual(["the striker"]);
  });

  it("is no one named when nobody holds that role", () => {
    const body =
      'Kessford Rovers have signed Emeka Okafor from Brightwell Athletic.\n\nOkafor said he chose Kessford for its manager. "He rang me himself," the goalkeeper said.';
    expect(speakers(body)).toEqual(["the goalkeeper"]);
  });
});

describe("a one-word name set off after a body described ('a union representing bakers, X,')", () => {
  it("is that body, though it speaks", () => {
    expect(
      typeOf(
        "A union representing bakery workers, Fellesforbundet, said it would meet managers.",
        "Fellesforbundet",
      ),
    ).toBe("org");
    expect(typeOf("A group that speaks for small farmers, Agrivo, said prices were low.", "Agrivo")).toBe(
      "org",
    );
  });

  it("is a person after a description of people ('a man representing bakers, X,')", () => {
    const body =
      "A man representing bakery workers, Halvorsen, said they would meet managers. Later Halvorsen said it again.";
    expect(typeOf(body, "Halvorsen")).toBe("person");
  });
});

describe("a title before a courtesy title ('Police Chief Dr. Tom Reed')", () => {
  it("is the person's role", () => {
    const body =
      "Superintendent Dr. Raymond Oakes said the district would hire drivers. On Monday Police Chief Dr. Tom Reed agreed.";
    expect(actorNamed(body, "Raymond Oakes")?.roles).toEqual(["Superintendent"]);
    expect(actorNamed(body, "Tom Reed")?.roles).toEqual(["Police Chief"]);
  });

  it("is no role when the word before is no title ('Witness Mr. Roe's appeal')", () => {
    const body = "Witness Mr. Tom Reed's appeal to voters. Tom Reed spoke again on Monday.";
    expect(actorNamed(body, "Tom Reed")?.roles).toEqual([]);
  });
});

describe("the second of two one-word names after a preposition of place", () => {
  it("is a place, as the first is ('between Arvania and Belmark')", () => {
    const body = "Ministers from Arvania and Belmark met for the first time in two years on Monday.";
    expect(typeOf(body, "Arvania")).toBe("place");
    expect(typeOf(body, "Belmark")).toBe("place");
  });

  it("is no place before a noun it qualifies, nor after a given name", () => {
    expect(typeOf("Schools in Kessa and Belmark communities were closed.", "Belmark")).toBeUndefined();
    expect(typeOf("The feud between Barack and Belmark was long.", "Belmark")).not.toBe("place");
  });
});

describe("a capitalised title before 'for' in a headline", () => {
  it("names no employer ('Judge Jails Ex-Councillor for Bribery')", () => {
    const body =
      "Judge Jails Ex-Councillor for Bribery\n\nA former councillor was jailed for four years on Friday.";
    expect(typeOf(body, "Bribery")).toBeUndefined();
  });

  it("while a spokesman for a one-word name works for it", () => {
    expect(typeOf("A spokesman for Corvane said the plant would reopen.", "Corvane")).toBe("org");
  });
});

describe("'she said' after someone described since the last speaker", () => {
  const text = (opening: string) =>
    `"They did everything right," said rescuer Yannick Berthod, who was winched down.\n\nThe woman was taken to hospital with frostbite. The man was unhurt.\n\n${opening} said she had never been so cold. "I kept thinking about my daughter," she said.`;

  it("is the one described, not the last speaker, though a phrase is set off before it", () => {
    expect(speakers(text("Speaking from her hospital bed, the woman"))).toEqual([
      "Yannick Berthod",
      "the woman",
    ]);
    expect(speakers(text("The woman"))).toEqual(["Yannick Berthod", "The woman"]);
  });

  it("is the last speaker when the description is of the speaker's own role", () => {
    expect(speakers(text("Speaking from the ledge, the rescuer"))).toEqual([
      "Yannick Berthod",
      "Yannick Berthod",
    ]);
  });
});

describe("a name after a noun of a kind of place and 'of'", () => {
  it("is a place though it opens on a given name ('the island of Isla Serrano')", () => {
    const body = "The volcano on the island of Isla Serrano erupted, and 4,000 people were evacuated.";
    expect(typeOf(body, "Isla Serrano")).toBe("place");
  });

  it("is a person after what a person has ('the government of Jacinda Roe')", () => {
    expect(typeOf("The government of Mary Roe fell on Monday.", "Mary Roe")).toBe("person");
  });
});

describe("a broadcaster or a publisher named after its noun", () => {
  it("is a body after 'the radio station' or 'the TV channel'", () => {
    const body = 'Ortiz dismissed the book. "It is fiction," he told the radio station Onda Libre.';
    expect(typeOf(body, "Onda Libre")).toBe("org");
    expect(
      typeOf("She told the TV channel Vesti about it. Later Vesti aired the interview twice.", "Vesti"),
    ).toBe("org");
  });

  it("is a body set off after 'her publisher,' when it opens on no given name", () => {
    expect(typeOf("Marquez's publisher, Casa Verde, ordered a second print run.", "Casa Verde")).toBe("org");
  });
});

describe("a body's name after what it operates ('the ferry operator Northline')", () => {
  it("is the body, and the one 'the company' speaks for", () => {
    const body =
      'The ferry operator Northline has been fined after a crew member died. Northline pleaded guilty. In a statement, the company said it had "made significant changes" since.';
    expect(typeOf(body, "Northline")).toBe("org");
    expect(speakers(body)).toEqual(["Northline"]);
  });

  it("is a person's after an operator of a machine ('camera operator Roe')", () => {
    const body = "The camera operator Halloran filmed the crash. Halloran said it lasted seconds.";
    expect(typeOf(body, "Halloran")).toBe("person");
  });
});

describe("'Executive' closing a run of capitalised words", () => {
  it("heads a body's name after words that qualify no title", () => {
    const body = "The Health and Safety Executive said the firm had no system to keep crew safe.";
    expect(typeOf(body, "Health and Safety Executive")).toBe("org");
  });

  it("is a role after 'Chief'", () => {
    const body = "Acme Chief Executive Jo Roe said the plant would reopen.";
    expect(actorNamed(body, "Jo Roe")?.roles).toEqual(["Chief Executive"]);
    expect(typeOf("The Acme Chief Executive said the plant would reopen.", "Executive")).toBeUndefined();
  });
});

describe("'the Dane said' with no one placed in that country", () => {
  it("is the one person opening the sentence before", () => {
    const body =
      'Petra Varga beat Mia Sorensen on Friday.\n\nSorensen said she had been troubled by a shoulder injury. "She played better," the Dane said.';
    expect(speakers(body)).toEqual(["Mia Sorensen"]);
    expect(speakers(body.replace("beat Mia", "beat Danish player Mia"))).toEqual(["Mia Sorensen"]);
  });

  it("is an unnamed speaker when that person is placed in another country", () => {
    const body =
      'Hungary\'s Petra Varga beat Mia Sorensen on Friday.\n\nVarga said she had been troubled by a shoulder injury. "She played better," the Dane said.';
    expect(speakers(body)).toEqual(["the Dane"]);
  });
});

describe("a sentence opening on a conjunction and someone described ('But a former engineer …')", () => {
  it("stands between a later 'she' and the speaker before", () => {
    const body =
      '"We did every inspection," chief operating officer Milan Petrov said.\n\nBut a former engineer at the company, who feared legal action, told reporters she had raised concerns. "I sent the photographs," she said.';
    expect(speakers(body)).toEqual(["Milan Petrov", "a former engineer at the company"]);
  });
});

describe("a one-word name after 'candidate for' and before an office", () => {
  it("is the office's place, no employer ('candidate for Dunmore mayor')", () => {
    const body =
      "Teresa Olsen is an independent candidate for Dunmore mayor. She is running for mayor of Dunmore next month.";
    expect(typeOf(body, "Dunmore")).toBe("place");
  });
});

describe("a statement issued by someone's office", () => {
  it("is the office's, as when the office is the subject", () => {
    const body =
      'President Vadim Korr spoke on Monday. According to a statement from Korr\'s office, "ending the blockade" is the aim.';
    expect(speakers(body)).toEqual(["Korr's office"]);
    expect(speakers(body.replace("Korr's office", "Korr"))).toEqual(["Vadim Korr"]);
  });
});

describe("a 'she' in a participle's phrase opening the sentence before a name", () => {
  it("points ahead to that name, which a later 'she said' then means", () => {
    const body =
      'Mayor Sandra Kim spoke on Monday.\n\nPolice Chief Ronald Greer blamed a vendor. "I am not going to rush," he said.\n\nAsked whether she had confidence in him, Kim paused. "I trust the officers," she said.';
    expect(speakers(body)).toEqual(["Ronald Greer", "Sandra Kim"]);
  });
});

describe("'the Kansas senator' after a party's state tag ('Sen. Dale Whitcomb, R-Kan.')", () => {
  it("is the senator the tag places in that state", () => {
    const body =
      'Sen. Dale Whitcomb, R-Kan., said he would block the nominee. "I am done being patient," the Kansas senator said.';
    expect(speakers(body)).toEqual(["Dale Whitcomb"]);
    expect(speakers(body.replace("R-Kan.", "R-Neb."))).toEqual(["the Kansas senator"]);
  });
});

describe("a newspaper's name closed by 'Ledger' or 'Register'", () => {
  it("is a body's, also after a town's noun", () => {
    expect(
      typeOf(
        "The Harbor City Ledger reported on Tuesday that the donor was promised a job.",
        "Harbor City Ledger",
      ),
    ).toBe("org");
  });
});

describe("a name before a verb's '-ing' form and a noun ('Velmont ruling party')", () => {
  it("is not speaking", () => {
    const body = "Velmont ruling party loses majority\n\nThe Unity Party lost its majority on Sunday.";
    expect(typeOf(body, "Velmont")).toBeUndefined();
  });
});

describe("a name before 'alliance', 'coalition' or 'bloc'", () => {
  it("is a body's", () => {
    const body = "The opposition Green Left alliance won 34 seats on Sunday.";
    expect(typeOf(body, "Green Left")).toBe("org");
  });
});

describe("a plural closing one team's name ('Wynford Wolves … Wolves captain')", () => {
  it("is that team's short name", () => {
    const body =
      "Wynford Wolves beat Carrow Bay Sharks 22-20 on Saturday. Wolves captain Tane Mahuika said his side had been lucky.";
    expect(actorNamed(body, "Wynford Wolves")?.aliases).toContain("Wolves");
    expect(typeOf(body, "Wolves")).toBeUndefined();
  });
});

describe("a glacier's or an ice shelf's name", () => {
  it("is a place's", () => {
    expect(
      typeOf("The team took samples from 19 sites on the Ross Ice Shelf in 2019.", "Ross Ice Shelf"),
    ).toBe("place");
  });
});

describe("a statement from a person named after who they are ('a statement from his son, Paolo')", () => {
  it("is that person's, as its speaker", () => {
    const body =
      'Marco Bellini died at home, according to a statement from his son, Paolo. "He was funny until the last day," the statement read.';
    expect(speakers(body)).toEqual(["Paolo"]);
  });
});

describe("'X was quoted by Y as saying'", () => {
  it("is X's, the passive's subject, not Y's", () => {
    const body =
      'Marco Bellini was quoted by the newspaper La Stampa in 2019 as saying he had "never once watched myself."';
    expect(speakers(body)).toEqual(["Marco Bellini"]);
    expect(speakers('La Stampa quoted Marco Bellini as saying he had "never once watched myself."')).toEqual([
      "Marco Bellini",
    ]);
  });
});

describe("a journal's name opening on 'Proceedings of the'", () => {
  it("is one name", () => {
    const body = "The findings appear this week in the Proceedings of the Kessland Academy of Letters.";
    expect(typeOf(body, "Proceedings of the Kessland Academy of Letters")).toBe("org");
  });
});

describe("a one-word name set off after 'the national rail operator,'", () => {
  it("is the operating body", () => {
    const body = "The national rail operator, NatRail, said only one train in ten was running.";
    expect(typeOf(body, "NatRail")).toBe("org");
  });
});

describe("an occupation before a courtesy title ('Wildlife vet Dr. Amos Tait')", () => {
  it("is the person's role", () => {
    const body = "Wildlife vet Dr. Amos Tait said the whale was exhausted.";
    expect(actorNamed(body, "Amos Tait")?.roles).toEqual(["vet"]);
  });
});

describe("a side in a match named without a score", () => {
  it("is a team's, before 'to play' or after 'play against the'", () => {
    const body = "The Kessford Jazz were due to play against the Harbor City Thunder on Wednesday night.";
    expect(typeOf(body, "Kessford Jazz")).toBe("org");
    expect(typeOf(body, "Harbor City Thunder")).toBe("org");
    expect(typeOf("On Wednesday, Kessford Jazz were to play the Dunmore Hawks.", "Kessford Jazz")).toBe(
      "org",
    );
  });

  it("is a team's between an article and 'player'", () => {
    const body = "The league stopped after a Kessford Jazz player tested positive.";
    expect(typeOf(body, "Kessford Jazz")).toBe("org");
    // (Not a people's adjective: "Iranian Chess players".)
    expect(typeOf("She praised an Iranian Chess player in Tehran.", "Iranian Chess")).not.toBe("org");
  });
});

describe("a body the list knows, inside a longer body's name", () => {
  const aliasesOf = (body: string, name: string) => actorNamed(body, name)?.aliases;

  it("stays its own body ('Democratic Party' beside 'Christian Democratic Party')", () => {
    const body =
      "Its first name, in 2009, was Christian Democratic Party. In some states it backs the Democratic Party's ticket.";
    expect(aliasesOf(body, "Christian Democratic Party")).not.toContain("Democratic Party");
    expect(typeOf(body, "Democratic Party")).toBe("org");
  });

  it("is the same body named with its country or a company's suffix", () => {
    const body =
      "The U.S. Department of State opened an inquiry. The Department of State declined to comment.";
    expect(aliasesOf(body, "U.S. Department of State")).toContain("Department of State");
  });
});

describe("a name set off before a body's noun and what the body does ('a firm specialising in')", () => {
  it("is that body's, though it speaks", () => {
    const body = "Harlow Marine, a firm specialising in ship tracking, said the signal was lost.";
    expect(typeOf(body, "Harlow Marine")).toBe("org");
  });
});

describe("'the champion wrote' after a sentence opening on the champion", () => {
  it("is that person", () => {
    const body =
      'Ulrich Kessler won on Sunday.\n\nRavi Menon congratulated him online. "Well deserved," the champion wrote.';
    expect(speakers(body)).toEqual(["Ravi Menon"]);
  });
});

describe("a player named after 'a game against'", () => {
  it("stays a person: a team's name takes the article", () => {
    const body =
      "Kessler drew his final game against Hikaru Sato on Sunday. Sato said he had pressed too hard.";
    expect(typeOf(body, "Hikaru Sato")).toBe("person");
  });
});

describe("a name closed by a place's word after a noun for a kind of body", () => {
  it("is that body's ('the campaign group Save Hexley Moor')", () => {
    const body = "The campaign group Save Hexley Moor had argued that the council ignored rare birds.";
    expect(typeOf(body, "Save Hexley Moor")).toBe("org");
  });
});

describe("words in capitals before a colon opening the body", () => {
  it("are a dateline's town when a known place, else no one's name", () => {
    expect(typeOf("MOSCOW: Officials said on Monday they would attend the talks.", "Moscow")).toBe("place");
    const brief = briefOfText(
      "GUWAHATI: Floods have displaced thousands, officials said.\n\nUPDATE: Rain eased.",
    );
    expect(brief.actors.map((a) => a.name)).toEqual([]);
  });

  it("further down the text, are read as before (a transcript's speakers)", () => {
    const body =
      "The debate began at nine.\n\nThe host opened.\n\nHALVORSEN: We will cut taxes.\n\nMORLAND: We will not.";
    expect(typeOf(body, "HALVORSEN")).not.toBeUndefined();
  });

  it("are a known name's still ('NATO: …')", () => {
    expect(
      typeOf("NATO: The alliance said on Monday it would meet.", "North Atlantic Treaty Organization"),
    ).toBe("org");
  });
});

describe("'W.Va.' after a town", () => {
  it("is West Virginia, not Virginia", () => {
    const body = "CHARLESTON, W.Va. — Rescuers reached three trapped miners on Monday.";
    expect(typeOf(body, "West Virginia")).toBe("place");
    expect(typeOf(body, "Virginia")).toBeUndefined();
  });
});

describe("'State Trooper' before a name", () => {
  it("is the person's role, no place", () => {
    const body = '"He threaded the needle," said State Trooper Maria Alvarez on Thursday.';
    expect(actorNamed(body, "Maria Alvarez")?.roles).toEqual(["State Trooper"]);
    expect(typeOf(body, "State Trooper")).toBeUndefined();
  });
});

describe("a name closed by a place's word after 'a match against'", () => {
  it("is the side's, a team", () => {
    const body = "Gary Lunn will take charge for Tuesday's match against Ashby Town.";
    expect(typeOf(body, "Ashby Town")).toBe("org");
  });
});

describe("a name closed by 'Archaeology'", () => {
  it("is a body's, a firm's or a unit's", () => {
    const body = "Dr. Helen Ward of York Archaeology, who is leading the dig, said the mosaic was intact.";
    expect(typeOf(body, "York Archaeology")).toBe("org");
  });
});

describe("'the letter said' after 'In a letter to …, X wrote'", () => {
  it("is the letter's writer", () => {
    const body =
      'In a letter to the prime minister, Derek Lowe wrote that he had erred. "I do not want this to distract us," the letter said.';
    expect(speakers(body)).toEqual(["Derek Lowe"]);
  });
});

describe("a body set off before 'a start-up that …'", () => {
  it("is a body", () => {
    expect(typeOf("Cyclo, a start-up that recycles batteries, raised $50 million.", "Cyclo")).toBe("org");
  });
});

describe("first-person words opening a paragraph after a paragraph about one person", () => {
  const text = (about: string) => `${about}\n\n"We had no idea what we were dealing with. Nobody did."`;

  it("are that person's, before anyone has been quoted", () => {
    expect(speakers(text("Mary Okonkwo was a ward sister in 2020. She retired last year."))).toEqual([
      "Mary Okonkwo",
    ]);
  });

  it("are no one's when the paragraph names someone else too, or opens otherwise", () => {
    expect(speakers(text("Mary Okonkwo was a ward sister in 2020. Tom Hale ran the ward."))).toEqual([null]);
    expect(speakers(text("Mary Okonkwo was a ward sister in 2020. The ward closed last year."))).toEqual([
      null,
    ]);
  });

  it("are no one's after someone has been quoted (a speech may go on)", () => {
    const about = "Mary Okonkwo was a ward sister in 2020. She retired last year.";
    expect(speakers(`"It was hard," said Tom Hale.\n\n${text(about)}`)).toEqual(["Tom Hale", null]);
  });
});

describe("a word news writes in lower case opening a sentence before a known name ('Rival Samsung')", () => {
  it("is no word of the name", () => {
    const body = "Quillon launched its phone on Friday. Rival Samsung cut the price of its own phone.";
    expect(typeOf(body, "Samsung")).toBe("org");
    expect(typeOf(body, "Rival Samsung")).toBeUndefined();
  });
});

describe("a given name and a family name that is a place's word, after 'of'", () => {
  it("is a person's ('a statue of Edith Marsh')", () => {
    const body = "The statue of Edith Marsh stands outside the town hall. Marsh opened a hospital in 1915.";
    expect(typeOf(body, "Edith Marsh")).toBe("person");
  });
});

describe("a place-word name after 'a match between'", () => {
  it("is a team's", () => {
    const body = "Fighting broke out at Saturday's match between Dunmore City and Kessford Rovers.";
    expect(typeOf(body, "Dunmore City")).toBe("org");
  });
});

describe("a one-word name before what only a firm has ('Quillon's head of devices')", () => {
  it("is a body", () => {
    const body =
      "Quillon's head of devices, Mira Patel, showed the phone. Quillon said it would ship in May.";
    expect(typeOf(body, "Quillon")).toBe("org");
  });

  it("while one before a person's staff stays a person ('Roe's chief of staff')", () => {
    const body = "Halloran's chief of staff, Mira Patel, spoke first. Halloran said he would run again.";
    expect(typeOf(body, "Halloran")).toBe("person");
  });
});

describe("a town named alone beside a school named after it ('Millbrook', 'Millbrook Academy')", () => {
  it("stays the place", () => {
    const body = "A pupil from Millbrook won the contest. She studies at Millbrook Academy.";
    expect(typeOf(body, "Millbrook")).toBe("place");
    expect(actorNamed(body, "Millbrook Academy")?.aliases).toEqual([]);
  });
});

describe("a side of a result written with 'the' ('beat the Rostam Bears 3-1')", () => {
  it("is a team, and the town named alone stays a place", () => {
    const body =
      "The Kaleva Sharks beat the Rostam Bears 3-1 on Sunday. The ferry between Rostam and Kaleva was full of fans.";
    expect(typeOf(body, "Kaleva Sharks")).toBe("org");
    expect(typeOf(body, "Kaleva")).toBe("place");
    expect(typeOf("Fans cheered a 2-0 win over the Rostam Bears on Sunday.", "Rostam Bears")).toBe("org");
    expect(
      typeOf("Fans cheered a 2-0 win over the Bears on Sunday. Later the Bears apologised.", "Bears"),
    ).toBe("org");
  });
});

describe("a vessel's name ('The Mary Rose, a 12-metre trawler,', 'the cargo ship Ocean Dawn')", () => {
  it("is no actor", () => {
    expect(
      typeOf("The Mary Rose, a 12-metre trawler based in Killcarn, lost contact on Sunday.", "Mary Rose"),
    ).toBeUndefined();
    expect(typeOf("The cargo ship Ocean Dawn vanished in the night.", "Ocean Dawn")).toBeUndefined();
  });

  it("while a body described as running vessels stays one ('a ferry operator based in …')", () => {
    const body = "Harbour Ferry Services, a ferry operator based in Kessa, said the crossing was cancelled.";
    expect(typeOf(body, "Harbour Ferry Services")).toBe("org");
  });
});

describe("a noun of person before a given name and a family name that is a place's word", () => {
  it("is the person's role ('Evacuee Jenny Park')", () => {
    const body =
      'Evacuee Jenny Park left with her two dogs. "You don\'t think it will happen to you," she said.';
    expect(actorNamed(body, "Jenny Park")?.roles).toEqual(["Evacuee"]);
    expect(speakers(body)).toEqual(["Jenny Park"]);
  });

  it("in lower case before a name is a role ('former evacuee Omar Hadi')", () => {
    const body = "The camp was praised by former evacuee Omar Hadi on Monday.";
    expect(actorNamed(body, "Omar Hadi")?.roles).toEqual(["former evacuee"]);
  });
});

describe("a museum the text gives an officer ('the museum's director')", () => {
  it("is the body running it", () => {
    const body =
      "The Ashmore Museum has returned eleven bronze heads. The museum's director, Fiona Clarke, travelled with them.";
    expect(typeOf(body, "Ashmore Museum")).toBe("org");
  });
});
