// Short and partial quotes that are reported speech, and the quoted names, titles and terms
// that stay out. Invented sentences.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const quotes = (body: string) => briefOfText(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("a single quoted word", () => {
  // The project's annotation convention (the eval set's README): single-word quoted items are terms,
  // not quotes, even when someone said them. PolNeAR counts some; its README says not to trade.
  it("is no quote, even when a verb of saying gives it a speaker", () => {
    expect(quotes('Mayor Jane Roe called the bridge plan "reckless" on Monday.')).toEqual([]);
    expect(quotes('The bridge plan is "dead," Jane Roe said on Monday.')).toEqual([]);
    expect(quotes('Asked whether the bridge would open in May, Jane Roe said, "Certainly."')).toEqual([]);
  });
});

describe("a link or a file name in quotation marks", () => {
  it("is no quote, even when a verb of saying gives it a speaker", () => {
    expect(quotes('Jane Roe wrote, "pic.example.com/abc12" on Monday.')).toEqual([]);
    expect(quotes('The figures came from "reports/2024-budget.pdf," Jane Roe said.')).toEqual([]);
    expect(quotes('Jane Roe said, "We won 2.5 million votes." It was.')).toEqual([
      ["We won 2.5 million votes.", "Jane Roe"],
    ]);
  });
});

describe("a quote after a preposition, given a speaker", () => {
  it("is speech when it opens in lower case", () => {
    expect(quotes('Jane Roe accused the council of "wasting our money" at the meeting.')).toEqual([
      ["wasting our money", "Jane Roe"],
    ]);
  });

  it("is a name when it opens in capitals", () => {
    expect(quotes('Jane Roe said she is a member of "Parents against the bridge" now.')).toEqual([]);
  });
});

describe("quote marks", () => {
  it("closes a quote on a left mark typed at its end", () => {
    expect(quotes("Jane Roe called the new toll “a tax on every family“ on Monday.")).toEqual([
      ["a tax on every family", "Jane Roe"],
    ]);
  });

  it("ends a quote left open at a line break when the next line opens a quote again", () => {
    expect(
      quotes(
        "“The bridge is too old to repair,” Jane Roe said. “We must build a new one.\n“It will take five years and cost a great deal,” she said.",
      ),
    ).toEqual([
      ["The bridge is too old to repair … We must build a new one.", "Jane Roe"],
      ["It will take five years and cost a great deal", "Jane Roe"],
    ]);
  });
});

describe("an opening mark typed twice", () => {
  it("opens one quote, whose text starts after both marks", () => {
    expect(
      quotes('"“You don’t win the race by how many towns you win,” Tom Elkin said after the count.'),
    ).toEqual([["You don’t win the race by how many towns you win", "Tom Elkin"]]);
    expect(
      quotes("Jane Roe proposed this: ““The harbor must stay open to every boat, day and night.”"),
    ).toEqual([["The harbor must stay open to every boat, day and night.", "Jane Roe"]]);
  });
});

describe("an inch sign", () => {
  it("is no quotation mark after feet and inches", () => {
    expect(quotes(`"He was tall, like 6'2" and thin," Jane Roe said. "He ran off," she added.`)).toEqual([
      [`He was tall, like 6'2" and thin`, "Jane Roe"],
      ["He ran off", "Jane Roe"],
    ]);
  });
});

describe("a passive verb of saying with its agent after the quote", () => {
  it("gives the quote to the agent", () => {
    expect(quotes('The bridge plan was labeled "a reckless gamble" by Jane Roe on Monday.')).toEqual([
      ["a reckless gamble", "Jane Roe"],
    ]);
  });

  it("leaves a clause's own verb its subject when the agent belongs to the quoted words", () => {
    expect(quotes('Jane Roe said she was "deeply encouraged" by the vote on Monday.')).toEqual([
      ["deeply encouraged", "Jane Roe"],
    ]);
  });
});

describe("verbs of attacking and portraying", () => {
  it("attribute the words they quote", () => {
    expect(quotes('Jane Roe blasted the toll plan as "unfair to drivers" at the meeting.')).toEqual([
      ["unfair to drivers", "Jane Roe"],
    ]);
    expect(quotes('Jane Roe portrayed the mayor as "arrogant and aloof" in a speech.')).toEqual([
      ["arrogant and aloof", "Jane Roe"],
    ]);
    expect(quotes('Jane Roe slammed the "toll scheme" in a speech.')).toEqual([["toll scheme", "Jane Roe"]]);
  });
});

describe("a quote whose closing mark was left out", () => {
  it("runs to the end of its paragraph when it reads as full sentences", () => {
    expect(
      quotes(
        "Jane Roe spoke at the rally on Monday. “We will build the bridge this year and nobody will stop us.\n\nThe crowd cheered.",
      ),
    ).toEqual([["We will build the bridge this year and nobody will stop us.", "Jane Roe"]]);
  });

  it("is a stray mark when what follows is not a sentence", () => {
    expect(
      quotes(
        "Jane Roe spoke at the rally. “the bridge plan and the new tolls that the council wants\n\nThe crowd cheered.",
      ),
    ).toEqual([]);
  });
});

describe("a short quote in a sentence whose subject is named", () => {
  it("is the subject's, from two words on", () => {
    expect(quotes('Jane Roe wants a "fresh start" for the town.')).toEqual([["fresh start", "Jane Roe"]]);
  });
});

describe("a title that keeps the sentence's full stop inside its marks", () => {
  it("is not a quote after 'on' or a possessive", () => {
    expect(quotes('Jane Roe said the bridge would open in May, speaking on "Morning Town Hour."')).toEqual(
      [],
    );
    expect(quotes('Jane Roe told the network\'s "Evening Report." The bridge opens in May.')).toEqual([]);
  });
});

describe("coordinated quotes with the attribution after the last", () => {
  it("all take that speaker", () => {
    expect(
      quotes(
        'Bridges are "a public danger" and "a waste of money," Jane Roe, the former mayor, told the crowd.',
      ),
    ).toEqual([
      ["a public danger", "Jane Roe"],
      ["a waste of money", "Jane Roe"],
    ]);
  });
});

describe("words quoted after 'the term' or 'the phrase'", () => {
  it("are a term, even in a sentence with a speaker", () => {
    expect(
      quotes('Professor Jane Roe writes that the term "habitual resident" came from Roman law.'),
    ).toEqual([]);
    expect(
      quotes('Moreover, Jane Roe says the 2nd Schedule phrase "bound by" meant something else.'),
    ).toEqual([]);
  });
});

describe("words quoted after 'entitled' or 'titled'", () => {
  it("are a title, however long and whoever wrote it", () => {
    expect(
      quotes(
        "Former aide Jane Roe published a column, entitled, “How Backing Roe in 2028 Could Save Our Whole Valley.” It was read widely.",
      ),
    ).toEqual([]);
    expect(quotes('Jane Roe circulated a memo titled "A Clear Look at the Numbers So Far."')).toEqual([]);
  });
});

describe("capitalised words quoted right after a noun for a work", () => {
  it("are its title, however long ('his book \"Harbor Lights: …\"', 'the podcast \"Well, That Went Badly.\"')", () => {
    expect(
      quotes(
        '"We were warned," she said, as recalled in Tom Elkin\'s book "Harbor Lights: Jane Roe\'s Long Fight for the Future of Acme." Roe moved on.',
      ),
    ).toEqual([["We were warned", null]]);
    expect(quotes('Jane Roe co-hosts the politics podcast "Well, That Went Badly." Subscribe here.')).toEqual(
      [],
    );
  });

  it("are still speech when not in title case ('the show \"was rigged …\"', 'the programme \"We will …\"')", () => {
    expect(quotes('Jane Roe said the show "was rigged from the start and everyone knew it."')).toEqual([
      ["was rigged from the start and everyone knew it.", "Jane Roe"],
    ]);
    expect(
      quotes('Jane Roe said on the radio programme "We will miss him, and the town will miss him more."'),
    ).toEqual([["We will miss him, and the town will miss him more.", "Jane Roe"]]);
  });
});

describe("a few quoted words with no one to say them", () => {
  it("are a term, even when a full stop closes them inside the marks", () => {
    expect(
      quotes('Seven riders died; the cause of each death was reportedly "head trauma." The road reopened.'),
    ).toEqual([]);
  });

  it("while the same words with a speaker are a quote", () => {
    expect(quotes('The coroner, Jane Roe, said the cause was "blunt force trauma."')).toEqual([
      ["blunt force trauma.", "Jane Roe"],
    ]);
  });
});

describe("words in capitals, shouted before their attribution", () => {
  it("are speech when a verb of saying follows ('\"BIG WIN TODAY,\" he declared')", () => {
    expect(quotes('Tomas Ferreira kept boasting. "BIG WIN TODAY," he declared in a post on Monday.')).toEqual(
      [["BIG WIN TODAY", "Tomas Ferreira"]],
    );
  });

  it("are still a show's title inside a clause ('told KTV's \"MORNING NEWS\"')", () => {
    expect(quotes('Jane Roe told KTV\'s "MORNING NEWS," which airs daily, that the plan was over.')).toEqual(
      [],
    );
  });
});

describe("a quote whose speaker's own verb is followed by another clause", () => {
  it("is that speaker's ('\"Go back,\" Roe barked and a guard led him out')", () => {
    expect(
      quotes(
        'The reporter tried to ask a question. "Go back to your seat," Roe barked and a guard led him out.',
      ),
    ).toEqual([["Go back to your seat", "Roe"]]);
  });
});
