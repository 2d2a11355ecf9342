// Merges of actors found apart that name one entity: a shorter organisation name inside one
// longer one, and a person's partial or prefixed name ("De La Fuente", "Afterwards Roe", a surname
// a gazetteer knows as a company) into the one person in the document whose full name it ends.

import { PERSON_ROLES } from "../data/actor-words.ts";
import { FIRST_NAMES } from "../data/first-names.ts";
import { ROLE_NOUNS, TITLE_MODIFIERS, TITLES } from "../data/titles.ts";
import type { ActorRecord } from "./actors.ts";
import { lookup } from "./gazetteer.ts";

/** Moves every mention, alias and role of `from` to `to` and drops `from`. */
function absorb(
  actors: Map<string, ActorRecord>,
  from: ActorRecord,
  to: ActorRecord,
  alias: string | null,
): void {
  for (const m of from.mentions) {
    m.actor = to;
    to.mentions.push(m);
  }
  if (alias) to.aliases.add(alias);
  for (const a of from.aliases) to.aliases.add(a);
  for (const role of from.roles) to.roles.add(role);
  to.first = Math.min(to.first, from.first);
  from.mentions = [];
  actors.delete(from.key);
}

/** "Unity Party" inside "Unity Party of America", "National Police" inside "Philippine National
 * Police": a shorter organisation name within exactly one longer one is that organisation. */
export function mergeContainedOrgs(actors: Map<string, ActorRecord>): void {
  const orgs = [...actors.values()].filter((a) => a.type === "org" && /\s/.test(a.name));
  if (orgs.length < 2) return;
  // Candidates share the short name's first word; a word shared by very many names is skipped
  // (ambiguous anyway), which keeps this linear in the number of names.
  const byWord = new Map<string, ActorRecord[]>();
  for (const org of orgs) {
    for (const word of new Set(org.name.split(/\s+/))) {
      const list = byWord.get(word) ?? [];
      list.push(org);
      byWord.set(word, list);
    }
  }
  for (const short of orgs) {
    const pattern = ` ${short.name} `;
    const candidates = byWord.get(short.name.split(/\s+/)[0]!) ?? [];
    if (candidates.length > 32) continue;
    const longer = candidates.filter(
      (o) => o !== short && o.mentions.length > 0 && ` ${o.name} `.includes(pattern),
    );
    if (longer.length !== 1) continue;
    absorb(actors, short, longer[0]!, short.name);
  }
}

/** A word before a name that is not part of it: a title or role ("Democrat", "Podcaster"), or a
 * word the text also writes in lower case ("Afterwards"); never a first name. */
function isLeadingNoise(word: string, lowerWords: ReadonlySet<string>): boolean {
  if (FIRST_NAMES.has(word)) return false;
  return (
    PERSON_ROLES.has(word) ||
    TITLES.has(word) ||
    TITLE_MODIFIERS.has(word) ||
    ROLE_NOUNS.has(word.toLowerCase()) ||
    lowerWords.has(word.toLowerCase())
  );
}

/** "De La Fuente" beside "Rocky De La Fuente", "Afterwards Roe" beside "Jane Roe", the company
 * "Bloomberg" beside the person "Michael Bloomberg": a name that ends exactly one person's full
 * name in the document (after dropping leading titles or common words) is that person. With two
 * people of that surname, the name is left as it is (the single-word pass picks by recency). */
export function mergePersonNames(actors: Map<string, ActorRecord>, lowerWords: ReadonlySet<string>): void {
  const people = [...actors.values()].filter((a) => a.type === "person" && /\s/.test(a.name));
  if (people.length === 0) return;
  // Every word-suffix of every full name -> the people whose name ends with it.
  const bySuffix = new Map<string, ActorRecord[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const suffix = words.slice(i).join(" ");
      const list = bySuffix.get(suffix) ?? [];
      if (list.length < 4 && !list.includes(person)) list.push(person);
      bySuffix.set(suffix, list);
    }
  }
  const byName = new Map(people.map((p) => [p.name, p]));
  for (const actor of [...actors.values()]) {
    if (actor.mentions.length === 0) continue;
    const words = actor.name.split(/\s+/);
    // A one-word organisation only when a gazetteer knows it (a company named after a person);
    // places ("Jordan", "Washington") stay places.
    const candidate =
      actor.type === "person" ||
      (actor.type === "org" && words.length === 1 && lookup(actor.name) !== undefined);
    if (!candidate) continue;
    const owners = (bySuffix.get(actor.name) ?? []).filter((p) => p !== actor);
    if (owners.length === 1) {
      absorb(actors, actor, owners[0]!, actor.name);
      continue;
    }
    if (actor.type !== "person" || words.length < 2) continue;
    // Drop leading noise words, then look for the rest as a full name or one person's ending.
    let k = 0;
    while (k < words.length - 1 && isLeadingNoise(words[k]!, lowerWords)) k++;
    if (k === 0) continue;
    const rest = words.slice(k).join(" ");
    const exact = byName.get(rest);
    const enders = (bySuffix.get(rest) ?? []).filter((p) => p !== actor);
    const target = exact && exact !== actor ? exact : enders.length === 1 ? enders[0]! : null;
    if (!target || target === actor) continue;
    // The mention covers the name only, not the words before it.
    for (const m of actor.mentions) {
      const at = m.surface.lastIndexOf(rest);
      if (at > 0) {
        m.start += at;
        m.surface = rest;
      }
    }
    actor.aliases.clear();
    absorb(actors, actor, target, rest === target.name ? null : rest);
  }
}

/** "Senate" found as an actor of its own beside "United States Senate" whose alias it is: one
 * name, one actor, when exactly one other actor of the same type carries it as an alias. */
export function mergeNamedAliases(actors: Map<string, ActorRecord>): void {
  const byAlias = new Map<string, ActorRecord[]>();
  for (const actor of actors.values())
    for (const alias of actor.aliases) {
      const list = byAlias.get(alias) ?? [];
      list.push(actor);
      byAlias.set(alias, list);
    }
  for (const actor of [...actors.values()]) {
    if (actor.mentions.length === 0) continue;
    const holders = (byAlias.get(actor.name) ?? []).filter((a) => a !== actor && a.type === actor.type);
    if (holders.length !== 1 || !actors.has(holders[0]!.key)) continue;
    absorb(actors, actor, holders[0]!, actor.name);
  }
}

/** An alias belongs to one actor: where two carry it, it stays with the one mentioned most often
 * by that form (the actor it names first on a tie) and is dropped from the others. */
export function keepAliasOnOne(actors: Map<string, ActorRecord>): void {
  const holders = new Map<string, ActorRecord[]>();
  for (const actor of actors.values())
    for (const form of [actor.name, ...actor.aliases]) {
      const list = holders.get(form) ?? [];
      list.push(actor);
      holders.set(form, list);
    }
  for (const [form, list] of holders) {
    if (list.length < 2) continue;
    const uses = (a: ActorRecord) =>
      a.mentions.filter((m) => m.surface === form).length + (a.name === form ? 0.5 : 0);
    const keeper = list.reduce((a, b) => (uses(b) > uses(a) ? b : a));
    for (const actor of list) if (actor !== keeper) actor.aliases.delete(form);
  }
}
