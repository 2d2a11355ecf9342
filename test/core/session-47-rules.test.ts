// Speakers and actors on kinds of text written for issue 11's forty-seventh session (made-up
// sentences): military ranks written short, and the kinds the session's invented articles showed.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const actorNamed = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name);

describe("'Lt. Gen. Jo Roe': a rank written short with its qualifier", () => {
  const body =
    "Rear Adm. Hilde Varga will command the fleet from May. Brig. Gen. Osman Tekin and Lt. Col. Petra Liang were promoted too.\n\nVarga said the ships were ready.";

  it("keeps the whole rank as the role", () => {
    expect(actorNamed(body, "Hilde Varga")?.roles).toEqual(["Rear Adm."]);
    expect(actorNamed(body, "Osman Tekin")?.roles).toEqual(["Brig. Gen."]);
    expect(actorNamed(body, "Petra Liang")?.roles).toEqual(["Lt. Col."]);
  });

  it("keeps a lone rank alone", () => {
    expect(actorNamed("Hundreds cheered as Col. Ines Marek arrived.", "Ines Marek")?.roles).toEqual(["Col."]);
  });
});

const speakers = (body: string) => briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);

describe("'His wife, Loretta, … \"…,\" Mrs. Roe said': a spouse named by a given name alone", () => {
  const body =
    'Vernon Ashdale has farmed the valley for fifty years. "The rain comes later every spring," Mr. Ashdale said.\n\nHis wife, Greta, was less patient. "Vernon waits for miracles," Mrs. Ashdale said.';

  it("is who the woman of that surname is, not her husband", () => {
    expect(speakers(body)).toEqual(["Vernon Ashdale", "Greta"]);
  });

  it("is not taken for a courtesy title of the other gender", () => {
    expect(speakers(body.replace("Mrs. Ashdale said", "Mr. Ashdale said"))[1]).toBe("Vernon Ashdale");
  });
});

describe("'a former member of Congress, Gideon Marsh,': a described person set off before the verb", () => {
  it("is a person though a place's word closes the name", () => {
    const body = "But a former member of the state assembly, Kelder Marsh, said the vote was close.";
    expect(actorNamed(body, "Kelder Marsh")?.type).toBe("person");
    expect(
      actorNamed("Herons nest on the old wetland, Kelder Marsh, each spring.", "Kelder Marsh")?.type,
    ).toBe("place");
  });
});

describe("'said Cdr. Jo Roe', 'prosecutor Lic. Jo Roe': titles written short that end no sentence", () => {
  it("keep the name in the attribution", () => {
    expect(
      speakers('"We saw the flare at midnight," said Cdr. Iona Bright, the patrol boat\'s captain.'),
    ).toEqual(["Iona Bright"]);
    expect(
      speakers('"The evidence is overwhelming," federal prosecutor Lic. Marta Solís Vega told the court.'),
    ).toEqual(["Marta Solís Vega"]);
  });

  it("leave a courtesy title out of the role before it", () => {
    const body = '"The evidence is overwhelming," federal prosecutor Lic. Marta Solís Vega told the court.';
    expect(actorNamed(body, "Marta Solís Vega")?.roles).toEqual(["federal prosecutor"]);
  });
});

describe("'Jorge Alberto Medina Robles … Medina said': the first of two family names", () => {
  const body =
    'The accused, Ramón Ignacio Quintero Lara, listened without expression.\n\n"I have nothing to hide," Quintero said.';

  it("names the person alone", () => {
    expect(speakers(body)).toEqual(["Ramón Ignacio Quintero Lara"]);
  });

  it("takes a place's name only when it speaks and is nowhere a place", () => {
    const named =
      'The accused, Ramón Ignacio Medina Lara, listened.\n\n"I have nothing to hide," Medina said.';
    expect(speakers(named)).toEqual(["Ramón Ignacio Medina Lara"]);
    expect(speakers(`${named} His family moved to Medina in 1990.`)).toEqual([null]);
  });
});

describe("'Joao Carlos Pereira da Silva Neto': five names with a particle", () => {
  it("is one person", () => {
    const body =
      'Club president Joao Carlos Pereira da Silva Neto admitted the delays. "We inherited a debt," he said.';
    expect(speakers(body)).toEqual(["Joao Carlos Pereira da Silva Neto"]);
  });
});

describe("'The ministry, in a statement, said …. \"…,\" it said': a phrase set off after the body's description", () => {
  it("keeps the description the subject that 'it' points back to", () => {
    const body =
      'The court blocked the sale of the forest, a defeat for the Ministry of Lands.\n\nThe ministry, in a statement, said it respected the ruling. "We will study the judgment carefully," it said.';
    expect(speakers(body)).toEqual(["Ministry of Lands"]);
  });
});

describe("'The club's main creditor, investment fund Norte Capital, said': a body's kind before its name", () => {
  it("makes the body named the speaker, not the owner of the description", () => {
    const body =
      'Harbour Town FC has missed two months of wages.\n\nThe club\'s largest creditor, pension fund Grayling Capital, said in a statement that it was "following events closely."';
    expect(speakers(body)).toEqual(["Grayling Capital"]);
  });
});

const quotesOf = (body: string) => briefOfText(body).quotes;

describe("'said Jo Roe, 72, a retired schoolteacher': a description after an age", () => {
  const body = '"The smoke came so fast," said Ivor Pendle, 72, a retired schoolteacher from Marrow Hill.';

  it("is the quote's speaker's role", () => {
    expect(quotesOf(body)[0]?.speaker?.role).toBe("retired schoolteacher from Marrow Hill");
  });

  it("is not taken where no description follows the age", () => {
    expect(
      quotesOf('"The smoke came so fast," said Ivor Pendle, 72, before the crew arrived.')[0]?.speaker?.role,
    ).toBe(undefined);
  });
});

describe("occupations joined or hyphenated: 'seamstress', 'dockworker', 'vice-president'", () => {
  it("are roles set off beside a name", () => {
    const body =
      "Lan Thi Ha, 29, a seamstress, said the doors were locked. Its vice-president, Bui Van Toan, said the firm would pay. Aled Rees, a dockworker, said the cranes stopped.";
    expect(actorNamed(body, "Lan Thi Ha")?.roles).toEqual(["seamstress"]);
    expect(actorNamed(body, "Bui Van Toan")?.roles).toEqual(["vice-president"]);
    expect(actorNamed(body, "Aled Rees")?.roles).toEqual(["dockworker"]);
  });
});

describe('\'"…, weren\'t you, Ms Roe?" he asked. ¶ "…," she replied\': the one a question addresses', () => {
  const body = (question: string) =>
    `The witness, Clara Dunmore, said she saw the fire start. Prosecutor Helen Ward asked how she could be sure. Dunmore said it was her birthday.\n\nThe defence lawyer, Martin Oyelaran, suggested she bore a grudge. He pressed her on dates. He raised her pay.\n\n"${question}" he asked.\n\n"I was made redundant," she replied.`;

  it("answers it", () => {
    expect(speakers(body("You were dismissed, weren't you, Ms Dunmore?"))).toEqual([
      "Martin Oyelaran",
      "Clara Dunmore",
    ]);
  });

  it("is nobody's when the question names no one at its close", () => {
    expect(speakers(body("Ms Dunmore, you were dismissed, weren't you?"))[1]).toBe(null);
  });
});

describe("'Finn Larrabee … \"Finn has saved us\"': a people's noun that is someone's given name", () => {
  const body =
    'Goalkeeper Finn Larrabee saved two penalties.\n\n"Finn has saved us all season," said manager Tobias Redcliffe.';

  it("is that person, not the people's country", () => {
    expect(actorNamed(body, "Finn Larrabee")?.aliases).toEqual(["Finn"]);
    expect(actorNamed(body, "Finland")).toBe(undefined);
  });

  it("stays the country's before a noun", () => {
    expect(actorNamed(`${body} Finn fans sang.`, "Finland")?.aliases).toEqual(["Finn"]);
  });
});

describe("datelines: 'CALDER FALLS —' and 'NEW DELHI:'", () => {
  const dated = (dateline: string) =>
    `Flood warning\n\n${dateline} Residents were told to leave their homes on Monday as the river rose.`;

  it("name a town no list knows when shaped as a place's name", () => {
    expect(actorNamed(dated("CALDER FALLS —"), "Calder Falls")?.type).toBe("place");
    expect(actorNamed(dated("SAN ALDARO —"), "San Aldaro")?.type).toBe("place");
    expect(briefOfText(dated("MARKETS SLIDE —")).actors).toEqual([]);
  });

  it("name a known place before a colon", () => {
    expect(actorNamed(dated("NEW DELHI:"), "New Delhi")?.type).toBe("place");
  });
});

describe("'the Commission for Conciliation, Mediation and Arbitration (CCMA)': a name its acronym spells", () => {
  it("is one body, commas and all, with the acronym as its alias", () => {
    const body =
      "The dispute went to the Commission for Conciliation, Mediation and Arbitration (CCMA) on Monday. The CCMA said talks would resume.";
    expect(actorNamed(body, "Commission for Conciliation, Mediation and Arbitration")?.aliases).toEqual([
      "CCMA",
    ]);
  });

  it("keeps words a country or a title would take off it", () => {
    const body = "The Vietnam General Confederation of Labour (VGCL) said it would help the families.";
    expect(actorNamed(body, "Vietnam General Confederation of Labour")?.type).toBe("org");
  });

  it("is not rebuilt when the letters spell something else", () => {
    const body =
      "The dispute went to the Commission for Conciliation, Mediation and Arbitration (CCA) on Monday.";
    const names = briefOfText(body).actors.map((a) => a.name);
    expect(names.some((name) => name.includes("Conciliation, Mediation"))).toBe(false);
  });

  it("is not rebuilt for an office, a title and its body's name", () => {
    const body =
      "Asha Rao, the Coastal Railway Manager (CRM) for Kessa Division, said the line would reopen.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Coastal Railway Manager");
  });
});

describe("'Lakeshore Analytics for the Arizona Courier': one body working for another", () => {
  it("is two bodies", () => {
    const body = "The poll was conducted by Brightwater Analytics for the Kessford Courier last week.";
    const names = briefOfText(body).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Brightwater Analytics", "Kessford Courier"]));
  });

  it("is one where the name runs on after 'for the'", () => {
    const body = "The report came from the Kessa Foundation for the Care of Dune Birds on Monday.";
    expect(briefOfText(body).actors.map((a) => a.name)).toContain(
      "Kessa Foundation for the Care of Dune Birds",
    );
  });
});

describe("descriptions set off before a name", () => {
  it("'The moderator, Jo Roe of WKTV,': the body may follow the name before the comma", () => {
    const body = "The moderator, Celia Marr of WKTB, pressed both candidates on taxes.";
    expect(actorNamed(body, "Celia Marr")?.roles).toEqual(["moderator"]);
  });

  it("'A person close to the finance minister, Jo Roe,': the name is the minister's", () => {
    const body = "A person close to the finance minister, Osric Pell, said Mr. Pell was worried.";
    expect(actorNamed(body, "Osric Pell")?.roles).toEqual(["finance minister"]);
  });
});

describe("honorifics of South and Southeast Asia and Nigeria: 'Shri', 'Datuk', 'Alhaji'", () => {
  it("keep the name whole and the role before them", () => {
    const body =
      '"We moved 3,000 people," said district head Datuk Arif Gede Santoso. Board secretary Shri Anand Rao Kulkarni said the board would meet.';
    expect(speakers(body)).toEqual(["Arif Gede Santoso"]);
    expect(actorNamed(body, "Anand Rao Kulkarni")?.roles).toContain("secretary");
  });
});

describe("places named in lists", () => {
  it("'the provinces of Albay and Camarines Sur': every name a plural kind of place lists", () => {
    const body = "Cargo moved through the ports of Kessa and Marco Delgado after the storm.";
    expect(actorNamed(body, "Marco Delgado")?.type).toBe("place");
  });

  it("'in Perth and Kinross Glen': a name joined to a known place after a preposition of place", () => {
    expect(actorNamed("Schools in Perth and Kinross Glen will close.", "Kinross Glen")?.type).toBe("place");
    expect(
      actorNamed("Wins for Jo Tarn in Iowa and Kinross Glen in Ohio came late.", "Kinross Glen")?.type,
    ).not.toBe("place");
  });

  it("'the Mau Narok settlement': a settlement is a place", () => {
    expect(actorNamed("Families in the Oloro Narit settlement were evicted.", "Oloro Narit")?.type).toBe(
      "place",
    );
  });
});

describe("'\"…,\" Ms. Roe answered': 'answered' closes an attribution as 'said' does", () => {
  it("keeps both parts of the quote, the speaker's", () => {
    const body =
      'Trial\n\n"I was frightened," Ms. Quaile answered. "I did not remember every detail at once."';
    expect(quotesOf(body).map((q) => q.speaker?.name)).toEqual(["Quaile"]);
    expect(quotesOf(body)[0]?.text).toContain("I did not remember");
  });
});

describe("'His wife, June Haskins,': a month that is also a given name", () => {
  it("opens the name", () => {
    const body =
      'His wife, June Tarrow, 76, kept quiet. "I want my children to stay," she said. Her neighbour, April Coyle, agreed.';
    expect(speakers(body)).toEqual(["June Tarrow"]);
    expect(actorNamed(body, "April Coyle")?.type).toBe("person");
  });

  it("is the month after a preposition or an article, or before a deity", () => {
    const names = briefOfText(
      "In June Parliament voted. At a June Tarrow rally, he spoke. She wrote: May God keep them.",
    ).actors.map((a) => a.name);
    expect(names).not.toContain("June Parliament");
    expect(names).not.toContain("June Tarrow");
    expect(names).not.toContain("May God");
  });
});

describe("'a spokesman for Pinecrest Mutual': who has a spokesperson", () => {
  it("is a body, not a person", () => {
    const body = "A spokesman for Harrowgate Mutual, Derek Voss, said the claims were under review.";
    expect(actorNamed(body, "Harrowgate Mutual")?.type).toBe("org");
    expect(
      actorNamed("A spokeswoman for Quellon said the deal was done. Quellon shares fell.", "Quellon")?.type,
    ).toBe("org");
  });
});

describe("'According to the indictment, Roe … \"…\"': a document as the sentence's source", () => {
  it("says the words quoted after it, not the clause's subject", () => {
    const body =
      'According to the indictment, Mr. Stavros owed Mr. Lund $400,000 and "had made repeated threats to settle it."';
    expect(speakers(body)).toEqual(["the indictment"]);
  });

  it("not a person as the source", () => {
    const body = 'According to his lawyer, Mr. Stavros "had made no threats at all."';
    expect(speakers(body)[0]).not.toBe("his lawyer's");
    expect(speakers(body)[0]).not.toBe("the indictment");
  });
});

describe("descriptions that point back to someone named", () => {
  it("'the coroner', 'the paramedic': a noun of occupation the text gave a person", () => {
    const body =
      'The coroner, Dr Hilary Voss, opened the hearing. "There were clear failings in his care," the coroner said.';
    expect(speakers(body)).toEqual(["Hilary Voss"]);
  });

  it("'the force': a police force named just before", () => {
    const body =
      'Kessmoor Police said officers were called at 2am. "Enquiries are continuing," the force said.';
    expect(speakers(body)).toEqual(["Kessmoor Police"]);
  });

  it("'the company': no public body named just before", () => {
    const body =
      'A complaint was filed with the National Fair Trading Board on Monday. The company said the complaint was "without merit and politically motivated."';
    expect(speakers(body)).toEqual(["The company"]);
  });

  it("'Cr Roe': a councillor's title written short", () => {
    const body = 'Councillor Ruth Penhale opposed the plan. "It is a waste of money," Cr Penhale said.';
    expect(speakers(body)).toEqual(["Ruth Penhale"]);
    expect(
      speakers('Cr Ruth Penhale opposed the plan. "It is a waste of money," the councillor said.'),
    ).toEqual(["Ruth Penhale"]);
  });

  it("'His family said …. \"…,\" they said': a family as 'they'", () => {
    const body =
      'His family said he died peacefully at home. "He was surrounded by music to the end," they said.';
    expect(speakers(body)).toEqual(["His family"]);
  });

  it("'The bankruptcy filing lists …. It says': a document subject as 'it'", () => {
    const body =
      'Brackwater Ventures collapsed in May. The bankruptcy filing lists debts of $61 million. It says the remaining cash "is insufficient to fund operations."';
    expect(speakers(body)).toEqual(["The bankruptcy filing"]);
  });
});

describe("'Climate Action Network said' where the text also writes 'climate'", () => {
  it("keeps the first word of a body's name never written without it", () => {
    const body =
      'Talks at the climate summit overran. Climate Action Network said the draft was "deeply disappointing for poorer nations."';
    expect(speakers(body)).toEqual(["Climate Action Network"]);
  });

  it("drops it where the rest is written alone", () => {
    const body =
      "Talks at the climate summit overran. Climate Action Network said the draft was weak. Action Network staff agreed.";
    expect(briefOfText(body).actors.map((a) => a.name)).not.toContain("Climate Action Network");
  });
});

describe("people speaking together", () => {
  it("'the couple said': the two people named together just before", () => {
    const body =
      'Renata and Paul Brisco ran a bait shop for thirty years. "We just could not do another year of this," the couple said.';
    expect(speakers(body)).toEqual(["Renata and Paul Brisco"]);
  });

  it("'Its co-chairs, Jo Roe and Al Poe, said': two people set off after a description", () => {
    const body =
      'Its co-chairs, Rev. Denise Corran and Samuel Whitlow, said in a joint letter that the cuts would "shortchange the families who have waited longest."';
    expect(speakers(body)).toEqual(["Denise Corran and Samuel Whitlow"]);
  });
});

describe("'Then-Senator Jo Roe, now the governor,': a description after 'now'", () => {
  it("is a role the description 'the governor' finds", () => {
    const body =
      'Then-Senator Ellis Parrow, now the governor, wrote the bill in 2009. "I stand by every word of it," the governor said.';
    expect(speakers(body)).toEqual(["Ellis Parrow"]);
  });
});

describe("'CANBERRA — The Senate …': a bare legislature under another country's capital", () => {
  it("is that country's, not the United States'", () => {
    const body =
      "Budget row\n\nCANBERRA — The Senate blocked the budget on Tuesday. Senator Jo Hale said it was a mistake.";
    const names = briefOfText(body).actors.map((a) => a.name);
    expect(names).toContain("Senate");
    expect(names).not.toContain("United States Senate");
  });
});

describe("'Roe's team, Flandria-Orbis, said': a word set off after a noun of a team", () => {
  it("is the team, which 'the team' then points back to", () => {
    const body =
      'Van Dael\'s team, Brabant-Orvis, said it had suspended him. "We have zero tolerance," the team said.';
    expect(actorNamed(body, "Brabant-Orvis")?.type).toBe("org");
    expect(speakers(body)).toEqual(["Brabant-Orvis"]);
  });
});

describe("'The court heard Roe had sent a message saying \"…\"': who hears is never who speaks", () => {
  it("gives the words to the one the court heard of", () => {
    const body =
      'Desmond Hallett, 38, admitted arson at Northfleet Crown Court.\n\nThe court heard Hallett had sent a text message saying the firm would "regret the day it crossed me".';
    expect(speakers(body)).toEqual(["Desmond Hallett"]);
  });
});

describe("'Responding to Roe, who called the results \"…\", Doe said': a relative clause of naming", () => {
  it("gives the words to its antecedent, not to who speaks after them", () => {
    const body =
      'Responding to Mr Ainsworth, who called the results "a real disappointment for investors", Ms Solvang said she was confident. Tom Ainsworth is an analyst. Kari Solvang runs the firm.';
    expect(speakers(body)).toEqual(["Tom Ainsworth"]);
  });
});

describe("'Recording a conclusion of accidental death, the area coroner, Dr Jo Roe, said'", () => {
  it("takes the description after a fronted participle's phrase as the role", () => {
    const body =
      "Recording a conclusion of accidental death, the area coroner, Dr Helena Mabry, said the crash could not have been foreseen.";
    expect(actorNamed(body, "Helena Mabry")?.roles).toContain("area coroner");
  });
});

describe("'The ad ends with footage of Roe saying, \"…\"': the one a recording shows", () => {
  it("says the words, not the ad", () => {
    const body =
      'A new ad seizes on remarks by Jane Dorne. The ad uses footage of Jane Dorne asking, "Why am I not fifty points ahead of him by now?"\n\nThe spot ends with footage of Tom Rook saying during the debate, "That makes me very smart indeed."';
    expect(speakers(body)).toEqual(["Jane Dorne", "Tom Rook"]);
  });
});

describe("'Gov. Earl Ray Tomblin lauded Roe for \"…\"': praise as attribution, a title-shaped given name", () => {
  it("gives the words to whoever lauds, named in full after the title", () => {
    const body =
      'In January, Gov. Earl Ray Tarrant of Westland lauded Mr. Okafor at the opening of the plant for bringing "fresh and very bold thinking to the valley."';
    expect(speakers(body)).toEqual(["Earl Ray Tarrant"]);
  });
});

describe("'Westmarch Coroner's Court': a title's possessive before the court it heads", () => {
  it("is one body's name", () => {
    const body = "The inquest at Kessmere Coroner's Court heard the crash was avoidable.";
    expect(actorNamed(body, "Kessmere Coroner's Court")?.type).toBe("org");
  });
});

describe("'Roe finished second behind Doe. \"…,\" the Frenchman said'", () => {
  it("is the subject opening the sentence before, others named there only after a preposition", () => {
    const body =
      'Arnaud Morel finished second behind Elliot Vane. "We had the pace to win today," the Frenchman said.';
    expect(speakers(body)).toEqual(["Arnaud Morel"]);
  });

  it("is nobody named when another person there is no preposition's object", () => {
    const body = 'Arnaud Morel and Elliot Vane crashed. "We had the pace to win today," the Frenchman said.';
    expect(speakers(body)).toEqual(["the Frenchman"]);
  });
});

describe("'said Dr. Jo Roe, the agency's director general': an honour before the name", () => {
  it("gives way to the description set off after it as the quote's role", () => {
    const body =
      "\"We stopped borrowing other countries' eyes,\" said Dr. Marisol Quintero, the agency's director general.";
    expect(quotesOf(body)[0]?.speaker?.role).toBe("agency's director general");
  });
});

describe("'Engr. Jo Roe, a spokesman for the campaign, dismissed … as \"…\"': an honour before a subject", () => {
  it("gives way to the description set off after the name", () => {
    const body =
      'Engr. Tunde Adeyemi-Cole, a spokesman for the APC campaign, dismissed the claims as "the usual cry of a losing side."';
    expect(quotesOf(body)[0]?.speaker?.role).toBe("spokesman for the APC campaign");
  });

  it("stays the role where no description follows", () => {
    const body = 'Engr. Tunde Adeyemi-Cole dismissed the claims as "the usual cry of a losing side."';
    expect(quotesOf(body)[0]?.speaker?.role).toBe("Engr.");
  });
});
