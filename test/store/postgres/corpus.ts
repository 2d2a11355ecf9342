// A generated corpus for comparing backends: documents over several days and two topics, with
// actors sharing aliases, attributed and unattributed quotes, repeats, near-duplicates and a
// document without a brief. Deterministic for a seed.
import type { DocumentBrief, SourceDocument } from "../../../src/core/schemas.ts";
import { brief, doc, filler } from "../helpers.ts";

/** One document to add, with its brief (null: not extracted) and topics. */
export interface CorpusItem {
  document: SourceDocument;
  brief: DocumentBrief | null;
  topics: string[];
  addedAt: Date;
}

const PEOPLE = [
  { name: "Bonny Lin", aliases: ["Lin"] },
  { name: "Lin Biying", aliases: ["Lin"] },
  { name: "Anna Berg", aliases: ["Berg"] },
  { name: "Zoë Ångström", aliases: ["Ångström"] },
  { name: "Omar Haddad", aliases: ["Haddad"] },
];
const ORGS = [
  { name: "Center for Strategic and International Studies", aliases: ["CSIS"] },
  { name: "Harbour Council", aliases: ["the council"] },
];
const WORDS = [
  "mirror",
  "ties",
  "budget",
  "storm",
  "treaty",
  "harbour",
  "naïve",
  "looking",
  "vote",
  "exercises",
];

/** `count` documents (plus repeats and near-duplicates) from `seed`. */
export function corpus(count: number, seed = 1): CorpusItem[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const items: CorpusItem[] = [];
  for (let i = 0; i < count; i++) {
    const day = `2025-12-${String(1 + (i % 28)).padStart(2, "0")}`;
    const body = `Report ${i} of ${seed}. ${filler(seed * 100_000 + i, 90)}`;
    const document = doc(body, {
      title: `Report ${i}`,
      date: i % 5 === 4 ? null : day,
      url: `https://news.example/${seed}/${i}`,
      license: "CC BY 2.5",
    });
    const people = [PEOPLE[next(PEOPLE.length)]!, PEOPLE[next(PEOPLE.length)]!].filter(
      (person, index, all) => all.indexOf(person) === index,
    );
    const org = ORGS[next(ORGS.length)]!;
    const quoteCount = 1 + next(4);
    const quotes = Array.from({ length: quoteCount }, (_, q) => {
      const speaker = q === quoteCount - 1 && i % 3 === 0 ? null : q % 2 === 0 ? people[0]! : org;
      const words = Array.from({ length: 6 }, () => WORDS[next(WORDS.length)]!).join(" ");
      return {
        text: `${words} in report ${i} part ${q}`,
        speaker:
          i % 7 === 3 && q === 0
            ? { name: "a ministry spokeswoman", type: "person" as const, named: false }
            : speaker
              ? { name: speaker.name, type: speaker === org ? ("org" as const) : ("person" as const) }
              : null,
        sentence: q,
      };
    });
    const topics = i % 4 === 0 ? ["alpha", "beta"] : i % 2 === 0 ? ["alpha"] : ["beta"];
    const addedAt = new Date(Date.parse("2025-12-01T08:00:00Z") + i * 3_600_000);
    items.push({
      document,
      brief:
        i % 17 === 16
          ? null
          : brief(document, {
              keyPoints: [`Key point one of report ${i}.`, `Key point two of report ${i}.`, `Third of ${i}.`],
              actors: [
                ...people.map((person) => ({
                  ...person,
                  mentions: 1 + next(4),
                  roles: i % 2 ? ["analyst"] : [],
                })),
                { ...org, type: "org" as const, mentions: 1 + next(3) },
              ],
              quotes,
            }),
      topics,
      addedAt,
    });
    if (i % 10 === 9) {
      // The same story again (a repeat) and syndicated with a small edit (a near-duplicate).
      items.push({ ...items[items.length - 1]!, topics: ["beta"] });
      const edited = doc(`${body} Updated.`, { title: `Report ${i} (copy)`, date: document.date });
      items.push({ document: edited, brief: items[items.length - 1]!.brief, topics: ["alpha"], addedAt });
    }
  }
  return items;
}
