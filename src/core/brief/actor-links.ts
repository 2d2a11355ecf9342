// Who appears with whom: for the actors a topic brief shows, in how many documents each pair
// appears together. Read from the documents the brief groups into stories (their extracts' actors),
// matching a document's actor to a shown actor by name or alias, the type alike. Pure.
import type { StoryDocument } from "./story-grouping.ts";
import type { ActorTally } from "./topic-brief.ts";

/** Two shown actors and the documents that name both. */
export interface ActorLink {
  source: string;
  target: string;
  documents: number;
}

const key = (type: string, name: string): string =>
  `${type}:${name.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** The links between `actors`, strongest first (ties in the actors' order). Deterministic. */
export function actorLinks(actors: readonly ActorTally[], documents: readonly StoryDocument[]): ActorLink[] {
  const owner = new Map<string, number>();
  actors.forEach((actor, i) => {
    for (const alias of actor.aliases)
      if (!owner.has(key(actor.type, alias))) owner.set(key(actor.type, alias), i);
  });
  // A full name wins over another actor's alias of the same form.
  actors.forEach((actor, i) => {
    owner.set(key(actor.type, actor.name), i);
  });
  const together = new Map<number, number>();
  for (const document of documents) {
    const present = new Set<number>();
    for (const actor of document.actors) {
      const i = owner.get(key(actor.type, actor.name));
      if (i !== undefined) present.add(i);
    }
    const list = [...present].sort((a, b) => a - b);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const pair = list[a]! * actors.length + list[b]!;
        together.set(pair, (together.get(pair) ?? 0) + 1);
      }
    }
  }
  return [...together]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([pair, n]) => ({
      source: actors[Math.floor(pair / actors.length)]!.name,
      target: actors[pair % actors.length]!.name,
      documents: n,
    }));
}
