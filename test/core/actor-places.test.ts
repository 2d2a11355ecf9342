// A capital is a place of its own unless it acts as its state, and a surface form names one actor
// only (made-up text).
import { describe, expect, it } from "vitest";
import { briefOfText } from "../support/text-document.ts";

const actors = (body: string) => briefOfText(body).actors;

describe("capitals and their countries", () => {
  it("keeps a capital named as a place apart from its country", () => {
    const list = actors(
      "Officials of the United States met in Washington on Monday. The talks in Washington, D.C. lasted a day.",
    );
    const us = list.find((a) => a.name === "United States");
    expect(us?.aliases ?? []).not.toContain("Washington");
    expect(list.find((a) => a.name === "Washington")?.type).toBe("place");
  });

  it("takes a capital acting as its state for the country, on one actor only", () => {
    const list = actors(
      "The United States imposed tariffs on steel. Washington said the tariffs were needed. Washington's policy angered Canada.",
    );
    const us = list.find((a) => a.name === "United States");
    expect(us?.aliases).toContain("Washington");
    expect(list.map((a) => a.name)).not.toContain("Washington");
    const holders = list.filter((a) => a.name === "Washington" || a.aliases.includes("Washington"));
    expect(holders).toHaveLength(1);
  });

  it("gives no surface form to two actors", () => {
    for (const body of [
      "France and Paris: the French government met in Paris. Paris said it would act. Paris's mayor agreed.",
      "The United States Senate voted. The Senate passed the bill, and the state Senate of Ohio followed.",
    ]) {
      const seen = new Map<string, string>();
      for (const a of actors(body))
        for (const form of [a.name, ...a.aliases]) {
          expect(seen.get(form) ?? a.name).toBe(a.name);
          seen.set(form, a.name);
        }
    }
  });
});

describe("territories", () => {
  it("types a dependent territory as a place, not a person named by one word", () => {
    const list = actors(
      "The storm passed north of Bermuda. Bermuda reported no damage, and Gibraltar sent help.",
    );
    expect(list.find((a) => a.name === "Bermuda")?.type).toBe("place");
    expect(list.find((a) => a.name === "Gibraltar")?.type).toBe("place");
  });
});

describe("former states", () => {
  it("are places, named by their demonyms and short forms too", () => {
    const list = actors(
      "He flew for the Soviet Union in the sixties. Soviet officials praised him. The USSR fell later.",
    );
    const union = list.find((a) => a.name === "Soviet Union");
    expect(union?.type).toBe("place");
    expect(union?.aliases).toEqual(expect.arrayContaining(["Soviet", "USSR"]));
  });
});

describe("a town followed by its state", () => {
  it("is a place, whether the state is written out or abbreviated", () => {
    const body =
      "The shooting in Arroyo Verde, Calif., left 14 dead. A vigil in Punta Delgada, Texas, drew hundreds. Officials in Arroyo Verde said more.";
    const types = Object.fromEntries(briefOfText(body).actors.map((a) => [a.name, a.type]));
    expect(types["Arroyo Verde"]).toBe("place");
    expect(types["Punta Delgada"]).toBe("place");
  });

  it("does not make a place of a person followed by a comma and a place", () => {
    const body = "Jane Roe, Ohio, said the vote was close. Roe spoke last.";
    expect(briefOfText(body).actors.find((a) => a.name === "Jane Roe")?.type).toBe("person");
  });
});

describe("a surname that is also a nationality, with an adverb before its verb", () => {
  it("is the person named in full, not the country", () => {
    const body =
      'Derek Cuban spoke on Monday. Cuban also grumbled that the senator is too stubborn, saying he treats every vote as "a fight to win."';
    const brief = briefOfText(body);
    expect(brief.quotes[0]?.speaker?.name).toBe("Derek Cuban");
  });
});

describe("a name of several words after a preposition of place", () => {
  it("is a place when no given name opens it, and a person's possessive or a given name stays a person", () => {
    const found = briefOfText(
      "Penguins at Punta Tombo were counted. A fire hit a block in Vila Serrat on Friday. " +
        "In 1984, Vrel Lemm was chosen. Bishops spoke of the abuse in Ostra Kowal's film.",
    ).actors;
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("Punta Tombo")).toBe("place");
    expect(type("Vila Serrat")).toBe("place");
    expect(type("Vrel Lemm")).not.toBe("place");
    expect(type("Ostra Kowal")).not.toBe("place");
  });
});

describe("a name before a lower-case place noun, and a courtesy title closing a name", () => {
  it("is a place, whole", () => {
    const found = briefOfText(
      "Smoke rose above Notre Dame cathedral at dusk. Crowds watched Notre Dame burn. The Vrelo Tana volcano erupted.",
    ).actors;
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("Notre Dame")).toBe("place");
    expect(type("Vrelo Tana")).toBe("place");
    expect(found.map((a) => a.name)).not.toContain("Notre");
  });
});

describe("a name after 'published … in'", () => {
  it("is a journal, a body, not a place", () => {
    const found = briefOfText(
      "In a paper published on Tuesday in Marine Letters, biologists from Dunmore mapped the reef.",
    ).actors;
    expect(found.find((a) => a.name === "Marine Letters")?.type).toBe("org");
  });
});

describe("a single word after 'published … in'", () => {
  it("is a journal, a body, while a town a paper is printed in stays a place", () => {
    const found = briefOfText(
      "The model was published in Vestra on October 22. A second study was published on Monday in Vestra too. The Courier, a daily printed in Darwin, ran the story, and Darwin residents read it in Darwin.",
    ).actors;
    expect(found.find((a) => a.name === "Vestra")?.type).toBe("org");
    expect(found.find((a) => a.name === "Darwin")?.type).toBe("place");
  });
});

describe("a name after 'the island of' or before a noun for a kind of body", () => {
  it("is a place or a body, not a person", () => {
    const found = briefOfText(
      "Tourists flock to the island of Rapa Nui. Rain fell all week on the island of Grand Bahama. Officers tied the two men to a Jamaah Ansharut Daulah network.",
    ).actors;
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("Rapa Nui")).toBe("place");
    expect(type("Grand Bahama")).toBe("place");
    expect(type("Jamaah Ansharut Daulah")).toBe("org");
  });
});

describe("geological features", () => {
  it("are places by their head word", () => {
    const found = briefOfText(
      "The quake struck along the Marbel Fault. It was felt far from the Cotabato Trench, and the Marbel Fault moved again.",
    ).actors;
    expect(found.find((a) => a.name === "Marbel Fault")?.type).toBe("place");
  });
});

describe("a known place and its state's abbreviation", () => {
  it("is that place, not a person", () => {
    const found = briefOfText("The man was arrested in the capital city Washington DC on Wednesday.").actors;
    expect(found.find((a) => a.name === "Washington DC")?.type).toBe("place");
  });
});

describe("a name before 'area'", () => {
  it("is a place", () => {
    const found = briefOfText("Shops in the Karol Bagh area shut early on Sunday.").actors;
    expect(found.find((a) => a.name === "Karol Bagh")?.type).toBe("place");
  });
});

describe("a name a journey from a known place goes to", () => {
  it("is a place", () => {
    const found = briefOfText("The jet was flying from Jakarta to Pangkal Pinang when it fell.").actors;
    expect(found.find((a) => a.name === "Pangkal Pinang")?.type).toBe("place");
  });
});

describe("theatres, consultancies and festivals", () => {
  it("are typed by their head word: a place, a body, no actor", () => {
    const found = briefOfText(
      "The film premiered at the Egyptian Theatre during Beyond Fest. The survey was run by Wilton Strategies, and Wilton Strategies said so.",
    ).actors;
    const type = (name: string) => found.find((a) => a.name === name)?.type;
    expect(type("Egyptian Theatre")).toBe("place");
    expect(type("Wilton Strategies")).toBe("org");
    expect(found.map((a) => a.name)).not.toContain("Beyond Fest");
  });
});

describe("a given name before a place's head word", () => {
  it("is a person when the surname speaks alone as one ('Patricia Woods' … 'Woods said')", () => {
    const actors = briefOfText(
      'Patricia Woods, a widow, spoke on Monday. Woods said that "it felt only right" to accept the medal.',
    ).actors;
    const woods = actors.find((a) => a.name === "Patricia Woods");
    expect(woods?.type).toBe("person");
    expect(woods?.aliases).toContain("Woods");
    expect(actors.map((a) => a.name)).not.toContain("Woods");
  });
});

describe("US states abbreviated in AP style", () => {
  it("are the state, a place, in datelines and after towns, never a body or a person", () => {
    const list = actors(
      'CONCORD, N.H. - The senator spoke to voters on Monday. "Prices fell," said Jane Roe, an agent working out of Tampa, Fla., who sells homes. Later Roe flew to New Hampshire again.',
    );
    const hampshire = list.find((a) => a.name === "New Hampshire");
    expect(hampshire?.type).toBe("place");
    expect(hampshire?.aliases).toContain("N.H.");
    expect(list.find((a) => a.name === "Florida")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("N.H.");
    expect(list.map((a) => a.name)).not.toContain("Fla");
  });

  it("leaves the abbreviations that are also words alone ('Pa', 'Miss')", () => {
    const names = actors("Miss Jane Roe met her pa in the hall on Monday.").map((a) => a.name);
    expect(names).not.toContain("Pennsylvania");
    expect(names).not.toContain("Mississippi");
  });
});

describe("a dateline opening the article", () => {
  it("is a town, a place named in title case, not a body named in capitals", () => {
    const list = actors(
      "RIVERTON, Nev. (AP) — Voters lined up early on Monday.\n\nThe mayor of Riverton said turnout was high.",
    );
    const town = list.find((a) => a.name === "Riverton");
    expect(town?.type).toBe("place");
    expect(town?.aliases).toContain("RIVERTON");
    expect(list.map((a) => a.name)).not.toContain("RIVERTON");
  });

  it("names the country in capitals after the town as that known place ('RIVERTON, UKRAINE —')", () => {
    const list = actors("RIVERTON, UKRAINE — Voters lined up early on Monday.");
    expect(list.find((a) => a.name === "Ukraine")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("UKRAINE");
  });

  it("is a town of two or three words in capitals ('NEW DELHI (Reuters) -', 'KESSA CITY, Dec 3 -')", () => {
    const list = actors(
      "NEW DELHI (Reuters) - Rain fell on Monday.\n\nKESSA CITY, Dec 3 - Rain fell too.\n\nSAN FRANCISCO - It did not.",
    );
    expect(list.map((a) => [a.name, a.type])).toEqual([
      ["New Delhi", "place"],
      ["Reuters", "org"],
      ["Kessa City", "place"],
      ["San Francisco", "place"],
    ]);
  });

  it("is no town in a heading in capitals ('KANSAS TURNOUT UP, COUNT SLOW -')", () => {
    expect(actors("Report\n\nKANSAS TURNOUT UP, COUNT SLOW - Voters lined up early on Monday.")).toEqual([]);
  });

  it("is no town when a label stands alone before the dash ('EXCLUSIVE —')", () => {
    const list = actors("EXCLUSIVE — Voters lined up early on Monday in Riverton.");
    expect(list.map((a) => a.name)).not.toContain("Exclusive");
  });
});

describe("a word followed by its state", () => {
  it("is a town even when someone named in full has it as a surname", () => {
    const list = actors(
      'Officials named the suspect as Tomas Berg of Alder, Texas, near Dallas. Police chief Greg Alder said "we know who wrote it."',
    );
    expect(list.find((a) => a.name === "Alder")?.type).toBe("place");
    expect(list.find((a) => a.name === "Greg Alder")?.aliases ?? []).not.toContain("Alder");
  });

  it("is no place when it is a place's head word cut from its name ('Hawke's Bay, New Zealand')", () => {
    const names = actors("Sergeant Tomas Berg, from Hawke's Bay, New Zealand, retired last spring.").map(
      (a) => a.name,
    );
    expect(names).not.toContain("Bay");
  });
});

describe("a place's head word after a known place ('Victoria Park')", () => {
  it("is part of the place's name, though the word is also a family name", () => {
    const names = actors("Thousands gathered in Victoria Park on Monday evening.").map((a) => a.name);
    expect(names).toContain("Victoria Park");
    expect(names).not.toContain("Park");
  });
});

describe("a single word in a list right after a known place", () => {
  it("is one more place of the list ('Cantilan, Madrid, Carmen, Lanuza')", () => {
    const list = actors(
      "The towns damaged were primarily Velkor, Cantilan, Madrid, Marisol, Lanuza, and Cortes.",
    );
    expect(list.find((a) => a.name === "Marisol")?.type).toBe("place");
  });

  it("is one more place even when it is also a given name", () => {
    const list = actors(
      "The towns damaged were primarily Velkor, Cantilan, Madrid, Stella, Lanuza, and Cortes.",
    );
    expect(list.find((a) => a.name === "Stella")?.type).toBe("place");
  });

  it("makes the list's last name of two words a place too, not a body's list", () => {
    const list = actors(
      "Crews came from Bala, Tywyn, Harlech, Aberdyfi, and Blaenau Ffestiniog. Staff from Google, Apple, and Goldman Sachs came.",
    );
    expect(list.find((a) => a.name === "Blaenau Ffestiniog")?.type).toBe("place");
    expect(list.find((a) => a.name === "Goldman Sachs")?.type).not.toBe("place");
  });

  it("is a person before a given name ('a couple from Florida, Stella and Tom Okafor')", () => {
    const list = actors("A couple from Florida, Stella and Tom Okafor, drove all night to the rally.");
    expect(list.find((a) => a.name === "Stella")?.type).not.toBe("place");
  });

  it("is not when no name follows it ('in Egypt, Assad, aided by the Russians')", () => {
    const list = actors(
      "Unlike the swift fall of the regime in Egypt, Okafor, aided by the Russians, held on.",
    );
    expect(list.find((a) => a.name === "Okafor")?.type).not.toBe("place");
  });
});

describe("a given name before a place word that is also a family name", () => {
  it("is a person's name, unless it is where something happens or heads a place noun", () => {
    const list = actors(
      "The dead included Jerome Woods and Kurt Hanratty. The concert was at Nora Hall on Monday. The Maria Bay area flooded.",
    );
    const type = (name: string) => list.find((a) => a.name === name)?.type;
    expect(type("Jerome Woods")).toBe("person");
    expect(type("Nora Hall")).toBe("place");
    expect(type("Maria Bay")).toBe("place");
  });
});

describe("a place word opening a name described as a person", () => {
  it("is a person's name ('Hill Dunmore, treasurer for …'), and one who speaks", () => {
    const brief = briefOfText(
      'The ferry ran late. Hill Dunmore, treasurer for the rowing club, called the crossing "a slow grind." Lake Varra, a reservoir, stayed calm.',
    );
    const type = (name: string) => brief.actors.find((a) => a.name === name)?.type;
    expect(type("Hill Dunmore")).toBe("person");
    expect(type("Lake Varra")).toBe("place");
    expect(brief.quotes.map((q) => q.speaker?.name)).toEqual(["Hill Dunmore"]);
  });
});

describe("a name ending on a word for a body of water or a landform", () => {
  it("is a place ('the Mawddach Estuary', 'Kettle Cove', 'Loch Varra')", () => {
    const list = actors(
      "The fire spread towards the Harlow Estuary, past Kettle Cove, as far as Loch Varra.",
    );
    const type = (name: string) => list.find((a) => a.name === name)?.type;
    expect([type("Harlow Estuary"), type("Kettle Cove"), type("Loch Varra")]).toEqual([
      "place",
      "place",
      "place",
    ]);
  });
});

describe("a single word after a preposition of place, with a possessive's apostrophe", () => {
  it("is no place when a possessive's lone apostrophe follows it ('in Harrows’ words')", () => {
    const found = actors("The fair moved to Riverton because, in Harrows’ words, it was cheaper there.");
    expect(found.find((a) => a.name === "Harrows")?.type).not.toBe("place");
    expect(found.find((a) => a.name === "Riverton")?.type).toBe("place");
  });
});

describe("a mountain's or a fort's name written short ('Mt. Everest', 'Ft. Worth')", () => {
  it("is a place", () => {
    const found = briefOfText(
      "Jane Roe climbed Mt. Everest in May. Her team trained near Ft. Worth. Mt. Everest is tall.",
    ).actors;
    expect(found.find((a) => a.name === "Mt. Everest")?.type).toBe("place");
    expect(found.find((a) => a.name === "Ft. Worth")?.type).toBe("place");
  });
});

describe("a place named after a person ('Fort Sam Houston')", () => {
  it("is one place, no person inside it", () => {
    const found = actors(
      "Soldiers at Fort Sam Houston trained in May. The Lake Charles Police arrived later.",
    );
    expect(found.find((a) => a.name === "Fort Sam Houston")?.type).toBe("place");
    expect(found.map((a) => a.name)).not.toContain("Sam Houston");
    expect(found.map((a) => a.name)).not.toContain("Charles Police");
  });
});

describe("'Rio' opening a name", () => {
  it("names a river after 'the', and stays a given name without it", () => {
    const found = actors("The border town sits on the Rio Verano. Rio Tallon, a ferryman, crosses it daily.");
    expect(found.find((a) => a.name === "Rio Verano")?.type).toBe("place");
    expect(found.find((a) => a.name === "Rio Tallon")?.type).toBe("person");
  });
});

describe("a market's name", () => {
  it("is a place's, whole, even when it opens on a title", () => {
    const found = actors(
      "Traders at the Queen Mathilda Market said sales fell. The Dunmore Market closed early.",
    );
    expect(found.find((a) => a.name === "Queen Mathilda Market")?.type).toBe("place");
    expect(found.find((a) => a.name === "Dunmore Market")?.type).toBe("place");
  });
});

describe("the people of a place named by one word", () => {
  it("is no actor when formed on a state's or a city's name, or on two demonyms", () => {
    const names = briefOfText(
      "Many Iowans say the race is close. Floridians said they want jobs. Texans voted early, and Londoners stayed home. Jane Roe spoke to African-Americans in Ohio.",
    ).actors.map((a) => a.name);
    for (const group of ["Iowans", "Floridians", "Texans", "Londoners", "African-Americans"])
      expect(names).not.toContain(group);
    expect(names).toContain("Jane Roe");
    expect(names).toContain("Ohio");
  });

  it("leaves surnames in '-ans' and '-ers' alone", () => {
    const names = briefOfText(
      "Evans said the vote was fair. Landers said it was not. Peters said so too.",
    ).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Evans", "Landers", "Peters"]));
  });

  it("is the country, with the plural as an alias, when the country has a people's name", () => {
    const burundi = briefOfText("Burundians voted on Monday in a calm election.").actors.find(
      (a) => a.name === "Burundi",
    );
    expect(burundi?.aliases).toContain("Burundians");
  });
});

describe("a name of two words opening on a Spanish or Portuguese saint's or article's word", () => {
  it("is a place", () => {
    const found = actors(
      "Tom Doe, a San Bernardino teacher, spoke first. Jane Roe, a Los Alamos lawyer, spoke.",
    );
    expect(found.find((a) => a.name === "San Bernardino")?.type).toBe("place");
    expect(found.find((a) => a.name === "Los Alamos")?.type).toBe("place");
  });
});

describe("US state capitals and regions", () => {
  it("are places", () => {
    const found = actors("She spoke to a Des Moines crowd on Monday. Rust Belt states have lost jobs.");
    expect(found.find((a) => a.name === "Des Moines")?.type).toBe("place");
    expect(found.find((a) => a.name === "Rust Belt")?.type).toBe("place");
  });
});

describe("a word whose residents or streets the text names", () => {
  it("is a place ('Residents of Kessbury say')", () => {
    const list = actors(
      'Residents of Kessbury say the wall came late. "Kessbury has been forgotten," Ann Cole said.',
    );
    expect(list.map((a) => [a.name, a.type])).toEqual([
      ["Kessbury", "place"],
      ["Ann Cole", "person"],
    ]);
  });
});

describe("a place no list knows, by its adjective (session 38)", () => {
  it("is a place when the text writes its adjective in '-n', which is no actor itself", () => {
    const list = actors(
      "Valdorian President Ana Kovic met Estrian Prime Minister Jonas Reiter. The leaders of Valdoria and Estria agreed to open the border, and Estria welcomed Valdorian lorries.",
    );
    expect(list.find((a) => a.name === "Valdoria")?.type).toBe("place");
    expect(list.find((a) => a.name === "Estria")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("Estrian");
  });

  it("is a place when a ministry or an embassy is its ('Estria's foreign ministry')", () => {
    const list = actors("Estria's foreign ministry said the deal was a first step.");
    expect(list.find((a) => a.name === "Estria")?.type).toBe("place");
  });
});

describe("a constituency (session 38)", () => {
  it("is a place after 'MP for', not a person with the role", () => {
    const list = actors(
      "Ian Lowry was elected MP for Kessford South in 1983 and held the seat for 24 years.",
    );
    expect(list.find((a) => a.name === "Kessford South")?.type).toBe("place");
    expect(list.find((a) => a.name === "Kessford South")?.roles).toEqual([]);
  });
});

describe("a hospital, a museum or an airport", () => {
  it("is a place where things happen there", () => {
    const list = actors(
      "He died at Westbrook General Hospital on Monday. A nurse at Kenton Clinic said the wait was long.",
    );
    expect(list.find((a) => a.name === "Westbrook General Hospital")?.type).toBe("place");
    expect(list.find((a) => a.name === "Kenton Clinic")?.type).toBe("place");
  });

  it("is the body running it where it speaks, and speaks its quote", () => {
    const brief = briefOfText(
      'Westbrook General Hospital said in a statement: "We are deeply sorry for the distress caused to the family." Patients at Westbrook General Hospital had waited for hours. "The loan was a mistake," said the Kessford Museum.',
    );
    expect(brief.actors.find((a) => a.name === "Westbrook General Hospital")?.type).toBe("org");
    expect(brief.actors.find((a) => a.name === "Kessford Museum")?.type).toBe("org");
    expect(brief.quotes.map((q) => q.speaker?.name ?? null)).toEqual([
      "Westbrook General Hospital",
      "Kessford Museum",
    ]);
  });
});

describe("a side a score follows or precedes", () => {
  it("is a club, though a place word closes its name, and its first word alone is its short name", () => {
    const list = actors(
      "Kessford Rovers beat Hallam Town 3-1 on Saturday. Fans thought Hallam were poor, and Hallam boss Neil Park agreed. His side lost 2-0 to Dunmere City last week.",
    );
    expect(list.find((a) => a.name === "Hallam Town")?.type).toBe("org");
    expect(list.find((a) => a.name === "Hallam Town")?.aliases).toContain("Hallam");
    expect(list.find((a) => a.name === "Dunmere City")?.type).toBe("org");
    expect(list.map((a) => a.name)).not.toContain("Hallam");
  });

  it("is a club when it beat a side by a score ('Fenwick Town beat Brackley City 2-1')", () => {
    const list = actors(
      "Fenwick Town beat Brackley City 2-1 on Saturday. Ashby Town drew with Kessa City 0-0.",
    );
    for (const name of ["Fenwick Town", "Brackley City", "Ashby Town", "Kessa City"])
      expect(list.find((a) => a.name === name)?.type).toBe("org");
  });

  it("leaves a town a place where no score is given", () => {
    expect(actors("Voters in Hallam Town chose him.").find((a) => a.name === "Hallam Town")?.type).toBe(
      "place",
    );
  });
});

describe("a name closed by a place word that opens its sentence with a plural verb", () => {
  it("is a team ('Brackley City have signed'), while residents 'in Brackley City have' stay in a town", () => {
    const list = actors(
      "Brackley City have signed the winger Tomas Ruiz. The Dunmere Town were beaten at home. Residents in Kessa City have been moved.",
    );
    expect(list.map((a) => [a.name, a.type])).toEqual([
      ["Brackley City", "org"],
      ["Tomas Ruiz", "person"],
      ["Dunmere Town", "org"],
      ["Kessa City", "place"],
    ]);
  });
});

describe("a name closed by a place word before a team's staff and a person's name", () => {
  it("is the team ('Kessford Town boss Gary Pike'), but not before 'manager', as a city has one", () => {
    const list = actors(
      "Kessford Town boss Gary Pike was angry. Dunmere City captain Jo Oyelaran agreed. Harlow City manager Tim Bray approved the budget. Taxi boss Ray Dunn shrugged.",
    );
    expect(list.map((a) => a.name)).not.toContain("Taxi");
    expect(list.find((a) => a.name === "Kessford Town")?.type).toBe("org");
    expect(list.find((a) => a.name === "Dunmere City")?.type).toBe("org");
    expect(list.find((a) => a.name === "Harlow City")?.type).toBe("place");
  });
});

describe("a name before the title of whoever heads a body, then a person's name", () => {
  it("is that body ('Porto Verde president Ricardo Alves'), a known country staying a place", () => {
    const list = actors(
      "The striker joined from Porto Verde. Porto Verde president Ricardo Alves said the club had not wanted to sell. Ghana president John Mahama called him.",
    );
    expect(list.find((a) => a.name === "Porto Verde")?.type).toBe("org");
    expect(list.find((a) => a.name === "Ghana")?.type).toBe("place");
    expect(list.find((a) => a.name === "Ricardo Alves")?.roles).toEqual(["president"]);
  });
});

describe("a town whose name joins capitalised words with lower-case ones", () => {
  it("is a place ('Stoke-on-Trent', 'Weston-super-Mare'), unlike other hyphened phrases", () => {
    const list = actors(
      "Stores in Stoke-on-Trent and Weston-super-Mare will close, from October-to-December. The Time-of-Flight camera failed.",
    );
    expect(list.find((a) => a.name === "Stoke-on-Trent")?.type).toBe("place");
    expect(list.find((a) => a.name === "Weston-super-Mare")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("October-to-December");
    expect(list.map((a) => a.name)).not.toContain("Time-of-Flight");
  });
});

describe("two names joined by 'upon'", () => {
  it("name one town ('Newcastle upon Tyne'), and 'upon' elsewhere joins nothing", () => {
    const list = actors(
      "Stores in Newcastle upon Tyne and Kingston upon Thames will close. He called upon Congress to act.",
    );
    expect(list.find((a) => a.name === "Newcastle upon Tyne")?.type).toBe("place");
    expect(list.find((a) => a.name === "Kingston upon Thames")?.type).toBe("place");
    expect(list.map((a) => a.name)).not.toContain("Newcastle");
  });
});

describe("a word whose possessive has what a place has ('Kessford's railway station')", () => {
  it("is that place, not the short name of a body it opens", () => {
    const list = actors(
      "A tower will rise next to Harwick's railway station. The Harwick Civic Society said it would object.",
    );
    expect(list.map((a) => [a.name, a.type, a.aliases])).toEqual([
      ["Harwick", "place", []],
      ["Harwick Civic Society", "org", []],
    ]);
  });
});

describe("a name given as a neighbour, with borders or with a general election", () => {
  it("is a place, named by one word or more, though it acts like a person elsewhere", () => {
    const one = actors(
      "Families were stranded as neighbouring Ostrell kept the crossing shut. Aid groups urged Ostrell to reopen it.",
    );
    expect(one.find((a) => a.name === "Ostrell")?.type).toBe("place");
    const borders = actors("Aid groups urged Ostrell to reopen the crossing. Ostrell's borders stay shut.");
    expect(borders.find((a) => a.name === "Ostrell")?.type).toBe("place");
    const two = actors(
      "Families fled as neighbouring Kessa Vale kept its border closed. Kessa Vale has refused.",
    );
    expect(two.find((a) => a.name === "Kessa Vale")?.type).toBe("place");
    const voted = actors(
      "Opposition wins Tarvia vote. The opposition won a majority in Tarvia's parliamentary election.",
    );
    expect(voted.find((a) => a.name === "Tarvia")?.type).toBe("place");
  });
});

describe("a single unknown word where only a place can be (session 42)", () => {
  const typeOf = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;

  it("is a place after 'the coast of', 'the port city of', 'the town of'", () => {
    expect(typeOf("A quake struck off the coast of Veloria on Friday.", "Veloria")).toBe("place");
    expect(typeOf("Gas was used on the town of Marvale last year.", "Marvale")).toBe("place");
    expect(
      typeOf(
        "A quake shook the port city of Sandor. A spokeswoman for Sandor's port authority said work had stopped.",
        "Sandor",
      ),
    ).toBe("place");
  });

  it("stays apart from a body named after it", () => {
    const brief = briefOfText(
      "A quake struck off the coast of Veloria on Friday. The Veloria Institute of Geophysics said it was deep.",
    );
    expect(brief.actors.find((a) => a.name === "Veloria Institute of Geophysics")?.aliases).toEqual([]);
  });

  it("is a place set off after 'the capital', one word or more", () => {
    expect(typeOf("She spoke to reporters in the capital, Orvik, on Friday.", "Orvik")).toBe("place");
    expect(typeOf("Protecting the capital, Nuku Vai, would cost more.", "Nuku Vai")).toBe("place");
  });

  it("is a place after 'the island nation of'", () => {
    expect(
      typeOf("The president of the island nation of Tavula spoke. Tavula has moved two villages.", "Tavula"),
    ).toBe("place");
  });
});

describe("a name closed by a word for a stream, a wood or a heath (session 42)", () => {
  const typeOf = (body: string, name: string) => briefOfText(body).actors.find((a) => a.name === name)?.type;

  it("is a place ('Pine Creek', 'Elm Grove'), but a given name before a family name stays a person", () => {
    const body = "Crews reached Pine Creek and Elm Grove on Monday. Jack Heath and Mark Meadows watched.";
    expect(typeOf(body, "Pine Creek")).toBe("place");
    expect(typeOf(body, "Elm Grove")).toBe("place");
    expect(typeOf(body, "Jack Heath")).toBe("person");
    expect(typeOf(body, "Mark Meadows")).toBe("person");
  });
});
