// Lookup tables built once from the data lists: surface form -> what it names.

import { COUNTRIES } from "../data/countries.ts";
import { ORGANISATIONS } from "../data/organisations.ts";
import { CITY_NAMES, REGION_NAMES, US_STATE_SHORT_FORMS } from "../data/places.ts";
import type { ActorType } from "../schemas.ts";

/** What a known surface form names: the canonical actor and how the form relates to it. */
export interface GazetteerEntry {
  canonical: string;
  type: ActorType;
  /** name: the entity's own name or alias; demonym: "Chinese"; capital: "Beijing" (may stand for the state). */
  form: "name" | "demonym" | "capital";
}

const table = new Map<string, GazetteerEntry>();
const add = (surface: string, entry: GazetteerEntry) => {
  if (!table.has(surface)) table.set(surface, entry);
};

for (const country of COUNTRIES) {
  add(country.name, { canonical: country.name, type: "place", form: "name" });
  for (const alias of country.aliases) add(alias, { canonical: country.name, type: "place", form: "name" });
}
for (const org of ORGANISATIONS) {
  add(org.name, { canonical: org.name, type: "org", form: "name" });
  for (const alias of org.aliases) add(alias, { canonical: org.name, type: "org", form: "name" });
}
for (const country of COUNTRIES) {
  for (const demonym of country.demonyms)
    add(demonym, { canonical: country.name, type: "place", form: "demonym" });
  for (const capital of country.capitals) {
    if (capital !== country.name) add(capital, { canonical: country.name, type: "place", form: "capital" });
  }
}
add("Washington, D.C.", { canonical: "Washington, D.C.", type: "place", form: "name" });
for (const place of [...REGION_NAMES, ...CITY_NAMES])
  add(place, { canonical: place, type: "place", form: "name" });
// ("Fla" as a name span leaves its full stop to the sentence: both forms.)
for (const [short, state] of Object.entries(US_STATE_SHORT_FORMS)) {
  add(short, { canonical: state, type: "place", form: "name" });
  if (!short.includes(".")) add(`${short}.`, { canonical: state, type: "place", form: "name" });
}

/** Looks a surface form up (exact, then without a leading "the"). */
export function lookup(surface: string): GazetteerEntry | undefined {
  return table.get(surface) ?? (surface.startsWith("The ") ? table.get(surface.slice(4)) : undefined);
}

/** Whether a form is known exactly as written ("The Hague" is, "The Atlantic" only as "Atlantic"). */
export const knownExactly = (surface: string): boolean => table.has(surface);

/** The longest number of words any gazetteer entry has: bounds the sub-span search. */
export const MAX_ENTRY_WORDS = 6;
