// Speaker attribution clauses studied on a large annotated corpus (issue 11), on made-up news
// sentences: party labels after a name, inverted attributions after a partial quote, clauses
// that follow the speaker's name, and the subject right before the verb.
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { withoutFrontedPhrase } from "../../src/core/extract/subject-segments.ts";
import { textDocument } from "../support/text-document.ts";

const doc = textDocument;
const names = (body: string): Array<string | null> =>
  extractBrief(doc(body)).quotes.map((q) => q.speaker?.name ?? null);

describe("the attribution after a quote", () => {
  it("reads past the full stop inside a party label", () => {
    expect(
      names('"The bridge money is finally on its way," Rep. Tom Doyle (D-Wash.) said on Tuesday.'),
    ).toEqual(["Tom Doyle"]);
    expect(names('"The ferry plan needs another year," said Sen. Jane Roe (R-N.Y.).')).toEqual(["Jane Roe"]);
  });
});

describe("an inverted attribution after a partial quote", () => {
  it("takes the name after the verb when the quote's own words and a comma come before it", () => {
    expect(
      names(
        'Ann Vale leads the harbor count. "It seems far-fetched" that anyone can overtake Ann Vale, said Tom Brady.',
      ),
    ).toEqual(["Tom Brady"]);
    expect(
      names('Staff were told on Friday. "We are delighted" about the library hours, said Maria Lopez.'),
    ).toEqual(["Maria Lopez"]);
  });

  it("reads a place before the verb as no name, so the name after it may be followed by more words", () => {
    expect(
      names(
        'Ann Vale leads the count. "It seems far-fetched" that anyone wins in Ohio, said Tom Brady on Monday.',
      ),
    ).toEqual(["Tom Brady"]);
  });

  it("keeps the name before the verb when the verb is followed by a preposition or takes an object", () => {
    expect(names('"We would welcome her any time," Ada Frost, with a grin, said of Lena Graves.')).toEqual([
      "Ada Frost",
    ]);
    expect(names('"This is nonsense," Omar Reyes, 58, told Harbor Radio.')).toEqual(["Omar Reyes"]);
  });
});

describe("the speaker named after the verb", () => {
  it("ends at a clause of its own, so a name in that clause is not the speaker", () => {
    expect(
      names(
        '"The orchard will not survive another dry summer," said farmer Dan Mott when asked about Lena Graves.',
      ),
    ).toEqual(["Dan Mott"]);
    expect(names('"The count was a mess," said a county official who asked not to be named.')).toEqual([
      "a county official",
    ]);
  });
});

describe("the subject right before the verb", () => {
  it("is the person named after the last comma, with only a role before the name", () => {
    expect(
      names(
        'Or perhaps the winner is Ann Vale, transit consultant Phil Moss says. "Riders keep asking about her tram plan."',
      ),
    ).toEqual(["Phil Moss"]);
    expect(
      names(
        'Hours after Tom Reed was named coach, club chairman John Pardo called the choice "a bold bet on youth and speed."',
      ),
    ).toEqual(["John Pardo"]);
  });

  it("is not a name inside a relative clause after the comma", () => {
    expect(names('"The flyer is misleading," said Kate Parr, who is chairman of Green Valley Fund.')).toEqual(
      ["Kate Parr"],
    );
  });
});

describe("a described subject without a name", () => {
  it("is an unnamed speaker when it is a bare plural description", () => {
    expect(
      names('"The damage to the river cannot be measured," federal prosecutors wrote in the filing.'),
    ).toEqual(["federal prosecutors"]);
  });

  it("is an unnamed speaker without the adverbs between it and the verb", () => {
    expect(
      names(
        '"The roof leaks every spring," a local teacher often said. "Nobody fixes it," my uncle also said.',
      ),
    ).toEqual(["a local teacher", "my uncle"]);
  });

  it("is an unnamed speaker when a bare plural reports with any verb, after an auxiliary", () => {
    expect(
      names(
        'The fund grew. Critics call it a "slush fund for the mayor." Opponents have called it "a waste of public money." Residents have long called the subsidy "a blank cheque."',
      ),
    ).toEqual(["Critics", "Opponents", "Residents"]);
  });

  it("is an unnamed speaker when a possessor named nowhere else qualifies it", () => {
    expect(names('"That plan was never costed," Gomez\'s longtime press aide said on Friday.')).toEqual([
      "Gomez's longtime press aide",
    ]);
  });
});

describe("a reason given inside a described subject", () => {
  it("is no clause of its own: its pronoun does not speak", () => {
    expect(
      names(
        'Spokesman Dmitry Orlov told reporters that the city "supports any step toward calm." A senior Western diplomat, who asked not to be named because he had no clearance to talk to reporters, said the sides remained "far apart on the core issues."',
      ),
    ).toEqual(["Dmitry Orlov", "A senior Western diplomat"]);
  });
});

describe("a possessor's message before a colon", () => {
  it("makes the possessor the speaker of the quote after the colon", () => {
    expect(
      names(
        'Fire chief Omar Haddad toured the street. Haddad\'s message to residents was simple: "Check on your neighbours tonight." Haddad\'s answer was blunt: "Stay home tonight and wait."',
      ),
    ).toEqual(["Omar Haddad", "Omar Haddad"]);
  });

  it("resolves a possessive pronoun before the colon as it would the pronoun", () => {
    expect(
      names(
        'Councilwoman Dana Whitcombe chairs the transport committee. Her advice to colleagues was blunt: "Stop treating the ferry as a luxury."',
      ),
    ).toEqual(["Dana Whitcombe"]);
    expect(
      names(
        'Mayor Anna Pike spoke after Harold Benn. His verdict: "The ferry will outlive us all." Then she left.',
      ),
    ).toEqual(["Harold Benn"]);
    // (No one the pronoun could mean: no speaker, not the nearest name.)
    expect(names('Anna Pike spoke first. His response was short: "We will not back down."')).toEqual([null]);
  });
});

describe("people named together as the subject", () => {
  it("speak together, as an unnamed pair written as the text names them", () => {
    const brief = extractBrief(
      doc(
        'Mayor Lisa Tran met Governor Paul Reyes. Both Tran and Reyes said they hoped for "a fair deal by the summer." Lisa Tran and Paul Reyes issued a statement calling the talks "a step toward a deal."',
      ),
    );
    expect(brief.quotes.map((q) => q.speaker)).toEqual([
      { name: "Tran and Reyes", type: "person", named: false },
      { name: "Lisa Tran and Paul Reyes", type: "person", named: false },
    ]);
  });

  it("speak together in a clause opened by a conjunction ('When Roe and Doe declared …')", () => {
    expect(
      names('When Lisa Tran and Paul Reyes declared a "no limits" partnership in 2022, many saw a bloc.'),
    ).toEqual(["Lisa Tran and Paul Reyes"]);
  });

  it("speak together after their titles, named without them ('Chinese leader Roe and Russian President Doe')", () => {
    expect(
      names(
        'Chinese leader Lisa Tran and Russian President Paul Reyes pledged on Wednesday to deepen their "comprehensive strategic partnership," in a show of unity.',
      ),
    ).toEqual(["Lisa Tran and Paul Reyes"]);
  });

  it("are not the subject of a verb after another clause ('…, Poe said, adding')", () => {
    expect(
      names(
        'Mayor Lisa Tran met Governor Paul Reyes. Tran and Reyes will meet next week, Ben Cole said, adding, "We expect a long session."',
      ),
    ).toEqual(["Ben Cole"]);
  });
});

describe("a quote brought in by 'quoting'", () => {
  it("is the words of the one quoted, not of the one who quotes", () => {
    expect(
      names(
        'Senator Grace Holloway toured the valley. The Holloway campaign released a statement quoting the senator: "The valley deserves better roads." Her office issued a note quoting Holloway as saying she "will not leave before the vote."',
      ),
    ).toEqual(["Grace Holloway", "Grace Holloway"]);
  });
});

describe("a second quote in the sentence", () => {
  it("is the words of a description that opens a clause of its own with a verb of saying", () => {
    expect(
      names(
        'Riders were split. One woman said the boats were "too loud at night," while her neighbor said he "cannot wait for the late boat."',
      ),
    ).toEqual(["One woman", "her neighbor"]);
  });

  it("stays the first speaker's when no one new says anything between them", () => {
    expect(
      names(
        'The mayor said the plan would be "a boon for commuters" while the fares "stay where they are for now."',
      ),
    ).toEqual(["The mayor", "The mayor"]);
  });
});

describe("a described subject after a focusing adverb", () => {
  it("is the unnamed speaker, not a name that only qualifies it or one in a clause before", () => {
    expect(
      names('Even a senior GOP strategist said, "Sooner or later, she is bound to step forward."'),
    ).toEqual(["a senior GOP strategist"]);
    expect(
      names(
        'Alongside the Riverton League\'s pleas for a vote, even a senior GOP strategist said Jane Roe must choose, saying, "Sooner or later, she is bound to step forward."',
      ),
    ).toEqual(["a senior GOP strategist"]);
  });
});

describe("a quote-only paragraph", () => {
  it("is the words of the person who reports something in the paragraph before", () => {
    expect(
      names(
        'Paul Ashby spoke last. In any case, Paul Ashby argued in a letter, the vote proves the club needs new bylaws.\n\n"Why should one treasurer decide every single purchase the club makes?"',
      ),
    ).toEqual(["Paul Ashby"]);
  });

  it("is not theirs when more text follows the quote in its paragraph", () => {
    expect(
      names(
        'Paul Ashby argued in a letter that the vote was flawed.\n\n"Why should one treasurer decide every purchase?" the editorial board of the paper asked.',
      ),
    ).not.toContain("Paul Ashby");
  });
});

describe("a progressive verb of saying before a quote", () => {
  it("keeps its subject ('is telling' is not a passive)", () => {
    expect(
      names(
        'Jane Roe is telling shoppers at a crowded farmers market that "every stall here deserves a grant."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a surname that is also a place or a nationality", () => {
  it("is the person named in full before when it speaks", () => {
    expect(
      names('Rep. Anna Jordan met the press. "We will fund the clinic this year," Jordan said.'),
    ).toEqual(["Anna Jordan"]);
    expect(names('Paul French spoke on Sunday. "The menu changes next week," said French.')).toEqual([
      "Paul French",
    ]);
  });

  it("stays the place when no person of that surname was named", () => {
    const brief = extractBrief(doc('Talks resumed. "We will defend our borders," Jordan said on Monday.'));
    expect(brief.actors.find((a) => a.name === "Jordan")?.type).toBe("place");
    expect(brief.actors.some((a) => a.type === "person")).toBe(false);
  });
});

describe("a verb of saying that was a noun", () => {
  it("falls back to the clause's earlier verb of saying", () => {
    expect(
      names(
        'Former Ohio governor Tom Reyes called the pile of unpaid parking notes "an embarrassment for the city."',
      ),
    ).toEqual(["Tom Reyes"]);
  });
});

describe("the named subject of a quote's sentence", () => {
  it("reaches past an apposition to its verb", () => {
    expect(
      names(
        'Tom Reyes, the former Ohio governor, proposed we "plant a tree for every child born in the county."',
      ),
    ).toEqual(["Tom Reyes"]);
  });

  it("still holds when a second verb of saying follows the quote with 'and'", () => {
    expect(
      names(
        'Tom Reyes, the former Ohio governor, proposed we "plant a tree for every newborn" and said the parks board should pay.',
      ),
    ).toEqual(["Tom Reyes"]);
  });
});

describe("a town named before its state", () => {
  it("is a place, not a person, even before a verb of saying", () => {
    const brief = extractBrief(
      doc('A baker from Dunmore, South Carolina, says the new mayor will "fix the potholes by spring."'),
    );
    expect(brief.actors.find((a) => a.name === "Dunmore")?.type).toBe("place");
    expect(brief.quotes.map((q) => q.speaker?.name ?? null)).not.toContain("Dunmore");
  });
});

describe("a credit line after a quote-only paragraph", () => {
  it("names the speaker when it is a dash and a person's name", () => {
    expect(
      names(
        'Some claims were checked.\n\n"Nobody on this street has seen a snowplow since the first week of January."\n\n- Jane Marks.\n\nThe claim is old.',
      ),
    ).toEqual(["Jane Marks"]);
  });

  it("names the speaker after a title and with what they were doing", () => {
    expect(
      names(
        'The speech ended late.\n\n"Great speech. She is tested. She is ready to lead."\n\n-\u200dGovernor Jane Marks, writing after the speech.\n\n"Nobody saw it coming."\n\n- The Daily Courier, in an editorial.',
      ),
    ).toEqual(["Jane Marks", null]);
  });

  it("names the speaker credited by a dash on the quote's own line, one quote a line", () => {
    expect(
      names(
        'Readers wrote in.\n\n"The ferry cuts will hurt the island most of all." ― Carla Mendes\n"Nobody asked the people who ride it every day." ― Tom Ridley.\n"I will miss the late boat on Fridays, and so will my kids."',
      ),
    ).toEqual(["Carla Mendes", "Tom Ridley", null]);
  });

  it("takes the dashed credit after a title with its body, a hyphen or a noun of person", () => {
    expect(
      names(
        'Leaders spoke.\n\n"Today is a day of hope." — UN Secretary-General Maria Lopes\n\n"Hold the line." — NATO chief Tom Ridley\n\n"Peace is near at last for all of us." — a phrase coined by Jo Roe',
      ),
    ).toEqual(["Maria Lopes", "Tom Ridley", null]);
  });

  it("takes the dashed credit when the line ends in no-break spaces", () => {
    expect(
      names(
        'Readers wrote in.\n\n"The ferry cuts will hurt the island." ― Carla Mendes\u00a0\n"Nobody asked the people who ride it."\u00a0― Tom Ridley\u00a0\u00a0',
      ),
    ).toEqual(["Carla Mendes", "Tom Ridley"]);
  });

  it("does not take a name the dash line goes on past", () => {
    expect(
      names('Readers wrote in.\n\n"The cuts will hurt the island." ― Tom Ridley of the harbour and others'),
    ).toEqual([null]);
  });

  it("does not take a name opening an ordinary next paragraph", () => {
    expect(
      names(
        'Some claims were checked.\n\n"Nobody on this street has seen a snowplow since the first week of January."\n\nJane Marks spoke next about taxes.',
      ),
    ).toEqual([null]);
  });
});

describe("a pull quote credited on its own last line", () => {
  it("names the person on the line before the closing mark and leaves the credit out of the quote", () => {
    const brief = extractBrief(
      doc(
        'Budgets were cut again.\n\n"We will enter the next slump without any plan for it.\nNora Quill, Harbor Policy Institute."\n\nThe debate goes on.\n\n"If the ferry loses Maine, it loses the island too.\nN.H. Sen. Tom Ridley."',
      ),
    );
    expect(brief.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["We will enter the next slump without any plan for it.", "Nora Quill"],
      ["If the ferry loses Maine, it loses the island too.", "Tom Ridley"],
    ]);
  });

  it("keeps a last line that is no credit inside the quote", () => {
    const brief = extractBrief(
      doc(
        'Budgets were cut again.\n\n"We will enter the next slump.\nNobody has any plan for it."\n\nThe debate goes on.',
      ),
    );
    expect(brief.quotes.map((q) => q.text)).toEqual([
      "We will enter the next slump.\nNobody has any plan for it.",
    ]);
  });
});

describe("a headline in capitals before a credited quote", () => {
  it("holds no verb of saying, so the name before the colon speaks", () => {
    expect(
      names(
        "Polls moved.\n\nPARK PLAN STATES ITS CASE TO VOTERS - Martha K. Olsen: “Our count of the planning maps finds forty parks and twelve schools.”",
      ),
    ).toEqual(["Martha K. Olsen"]);
  });
});

describe("a verb of saying inside a fronted clause", () => {
  it("does not cut the subject of the main verb", () => {
    expect(
      names(
        'Although much of what Tom Doe says about the budget is fair, Ann Vale said Tom Doe is "ignoring the pension gap entirely."',
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("a fronted comparison", () => {
  it("is not the subject ('Like Doe, Roe …')", () => {
    expect(
      names(
        'Like Tom Doe, Ann Vale opposed the levy, arguing that there is "plenty of slack in the school budget" already.',
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("a pronoun at the end of the subject", () => {
  it("points back to a name earlier in its own clause, not to the sentence before", () => {
    expect(
      names(
        'Mayor Tom Doe opened the ferry pier on Monday.\n\nIn a radio interview, Ann Vale was talking about the harbor budget when she told a host, "The pier will need another dredging before the summer."',
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("a person's name the actor step left without a mention in the clause", () => {
  it("resolves a surname that is also a common word to the person named in full", () => {
    expect(
      names(
        'Council member Mark Black met the harbor pilots in Dunmore on Monday.\n\n"We will have the new pier open before the summer season," Black said.',
      ),
    ).toEqual(["Mark Black"]);
  });
  it("reads the surname opening the subject before an apposition", () => {
    expect(
      names(
        'Council member Mark Black met the harbor pilots in Dunmore on Monday.\n\n"We had to face the whole record on the ferry contracts," Black, who chairs the pilots group, said.',
      ),
    ).toEqual(["Mark Black"]);
  });
});

describe("a quote closed by a comma and followed by a name and another verb", () => {
  it("is that subject's, whatever the verb ('shot back', 'barked', 'charged in')", () => {
    expect(
      names(
        'Tom Doe attacked Ann Vale over the ferry budget.\n\n"Tom wants to look tough on the harbor tonight," Ann Vale shot back.\n\n"You have called the pilots lazy for years," Tom Doe charged in his reply.',
      ),
    ).toEqual(["Ann Vale", "Tom Doe"]);
  });
});

describe("an unnamed speaker followed by its own verb", () => {
  it("keeps the description alone, without the verb and its object", () => {
    const brief = extractBrief(
      doc(
        'The harbor board met on Friday.\n\nThe port director emailed pilots saying: "We will keep the ferry running through the storm season."',
      ),
    );
    expect(brief.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.named ?? null])).toEqual([
      ["The port director", false],
    ]);
  });
});

describe("small attribution gaps", () => {
  it("reads a given name right after 'said' as a person even with a place word inside it", () => {
    expect(
      names(
        'Voters met in the town on Monday.\n\n"The count will take another week at least," said Deborah Hall Prentiss, a professor of history.',
      ),
    ).toEqual(["Deborah Hall Prentiss"]);
  });
  it("finds the attribution after a question closed by a single then a double quote mark", () => {
    expect(
      names(
        "Ann Vale runs the harbor office.\n\n“Her first answer was, ‘How can we make the pilots safer?’” Vale told reporters on Tuesday.",
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("attributions around a partial quote", () => {
  it("gives a quote with no attribution the speaker of the sentence before that ends on one", () => {
    expect(
      names(
        'Greg Tillman studies harbor news at the university.\n\nPeople choose their own feeds, which lets gossip linger, he said. Solid facts can still prevail, but only when "the facts are juicier than the gossip."',
      ),
    ).toEqual(["Greg Tillman"]);
  });
  it("reads a closing 'he said' after a 'because' clause that follows the quote", () => {
    expect(
      names(
        'Many would see that as a loss for the mayor, said Dan Mott, an analyst. "And still it would clinch the race for the mayor" because she would widen her lead, he said.',
      ),
    ).toEqual(["Dan Mott"]);
  });
  it("takes the subject of 'as he puts it' before the quote", () => {
    expect(
      names(
        'Tom Doe says he would replace the harbor chief. That is because, as he puts it, "our strongest asset here is the tide."',
      ),
    ).toEqual(["Tom Doe"]);
  });
});

describe("a pronoun subject with its own verb of saying", () => {
  it("is not replaced by a name later in its clause", () => {
    expect(
      names(
        'Ann Vale leads the harbor union. Tom Doe wants to close the night ferry.\n\nShe added that she believes Tom Doe attracts a share of her crews thanks to the "constant worry" that pilots feel.',
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("a name that only qualifies a described speaker", () => {
  it("leaves the description unnamed ('The GOP presidential candidate said')", () => {
    const brief = extractBrief(
      doc(
        'The GOP is divided over the ferry. The GOP presidential candidate said: "We will keep the night crossings."',
      ),
    );
    expect(brief.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.named ?? null])).toEqual([
      ["The GOP presidential candidate", false],
    ]);
  });
});

describe("a pronoun after a sentence naming two people", () => {
  it("goes to the one given a verb of saying, not the one named first", () => {
    expect(
      names(
        'Eric Dunn runs the harbor campaign for Tom Vale.\n\nThe good news for Vale, Dunn said, is that the pilots will turn out. "He will still get the night votes," he said.',
      ),
    ).toEqual(["Eric Dunn"]);
  });
  it("does not count a place before a verb of saying", () => {
    expect(
      names(
        'Ann Stone, 29, of Dunmore, Ohio, says her biggest worry is the ferry. "By the time we act, it will be too late," she says.',
      ),
    ).toEqual(["Ann Stone"]);
  });
});

describe("two quotes, each with its own attribution", () => {
  it("are not joined as one quote of the first speaker", () => {
    expect(
      names(
        'Mark Black met Ann Weaver at the pier. "We will win this vote," Black said. "Nobody expected the result," Weaver said.',
      ),
    ).toEqual(["Mark Black", "Ann Weaver"]);
  });
});

describe("a speaker after a long title or a long fronted phrase", () => {
  const speaker = (body: string) => extractBrief(doc(body)).quotes[0]?.speaker ?? null;

  it("splits a hyphenated title off the name and keeps it as the role", () => {
    expect(
      speaker('"The fund is safe for now," said Dockworkers Union Secretary-Treasurer Gary Holm.'),
    ).toMatchObject({
      name: "Gary Holm",
      role: "Dockworkers Union Secretary-Treasurer",
    });
    expect(speaker('"The fund is safe for now," Attorney-General Nia Petrov said.')).toMatchObject({
      name: "Nia Petrov",
      role: "Attorney-General",
    });
  });

  it("keeps the description set off after a name that closes the attribution as its role", () => {
    expect(
      speaker('"We cannot leave without a deal," said Marina Sol, Kessaland\'s environment minister.'),
    ).toMatchObject({
      name: "Marina Sol",
      role: "Kessaland's environment minister",
    });
    expect(
      speaker(
        '"For us, this is about survival," said Cedric Vale, the Samoan minister who chairs the Alliance of Small Island States.',
      ),
    ).toMatchObject({ name: "Cedric Vale", role: "Samoan minister" });
    expect(speaker('"We will win," said Tom Lee, a senior aide with Sen. Jo Roe.')).not.toHaveProperty(
      "role",
    );
    // (An office of a body needs no article; a clause set off so is no role.)
    expect(
      speaker('"We are on track," said Marco Bell, chief executive of Vandora, on Monday.'),
    ).toMatchObject({
      name: "Marco Bell",
      role: "chief executive of Vandora",
    });
    expect(speaker('"It is too late," said Ed Roe, speaking of the plan.')).not.toHaveProperty("role");
    expect(
      speaker('Jo Tane, former head of the agency, said the plan was "deeply flawed and dangerous."'),
    ).toMatchObject({ name: "Jo Tane", role: "former head of the agency" });
  });

  it("reads an administrator or a registrar before a name as that person's role, not the body's speech", () => {
    expect(
      speaker('KSA administrator Bill Neller praised Acme but warned of a "space race" with its rivals.'),
    ).toMatchObject({ name: "Bill Neller", role: "KSA administrator" });
  });

  it("leaves a list's bullet out of the title before the name", () => {
    expect(
      speaker('- Government spokesman Ivo Petrov said the law was "about transparency, not censorship."'),
    ).toMatchObject({ name: "Ivo Petrov", role: "Government spokesman" });
  });

  it("keeps a middle initial in the name after a title with a dotted abbreviation", () => {
    expect(
      speaker('"The harm is hard to measure," Assistant U.S. Attorney Clara D. Lund wrote.'),
    ).toMatchObject({
      name: "Clara D. Lund",
      role: "Assistant U.S. Attorney",
    });
  });

  it("splits a title off a name that opens on dotted initials", () => {
    expect(
      speaker('"The fund is safe for now," said Dockworkers Union Chairman R.J. Holm of Ohio.'),
    ).toMatchObject({ name: "R.J. Holm", role: "Dockworkers Union Chairman" });
  });

  it("takes the name after an inverted verb that follows a long fronted phrase", () => {
    expect(
      names(
        'Simon Adler is a strategist. Because of how the Harbor Party drew up the calendar, explained Adler, "it is hard to see how anyone catches up."',
      ),
    ).toEqual(["Simon Adler"]);
  });
});

describe("a named subject with its own verb before a partial clause", () => {
  it("reads past an adverb and a description before the name", () => {
    expect(
      names(
        'Harbor candidate Tom Brady quickly posted on Twitter, writing: "Yet again the port is jammed. Nobody is in charge."',
      ),
    ).toEqual(["Tom Brady"]);
  });
});

describe("a subject with a relative clause before its verb", () => {
  it("is the name before 'which', when the clause closes with a comma right before the verb", () => {
    expect(
      names(
        'Ana Ruiz, president of the Harbor Teachers Union, which represents 4,000 teachers, said she hopes the walkout shows that "the schools cannot run on goodwill alone."',
      ),
    ).toEqual(["Ana Ruiz"]);
  });
});

describe("an abbreviated title after the verb", () => {
  it("does not end the attribution at the title's full stop", () => {
    expect(names('"This hearing is a waste of everyone\'s time," said Del. Nia Ortiz of Guam.')).toEqual([
      "Nia Ortiz",
    ]);
  });
});

describe("'reacted' as a verb of saying", () => {
  it("attributes the quote before it to the name after it", () => {
    expect(
      names(
        'Tom Brady and Ann Vale spoke. "Vale said in her speech that the port is fine. Which port is she talking about?" reacted Brady.',
      ),
    ).toEqual(["Tom Brady"]);
  });
});

describe("a subject with an aside before its verb", () => {
  it("reads past an adverbial clause closed by a comma right before the verb", () => {
    expect(
      names(
        'Joe Landry spoke first. Landry, while campaigning in Ohio, called the plan "a betrayal of every worker in the state."',
      ),
    ).toEqual(["Joe Landry"]);
    expect(
      names(
        'Ann Vale, the mayor, spoke too, as well, saying that the harbour plan "brings jobs back to the coast."',
      ),
    ).toEqual(["Ann Vale"]);
  });

  it("keeps a participle after a longer clause with that clause's subject", () => {
    expect(
      names(
        'The trouble came during a talk at Harbor College, when protesters interrupted the mayor, shouting "no more cuts to the ferry."',
      ),
    ).toEqual([expect.stringMatching(/^protesters\b/)]);
  });

  it("takes a name after an age and an occupation in an apposition, before or after the verb", () => {
    expect(
      names(
        'Retirees packed the room. One of them, 78-year-old former bus driver Lorraine Pike, said the sentence was "not enough, but it is something."',
      ),
    ).toEqual(["Lorraine Pike"]);
    expect(
      names(
        'A neighbour, 78-year-old Lorraine Pike, said the sentence was "not enough, but it is something."',
      ),
    ).toEqual(["Lorraine Pike"]);
    expect(
      names(
        'Retirees packed the room. "It is not enough, but it is something," said one of them, Lorraine Pike.',
      ),
    ).toEqual(["Lorraine Pike"]);
    expect(
      names(
        '"It is not enough, but it is something," said one of them, 78-year-old former bus driver Lorraine Pike.',
      ),
    ).toEqual(["Lorraine Pike"]);
    expect(
      names('"She has been treated appallingly," said one of her allies, the former minister Keith Lowe.'),
    ).toEqual(["Keith Lowe"]);
    expect(
      names(
        'Retirees packed the room. "It is not enough, but it is something," said a neighbour, Lorraine Pike, 78.',
      ),
    ).toEqual(["Lorraine Pike"]);
  });

  it("reads a short name closed by a place word as a person when an apposition says so", () => {
    expect(names('"Everyone is restructuring," said Jun Park, an analyst at Pemberton Research.')).toEqual([
      "Jun Park",
    ]);
    expect(
      names('Jun Park, an analyst at Pemberton Research, said "everyone is restructuring" now.'),
    ).toEqual(["Jun Park"]);
    expect(names('"This is our chance," said Devon Marsh, who owns a bar two blocks from the site.')).toEqual(
      ["Devon Marsh"],
    );
  });

  it("takes a name after a person's description in an apposition", () => {
    expect(
      names(
        'Another co-author, civil engineering professor Julian Brandt, said, "We have seen in our research that the city is divided."',
      ),
    ).toEqual(["Julian Brandt"]);
  });
});

describe("a quote split by an attribution holding an initial", () => {
  it("is one quote with the speaker between its parts", () => {
    const brief = extractBrief(
      doc(
        '"On behalf of the court," wrote Chief Justice Peter G. Rowe, "It grieves me to tell you that our colleague has died."',
      ),
    );
    expect(brief.quotes).toHaveLength(1);
    expect(brief.quotes[0]!.speaker?.name).toBe("Peter G. Rowe");
  });
});

describe("a titled name opening the subject of another verb", () => {
  it("speaks the quote after that verb's participle", () => {
    expect(
      names(
        'Former First Lady Ann Vale gave the main speech on the first evening, urging viewers: "vote as if our future hangs on it."',
      ),
    ).toEqual(["Ann Vale"]);
  });
});

describe("a name between a dash and a colon before the quote", () => {
  it("is the speaker even after a verb of saying in the words before the dash", () => {
    expect(
      names(
        'Polls moved.\n\nPollsters agree - Carla Bianchi: "Keep on calling voters as late as you possibly can."',
      ),
    ).toEqual(["Carla Bianchi"]);
  });
});

describe("a subordinate clause before the verb", () => {
  it("leaves the subject after one fronted phrase and another, and is no role of it", () => {
    const body =
      "Ana Ruiz spoke to Tom Hale.\n\nLater in the show, after the Ruiz interview concluded, Hale stated that the audit “was not good.”";
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker?.name).toBe("Tom Hale");
    expect(quote?.speaker?.role).toBeUndefined();
  });

  it("has its own subject for a verb of saying inside it", () => {
    const body =
      'Officials met.\n\n"I did not say that. I did not say that," Ruiz said, after WXTV\'s Tom Hale said the favorite had mockingly described Sen. Jane Doe (R-Fla.) as the "pocket senator" of Max Wren.';
    expect(names(body)).toEqual(["Ruiz", "Tom Hale"]);
  });

  it("is no clause when its conjunction is an adverb or a preposition", () => {
    expect(names('Officials met.\n\nAna Ruiz once told The Daily Star she was "a builder first."')).toEqual([
      "Ana Ruiz",
    ]);
    expect(
      names(
        'Officials met.\n\nAna Ruiz did not back down, even after repeatedly calling the levy a "tax on work."',
      ),
    ).toEqual(["Ana Ruiz"]);
  });
});

describe("verbs and asides around the quote", () => {
  it("reads 'points out' as a verb of saying", () => {
    expect(
      names(
        'Officials met. Tom Vigo came.\n\n"Some of us thought you could work with them," Vigo points out.',
      ),
    ).toEqual(["Tom Vigo"]);
  });

  it("passes over 'and I quote' to the verb before it, and takes no role from the words before the name", () => {
    const body =
      'Officials met. Eva Mill came.\n\nNo wonder Mill said, and I quote, "We adore the voters nobody listens to."';
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker?.name).toBe("Eva Mill");
    expect(quote?.speaker?.role).toBeUndefined();
  });

  it("gives a second clause with only adverbs before its verb the sentence's subject, past a body in the title", () => {
    const body =
      "Officials met.\n\nHouse Republican Tom Massey used to back Reid Warren, but now said the nominee had “the duty to unite the whole party.”";
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker?.name).toBe("Tom Massey");
    expect(quote?.speaker?.role).toBe("House Republican");
  });
});

describe("the attribution closing a long sentence", () => {
  it("is a subject and verb of saying after the last comma, past a noun that looks like a verb", () => {
    const body =
      "Officials met. Governor Ann Hale spoke.\n\nHale is a “steady reformer” who has won two elections in this county, the editorial board writes.";
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker).toMatchObject({ name: "the editorial board", named: false });
  });

  it("is found after a clause longer than a subject can be", () => {
    const body =
      "Officials met. Governor Ann Hale spoke.\n\nHale is a “steady reformer” who has won two hard elections in a row against rivals who spent far more money than she did on television and radio, the editorial board writes.";
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker).toMatchObject({ name: "the editorial board", named: false });
  });

  it("reads a name ending in an accented letter before the verb as the subject", () => {
    expect(
      names("Officials met.\n\n“That has got to worry every teacher,” Marta Ibáñez García said."),
    ).toEqual(["Marta Ibáñez García"]);
  });

  it("ends an 'according to' source where the place it said so begins", () => {
    const [quote] = extractBrief(
      doc(
        'Officials met.\n\nThe case put Jane Roe "through a grinder," according to her attorneys in a legal brief.',
      ),
    ).quotes;
    expect(quote?.speaker?.name).toBe("her attorneys");
  });
});

describe("a described speaker", () => {
  it("is the person who carries the title, not the next name after the titled one", () => {
    const body =
      'Officials met. Senator Tom Vail and Ann Hale spoke.\n\nThe senator said the press regarded him as "a long shot with no real chance."';
    expect(names(body)).toEqual(["Tom Vail"]);
  });

  it("may name a place that only qualifies its noun", () => {
    const [quote] = extractBrief(
      doc(
        'Officials met.\n\nSix months ago, the independent Ohio senator said, the media called him a "fringe candidate."',
      ),
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: "the independent Ohio senator", named: false });
  });

  it("set off by commas after a name is a parenthetical speaker, not an apposition", () => {
    const [quote] = extractBrief(
      doc(
        "Officials met. Ann Hale spoke.\n\nHale, a top aide said, “is quite relaxed about the gap” between them.",
      ),
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: "a top aide", named: false });
  });

  it("names the speaker, after a description of someone else, without taking it for a role", () => {
    const [parenthetical] = extractBrief(
      doc('Officials met.\n\nThe mayor, Jane Roe said, had been in office for "a thousand years" by then.'),
    ).quotes;
    expect(parenthetical?.speaker).toEqual({ name: "Jane Roe", type: "person", named: true });
    const [apposition] = extractBrief(
      doc('Officials met.\n\nThe mayor, Jane Roe, said the town had "a thousand years" of history.'),
    ).quotes;
    expect(apposition?.speaker).toMatchObject({ name: "Jane Roe", role: "mayor" });
    const [closed] = extractBrief(
      doc('Officials met.\n\nThe mayor, Jane Roe, said, "It is with a heavy heart that I share this."'),
    ).quotes;
    expect(closed?.speaker).toMatchObject({ name: "Jane Roe", role: "mayor" });
  });

  it("takes no role from a phrase fronted before the name ('But on Thursday, Roe described')", () => {
    for (const lead of ["But on Thursday, in a release", "Thanks to her latest act", "And in 2008"]) {
      const [quote] = extractBrief(
        doc(
          `Officials met.\n\n${lead}, Jane Roe described the race as "a long series of steps that needs a plan."`,
        ),
      ).quotes;
      expect(quote?.speaker).toEqual({ name: "Jane Roe", type: "person", named: true });
    }
  });

  it("after a subordinate clause with a verb of saying of its own speaks the quote", () => {
    const [quote] = extractBrief(
      doc("Officials met.\n\nWhen Tom Vail said he was glad to be back, a man yelled “Keep going!”"),
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: "a man", named: false });
  });

  it("follows a fronted phrase that ends in a quote", () => {
    const body =
      'Officials met. Senator Tom Vail spoke.\n\nWalking in to chants of "four more years," the senator said his campaign was "closing really strong."';
    const quotes = extractBrief(doc(body)).quotes;
    expect(quotes.at(-1)?.speaker?.name).toBe("Tom Vail");
  });

  it("may be a royal, an actress or a player", () => {
    const [quote] = extractBrief(
      doc(
        'Officials met.\n\nIn December, the prince called for the mayor to quit, calling him "a disgrace to the city."',
      ),
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: "the prince", named: false });
  });

  it("is the person a body and a title qualify, not the body", () => {
    const [quote] = extractBrief(
      doc(
        'Officials met.\n\nIn response, Ruritanian Communications Office Secretary Tom Vail released a statement saying the mayor had "declared his fondness for the town" at the event.',
      ),
    ).quotes;
    expect(quote?.speaker?.name).toBe("Tom Vail");
  });

  it("of a sentence before a quote may come after its verb", () => {
    const body =
      'Vail and Hale have "very different goals," Ann Moss said.\n\nWhich model works better will be clear after the election, said Jake Orr, an editor. "You have a very careful operation, and then you have a showman."';
    expect(names(body)).toEqual(["Ann Moss", "Jake Orr"]);
  });

  it("is the subject of a progressive verb, not the auxiliary with it", () => {
    const body =
      'Officials met.\n\nThe Ohio senator is telling reporters that he will win because he has "a lot of delegates" left.';
    const [quote] = extractBrief(doc(body)).quotes;
    expect(quote?.speaker).toMatchObject({ name: "The Ohio senator", named: false });
  });

  it("may follow an inverted verb set off by commas inside the sentence", () => {
    const body =
      'Officials met.\n\nThe paradox of the mayor, says Carl Anton, a historian at the archive, is that she remained "among the strongest mayors the city ever had."';
    expect(names(body)).toEqual(["Carl Anton"]);
  });

  it("named after a fronted phrase speaks a quote after the clause's comma", () => {
    const body =
      'Officials met.\n\nEarlier this week, Ann Hale shared her worry with donors at a fundraiser, "I do not know which rival will show up."';
    expect(names(body)).toEqual(["Ann Hale"]);
  });

  it("is an apposition when more than the quote follows the verb's comma", () => {
    const body =
      'Officials met.\n\nJane Roe, Lady Vale, the president of the tribunal decided, according to the digest, "that the order was invalid and must be quashed."';
    expect(names(body)).toEqual(["Jane Roe"]);
  });
});

describe("a dateline", () => {
  it("opening the paragraph is no part of the subject", () => {
    const body =
      'LONDON (Wire) - Tom Vail said he was unlikely to get along with the mayor because the city had cast him as "reckless, foolish and cruel" for his plan.';
    expect(names(`Officials met.\n\n${body}`)).toEqual(["Tom Vail"]);
  });
});

describe("a quote that trails off or asks", () => {
  it("takes the attribution after a closing ellipsis, and the next quote keeps its own", () => {
    const body =
      'Nina Vogt asked, "Will you pick a governor?"\n\n"Well, yes. I will consider plenty of strong candidates…" Carla Mendes said. "A governor?" Vogt repeated.';
    expect(names(body)).toEqual(["Nina Vogt", "Carla Mendes", "Nina Vogt"]);
  });

  it("does not take a sentence on the next line as the attribution of a question", () => {
    const body =
      '"They sue," Tomas Berg said. "Everybody sues, right?"\nLater, Ana Ruiz claimed that nobody had asked her.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("described people before 'of' and a body", () => {
  it("is the person before 'of', not the body after it", () => {
    const body =
      '"Salt water spreads the spores," said lead author Professor Amal Herrera of the University of Dunmore\'s medical school.';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });

  it("is the last of people joined by 'and' before 'of'", () => {
    const body =
      '"Salt water spreads the spores," marine experts Amal Herrera and Tomas Berg of Dunmore\'s Institute for Marine Science wrote in May.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("a fronted phrase holding a list", () => {
  const list = "On Tuesday, while discussing a poster of Jane Roe, money and a hat once worn by Sam Doe,";
  it("runs on to the last comma before a named subject", () => {
    const body = `${list} Speaker of the House Rep. Tomas Berg said "such images have no place in this race."`;
    expect(names(body)).toEqual(["Tomas Berg"]);
  });

  it("gives the subject its own title as role, not the list", () => {
    const body = `${list} Senator Tomas Berg (D-Ohio) said "such images have no place in this race."`;
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({ name: "Tomas Berg", role: "Senator" });
  });

  it("keeps a subject that follows the fronted phrase's own comma", () => {
    const body = 'On Tuesday, Tomas Berg, the mayor, said "such images have no place in this race."';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("a speaker's turn across a sentence", () => {
  it("goes on past a term quoted after the attribution", () => {
    const body =
      '"I do not know where he stands," said voter Jane Roe of Exeter, N.H., before the farm supper, a "No-B.S." cookout hosted by Sam Doe, the retired U.S. senator from Ohio. "Some sort of amnesty is part of his plan."';
    expect(names(body).at(-1)).toBe("Jane Roe");
  });

  it("goes on into a sentence opened by a participle of saying", () => {
    const body =
      'Later in the show, Tomas Berg said of the audit that it "was not good." Adding, "The real results are never so grim."';
    expect(names(body)).toEqual(["Tomas Berg", "Tomas Berg"]);
  });
});

describe("a verb coordinated with the one before the quote", () => {
  it("is no attribution after the quote: the quotes keep the sentence's subject", () => {
    const body =
      'Jane Roe spoke to the union on Monday. Roe supports "fair pay raises for staff," opposes "arbitrary pay freezes for all" and recalled the last freeze: "I saw how hard it was for them."';
    expect(names(body)).toEqual(["Jane Roe", "Jane Roe", "Jane Roe"]);
  });
});

describe("a name opening the subject, two auxiliaries before its verb", () => {
  it("is the subject of a participle of saying after the clause", () => {
    const body =
      'Jane Roe has also criticized voters for not supporting Sam Doe, declaring that "real believers" do not support him and that "the voters in the South are not listening" this year.';
    expect(names(body)).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("a quote opened by a sentence adverb", () => {
  it("goes on with the last speaker", () => {
    const body =
      '"He ought to be the nation\'s biggest booster," Tomas Berg said. Instead, "he acts like a defeated man."';
    expect(names(body)).toEqual(["Tomas Berg", "Tomas Berg"]);
  });
});

describe("a clause opened by 'until' after a quote", () => {
  it("is its own clause, not the quote's attribution", () => {
    const body =
      'Derek Hollis, a teacher, voted on Monday. Hollis says he was "sort of sitting on the fence" until Ana Ruiz said she was backing the senator.';
    expect(names(body)).toEqual(["Derek Hollis"]);
  });
});

describe("a clause opened by 'while' a few words after a quote", () => {
  it("is its own clause, and its verb of saying not the quote's attribution", () => {
    const body =
      'President Derek Hollis said the drivers were "people who kept the trains running" in a "hard winter" while Transport Minister Ana Ruiz wrote she had ordered checks of every depot.';
    expect(names(body)).toEqual(["Derek Hollis", "Derek Hollis"]);
  });

  it("unless a comma closes it before the attribution", () => {
    expect(names('"The plan works," on Monday while the vote was on, Ana Ruiz said.')).toEqual(["Ana Ruiz"]);
  });
});

describe("an inverted verb before a body's role noun and a name", () => {
  it("is the person named after the role, not the body", () => {
    const body =
      '"He was the finest scientist I have known," said the University of Dunmore\'s chancellor, Amal Herrera.';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });

  it("is the person an apposition calls one after any role noun", () => {
    const body = '"It is about time," exhorted Ruiz\'s introducer, actress Amal Herrera.';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });

  it("does not reach into a relative clause after the speaker", () => {
    const body =
      '"He is unpersuasive in our caucus," said Tomas Berg, who does not support Pendry\'s opponent, Ana Ruiz.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("a time between the subject and its verb", () => {
  it("is no part of the subject", () => {
    const body =
      'The wrestler died on Saturday. The league\'s official statement yesterday read "We are deeply sad to share the news of her passing this week."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({
      name: "The league's official statement",
    });
  });
});

describe("helpers of the verb of saying", () => {
  it("are no part of the subject ('goes on to say')", () => {
    const body =
      'Jane Roe emailed supporters on Monday. The message goes on to say: "We must be prepared to block him."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({ name: "The message", named: false });
  });

  it("leave a confidant described", () => {
    const body = '"He is bigger than the party," said one Roe confidant.';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({
      name: "one Roe confidant",
      named: false,
    });
  });
});

describe("a second clause opening on 'said'", () => {
  it("shares the described subject of its sentence with the participle after it", () => {
    const body =
      'The spokesman declined to take questions about the race but said no meeting was set with Jane Roe, adding: "If someone asks for one we will weigh it."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({ name: "The spokesman", named: false });
  });
});

describe("a quote closed by a full stop, then a name and a verb of saying", () => {
  it("takes that sentence as its attribution", () => {
    const body =
      'The nominee caused an uproar on Wednesday.\n\n"I hope you are able to find the emails that are missing." Tomas Berg said.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("the role a speaker is given by the words before the name", () => {
  it("is not a clause or a time fronted before the name", () => {
    const body =
      'Hours after the page was restored, Sam Doe, one of its keepers, wrote on the forum, "We would like to thank the host."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker?.role).toBeUndefined();
  });

  it("is a description in apposition", () => {
    const body = 'The mayor of Dunmore, Jane Roe, wrote on Twitter, "Our city is mourning tonight."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({
      name: "Jane Roe",
      role: "mayor of Dunmore",
    });
  });
});

describe("a participle's agent between it and the quote", () => {
  it("said the quote: 'described by X as', 'told by X of'", () => {
    const described =
      'The ship moved in a pattern described by Harbour Weekly as "rather hectic and confused".';
    expect(names(described)).toEqual(["Harbour Weekly"]);
    const told =
      'At the meeting he was told by Minister Tomas Berg of "at least forty people under the rubble".';
    expect(names(told)).toEqual(["Tomas Berg"]);
  });

  it("is no speaker after a participle that is not about what was said", () => {
    const decided =
      'The Ruiz government agreed it should be decided by the Senate and not by judges: "Our law is our own."';
    expect(names(decided)).not.toContain("Senate");
    const written =
      'According to Amal Herrera, the letter if written by the accused could matter: "The key is intent."';
    expect(names(written)).toEqual(["Amal Herrera"]);
  });
});

describe("a phrase fronted before a described subject without a comma", () => {
  it("is cut off the description", () => {
    const speaker = (body: string) => extractBrief(doc(body)).quotes[0]?.speaker;
    expect(speaker('On Monday the mayor said "we will rebuild the bridge."')).toMatchObject({
      name: "the mayor",
      named: false,
    });
    expect(speaker('At about 5 p.m. his daughter told the police he "left home hours ago."')).toMatchObject({
      name: "his daughter",
      named: false,
    });
    expect(speaker('Later the spokesman said "we will rebuild the bridge."')?.name).toBe("the spokesman");
  });

  it("leaves a preposition's own phrase alone: it is no subject", () => {
    expect(withoutFrontedPhrase("In the blog post")).toBe("In the blog post");
    expect(withoutFrontedPhrase("In a statement the ministry")).toBe("the ministry");
  });
});

describe("a time or a place fronted before a name", () => {
  it("is no role of the speaker", () => {
    const quote = extractBrief(
      doc('The next day on Twitter Jane Roe accused her husband of trying to "lock me up".'),
    ).quotes[0];
    expect(quote?.speaker?.name).toBe("Jane Roe");
    expect(quote?.speaker?.role).toBeUndefined();
  });
});

describe("a quote split by 'X opines'", () => {
  it("is one quote of X", () => {
    const body =
      '"Roe can rest easy despite the debate", Tomas Berg opines, "she cannot be kept out of office."';
    const quotes = extractBrief(doc(body)).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe("Tomas Berg");
  });
});

describe("a name with an adjunct before its verb", () => {
  it("heads the subject even when the adjunct ends on a preposition and a body", () => {
    const body =
      'Assembly president Jane Roe in breaking the word to parliament said, "He is part of our history."';
    expect(names(body)).toEqual(["Jane Roe"]);
    expect(names('Jane Roe in a letter to Senator Tomas Berg wrote, "It is over."')).toEqual(["Jane Roe"]);
  });
});

describe("a body and a lower-case title before a person's name", () => {
  it("qualify that person, who speaks", () => {
    const body =
      'ZPA chairman Tomas Berg reflects this view in comments:\n\n"It is our position that the law is clear."';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("an inverted verb before a description and a name", () => {
  it("gives the person the description names after its comma", () => {
    expect(
      names('"Today is a painful day for me," said his father, Tomas Berg, after the ceremony.'),
    ).toEqual(["Tomas Berg"]);
    expect(names('"It is over," said the mayor, Amal Herrera, on Monday.')).toEqual(["Amal Herrera"]);
  });

  it("gives the person named before where they work", () => {
    const body =
      '"Warm water eats at the ice from underneath," said study co-author Tomas Berg of Dunmore\'s Institute for Research in Ice Sciences.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("'who said' after a person's apposition", () => {
  it("is the person the apposition describes, not the body it names", () => {
    const body =
      'The study was led by Amal Herrera, a marine ecologist and professor at Dunmore Tech, who said "Local care matters."';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });
});

describe("a verb of saying after a possessive", () => {
  it("is a noun: the sentence's own verb attributes the quote", () => {
    const body =
      'Other members broke with the party, such as Jane Roe, who denounced the legal team\'s claims as a "national embarrassment".';
    expect(names(body)).toEqual(["Jane Roe"]);
  });

  it("gives the possessor what the noun's own clause quotes", () => {
    const body =
      'The Dunmore Courier seized on Tomas Berg\'s claim that there were "thousands of break-ins" this year.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });

  it("not a quote the main clause says of the noun", () => {
    const body =
      'Spokeswoman Amal Herrera said that Tomas Berg\'s claim that Roe is in favour of the plan is "simply not true."';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });

  it("a noun for something said gives its possessor the quote of its own clause", () => {
    const body =
      'The mayor was stung by Inspector Tomas Berg\'s conclusion that her decisions were "reckless and badly timed."';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });

  it("not when the noun phrase is the object of another speaker's verb", () => {
    const body =
      'Amal Herrera called Tomas Berg\'s assertion that the files were his "absurd and dangerous."';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });

  it("is no possessive in 'he's claiming'", () => {
    const body =
      'Tomas Berg spoke on Friday. He\'s claiming that theft is "a huge, huge issue in this town".';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("a quote closed by its full stop, then a credit sentence", () => {
  it("takes the credit's speaker even with an apposition and what it was said of", () => {
    const body =
      'The visit went well. "He stopped and said we have to win." Tomas Berg, the county chairman, said of the visit.';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });
});

describe("'as described by X' set off after a quote", () => {
  it("gives X", () => {
    const body =
      'Her record includes being "extremely careless" with secrets - as described by Director Amal Herrera - critics say.';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });
});

describe("a verb of saying's form after a preposition", () => {
  it("is a noun ('secretary of state'), so a label before a colon keeps its speaker", () => {
    const body = 'Former secretary of state Amal Herrera: "We learned that from the department."';
    expect(names(body)).toEqual(["Amal Herrera"]);
  });
});

describe("more verbs of answering", () => {
  it("attribute and join a split quote: retaliated, interjected, scoffed", () => {
    for (const verb of ["retaliated", "interjected", "scoffed"]) {
      const quotes = extractBrief(
        doc(`"Dunmore will always be Dunmore," Tomas Berg ${verb}. "It never gives up."`),
      ).quotes;
      expect(quotes.map((q) => q.speaker?.name)).toEqual(["Tomas Berg"]);
    }
  });

  it("attribute after 'shot back', 'fired back'", () => {
    for (const verb of ["shot back", "fired back"])
      expect(names(`"Dunmore will always be Dunmore," Tomas Berg ${verb}.`)).toEqual(["Tomas Berg"]);
  });

  it("make a surname that answers so a person", () => {
    const body =
      'Berg spoke first. "Dunmore will always be Dunmore," Okafor retaliated. "It never gives up."';
    expect(names(body)).toEqual(["Okafor"]);
  });
});

describe("a document with a possessor", () => {
  it("was issued by the possessor: 'Roe's statement said', 'From Roe's Facebook post:'", () => {
    expect(names('Tomas Berg\'s statement said: "We are deeply sad to share the news."')).toEqual([
      "Tomas Berg",
    ]);
    const body =
      'Tomas Berg backed the mayor on Wednesday. From Berg\'s Facebook post: "We must move on together."';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });

  it("was issued by the possessor when its addressee follows ('Roe's email to her supporters notes')", () => {
    const body =
      'Tomas Berg\'s donation email to his backers notes that Jane Cho "is a tenant lawyer who fought for housing."';
    expect(names(body)).toEqual(["Tomas Berg"]);
  });

  it("with 'its'/'his' names the owner named right after it ('According to its press release, the NBA')", () => {
    const body =
      'The Lakeside Jets were to play the Riverton Owls.\n\nAccording to its press release, the Velkor League was "pausing all matches after tonight\'s final whistle."';
    expect(names(body)).toEqual(["Velkor League"]);
  });

  it("with 'its' and no owner in view is the document itself, unnamed ('its Amazon summary')", () => {
    const body =
      'Jane Roe has been meeting an author whose novel, according to its Amazon summary, "paints a very worrying picture of the candidate."';
    expect(extractBrief(doc(body)).quotes[0]?.speaker).toMatchObject({ named: false });
  });

  it("but the possessor's people are described, not the possessor", () => {
    expect(
      extractBrief(doc('Tomas Berg\'s lawyers said: "We will appeal."')).quotes[0]?.speaker,
    ).toMatchObject({
      named: false,
    });
  });
});

describe("a description 'known as' a name", () => {
  it("gives the name, before or after the verb", () => {
    expect(
      names('"There was no such order," said the camp commander known as Tomas Berg, speaking publicly.'),
    ).toEqual(["Tomas Berg"]);
    expect(names('The base chief, known as Tomas Berg, said "there was no such order."')).toEqual([
      "Tomas Berg",
    ]);
  });
});

describe("a body's document after 'a' or 'one'", () => {
  it("is issued by the body, as after 'the'", () => {
    const body =
      'The Dunmore Fund is spending money. One Dunmore Fund ad, which is airing now, argues that "only Roe can win."';
    expect(names(body)).toEqual(["Dunmore Fund"]);
  });

  it("while 'a Roe aide' stays a description", () => {
    const quote = extractBrief(doc('Tomas Berg spoke. A Berg aide said "only Roe can win the race."'))
      .quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "A Berg aide", named: false });
  });
});

describe("'the agency' and an organisation named with that word", () => {
  it("is that organisation only when it was named lately", () => {
    const early = "Dunmore Intelligence Agency director Tomas Berg resigned in 2012.";
    const filler = Array.from({ length: 8 }, (_, i) => `The inquiry went on for week ${i + 2}.`).join(" ");
    const body = `${early} ${filler} In a letter, the Federal Bureau of Inquiry confirmed the work. The agency declined to detail its "specific focus, scope or targets."`;
    expect(names(body)).toEqual(["Federal Bureau of Inquiry"]);
  });
});

describe("a noun that is spelt like a verb of saying after the quote", () => {
  it("is no attribution after 'of': a later quote of the sentence keeps its speaker", () => {
    const body =
      'The audit ended. On Monday, Jane Roe said that while the aides had been "very sloppy" with the files, "no fair judge" would bring a case against the secretary of state.';
    expect(names(body)).toEqual(["Jane Roe", "Jane Roe"]);
  });

  it("while a surname spelt like a preposition still speaks", () => {
    const body = 'Ted From advised the party. Voters saw them as "the party of big plans," From said.';
    expect(names(body)).toEqual(["Ted From"]);
  });
});

describe("a list inside the apposition after the quote", () => {
  it("does not open a new clause", () => {
    const body =
      'The plans "are a move the right way," Jane Roe, deputy secretary for housing, transport, and planning, said on the call.';
    expect(names(body)).toEqual(["Jane Roe"]);
  });
});

describe("'as X put it' before the quote", () => {
  it("makes a word named only there the speaker", () => {
    expect(names('As Quillbeat put it, "Hello, the tour is back." Fans cheered.')).toEqual(["Quillbeat"]);
  });
});

describe("a quote after an earlier quote that holds '!' or '?'", () => {
  it("keeps the words before that quote in its sentence ('to shouts of \"Roe! Roe!,\" the senator said')", () => {
    const body =
      'Jane Roe toured the state. Stepping onto the stage to shouts of "Roe! Roe!," the senator said her campaign was "gaining ground every single day."';
    expect(names(body)).toEqual(["the senator"]);
  });
});

describe("a later quote of the sentence the earlier quote ends in", () => {
  it("keeps the speaker after 'further remarking', past the full stops inside the first", () => {
    const body =
      'The vote was held. Senator Jane Roe remarked, "It has been a long fight. We are starting to see the fruits," further remarking, "Women here have said it is time." Roe was elected in 2012.';
    expect(names(body)).toEqual(["Jane Roe", "Jane Roe"]);
  });

  it("is not kept when someone else is named before a colon that opens the next quote", () => {
    // (The closing mark glued to "Senator" ends a sentence, so the colon's clause is Jane Roe's.)
    const body =
      "Tom Doe posted a photo. “Happy taco day!,” he tweeted. “The best tacos are made at my grill. I love tacos!”Senator Jane Roe broke down what was wrong with it to a newspaper: “What Doe did was careless. Not all of us eat tacos.”";
    expect(names(body)).toEqual(["Tom Doe", "Jane Roe"]);
  });

  it("is kept for a relative clause on the described speaker, past an abbreviation's full stop", () => {
    const body =
      'Tom Doe "got off lightly," said a former U.S. prosecutor who led fraud cases and called the affair "a minor matter by comparison."';
    expect(names(body)).toEqual(["a former U.S. prosecutor", "a former U.S. prosecutor"]);
  });

  it("is kept when the name before the colon is an object", () => {
    const body =
      'Tom Doe hammered the mayor, whom he described as "a volatile man," and contrasted him with Jane Roe: "She is a steady hand."';
    expect(names(body)).toEqual(["Tom Doe", "Tom Doe"]);
  });
});

describe("a description in the apposition before the name", () => {
  it("names a person by the shape of its noun", () => {
    const body =
      'One of the study\'s authors, herpetologist Jane Roe, told a magazine the pattern was deep: "Somehow, these toads are switching on ancient genes."';
    expect(names(body)).toEqual(["Jane Roe"]);
  });
});

describe("a pronoun set off by a comma before the verb", () => {
  it("is the verb's subject, not the clause before the comma", () => {
    const body =
      'Karen Voss spoke after the rally. It counts for a lot, she said in a chat, that the campaign "does not forget the little people of Iowa."';
    expect(names(body)).toEqual(["Karen Voss"]);
  });
});

describe("a subject after 'so … that' and before a modal", () => {
  it("is the description between them", () => {
    const body =
      'The debate fell on a Saturday. The timing was so strange that a spokesman for Jane Roe could only quip: "I guess the holiday was booked."';
    const quote = extractBrief(doc(body)).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "a spokesman for Jane Roe", named: false });
  });
});

describe("a pronoun after the last comma, with a coordinated verb before the verb of saying", () => {
  it("is the subject, not a body named in the clause before the comma", () => {
    const body =
      "Jane Roe is the candidate. When Tom Doe, her campaign chief was asked during a lunch held by The Dunmore Journal if Roe would hold a press conference, he laughed and said, “We will see.”";
    expect(names(body)).toEqual(["Tom Doe"]);
  });
});

describe("a line that ends with a colon", () => {
  it("introduces the quote opening the next line, as a paragraph does", () => {
    const body =
      'The party is less discreet. In comments online, party chairman Mark Vale, whose bio lists two hashtags, writes:\n"It is a long shot, I admit, but our slate could win votes."\n\nThe filing came later.';
    expect(names(body)).toEqual(["Mark Vale"]);
  });
});

describe("more subjects of an introducing clause", () => {
  it("start after the last clause boundary before the verb of a paragraph ending in a colon", () => {
    const body =
      "It would be hard to overstate the statement's weight for the movement, as the Dunmore Institute notes:\n\n" +
      '"In the spring of 1962, some ninety young organizers met at a printer\'s home."';
    expect(names(body)).toEqual(["Dunmore Institute"]);
  });

  it("include a body credited between a dash and a colon", () => {
    const body =
      'But the polls did predict the caucus - Dunmore Institute: "Most pollsters fared much better this time."';
    expect(names(body)).toEqual(["Dunmore Institute"]);
  });

  it("include a pronoun after 'as', with an adverb before the verb", () => {
    const body =
      'Two weeks after Jane Roe lost her temper at a town fair, wagging her finger at a heckler as she angrily said, "Enough of the smears" about her record, Tom Doe jabbed at her.';
    expect(names(body)).toEqual(["Jane Roe"]);
  });

  it("include a pronoun whose verb opens on the saying ('she began by saying')", () => {
    const body =
      'Mayor Jane Roe left the stage. When the lights came back she began by saying, "The budget vote is put off."';
    expect(names(body)).toEqual(["Jane Roe"]);
  });
});

describe("a quote that runs on, unpunctuated, from the verb of saying before it", () => {
  it("is that verb's, not the subject of a later verb in the reported sentence", () => {
    const lead = "Jane Roe and Tom Doe met for a town-hall debate on Monday.\n\n";
    expect(
      names(
        `${lead}At the fair Roe kept saying "for sure" Doe has more volunteers and then argued the vote would be close.`,
      ),
    ).toEqual(["Jane Roe"]);
    expect(
      names(
        `${lead}Roe kept saying "for sure" Doe has more volunteers -- having told the club he would not run.`,
      ),
    ).toEqual(["Jane Roe"]);
    // A comma before the later verb closes the sentence on an attribution of its own.
    expect(names(`${lead}The fund was branded "in honour of" the founders, Doe wrote.`)).toEqual(["Tom Doe"]);
  });
});

describe("a pronoun after a phrase of time or place fronted without a comma", () => {
  it("is the subject a participle of saying after its clause shares", () => {
    expect(
      names('Mayor Tom Roe spoke on Friday. Last week he took a firmer line, saying "the depot will close."'),
    ).toEqual(["Tom Roe"]);
  });

  it("opens a clause of its own after 'though'", () => {
    const body =
      'Mayor Tom Roe has been faulted for going easy on the Acme Front, though last week he took a firmer line, telling reporters the club "will lose its lease."';
    expect(names(body)).toEqual(["Tom Roe"]);
  });
});

describe("a name opening an object relative clause", () => {
  it("is the subject of the verb of saying in it", () => {
    expect(
      names('Most of her anger fell on Tom Doe, who Jane Roe on Friday called "a menace to the harbour."'),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a person's possessive right before a quote of several words", () => {
  it("owns the words", () => {
    const body =
      'Jane Roe ran again. Voters remember Roe\'s "we will never raise taxes on working families" pledge.';
    expect(names(body)).toEqual(["Jane Roe"]);
  });
});

describe("a coordinated clause that opens on a past verb and names no one", () => {
  it("gives no speaker of its words", () => {
    const found = extractBrief(
      doc(
        'Tom Doe headed the push, and in a few weeks the effort had sent letters, hired lawyers, and placed newspaper ads calling the merger "a twenty-five billion dollar mistake."',
      ),
    ).quotes.map((q) => q.speaker?.name ?? null);
    expect(found).not.toContain("placed newspaper ads");
  });
});

describe("a sentence introducing the next paragraph's quote", () => {
  it("takes the subject of its last clause, past a noun that only looks like a verb of saying", () => {
    expect(
      names(
        'The Daily Courier made the claim in March, and Jane Roe responded:\n\n"It is not true at all and we will prove it in court."',
      ),
    ).toEqual(["Jane Roe"]);
  });

  it("does not take the subject of a relative clause in it", () => {
    expect(
      names(
        'At her direction, the Harbor Board issued a statement on the memos, which showed staff members urging a vote.\n\n"Speaking for all of us at the board, we wish to apologize fully and sincerely."',
      ),
    ).toEqual(["Harbor Board"]);
  });
});

describe("a quote followed by 'and' and another subject's verb of saying", () => {
  it("stays with the subject before it; the other subject says the next one", () => {
    expect(
      names(
        'Jane Roe accuses the mayor of "hiding behind the budget" and Tom Doe says he is "losing the fight on potholes."',
      ),
    ).toEqual(["Jane Roe", "Tom Doe"]);
  });
});

describe("a relative clause after a preposition", () => {
  it("starts the clause whose subject says the quote", () => {
    expect(
      names(
        'The mayor spoke late on Wednesday in a chat with the Daily Courier, in which Jane Roe expressed confidence that the budget would not be "a problem for the city or for my office."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a relative clause after a preposition, closed by a comma before the verb", () => {
  it("stays inside the subject's clause", () => {
    expect(
      names(
        'The Harbor Board report, in which Jane Roe was named twice, said the pier was "unsafe for anyone to walk on."',
      ),
    ).toEqual(["Harbor Board"]);
  });
});

describe("a quote set off by dashes after a verb of saying", () => {
  it("is that verb's subject's, not the subject of the clause after the second dash", () => {
    expect(
      names(
        'Although Jane Roe lamented the mayor\'s habit of gaffes - "must he keep giving them so many easy targets?" - Democrats in Ashford who watched the debate said they did not mind.',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a coordinated clause that opens on an auxiliary", () => {
  it("shares the subject of the sentence, after a long fronted clause too", () => {
    expect(
      names(
        'Jane Roe spoke to Tom Doe on Friday.\n\nAsked by Doe whether she thought the flooding on the coast matched the storm of 1998, Roe said that she did not, but was pointing to the "same sort of neglect. It is water under the bridge to them."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a clause after the quote that opens on 'but' and ends on an inverted attribution", () => {
  it("names the speaker after the verb, past an apposition with a comma", () => {
    expect(
      names(
        '"Campaigns are short of money. The outside groups have the money. They do not have a choice" but to lead the advertising, says Colin Mackey, a media consultant in Alexandria, Va.',
      ),
    ).toEqual(["Colin Mackey"]);
  });
});

describe("a pronoun right before the verb of saying after a noun", () => {
  it("is the subject, but not after a verb of saying or 'that'", () => {
    expect(
      names(
        'Over the years, Jane Roe said, email has kept her in touch with friends, although at any talk of email she chuckled and conceded "inboxes can be a burden too."',
      ),
    ).toEqual(["Jane Roe"]);
    expect(
      names(
        'Tom Doe met the mayor on Monday. The senator said he rarely asks mayors to campaign for him, "except for people I am very close to."',
      ),
    ).toEqual(["The senator"]);
  });
});

describe("a town that speaks", () => {
  it("is its government, described by its own words, not by the clause's verb", () => {
    const found = extractBrief(
      doc(
        'The town issued a statement Thursday saying the mayor\'s comments "do not reflect our values at all."',
      ),
    ).quotes;
    expect(found.map((q) => [q.speaker?.name, q.speaker?.named])).toEqual([["The town", false]]);
  });

  it("says nothing by being a sentence's subject alone", () => {
    const found = extractBrief(
      doc(
        'From April 3 to 5, the Canadian city of Ashford hosted a yearly festival devoted to the "model railways."',
      ),
    ).quotes;
    expect(found).toEqual([]);
  });
});

describe("a subject followed by a list of examples", () => {
  it("is the group, not a name the list gives, past the list's closing 'and'", () => {
    const found = extractBrief(
      doc(
        'Fifty former officials, including former directors Jane Roe, Tom Doe, and Ann Poe, signed a letter saying the report "bears every familiar hallmark of a smear operation."',
      ),
    ).quotes;
    expect(found.map((q) => [q.speaker?.name, q.speaker?.named])).toEqual([
      ["Fifty former officials", false],
    ]);
  });
});

describe("a quote closed by a comma before the verb's subject", () => {
  it("ends the clause when a verb of saying quoted it, or when it opens the sentence", () => {
    expect(
      names(
        'And, in a clip that Judge Tom Doe called "distasteful," Jane Roe expressed a desire to "try the whole council in public."',
      ),
    ).toContain("Jane Roe");
    const found = extractBrief(
      doc(
        '"There is no question I am getting special scrutiny," the candidate told the Daily Courier on Saturday, saying that people -- unnamed -- "feel quite alarmed by the polls."',
      ),
    ).quotes;
    expect(found.map((q) => q.speaker?.name)).toEqual(["the candidate", "the candidate"]);
  });

  it("does not end it inside an apposition", () => {
    expect(
      names(
        'Jane Roe met the press. "It was a big year," she said. Roe, the co-author of "Rumour Mill," about the swift growth of hearsay, said the story was "a somewhat unifying story for all."',
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("a child who asks", () => {
  it("is an unnamed speaker described as such", () => {
    const found = extractBrief(
      doc('The last question came from a child.\n\n"How tall is that tower?" asked the boy.'),
    ).quotes;
    expect(found.map((q) => [q.speaker?.name, q.speaker?.named])).toEqual([["the boy", false]]);
  });
});

describe("a quoted modifier between a determiner and its noun", () => {
  it("is followed by a noun, not by a verb of saying ('the \"dispirited\" state')", () => {
    expect(
      names(
        'Worry grew on Wednesday when Speaker Jane Roe lamented the "dispirited" state of the Harbor Party campaign and faulted the "petty squabbling on show" in the race.',
      ),
    ).toEqual(["Jane Roe"]);
  });

  it("still lets a verb of saying follow a quote closed by a comma ('a \"raw time,\" said Roe')", () => {
    expect(names('This is a "raw time for the city," said Tom Doe, a longtime ally.')).toEqual(["Tom Doe"]);
  });
});

describe("a conjunction opening the sentence before a pronoun subject", () => {
  it("is no part of the subject", () => {
    expect(
      names(
        'Jane Roe spoke for an hour. And she seemed to paper over her past statements, promising that in any talks, "we will make it plain that nothing separates us."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a quote after a short phrase of time in the same paragraph", () => {
  it("goes on with the paragraph's speaker", () => {
    expect(
      names(
        'Actor Tom Doe spoke about how the show was overlooked "up until now." During the gala, "I felt like a kid at a fair. I have been an actor for 25 years."',
      ),
    ).toEqual(["Tom Doe", "Tom Doe"]);
  });
});

describe("a quote closed by a question mark, then a credit that quotes a title after its comma", () => {
  it("is the credited speaker's, not the one before", () => {
    expect(
      names(
        '"Who would play the lead?" the host asked, and Jane Roe laughed.\n\n"I am not sure he is free, but we will see, right?" Roe remarked, alluding to the actor\'s turn in "The Long Winter."',
      ),
    ).toEqual(["the host", "Jane Roe"]);
  });

  it("is the credited speaker's when a subordinate clause with a quote of its own follows the verb", () => {
    const found = extractBrief(
      doc(
        'The sketch aired on Saturday.\n\n"How many states have I lost? Is it two? Three?" Jane Roe asks as a janitor walks in, saying he is "here to fix the holes in the wall."',
      ),
    ).quotes;
    expect(found[0]?.speaker?.name).toBe("Jane Roe");
  });
});

describe("a quote inside a fronted clause of saying", () => {
  const speakers = (body: string) =>
    extractBrief(doc(body)).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]);

  it("is that clause's subject's, and the main clause's credit takes the next quote", () => {
    expect(
      speakers(
        'After Jane Roe said that weaker students might do better at "less demanding schools," Tom Doe said: "I do not like what she said, not one bit."',
      ),
    ).toEqual([
      ["Jane Roe", null],
      ["Tom Doe", null],
    ]);
  });

  it("is not the subject of the main clause that follows its comma", () => {
    expect(
      speakers('When Jane Roe called the ruling "a disgrace for the county," Tom Doe said he agreed.'),
    ).toEqual([["Jane Roe", null]]);
  });

  it("leaves a quote after the fronted clause's comma to the main clause", () => {
    expect(speakers('When asked about the plan, "I am not ruling it out," Tom Doe said.')).toEqual([
      ["Tom Doe", null],
    ]);
  });
});

describe("coordinated clauses joined after a quote closed by a comma", () => {
  it("give the second quote to the second clause's subject", () => {
    expect(
      names(
        'Jane Roe said that weaker students might do better at "less demanding schools," and Tom Doe said: "I do not like what she said, not one bit."',
      ),
    ).toEqual(["Jane Roe", "Tom Doe"]);
  });
});

describe("a clause joined by 'however' without a comma after it", () => {
  it("opens the speaking clause, so the words before it are no role", () => {
    const quote = extractBrief(
      doc(
        'The paper reached out to Jane Roe, one of the maintainers of the tool, however Roe said she "would not comment on it for now."',
      ),
    ).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "Jane Roe" });
    expect(quote?.speaker?.role).toBeUndefined();
  });
});

describe("'what' before the subject of a verb of saying", () => {
  it("opens that subject's clause ('in what Jane Roe called \"…\"')", () => {
    expect(
      names(
        'He guarded every delegate in 1976, in what Jane Roe, a campaign treasurer, called "hand-to-hand combat."',
      ),
    ).toEqual(["Jane Roe"]);
    expect(
      names(
        'He often recalls what his parents told him: "Work hard, and never lie to the people you serve."',
      ),
    ).toEqual(["his parents"]);
  });

  it("leaves a verb right after 'what' to the sentence's subject", () => {
    expect(
      names(
        'Jane Roe said Doe is to blame for what happens at his rallies and accused him of "stirring up fights at every stop."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a song's words", () => {
  it("are the singer's, also after a phrase fronted before the name", () => {
    expect(
      names(
        'In the ballad, Nora Quill sings, "Don\'t go hiding from the morning light." In the next, Tom Ridley sang, "Roll on, river, roll on."',
      ),
    ).toEqual(["Nora Quill", "Tom Ridley"]);
  });
});

describe("a chant", () => {
  it("is the words of those who chanted it", () => {
    expect(
      extractBrief(
        doc(
          '"Hey, hey! Ho, ho! The mayor must resign now!" some protesters chanted as they marched downtown.',
        ),
      ).quotes.map((q) => [q.speaker?.name, q.speaker?.named]),
    ).toEqual([["some protesters", false]]);
  });

  it("after 'at which point' belongs to a clause of its own, not to the quote before it", () => {
    expect(
      names(
        'Sheriff Jane Roe spoke for the plan.\n\nShe said, "The council will build the bridge" - at which point the audience chanted "Build it now!"',
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("a description as the subject of 'told' with a named object", () => {
  it("is the person the text gave that title before, not the one told", () => {
    expect(
      names(
        'Mayor Jane Roe spoke to the radio station on Monday.\n\nThe mayor told station correspondent Tom Doe, "I may stand for a change that worries them."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a described subject with an adverb before its own verb", () => {
  it("is the description alone ('Her campaign quickly sent out an email … stating')", () => {
    expect(
      names(
        'Her campaign quickly sent out an email to donors stating, "Mayor Roe Adds Her Voice to Critics of the Plan."',
      ),
    ).toEqual(["Her campaign"]);
  });
});

describe("a described subject with an adverb before 'told … that he'", () => {
  it("keeps the description as the subject of the whole sentence", () => {
    expect(
      names(
        'Mayor John Roe spoke to the radio station on Monday.\n\nThe mayor also told station correspondent Tom Doe that he believes he, "may stand for a change that worries them."',
      ),
    ).toEqual(["John Roe"]);
  });
});

describe("'the group' after the one organisation of the sentence before", () => {
  const speaker = (body: string) => extractBrief(doc(body)).quotes[0]?.speaker?.name ?? null;

  it("is that organisation when it was named as a body", () => {
    expect(speaker('Harbor Watch filed a suit on Monday.\n\n"We will win this," the group said.')).toBe(
      "Harbor Watch",
    );
  });

  it("is not a body named only as the place where people gathered", () => {
    expect(
      speaker(
        'The marchers rallied at Lakeside University before noon.\n\n"Save our park!" the group shouted.',
      ),
    ).toBe("the group");
  });
});

describe("a name opening the subject with its own verb, then another name after a comma", () => {
  it("is the subject of a participle of saying at the end ('visited …, his rival, Jane Doe, saying')", () => {
    expect(
      names(
        'Sen. Tom Roe (I-Vt.) visited the morning show to discuss his remarks about his rival, Jane Doe, saying "on her worst day" she would be "a far better governor" than the others.',
      ),
    ).toEqual(["Tom Roe", "Tom Roe"]);
  });

  it("is not when the name opens a subordinate clause ('as Roe tried to interrupt, Doe exclaimed')", () => {
    expect(
      names(
        'Tom Roe often spoke over his time. In one exchange, as Roe attempted to interrupt, Jane Doe exclaimed, "Mr. Chairman, I am speaking."',
      ),
    ).toEqual(["Jane Doe"]);
    expect(
      names(
        'Last year, when the Harbor Center was hit by vandals, Tom Roe says he called the family, which planned a "paint over the hate" ceremony.',
      ),
    ).toEqual(["Tom Roe"]);
  });
});

describe("'went on' after a quote", () => {
  it("credits the quote like a verb of saying, and the quote after it continues the same speaker", () => {
    expect(
      names(
        'Tom Doe spoke of bullying. Jane Roe answered: "It can happen when you are 45."\n\n"You know, it happens, right?" Doe went on, as if he did not hear her. "But you have to get over it."',
      ),
    ).toEqual(["Jane Roe", "Tom Doe", "Tom Doe"]);
  });
});

describe("a relative clause opened by 'to which'", () => {
  it("has its own subject for the verb of saying ('…, to which Doe interjected: \"…\"')", () => {
    expect(
      names(
        'Jane Roe said that experts had found her plan strong, to which Tom Doe interjected: "It is just not true at all."',
      ),
    ).toEqual(["Tom Doe"]);
  });
});

describe("a gerund of saying after 'for not'", () => {
  it("is no verb of the quote's speaker ('criticised Roe for not calling it \"…\"')", () => {
    expect(
      names(
        'Jane Roe, while being interviewed on Monday, called again for Mayor Tom Doe to step down for not calling the attack an act of "plain hatred against us."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a colon after a body named after a preposition", () => {
  it("names where the words were said, not who said them", () => {
    expect(
      names(
        '"We erred by going in," Jane Roe told WXYZ News in October.\n\nThen, later that month on WXYZ News: "I have never said we erred by going in."',
      ),
    ).toEqual(["Jane Roe", null]);
  });

  it("keeps the person named before it ('Roe took a shot on Twitter:')", () => {
    expect(
      names('President Jane Roe swiftly fired a last jab on Twitter: "Wow, huge news for once!"'),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a name in apposition after a described subject with a relative clause", () => {
  it("is the speaker, with a title holding 'former', and the role without the relative clause", () => {
    const quote = extractBrief(
      doc(
        'One of Doe\'s former supporters who still backs Poe, former Colorado Rep. Jane Roe, lives near his office and wrote in a note that the campaign was "sad in a year meant for women."',
      ),
    ).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: "Jane Roe", role: "One of Doe's former supporters" });
  });
});

describe("an attribution inside parentheses", () => {
  it("has its own subject, not the sentence's ('(Jane Roe, who coined the word, once said, \"…\")')", () => {
    expect(
      names(
        'Most scholars and foreign governments now name this disaster for what it was (Jane Roe, who coined the word, once said, "It occurred again and again, first to one nation, then to the next").',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a quote-only paragraph after a paragraph about the last speaker", () => {
  it("is that speaker's when the paragraph between opens on their name", () => {
    expect(
      names(
        '"He has the appeal the old governor had," Jane Roe notes.\n\nRoe is upbeat about Doe\'s chances in November, in part because she sees Doe as a uniter.\n\n"Not only can Tom Doe win in November, he is the likeliest to do it."',
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });

  it("is no one's when that paragraph opens on someone else", () => {
    expect(
      names(
        '"He has the appeal the old governor had," Jane Roe notes.\n\nTom Doe is upbeat about his chances in November, in part because Roe sees him as a uniter.\n\n"Not only can he win in November, he is the likeliest to do it."',
      ),
    ).toEqual(["Jane Roe", null]);
  });
});

describe("a participle of saying after a comma in a second clause that names no one", () => {
  it("shares the sentence's subject", () => {
    expect(
      names(
        'Jane Roe backed the plan in July, but only after weighing the choice in public for weeks, telling reporters in June that she was "not fully convinced yet."',
      ),
    ).toEqual(["Jane Roe"]);
  });

  it("shares it when the clause names someone only after a preposition, the subject's verb in a perfect tense", () => {
    expect(
      names(
        'Jane Roe has voiced doubts, and even a little fear, about her first debate with Tom Doe later this month, recently telling a friend that she is puzzled about "which Tom Doe will show up."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a quote inside a parenthetical set off by dashes", () => {
  it("is the parenthetical's speaker, not the subject of the verb after the closing dash", () => {
    expect(
      names(
        'Mayor Jane Roe - who previously said she would "shut down every one of the" plants run by the Harbor Company - said at a rally that the city should act.',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a surname that is also the head of a law's or an event's name", () => {
  it("is the person named in full before ('Kevin Law … Law said'), so a later 'he' finds him", () => {
    const brief = extractBrief(
      doc(
        '"Whatever keeps voters happy at home," said Kevin Law, a former aide.\n\nSen. Tom Doe won in 2014. Donors are keen to give far more this time, Law said.\n\n"What I see is a flight to quality," he said.',
      ),
    );
    expect(brief.quotes.map((q) => q.speaker?.name)).toEqual(["Kevin Law", "Kevin Law"]);
    expect(brief.actors.find((a) => a.name === "Kevin Law")?.aliases).toContain("Law");
  });
});

describe("a name after a possessor and the nouns that describe it", () => {
  it("is the subject ('Roe's advocacy group True Nation began …')", () => {
    expect(
      names(
        'In the state, Jane Roe\'s advocacy group True Nation began an ad campaign on Monday praising Sen. Tom Doe for seeking "cross-party fixes to the crisis."',
      ),
    ).toEqual(["True Nation"]);
  });

  it("not past a verb ('Roe's campaign slammed Doe's comments')", () => {
    expect(
      names(
        "Jane Roe's campaign slammed Tom Doe's comments, telling reporters, \"Neither the speaker nor anyone on her team has ever asked for it.\"",
      ),
    ).not.toContain("Tom Doe");
  });
});

describe("a pronoun subject after a phrase fronted before it", () => {
  it("speaks the quote that opens the next sentence ('Unhappy with her part, she quit. \"…\"')", () => {
    expect(
      names(
        'Jane Roe joined the cast in May.\n\nUnhappy with her part, she quit the show a year later. "This was never the plan for my career, not at all."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a clause fronted before a name in apposition", () => {
  it("is no role of the speaker ('Not only did she find it fitting, Woods concluded')", () => {
    const quote = extractBrief(
      doc(
        'Patricia Woods spoke on Monday.\n\nNot only did she think the gesture entirely fitting, Woods concluded that "it might have looked rude" to turn it down.',
      ),
    ).quotes[0];
    expect(quote?.speaker?.name).toBe("Patricia Woods");
    expect(quote?.speaker?.role).toBeUndefined();
  });
});

describe("'the latter' as the subject of a verb of saying", () => {
  it("is the one named last before it", () => {
    const body =
      'Inquiries were opened by the Lakeside Aviation Authority and the Riverton Safety Board, with the latter on Monday confirming via Twitter they were "not sending investigators to the site for now."';
    expect(names(body)).toEqual(["Riverton Safety Board"]);
  });
});

describe("a colon after a fronted phrase", () => {
  it("gives the quote to the pronoun that opens the main clause, whatever its verb", () => {
    expect(
      names(
        'Tom Doyle toured the county fair on Tuesday. Asked which county fair was his favourite, he demurred: "Whichever one I am standing in at the moment." But back home, he went back to his usual lines: "We will fix the roads before we fix anything else."',
      ),
    ).toEqual(["Tom Doyle", "Tom Doyle"]);
  });
});

describe("a question put by someone named after 'was asked by'", () => {
  it("is the asker's, and an active 'asked by letter' stays its subject's", () => {
    expect(
      names(
        'Tom Doyle was asked by moderator Gina Park whether his plan would risk "adding another costly program to the budget." Ann Vale asked by letter whether the plan would "cost the county more than it can pay".',
      ),
    ).toEqual(["Gina Park", "Ann Vale"]);
  });

  it("is the asker's when the question follows the agent at once", () => {
    expect(names('Tom Doyle was asked by host Gina Park, "Will the ferry plan survive the winter?"')).toEqual(
      ["Gina Park"],
    );
  });
});

describe("two people's family names joined by a hyphen", () => {
  it("speak as their ticket when they are a verb's subject", () => {
    const body =
      'Tom Doyle and Ann Vale campaigned in Ohio. Doyle-Vale released a statement: "We cannot accept a crisis that ends in death." The Moss-Vale debate was calm.';
    expect(names(body)).toEqual(["Doyle-Vale"]);
    const actors = extractBrief(doc(body)).actors;
    expect(actors.find((a) => a.name === "Doyle-Vale")?.type).toBe("org");
    expect(actors.map((a) => a.name)).not.toContain("Moss-Vale");
  });
});

describe("a sentence adverb and its comma opening the sentence ('Additionally, …')", () => {
  it("is no part of the subject, so a name in the description after it is passed over", () => {
    const body =
      'President Tomas Ferreira lost the vote. Additionally, businessman and Ferreira loyalist Jane Roe said the president ought to concede the result and "move on".';
    expect(names(body)).toEqual(["Jane Roe"]);
  });

  it("without its comma cuts nothing ('Now Mark Okafor, the candidate, is promising')", () => {
    const brief = extractBrief(doc('Now Mark Okafor, the candidate, is promising "a big show" in the city.'));
    expect(brief.quotes[0]?.speaker).toMatchObject({ name: "Mark Okafor", role: "candidate" });
  });

  it("is no role of the speaker ('Later Jane Roe said')", () => {
    const brief = extractBrief(doc('The hearing ran late. Later Jane Roe said: "We are done here."'));
    expect(brief.quotes[0]?.speaker?.name).toBe("Jane Roe");
    expect(brief.quotes[0]?.speaker?.role).toBeUndefined();
  });
});

describe("'had this to say'", () => {
  it("leaves its helpers out of the described speaker", () => {
    const brief = extractBrief(
      doc('The clinic closed on Monday. A local doctor had this to say: "We are done."'),
    );
    expect(brief.quotes[0]?.speaker).toMatchObject({ name: "A local doctor", named: false });
  });
});

describe("a fronted phrase closed by a person's name and a description after the comma", () => {
  it("is the name with its apposition ('In the blog post Jane Roe, the chief officer of Acme said')", () => {
    expect(
      names(
        'In the blog post Lena Ortiz, the chief officer of Acme Corp said the firm was "moving fully to the new plan".',
      ),
    ).toEqual(["Lena Ortiz"]);
  });

  it("is not a name that is an object in the phrase ('In a letter to Jane Roe, the governor wrote')", () => {
    expect(
      names('In a letter to Lena Ortiz, the governor wrote that the plan was "never going to work".'),
    ).toEqual(["the governor"]);
  });
});

describe("clauses of two speakers and openings that are no subject", () => {
  it("gives the quote to the subject of a 'while' clause that has its own name and apposition", () => {
    expect(
      names(
        'Jim Roe signed an order, while Mike Okafor, the former governor, said the plan was "a disgrace to us all".',
      ),
    ).toEqual(["Mike Okafor"]);
    // A clause with no subject of its own stays the main clause's.
    expect(
      names('Jim Roe, while campaigning in Ohio, called the plan "a disgrace to us all" yesterday.'),
    ).toEqual(["Jim Roe"]);
  });

  it("reads 'proposed' as a verb of saying", () => {
    expect(
      names('Jim Roe signed an order, while Mike Okafor proposed we "pull together and get moving" soon.'),
    ).toEqual(["Mike Okafor"]);
  });

  it("reads 'That said,' opening a sentence as no part of its subject", () => {
    expect(
      names('Jane Roe spoke. That said, she also noted, "If you push him, he will push harder."'),
    ).toEqual(["Jane Roe"]);
  });
});

describe("a quote with no attribution whose sentence names only the last speaker", () => {
  it("is that speaker's, not a quote without a speaker", () => {
    expect(
      names(
        'Not everyone is happy.\n\n"Our members are frustrated with the rule," said Tom Okafor, a spokesman for the Harbor Shops Union, which represents 300 shops with few employees. "It has been very costly for small shops," which Okafor thinks will lead owners to cut hours.',
      ),
    ).toEqual(["Tom Okafor", "Tom Okafor"]);
  });

  it("is not theirs when the sentence names another person too", () => {
    expect(
      names(
        'Not everyone is happy.\n\n"Our members are frustrated with the rule," said Tom Okafor, a spokesman for the Harbor Shops Union, which represents 300 shops with few employees. "It has been very costly for small shops," which Okafor and Jane Roe think will lead owners to cut hours.',
      ),
    ).not.toEqual(["Tom Okafor", "Tom Okafor"]);
  });
});

describe("a verb of saying inside a partial quote's own clause", () => {
  it("goes on with the quoted sentence, whose attribution comes after the comma", () => {
    expect(
      names(
        'The court met.\n\n"The office intends to search the files for papers" that would respond to queries from the Harbor League, city lawyer Ana Ruiz wrote in a filing.',
      ),
    ).toEqual(["Ana Ruiz"]);
    expect(
      names(
        'The court met.\n\n"The office will search the files" to respond to the requests, Ana Ruiz wrote.',
      ),
    ).toEqual(["Ana Ruiz"]);
  });
});

describe("words set off before a speaker's name", () => {
  const roles = (body: string) => extractBrief(doc(body)).quotes.map((q) => q.speaker?.role ?? null);

  it("are no role when they are an adverb, an adjective or a topic", () => {
    expect(
      roles(
        'Officials met. Ana Ruiz came.\n\nFrustrated, Ruiz said she "cannot cross the road" without questions.',
      ),
    ).toEqual([null]);
    expect(
      roles(
        'Officials met. Tom Vigo came.\n\nOf the plan, Vigo said: "It is flat-out scary and nobody wants it."',
      ),
    ).toEqual([null]);
    expect(
      roles(
        'Officials met. Tom Vigo and Ana Ruiz came.\n\nOf Vigo, Ruiz, who backs the mayor, said: "He is flat-out scary."',
      ),
    ).toEqual([null]);
    expect(
      roles(
        'Officials met. Tom Vigo came.\n\nThe mayor "felt a real duty to act on" road safety, Vigo said.',
      ),
    ).toEqual([null]);
  });

  it("are the role when they describe a person, without a possessive pronoun opening them", () => {
    expect(
      roles(
        'Officials met.\n\nOne of the mayor\'s former aides, Tom Vigo, said: "It is flat-out scary and nobody wants it."',
      ),
    ).toEqual(["One of the mayor's former aides"]);
    expect(
      roles(
        'Officials met.\n\nHis former business partner, Tom Vigo, said: "It is flat-out scary and nobody wants it."',
      ),
    ).toEqual(["former business partner"]);
    expect(
      roles(
        'Officials met.\n\nAnother co-author, Tom Vigo, said: "It is flat-out scary and nobody wants it."',
      ),
    ).toEqual(["Another co-author"]);
  });
});

describe("a verb of saying after a modal", () => {
  it("attributes the quote before it ('would later recall', 'will confirm')", () => {
    expect(
      names('The council met.\n\n"It is time for a change in the city," Tom Elkin would later recall.'),
    ).toEqual(["Tom Elkin"]);
    expect(names('The council met.\n\n"The road will open in May," Ana Ruiz will confirm.')).toEqual([
      "Ana Ruiz",
    ]);
  });
});

describe("a quoted name followed by a participle, its agent and a coordinated verb of saying", () => {
  it("gives the later quote to the sentence's subject, not to the agent", () => {
    expect(
      names(
        'Jane Roe toured the docks during a "Harbour Forum" hosted by Acme Radio and said of the repairs: "They will take two more winters."',
      ),
    ).toEqual(["Jane Roe"]);
  });
});

describe("'went on about' as a verb of saying", () => {
  it("gives the quotes after it to its subject, not to a later speaker of the sentence", () => {
    expect(
      names(
        'Ann Vale sat near the stage. "Is the ferry back?" she asked, and as Tom Roe went on about "a harbour without boats," and "the winter timetable," Ann Vale kept knitting.',
      ),
    ).toEqual(["Ann Vale", "Tom Roe", "Tom Roe"]);
  });
});

describe("a title that is also a surname, alone", () => {
  it("is that surname when the text names someone with a given name and it", () => {
    expect(
      names('Former mayor Linda Dean spoke first. Dean answered her critics, posting, "The budget adds up."'),
    ).toEqual(["Linda Dean"]);
  });
});

describe("'he' after a sentence naming a woman by her given name alone", () => {
  it("goes to the man named, not to her", () => {
    expect(
      names(
        'Marissa fed the goats while Gregory fixed the fence.\n\nMarissa waved until Tom Vale reached the gate with the mail.\n\n"The parcel came at last," he said.',
      ),
    ).toEqual(["Tom Vale"]);
  });
});

describe("a pronoun opening a subordinate clause between two quotes of a sentence", () => {
  it("gives the later quote to that pronoun's person, not to the earlier quote's speaker", () => {
    expect(
      names(
        'Mayor Tom Vale called Jane Roe\'s budget "a waste of good money" after she blamed the shortfall on "years of careless planning" at a hearing.',
      ),
    ).toEqual(["Tom Vale", "Jane Roe"]);
  });

  it("keeps the earlier speaker when the pronoun is that speaker's, saying more", () => {
    expect(
      names(
        'Jane Roe spoke first. "The budget is fine," she said at a briefing, and then predicted: "The roads will come first this year."',
      ),
    ).toEqual(["Jane Roe", "Jane Roe"]);
  });
});

describe("words in the first person in a sentence with no speaker of its own", () => {
  it("go on with the speaker of the paragraph", () => {
    expect(
      names(
        'The pottery opened in May. "The workshop runs late most nights," Jane Hale told reporters. The new kiln "gets so hot that I keep the door open all day."',
      ),
    ).toEqual(["Jane Hale", "Jane Hale"]);
  });

  it("but not when someone else in the sentence may have said them, nor in a slogan's 'we'", () => {
    expect(
      names(
        '"The kiln is old," Jane Hale told reporters. Then a buyer walked in and she\'s like, "I want the blue bowls." On the banner was "a harbour we can all be proud of." Tom Vale\'s shed "is so cold I wear two coats."',
      ),
    ).toEqual(["Jane Hale", null, null, null]);
  });
});

describe("a participle after a named subject's own verb of saying", () => {
  it("shares that subject, not the clause as a description", () => {
    expect(
      names(
        'Former mayor Linda Vance spoke first. Vance answered her critics, posting, "The budget adds up."',
      ),
    ).toEqual(["Linda Vance"]);
  });
});

describe("a verb of likening or comparing before a short quote", () => {
  it("attributes the words the subject likened something to", () => {
    const quotes = extractBrief(
      doc('A rival, Aldo Roe, likened the levy to "taxing the tide itself" on Monday.'),
    ).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["taxing the tide itself", "Aldo Roe"]]);
  });
});

describe("a count of people opening the clause of a participle of saying", () => {
  it("is the unnamed group that speaks", () => {
    const quotes = extractBrief(
      doc(
        'Dozens of workers walked out on Friday, shouting "fair shifts for every crew at the plant." Hundreds of marchers crossed the bridge, chanting "open the harbor to the fleet again."',
      ),
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: "Dozens of workers", type: "person", named: false },
      { name: "Hundreds of marchers", type: "person", named: false },
    ]);
  });
});

describe("a line of a transcript quoted whole", () => {
  it("has the person named before its colon for speaker, not whoever quotes it", () => {
    const body =
      'Reporter Mira Vale wrote that the debate was dull. Tom Matte hosts the show.\n\n"Tom Matte: So the bridge is paid for by a toll on tourists? Then who pays when they stop coming," Vale wrote.\n\n"Chicago: a city that lost its harbor and its hope," Vale wrote.';
    expect(names(body)).toEqual(["Tom Matte", "Mira Vale"]);
  });
});

describe("a country as the subject of a verb of saying", () => {
  it("speaks for its government, named as itself or by its capital", () => {
    const brief = extractBrief(
      doc(
        'Talks stalled on Friday. Norway said the offer was "not serious enough to answer." Finland branded the test "a reckless act of provocation." Lisbon warned that the tariffs "will hurt both our economies."',
      ),
    );
    expect(brief.quotes.map((q) => q.speaker && [q.speaker.name, q.speaker.type])).toEqual([
      ["Norway", "place"],
      ["Finland", "place"],
      ["Lisbon", "place"],
    ]);
  });

  it("speaks after a focusing adverb and before its apposition ('Even Finland, its closest partner, said')", () => {
    expect(
      names(
        'Talks stalled. Even Finland, its closest partner, said it was "firmly against the new tariffs."',
      ),
    ).toEqual(["Finland"]);
  });

  it("does not speak through its demonym or as a word qualifying the subject", () => {
    const speakers = names(
      'An Estonian textbook just published for pupils explains "the costs of the new border fence." The U.S. media has long described the plan as "a costly mistake for everyone." The Norway office said it would "close the doors for a week." "Our ports are open to every trader," the Norwegians state in the paper.',
    );
    expect(speakers).toHaveLength(4);
    for (const country of ["Estonia", "United States", "Norway"]) expect(speakers).not.toContain(country);
  });

  it("qualifies the noun after it, which is an unnamed speaker", () => {
    const [quote] = extractBrief(
      doc('Ohio voters said the plan was "a costly mistake for everyone."'),
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: "Ohio voters", named: false });
  });
});

describe("a phrase fronted on a preposition before a described person", () => {
  it("is no unnamed speaker: the person named after it speaks", () => {
    expect(
      names(
        'The court dismissed the appeal. Outside court, Yindi elder Robert Walker said the ruling was "a long time coming".',
      ),
    ).toEqual(["Robert Walker"]);
  });
});

describe("a described speaker with the person named in apposition after a title", () => {
  it("is that person ('said the council's planning chair, Cllr Jane Roe.')", () => {
    expect(
      names(
        `The council met on Thursday. "We need homes," said the council's planning chair, Cllr Priya Shah.`,
      ),
    ).toEqual(["Priya Shah"]);
    expect(names(`The bureau met. "We need homes," said the bureau's director, with Priya Shah.`)).toEqual([
      "the bureau's director",
    ]);
  });
});

describe("a quote in a sentence with no speaker of its own, after reported speech", () => {
  it("goes on with the one whose words the sentence before reports", () => {
    expect(
      names(
        'Voters were upset. Like many parents, Dana Pike said she was unhappy with the early vote. Doing so "looked like a way to shut out the town."',
      ),
    ).toEqual(["Dana Pike"]);
    expect(names('Tom Berg said the plan was late. Critics called it "a disaster" on Monday.')).toEqual([
      "Critics",
    ]);
    expect(names('Tom Berg said the plan was late. Its critics see it as "a shambles".')).not.toContain(
      "Tom Berg",
    );
  });
});

describe("a name set off after the description that closes an attribution", () => {
  it("is the one described", () => {
    const body =
      'Prices rose.\n\n"Every kilowatt counts," said the operator, Voltara.\n\nAccording to the regulator, Ofkess, bills will "rise again".';
    expect(names(body)).toEqual(["Voltara", "Ofkess"]);
    const [quote] = extractBrief(
      doc('Officials met.\n\nAccording to his lawyer, Jo Roe, the plan is "a serious mistake for all".'),
    ).quotes;
    expect(quote?.speaker).toEqual({ name: "Jo Roe", type: "person", named: true, role: "lawyer" });
  });
});

describe("a quote-only paragraph after one that opens on what someone was asked", () => {
  it("is the answer of the one asked, named, after a role or as 'she'", () => {
    expect(
      names(
        [
          "Councillor Mia Holt met readers of the Brackenfold Echo on Friday.",
          "Asked whether she would stand again, Holt smiled.",
          '"Not this time. Someone younger should have a go."',
          "When asked about the harbour, she was more careful.",
          '"We will know more in the spring."',
          "Asked about the strike, union organiser Tom Vale shrugged.",
          '"That is for the members to decide."',
        ].join("\n\n"),
      ),
    ).toEqual(["Mia Holt", "Mia Holt", "Tom Vale"]);
  });

  it("not when a place opens the clause after it ('Asked about it, Brackenfold residents …')", () => {
    expect(
      names(
        [
          "Councillor Mia Holt spoke on Friday.",
          "Asked about the timetable, Brackenfold residents stayed silent for weeks.",
          '"Nobody told us anything at all."',
        ].join("\n\n"),
      ),
    ).toEqual([null]);
  });
});

describe("a quote-only paragraph after a question standing alone as a paragraph", () => {
  it("is the answer of the one interviewed: the only person named, then the last speaker", () => {
    expect(
      names(
        [
          "Coach Dina Farrow has run the Brackenfold club for a decade. She spoke to us before the final.",
          "What has changed?",
          '"Everything. The players are fitter and the pitches are better."',
          "And what has not?",
          '"The rain. It still rains every Saturday."',
        ].join("\n\n"),
      ),
    ).toEqual(["Dina Farrow", "Dina Farrow"]);
  });

  it("is no one's when the article has named several people and no one has spoken yet", () => {
    expect(
      names(
        [
          "Dina Farrow and Tom Pike run the club.",
          "What has changed?",
          '"Everything. The players are fitter and the pitches are better."',
        ].join("\n\n"),
      ),
    ).toEqual([null]);
  });
});

describe("a relative clause without 'that' on a noun ('a process one diplomat described as')", () => {
  it("has the description after the noun as its speaker", () => {
    expect(
      names(
        'Ministers met on Friday to split the harbour fees, a process one delegate described as "a brawl in a phone box."',
      ),
    ).toEqual(["one delegate"]);
    expect(
      names(
        'Nina Falk coaches the team. It was a result the coach called "the best afternoon of my whole career."',
      ),
    ).toEqual(["the coach"]);
  });

  it("opens a clause of its own after a noun set off by a comma ('…, a claim his campaign called')", () => {
    expect(
      names(
        'Nina Falk faces Tom Reyes in May. She told voters that rents would rise under Reyes, a claim his campaign called "plainly untrue."',
      ),
    ).toEqual(["his campaign"]);
  });
});
