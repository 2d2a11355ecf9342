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
