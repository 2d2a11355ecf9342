// Speakers and actors on kinds of text written for issue 11's forty-sixth session (made-up
// sentences): descriptions that point back to someone named, one of a group named after "said
// one", bodies known by what they make or own, and names that are no actor at all.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const speakers = (body: string) => briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);
const actorNamed = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name);
const typeOf = (body: string, name: string) => actorNamed(body, name)?.type;
const names = (body: string) => briefOfText(body).actors.map((a) => a.name);

describe("'The minister was defiant. \"…,\" she said': a description just before the pronoun", () => {
  const text = (between: string, pronoun = "she") =>
    `Transport Minister Olga Brandt announced the fare rise on Monday.\n\nCommuter groups were angry. "It is a tax on work," said Piet Vos of the Rail Users Forum. Unions agreed. Councils wrote letters. Students marched.\n\nThe minister was unmoved.${between} "The railway has to pay for itself," ${pronoun} said.`;

  it("is the person the description names, past the pronoun's usual reach", () => {
    expect(speakers(text(""))).toEqual(["Piet Vos", "Olga Brandt"]);
  });

  it("is not when someone is named between the description and the pronoun", () => {
    expect(
      speakers(text("").replace("unmoved.", "unmoved, and her deputy, Karin Holm, spoke first."))[1],
    ).not.toBe("Olga Brandt");
  });

  it("is not when the pronoun's gender differs from the person's", () => {
    expect(speakers(text("", "he"))[1]).not.toBe("Olga Brandt");
  });
});

describe("'said one, Jo Roe': one of a group just named, named after a comma", () => {
  it("is the person named", () => {
    const body =
      'Several shoppers were angry about the closure. "I have come here for forty years," said one, Nora Quist. "Where do we go now?"';
    expect(speakers(body)).toEqual(["Nora Quist"]);
  });
});

describe("'her editor of three decades, Jo Roe': a description with a phrase after its noun", () => {
  it("names the person set off after it as the speaker", () => {
    const body =
      'The novelist Ada Wren has died aged 91. "She never wrote a lazy sentence," said her agent of forty years, Colin Marsh of Fenwick Literary.';
    expect(speakers(body)).toEqual(["Colin Marsh"]);
  });
});

describe("'His sister was less sure, he says. \"…\"': the owner of the relative in the pronoun's own sentence", () => {
  it("is who the pronoun is, so the quote after is theirs", () => {
    const body =
      'Aram Petrosyan restored the old mill himself. "It took six years," he says.\n\nHis sister was less sure about it, he says. "She called it my folly. She comes every weekend now."';
    expect(speakers(body)).toEqual(["Aram Petrosyan", "Aram Petrosyan"]);
  });

  it("is not when the pronoun is of the other gender ('Her sister …, he says')", () => {
    const body =
      'Aram Petrosyan restored the old mill himself. Mira Sand helped. "It took six years," he says.\n\nHer sister was less sure about it, he says. "She called it a folly."';
    expect(speakers(body)[1]).toBe(null);
  });
});

describe("'A worker on the night shift, who …, said': someone described with 'on' and a clause", () => {
  it("stands between a later 'he' and the speaker before", () => {
    const body =
      '"We want a fair deal," said union organiser Ashley Finch.\n\nA worker on the night shift, who asked not to be named because he feared for his job, said morale was low. "People are scared," he said.';
    expect(speakers(body)).toEqual(["Ashley Finch", "A worker on the night shift"]);
  });
});

describe("'Its chair, Sir Jo Roe, said … \"…,\" he said': an honour before the name set off", () => {
  it("leaves the name the pronoun's antecedent", () => {
    const body =
      'Lena Ortiz said in a letter that she had "made errors" in the accounts.\n\nHollowbrook Trust\'s chair of governors, Sir Peter Vance, said the board had acted at once. "We are sorry," he said.';
    expect(speakers(body)).toEqual(["Lena Ortiz", "Peter Vance"]);
  });
});

describe("'the judge said' for a judge titled Justice", () => {
  it("is the justice named before", () => {
    const body =
      'Mrs Justice Harlow granted the order on Friday. "The risk of harm is real," the judge said in her ruling.';
    expect(speakers(body)).toEqual(["Harlow"]);
  });

  it("is not a justice minister", () => {
    const body =
      'Justice Minister Karl Weber criticised the court. "The sentence is far too short," the judge said.';
    expect(speakers(body)).not.toEqual(["Karl Weber"]);
  });
});

describe("'the Irishwoman said': a people's adjective joined to 'woman' or 'man'", () => {
  it("is the one person opening the sentence before, as 'the Dane' is", () => {
    const body =
      'Carla Nunes won in six rounds.\n\nMaeve Tierney, who had never lost, was gracious. "She was the better boxer tonight," the Irishwoman said.';
    expect(speakers(body)).toEqual(["Maeve Tierney"]);
  });

  it("is the person the text places in that country", () => {
    const body =
      'Irish rower Maeve Tierney finished second behind Carla Nunes. Nunes said the water was rough. "I had nothing left," the Irishwoman said.';
    expect(speakers(body)).toEqual(["Maeve Tierney"]);
  });
});

describe("roles before a name that open the sentence", () => {
  it("keep a given name that qualifies the role as part of it, and no actor ('Marine biologist Dr. Jo Roe')", () => {
    const body = "Marine biologist Dr. Ines Carvalho said the reef was recovering.";
    expect(actorNamed(body, "Ines Carvalho")?.roles).toEqual(["Marine biologist"]);
    expect(names(body)).not.toContain("Marine");
  });

  it("keep a given name that is someone's, not before a role ('Marine Duval said')", () => {
    expect(names("Marine Duval said the reef was recovering.")).toContain("Marine Duval");
  });

  it("hold coroners, bowlers and players of instruments", () => {
    const body =
      "Senior coroner Alan Pike opened the inquest. Fast bowler Jed Cross took five wickets. The concert was led by principal cellist Ruth Amsel.";
    expect(actorNamed(body, "Alan Pike")?.roles).toEqual(["Senior coroner"]);
    expect(actorNamed(body, "Jed Cross")?.roles).toEqual(["Fast bowler"]);
    expect(actorNamed(body, "Ruth Amsel")?.roles).toEqual(["principal cellist"]);
  });

  it("leave out a negated verb before them ('did not satisfy local councillor Jo Roe')", () => {
    const body = "The apology did not satisfy local councillor Hana Berg, who wants an inquiry.";
    expect(actorNamed(body, "Hana Berg")?.roles).toEqual(["local councillor"]);
  });
});

describe("places", () => {
  it("a people's adjective before a known range or region is that part of it ('the Swiss Alps')", () => {
    const body = "Two climbers died in the Swiss Alps, and a third was hurt in the Canadian Rockies.";
    expect(typeOf(body, "Swiss Alps")).toBe("place");
    expect(typeOf(body, "Canadian Rockies")).toBe("place");
  });

  it("a compass or size adjective alone opening a sentence is no actor ('Central bank …')", () => {
    const body =
      "Central bank officials met on Monday. Northern districts lost power. Fighting spread in the North.";
    expect(names(body)).not.toContain("Central");
    expect(names(body)).not.toContain("Northern");
  });

  it("what only a country has, then 'of', names a place, not a body's short name ('the central bank of X')", () => {
    const body =
      "The central bank of Quorvia raised rates again. The Quorvia Reserve Bank said prices were still rising.";
    expect(typeOf(body, "Quorvia")).toBe("place");
    expect(actorNamed(body, "Quorvia Reserve Bank")?.aliases ?? []).not.toContain("Quorvia");
  });

  it("'Governor Jo Roe of X' names the state or town the office serves", () => {
    const body = "Governor Dale Harper of Norland signed the bill on Friday.";
    expect(typeOf(body, "Norland")).toBe("place");
  });

  it("but 'of' after someone with no elected office says nothing of a place", () => {
    expect(typeOf("Professor Dale Harper of Quillmere spoke on Friday.", "Quillmere")).not.toBe("place");
  });
});

describe("bodies", () => {
  it("a name of several words set off after a body described ('The company that runs the mine, X,')", () => {
    const body = "The company that runs the quarry, Pedras Norte Lda, said it would pay for repairs.";
    expect(typeOf(body, "Pedras Norte Lda")).toBe("org");
  });

  it("not a person's name set off after a person described", () => {
    const body = "The man who runs the quarry, Tiago Mendes, said he would pay for repairs.";
    expect(typeOf(body, "Tiago Mendes")).toBe("person");
  });

  it("a maker of things ('phone maker X'), not of films ('film maker X')", () => {
    expect(typeOf("Regulators fined phone maker Zentro on Monday.", "Zentro")).toBe("org");
    expect(typeOf("The prize went to film maker Varda on Monday. Varda said she was moved.", "Varda")).toBe(
      "person",
    );
  });

  it("what only a firm has after its name's possessive ('X's managing director', 'X's shares')", () => {
    expect(typeOf("Quellon's managing director, Ivo Kral, apologised.", "Quellon")).toBe("org");
    expect(typeOf("Brixa's shares were little changed after the ruling.", "Brixa")).toBe("org");
  });

  it("one that speaks of 'its' after a few words ('X said output at its plant')", () => {
    expect(typeOf("Velmora said output at its plant in Dunmore would fall.", "Velmora")).toBe("org");
  });

  it("not one whose 'its' belongs to a noun or a pronoun between ('X said the club had lost its way')", () => {
    expect(typeOf("Varga said the club had lost its way.", "Varga")).toBe("person");
    expect(typeOf("Varga said he had lost its key.", "Varga")).toBe("person");
  });

  it("a museum named with 'of' that the text gives an officer ('X Museum of Asian Art … the museum's director')", () => {
    const body =
      'The statues were sold to the Kellbrook Museum of Eastern Art in 1991. "We were misled," said the museum\'s director, Ana Sousa.';
    expect(typeOf(body, "Kellbrook Museum of Eastern Art")).toBe("org");
    expect(
      typeOf(
        "The statues stood in the Kellbrook Museum of Eastern Art until 1991.",
        "Kellbrook Museum of Eastern Art",
      ),
    ).toBe("place");
  });
});

describe("a name that names a disease ('Alzheimer's disease')", () => {
  it("is no actor, though a body named after it is", () => {
    const body =
      "Alzheimer's pill slows decline, maker says\n\nA new pill slowed memory loss in people with early Alzheimer's disease by about a third over a year, its maker said. The Alzheimer's Society called it a step forward.";
    expect(names(body)).not.toContain("Alzheimer");
    expect(typeOf(body, "Alzheimer's Society")).toBe("org");
  });
});

describe("a machine's name given after its noun ('The car, named Helios III,')", () => {
  it("is no actor", () => {
    const body = "The car, named Solaris IV, averaged 80 km/h. A drone called Kestrel Blue filmed it.";
    expect(names(body)).not.toContain("Solaris IV");
    expect(names(body)).not.toContain("Kestrel Blue");
  });
});

describe("a people's adjective after a verb of speaking or learning a tongue", () => {
  it("is a language, no place ('speaks no English', 'learned Spanish at school')", () => {
    const body = "Jan, who speaks no Portuguese, learned Swedish at school in Brno.";
    expect(names(body)).not.toContain("Portugal");
    expect(names(body)).not.toContain("Sweden");
  });

  it("is still the country before a noun it qualifies ('the Swedish government')", () => {
    expect(names("He speaks for the Swedish government.")).toContain("Sweden");
  });
});

describe("'X reported that Y had called Z \"…\"': a verb of saying in a reported clause", () => {
  it("gives the words to the reported clause's subject", () => {
    const body =
      'The Evening Ledger reported on Monday that the aide, Oskar Lind, had described farmers as "a lobby we can ignore" in a message.';
    expect(speakers(body)).toEqual(["Oskar Lind"]);
  });

  it("not to a participle's clause, which goes with the main verb", () => {
    const body = 'Nadia Sorel said on Monday that ministers ignored her plan, calling it a "talking shop."';
    expect(speakers(body)).toEqual(["Nadia Sorel"]);
  });

  it("nor after a modal, where the clause says what should be said", () => {
    const body = 'Nadia Sorel said on Monday that the party should have called the plan "a talking shop."';
    expect(speakers(body)).toEqual(["Nadia Sorel"]);
  });
});

describe("'\"…,\" he scoffs': any verb of reporting right after a pronoun", () => {
  it("attributes the quote before it", () => {
    const body =
      'Ivo Marek wrote a long essay on the budget. "The treasury has not failed the regions," he scoffs. "The regions have failed the treasury."';
    expect(speakers(body)).toEqual(["Ivo Marek", "Ivo Marek"]);
  });
});

describe("'She pauses.' as a paragraph between the speaker's quote and a quote-only paragraph", () => {
  it("keeps the speaker", () => {
    const body =
      '"I am calling from the library about your overdue books," Edith Crane said into the phone.\n\nShe pauses.\n\n"Well, thank you. We will see you on Monday."';
    expect(speakers(body)).toEqual(["Edith Crane", "Edith Crane"]);
  });

  it("not when the pronoun is someone else's", () => {
    const body =
      '"I am calling from the library about your overdue books," Edith Crane said into the phone.\n\nHe pauses.\n\n"Well, thank you. We will see you on Monday."';
    expect(speakers(body)[1]).toBe(null);
  });
});

describe("more of what a town, a club or a person has", () => {
  it("a town before its council in lower case ('Kessford council voted')", () => {
    expect(typeOf("Dunhallow council voted on Tuesday to close two pools.", "Dunhallow")).toBe("place");
  });

  it("not a place's own word there ('City council hit by attack')", () => {
    expect(
      names("City council hit by attack\n\nThe Dunhallow City Council said its systems were down."),
    ).not.toContain("City");
  });

  it("a club before its sporting director ('X's sporting director')", () => {
    const body = "Mendes signed on Friday. Azzurra's sporting director, Luca Bassi, said the fee was fair.";
    expect(typeOf(body, "Azzurra")).toBe("org");
  });

  it("'retired' opening a role ('retired teacher Jo Roe')", () => {
    const body = "Among them was retired teacher Moira Quill, 74.";
    expect(actorNamed(body, "Moira Quill")?.roles).toEqual(["retired teacher"]);
  });
});

describe("a body's name after a noun of its kind opening the sentence ('Developer Greenhill Estates says')", () => {
  it("is that body", () => {
    expect(typeOf("Developer Hollin Estates says the scheme includes a school.", "Hollin Estates")).toBe(
      "org",
    );
  });

  it("not a person's name after it ('Publisher Jane Roe')", () => {
    expect(typeOf("Publisher Marta Quill says the book sold well.", "Marta Quill")).toBe("person");
  });
});

describe("a body's name that took its field after 'of' takes one 'for' phrase", () => {
  it("joins it ('Court of Arbitration for Sport')", () => {
    expect(names("He will appeal to the Tribunal of Arbitration for Sailing next week.")).toContain(
      "Tribunal of Arbitration for Sailing",
    );
  });
});

describe("names that are parts of other names", () => {
  it("the one word a state's formal name closes on is that state ('Republic of X … X')", () => {
    const body = "Troops of the Republic of Velsk crossed the river. Velsk says 40 soldiers died.";
    expect(actorNamed(body, "Republic of Velsk")?.aliases).toContain("Velsk");
    expect(names(body)).not.toContain("Velsk");
  });

  it("two parties named together in the plural are each party ('the Democratic and Republican Parties')", () => {
    const body = "The Democratic and Republican Parties hold primaries. The Republican Party chose Ohio.";
    expect(names(body).filter((n) => n.startsWith("Republican"))).toEqual(["Republican Party"]);
  });

  it("a country's district before a court's officer names no place ('a United States District judge')", () => {
    expect(
      names("The count stopped when Ann Holt, a United States District judge, halted it."),
    ).not.toContain("United States District");
  });
});

describe("'The club said': the club or the charity named just before", () => {
  it("is that body, not one named after a preposition", () => {
    const body =
      'Harwell Wanderers sacked their manager after a 4-0 defeat by Dunmore Athletic. The club said the decision had been "painful but right."';
    expect(speakers(body)).toEqual(["Harwell Wanderers"]);
  });

  it("is no one named when no body was named in the sentence before", () => {
    const body =
      'Harwell Wanderers sacked their manager.\n\nFans gathered outside the ground on Sunday. The club said the decision had been "painful but right."';
    expect(speakers(body)).toEqual(["The club"]);
  });
});

describe("where someone moved from, after the body they joined ('joined Rovers from Portland Town')", () => {
  it("is a body, whatever place word closes its name", () => {
    const body = "Lewis, 29, joined Kessford Rovers from Ashby Town in the summer.";
    expect(typeOf(body, "Ashby Town")).toBe("org");
    expect(typeOf("Lewis joined Kessford Rovers from Brightlane in May.", "Brightlane")).toBe("org");
  });

  it("but a town after 'from' elsewhere stays a place", () => {
    expect(typeOf("Lewis, 29, travelled from Ashby Town in the summer.", "Ashby Town")).not.toBe("org");
  });
});

describe("a letter's words after 'it begins': the one who wrote the letter", () => {
  const text = (verb: string) =>
    `Greta Holm, who has driven the village bus for 30 years, wrote the letter to her passengers before retiring.\n\n"Dear friends, you were late and cheerful and kind," it ${verb}. "Thank you for every single morning."`;

  it("is the writer the sentence before names", () => {
    // (After "reads" the two quoted sentences are one quote.)
    expect(speakers(text("begins"))).toEqual(["Greta Holm", "Greta Holm"]);
    expect(speakers(text("reads"))).toEqual(["Greta Holm"]);
  });

  it("is no one when nobody is said to have written it", () => {
    const body =
      'Greta Holm, who has driven the village bus for 30 years, found the letter on her seat.\n\n"Dear friends, you were late and cheerful and kind," it begins.';
    expect(speakers(body)).toEqual([null]);
  });
});

describe("a headline in title case", () => {
  it("names no one by a verb's form after a title ('Former Minister Convicted of Bribery')", () => {
    const body =
      "Former Minister Convicted of Fraud\n\nThe court ruled on Monday that the sentence would stand.";
    expect(names(body)).toEqual([]);
  });

  it("names no one by a given name and a common word after it ('Leader Arrested in Dawn Raid')", () => {
    const body =
      "Opposition Leader Arrested in Dawn Raid\n\nThe court ruled on Monday that the sentence would stand.";
    expect(names(body)).not.toContain("Dawn Raid");
  });

  it("keeps a name the text names below it ('Judge Sentences Harding')", () => {
    const body =
      "Judge Sentences Harding Over Fraud\n\nHarding, 52, was jailed for six years on Monday. Harding said he would appeal.";
    expect(names(body)).toContain("Harding");
  });
});

describe("given names of more languages", () => {
  it("tell 'he' from 'she' ('Petra Holm coached Erik Lind. \"…,\" he said')", () => {
    const body = 'Petra Holm coached Mateo Ruiz for six years. "It paid off," he said.';
    expect(speakers(body)).toEqual(["Mateo Ruiz"]);
  });
});

describe("a quote running on into the next paragraph with its attribution at the end", () => {
  it("is the speaker's whose attribution closes it", () => {
    const body =
      'Residents were angry on Monday.\n\n"We lost everything in one night. Nobody came to warn us.\n\n"Now the insurers will not pay," said Enid Lowe.';
    expect(speakers(body)).toEqual(["Enid Lowe", "Enid Lowe"]);
  });
});

describe("a person whose given name is also a place's ('said Savannah Hill, 34')", () => {
  it("is a person before an age set off, and keeps the quote", () => {
    const body = '"It was very loud," said Savannah Hill, 34. Sydney Park, 41, agreed.';
    expect(typeOf(body, "Savannah Hill")).toBe("person");
    expect(typeOf(body, "Sydney Park")).toBe("person");
    expect(speakers(body)).toEqual(["Savannah Hill"]);
  });
});

describe("a known noun of person opening a sentence before a name no list knows ('Fisherman Dai Trevena')", () => {
  it("is the person's role, not part of the name", () => {
    const body = "Fisherman Dai Trevena said the sea was rough. Driver Ffion Hughes said the road was shut.";
    expect(actorNamed(body, "Dai Trevena")?.roles).toEqual(["Fisherman"]);
    expect(actorNamed(body, "Ffion Hughes")?.type).toBe("person");
  });

  it("not a title before a place's name ('Queen Victoria Market')", () => {
    expect(names("Queen Victoria Market reopened on Monday.")).toContain("Queen Victoria Market");
  });
});

describe("'Kate Mills is a spokeswoman for Harlow Water.': a role given with 'is' or 'was'", () => {
  it("is the person's role, so 'the spokeswoman said' is theirs", () => {
    const body = 'Kate Mills is a spokeswoman for Harlow Water. "We are sorry," the spokeswoman said.';
    expect(actorNamed(body, "Kate Mills")?.roles).toEqual(["spokeswoman for Harlow Water"]);
    expect(speakers(body)).toEqual(["Kate Mills"]);
  });

  it("not a description going on into an infinitive or a date", () => {
    const body =
      "Jo Roe is the first mayor to refuse the pay rise. Ann Lee was the mayor from 1998 until 2004.";
    expect(actorNamed(body, "Jo Roe")?.roles).toEqual([]);
    expect(actorNamed(body, "Ann Lee")?.roles).toEqual([]);
  });
});

describe("seats of government that speak for it ('Downing Street said')", () => {
  it("are bodies", () => {
    const body = '"The minister has the prime minister\'s full confidence," Downing Street said on Monday.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({ name: "Downing Street", type: "org" });
  });
});

describe("'the Greens said': a name in the plural after 'the'", () => {
  it("is a party or a body of members", () => {
    const body = '"We made concessions on pensions," the Greens said.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({ name: "the Greens", type: "org" });
  });

  it("is the body named so when the text names it, and 'they' after it too", () => {
    const body =
      'The Free Liberals said they would vote no. "We cannot support a budget that ignores growth," they said.';
    expect(briefOfText(body).quotes[0]?.speaker).toMatchObject({ name: "Free Liberals", type: "org" });
  });

  it("not a people ('the Saudis') nor a family named in the text ('the Barkers')", () => {
    expect(briefOfText('"We are worried," the Kenyans said.').quotes[0]?.speaker?.type).toBe("person");
    const family = 'Tom Barker and his wife opened the shop in 2015. "It is done," the Barkers said.';
    expect(briefOfText(family).quotes[0]?.speaker?.type).toBe("person");
  });
});

describe("a title with its time joined to it, and a people's noun of one person", () => {
  it("is a role before the name ('Then-President Jo Roe', 'Chancellor-designate Jo Roe', 'The Englishman Jo Roe')", () => {
    const body =
      "Then-President Peter Vail signed the bill. Chancellor-designate Greta Lind spoke. The Welshman Rhys Evans won the race.";
    expect(actorNamed(body, "Peter Vail")?.roles).toEqual(["Then-President"]);
    expect(actorNamed(body, "Greta Lind")?.roles).toEqual(["Chancellor-designate"]);
    expect(actorNamed(body, "Rhys Evans")?.roles).toEqual(["Welshman"]);
  });
});

describe("roles read more closely", () => {
  it("leave out a verb of saying before 'its' ('The board said its chairman, Jo Roe,')", () => {
    const body = "The board said its chairman, Geoffrey Lusk, would retire in May.";
    expect(actorNamed(body, "Geoffrey Lusk")?.roles).toEqual(["chairman"]);
  });

  it("leave out a preposition before them ('alongside finance director Jo Roe')", () => {
    const body = "The plan was drawn up alongside finance director Magda Rees.";
    expect(actorNamed(body, "Magda Rees")?.roles).toEqual(["finance director"]);
  });

  it("come after an age set off, and leave the age out ('Jo Roe, 58, a retired teacher,')", () => {
    const body =
      "Janet Ruiz, 58, a retired teacher, said she had not slept. Tom Hale, a 45-year-old plumber, agreed.";
    expect(actorNamed(body, "Janet Ruiz")?.roles).toEqual(["retired teacher"]);
    expect(actorNamed(body, "Tom Hale")?.roles).toEqual(["plumber"]);
  });

  it("keep 'former' written in lower case before a title ('former Prime Minister Jo Roe')", () => {
    const body = "The rally was attended by former Prime Minister Anil Varma.";
    expect(actorNamed(body, "Anil Varma")?.roles).toEqual(["former Prime Minister"]);
  });
});

describe("'Zantor, the smartphone maker,': a maker of things set off after a name", () => {
  it("makes the name a body's", () => {
    expect(typeOf("Zantor, the smartphone maker, said sales rose.", "Zantor")).toBe("org");
    expect(typeOf("Varda, the film maker, said she was moved.", "Varda")).not.toBe("org");
  });
});

describe("'Hall said Roe had described the plan as \"…\"': a reported clause with no 'that'", () => {
  it("gives the words to that clause's subject when its verb names them", () => {
    const body = 'Piet Hall said Marta Jonas had described the plan as "doomed from the start."';
    expect(speakers(body)).toEqual(["Marta Jonas"]);
  });

  it("not when its verb only tells someone something ('had informed the board that')", () => {
    const body = 'Piet Hall said Velmora had informed the board that it was "moving our money elsewhere."';
    expect(speakers(body)).toEqual(["Piet Hall"]);
  });
});

describe("datelines in capitals", () => {
  it("join a saint's short word to the town's name ('ST. LOUIS (AP) —')", () => {
    const body = "ST. LOUIS (AP) — A tornado hit St. Louis on Tuesday.";
    expect(names(body)).not.toContain("ST");
    expect(names(body)).not.toContain("LOUIS");
    expect(names(body)).toContain("St. Louis");
  });

  it("take the spelling the text uses below them ('RIO DE JANEIRO' then 'Rio de Janeiro')", () => {
    const body = "PORTO DE GALINHAS (Reuters) - Heavy rain flooded Porto de Galinhas on Tuesday.";
    expect(names(body).filter((n) => /porto/i.test(n))).toEqual(["Porto de Galinhas"]);
  });

  it("with a state after a comma, still open the sentence ('NAIROBI, Kenya (AP) — The Red Crescent …')", () => {
    const body = "NAIROBI, Kenya (AP) — The Kenya Relief Society sent tents on Monday.";
    expect(names(body)).toContain("Kenya Relief Society");
  });
});

describe("more events and a passive verb of saying", () => {
  it("a race named as a Grand Prix or a regatta is no actor", () => {
    const body = "Olivia Marlow won a rain-hit Silverton Grand Prix on Sunday before the Kessa Regatta.";
    expect(names(body)).toEqual(["Olivia Marlow"]);
  });

  it("'\"…,\" Roe was told by Inspector Jo Doe': the agent said it", () => {
    const body = '"Go home," Mark Dolan was told by Inspector Ray Hunt on the night of the fire.';
    expect(speakers(body)).toEqual(["Ray Hunt"]);
  });
});

describe("'the Peace and Prosperity party': two common words joined by 'and' before a party's noun", () => {
  it("are one body's name", () => {
    const body = "Marek Dabrowski of the Bread and Freedom party lost his seat.";
    expect(typeOf(body, "Bread and Freedom")).toBe("org");
  });
});
