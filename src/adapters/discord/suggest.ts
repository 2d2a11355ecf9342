// Autocomplete choices: known topics for `topic`, quoted speakers (of the chosen topic, when one is
// chosen) for `speaker`. Discord gives 3 seconds and shows at most 25 choices of 100 characters;
// both look-ups are single indexed reads in the store.
import type { Store } from "../../core/ports.ts";
import { cleanText, truncate } from "./escape.ts";

/** One autocomplete choice. */
export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;

/** How well `typed` matches a candidate: 0 prefix, 1 a word's prefix, 2 anywhere, -1 not at all. */
function matchRank(typed: string, ...texts: string[]): number {
  if (typed === "") return 0;
  let best = -1;
  for (const text of texts) {
    const lower = text.toLowerCase();
    const rank = lower.startsWith(typed)
      ? 0
      : lower.split(/[\s\-_/]+/).some((word) => word.startsWith(typed))
        ? 1
        : lower.includes(typed)
          ? 2
          : -1;
    if (rank !== -1 && (best === -1 || rank < best)) best = rank;
  }
  return best;
}

/** Choices for one autocomplete source; `topic` narrows speakers and actors. */
export async function suggest(
  store: Store,
  source: "topic" | "speaker",
  typed: string,
  topic?: string,
): Promise<Choice[]> {
  const needle = typed.trim().toLowerCase().slice(0, 100);
  if (source === "topic") {
    return (await store.listTopics())
      .map((entry) => ({ entry, rank: matchRank(needle, entry.slug, entry.title) }))
      .filter(({ rank }) => rank !== -1)
      .sort((a, b) => a.rank - b.rank || a.entry.slug.localeCompare(b.entry.slug))
      .slice(0, MAX_CHOICES)
      .map(({ entry }) => ({
        name: truncate(cleanText(`${entry.slug} — ${entry.title}`), 100),
        value: entry.slug,
      }));
  }
  // Quoted speakers first (what /quote can filter by), then other actors of the topic (/who).
  const names = await lookUp(store, needle, topic);
  return names
    .map((name) => cleanText(name))
    .filter((name, index, all) => name !== "" && name.length <= 100 && all.indexOf(name) === index)
    .slice(0, MAX_CHOICES)
    .map((name) => ({ name, value: name }));
}

async function lookUp(store: Store, prefix: string, topic: string | undefined): Promise<string[]> {
  const options = { prefix, limit: MAX_CHOICES, ...(topic ? { topic } : {}) };
  let speakers: string[];
  let actors: string[];
  try {
    speakers = await store.listSpeakers(options);
    actors = (await store.listActors(options)).map((actor) => actor.name);
  } catch {
    // An unknown or half-typed topic: offer names from every topic rather than nothing.
    speakers = await store.listSpeakers({ prefix, limit: MAX_CHOICES });
    actors = (await store.listActors({ prefix, limit: MAX_CHOICES })).map((actor) => actor.name);
  }
  return [...speakers, ...actors];
}
