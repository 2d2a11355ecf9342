// Actors: candidate names -> typed entities with their aliases merged. Known places, demonyms,
// capitals and organisations come from the gazetteer; other names are typed by their words
// (Ministry, University -> org; Street, Airport -> place), first names and titles (person).
// Surnames merge into the full name used in the text, acronyms into the name they abbreviate.
import { COMPASS, LEGISLATURES, LOCATIVE, ORG_APPOSITION, PERSON_ROLES } from "../data/actor-words.ts";
import { COUNTRIES } from "../data/countries.ts";
import { FIRST_NAMES } from "../data/first-names.ts";
import { ORG_WORDS, PLACE_WORDS } from "../data/organisations.ts";
import { REPORTING_VERBS } from "../data/reporting-verbs.ts";
import type { ActorType, Sentence } from "../schemas.ts";
import { isAcronym } from "../text/tokens.ts";
import { forEachCapitalisedPair, lowerCaseWords } from "../text/word-scan.ts";
import { keepAliasOnOne, mergeContainedOrgs, mergeNamedAliases, mergePersonNames } from "./actor-merge.ts";
import { lookup } from "./gazetteer.ts";
import { isLineLabel } from "./line-labels.ts";
import { speaksAround, standsForState } from "./name-context.ts";
import { type NameSpan, nameSpans } from "./name-spans.ts";

/** An actor being built: canonical name, type, surface forms and where it is mentioned. */
export interface ActorRecord {
  key: string;
  name: string;
  type: ActorType;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
  first: number;
  /** How many leading mentions are in text order (set after the first pass). */
  sortedCount?: number;
}

/** One mention of an actor in the body. */
export interface Mention {
  start: number;
  end: number;
  sentence: number;
  surface: string;
  actor: ActorRecord;
}

const MIN_REPEATS = 2;
/** Verbs of saying that put the speaker's name right after them ("said Jane Roe"). */
const SAYS_BEFORE: ReadonlySet<string> = new Set(["said", "says", "added", "wrote", "asked", "according"]);
/** Country names and their other names ("Poland", "Polska"). */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]));

/** Guesses the type of a name no list knows, from its words and context. */
function typeByWords(
  span: NameSpan,
  words: string[],
  lowerWords: ReadonlySet<string>,
  next: string,
): ActorType | null {
  const last = words[words.length - 1]!;
  // Every word also used in lower case ("Member State", "Stock Exchange"): a common phrase.
  if (words.every((w) => lowerWords.has(w.toLowerCase()) || w === "of" || w === "the")) return null;
  // "Parliament of the United Kingdom", "Court of Appeals for the Ninth Circuit": the head of an
  // "X of Y" name is X, whatever Y is.
  // "Peter Hall said": a given name and a verb of saying outweigh a place word ("Hall").
  const saysFirst = /^\s*(\p{Ll}+)/u.exec(next);
  if (words.length <= 3 && FIRST_NAMES.has(words[0]!) && saysFirst && REPORTING_VERBS.has(saysFirst[1]!))
    return "person";
  // "…," said Kathleen Hall Jamieson: so does a given name right after a verb of saying.
  if (words.length <= 4 && FIRST_NAMES.has(words[0]!) && SAYS_BEFORE.has(span.before)) return "person";
  const connector = words.findIndex((w) => w === "of" || w === "for");
  if (connector > 0) {
    const head = words.slice(0, connector);
    const headLast = head[head.length - 1]!;
    if (head.some((w) => ORG_WORDS.has(w)) && !(PLACE_WORDS.has(headLast) && !ORG_WORDS.has(headLast)))
      return "org";
  }
  if (PLACE_WORDS.has(last) && !ORG_WORDS.has(last)) return "place";
  if (words.some((w) => ORG_WORDS.has(w))) return "org";
  if (words.some((w) => PLACE_WORDS.has(w))) return "place";
  if (words.length === 1 && isAcronym(words[0]!)) return "org";
  if (ORG_APPOSITION.has(span.before) && !span.roles.length && words.length <= 4) return "org";
  if (FIRST_NAMES.has(words[0]!) && words.length <= 4) return "person";
  // "Tesco Polska", "Netto Poland": a known organisation's name first, or an unknown word before
  // a country's name (a company's national branch).
  if (lookup(words[0]!)?.type === "org") return "org";
  if (
    words.length === 2 &&
    COUNTRY_NAMES.has(last) &&
    lookup(words[0]!) === undefined &&
    !COMPASS.has(words[0]!) &&
    !FIRST_NAMES.has(words[0]!)
  )
    return "org";
  if (words[0] === "The" && words.length >= 2) return "org";
  const says = /^\s*(?:,[^,]{0,60},\s*)?(\p{Ll}+)/u.exec(next);
  if (says && REPORTING_VERBS.has(says[1]!) && words.length <= 4) return "person";

  if (span.roles.some((r) => PERSON_ROLES.has(r))) return "person";
  if (COMPASS.has(words[0]!) || lookup(words[words.length - 1]!)?.form === "demonym") return "place";
  // Words the text also uses in lower case ("Learning Together", "Stock Exchange"): not a name.
  if (!FIRST_NAMES.has(words[0]!) && words.some((w) => lowerWords.has(w.toLowerCase()))) return null;
  // Two to four plain capitalised words ("Delfin Lorenzana"); not "EuroAsia", whose inner capital
  // marks a coined name.
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (w) =>
        /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) &&
        !/\p{Ll}\p{Lu}/u.test(w.replace(/^(?:Mc|Mac|O['’]|De|Di|La|Le)/, "")),
    )
  )
    return "person";
  return null;
}

/** Extracts actors from the sentences of the body; returns them with every mention. */
export function extractActors(body: string, sentences: readonly Sentence[]): ActorRecord[] {
  const lowerWords = lowerCaseWords(body);
  // "Michelle Fields … Fields said": the surname of a person named in full is a name, even where
  // the text also uses the word in lower case.
  forEachCapitalisedPair(body, (first, second) => {
    if (FIRST_NAMES.has(first)) lowerWords.delete(second.toLowerCase());
  });
  const spans: NameSpan[] = [];
  for (const sentence of sentences)
    for (const span of nameSpans(body, sentence, lowerWords)) {
      // "WN: …", "((WN))" opening a line: an interview's or a transcript's label, not an actor.
      if (isLineLabel(body, span.text, span.start, span.end)) continue;
      spans.push(span);
    }

  const actors = new Map<string, ActorRecord>();
  const bySurface = new Map<string, ActorRecord>();
  const pending: NameSpan[] = [];

  const actorFor = (key: string, name: string, type: ActorType, at: number): ActorRecord => {
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, name, type, aliases: new Set(), roles: new Set(), mentions: [], first: at };
      actors.set(key, actor);
    }
    return actor;
  };
  const mention = (actor: ActorRecord, span: NameSpan) => {
    actor.mentions.push({
      start: span.start,
      end: span.end,
      sentence: span.sentence,
      surface: span.text,
      actor,
    });
    if (span.text !== actor.name) actor.aliases.add(span.text);
    for (const role of span.roles) actor.roles.add(role);
    if (!bySurface.has(span.text)) bySurface.set(span.text, actor);
  };
  const countryNamed = new Set<string>();
  for (const span of spans) {
    const entry = lookup(span.text);
    if (entry && entry.form !== "capital") countryNamed.add(entry.canonical);
  }

  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Pass 1: known names and multi-word names. A known single word that speaks ("Jordan said",
  // "said French") waits until the people named in full are known: it may be one's surname.
  const speaking: NameSpan[] = [];
  for (const span of spans) {
    const entry = lookup(span.text);
    if (entry && !/\s/.test(span.text) && speaksAround(span, body)) {
      speaking.push(span);
      continue;
    }
    if (entry) {
      if (entry.form === "capital") {
        const country = actors.get(`place:${entry.canonical}`);
        if (country && countryNamed.has(entry.canonical) && standsForState(span, body))
          mention(country, span);
        else mention(actorFor(`place:${span.text}`, span.text, "place", span.start), span);
      } else {
        const actor = actorFor(`${entry.type}:${entry.canonical}`, entry.canonical, entry.type, span.start);
        mention(actor, span);
      }
      continue;
    }
    const words = span.text.split(/\s+/);
    if (words.length === 1) {
      pending.push(span);
      continue;
    }
    const type = typeByWords(span, words, lowerWords, body.slice(span.end, span.end + 40));
    if (!type) continue;
    mention(actorFor(`${type}:${span.text}`, span.text, type, span.start), span);
  }

  // "Rep. Anna Jordan … Jordan said": the surname of a person named in full, not the country.
  const bySurname = new Map<string, ActorRecord>();
  if (speaking.length > 0)
    for (const a of actors.values()) {
      const surname = /\s(\S+)$/.exec(a.name)?.[1];
      if (a.type === "person" && surname && !bySurname.has(surname)) bySurname.set(surname, a);
    }
  for (const span of speaking) {
    const person = bySurname.get(span.text);
    if (person && person.first < span.start) {
      mention(person, span);
      continue;
    }
    const entry = lookup(span.text)!;
    if (entry.form === "capital") {
      const country = actors.get(`place:${entry.canonical}`);
      if (country && countryNamed.has(entry.canonical) && standsForState(span, body)) mention(country, span);
      else mention(actorFor(`place:${span.text}`, span.text, "place", span.start), span);
    } else
      mention(actorFor(`${entry.type}:${entry.canonical}`, entry.canonical, entry.type, span.start), span);
  }

  const spanEndingAt = new Map<number, NameSpan>();
  for (const span of spans) spanEndingAt.set(span.end, span);
  // "parliament", "the senate": the legislature as an organisation, in either case.
  for (const m of body.matchAll(/(?<![\p{L}-])(parliament|senate|cabinet)(?![\p{L}-])/gu)) {
    const name = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    const key = `org:${name}`;
    const existing = actors.get(key);
    const actor = existing ?? actorFor(key, name, "org", m.index);
    actor.mentions.push({
      start: m.index,
      end: m.index + m[1]!.length,
      sentence: sentenceOf(m.index),
      surface: m[1]!,
      actor,
    });
    actor.aliases.add(m[1]!);
  }

  // "the government of X" / "the X government": the government as an organisation.
  for (const span of spans) {
    const entry = lookup(span.text);
    if (entry?.type !== "place" || entry.form === "demonym") continue;
    const before = body.slice(Math.max(0, span.start - 14), span.start);
    let surface: [number, number] | null = null;
    const pre = /[Gg]overnment of $/.exec(before);
    if (pre) surface = [span.start - pre[0].length, span.end];
    if (!surface) continue;
    const name = `Government of ${entry.canonical}`;
    const actor = actorFor(`org:${name}`, name, "org", surface[0]);
    const text = body.slice(surface[0], surface[1]);
    actor.mentions.push({
      start: surface[0],
      end: surface[1],
      sentence: span.sentence,
      surface: text,
      actor,
    });
    if (text !== name) actor.aliases.add(text);
  }

  // Acronyms defined in brackets right after a name: "Center for ... (CSIS)".
  for (const m of body.matchAll(/\(([\p{Lu}][\p{Lu}.&-]{1,9})\)/gu)) {
    const acronym = m[1]!;
    const before =
      spanEndingAt.get(m.index - 1) ?? spanEndingAt.get(m.index - 2) ?? spanEndingAt.get(m.index);
    const actor = before ? bySurface.get(before.text) : undefined;
    if (actor && !bySurface.has(acronym)) bySurface.set(acronym, actor);
  }

  // Pass 2: single words: surnames and first names of people named in full, acronyms, others.
  for (const actor of actors.values()) {
    actor.mentions.sort((a, b) => a.start - b.start);
    actor.sortedCount = actor.mentions.length;
  }
  const people = [...actors.values()].filter((a) => a.type === "person");
  const orgs = [...actors.values()].filter((a) => a.type === "org");
  // Indexes for the single-word pass, so that it stays linear in the number of names.
  const peopleByWord = indexByWord(people.filter((p) => /\s/.test(p.name)));
  const orgsByWord = indexByWord(orgs);
  const orgsByInitials = new Map<string, ActorRecord>();
  for (const org of orgs)
    if (!orgsByInitials.has(initials(org.name))) orgsByInitials.set(initials(org.name), org);
  // Evidence about each unknown single word, gathered over all its mentions, so that one word
  // gets one type: a person when it says something or carries a person's title, a place after
  // "in"/"at", an organisation when it is an acronym, a legislature, or named again and again.
  const evidence = new Map<string, { count: number; person: number; place: number; org: number }>();
  for (const span of pending) {
    const e = evidence.get(span.text) ?? { count: 0, person: 0, place: 0, org: 0 };
    e.count++;
    // "the newspaper X", "trade union X": a name in apposition to an organisation noun.
    if (ORG_APPOSITION.has(span.before)) e.org += 2;
    const says = /^\s*(?:,[^,]{0,60},\s*)?(\p{Ll}+)/u.exec(body.slice(span.end, span.end + 40));
    // "from Dunmore, South Carolina, says": a word followed by a known place's name is a town.
    const within = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[,.]/u.exec(
      body.slice(span.end, span.end + 40),
    );
    if (within && lookup(within[1]!)?.type === "place") e.place += 2;
    else if (FIRST_NAMES.has(span.text) || span.roles.some((r) => PERSON_ROLES.has(r))) e.person += 2;
    else if (says && REPORTING_VERBS.has(says[1]!)) e.person++;
    // "Cruz openly admitted", "Carson defied the question": a word opening its sentence as the
    // subject of a past-tense verb, when the text never uses it in lower case.
    else if (
      /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s/u.test(body.slice(span.end, span.end + 40)) &&
      /(?:^|[.!?]\s+|\n\s*)$/.test(body.slice(Math.max(0, span.start - 4), span.start)) &&
      !lowerWords.has(span.text.toLowerCase()) &&
      !/.\p{Lu}/u.test(span.text)
    )
      e.person++;
    if (LOCATIVE.has(span.before) && span.before !== "of") e.place++;
    evidence.set(span.text, e);
  }
  const singleType = (word: string): ActorType | null => {
    if (isAcronym(word) || LEGISLATURES.has(word)) return "org";
    const e = evidence.get(word);
    if (!e) return null;
    if (e.org > 0 && e.org >= e.person && e.org >= e.place) return "org";
    if (e.person > 0 && e.person >= e.place) return "person";
    if (e.place > 0) return "place";
    // Named again and again with no other clue: most often a person referred to by surname.
    // Brand-like spellings ("EastMed", "HomePlus", "JWs") are organisations.
    if (e.count >= MIN_REPEATS && !lowerWords.has(word.toLowerCase()))
      return /.\p{Lu}/u.test(word) ? "org" : "person";
    return null;
  };
  for (const span of pending) {
    const known = bySurface.get(span.text);
    if (known) {
      mention(known, span);
      continue;
    }
    const surnameOf = /^\p{Ll}/u.test(span.text) ? [] : (peopleByWord.get(span.text) ?? []);
    if (surnameOf.length > 0) {
      // With two candidates ("Khan"), the one named most recently before this mention.
      // Prefer a surname (last word) over a first name, then the one named most recently before.
      const rank = (p: ActorRecord) =>
        (p.name.endsWith(` ${span.text}`) ? 1e12 : 0) + latestBefore(p, span.start);
      const best = surnameOf.reduce((a, b) => (rank(b) > rank(a) ? b : a));
      mention(best, span);
      continue;
    }
    // "the Court", "the Ministry": the head word of an organisation named in full before.
    if (ORG_WORDS.has(span.text)) {
      const org = recentWith(orgsByWord.get(span.text) ?? [], span.start);
      if (org) {
        mention(org, span);
        continue;
      }
    }
    if (isAcronym(span.text)) {
      const letters = span.text.replace(/[^\p{Lu}]/gu, "");
      const org = orgsByInitials.get(letters);
      if (org) {
        mention(org, span);
        continue;
      }
    }
    const type = singleType(span.text);
    if (!type) continue;
    mention(actorFor(`${type}:${span.text}`, span.text, type, span.start), span);
  }

  mergeContainedOrgs(actors);
  mergePersonNames(actors);
  mergeNamedAliases(actors);
  keepAliasOnOne(actors);
  for (const actor of actors.values()) actor.aliases.delete(actor.name);
  return [...actors.values()];
}

function recentWith(orgs: ActorRecord[], at: number): ActorRecord | null {
  let best: ActorRecord | null = null;
  let bestAt = -1;
  for (const org of orgs) {
    const seen = latestBefore(org, at);
    if (seen > bestAt || (best === null && seen < 0)) {
      best = org;
      bestAt = seen;
    }
  }
  return best;
}

function indexByWord(records: ActorRecord[]): Map<string, ActorRecord[]> {
  const index = new Map<string, ActorRecord[]>();
  for (const record of records) {
    for (const word of new Set(record.name.split(/\s+/))) {
      const list = index.get(word) ?? [];
      // Cap each list: a word shared by very many names says nothing about which one is meant.
      if (list.length < 8) list.push(record);
      index.set(word, list);
    }
  }
  return index;
}

function latestBefore(actor: ActorRecord, at: number): number {
  // Mentions of the first pass are in text order: binary search, so the single-word pass stays
  // linear even for a name mentioned thousands of times.
  const list = actor.mentions;
  let lo = 0;
  let hi = Math.min(list.length, actor.sortedCount ?? list.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]!.start : -1;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}
