// Merges of actors found apart that name one entity: a shorter organisation name inside one
// longer one, a person's partial name ("De La Fuente") into the one person in the document whose
// full name it ends, an actor named as another's alias into it; and each alias kept on one actor.

import { LOCAL_BODY_HEADS } from "../data/actor-words.ts";
import { COUNTRY_NAMES } from "../data/countries.ts";
import { isCommonGivenName, isGivenName } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { FOREIGN_ORG_HEADS, ORG_WORDS } from "../data/organisations.ts";
import type { ActorRecord } from "./actors.ts";
import { lookup } from "./gazetteer.ts";
import { courtesyBefore, genderOf } from "./speaker-words.ts";

/** Whether `word` names a country (or is its name in its own language: "Polska"). */
const isCountry = (word: string): boolean => {
  const entry = lookup(word);
  return entry?.type === "place" && entry.form === "name" && COUNTRY_NAMES.has(entry.canonical);
};

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
  if (to.type !== "place") for (const role of from.roles) to.roles.add(role);
  to.first = Math.min(to.first, from.first);
  from.mentions = [];
  actors.delete(from.key);
}

/** "University of Dunmore at Lakeview (UD Lakeview)", "Carlow State University (Carlow
 * State)": a short form of two or three capitalised words in brackets right after a body's name,
 * sharing a word with it, is that body (an acronym alone is matched where actors are made). */
export function mergeBracketedShortNames(actors: Map<string, ActorRecord>, body: string): void {
  const byName = new Map<string, ActorRecord>();
  for (const actor of actors.values()) byName.set(actor.name, actor);
  for (const org of [...actors.values()]) {
    if (org.type !== "org" || !actors.has(org.key)) continue;
    const words = new Set(org.name.split(/\s+/));
    for (const m of org.mentions) {
      const short = /^\s?\(((?:[\p{Lu}][\p{L}.&-]*)(?: [\p{Lu}][\p{L}.&-]*){1,2})\)/u.exec(
        body.slice(m.end, m.end + 48),
      )?.[1];
      if (!short || lookup(short) || !short.split(" ").some((w) => words.has(w) && !ORG_WORDS.has(w)))
        continue;
      const other = byName.get(short);
      if (other && other !== org && actors.has(other.key)) absorb(actors, other, org, short);
      else org.aliases.add(short);
      break;
    }
  }
}

/** "Unity Party" inside "Unity Party of America", "National Police" inside "Philippine National
 * Police": a shorter organisation name within exactly one longer one is that organisation, unless
 * the list knows it as another. */
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
    if (longer.length !== 1 || namesakeOfClub(short.name, longer[0]!.name)) continue;
    // (Not a body the list knows, inside another's name: "Democratic Party" beside "Christian
    // Democratic Party" or "Ohio Democratic Party", "White House" beside "Obama White House"; the
    // same body is named with its country or a company's suffix: "U.S. Department of State",
    // "Breitbart News LLC".)
    const known = lookup(short.name);
    const extra = ` ${longer[0]!.name} `.replace(pattern, " ").trim();
    if (
      known?.type === "org" &&
      known.canonical !== lookup(longer[0]!.name)?.canonical &&
      !isCountry(extra.replace(/^the\s/, "")) &&
      !/^(?:LLC|Inc\.?|Ltd\.?|Corp\.?|PLC|Co\.?)$/.test(extra)
    )
      continue;
    absorb(actors, short, longer[0]!, short.name);
  }
}

/** The last words of football clubs' names that stand for the club alone ("United", "Rovers"). */
const CLUB_NAME_ENDS = /^(?:United|City|Town|County|Rovers|Rangers|Wanderers|Albion|Athletic|Hotspur)$/;

/** "Kessford United" beside "Kessford United Trust": a club's full name stands for the club, not
 * for a body named after it ("Kessford United Football Club" is the club). */
function namesakeOfClub(short: string, long: string): boolean {
  return (
    CLUB_NAME_ENDS.test(short.slice(short.lastIndexOf(" ") + 1)) &&
    !/\b(?:Club|FC|AFC)\b/.test(long.replace(short, ""))
  );
}

/** "Salling" beside "Salling Group", "Watch Tower" beside "Watch Tower Society": a name no list
 * knows that is an organisation's name without its closing head words (Group, Society,
 * Corporation) is a short form of that organisation, whatever type its own context gave it; but
 * a place stays itself beside its own public body or paper ("Bradford" beside "Bradford Council"). A
 * person's name of several words stays a person ("Jane Roe" beside the "Jane Roe Foundation"). */
/** The letters of a company's legal form in Europe ("Aerolux AG", "Vantor SE", "Kessa SpA"),
 * which news drops after naming the company once. */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(["AG", "SE", "SA", "NV", "SpA", "AB", "ASA", "Oyj"]);

export function mergeOrgShortNames(actors: Map<string, ActorRecord>): void {
  const byShort = new Map<string, { org: ActorRecord; local: boolean; branch: boolean } | null>();
  for (const org of actors.values()) {
    if (org.type !== "org") continue;
    const words = org.name.split(/\s+/);
    let n = words.length;
    while (n > 1 && (ORG_WORDS.has(words[n - 1]!) || COMPANY_SUFFIXES.has(words[n - 1]!))) n--;
    // "Mazars USA", "Tesco Polska": a company's national branch, named by its country.
    const branch = n === words.length && n === 2 && isCountry(words[1]!);
    if (branch) n = 1;
    // "United" beside "Lakeside United": a club is called by the last word of its name.
    const last = words[words.length - 1]!;
    // ("Lilly" beside "Eli Lilly": a company the list knows by its founder's name is called by
    // the surname.)
    const founder = words.length === 2 && isGivenName(words[0]!) && lookup(org.name)?.type === "org";
    if ((words.length >= 2 && CLUB_NAME_ENDS.test(last)) || founder)
      byShort.set(last, byShort.has(last) ? null : { org, local: false, branch: false });
    if (n === words.length || n === 0) continue;
    const short = words.slice(0, n).join(" ");
    const heads = words.slice(n);
    if (namesakeOfClub(short, org.name)) continue;
    byShort.set(
      short,
      byShort.has(short) ? null : { org, local: heads.some((w) => LOCAL_BODY_HEADS.has(w)), branch },
    );
  }
  if (byShort.size === 0) return;
  for (const actor of [...actors.values()]) {
    const found = byShort.get(actor.name);
    if (!found || found.org === actor || actor.mentions.length === 0 || lookup(actor.name)) continue;
    if (actor.type === "person" && (/\s/.test(actor.name) || isCommonGivenName(actor.name))) continue;
    if (actor.type === "place" && found.local) continue;
    if (found.branch) {
      // The company is the one its bare name names; its national branch is an alias of it.
      actors.delete(actor.key);
      actor.type = "org";
      actor.key = `org:${actor.name}`;
      actors.set(actor.key, actor);
      absorb(actors, found.org, actor, found.org.name);
    } else absorb(actors, actor, found.org, actor.name);
  }
}

/** "Senado de Puerto Rico" beside "Puerto Rico Senate" (or "Senate of Puerto Rico"): a body
 * named in another language is an alias of the one the text also names in English. */
export function mergeTranslatedOrgs(actors: Map<string, ActorRecord>): void {
  const orgs = new Map<string, ActorRecord>();
  for (const a of actors.values()) if (a.type === "org") orgs.set(a.name, a);
  for (const org of [...orgs.values()]) {
    const m = /^(\S+) (?:de la|de los|de las|del|de|du|des|di|da|do) (.+)$/u.exec(org.name);
    const english = m ? FOREIGN_ORG_HEADS[m[1]!] : undefined;
    if (!english) continue;
    const rest = m![2]!;
    const target =
      orgs.get(`${rest} ${english}`) ??
      orgs.get(`${english} of ${rest}`) ??
      orgs.get(`${english} of the ${rest}`);
    if (target && target !== org) absorb(actors, org, target, org.name);
  }
}

/** "De La Fuente" beside "Rocky De La Fuente": a person's name that ends exactly one other
 * person's full name in the document is that person. With two people of that surname, the name
 * is left as it is (the single-word pass picks by recency). */
export function mergePersonNames(actors: Map<string, ActorRecord>, body: string): void {
  // (Also "Patricia Woods", typed a place by its last word: a given name and a surname that
  // speaks alone as a person, "Woods said", make one person.)
  const people = [...actors.values()].filter(
    (a) =>
      (a.type === "person" && /\s/.test(a.name)) ||
      (a.type === "place" && /^\S+\s\S+$/.test(a.name) && isGivenName(a.name.split(" ")[0]!)),
  );
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
  for (const actor of [...actors.values()]) {
    if (actor.mentions.length === 0) continue;
    // People only: a company a gazetteer knows stays a company even when a person of the
    // document carries its name; tried, it gave wrong speakers on PolNeAR dev.
    let owners: ActorRecord[];
    if (actor.type === "person") owners = (bySuffix.get(actor.name) ?? []).filter((p) => p !== actor);
    else if (actor.type === "place" && speaksAlone(actor, body))
      owners = ownersOfFirstSurname(people, actor.name);
    else continue;
    // ("Mr. Roe" is not Jane Roe: a courtesy title of the other gender keeps the name apart.)
    const titled = actor.mentions.map((m) => courtesyBefore(body, m.start)).find((g) => g !== null);
    if (owners.length === 1 && !(titled && (genderOf(owners[0]!) ?? titled) !== titled)) {
      absorb(actors, actor, owners[0]!, actor.name);
      owners[0]!.type = "person";
    }
  }
}

/** "Jorge Alberto Medina Robles … Medina said": the first of two family names (Spanish and
 * Portuguese names carry the father's, then the mother's) names the person alone, also where a
 * list knows the word as a place (a word typed a person is merged as a middle name below); the
 * people of three words or more whose last but one word is `word`, no given name. */
function ownersOfFirstSurname(people: ActorRecord[], word: string): ActorRecord[] {
  if (/\s/.test(word) || isGivenName(word)) return [];
  return people.filter((p) => {
    const words = p.name.split(/\s+/);
    return p.type === "person" && words.length >= 3 && words.at(-2) === word;
  });
}

/** Whether a one-word actor says something as a subject ("Medina said") and is never where
 * something is ("in Medina"). */
function speaksAlone(actor: ActorRecord, body: string): boolean {
  const at = (m: { start: number }) => body.slice(Math.max(0, m.start - 6), m.start);
  const after = (m: { end: number }) => body.slice(m.end, m.end + 12);
  return (
    actor.mentions.some((m) => /^\s+(?:said|says|told|added|replied|testified)\b/.test(after(m))) &&
    !actor.mentions.some((m) => /\b(?:in|at|from|to|near|of)\s+$/.test(at(m)))
  );
}

/** "Finn Larrabee … "Finn has saved us"": a people's noun that is the given name of one person
 * the text names in full is that person where it stands as a noun (before a verb, a possessive or
 * punctuation; not "Finn voters"), not a mention of the people's country. */
export function mergeGivenNameDemonyms(actors: Map<string, ActorRecord>, body: string): void {
  const byGiven = new Map<string, ActorRecord[]>();
  for (const actor of actors.values()) {
    const words = actor.name.split(/\s+/);
    if (actor.type !== "person" || words.length < 2) continue;
    byGiven.set(words[0]!, [...(byGiven.get(words[0]!) ?? []), actor]);
  }
  for (const place of [...actors.values()]) {
    if (place.type !== "place") continue;
    for (const m of place.mentions.slice()) {
      const people = byGiven.get(m.surface);
      if (
        people?.length !== 1 ||
        lookup(m.surface)?.form !== "demonym" ||
        !AS_A_NOUN_AFTER.test(body.slice(m.end, m.end + 10))
      )
        continue;
      m.actor = people[0]!;
      people[0]!.mentions.push(m);
      people[0]!.aliases.add(m.surface);
      place.mentions.splice(place.mentions.indexOf(m), 1);
      if (!place.mentions.some((other) => other.surface === m.surface)) place.aliases.delete(m.surface);
    }
    if (place.mentions.length === 0) actors.delete(place.key);
  }
}

/** What follows a word standing as a noun, a subject or a possessor: a verb, "'s" or punctuation. */
const AS_A_NOUN_AFTER =
  /^(?:['’]s\b|\s+(?:has|had|is|was|said|says|will|would|can|could|did|does|told|added)\b|[,.;:!?"”’])/;

/** Heads of natural features whose name without them still names the feature ("Abaco" for the
 * "Abaco Islands", "Zambezi" for the "Zambezi River"), and of provinces named as their capital is
 * and spoken of by it ("Qom" for "Qom Province"); not heads of buildings or of counties and
 * districts, since "Bradford" is no "Bradford Hospital". */
const FEATURE_HEADS = new Set([
  "Island",
  "Islands",
  "River",
  "Peninsula",
  "Archipelago",
  "Atoll",
  "Desert",
  "Glacier",
  "Province",
  "Prefecture",
  "Governorate",
  "Oblast",
]);

/** "Abaco" beside "the Abaco Islands": a single word no list knows, that is exactly one place's
 * name without its feature head, is that place, whatever type its own context gave it, unless it
 * is a given name. (A person's bare surname is the person's already: the single-word pass.) */
export function mergeFeatureShortNames(actors: Map<string, ActorRecord>): void {
  const byShort = new Map<string, ActorRecord | null>();
  for (const place of actors.values()) {
    if (place.type !== "place") continue;
    const words = place.name.split(/\s+/);
    if (words.length !== 2 || !FEATURE_HEADS.has(words[1]!)) continue;
    byShort.set(words[0]!, byShort.has(words[0]!) ? null : place);
  }
  if (byShort.size === 0) return;
  for (const actor of [...actors.values()]) {
    const place = byShort.get(actor.name);
    if (!place || actor === place || actor.mentions.length === 0) continue;
    if (lookup(actor.name) || isCommonGivenName(actor.name)) continue;
    absorb(actors, actor, place, actor.name);
  }
}

/** "Wimbley said" after "Jane Wimbly": a surname alone that no full name ends, spelt one
 * letter away from the surname of exactly one person in the document, is that person's name
 * misspelt (a letter changed, dropped, added or two swapped; capitals aside: "McLenny" for
 * "McClenny"). Short surnames, given names, known names and plurals ("the Roes") stay apart. */
export function mergeMisspeltSurnames(actors: Map<string, ActorRecord>): void {
  // Each surname under itself and each form with one letter dropped: two words one edit apart
  // share one of these forms, so each word looks up only its near surnames (linear work).
  const near = new Map<string, ActorRecord[]>();
  for (const person of actors.values()) {
    if (person.type !== "person" || !/\s/.test(person.name)) continue;
    const surname = person.name.split(/\s+/).at(-1)!.toLowerCase();
    if (surname.length < 5 || surname.length > LONGEST) continue;
    for (const form of new Set([surname, ...dropOneLetter(surname)])) {
      const list = near.get(form) ?? [];
      // (A form shared by more people than this is left ambiguous below.)
      if (list.length <= CROWDED && !list.includes(person)) list.push(person);
      near.set(form, list);
    }
  }
  if (near.size === 0) return;
  for (const actor of [...actors.values()]) {
    if (actor.type !== "person" || actor.mentions.length === 0 || /\s/.test(actor.name)) continue;
    const alone = actor.name.toLowerCase();
    if (alone.length < 5 || alone.length > LONGEST || isGivenName(actor.name) || lookup(actor.name)) continue;
    const owners = new Set<ActorRecord>();
    let crowded = false;
    for (const form of [alone, ...dropOneLetter(alone)]) {
      const list = near.get(form) ?? [];
      if (list.length > CROWDED) crowded = true;
      for (const person of list) {
        const surname = person.name.split(/\s+/).at(-1)!.toLowerCase();
        if (
          surname[0] === alone[0] &&
          surname !== `${alone}s` &&
          alone !== `${surname}s` &&
          oneEditApart(alone, surname)
        )
          owners.add(person);
      }
    }
    const [owner] = owners;
    if (!crowded && owners.size === 1 && actors.has(owner!.key)) absorb(actors, actor, owner!, actor.name);
  }
}

const CROWDED = 4;
/** Surnames longer than this are not compared: each is indexed by as many forms as it has letters. */
const LONGEST = 40;

/** The word with each of its letters dropped in turn. */
const dropOneLetter = (word: string): string[] =>
  Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));

/** Whether `a` becomes `b` by one letter changed, dropped or added, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** "Robert Mugabe" beside "Robert Gabriel Mugabe", "Jane Roe" beside "Jane Q. Roe": a person's
 * two-word name whose first word opens, and whose last word is in, exactly one longer name of a
 * person in the document is that person named with a middle name or initial. */
export function mergeMiddleNames(actors: Map<string, ActorRecord>): void {
  const byFirst = new Map<string, ActorRecord[]>();
  for (const actor of actors.values()) {
    if (actor.type !== "person") continue;
    const words = actor.name.split(/\s+/);
    if (words.length < 3) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (list.length < 8) list.push(actor);
    byFirst.set(words[0]!, list);
  }
  if (byFirst.size === 0) return;
  for (const actor of [...actors.values()]) {
    if (actor.type !== "person" || actor.mentions.length === 0) continue;
    const words = actor.name.split(/\s+/);
    if (words.length !== 2) continue;
    // "Donald Trump" beside "Donald Trump Jr.": a father and a son, not one name with another word.
    // "Paul Ryan" beside "Paul Ryan Joins Growing List" (a headline's words run on after the
    // name): the surname must end the longer name or come before one more surname, unless the
    // rest is the person's own name found alone (a title before it: "Bharat Ratna Jane Roe").
    const longer = (byFirst.get(words[0]!) ?? []).filter((p) => {
      const rest = p.name.split(/\s+/).slice(1);
      const at = rest.indexOf(words[1]!);
      const after = rest.slice(at + 1);
      return (
        p.mentions.length > 0 &&
        at >= 0 &&
        (after.length <= 1 || (at === 0 && p.aliases.has(after.join(" ")))) &&
        p.name.replace(/\s+[JS]r\.?$/, "") !== actor.name
      );
    });
    if (longer.length !== 1) continue;
    // "Jane Roe Rampages" (a headline's verb after the name): a last word news writes in lower
    // case is no surname; the longer name is the shorter one's, not the other way round.
    const extra = longer[0]!.name.startsWith(`${actor.name} `)
      ? longer[0]!.name.slice(actor.name.length + 1)
      : "";
    if (/^\S+$/.test(extra) && LOWERCASE_WORDS.has(extra.toLowerCase()))
      absorb(actors, longer[0]!, actor, null);
    else absorb(actors, actor, longer[0]!, actor.name);
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

/** "Github" beside "GitHub": a one-word name spelt with other capitals is the same actor, the one
 * mentioned more often (on a tie, the one found first). */
export function mergeCaseVariants(actors: Map<string, ActorRecord>): void {
  const byFolded = new Map<string, ActorRecord>();
  for (const actor of [...actors.values()]) {
    if (/\s/.test(actor.name) || actor.name.length < 3 || actor.mentions.length === 0) continue;
    const folded = actor.name.toLowerCase();
    const other = byFolded.get(folded);
    // (Not two actors of one spelling, "Jordan" the person and the country.)
    if (!other || !actors.has(other.key) || other.name === actor.name) {
      byFolded.set(folded, actor);
      continue;
    }
    const [keep, drop] = actor.mentions.length > other.mentions.length ? [actor, other] : [other, actor];
    absorb(actors, drop, keep, drop.name);
    byFolded.set(folded, keep);
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
