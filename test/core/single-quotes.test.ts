// Quotes set off by single marks, as some newsrooms write them (made-up text).
import { describe, expect, it } from "vitest";
import { withDoubleQuoteMarks } from "../../src/core/extract/single-quotes.ts";
import { briefOfText } from "../support/text-document.ts";

const quotes = (body: string) =>
  briefOfText(body).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));

describe("quotes in single marks", () => {
  it("are found with their speakers, their text cut from the document as written", () => {
    const body = [
      "Council leader Margaret Holt said: 'We listened, and we got this one wrong. I apologise to residents.'",
      "Its leader, Owen Price, said it was 'a victory for common sense'.",
      "Resident Tom Baker, 67, said he was delighted. 'Three weeks was never going to work,' he said. 'The bins would have overflowed.'",
    ].join("\n\n");
    expect(quotes(body)).toEqual([
      {
        text: "We listened, and we got this one wrong. I apologise to residents.",
        speaker: "Margaret Holt",
      },
      { text: "a victory for common sense", speaker: "Owen Price" },
      {
        text: "Three weeks was never going to work … The bins would have overflowed.",
        speaker: "Tom Baker",
      },
    ]);
    const brief = briefOfText(body);
    for (const point of brief.keyPoints) expect(body).toContain(point.text);
  });

  it("close inside a sentence after a word that is no plural ('the moment of danger' for)", () => {
    expect(quotes("Nicola Reid said it was 'the moment of greatest danger' for the union.")).toEqual([
      { text: "the moment of greatest danger", speaker: "Nicola Reid" },
    ]);
    expect(quotes("Nicola Reid called it 'the workers' fight for fair pay' on Monday.")).toEqual([
      { text: "the workers' fight for fair pay", speaker: "Nicola Reid" },
    ]);
    expect(
      quotes(
        "Nicola Reid called the plan 'a cruel farce' and then told the crowd: 'We will win this fight.'",
      ),
    ).toEqual([
      { text: "a cruel farce", speaker: "Nicola Reid" },
      { text: "We will win this fight.", speaker: "Nicola Reid" },
    ]);
  });

  it("are never apostrophes: plurals, contractions and clipped words stay as written", () => {
    const body =
      "The residents' bins were full and the workers' union was angry. They're selling rock 'n' roll records from the '90s, 'cause fans love 'em.";
    expect(withDoubleQuoteMarks(body)).toBe(body);
    expect(briefOfText(body).quotes).toEqual([]);
  });

  it("are left to the double marks in a document that has any", () => {
    const body = `Jane Roe said "we will fight 'to the end' of this," and left. Tom Doe said: 'No comment.'`;
    expect(withDoubleQuoteMarks(body)).toBe(body);
  });

  it("are left alone where two apostrophes stand for a double mark", () => {
    const body = "''It was a long night,'' said Jane Roe, who called it 'the worst in years.'";
    expect(withDoubleQuoteMarks(body)).toBe(body);
  });

  it("run over paragraphs that each open on a mark, only the last one closed", () => {
    const body =
      "Arne Vik has fished for fifty years. He recalls the storm.\n\n'The wind came up from nowhere. The sea was flat.\n\n'We lost two boats that night,' Vik said.";
    expect(quotes(body)).toEqual([
      { text: "The wind came up from nowhere. The sea was flat.", speaker: "Arne Vik" },
      { text: "We lost two boats that night", speaker: "Arne Vik" },
    ]);
  });

  it("hold quotes inside them in double marks, kept as written", () => {
    const body =
      "Council leader Margaret Holt said: 'People called the plan \"madness\", and they were right.' She added: 'We got this one wrong.'";
    expect(quotes(body)).toEqual([
      { text: 'People called the plan "madness", and they were right.', speaker: "Margaret Holt" },
      { text: "We got this one wrong.", speaker: "Margaret Holt" },
    ]);
  });

  it("keep every offset: one character for one", () => {
    const body = "Ann Lee said: 'We will be back.' Then she left, saying 'goodbye'.";
    const converted = withDoubleQuoteMarks(body);
    expect(converted).toBe("Ann Lee said: “We will be back.” Then she left, saying “goodbye”.");
    expect(converted.length).toBe(body.length);
    // (Offsets count UTF-16 units: a character outside the basic plane before a quote moves nothing.)
    const emoji = "Ann Lee 👍 said: 'We will be back.'";
    expect(withDoubleQuoteMarks(emoji)).toBe("Ann Lee 👍 said: “We will be back.”");
  });
});
