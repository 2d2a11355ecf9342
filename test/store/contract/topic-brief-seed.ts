// Three documents of one topic that both backends' topic-brief tests start from: an old one, a
// recent one (whose "Lin" merges into Bonny Lin) and an undated one added on 5 January 2026.
import type { Store } from "../../../src/core/ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";

/** Adds the topic "russia-china" and its three documents to `store`. */
export async function seedRussiaChina(store: Store) {
  await store.upsertTopic(topic("russia-china"));
  const old = doc(`Old news. ${filler(11, 120)}`, {
    title: "Old",
    date: "2025-12-01",
    url: "https://x.example/old",
  });
  await store.addDocument(
    old,
    brief(old, {
      keyPoints: ["Russia and China held talks in December.", "Trade grew by a tenth."],
      actors: [
        { name: "Bonny Lin", aliases: ["Lin"], mentions: 2, roles: ["co-author"] },
        { name: "China", type: "place", aliases: ["Beijing", "Chinese"], mentions: 5 },
        { name: "Russia", type: "place", mentions: 4 },
      ],
      quotes: [
        {
          text: "The talks went well, better than anyone expected them to go",
          speaker: { name: "Bonny Lin", type: "person" },
        },
      ],
    }),
    ["russia-china"],
  );
  const recent = doc(`Recent news. ${filler(12, 120)}`, {
    title: "Recent",
    date: "2026-01-09",
    url: "https://x.example/recent",
  });
  await store.addDocument(
    recent,
    brief(recent, {
      keyPoints: [
        "Russia and China begin joint naval exercises.",
        "Russia and China held talks in December again.",
      ],
      actors: [
        // Named "Lin" only: merged into Bonny Lin.
        { name: "Lin", mentions: 1, roles: ["analyst"] },
        { name: "China", type: "place", mentions: 3 },
        { name: "Russia", type: "place", mentions: 3 },
        { name: "Vladimir Putin", aliases: ["Putin"], mentions: 2, roles: ["President"] },
      ],
      quotes: [
        {
          text: "The exercises show a new level of trust between the two navies",
          speaker: { name: "Vladimir Putin", type: "person" },
        },
        { text: "We will watch this closely and report back to the committee", speaker: null },
      ],
    }),
    ["russia-china"],
  );
  const undated = doc(`Undated news. ${filler(13, 120)}`, { title: "Undated" });
  await store.addDocument(
    undated,
    brief(undated, { keyPoints: ["An undated analysis of the relationship."] }),
    ["russia-china"],
    {
      addedAt: new Date("2026-01-05T08:00:00Z"),
    },
  );
  return { old, recent, undated };
}
