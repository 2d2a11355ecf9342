// Lookup tables built once from the data lists: surface form -> what it names.

import { COUNTRIES } from "../data/countries.ts";
import { ORGANISATIONS } from "../data/organisations.ts";
import { CITY_NAMES, PROVINCE_SHORT_FORMS, REGION_NAMES, US_STATE_SHORT_FORMS } from "../data/places.ts";
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
  // (Names with an apostrophe, "McDonald's", are written with either mark.)
  for (const surface of [org.name, ...org.aliases]) {
    add(surface, { canonical: org.name, type: "org", form: "name" });
    if (surface.includes("'"))
      add(surface.replaceAll("'", "’"), { canonical: org.name, type: "org", form: "name" });
  }
}
for (const country of COUNTRIES) {
  for (const demonym of country.demonyms) {
    add(demonym, { canonical: country.name, type: "place", form: "demonym" });
    // "Burundians", "Thais": the plural of the people's name, where the list gives none ("French",
    // "Chinese" have no plural in "-s"; a form that is no word is never met in a text).
    if (!/(?:s|sh|ch|ese)$/.test(demonym))
      add(`${demonym}s`, { canonical: country.name, type: "place", form: "demonym" });
  }
  for (const capital of country.capitals) {
    if (capital !== country.name) add(capital, { canonical: country.name, type: "place", form: "capital" });
  }
}
add("Washington, D.C.", { canonical: "Washington, D.C.", type: "place", form: "name" });
for (const place of [...REGION_NAMES, ...CITY_NAMES])
  add(place, { canonical: place, type: "place", form: "name" });
for (const [short, province] of Object.entries(PROVINCE_SHORT_FORMS))
  add(short, { canonical: province, type: "place", form: "name" });
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

/** Whether a single word names the people of a known place or people of two origins: a plural
 * formed on a place's name ("Iowans", "Floridians", "Ohioans", "Texans", "Londoners") or a
 * compound of a demonym and such a word ("African-Americans", "Irish-American"). Groups, not
 * actors, in the project's conventions; a country's own demonyms are in the table already. */
export function namesPeopleOfPlace(word: string): boolean {
  const parts = word.split("-");
  if (parts.length === 2) return isDemonym(parts[0]!) && isDemonym(parts[1]!.replace(/s$/, ""));
  if (!/^[\p{Lu}][\p{Ll}]{2,}(?:ans|ers)$/u.test(word)) return false;
  const one = word.slice(0, -1);
  return [
    one.slice(0, -1),
    one.slice(0, -2),
    one.slice(0, -3),
    `${one.slice(0, -3)}a`,
    `${one.slice(0, -1)}a`,
    `${one.slice(0, -1)}s`,
  ].some((stem) => stem.length >= 3 && lookup(stem)?.type === "place");
}

/** A country's demonym ("Irish", "American"), or a continent's adjective ("African", "Asian"). */
function isDemonym(word: string): boolean {
  return lookup(word)?.form === "demonym" || /^(?:African|Asian|European|Arab|Latin|Hispanic)$/.test(word);
}
