import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import {
  isAboutReporting,
  isBackground,
  isPastEvent,
  notAKeyPoint,
  rankKeyPoints,
} from "../../src/core/extract/key-points.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";

// Made-up sentences only.
describe("sentences that are never key points", () => {
  it.each([
    ["Monday, August 3, 2030", "dateline"],
    ["Friday, 25 December 2030.", "dateline"],
    ["By Jane Q. Doe", "byline"],
    ["Reported by Amal Okafor.", "byline"],
    ["WN: What made you run for office?", "speaker marker"],
    ["((WN)) Would you outline your plans for the harbour.", "speaker marker"],
    ["((Mara Quell)) As mayor, I run the port and the two ferries.", "speaker marker"],
    ["Q: When did the works start.", "speaker marker"],
    ["What would you change first in the city?", "question"],
    ["A volunteer paints a mural in the old harbour Image: Jo Bell.", "caption"],
    ["The new bridge at dusk (pictured) on its opening night.", "caption"],
    [
      "The following is the sixth instalment of our monthly series tracking the harbour elections.",
      "about the article",
    ],
    ["This article is the third part of our series on river towns.", "about the article"],
    ["FILE - Ferry passengers queue at the Varnholt pier, May 2, 2030.", "caption"],
    ["(FILE) - The old harbour bridge before the works.", "caption"],
    ["Some information for this report came from Reuters and AFP.", "credit"],
    ["Amal Okafor of the harbour desk contributed to this report.", "credit"],
    ["Jo Bell adapted this story for the learners' edition.", "credit"],
    ["Editor's note: an earlier version misspelt the mayor's name.", "credit"],
  ])("%s -> %s", (text, reason) => {
    expect(notAKeyPoint(text)).toBe(reason);
  });

  it("takes the sentence after a series notice with it, but not a news sentence", () => {
    expect(notAKeyPoint("It features interviews compiled over the month.", true)).toBe("about the article");
    expect(notAKeyPoint("It features interviews compiled over the month.", false)).toBeNull();
  });

  it.each([
    "By Friday, the council had approved the budget of the new harbour.",
    "Mayor Mara Quell said the ferry would resume service on Monday.",
    "The court ruled the ban unlawful; the Q: drive of the office was seized.",
    "Fire crews reached the hotel at 7:40 a.m. on August 3.",
    "Information about the fire came from a night porter, police said.",
    "File sharing sites were blocked on Monday, the regulator said.",
    "Three reporters contributed to the investigation that exposed the fraud.",
  ])("keeps news: %s", (text) => {
    expect(notAKeyPoint(text)).toBeNull();
  });
});

describe("background sentences", () => {
  it.each([
    "The Varnholt Court is the highest court of the valley.",
    "Herons are protected in the province.",
    "The airport is owned by the regional council.",
  ])("reads %s as background", (text) => {
    expect(isBackground(text)).toBe(true);
  });

  it.each([
    "The court ruled on Tuesday that the ban is unlawful.",
    "Police are investigating the fire as arson.",
    "The council is to vote on the plan next week.",
    "The mayor has resigned, and elections are expected in May.",
  ])("reads %s as news", (text) => {
    expect(isBackground(text)).toBe(false);
  });
});

describe("ranking", () => {
  const body = [
    "Monday, March 4, 2030",
    "The following is our second instalment in a weekly series on the valley.",
    "It features material compiled over the week.",
    "Floods forced four thousand people in the Varnholt valley from their homes on Sunday, officials said.",
    "Rescue teams from three towns worked through the night to reach villages cut off by the water.",
    "The Varnholt valley is the largest farming region of the province.",
    "WN: What do the families need most now?",
    "Relief kitchens in the town hall served hot meals to more than six hundred people.",
    "The regional council approved emergency funds for repairs to the two damaged bridges.",
  ].join("\n\n");
  const sentences = splitSentences(body);
  const points = rankKeyPoints(
    "Floods force thousands from homes in Varnholt valley",
    sentences,
    sentences.map(() => ({ actors: 0, quoted: false })),
  );

  it("leads with the news, not the dateline or the series notice, and every point is verbatim", () => {
    expect(points[0]!.text).toMatch(/^Floods forced/);
    for (const point of points) {
      expect(notAKeyPoint(point.text)).toBeNull();
      expect(body).toContain(point.text);
    }
    expect(points.map((p) => p.text).join(" ")).not.toMatch(/edition|Monday, March|WN:|It features/);
  });

  it("ranks a background sentence below a news sentence that follows it", () => {
    const text = [
      "Floods forced four thousand people in the Varnholt valley from their homes on Sunday, officials said.",
      "The province is the largest farming region of the north.",
      "Relief kitchens in the town hall served hot meals to more than six hundred people.",
    ].join("\n\n");
    const s = splitSentences(text);
    const ranked = rankKeyPoints(
      "Floods in Varnholt",
      s,
      s.map(() => ({ actors: 0, quoted: false })),
    );
    const at = (needle: string) => ranked.findIndex((p) => p.text.includes(needle));
    expect(at("Relief kitchens")).toBeLessThan(at("largest farming region"));
  });
});

describe("signals of what a sentence carries", () => {
  it("reads every sentence of a quote that runs over several as quotation, ranked below reported facts", () => {
    const body = [
      "Floods forced families in the Varnholt valley from their homes on Sunday, officials said.",
      '"We lost the barns. The water came at night and took the whole harvest with it," said farmer Ana Roth.',
      "The regional council approved emergency funds for repairs to the two damaged bridges.",
    ].join("\n\n");
    const document = {
      id: "x",
      title: "Floods in Varnholt",
      date: null,
      source: null,
      url: null,
      license: null,
      author: null,
      body,
    };
    const points = extractBrief(document).keyPoints.map((point) => point.text);
    const at = (needle: string) => points.findIndex((text) => text.includes(needle));
    expect(at("The water came at night")).toBeGreaterThan(at("The regional council approved"));
  });

  it("prefers, all else about equal, the sentence that carries a quantity", () => {
    const body = [
      "Floods forced families in the Varnholt valley from their homes on Sunday, officials said.",
      "Rescue teams worked through the night to reach villages cut off by the water.",
      "The regional council approved emergency funds for repairs to the damaged bridges.",
      "Volunteers from nearby towns handed out blankets and dry clothes at the station.",
      "Relief kitchens in the school served hot meals to 600 people on Monday evening.",
    ].join("\n\n");
    const s = splitSentences(body);
    const ranked = rankKeyPoints(
      "Floods in Varnholt",
      s,
      s.map(() => ({ quoted: false })),
    );
    const at = (needle: string) => ranked.findIndex((p) => p.text.includes(needle));
    expect(at("600 people")).toBeGreaterThan(-1);
    expect(at("600 people")).toBeLessThan(at("blankets"));
  });
});

describe("history and short reports", () => {
  it.each([
    ["Quell became harbour master in 1998 after the old port closed.", 2030, true],
    ["Back in 2027, the council approved a smaller bridge, but the province vetoed it.", 2030, true],
    ["The ferry, built in 1961, sank on Monday in the outer harbour.", 2030, false],
    ["The council approved the bridge in March 2030.", 2030, false],
    ["The bridge was first planned in 2019; work began this week.", 2030, false],
    ["The ferry sank in the outer harbour.", 2030, false],
    ["Quell became harbour master in 1998.", null, false],
  ])("%s (news year %s) is history: %s", (text, year, expected) => {
    expect(isPastEvent(text, year)).toBe(expected);
  });

  const rank = (lines: string[], date: string | null) => {
    const s = splitSentences(lines.join("\n\n"));
    return rankKeyPoints(
      "Varnholt ferry capsizes",
      s,
      s.map(() => ({ quoted: false })),
      lines.length,
      { date },
    ).map((p) => p.text);
  };
  const lead = "The Varnholt ferry capsized in the outer harbour on Sunday night with 40 people on board.";
  const history = "The Varnholt ferry line was founded in 1961 by the three harbour towns.";
  const news = "The Varnholt ferry line suspended all of its services until Wednesday morning.";

  it("ranks a sentence dated years before the news below the news that follows it", () => {
    const ranked = rank([lead, history, news], "2030-05-06");
    expect(ranked.indexOf(history)).toBeGreaterThan(ranked.indexOf(news));
    // The same sentence in the news's year is news again.
    const recent = history.replace("1961", "2030");
    const again = rank([lead, recent, news], "2030-05-06");
    expect(again.indexOf(recent)).toBeLessThan(again.indexOf(news));
  });

  it("takes the year of the news from the text when the document has no date", () => {
    const dated = "The harbour office said the 2030 season would go on.";
    const ranked = rank([lead, history, news, dated], null);
    expect(ranked.indexOf(history)).toBeGreaterThan(ranked.indexOf(news));
  });

  it("keeps a short sentence that reports an event among the first five, not a short fragment", () => {
    const died = "Two passengers later died.";
    const fragment = "Tea, blankets and dry clothes.";
    const top = rank(
      [
        lead,
        died,
        fragment,
        "Divers searched the hull through Monday for the passengers still missing on board.",
        "The harbour office opened a hall for relatives near the Varnholt ferry terminal.",
        "Volunteers brought blankets, tea and dry clothes to the pier through the night.",
        "Buses carried the other passengers to the town hall, where doctors examined them.",
        "The harbour master suspended every ferry service until Wednesday morning.",
      ],
      "2030-05-06",
    ).slice(0, 5);
    expect(top).toContain(died);
    expect(top).not.toContain(fragment);
  });

  it("still ranks a short sentence with only a copula low ('He was 95.')", () => {
    const age = "The skipper was 61.";
    const top = rank(
      [
        lead,
        age,
        "Divers searched the hull through Monday for the passengers still missing on board.",
        "The harbour office opened a hall for relatives near the Varnholt ferry terminal.",
        "Volunteers brought blankets, tea and dry clothes to the pier through the night.",
        "Buses carried the other passengers to the town hall, where doctors examined them.",
        "The harbour master suspended every ferry service until Wednesday morning.",
      ],
      "2030-05-06",
    ).slice(0, 5);
    expect(top).not.toContain(age);
  });
});

describe("sentences about the reporting", () => {
  it.each([
    ["Harbour Post attended the hearing.", "Harbour Post", true],
    ["Harbour Post's reporter contacted the ministry on Monday.", "Harbour Post", true],
    ["The Harbour Post later asked the council for its figures.", "Harbour Post", true],
    ["Harbour Post Media bought the printing works.", "Harbour Post", false],
    ["The ministry told Harbour Post the ferry would resume.", "Harbour Post", false],
    ["harbour post attended the hearing.", "Harbour Post", false],
    ["Harbour Post attended the hearing.", null, false],
    ["A.B.C. (Radio) reached the mayor by phone.", "A.B.C. (Radio)", true],
  ])("%s (source %s): %s", (text, source, expected) => {
    expect(isAboutReporting(text, source)).toBe(expected);
  });

  it("ranks the publisher's own doings below the news", () => {
    const lines = [
      "The Varnholt ferry capsized in the outer harbour on Sunday night with 40 people on board.",
      "Harbour Post reached the Varnholt ferry company by phone on Monday.",
      "The Varnholt ferry company suspended its services until Wednesday morning.",
    ];
    const s = splitSentences(lines.join("\n\n"));
    const ranked = (source: string | null) =>
      rankKeyPoints(
        "Varnholt ferry capsizes",
        s,
        s.map(() => ({ quoted: false })),
        3,
        { source },
      ).map((p) => p.text);
    const withSource = ranked("Harbour Post");
    expect(withSource.indexOf(lines[1]!)).toBeGreaterThan(withSource.indexOf(lines[2]!));
    // Without the source the same sentence is an ordinary one, ranked by its position.
    const without = ranked(null);
    expect(without.indexOf(lines[1]!)).toBeLessThan(without.indexOf(lines[2]!));
  });
});
