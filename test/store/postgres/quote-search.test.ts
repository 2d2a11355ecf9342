// The quote-search scenarios of test/store/quote-search.test.ts, on PostgreSQL (tsvector + GIN).
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PostgresStore } from "../../../src/store/postgres/store.ts";
import { tsQuery } from "../../../src/store/postgres/tsquery.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import { describePostgres, unreachable } from "./pg-server.ts";
import { tempPostgres } from "./pg-store.ts";

let store: PostgresStore;
let cleanup = async () => {};

beforeAll(async () => {
  if (unreachable !== null) return;
  const t = await tempPostgres();
  store = t.ports.store;
  cleanup = t.cleanup;
  await store.upsertTopic(topic("russia-china"));
  await store.upsertTopic(topic("weather"));
  const a = doc(`Analysis of ties. ${filler(1, 120)}`, {
    title: "Ties",
    date: "2022-09-07",
    url: "https://a.example/1",
    license: "CC BY 2.5",
  });
  await store.addDocument(
    a,
    brief(a, {
      actors: [
        { name: "Bonny Lin", aliases: ["Lin"], mentions: 3 },
        { name: "Center for Strategic and International Studies", type: "org", aliases: ["CSIS"] },
      ],
      quotes: [
        {
          text: "Beijing looks at the problems between Russia and the West as if it were looking in a mirror",
          speaker: { name: "Bonny Lin", type: "person" },
        },
        { text: "China was seeking closer ties with Russia", speaker: { name: "Bonny Lin", type: "person" } },
        {
          text: "it may eventually reconsider the value of joint exercises",
          speaker: { name: "Center for Strategic and International Studies", type: "org" },
        },
        { text: "Nobody knows (really) what happens AND why; OR NEAR the end * it works", speaker: null },
      ],
    }),
    ["russia-china"],
  );
  const b = doc(`Storm report. ${filler(2, 120)}`, {
    title: "Storm",
    date: "2023-01-02",
    url: "https://b.example/2",
  });
  await store.addDocument(
    b,
    brief(b, {
      actors: [
        { name: "Lin Biying", aliases: ["Lin"] },
        { name: "Zoë Ångström", aliases: ["Ångström"] },
      ],
      quotes: [
        {
          text: "the storm was looking worse than the mirror of last year",
          speaker: { name: "Lin Biying", type: "person" },
        },
        {
          text: "Über-Sturm im Café: naïve forecasts failed",
          speaker: { name: "Zoë Ångström", type: "person" },
        },
      ],
    }),
    ["weather"],
  );
});
afterAll(() => cleanup());

const texts = (hits: Array<{ text: string }>) => hits.map((hit) => hit.text);

describePostgres("quote search on PostgreSQL", () => {
  it("finds words, best bm25 first, with speaker and document", async () => {
    const hits = await store.searchQuotes({ words: "mirror" });
    expect(hits).toHaveLength(2);
    expect(hits[0]?.rank).toBeLessThanOrEqual(hits[1]!.rank);
    const lin = hits.find((hit) => hit.speaker?.name === "Bonny Lin");
    expect(lin?.document).toMatchObject({
      title: "Ties",
      date: "2022-09-07",
      url: "https://a.example/1",
      license: "CC BY 2.5",
    });
  });

  it("matches phrases exactly and words in any order otherwise", async () => {
    expect(texts(await store.searchQuotes({ words: '"closer ties"' }))).toEqual([
      "China was seeking closer ties with Russia",
    ]);
    expect(await store.searchQuotes({ words: '"ties closer"' })).toEqual([]);
    expect(texts(await store.searchQuotes({ words: "ties closer" }))).toEqual([
      "China was seeking closer ties with Russia",
    ]);
    expect(texts(await store.searchQuotes({ words: "“joint exercises”" }))).toHaveLength(1);
  });

  it("supports prefixes", async () => {
    expect(await store.searchQuotes({ words: "look*" })).toHaveLength(2);
    expect(await store.searchQuotes({ words: "look" })).toHaveLength(0);
  });

  it("finds a speaker by any alias, and by words of the speaker's name", async () => {
    expect(texts(await store.searchQuotes({ words: "ties", speaker: "Lin" }))).toEqual([
      "China was seeking closer ties with Russia",
    ]);
    // "Lin" means both Bonny Lin and Lin Biying: both are searched.
    expect(await store.searchQuotes({ words: "mirror", speaker: "lin" })).toHaveLength(2);
    expect(await store.searchQuotes({ words: "mirror", speaker: "Bonny Lin" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "exercises", speaker: "CSIS" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "", speaker: "Bonny" })).toHaveLength(2);
    expect(await store.searchQuotes({ words: "mirror", speaker: "Nobody Known" })).toEqual([]);
    // The speaker column is searched too: the alias finds the quote.
    expect(await store.searchQuotes({ words: "CSIS" })).toHaveLength(1);
  });

  it("filters by topic", async () => {
    expect(await store.searchQuotes({ words: "mirror", topic: "weather" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "mirror", topic: "russia-china" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "mirror", topic: "unknown" })).toEqual([]);
  });

  it("treats FTS syntax as words: quotes, parentheses, AND/OR/NEAR, stars, colons", async () => {
    for (const words of [
      '"',
      '"unbalanced',
      "(really)",
      "((( )))",
      "AND",
      "OR NEAR",
      "NEAR(a b)",
      "*",
      "**",
      "a*b",
      "text:really",
      "speaker:Lin",
      "-minus +plus",
      "^start",
      "col : umn",
      "'single'",
      "\\",
      "\u0000",
      "",
      "   ",
    ]) {
      await expect(store.searchQuotes({ words }), words).resolves.toBeDefined();
    }
    expect(texts(await store.searchQuotes({ words: "(really) AND" }))).toHaveLength(1);
    expect(texts(await store.searchQuotes({ words: "NEAR end" }))).toHaveLength(1);
  });

  it("handles unicode: diacritics folded, non-Latin text safe", async () => {
    expect(await store.searchQuotes({ words: "uber sturm" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "Über-Sturm café" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "naive" })).toHaveLength(1);
    expect(await store.searchQuotes({ words: "storm", speaker: "Ångström" })).toHaveLength(0);
    expect(await store.searchQuotes({ words: "forecasts", speaker: "Ångström" })).toHaveLength(1);
    await expect(store.searchQuotes({ words: "中国 россия 🙂 \u202e" })).resolves.toBeDefined();
  });

  it("never throws on any text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (words, speaker) => {
          await store.searchQuotes(speaker === undefined ? { words } : { words, speaker });
        },
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom(
            '"',
            "(",
            ")",
            "*",
            "AND",
            "OR",
            "NOT",
            "NEAR",
            ":",
            "^",
            "-",
            "+",
            "mirror",
            "ties",
            " ",
          ),
          {
            maxLength: 12,
          },
        ),
        async (parts) => {
          await store.searchQuotes({ words: parts.join("") });
          await store.searchQuotes({ words: parts.join(" ") });
        },
      ),
      { numRuns: 300 },
    );
  });

  // More matches than the first, index-only pass reads (1,000): the filter must fall back.
  it("finds the rare match of a filter behind many better-ranked ones", async () => {
    const crowd = doc(`Crowd. ${filler(77, 120)}`, { title: "Crowd", date: "2024-01-01" });
    await store.addDocument(
      crowd,
      brief(crowd, {
        actors: [{ name: "Chorus Member" }],
        quotes: Array.from({ length: 1100 }, (_, i) => ({
          text: `harbour harbour harbour ${i}`,
          speaker: { name: "Chorus Member", type: "person" as const },
        })),
      }),
      ["weather"],
    );
    const lone = doc(`Lone. ${filler(78, 120)}`, { title: "Lone", date: "2024-01-02" });
    await store.addDocument(
      lone,
      brief(lone, {
        actors: [{ name: "Solo Voice", aliases: ["Solo"] }],
        quotes: [
          {
            text: "a long sentence that mentions the harbour only once among many other words",
            speaker: { name: "Solo Voice", type: "person" },
          },
        ],
      }),
      ["russia-china"],
    );
    expect(await store.searchQuotes({ words: "harbour", limit: 5 })).toHaveLength(5);
    expect(texts(await store.searchQuotes({ words: "harbour", topic: "russia-china" }))).toEqual([
      "a long sentence that mentions the harbour only once among many other words",
    ]);
    expect(
      (await store.searchQuotes({ words: "harbour", speaker: "Solo" })).map((hit) => hit.document.title),
    ).toEqual(["Lone"]);
    expect(await store.searchQuotes({ words: "harbour", speaker: "Chorus", limit: 100 })).toHaveLength(100);
  });

  it("builds the tsquery from tokens: phrases with <->, prefixes with :*, operators as separators", () => {
    expect(tsQuery('closer "joint exercises" look* AND (x)')).toBe(
      "'closer' & ('joint' <-> 'exercises') & 'look':* & 'and' & 'x'",
    );
    expect(tsQuery("U.S. & | ! <-> 'a':*")).toBe("('u' <-> 's') & 'a'");
    expect(tsQuery('say "hi""')).toBe("'say' & 'hi'");
    expect(tsQuery("*** ((")).toBeNull();
  });
});
