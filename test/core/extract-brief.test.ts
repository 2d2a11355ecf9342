import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { DocumentBrief } from "../../src/core/schemas.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";
import { parseDocument } from "../../src/ingest/document-file.ts";
import { textDocument } from "../support/text-document.ts";

const doc = textDocument;
const seed = parseDocument(
  readFileSync(
    new URL("../../briefs/russia-china/docs/russia-china-2022-09-07.txt", import.meta.url),
    "utf8",
  ),
  { fallbackTitle: "seed" },
);

describe("the seed article", () => {
  const brief = extractBrief(seed);
  const actor = (name: string) => brief.actors.find((a) => a.name === name || a.aliases.includes(name));

  it("validates against the contract", () => {
    expect(DocumentBrief.safeParse(brief).success).toBe(true);
  });

  it("shows the actors the issue lists, typed and with their aliases", () => {
    for (const name of [
      "Russia",
      "China",
      "Ukraine",
      "Belarus",
      "India",
      "Syria",
      "North Korea",
      "Iran",
      "United States",
      "NATO",
    ]) {
      expect(actor(name), name).toBeDefined();
    }
    expect(actor("China")?.type).toBe("place");
    expect(actor("China")?.aliases).toEqual(expect.arrayContaining(["Chinese", "Beijing"]));
    expect(actor("Rostec")?.type).toBe("org");
    expect(actor("Russian Ministry of Defense")?.type).toBe("org");
    expect(actor("Center for Strategic and International Studies")?.aliases).toContain("CSIS");
    expect(actor("Chinese Communist Party")?.aliases).toContain("CCP");
    expect(actor("Bonny Lin")).toMatchObject({ type: "person" });
    expect(actor("Bonny Lin")?.aliases).toContain("Lin");
  });

  it("gives its four quotes with their speakers, and Vostok-2022 is not one", () => {
    const speakers = brief.quotes.map((q) => q.speaker?.name);
    expect(speakers).toEqual([
      "Russian Ministry of Defense",
      "Rostec",
      "Bonny Lin",
      "Center for Strategic and International Studies",
    ]);
    expect(brief.quotes.some((q) => q.text.includes("Vostok"))).toBe(false);
  });

  it("cites verbatim sentences and exact offsets", () => {
    const sentences = splitSentences(seed.body);
    for (const k of brief.keyPoints) expect(sentences[k.sentence]?.text).toBe(k.text);
    for (const q of brief.quotes) expect(seed.body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe("sentences", () => {
  it("does not split after abbreviations or initials, and splits after .”", () => {
    const s = splitSentences("Dr. Smith met U.S. officials in J. K. Town. “It went well.” The talks ended.");
    expect(s.map((x) => x.text)).toEqual([
      "Dr. Smith met U.S. officials in J. K. Town.",
      "“It went well.”",
      "The talks ended.",
    ]);
  });

  it("splits after a closing quotation mark with the next sentence glued to it", () => {
    const body = "He tweeted. “I love the harbor!”Former mayor Jane Roe told the Courier: “It was a stunt.”";
    expect(splitSentences(body).map((x) => x.text)).toEqual([
      "He tweeted.",
      "“I love the harbor!”",
      "Former mayor Jane Roe told the Courier: “It was a stunt.”",
    ]);
    expect(extractBrief(doc(body)).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, "Jane Roe"]);
  });
});

describe("quote patterns", () => {
  const quotes = (body: string) =>
    extractBrief(doc(body)).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

  it("after the quote: “…,” X said / “…,” said X", () => {
    expect(quotes('"We will rebuild the bridge," Maria Lopez said.')).toEqual([
      ["We will rebuild the bridge", "Maria Lopez"],
    ]);
    expect(quotes("“The plan is sound,” said John Carter, a senior engineer.")).toEqual([
      ["The plan is sound", "John Carter"],
    ]);
  });

  it("before the quote: X said: “…” and according to X", () => {
    expect(quotes('Anna Berg said: "Prices will rise next year."')).toEqual([
      ["Prices will rise next year.", "Anna Berg"],
    ]);
    expect(quotes('According to the United Nations, "the situation is getting worse every day."')).toEqual([
      ["the situation is getting worse every day.", "United Nations"],
    ]);
  });

  it("joins a quote split by its attribution with “ … ”", () => {
    expect(quotes('"This is wrong," Peter Hall said. "We will appeal."')).toEqual([
      ["This is wrong … We will appeal.", "Peter Hall"],
    ]);
    // (A noun after a determiner is no second verb of saying; a name's last letter no article.)
    expect(
      quotes(
        '"It confirmed what we knew," said Tara Quinn, the state elections director. "Our counts were right." ' +
          '"We won," Lucía Peña said in her remarks. "We will govern for all."',
      ),
    ).toEqual([
      ["It confirmed what we knew … Our counts were right.", "Tara Quinn"],
      ["We won … We will govern for all.", "Lucía Peña"],
    ]);
    // (Also when the first part opens its sentence and its comma is missing.)
    expect(quotes('"The fair is a patchwork of stalls" Ron Berg said. "Cheese is a big stall."')).toEqual([
      ["The fair is a patchwork of stalls … Cheese is a big stall.", "Ron Berg"],
    ]);
  });

  it("does not join a partial quote the sentence goes on after to the next quote", () => {
    expect(
      quotes(
        'Hale is a "steady reformer" who has won twice, the editorial board writes. "It is a sign of the party\'s mood that some attacked her."',
      ).map(([text]) => text),
    ).toEqual(["steady reformer", "It is a sign of the party's mood that some attacked her."]);
  });

  it("resolves he / the company, and carries the speaker to a quote-only paragraph", () => {
    const body =
      'Acme Corporation makes tools. The company said, "Sales doubled this year."\n\nJames Reed runs it. He said, "We are hiring now."\n\n"And we will keep hiring next year."';
    expect(quotes(body)).toEqual([
      ["Sales doubled this year.", "Acme Corporation"],
      ["We are hiring now.", "James Reed"],
      ["And we will keep hiring next year.", "James Reed"],
    ]);
  });

  it("leaves scare quotes, single words and names out, and an unclear speaker null", () => {
    expect(
      quotes(
        'The so-called "peace plan" failed. The word "pandemic" was used. They watched "The Big Show" again.',
      ),
    ).toEqual([]);
    expect(
      quotes('Nobody knows who wrote "we will never give up on this fight for our homes" on the wall.'),
    ).toEqual([["we will never give up on this fight for our homes", null]]);
  });
});

describe("actors", () => {
  it("merges surnames, bracketed acronyms and demonyms, strips titles and possessives", () => {
    const brief = extractBrief(
      doc(
        "President Donald Trump spoke. The World Wildlife Fund (WWF) agreed. Trump's aides and French officials met in Paris. WWF said no.",
      ),
    );
    const find = (n: string) => brief.actors.find((a) => a.name === n);
    expect(find("Donald Trump")?.aliases).toContain("Trump");
    expect(find("Donald Trump")?.roles).toContain("President");
    expect(find("World Wildlife Fund")?.aliases).toContain("WWF");
    expect(find("France")?.aliases).toContain("French");
    expect(find("Paris")?.type).toBe("place");
  });
});

describe("quote marks and paragraphs", () => {
  const quotes = (body: string) =>
    extractBrief(doc(body)).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

  it("reads angle, low-high and curly marks, and keeps apostrophes inside", () => {
    expect(quotes("«Nous allons gagner cette bataille ensemble», said Marie Dubois.")).toEqual([
      ["Nous allons gagner cette bataille ensemble", "Marie Dubois"],
    ]);
    expect(quotes("„Wir schaffen das schon irgendwie“, said Angela Weber.")).toEqual([
      ["Wir schaffen das schon irgendwie", "Angela Weber"],
    ]);
    expect(quotes("“China‘s plan isn’t new,” said Robert Brown.")).toEqual([
      ["China‘s plan isn’t new", "Robert Brown"],
    ]);
  });

  it("keeps a quote inside a quote within the outer one", () => {
    expect(quotes("Sarah Miller said, \"They told us 'stay home' and we did.\"")).toEqual([
      ["They told us 'stay home' and we did.", "Sarah Miller"],
    ]);
  });

  it("follows a quote that runs over two paragraphs", () => {
    const body = 'Maria Lopez said: "We start today.\n\n"And we finish tomorrow."';
    expect(quotes(body)).toEqual([
      ["We start today.", "Maria Lopez"],
      ["And we finish tomorrow.", "Maria Lopez"],
    ]);
  });

  it("keeps a speaker nobody names as unnamed, and gives no quotes when there are no marks", () => {
    const brief = extractBrief(
      doc('"This should never have happened to our town and its people," one resident said.'),
    );
    expect(brief.quotes.map((q) => [q.text, q.speaker])).toEqual([
      [
        "This should never have happened to our town and its people",
        { name: "one resident", type: "person", named: false },
      ],
    ]);
    expect(brief.actors.map((a) => a.name)).not.toContain("one resident");
    expect(quotes("Officials said the bridge would reopen. Nobody was hurt.")).toEqual([]);
  });
});
