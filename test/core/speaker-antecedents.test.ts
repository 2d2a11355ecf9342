// Pronoun antecedents that went to the wrong person on a large annotated corpus (issue 11), on
// made-up news sentences: names the quote itself speaks of, and objects of prepositions.
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const names = (body: string): Array<string | null> =>
  briefOfText(body).quotes.map((q) => q.speaker?.name ?? null);

describe("a pronoun after a quote", () => {
  it("does not point to someone the quote names in the third person", () => {
    const body =
      'Martin Okafor, a pollster, spoke next. Jonah Brandt is strong on taxes, he is also the best speaker Okafor argues. "Brandt is our best debater," he says.';
    expect(names(body)).toEqual(["Martin Okafor"]);
  });

  it("passes over the object of a preposition for a subject of the same sentence", () => {
    const body =
      'Tomas Ferreira met voters on Sunday. After a long talk with Daniel Osei, Ferreira left the hall. "We are ready," he said.';
    expect(names(body)).toEqual(["Tomas Ferreira"]);
  });

  it("still takes a name after 'as for', which names the topic of the clause", () => {
    const body = 'As for Tomas Ferreira, he said he is not worried. "We are ready," he said.';
    expect(names(body)).toEqual(["Tomas Ferreira"]);
  });
});
