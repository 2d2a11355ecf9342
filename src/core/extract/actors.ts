// Actors: candidate names -> typed entities with their aliases merged. Known places, demonyms,
// capitals and organisations come from the gazetteer; other names are typed by their words
// (Ministry, University -> org; Street, Airport -> place), first names and titles (person).
// Surnames merge into the full name used in the text, acronyms into the name they abbreviate.
import {
  JURISDICTION_NOUNS,
  LED_BY_PEOPLE,
  LEGISLATURES,
  LOCAL_BODY_HEADS,
  LOCATIVE,
  ORG_APPOSITION,
  SERVICE_BEFORE,
  TEAM_STAFF,
} from "../data/actor-words.ts";
import { COMMON_WORDS } from "../data/common-words.ts";
import { COUNTRY_NAMES } from "../data/countries.ts";
import { isCommonGivenName, isGivenName, withoutAccents } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { NAME_COMMON_WORDS } from "../data/name-common-words.ts";
import { ARABIC_SURNAME } from "../data/name-words.ts";
import { isPlaceNoun, ORG_WORDS, PLACE_WORDS, RUN_PLACE_WORDS } from "../data/organisations.ts";
import { US_STATE_NAMES } from "../data/places.ts";
import { REPORTING_VERBS } from "../data/reporting-verbs.ts";
import { PERSON_NOUNS } from "../data/speaker-nouns.ts";
import {
  ABBREVIATED_TITLES,
  HONOURS,
  PORTFOLIO_WORDS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
  TITLES,
} from "../data/titles.ts";
import type { ActorType, Sentence } from "../schemas.ts";
import { LOWER, opensWith, UPPER } from "../text/char-class.ts";
import { isAcronym } from "../text/tokens.ts";
import { forEachCapitalisedPair, lowerCaseWords } from "../text/word-scan.ts";
import { withAcronymNames } from "./acronym-names.ts";
import {
  keepAliasOnOne,
  mergeBracketedShortNames,
  mergeCaseVariants,
  mergeContainedOrgs,
  mergeFeatureShortNames,
  mergeGivenNameDemonyms,
  mergeMiddleNames,
  mergeMisspeltSurnames,
  mergeNamedAliases,
  mergeOrgShortNames,
  mergePersonNames,
  mergeTranslatedOrgs,
} from "./actor-merge.ts";
import { apposedRole } from "./apposed-roles.ts";
import { type GazetteerEntry, knownExactly, lookup, namesPeopleOfPlace } from "./gazetteer.ts";
import { isLineLabel } from "./line-labels.ts";
import {
  ARTICLE_BEFORE,
  FIELD_SPOKESPERSON_AFTER,
  headsPhrase,
  orgApposition,
  PERSON_MAKER,
  SPOKESPERSON_AFTER,
  speaksAround,
  standsForState,
  stormNames,
} from "./name-context.ts";
import { placeShaped } from "./name-edges.ts";
import { LOCAL_OFFICE, type NameSpan, nameSpans, SHOUTED } from "./name-spans.ts";
import {
  closesOnPeopleOfPlace,
  describedBody,
  inMatchResult,
  inState,
  isPersonRole,
  KIN_APPOSED,
  MOVED_FROM,
  NEIGHBOURING_BEFORE,
  PUBLISHED_IN,
  SPOKESPERSON_FOR,
  STATION_BEFORE,
  TOWN_APPOSED,
  typeByWords,
} from "./name-types.ts";
import { isTitleCase, WORD } from "./quote-rules.ts";
import { courtesyBefore, type Gender, genderOf, nominalType, PAST_TENSES } from "./speaker-words.ts";

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
/** Countries' own names: "The Gambia" is a country however it is written. */
/** The actors being built for one body, by key ("person:Jane Roe"), and by surface form. */
interface ActorTable {
  body: string;
  actors: Map<string, ActorRecord>;
  bySurface: Map<string, ActorRecord>;
  /** Acronyms a list knows that the text spells out in brackets as another name of its own. */
  redefined: ReadonlySet<string>;
}

// The passes are module functions rather than one function with closures: tsx (esbuild with
// keepNames) wraps each nested named function in a `__name` call whenever it is created, and V8
// compiles small functions sooner and more cheaply than one large one.

/** Extracts actors from the sentences of the body; returns them with every mention. */
export function extractActors(body: string, sentences: readonly Sentence[], title = ""): ActorRecord[] {
  const lowerWords = lowerCaseWords(body);
  // "Michelle Fields … Fields said": the surname of a person named in full is a name, even where
  // the text also uses the word in lower case.
  forEachCapitalisedPair(body, (first, second) => {
    if (isCommonGivenName(first)) lowerWords.delete(second.toLowerCase());
  });
  // "VOA's Jane Roe contributed to this report.": who wrote the article is no actor in its news.
  // (Each sentence is tested once, however many names it holds.)
  // So is a byline ("By Jane Roe and Tom Poe, Staff Writers") or a wire's closing credit
  // ("(Reporting by Jane Roe; Editing by Tom Poe)").
  const credits = new Set<number>();
  if (/contributed|\bby\s/i.test(body))
    sentences.forEach((sentence, k) => {
      const text = body.slice(sentence.start, sentence.end);
      if (CONTRIBUTOR_CREDIT.test(text) || BYLINE.test(text) || WIRE_CREDIT.test(text)) credits.add(k);
    });
  const spans = withAcronymNames(
    body,
    candidateSpans(body, sentences, lowerWords).filter((span) => !credits.has(span.sentence)),
  );
  // Each name by where it ends, for the acronyms written in brackets right after one.
  const spanEndingAt = new Map<number, NameSpan>();
  for (const span of spans) spanEndingAt.set(span.end, span);
  const table: ActorTable = {
    body,
    actors: new Map(),
    bySurface: new Map(),
    redefined: redefinedAcronyms(body, spanEndingAt),
  };
  const countryNamed = new Set<string>();
  for (const span of spans) {
    const entry = lookup(span.text);
    if (entry && entry.form !== "capital") countryNamed.add(entry.canonical);
  }
  // Pass 1: known names and multi-word names. A known single word that speaks ("Jordan said",
  // "said French") waits until the people named in full are known: it may be one's surname.
  const pending: NameSpan[] = [];
  const speaking: NameSpan[] = [];
  const unknown: NameSpan[] = [];
  for (const span of spans) namedPass(table, body, span, countryNamed, pending, speaking, unknown);
  typeUnknownNames(table, body, unknown, lowerWords);
  if (speaking.length > 0) speakingPass(table, body, speaking, countryNamed);
  legislatures(table, body, sentences);
  governments(table, body, spans);
  const thingAcronyms = acronymsInBrackets(table, body, spanEndingAt);
  singleWordPass(
    table,
    body,
    pending.filter((span) => !thingAcronyms.has(span.text)),
    lowerWords,
    new Set(title.match(/[\p{L}]+/gu)),
  );

  headWordsToNamedBodies(table);
  foreignLegislatures(table);
  const { actors } = table;
  mergeContainedOrgs(actors);
  mergeOrgShortNames(actors);
  mergeBracketedShortNames(actors, body);
  mergeTranslatedOrgs(actors);
  mergePersonNames(actors, body);
  mergeGivenNameDemonyms(actors, body);
  mergeFeatureShortNames(actors);
  mergeMiddleNames(actors);
  mergeMisspeltSurnames(actors);
  mergeNamedAliases(actors);
  mergeCaseVariants(actors);
  keepAliasOnOne(actors);
  for (const actor of actors.values()) actor.aliases.delete(actor.name);
  return [...actors.values()];
}

/** The candidate names of every sentence, without the labels that open interview lines. */
function candidateSpans(
  body: string,
  sentences: readonly Sentence[],
  lowerWords: ReadonlySet<string>,
): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const sentence of sentences)
    for (const span of nameSpans(body, sentence, lowerWords)) {
      // "WN: …", "((WN))" opening a line: an interview's or a transcript's label, not an actor.
      if (isLineLabel(body, span.text, span.start, span.end)) continue;
      // "ABSTRACT.", "UPDATE:" alone on a line: a section's heading in capitals, not an actor;
      // nor is "Media Contact:", a label alone on its line.
      if (isHeadingWord(body, span) || isLabelLine(body, span)) continue;
      // "Acme Corp (ACME.N)", "(NYSE: ACME)": a stock's ticker in brackets, no actor of its own.
      if (isTicker(body, span)) continue;
      // ("Eng. Jo Roe": an engineer's title written short, which is also a family name without
      // its stop.)
      if (span.text === "Eng" && /^\.\s+[\p{Lu}]/u.test(body.slice(span.end, span.end + 3))) continue;
      // ""Mark my words," he said": a word opening its sentence before a pronoun as its object is
      // a verb in the imperative, whatever name it also is.
      if (IMPERATIVE_OBJECT.test(body.slice(span.end, span.end + 7)) && opensSentence(body, span.start))
        continue;
      // "(Jo Roe/Coastal Times)": a photo's credit, a photographer and the outlet.
      if (photoCredit(body, span) || creditLine(body, span)) continue;
      // "Image: Jo Roe", "(Photo: J. Doe)": a photo credit names who took the picture, no actor.
      if (
        // A colon just before the name; searched in a few characters only, so this stays cheap.
        body.slice(Math.max(0, span.start - 6), span.start).includes(":") &&
        CREDIT.test(body.slice(Math.max(0, span.start - 16), span.start))
      )
        continue;
      spans.push(span);
    }
  return spans;
}

/** Whether the span is on a line of its own that credits a photo to a photographer and an
 * agency ("Jo Roe via Getty Images.", "Jo Roe/Reuters"). Only a short line is looked at. */
function creditLine(body: string, span: NameSpan): boolean {
  // (Cheap test first: a slash or "via" next to the name or after it within the line's reach.)
  const after = body.slice(span.end, span.end + 61);
  const lead = body.slice(Math.max(0, span.start - 5), span.start);
  if (!after.includes("/") && !after.includes(" via ") && !lead.includes("/") && !lead.includes("via "))
    return false;
  const before = body.slice(Math.max(0, span.start - 60), span.start);
  const newline = before.lastIndexOf("\n");
  if (newline < 0 && span.start > 60) return false;
  const end = after.indexOf("\n");
  if (end < 0 && span.end + after.length < body.length) return false;
  const line =
    before.slice(newline + 1) + body.slice(span.start, span.end) + (end < 0 ? after : after.slice(0, end));
  const credit = CREDIT_LINE.exec(line);
  // (After a slash, only a name opening on a given name: not "Harbor Free Zone/Dunmore Port".)
  return credit !== null && (/\svia\s/.test(line) || isGivenName(credit[1]!));
}

/** A photographer's name, then "via" or a slash and an agency's name, alone on a line. */
const CREDIT_LINE =
  /^\s*(?:(?:Photo|Image|Photograph)s?:\s*)?([\p{Lu}][\p{L}'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){1,2}\s*(?:\s+via\s+|\/\s*)(?:[\p{Lu}][\p{L}&.'’-]*\s*){1,3}\.?\s*$/u;

/** Whether the span is part of a photo's credit in brackets, a photographer's name and the outlet
 * ("(Jo Roe/Coastal Times)"; not "(Harbor Hill Free Zone/…)"). */
function photoCredit(body: string, span: NameSpan): boolean {
  const credit =
    body[span.start - 1] === "(" && body[span.end] === "/"
      ? span.text
      : body[span.start - 1] === "/" && body[span.end] === ")"
        ? /\(([^()\n/]{2,40})\/$/.exec(body.slice(Math.max(0, span.start - 42), span.start))?.[1]
        : undefined;
  const words = credit?.split(/\s+/) ?? [];
  return words.length >= 2 && words.length <= 3 && isGivenName(words[0]!);
}

/** Whether the span is a stock's ticker in brackets: a code with its exchange's suffix
 * ("(ACME.N)", "(7203.T)") or after an exchange's name ("(NYSE: ACME)", "(Nasdaq: GBX)"). */
function isTicker(body: string, span: NameSpan): boolean {
  if (!/^[\p{Lu}\d]{1,6}$/u.test(span.text)) return false;
  if (body[span.start - 1] === "(" && /^\.[\p{Lu}]{1,2}\)/u.test(body.slice(span.end, span.end + 4)))
    return true;
  return /\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NYSE American|OTC|TSE|Euronext)\s*:\s*$/.test(
    body.slice(Math.max(0, span.start - 16), span.start),
  );
}

/** Whether the span is all of its line but a closing colon ("Media Contact:", "Key Facts:"). */
function isLabelLine(body: string, span: NameSpan): boolean {
  if (span.start > 0 && body.charCodeAt(span.start - 1) !== 0x0a) return false;
  return /^:[ \t]*(?:\r?\n|$)/.test(body.slice(span.end, span.end + 4));
}

/** Whether the span is a line of its own written in capitals, maybe closed by "." or ":", that
 * no list knows as a name ("ABSTRACT.", "FULL TEXT", not "NATO"). */
function isHeadingWord(body: string, span: NameSpan): boolean {
  if (span.start > 0 && body.charCodeAt(span.start - 1) !== 0x0a) return false;
  if (!/^[.:]?[ \t]*(?:\n|$)/.test(body.slice(span.end, span.end + 4))) return false;
  return !/[\p{Ll}]/u.test(span.text) && lookup(span.text) === undefined;
}

/** "said protester Jane Roe", "former opposition leader Jane Roe": a lower-case noun of person
 * right before a name (with the nouns qualifying it and "former", if written), the person's role
 * when no title is. */
/** An honour or a title of courtesy or of learning, which says nothing of what one does. */
const HONOUR = new RegExp(`^(?:${HONOURS})\\.?$`);
const HONOUR_BEFORE = new RegExp(`\\s(?:${HONOURS})\\.? $`);

/** A word or a short title right before a rank written short: "Lt." in "Lt. Gen.", "Rear". */
const RANK_QUALIFIER_BEFORE =
  /(?:^|[^\p{L}.])([\p{Lu}][\p{Ll}]{1,4}\.|Rear|Vice|Staff|Master|First|Second|Brigadier|Lieutenant|Major) $/u;

function roleBeforeName(body: string, at: number): string | null {
  if (body.charCodeAt(at - 1) !== 0x20) return null;
  // "Former prime minister Sir Jo Roe": past an honour or a courtesy title, the role before it.
  const honour = HONOUR_BEFORE.exec(body.slice(Math.max(0, at - 12), at));
  if (honour) {
    const beforeHonour = at - honour[0].length + 1;
    return roleBeforeName(body, beforeHonour) ?? titlesBefore(body, beforeHonour);
  }
  // "Sen. Jane Roe": a title written short stands outside the name's run.
  const short = /(?:^|[^\p{L}])([\p{Lu}][\p{Ll}]{1,4}\.) $/u.exec(body.slice(Math.max(0, at - 8), at))?.[1];
  if (short && ABBREVIATED_TITLES.has(short.slice(0, -1).toLowerCase())) {
    // "Lt. Gen. Jo Roe", "Rear Adm. Jo Roe": a rank's qualifier before it is part of the rank.
    const shortAt = at - short.length - 1;
    const qualifier = RANK_QUALIFIER_BEFORE.exec(body.slice(Math.max(0, shortAt - 12), shortAt))?.[1];
    const abbreviated =
      qualifier?.endsWith(".") && ABBREVIATED_TITLES.has(qualifier.slice(0, -1).toLowerCase());
    return qualifier && (abbreviated || !qualifier.endsWith(".")) ? `${qualifier} ${short}` : short;
  }
  const words = /(?:^|[\s(“"])((?:[\p{Ll}]+ ){0,4})([\p{Ll}]+) $/u.exec(body.slice(Math.max(0, at - 60), at));
  if (!words || !ROLE_BEFORE_NAME.has(words[2]!)) return null;
  // "opposition leader Raila Odinga", "climate change activist Jane Roe": up to two nouns qualifying
  // the role are part of it, not a verb or a function word before them ("said protester Jane
  // Roe"); "former" or "then" may open it.
  const before = words[1]!.trim().split(" ").filter(Boolean);
  const role = [words[2]!];
  while (before.length > 0 && role.length < 3 && qualifiesRole(before.at(-1)!, before.at(-2))) {
    const word = before.pop()!;
    // ("An advert paints rival Jane Roe": a word in "-s" after a noun may be that noun's verb;
    // "the sports editor" keeps it. So is a verb that presents someone right after a comma, "The
    // clip, posted on Monday, shows firefighter Jane Roe"; not "In May, communications director".)
    const afterComma =
      before.length === 0 &&
      PRESENTING_VERBS.test(word) &&
      /,\s$/.test(words.input.slice(0, words.index + 1));
    // ("by fisheries minister Jane Roe": a portfolio's word stays.)
    if (
      /[^su]s$/.test(word) &&
      word !== "news" &&
      !PORTFOLIO_WORDS.has(word.charAt(0).toUpperCase() + word.slice(1)) &&
      (afterComma || (before.length > 0 && !DETERMINER.test(before.at(-1)!)))
    ) {
      before.push(word);
      break;
    }
    role.unshift(word);
  }
  // ("to fire campaign manager Jane Roe", "will face challenger Jane Roe": after "to" or an
  // auxiliary, the first word is a verb.)
  if (role.length > 1 && VERB_BEFORE.test(before.at(-1) ?? "")) before.push(role.shift()!);
  // ("would counsel Jane Roe", "will host Jo Roe": one noun after a modal is a verb; after "to" it
  // is as often a noun, "wrote to author Jane Roe".)
  else if (/^(?:will|would|can|could|should|may|might|must)$/.test(before.at(-1) ?? "")) return null;
  if (before.length > 0 && /^(?:former|then|retired)$/.test(before.at(-1)!)) role.unshift(before.pop()!);
  // "Assistant coach Jo Roe", "Former mayor Jo Roe", "Star striker Jo Roe", "Fisheries minister Jo
  // Roe": the word opening the sentence qualifies the role when it is a title's qualifier, a
  // portfolio, a noun of person or an English word written in lower case, not a name ("Kessa coach");
  // a given name no list places there is such a word ("Marine biologist Jo Roe": no one's name stands
  // right before a role and another name).
  if (before.length === 0 && role.length < 3) {
    const opening = SENTENCE_OPENING_WORD.exec(body.slice(Math.max(0, at - 80), at - words[0].length + 1));
    const word = opening?.[1];
    if (
      word &&
      (TITLE_MODIFIERS.has(word) ||
        PORTFOLIO_WORDS.has(word) ||
        PERSON_NOUNS.has(word.toLowerCase()) ||
        (isGivenName(word) && lookup(word) === undefined) ||
        (LOWERCASE_WORDS.has(word.toLowerCase()) && qualifiesRole(word.toLowerCase(), undefined)))
    )
      role.unshift(word);
  }
  return role.join(" ");
}

const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that)$/;

/** "Police Chief Dr. Jo Roe": the capitalised title (and its qualifiers) written before the
 * courtesy title ending at `at`, which keeps it out of the name's run. */
function titlesBefore(body: string, at: number): string | null {
  const run = /(?:^|[^\p{L}.])((?:[\p{Lu}][\p{L}-]* ){1,3})$/u.exec(
    body.slice(Math.max(0, at - 50), at),
  )?.[1];
  const words = run?.trim().split(" ") ?? [];
  const titled = (word: string) =>
    TITLES.has(word) || ROLE_NOUNS.has(word) || TITLE_MODIFIERS.has(word) || PORTFOLIO_WORDS.has(word);
  while (words.length > 0 && !words.every(titled)) words.shift();
  // (Its last word a title: not "Witness Mr. Roe's appeal", a verb.)
  return words.length > 0 && TITLES.has(words.at(-1)!) ? words.join(" ") : null;
}

/** A capitalised word opening a sentence or a line, right before the words of a role. */
const SENTENCE_OPENING_WORD = /(?:^|\n|[.!?]["”’)]?\s+)([\p{Lu}][\p{Ll}-]+) $/u;

/** Verbs in "-s" that present someone named after them ("The video shows firefighter Jane Roe"). */
const PRESENTING_VERBS =
  /^(?:shows|features|includes|quotes|names|cites|lists|depicts|stars|thanks|praises)$/;

/** Words after which a verb comes: "to", auxiliaries, negations ("did not satisfy") and relative
 * pronouns ("which paints"). */
const VERB_BEFORE =
  /^(?:to|will|would|can|could|should|may|might|must|did|does|do|not|never|which|who|that)$/;

/** Whether a lower-case word before a role noun qualifies it ("opposition", "foreign"): not a
 * function word, a verb of saying, another verb's past or participle, or a verb's particle.
 * A word in "-ing" is most often a verb there ("beating rival Jane Roe"); it qualifies the role
 * when it is a noun or adjective of offices ("housing secretary", "outgoing mayor") or follows
 * a determiner ("the marketing director"). `previous` is the word before it, if any. */
function qualifiesRole(word: string, previous: string | undefined): boolean {
  if (
    ROLE_ING.has(word) ||
    ROLE_ADJECTIVES.has(word) ||
    (/ing$/.test(word) && previous !== undefined && DETERMINER.test(previous))
  )
    return true;
  return (
    word.length > 2 &&
    !/^(?:away|out|off|down|back|over|include|includes|feature|features|star|stars)$/.test(word) &&
    // (Nor a preposition: "drawn up alongside finance director Jo Roe".)
    !/^(?:alongside|against|beside|besides|among|amongst|amid|behind|beyond|toward|towards|without|within|despite|during|including|unlike|via|versus|upon|onto)$/.test(
      word,
    ) &&
    !COMMON_WORDS.has(word) &&
    !REPORTING_VERBS.has(word) &&
    !PAST_TENSES.has(word) &&
    !/(?:ed|ing)$/.test(word)
  );
}

/** Common words that qualify an office by its level or reach ("state senator", "federal judge",
 * "national officer"), though they are function-like elsewhere. */
const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "national",
  "local",
  "state",
  "federal",
  "international",
]);

/** Words in "-ing" that qualify an office or occupation before it. */
const ROLE_ING: ReadonlySet<string> = new Set(
  `housing marketing planning polling banking nursing training acting managing founding organizing
organising leading bestselling best-selling visiting governing ruling outgoing incoming reigning sitting
presiding engineering accounting publishing broadcasting mining farming fundraising lending licensing
advertising consulting programming recruiting teaching shipping trading clothing building operating
commanding investigating arresting supervising attending`.split(/\s+/),
);

/** Nouns of person that name one person's role or occupation when they stand right before the
 * name: not plurals ("boss" and "actress" are none), quantities or words that only say someone is
 * a person ("man", "people"). */
const ROLE_BEFORE_NAME: ReadonlySet<string> = new Set(
  [...PERSON_NOUNS].filter(
    (noun) =>
      !/(?:[^s]s|men|children|people)$/.test(noun) &&
      !/^(?:some|many|several|few|another|crowd|audience|user|voice|man|woman|person|boy|girl|lady|gentleman|teen|kid|child|general|head|independent|justice|member|source|insider)$/.test(
        noun,
      ),
  ),
);

const CREDIT = /(?:Image|Images|Photo|Photos|Picture|Photograph|Credit)\s*:\s*(?:[\p{Lu}]\.\s?)?$/u;

function actorFor(table: ActorTable, key: string, name: string, type: ActorType, at: number): ActorRecord {
  let actor = table.actors.get(key);
  if (!actor) {
    actor = { key, name, type, aliases: new Set(), roles: new Set(), mentions: [], first: at };
    table.actors.set(key, actor);
  }
  return actor;
}

function mention(table: ActorTable, actor: ActorRecord, span: NameSpan): void {
  actor.mentions.push({
    start: span.start,
    end: span.end,
    sentence: span.sentence,
    surface: span.text,
    actor,
  });
  if (span.text !== actor.name) actor.aliases.add(span.text);
  // Roles belong to people and bodies: "Governor of Colorado", "President of France" name an
  // office, not a role of the place; and a person's title is none of a body's ("TD Vorlane").
  if (actor.type !== "place")
    for (const role of span.roles)
      if (actor.type === "person" || !(isPersonRole(role) || TITLES.has(role))) actor.roles.add(role);
  if (actor.type === "person" && span.roles.every((role) => HONOUR.test(role))) {
    const role = roleBeforeName(table.body, span.start);
    if (role) actor.roles.add(role);
  }
  if (actor.type === "person") {
    const role = apposedRole(table.body, span.start, span.end);
    if (role) actor.roles.add(role);
  }
  if (!table.bySurface.has(span.text)) table.bySurface.set(span.text, actor);
}

/** A known name's mention: a capital standing for its state goes to the country when the text
 * names that country; any other known name to its canonical actor. */
function mentionKnown(
  table: ActorTable,
  body: string,
  span: NameSpan,
  entry: GazetteerEntry,
  countryNamed: ReadonlySet<string>,
): void {
  if (entry.form === "capital") {
    const country = table.actors.get(`place:${entry.canonical}`);
    if (country && countryNamed.has(entry.canonical) && standsForState(span, body))
      mention(table, country, span);
    else mention(table, actorFor(table, `place:${span.text}`, span.text, "place", span.start), span);
  } else
    mention(
      table,
      actorFor(table, `${entry.type}:${entry.canonical}`, entry.canonical, entry.type, span.start),
      span,
    );
}

/** "WASHINGTON, Dec. 8 (UPI) —", "RENO, Nev. (AP) —": a paragraph opening on a town in capitals,
 * then maybe its state, a date and an agency, then a dash, is a dateline; returns the town's name
 * in title case ("Reno"), or null. */
function datelineTown(span: NameSpan, body: string): string | null {
  if (!/^[\p{Lu}][\p{Lu} .'-]*[\p{Lu}]$/u.test(span.text)) return null;
  // ("ST. LOUIS (AP) —": a saint's or a fort's short word and its full stop open the town's name,
  // which the words split at the stop.)
  const short = /(?:^|\n)[ \t]*((?:ST|STE|FT|MT)\.\s+)$/u.exec(
    body.slice(Math.max(0, span.start - 12), span.start),
  )?.[1];
  if (short) {
    const whole: NameSpan = { ...span, text: `${short}${span.text}`, start: span.start - short.length };
    return datelineTown(whole, body);
  }
  const opened = /^\.\s+([\p{Lu}][\p{Lu} .'-]*[\p{Lu}])/u.exec(body.slice(span.end, span.end + 40));
  if (opened && /^(?:ST|STE|FT|MT)$/.test(span.text))
    return datelineTown(
      { ...span, text: `${span.text}. ${opened[1]}`, end: span.end + opened[0].length },
      body,
    );
  // "KYIV, UKRAINE —": the country or state in capitals after the town is that known place.
  if (
    /(?:^|\n)[ \t]*[\p{Lu}][\p{Lu} .'-]*,\s+$/u.test(body.slice(Math.max(0, span.start - 40), span.start))
  ) {
    const place = titleCased(span.text);
    return lookup(place)?.type === "place" &&
      /^\s*(?:\([\p{L}. ]{2,12}\)\s*)?(?:—|–|--|-)\s/u.test(body.slice(span.end, span.end + 20))
      ? place
      : null;
  }
  // ("MOSCOW/BEIJING —": two towns joined by a slash open a joint dateline.)
  if (
    !/(?:^|\n)[ \t]*(?:[\p{Lu}][\p{Lu} .'-]{1,30}\/)?$/u.test(
      body.slice(Math.max(0, span.start - 34), span.start),
    )
  )
    return null;
  const rest =
    /^(?:\/[\p{Lu}][\p{Lu} .'-]*[\p{Lu}])?(,\s[^\n—–()]{2,30}?)?\s*(\([\p{L}. ]{2,12}\)\s*)?(?:—|–|--|-)\s/u.exec(
      body.slice(span.end, span.end + 60),
    );
  // ("MOSCOW: Officials said …": a colon closes a dateline too, after a known place.)
  if (!rest) {
    const town = titleCased(span.text);
    return colonOpening(span, body) && lookup(town)?.type === "place" ? town : null;
  }
  const town = titleCased(span.text);
  // A word alone before the dash is a town when known as a place ("WASHINGTON —") or as nothing
  // at all, no common word ("KELMORA —" names a town no list knows), not a label ("EXCLUSIVE —",
  // "UPDATE —"); a state, a date or an agency after it makes it a dateline whatever it is.
  const entry = lookup(town);
  const unknownName =
    entry === undefined &&
    (town.split(/[\s-]+/).every((word) => !isCommonWord(word.toLowerCase())) || placeShaped(town));
  return rest[1] || rest[2] || entry?.type === "place" || unknownName ? town : null;
}

/** Whether words in capitals open the body's first line (or the one after a byline) before a colon
 * ("GUWAHATI: Floods …", "UPDATE: …"): a dateline or a label. */
function colonOpening(span: NameSpan, body: string): boolean {
  return (
    /^[\p{Lu}][\p{Lu} .'-]*[\p{Lu}]$/u.test(span.text) &&
    /(?:^|\n)[ \t]*$/.test(body.slice(Math.max(0, span.start - 8), span.start)) &&
    /^:\s/.test(body.slice(span.end, span.end + 2)) &&
    body
      .slice(0, span.start)
      .split("\n")
      .filter((line) => line.trim()).length <= 1
  );
}

/** Whether news writes `word` (in lower case) as a common word, not as a name of its own. */
const isCommonWord = (word: string): boolean =>
  COMMON_WORDS.has(word) || LOWERCASE_WORDS.has(word) || NAME_COMMON_WORDS.has(word);

/** A noun of a team and the comma setting a name off after it ("team, "). */
const TEAM_APPOSED = /\b(?:team|squad|outfit)\s*,\s$/;

/** A credit line naming who helped write the article. */
const CONTRIBUTOR_CREDIT = /\bcontributed(?: reporting)? to this (?:report|story|article)\b/i;

/** A byline alone on its line: "By Jane Roe", "By Jane Roe and Tom Poe, Staff Writers". */
const NAME_WORDS = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}";
const TITLE_CASE_WORDS = "[\\p{Lu}][\\p{L}]*(?:\\s+(?:[\\p{Lu}][\\p{L}]*|the|of|to|for|and)){0,5}";
const BYLINE = new RegExp(
  `^\\s*By\\s+${NAME_WORDS}(?:\\s*(?:,|and|&)\\s*${NAME_WORDS})*(?:,\\s*${TITLE_CASE_WORDS})?\\s*$`,
  "u",
);

/** A wire's closing credit: "(Reporting by Jane Roe in Lyon; Editing by Tom Poe)". */
const WIRE_CREDIT =
  /^\s*\(?\s*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Research)\s+by\s+[^;()\n]{2,80};?\s*)+\)?\s*$/i;

/** "NEW YORK" -> "New York". */
function titleCased(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s.'-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

/** Pass 1 for one span: a known name; multi-word names no list knows wait in `unknown`, single
 * unknown words in `pending`, known single words that speak in `speaking`. */
function namedPass(
  table: ActorTable,
  body: string,
  span: NameSpan,
  countryNamed: ReadonlySet<string>,
  pending: NameSpan[],
  speaking: NameSpan[],
  unknown: NameSpan[],
): void {
  // "Alzheimer's disease", "Lou Gehrig's disease": a name giving a disease its name is no actor.
  if (NAMES_DISEASE.test(body.slice(span.end, span.end + 14))) return;
  // "Central Asian states", "a Latin American country": a region's adjective stands for the region,
  // as a country's does for the country.
  if (REGIONAL_ADJECTIVE.test(span.text) && !lookup(span.text)) {
    const region = span.text.replace(/European$/, "Europe").replace(/an$/, "a");
    mention(table, actorFor(table, `place:${region}`, region, "place", span.start), span);
    return;
  }
  const town = datelineTown(span, body);
  if (town) {
    const entry = lookup(town);
    // ("RIO DE JANEIRO —" then "Rio de Janeiro": the spelling the text uses below the dateline.)
    const name =
      entry?.type === "place" && entry.form === "name" ? entry.canonical : (spelledBelow(body, town) ?? town);
    // ("ST. LOUIS —": the words split at the stop are one mention, the first standing for both.)
    if (SHORT_TOWN_WORD_BEFORE.test(body.slice(Math.max(0, span.start - 8), span.start))) return;
    const whole = /^(?:ST|STE|FT|MT)$/.test(span.text)
      ? /^\.\s+[\p{Lu}][\p{Lu} .'-]*[\p{Lu}]/u.exec(body.slice(span.end, span.end + 40))?.[0]
      : undefined;
    const surface = whole
      ? { ...span, text: body.slice(span.start, span.end + whole.length), end: span.end + whole.length }
      : span;
    mention(table, actorFor(table, `place:${name}`, name, "place", span.start), surface);
    return;
  }
  // (A dateline no list knows, or a label, "BREAKING:": no one's name; not a transcript's speaker,
  // "HALE:", named so elsewhere.)
  if (
    colonOpening(span, body) &&
    !lookup(span.text) &&
    !lookup(titleCased(span.text)) &&
    !body.includes(titleCased(span.text))
  )
    return;
  // ("Charleston, W.Va.": the words split at the initial; "Va" there is West Virginia's.)
  // ("The Democratic and Republican Parties": the last of two parties named together, in the
  // plural, is that party.)
  let entry = table.redefined.has(span.text)
    ? undefined
    : lookup(
        span.text === "Va" && body.slice(span.start - 2, span.start) === "W."
          ? "W.Va."
          : span.text.replace(/(?<=\s)Parties$/, "Party"),
      );
  // "according to The Atlantic": a one-word place the text names with a capital "The" it keeps
  // mid-sentence is a publication's title ("The Hague", known so, stays the city).
  if (entry?.type === "place" && entry.form === "name" && span.text.startsWith("The ")) {
    const word = span.text.slice(4);
    if (entry.canonical === word && !/\s/.test(word) && !isAcronym(word) && !COUNTRY_NAMES.has(word))
      if (!knownExactly(span.text)) entry = undefined;
  }
  // ("in The Australian": so is a demonym after a capital "The" inside a sentence; not one before a
  // noun it qualifies: "''The Australian people …".)
  if (
    entry?.form === "demonym" &&
    !span.initial &&
    span.text.startsWith("The ") &&
    !/\s/.test(span.text.slice(4)) &&
    TITLE_NEXT.test(body.slice(span.end, span.end + 12))
  ) {
    mention(table, actorFor(table, `org:${span.text}`, span.text, "org", span.start), span);
    return;
  }
  // (So does a known body's one-word name that may be the surname of someone named in full:
  // "Governor Jane Ford … Ford won the vote"; not where it is an outlet or a company:
  // "told Bloomberg", "according to Ford", "Bloomberg reported".)
  if (
    entry &&
    !/\s/.test(span.text) &&
    (speaksAround(span, body) || (entry.type === "org" && maySurname(span, body)))
  ) {
    speaking.push(span);
    return;
  }
  // "spoke in Italian", "translated into Arabic and English": a people's adjective after "in",
  // "into" or "from", before no noun, is a language, no place.
  if (entry?.form === "demonym" && namesLanguage(body, span)) return;
  if (entry) {
    mentionKnown(table, body, span, entry, countryNamed);
    return;
  }
  if (/\s/.test(span.text)) unknown.push(span);
  // ("Former Minister Convicted of Bribery": a verb's "-ed" or "-ing" form in a headline in title
  // case is no one's name, whatever title the style puts before it; a name there is named again
  // below it, and found there.)
  else if (/[\p{Ll}](?:ed|ing)$/u.test(span.text) && inTitleCaseLine(body, span)) return;
  // ("Central bank raises rates", "Northern districts": a compass or size adjective alone, capitalised
  // by its sentence, qualifies what follows; it names nothing. So does a given name opening the
  // sentence before a role and a name, "Marine biologist Jo Roe", which the role takes in.)
  else if (!LONE_COMPASS_ADJECTIVE.test(span.text) && !opensRole(body, span)) pending.push(span);
}

/** Whether a given name no list places opens its sentence right before a role noun and a name. */
function opensRole(body: string, span: NameSpan): boolean {
  const role = ROLE_THEN_NAME.exec(body.slice(span.end, span.end + 40))?.[1];
  return (
    role !== undefined &&
    ROLE_BEFORE_NAME.has(role) &&
    isGivenName(span.text) &&
    lookup(span.text) === undefined &&
    opensSentence(body, span.start)
  );
}

/** A lower-case noun, maybe a courtesy title, then a capitalised word. */
const ROLE_THEN_NAME = /^\s([\p{Ll}]+)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[\p{Lu}]/u;

/** How the text spells `town` elsewhere, in other than capitals, if it does. */
function spelledBelow(body: string, town: string): string | null {
  const escaped = town.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu")))
    if (m[0] !== m[0].toUpperCase()) return m[0];
  return null;
}

/** A possessive and a noun of an illness named after someone, right after a name. */
const NAMES_DISEASE = /^['’]s?\s(?:disease|syndrome)\b/;

/** Compass and size adjectives that, standing alone, are no name (unlike "the North"). */
const LONE_COMPASS_ADJECTIVE = /^(?:Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/;

/** "in", "into" or "from", or a verb of speaking a tongue, maybe a word for how well, and maybe
 * other languages of a list ("into Arabic and ", "speaks no ", "learned fluent "), right before a
 * name. */
const LANGUAGE_BEFORE =
  /\b(?:in|into|from|(?:speaks?|spoke|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|stud(?:y|ies|ied|ying))(?:\s+(?:no|little|some|good|any))?)\s+(?:(?:fluent|broken|perfect|plain)\s+)?(?:[\p{Lu}][\p{Ll}]+,?\s+(?:(?:and|or)\s+)?)*$/u;

/** Words that may follow a language's name in a clause ("spoke in Italian to reporters"). */
const AFTER_LANGUAGE =
  /^(?:and|or|but|that|to|on|at|with|by|as|for|about|before|after|during|while|when|because|so|then|if|too|also|again|only|now|instead|rather)$/;

/** Whether a people's adjective at `span` is used as the name of a language: after LANGUAGE_BEFORE
 * and, past any other languages listed with it, before a stop or a function word ("in Italian.",
 * "into Arabic and English,"), not before a noun or a name they qualify ("in Italian politics",
 * "into Swedish and Finnish waters", "in Iraqi Kurdistan"), nor a people ("into Israelis"). */
function namesLanguage(body: string, span: NameSpan): boolean {
  if (span.text.endsWith("s")) return false;
  const rest = body
    .slice(span.end, span.end + 80)
    .replace(/^(?:,?\s+(?:and|or)\s+[\p{Lu}][\p{Ll}]+|,\s+[\p{Lu}][\p{Ll}]+)+/u, "");
  const after = /^(?:\s*[.,;:!?)"”’]|\s+([\p{Ll}]+)|\s*$)/u.exec(rest);
  if (!after || (after[1] !== undefined && !AFTER_LANGUAGE.test(after[1]))) return false;
  return LANGUAGE_BEFORE.test(body.slice(Math.max(0, span.start - 60), span.start));
}

/** Multi-word names no list knows, typed by their words and context. One name has one type in a
 * document: where mentions disagree ("the company Red Hat" against a bare "Red Hat", read as a
 * person's two names), the type that context gave wins over the one the words alone give. */
function typeUnknownNames(
  table: ActorTable,
  body: string,
  unknown: readonly NameSpan[],
  lowerWords: ReadonlySet<string>,
): void {
  const byText = new Map<string, TypedMention[]>();
  const placesByName = new Map<string, ActorRecord>();
  for (const actor of table.actors.values()) if (actor.type === "place") placesByName.set(actor.name, actor);
  for (const span of unknown) {
    // ("PORTO DE GALINHAS (Reuters) - … flooded Porto de Galinhas": the town its dateline named.)
    const dateline = placesByName.get(span.text);
    if (dateline) {
      mention(table, dateline, span);
      continue;
    }
    const words = span.text.split(/\s+/);
    // "Parents Rally Nationwide as Jane Roe Speaks", "Prices Keep Market Gains": in a headline
    // written in title case, words news writes in lower case are no name, only capitalised by the
    // style.
    if (words.every((w) => LOWERCASE_WORDS.has(w.toLowerCase())) && inTitleCaseLine(body, span)) continue;
    // "Refugees Describe Perilous Journey Across Sea": so are words there when one of them is a
    // word news writes in lower case and no given name opens them (a name in a headline is most
    // often named again below it, and found there); or, when one does ("Leader Arrested in Dawn
    // Raid"), when the words after it are all such words.
    if (
      (!isGivenName(words[0]!) || words.slice(1).every((w) => writtenInLowerCase(w, lowerWords))) &&
      words.some((w) => writtenInLowerCase(w, lowerWords)) &&
      inTitleCaseLine(body, span)
    )
      continue;
    const next = body.slice(span.end, span.end + 60);
    const prev = body.slice(Math.max(0, span.start - 80), span.start);
    const typed = { span, words, next, type: typeByWords(span, words, lowerWords, next, prev) };
    const mentions = byText.get(span.text);
    if (mentions) mentions.push(typed);
    else byText.set(span.text, [typed]);
  }
  for (const [text, mentions] of byText) {
    let { type, spans } = agreedType(mentions, lowerWords);
    if (!type || spans.length === 0) continue;
    // `the panel "Sketching Harbor Lights"`, `known as "The Salt King"`: a name written only inside
    // short quoted phrases in title case is a title, a nickname or a slogan; not one opening on a
    // given name (`"Free Jane Roe"`), nor one headed like a body or a place (`known as the "Harbor
    // House"`, `the case "Roe vs. Acme Limited"`).
    const last = mentions[0]!.words.at(-1)!;
    if (
      !isGivenName(mentions[0]!.words[0]!) &&
      !ORG_WORDS.has(last) &&
      !PLACE_WORDS.has(last) &&
      spans.every((span) => inQuotedTitle(body, span.start, span.end))
    )
      continue;
    // "the Orlando Sentinel", "the Los Angeles Lakers": a name always written after "the",
    // heading its phrase, and not opening on a given name, is a body's, not a person's (a town's
    // name that is also a given name opens a team's: "the Charlotte Hornets").
    const first = mentions[0]!.words[0]!;
    if (
      type === "person" &&
      (!isGivenName(first) || lookup(first)?.type === "place") &&
      mentions.every((m) => theHeads(body, m.span, m.next))
    )
      type = "org";
    // "The Harwick Museum returned two statues. The museum said …": a museum, a hospital or an
    // airport the text later has speak is the body running it (its head word may come before an
    // "of": "the Harwick Museum of Asian Art").
    const words = mentions[0]!.words;
    const head = words.includes("of") ? words[words.indexOf("of") - 1]! : last;
    if (type === "place" && RUN_PLACE_WORDS.has(head) && speaksAsKind(body, head.toLowerCase())) type = "org";
    const actor = actorFor(table, `${type}:${text}`, text, type, spans[0]!.start);
    for (const span of spans) mention(table, actor, span);
  }
}

/** Whether the text has "the <kind> said" (or another verb of saying) for a kind of place ("the
 * museum said", "the hospital told"), or names its officer ("the museum's director"). */
function speaksAsKind(body: string, kind: string): boolean {
  return new RegExp(
    `\\b[Tt]he\\s+${kind}(?:\\s+(?:said|says|told|added|announced|wrote|stated|confirmed)|['’]s\\s+(?:director|chief\\s+executive|spokesman|spokeswoman|spokesperson|chairman|chairwoman|board))\\b`,
  ).test(body);
}

/** Whether the span stands in a line of four words or more, all capitalised but the small words
 * a headline's style keeps in lower case. */
function inTitleCaseLine(body: string, span: NameSpan): boolean {
  const start = body.lastIndexOf("\n", span.start) + 1;
  const end = body.indexOf("\n", span.end);
  const line = body.slice(start, end < 0 ? body.length : end);
  if (line.length > 200) return false;
  const words = line.match(WORD) ?? [];
  return words.length >= 4 && words.every((w) => /^[\p{Lu}]/u.test(w) || HEADLINE_SMALL_WORDS.test(w));
}

/** Whether news, or this text, writes `word` in lower case (its plural too), when it is no body's
 * or place's head word ("Bloomberg via Getty Images" credits a body). */
function writtenInLowerCase(word: string, lowerWords: ReadonlySet<string>): boolean {
  if (ORG_WORDS.has(word) || PLACE_WORDS.has(word)) return false;
  const lower = word.toLowerCase();
  return LOWERCASE_WORDS.has(lower) || lowerWords.has(lower) || LOWERCASE_WORDS.has(lower.replace(/s$/, ""));
}

/** Words a headline in title case writes in lower case. */
const HEADLINE_SMALL_WORDS =
  /^(?:a|an|the|and|or|nor|but|as|at|by|for|from|in|into|of|on|onto|over|to|up|upon|with|vs|v|via|amid|after|per)$/;

/** Whether a mention follows a lower-case "the" and heads its phrase (no noun after it). */
function theHeads(body: string, span: NameSpan, next: string): boolean {
  return (
    /(?:^|[^\p{L}])the\s$/iu.test(body.slice(Math.max(0, span.start - 5), span.start)) && !modifiesNoun(next)
  );
}

/** A mention of an unknown multi-word name with the type its context gives. */
interface TypedMention {
  span: NameSpan;
  words: string[];
  next: string;
  type: ActorType | null;
}

/** The one type of a name's mentions, and the mentions that name it. */
function agreedType(
  mentions: readonly TypedMention[],
  lowerWords: ReadonlySet<string>,
): { type: ActorType | null; spans: NameSpan[] } {
  const first = mentions[0]!;
  // Most names: every mention's context gives the same type, which is then the name's whatever
  // its words alone say (so they are not typed a second time).
  if (first.type && mentions.every((m) => m.type === first.type))
    return { type: first.type, spans: mentions.map((m) => m.span) };
  const bare = typeByWords({ ...first.span, before: "", roles: [] }, first.words, lowerWords, "");
  const votes = new Map<ActorType, number>();
  const spans: NameSpan[] = [];
  for (const { span, words, next, type } of mentions) {
    // Context that makes this mention no one's name ("Presumptive Democratic nominee Roe") drops
    // the mention, not the name's other mentions.
    if (!type && bare) continue;
    spans.push(span);
    if (!type || type === bare) continue;
    // A noun or title before the name ("the company X", "Senator X") or an apposition after it
    // ("X, the software company,") says what it is; a verb of saying after it fits people and
    // bodies alike, so it weighs less.
    const strong =
      typeByWords(span, words, lowerWords, "") === type || (type === "org" && orgApposition(next));
    votes.set(type, (votes.get(type) ?? 0) + (strong ? 3 : 1));
  }
  let type = bare;
  let best = 0;
  for (const [t, n] of votes)
    if (n > best) {
      type = t;
      best = n;
    }
  return { type, spans };
}

/** Whether a known body's one-word name stands where a surname may: not after a preposition or
 * a verb of telling, nor before a verb of publishing. */
function maySurname(span: NameSpan, body: string): boolean {
  return (
    !/\b(?:according to|told|tells|with|by|to|from|on|in|via|at|for|of|the)\s+$/i.test(
      body.slice(Math.max(0, span.start - 16), span.start),
    ) &&
    !/^\s+(?:reported|reports|published|publishes|News|TV|Radio)\b/.test(body.slice(span.end, span.end + 16))
  );
}

/** "Rep. Anna Jordan … Jordan said": the surname of a person named in full, not the country. */
function speakingPass(
  table: ActorTable,
  body: string,
  speaking: NameSpan[],
  countryNamed: ReadonlySet<string>,
): void {
  const bySurname = new Map<string, ActorRecord>();
  for (const a of table.actors.values()) {
    const surname = /\s(\S+)$/.exec(a.name)?.[1];
    if (a.type === "person" && surname && !bySurname.has(surname)) bySurname.set(surname, a);
  }
  for (const span of speaking) {
    const person = bySurname.get(span.text);
    if (person && person.first < span.start) {
      mention(table, person, span);
      continue;
    }
    mentionKnown(table, body, span, lookup(span.text)!, countryNamed);
  }
}

/** A qualifier that makes a legislature a state's, a city's or a party's, not the country's. */
const LESSER_BODY =
  /\b(?:state|provincial|regional|city|local|municipal|county|student|youth|tribal|shadow)\s+$/i;

/** "parliament", "the senate": the legislature as an organisation, in either case. */
function legislatures(table: ActorTable, body: string, sentences: readonly Sentence[]): void {
  for (const m of body.matchAll(/(?<![\p{L}-])(parliament|senate|cabinet)(?![\p{L}-])/gu)) {
    // "the state senate", "a shadow cabinet": another body than the country's own.
    if (LESSER_BODY.test(body.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("a cabinet minister", "the senate candidate": a word of someone's role, not the body speaking.)
    const next = /^\s([\p{Ll}-]+)/u.exec(
      body.slice(m.index + m[1]!.length, m.index + m[1]!.length + 24),
    )?.[1];
    if (next && PERSON_NOUNS.has(next)) continue;
    const name = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    const key = `org:${name}`;
    const existing = table.actors.get(key);
    const actor = existing ?? actorFor(table, key, name, "org", m.index);
    actor.mentions.push({
      start: m.index,
      end: m.index + m[1]!.length,
      sentence: sentenceOf(sentences, m.index),
      surface: m[1]!,
      actor,
    });
    actor.aliases.add(m[1]!);
  }
}

function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "the government of X": the government as an organisation. */
function governments(table: ActorTable, body: string, spans: readonly NameSpan[]): void {
  for (const span of spans) {
    const entry = lookup(span.text);
    if (entry?.type !== "place" || entry.form === "demonym") continue;
    const before = body.slice(Math.max(0, span.start - 14), span.start);
    let surface: [number, number] | null = null;
    const pre = /[Gg]overnment of $/.exec(before);
    if (pre) surface = [span.start - pre[0].length, span.end];
    if (!surface) continue;
    const name = `Government of ${entry.canonical}`;
    const actor = actorFor(table, `org:${name}`, name, "org", surface[0]);
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
}

/** An apposition of up to 70 characters opening on an article, then the word after it:
 * ", a retired worker at a nuclear plant, said". */
const LONG_APPOSITION = /^,\s+((?:a|an|the)\s[^,;:"“”]{1,70}),\s*([\p{Ll}]+)/u;

const BRACKETED_ACRONYM = /\([\p{Lu}]{2,8}\)/u;

/** "Rapid Support Forces (RSF)": an acronym a list knows as another body's ("RSF", Reporters
 * Without Borders) is, in this text, the name before the brackets that it spells. */
function redefinedAcronyms(body: string, spanEndingAt: ReadonlyMap<number, NameSpan>): ReadonlySet<string> {
  const redefined = new Set<string>();
  if (!BRACKETED_ACRONYM.test(body)) return redefined;
  for (const m of body.matchAll(/\(([\p{Lu}]{2,8})\)/gu)) {
    const acronym = m[1]!;
    const before = spanEndingAt.get(m.index - 1) ?? spanEndingAt.get(m.index);
    // ("the United Kingdom's (UK)": the name without its possessive.)
    const name = before?.text.replace(/['’]s?$/, "");
    const known = name && initials(name) === acronym ? lookup(acronym) : undefined;
    if (known && name && known.canonical !== (lookup(name)?.canonical ?? name)) redefined.add(acronym);
  }
  return redefined;
}

/** Acronyms defined in brackets right after a name: "Center for ... (CSIS)". Returns the
 * acronyms defined after a name that is no actor and has no head of a body or a place
 * ("Automatic Identification System (AIS)", "Universal Basic Income (UBI)"): the acronym of a
 * thing is no actor either. */
function acronymsInBrackets(
  table: ActorTable,
  body: string,
  spanEndingAt: ReadonlyMap<number, NameSpan>,
): Set<string> {
  const things = new Set<string>();
  for (const m of body.matchAll(/\(([\p{Lu}][\p{L}.&-]{1,14})\)/gu)) {
    const acronym = m[1]!;
    const before =
      spanEndingAt.get(m.index - 1) ?? spanEndingAt.get(m.index - 2) ?? spanEndingAt.get(m.index);
    const actor = before ? table.bySurface.get(before.text) : undefined;
    if (
      before &&
      !actor &&
      isAcronym(acronym) &&
      initials(before.text) === acronym.replace(/[^\p{Lu}]/gu, "") &&
      !lookup(acronym) &&
      !ORG_WORDS.has(lastWord(before.text)) &&
      !PLACE_WORDS.has(lastWord(before.text))
    )
      things.add(acronym);
    if (!actor || table.bySurface.has(acronym)) continue;
    // "Institute of Tides and Currents (Intide)": a short form in mixed case names an
    // organisation of several words too (after a person's name it is a party or a place).
    if (!isAcronym(acronym) && (actor.type !== "org" || !/\s/.test(actor.name) || lookup(acronym))) continue;
    table.bySurface.set(acronym, actor);
  }
  return things;
}

/** What the mentions of one unknown single word say about its type. */
interface WordEvidence {
  count: number;
  /** Mentions not opening a sentence or clause, where a capital marks a name. */
  inner: number;
  person: number;
  place: number;
  org: number;
  /** Mentions after a lower-case article ("the Olympiad", "a Newsweek essay"): not a person's. */
  det: number;
  /** Verbs of saying after it: people and bodies both speak, so this weighs least. */
  says: number;
  /** Of those, "reported"/"reports": what an outlet does more than a person named by one word. */
  reports: number;
  /** Mentions followed by a known place's name ("Dunmore, South Carolina"): a town's. */
  town: number;
  /** Mentions between an article and a lower-case noun they qualify ("the Arion slug"). */
  modifies: number;
  /** Mentions followed by "which", as things and bodies are, never people. */
  which: number;
  /** Mentions between a determiner and a noun a country's adjective qualifies ("her Kessan
   * counterpart", "the Kessan envoy"): where someone is from, not someone. */
  origin: number;
  /** The lower-case word after the mentions while it is always the same one ("Homo sapiens",
   * "Streisand effect"); "" once two mentions differ or one has none. */
  nextWord: string | null;
  /** Mentions inside a short quoted phrase in title case ("Each for Fairquell"), a slogan or a title. */
  titled: number;
  /** Mentions that are the first word of a longer title cut before "of", "and the", "to the"
   * ("from Rise of the Guardians"), or a label before a number ("a Category 5 storm"). */
  cut: number;
  /** Whether the text writes the word's adjective of origin ("Valdorian troops" for "Valdoria"). */
  adjectival: boolean;
}

/** Whether `body` writes `word` + "n" before a lower-case word or a title ("Valdorian troops",
 * "Valdorian President Jo Roe"), as the adjective of a place named `word`. */
function writesAdjectiveOf(body: string, word: string): boolean {
  const adjective = `${word}n `;
  for (let at = body.indexOf(adjective); at >= 0; at = body.indexOf(adjective, at + 1)) {
    if (/[\p{L}]/u.test(body[at - 1] ?? "")) continue;
    const next = /^[\p{L}-]+/u.exec(body.slice(at + adjective.length, at + adjective.length + 30))?.[0] ?? "";
    if (/^[\p{Ll}]/u.test(next) || TITLES.has(next)) return true;
  }
  return false;
}

/** Evidence about each unknown single word, gathered over all its mentions, so that one word
 * gets one type: a person when it says something or carries a person's title, a place after
 * "in"/"at", an organisation when it is an acronym, a legislature, or named again and again. */
function gatherEvidence(body: string, pending: readonly NameSpan[]): Map<string, WordEvidence> {
  const evidence = new Map<string, WordEvidence>();
  for (const span of pending) {
    const e = evidence.get(span.text) ?? {
      count: 0,
      inner: 0,
      person: 0,
      place: 0,
      org: 0,
      det: 0,
      says: 0,
      reports: 0,
      town: 0,
      cut: 0,
      titled: 0,
      modifies: 0,
      which: 0,
      origin: 0,
      adjectival: false,
      nextWord: null,
    };
    e.count++;
    if (!span.initial && !opensSentence(body, span.start)) e.inner++;
    const afterArticle = ARTICLE_BEFORE.test(body.slice(Math.max(0, span.start - 5), span.start));
    if (afterArticle) {
      // "a Woolworths spokesperson": a body's spokesperson.
      if (SPOKESPERSON_AFTER.test(body.slice(span.end, span.end + 16))) e.org += 2;
      // The head of its phrase ("the Olympiad.", "the Earth and"), not a modifier of a noun after
      // it ("the Obama administration", which a surname can be).
      else if (headsPhrase(body, span.end)) e.det++;
    }
    // "Isvara spokesperson Jo Roe", "Acme chief executive Jo Roe": without the article too, though
    // less surely (a person named once by one word may have a spokesperson). ("Tribal chairman Jo
    // Roe", "Company chairman Jo Roe" opening a sentence: a word shaped like an adjective, or a
    // common word, capitalised by its place only, qualifies the title.)
    else if (
      SPOKESPERSON_AFTER.test(body.slice(span.end, span.end + 16)) ||
      FIELD_SPOKESPERSON_AFTER.test(body.slice(span.end, span.end + 40)) ||
      (FIRM_OFFICER_AFTER.test(body.slice(span.end, span.end + 32)) &&
        !(span.initial && (/[^aeou]al$/.test(span.text) || isCommonWord(span.text.toLowerCase()))))
    )
      e.org++;
    // "Corvane called the ruling unfair. Its chief executive, Jo Roe, told investors …": a word
    // opening its sentence, when the next sentence opens on "Its" and a firm's officer, is that firm.
    if (span.initial && ITS_OFFICER.test(nextSentenceOpening(body, span.end))) e.org++;
    // "Quillon's head of devices", "Corvane's shareholders": what only a firm has, after the name's
    // possessive.
    if (FIRM_POSSESSION.test(body.slice(span.end, span.end + 40))) e.org++;
    // "Roe's team, Flandria-Orbis, said": a word set off after a noun of a team is the team.
    const before = body.slice(Math.max(0, span.start - 30), span.start);
    if (before.endsWith(", ") && TEAM_APPOSED.test(before)) e.org += 2;
    // "a spokesman for Veltrix": who has a spokesperson, named by one word no given name, is a body
    // (not one owning another: "a spokeswoman for Sandor's port authority").
    if (
      before.includes("spokes") &&
      SPOKESPERSON_FOR.test(before) &&
      !isGivenName(span.text) &&
      !/^['’]/.test(body.slice(span.end, span.end + 1))
    )
      e.org += 2;
    // "the newspaper X", "trade union X": a name in apposition to an organisation noun; "published
    // on Monday in Nature": a journal.
    if (
      ORG_APPOSITION.has(span.before) ||
      span.before === SERVICE_BEFORE ||
      STATION_BEFORE.test(body.slice(Math.max(0, span.start - 20), span.start)) ||
      // ("the operator, GridCo," a business; "the site's operator Jo Roe", a person.)
      (span.before === "operator" &&
        OPERATOR_BEFORE.test(body.slice(Math.max(0, span.start - 30), span.start))) ||
      ((span.before === "in" || span.before === "the") &&
        PUBLISHED_IN.test(body.slice(Math.max(0, span.start - 60), span.start))) ||
      // ("A union representing bakers, Fellesforbundet, said": set off after a body described.)
      (!isGivenName(span.text) && describedBody(body.slice(Math.max(0, span.start - 80), span.start)))
    )
      e.org += 2;
    // The patterns run only where they can match (a comma next) or are needed.
    const next = body.slice(span.end, span.end + 60);
    const following = /^\s([\p{Ll}]+)\b/u.exec(next)?.[1] ?? "";
    e.nextWord = e.nextWord === null || e.nextWord === following ? following : "";
    // "the Kilauea volcano", "Sola airport": before a lower-case place noun, a place's name (not
    // an adjective after "a": "a Catalonian city", "a former Confederate state").
    if (
      isPlaceNoun(following) &&
      !LED_BY_PEOPLE.has(following) &&
      !/(?:^|[^\p{L}])an?\s+(?:[\p{Ll}]+\s+)?$/u.test(body.slice(Math.max(0, span.start - 20), span.start))
    ) {
      e.place += 2;
      e.town++;
    }
    // "a 3-1 win over Dunmore", "Ashby beat Holt 2-0": a side in a match's result is a club.
    if (
      !isCommonGivenName(span.text) &&
      inMatchResult(body.slice(Math.max(0, span.start - 40), span.start), next)
    )
      e.org += 2;
    if (CUT_TITLE.test(next)) e.cut++;
    if (inQuotedTitle(body, span.start, span.end)) e.titled++;
    // "the Arion slug": after an article, before a noun (not "Roe spoke", a verb).
    if (
      qualifiesThing(next) &&
      (QUALIFIER_BEFORE.test(body.slice(Math.max(0, span.start - 5), span.start)) || opensCaption(body, span))
    )
      e.modifies++;
    if (
      OF_A_COUNTRY.test(next) &&
      /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|The|His|Her|Its|Their|Our)\s$/u.test(
        body.slice(Math.max(0, span.start - 6), span.start),
      )
    )
      e.origin++;
    // "Roscosmos, the Russian space agency, said": so is an apposition after it.
    if (orgApposition(next)) e.org += 2;
    // "Coles, in its media release,": a body's; "Roe, who said": a person's; "Airbnb, which
    // hikes rents": no person's (a body's or a thing's). ("a woman in Pell, who said": after "in",
    // "at" or "from" the clause is the head noun's.)
    if (/^,\s+(?:in|with|on|through)\s+its\b/.test(next)) e.org++;
    else if (/^,\s+who\b/.test(next) && !/^(?:in|at|from)$/.test(span.before)) e.person++;
    else if (/^,?\s+which\b/.test(next)) e.which++;
    // "Cantilan, Madrid, Carmen, Lanuza": a word inside a list, right after a known place and
    // before another name, is one of a list of places (not "in Egypt, Assad, aided by …"), even
    // when it is also a given name; not before a given name ("from Florida, Richard and Lisa Roe").
    const listed = /([\p{Lu}][\p{L}]+),\s+$/u.exec(body.slice(Math.max(0, span.start - 30), span.start))?.[1];
    const listNext = /^(?:,\s+(?:and\s+)?|\s+and\s+)([\p{Lu}][\p{L}]*)/u.exec(next)?.[1];
    if (
      listed &&
      listNext &&
      !isCommonGivenName(listNext) &&
      lookup(listed)?.type === "place" &&
      lookup(listed)?.form !== "demonym"
    )
      e.place += 3;
    // `said Tsetseg, a 34-year-old teacher.`: a name after a verb of saying, set off by what a
    // person is, is that person's.
    if (REPORTING_VERBS.has(span.before) && next.charCodeAt(0) === 0x2c) {
      const described = /^,\s+((?:a|an|the)\s[^,.;:"“”()]{1,60})[.,]/u.exec(next)?.[1];
      if (described && nominalType(described.split(/\s(?:at|of|for|from|in|with|on)\s/)[0]!) === "person")
        e.person += 2;
    }
    // "from Dunmore, South Carolina, says": a word followed by a known place's name is a town; so
    // is where a person of an age is from, "Jo Roe, 61, of Brandon, said", a given name or not.
    const within =
      next.charCodeAt(0) === 0x2c ? /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)[,.]/u.exec(next) : null;
    if (
      (within && lookup(within[1]!)?.type === "place") ||
      /\d,\s+of\s+$/.test(body.slice(Math.max(0, span.start - 8), span.start))
    ) {
      e.place += 2;
      e.town++;
    } else if (
      isCommonGivenName(span.text) ||
      span.roles.some(isPersonRole) ||
      // ("Roe's wife, Zorka, said": a one-word name set off after a relative.)
      (next.charCodeAt(0) === 0x2c &&
        KIN_APPOSED.test(body.slice(Math.max(0, span.start - 40), span.start))) ||
      // ("Mr. Roe"; not "Miss", which also opens a pageant's title: "Miss World".)
      /\b(?:Mr|Mrs|Ms)\.?\s+$/.test(body.slice(Math.max(0, span.start - 5), span.start))
    )
      e.person += 2;
    else {
      // "Roe, a baker from Dunmore, South Dakota, says": an apposition may hold one comma.
      // A longer one opens on an article and describes a person ("Roe, a retired worker at a
      // nuclear plant, said"; not "Acme, a film and music booking agency, says").
      const comma = next.charCodeAt(0) === 0x2c;
      const ahead = comma ? body.slice(span.end, span.end + 120) : next;
      const long = comma ? LONG_APPOSITION.exec(ahead) : null;
      const says =
        /^\s*(?:,[^,]{0,60},\s*)?([\p{Ll}]+)(?=[^\p{L}])/u.exec(next.slice(0, 40)) ??
        (long && nominalType(long[1]!.split(/\s(?:at|of|for|from|in|with|on)\s/)[0]!) === "person"
          ? /^,[^,]*,\s*([\p{Ll}]+)/u.exec(long[0])
          : null) ??
        (comma ? /^,[^,;:"“”]{1,60},[^,;:"“”]{1,40},\s*([\p{Ll}]+)/u.exec(ahead) : null);
      const after = says ? ahead.slice(says.index + says[0].length) : "";
      // ("Roe of Dunmore posted", "a woman in Pell said": after "of" or "in" the word is where the
      // speaker is from; "a contributor to Quillory wrote", "an analyst at Acme said": after another
      // preposition, whom they work for; "forces in northern Kessa agreed": after a part of a place.)
      if (
        says &&
        !/^(?:of|in|to|for|at|with|from)$/.test(span.before) &&
        !AREA_BEFORE.test(body.slice(Math.max(0, span.start - 30), span.start)) &&
        speaksFor(span.text, says[1]!, after, afterArticle)
      ) {
        e.says++;
        // (Not a byline's "Roe reported from Cairo": a reporter.)
        if (/^report(?:ed|s)$/.test(says[1]!) && !/^\s+from\b/.test(after)) e.reports++;
        // "Stellmark said its profit fell", "… said it had hired", "… said it would open a plant"
        // (a business's act, not "it would be hard"): a body speaks of its own doing; a person's
        // is "his", "her", "he" or "she".
        if (OWN_AFTER_SAYING.test(after) || itSpeaksNext(body, span.end)) e.org++;
      }
      // "its Netto chain", "the Zara brand", "Caloundra coach Jo Roe": a name before a noun for a
      // kind of organisation or a team's staff.
      // (Not a common word opening the sentence, nor any word opening it before a kind of body
      // and a name: "Campaign group Save Kessford Fields said", "Consumer group Fairmark said";
      // "Dunmoor captain Jo Roe" is the team's.)
      else if (
        says &&
        (ORG_APPOSITION.has(says[1]!) || TEAM_STAFF.has(says[1]!)) &&
        next.charCodeAt(0) === 0x20 &&
        !(
          (span.initial || opensSentence(body, span.start)) &&
          (LOWERCASE_WORDS.has(span.text.toLowerCase()) ||
            PERSON_NOUNS.has(span.text.toLowerCase()) ||
            (ORG_APPOSITION.has(says[1]!) && /^\s[\p{Ll}]+\s[\p{Lu}]/u.test(next)))
        )
      )
        e.org += 2;
      // "Tyumen's governor", "Estria's foreign ministry": what only a place has.
      // So is a town named before its police, its council or its residents ("Hamilton police said"), or
      // before its office's title ("Kessford Mayor Jane Roe", "Kessa Attorney General Jo Roe").
      // So is one named as a neighbour ("neighbouring Ostrava"), or whose vote is a general or
      // parliamentary election ("Marova's parliamentary election"; a person's is a re-election).
      else if (
        JURISDICTION_NOUNS.has(/^['’]s\s([\p{Ll}]+)/u.exec(next)?.[1] ?? "") ||
        NEIGHBOURING_BEFORE.test(body.slice(Math.max(0, span.start - 13), span.start)) ||
        /^['’]s\s(?:parliamentary|general|legislative|municipal|local)\selections?\b/.test(next) ||
        /^['’]s\s(?:[\p{Ll}]+\s)?(?:ministry|embassy|parliament)\b/u.test(next) ||
        /^\s(?:police|firefighters|residents)\b/.test(next) ||
        // (Not a place's word itself: "City council", "Parish council".)
        (/^\s(?:council|councillors|councilors)\b/.test(next) &&
          !PLACE_WORDS.has(span.text) &&
          !ORG_WORDS.has(span.text)) ||
        LOCAL_OFFICE.test(/^\s([\p{Lu}][\p{Ll}]+)\s[\p{Lu}]/u.exec(next)?.[1] ?? "") ||
        STATE_OFFICE_AFTER.test(next)
      ) {
        e.place += 2;
        e.town++;
      }
    }
    // "according to HuffPo", "according to Forbes": a source; "to" there says nothing of a place,
    // and a single word named only as a source is most often a publication (a person is named in
    // full first, and a surname then joins the full name).
    if (span.before === "to" && ACCORDING_TO.test(body.slice(Math.max(0, span.start - 16), span.start)))
      e.org++;
    // "an analyst at Bankhaus Lindner", "a spokesman for Acme": after a noun of person and "at",
    // "for" or "with", the name is whom that person works for (less surely before a possessive:
    // "a spokeswoman for Sandor's port authority" works for the port of a town).
    // ("a candidate for Dunmore mayor": the place of an office, no employer.)
    else if (
      /^(?:at|for|with)$/.test(span.before) &&
      worksFor(body, span.start) &&
      !/^\s(?:mayor|mayoral|governor|gubernatorial|senator|senate|council|assembly|parliament|seat)\b/i.test(
        next,
      )
    )
      e.org += /^['’]s\b/.test(next) ? 1 : 2;
    // ("from Trump's tax cuts", "at Roe's house", "in Forbes' words": a possessor after the
    // preposition, no place.)
    else if (
      LOCATIVE.has(span.before) &&
      span.before !== "of" &&
      !/^['’](?:s\b|\s|$)/.test(next) &&
      !FIELD_BEFORE.test(body.slice(Math.max(0, span.start - 24), span.start))
    )
      e.place++;
    // "talks between Arvania and Belmark": the second of two one-word names after a preposition of
    // place is as much a place as the first.
    // (Not "in Black and Brown communities", words qualifying a noun, nor "between Barack and
    // Bibi", given names.)
    else if (
      (span.before === "and" || span.before === "or") &&
      !isGivenName(
        PLACES_JOINED_BEFORE.exec(body.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? "Jo",
      ) &&
      !/^['’]/.test(next) &&
      !modifiesAny(next)
    )
      e.place++;
    // "in downtown Millbrook", "across northern Kessa": a part of a place after the preposition;
    // "east of Riverton", "20 miles northwest of Kessa": a direction from a place.
    else if (
      AREA_BEFORE.test(body.slice(Math.max(0, span.start - 30), span.start)) ||
      (DIRECTION_OF.test(body.slice(Math.max(0, span.start - 16), span.start)) && !/^['’]/.test(next))
    )
      e.place++;
    // "shares of Stellmark", "Stellmark shares fell", "Stellmark's shares were": what a listed
    // company has, not a person; so is a maker of things ("phone maker Lumio"), not of films.
    if (
      /\bshares\s+(?:of|in)\s+$/i.test(body.slice(Math.max(0, span.start - 12), span.start)) ||
      (span.before === "maker" &&
        !PERSON_MAKER.test(body.slice(Math.max(0, span.start - 30), span.start - 1))) ||
      /^(?:['’]s)?\s(?:shares|stock)\s+(?:fell|rose|dropped|jumped|climbed|slid|slumped|gained|lost|were|are|have|had|closed|ended|traded)\b/.test(
        next,
      )
    )
      e.org += 2;
    // "joined Rovers from Brightlane": where someone moved from, after the body they joined.
    if (span.before === "from" && MOVED_FROM.test(body.slice(Math.max(0, span.start - 60), span.start)))
      e.org += 2;
    // "Governor Brad Hollis of Westmore", "Sen. Jo Roe of Kessa": after an elected office's holder
    // named in full, "of" names the state or town they serve.
    if (span.before === "of" && OFFICE_HOLDER_OF.test(body.slice(Math.max(0, span.start - 60), span.start)))
      e.place += 2;
    // "In Logan, south of Brisbane, …": a name set off by where it lies from another is a place;
    // so is one whose residents or streets are named ("Residents of Kessbury say"), and one set
    // off after a noun of a town ("in the capital, Orvik,").
    if (
      DIRECTION_AFTER.test(next) ||
      closesOnPeopleOfPlace(body.slice(Math.max(0, span.start - 24), span.start)) ||
      TOWN_APPOSED.test(body.slice(Math.max(0, span.start - 12), span.start))
    )
      e.place += 2;
    evidence.set(span.text, e);
  }
  for (const [word, e] of evidence) e.adjectival = /[\p{Ll}]a$/u.test(word) && writesAdjectiveOf(body, word);
  return evidence;
}

/** An elected office's title and its holder's name, then "of" ("Governor Brad Hollis of "). */
const OFFICE_HOLDER_OF =
  /\b(?:Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Mayor|Congressman|Congresswoman|Assemblyman|Assemblywoman)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}of\s$/u;

/** What follows a paper's or a book's title: punctuation, or a preposition or a verb of reporting. */
const TITLE_NEXT =
  /^(?:\s*[,.;:)'"”’]|\s+(?:on|in|and|or|for|that|which|of|said|says|reported|reports|newspaper)\b)/;

/** A state's or a country's office of two words, then a name ("Attorney General Jo Roe"). */
const STATE_OFFICE_AFTER =
  /^\s(?:Attorney General|Lieutenant Governor|Secretary of State|Prime Minister|Police (?:Chief|Commissioner))\s[\p{Lu}]/u;

/** A firm's officer's title, then a name: "Acme chief executive Jo Roe". */
const FIRM_OFFICER_AFTER =
  /^\s(?:chief\s(?:executive|financial\sofficer|operating\sofficer)|chief\sexecutive\sofficer|CEO|CFO|chairman|chairwoman|co-founder|founder|managing\sdirector)\s[\p{Lu}]/u;

/** A possessive and what only a firm has: its officers, its shareholders, its headquarters. */
const FIRM_POSSESSION =
  /^['’]s\s(?:(?:new\s)?(?:chief\s(?:executive|financial\sofficer|operating\sofficer|technology\sofficer)|CEO|CFO|COO|CTO|chairman|chairwoman|co-founder|founder|managing\sdirector|sporting\sdirector)\b|head\sof\s[\p{Ll}]+s\b|(?:shareholders|headquarters|factories|subsidiary|subsidiaries)\b|board\sof\sdirectors\b)/u;

/** "Its" and a firm's officer opening a sentence ("Its chief executive", "Its founder"). */
const ITS_OFFICER =
  /^Its\s+(?:[\p{Ll}-]+\s+)?(?:chief|chairman|chairwoman|founder|co-founder|owner|boss|president|spokesman|spokeswoman|spokesperson)\b/u;

/** The first words of the sentence after offset `at`, within 300 characters; "" when none. */
function nextSentenceOpening(body: string, at: number): string {
  const stop = /[.!?]["”’]?\s+/.exec(body.slice(at, at + 300));
  if (!stop) return "";
  const from = at + stop.index + stop[0].length;
  return body.slice(from, from + 40);
}

/** "the operator, " or "the grid operator, " right before a name set off by commas; "the ferry
 * operator " (of a network, a site or vehicles, which a business runs) right before a name. */
const OPERATOR_BEFORE =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}operator,\s$|\b(?:[Tt]he|[Aa]n?)\s+(?:ferry|rail|railway|train|bus|tram|metro|airport|port|pipeline|grid|network|mobile|telecoms?|satellite|cable|casino|hotel|cruise|shipping|toll|power|nuclear|mine|water)\s+operator\s$/u;

/** After a verb of saying, a clause on the speaker's own doing said with "its", "it had/has" and a
 * past participle, or "it would/will" and a business's act (maybe after when: "said on Monday
 * its", "said that it had hired", "said it would open"); "its" may come after a few words with no
 * determiner to own it ("said output at its plant", not "said the union had lost its case"). */
const OWN_AFTER_SAYING =
  /^\s+(?:(?:on|last|this|late|early)\s+[\p{L}]+\s+)?(?:that\s+)?(?:(?:(?!(?:the|a|an|his|her|their|this|that|these|those|it|he|she|they|we|i|you)\s)[\p{Ll}]+\s+){0,4}its\b|it\s+ha[ds]\s+(?!been\b)[\p{Ll}]+ed\b|it\s+(?:would|will|plans\s+to|planned\s+to|intends\s+to|expects\s+to)\s+(?:open|close|cut|hire|buy|sell|acquire|launch|invest|build|expand|raise|recall|shut|appeal|merge|reopen|resume|suspend|lay\s+off)\b)/u;

/** `Ofwat said the firm had failed. "…," it said`: whether the next quote after a speaker's name
 * (within a few lines, no other name between outside quotes) is given to "it", as only a body's is. */
function itSpeaksNext(body: string, from: number): boolean {
  const ahead = body.slice(from, from + 240);
  const it = /["”],?\s+it\s+(?:said|added|says|adds|stated|wrote|continued|argued|insisted)\b/.exec(ahead);
  return (
    it !== null && !/[\p{Ll},;]\s+[\p{Lu}]/u.test(ahead.slice(0, it.index).replace(/["“][^"“”]*["”]/g, ""))
  );
}

/** Whether `next`, the text after a name, opens on a lower-case word that is no verb of the name
 * (a past tense, a verb of saying or an auxiliary): a noun the name qualifies. */
function modifiesAny(next: string): boolean {
  const word = /^\s([\p{Ll}]+)\b/u.exec(next)?.[1];
  return (
    word !== undefined &&
    !/ed$/.test(word) &&
    !PAST_TENSES.has(word) &&
    !REPORTING_VERBS.has(word) &&
    !/^(?:has|have|is|are|was|were|will|would)$/.test(word)
  );
}
/** A preposition of place, one capitalised word, then "and" or "or" ("between Arvania and "). */
const PLACES_JOINED_BEFORE =
  /(?<![\p{L}])(?:in|at|near|from|between|across|throughout|within|around|outside|into|towards?)\s+([\p{Lu}][\p{L}-]+)\s+(?:and|or)\s+$/u;
/** A preposition of place and a word for part of a place, right before a name ("in downtown "). */
const AREA_BEFORE =
  /\b(?:in|at|near|from|to|across|outside|around|throughout)\s+(?:downtown|uptown|midtown|central|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|suburban|coastal)\s+$/;

/** Whether a noun of one person and "at", "for" or "with" stand right before offset `at` ("an
 * analyst at ", "a spokeswoman for "). */
function worksFor(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 40), at);
  const found = /(?<![\p{L}])([\p{L}]+)\s+(?:at|for|with)\s+(?:the\s+)?$/u.exec(before);
  // ("Analysts at Commerzbank said": people of a trade, many of them, work there too.)
  if (!found) return false;
  const noun = found[1]!.toLowerCase();
  // (A title capitalised inside its sentence heads an office, "Minister for Health", or a
  // headline, "Jails Councillor for Bribery"; what follows is no employer.)
  if (/^[\p{Lu}]/u.test(found[1]!) && !opensSentence(before, found.index)) return false;
  return ROLE_BEFORE_NAME.has(noun) || TRADES.has(noun);
}

/** People of a trade named in the plural before where they work ("analysts at …"). */
const TRADES: ReadonlySet<string> = new Set(
  "analysts economists strategists researchers scientists executives engineers traders bankers employees".split(
    " ",
  ),
);

/** A distance and a compass direction with "of" after a name's comma (", 20 miles south of"). */
const DIRECTION_AFTER =
  /^,\s+(?:about\s+)?(?:[\d,.]+\s+(?:miles|kilometres|kilometers|km)\s+)?(?:north|south|east|west)(?:east|west)?\s+of\s/;

/** A compass direction and "of" right before a name ("east of "). */
const DIRECTION_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+$/i;

/** Adverbs without "-ly" that news puts between a speaker and the verb of saying ("Roe later said"). */
const ATTRIBUTION_ADVERBS: ReadonlySet<string> = new Set([
  "also",
  "later",
  "then",
  "again",
  "once",
  "often",
  "never",
]);

/** Verbs of saying that are also plural nouns ("peace talks", "police reports"). */
const NOUN_LIKE_VERBS = /^(?:talks|reports|claims|calls|notes|comments|remarks|statements|warnings)$/;

/** What follows such a word when it is a noun: the clause's end, or a finite verb ("began",
 * "were", "will", "resume"). */
const NOUN_COMPOUND_AFTER =
  /^(?:\s*(?:[.,;:!?)]|\n|$)|\s+(?:are|were|have|had|will|would|could|can|may|might|must|remain|began|begin|broke|fell|went|came|took|resume|continue|collapse|stall|fail|[\p{Ll}]+ed)\b)/u;

/** "the Nobel Prize in Physics", "a degree in Economics": after a prize or a degree, "in" names
 * a field of study, not a place. */
const FIELD_BEFORE =
  /\b(?:Prize|Award|Medal|degree|degrees|doctorate|PhD|Ph\.D\.|major|majored|diploma)\s+in\s+$/;

/** "according to " right before a name. */
const ACCORDING_TO = /\baccording\s+to\s+$/i;

/** Whether `verb`, the first lower-case word after the single word `word`, says it speaks: a
 * verb of saying in active voice ("claimed by X" is passive: "Territory claimed by X") that agrees
 * with it: a bare stem follows only a plural ("Analysts say", but "Longer term, …" and
 * "Short term:" hold the noun "term", not the verb). */
function speaksFor(word: string, verb: string, after: string, afterArticle = false): boolean {
  // "As Vulture put it, …"
  if ((verb === "put" || verb === "puts") && /^\s+it\b/.test(after)) return true;
  // "Roe went on to say", "Roe also said", "Roe openly admitted": the verb of saying after an
  // adverb or "went on to".
  // (An infinitive after "to" agrees with anyone.)
  if (/^(?:went|goes)$/.test(verb))
    return REPORTING_VERBS.has(/^\s+on\s+to\s+([\p{Ll}]+)/u.exec(after)?.[1] ?? "");
  // (After an article the word qualifies a noun in "-ly": "the Hajo assembly said".)
  const adverb = ATTRIBUTION_ADVERBS.has(verb) || (/^[\p{Ll}]{3,}ly$/u.test(verb) && !afterArticle);
  const later = adverb ? /^\s+([\p{Ll}]+)/u.exec(after) : null;
  if (later) return speaksFor(word, later[1]!, after.slice(later[0].length), afterArticle);
  if (!REPORTING_VERBS.has(verb) || /^\s+by\b/.test(after)) return false;
  // "Strike talks began", "Budget talks." in a headline: a verb that is also a plural noun heads
  // a compound when a finite verb or the clause's end comes right after it.
  if (NOUN_LIKE_VERBS.test(verb) && NOUN_COMPOUND_AFTER.test(after)) return false;
  // "Velmont ruling party": a verb's "-ing" form before a noun qualifies it.
  if (/ing$/.test(verb) && /^\s+(?!that\b|to\b|it\b|this\b)[\p{Ll}]+(?:\s|$)/u.test(after)) return false;
  // "Citing alleged violations": "alleged" before a noun qualifies it.
  if (verb === "alleged" && /^\s+(?!that\b|to\b)[\p{Ll}]/u.test(after)) return false;
  const bareStem = REPORTING_VERBS.has(`${verb}s`) || REPORTING_VERBS.has(`${verb}es`);
  return !bareStem || word.endsWith("s");
}

/** Whether a name opens a caption or a legend line ("Xbox booth", "██ Red deer: 7"): a line, after
 * any bullet, with no full stop at its end, a noun phrase rather than a sentence with a subject. */
function opensCaption(body: string, span: NameSpan): boolean {
  if (!/(?:^|\n)[^\p{L}\p{N}\n]{0,4}$/u.test(body.slice(Math.max(0, span.start - 5), span.start)))
    return false;
  const end = body.indexOf("\n", span.end);
  const line = body.slice(span.end, end < 0 ? body.length : end).trimEnd();
  return line.length < 80 && !/[.!?"”]$/.test(line);
}

/** An object pronoun or a possessive one right after a word, as after a verb ("Mark my", "Bill them"). */
const IMPERATIVE_OBJECT = /^\s(?:my|your|our|me|us|them)\b/;

/** A part of a continent and the continent's adjective ("Central Asian", "West African"), which
 * stands for that region ("Central Asia"). */
const REGIONAL_ADJECTIVE =
  /^(?:Central|Latin|North|South|East|West|Southeast|Northeast|Southwest|Northwest|Southern|Northern|Eastern|Western|Sub-Saharan)\s+(?:Asian|African|American|European)$/;

/** A saint's or a fort's short word in capitals and its stop, opening a line before a town's name. */
const SHORT_TOWN_WORD_BEFORE = /(?:^|\n)[ \t]*(?:ST|STE|FT|MT)\.\s+$/;

/** Whether offset `at` opens a sentence or a paragraph (after quote marks or brackets). */
function opensSentence(body: string, at: number): boolean {
  return /(?:^|[.!?]["”’)]?\s+|\n)["“‘(]?$/.test(body.slice(Math.max(0, at - 4), at));
}

function singleType(
  word: string,
  evidence: ReadonlyMap<string, WordEvidence>,
  lowerWords: ReadonlySet<string>,
): ActorType | null {
  // "E. coli", "100% He": a lone capital letter (a genus or an initial) and a pronoun or other
  // function word capitalised as a symbol name no one.
  if (/^[\p{Lu}]$/u.test(word) || COMMON_WORDS.has(word.toLowerCase())) return null;
  // A website named by its domain ("Znak.com") is an organisation.
  if (isAcronym(word) || LEGISLATURES.has(word) || /\.[a-z]{2,6}$/.test(word)) return "org";
  if (isCommonCompound(word) || namesPeopleOfPlace(word)) return null;
  // (Such a joined name is a place's unless the text says it is a body's.)
  if (JOINED_PLACE.test(word)) return (evidence.get(word)?.org ?? 0) > 0 ? "org" : "place";
  // "Collectivism", "Islamophobia": an abstract noun by its suffix names no one, wherever it stands.
  if (/^[\p{Lu}][\p{Ll}]{3,}(?:ism|isms|phobia|ocracy)$/u.test(word)) return null;
  const e = evidence.get(word);
  if (!e) return null;
  // "her Kessan counterpart", "the Kessan envoy": a country's adjective, whoever its text is about;
  // so is "Estrian" where the text names "Estria" by one word.
  if (e.origin === e.count && e.person === 0 && e.says === 0) return null;
  if (/[\p{Ll}]an$/u.test(word) && evidence.has(word.slice(0, -1)) && e.person === 0 && e.says === 0)
    return null;
  // "Valdoria" beside "Valdorian troops", "the Valdorian president": a name whose adjective of
  // origin the text also writes is a country's or a region's, whatever it does ("Valdoria
  // welcomed"), unless a given name or a title says person ("Julia" beside "Julian").
  if (e.adjectival && e.person === 0 && !isGivenName(word)) return "place";
  // "Neandertals made tools" beside "Neandertal sites": the plural of a word the text uses to
  // qualify things names a people or a kind, no actor (unless it speaks or has a given name).
  const singular = word.endsWith("s") ? evidence.get(word.slice(0, -1)) : undefined;
  if (singular && singular.modifies > 0 && e.person === 0 && e.says === 0) return null;
  // "the Council said", "in Council", "University have won": an organisation's head word alone
  // is an organisation when it speaks or is named as one, and never a person or a place.
  if (ORG_WORDS.has(word)) return e.org > 0 || e.says > 0 ? "org" : null;
  // "Hospitals reported …", "Universities say": the plural of a body's or a place's head word,
  // seen only where any word is capitalised, is that kind of place or body in general, no actor.
  if (e.inner === 0 && e.person === 0 && pluralOfHeadWord(word)) return null;
  // "Region 11", "the Park": a place's head word alone is a place by its context, not a person
  // unless a given name, a title or a verb of saying says so ("Woods said": a surname).
  if (PLACE_WORDS.has(word) && e.person === 0 && e.says === 0) return e.place > 0 ? "place" : null;
  // `the theme is "Each for Fairquell"`: a word seen only inside a quoted slogan or title names no
  // one, unless a given name or a title says person (`"Thank You Senator Varnock"`) or a
  // preposition of place before it says place (`from "Dunmore to Kellsby."`).
  if (e.titled === e.count && e.person === 0 && e.place === 0) return null;
  // "from Back to the Future", "a Category 5 storm": the first word of a title or a label, when
  // nothing says it is a person or a body.
  if (e.cut === e.count && e.person === 0 && e.says === 0 && e.org === 0) return null;
  // What names the kind of body ("retailer X", "X, the agency,") outweighs verbs of saying.
  if (e.org > 0 && e.org >= e.person && e.org >= e.place) return "org";
  // "Observers noted", "Lastly, …": a word seen only where any word is capitalised, shaped like a
  // plural noun of people or an adverb of the text's own words, is no name without a given name
  // or a title.
  // So is a word news writes in lower case ("Factors cited for the drop …").
  if (
    e.inner === 0 &&
    e.person === 0 &&
    (commonShape(word, lowerWords) || LOWERCASE_WORDS.has(word.toLowerCase()))
  )
    return null;
  // "Footballer apologises for post", "Pensioner wins appeal": a noun of person capitalised only
  // where any word is (a headline's or a sentence's first word) names no one.
  if (e.inner === 0 && e.person === 0 && PERSON_NOUNS.has(word.toLowerCase())) return null;
  // ("Chipmaker recalls adapters", "Homeowners sue": so does a trade's noun joined to what it
  // makes or holds.)
  if (e.inner === 0 && e.person === 0 && AGENT_COMPOUND.test(word)) return null;
  // "Changing ocean conditions …": a gerund opening sentences, which says nothing, is no name.
  if (e.inner === 0 && e.person === 0 && e.says === 0 && /^[\p{Lu}][\p{Ll}]{2,}ing$/u.test(word)) return null;
  // "WalesOnline reported", "BuzzFeed says": a brand-like inner capital makes a body even when it
  // speaks, unless a given name or a title says person ("McCarthy", "DeSantis" keep their prefix;
  // "Smith-Jones" has its capital after a hyphen).
  if (e.says > 0 && e.person === 0 && /[\p{Ll}][\p{Lu}]/u.test(word.replace(SURNAME_PREFIX, "")))
    return "org";
  // "Rappler reported three malls …": a single word that only ever reports, with nothing of a
  // person about it, is an outlet (a person is named in full first, and a surname joins that).
  if (e.reports > 0 && e.reports === e.says && e.person === 0) return "org";
  const person = e.person + e.says;
  // People are not named after an article: "the Earth", "the Olympiad", "a Newsweek essay".
  // (A word that speaks but takes "which" is a body: "Airbnb, which hikes rents, said".)
  if (person > 0 && person >= e.place && e.det === 0) return e.which > 0 && e.person === 0 ? "org" : "person";
  // "Verizon said in a statement" and "the deal at Verizon": a word that speaks, with nothing of
  // a person or a town about it, found after "at" or "between" is a body: an unknown place does
  // not speak.
  if (e.says > 0 && e.person === 0 && e.town === 0 && e.place > 0) return "org";
  // "at CrowdStrike", "in CentOS": a brand-like inner capital after a preposition of place is a
  // body's or a product's, unless a place noun or a state's name beside it makes it a town.
  if (e.place > 0 && e.town === 0 && /[\p{Ll}][\p{Lu}]/u.test(word.replace(SURNAME_PREFIX, ""))) return "org";
  // "the right to Life", "Tips to Succeed": a word news writes in lower case, named once after a
  // preposition of place with nothing of a town about it, names a thing more often than a place
  // (a town the text is about is named again: "in Reading").
  if (
    e.count === 1 &&
    e.place > 0 &&
    e.town === 0 &&
    e.person === 0 &&
    e.says === 0 &&
    LOWERCASE_WORDS.has(word.toLowerCase())
  )
    return null;
  if (e.place > 0) return "place";
  // Named again and again with no other clue: most often a person referred to by surname.
  // Brand-like spellings ("EastMed", "HomePlus", "JWs") are organisations. A word seen only where
  // any word is capitalised (sentence openings, after an interview label: "Thank you", "Why …")
  // shows no name by its capital.
  if (e.count < MIN_REPEATS || e.inner === 0 || lowerWords.has(word.toLowerCase())) return null;
  // Not a surname's prefix: "McCarthy", "DeSantis", "al-Amin", "bin-Salman".
  if (/.[\p{Lu}]/u.test(word.replace(SURNAME_PREFIX, ""))) return "org";
  // A word always used before a noun it qualifies ("Telescopium constellation", "Fedora operating
  // system") is a name of a thing, a brand or a taxon, not a person referred to by surname; so is
  // one always followed by the same lower-case word ("Homo sapiens", "Detol soap"), a fixed term,
  // where a surname is followed by all sorts of words.
  if (e.modifies === e.count) return null;
  if (e.nextWord && e.person === 0 && fixedTermWord(e.nextWord)) return null;
  if (e.det > 0) return null;
  // "Leave", "Imagine", "Bold" (a slogan's, a caption's or a headline's capitals): a word news
  // writes in lower case, repeated capitalised with nothing else for it, is no person.
  if (e.which === 0 && LOWERCASE_WORDS.has(word.toLowerCase())) return null;
  return e.which > 0 ? "org" : "person";
}

/** Capitalised words joined by the lower-case words towns and estates are named with
 * ("Stoke-on-Trent", "Weston-super-Mare", "Aix-en-Provence", "Mar-a-Lago"; not "Time-of-Flight",
 * "Eid-al-Adha"). */
const JOINED_PLACE =
  /^[\p{Lu}][\p{L}]*(?:-(?:on|upon|under|super|sur|le|la|les|de|du|des|en|am|an|the|a))+-[\p{Lu}][\p{L}]*$/u;

/** "Already-queued", "Anti-retroviral", "Post-Soviet": a compound with a lower-case part or an
 * English prefix is a word of the sentence, not a name ("Lopez-Cantera", "al-Assad" are, and
 * East Asian districts keep their lower-case suffix: "Seongbuk-gu", "Chiyoda-ku"; so do towns
 * whose lower-case words join capitalised ones: "Stoke-on-Trent", "Weston-super-Mare"). */
function isCommonCompound(word: string): boolean {
  if (!word.includes("-") || SURNAME_PREFIX.test(word)) return false;
  if (/^(?:Post|Anti|Pro|Pre|Non|Neo|Ex|Mid|Semi|Multi|Inter|Trans|Sub|Super)-/.test(word)) return true;
  if (/-(?:gu|dong|si|do|ri|gun|eup|myeon|ku|shi|ken|cho|machi|mura)$/.test(word)) return false;
  if (JOINED_PLACE.test(word)) return false;
  return /-[\p{Ll}]/u.test(word);
}

/** Whether `next` (the text after a name) opens with a lower-case word that is no function word
 * nor verb form (-s, -ed, -ly, a verb of saying): a noun the name qualifies. */
function modifiesNoun(next: string): boolean {
  const word = /^\s([\p{Ll}]+)\b/u.exec(next)?.[1];
  // (An irregular past is the verb after a subject: "the Kessford Hawks lost".)
  if (!word || COMMON_WORDS.has(word) || REPORTING_VERBS.has(word) || PAST_TENSES.has(word)) return false;
  return !/(?:s|ed|ly)$/.test(word);
}

/** Whether `next` opens with a noun the name qualifies that is a thing ("Xbox booth", "Arion
 * slug"), not a person or a body a person leads ("Sanders aide", "Obama administration"). */
function qualifiesThing(next: string): boolean {
  if (!modifiesNoun(next)) return false;
  const noun = /^\s([\p{Ll}]+)/u.exec(next)![1]!;
  return !PERSON_NOUNS.has(noun) && !LED_BY_PEOPLE.has(noun);
}

/** Whether `word`, after every mention of a name, makes a fixed term with it ("Homo sapiens",
 * "Aphrodite gas"): no function word, verb of saying, past form or adverb, nor a noun of a person
 * or of what a person leads ("Sanders aide", "Ricketts family"). */
function fixedTermWord(word: string): boolean {
  if (COMMON_WORDS.has(word) || REPORTING_VERBS.has(word) || /(?:ed|ly)$/.test(word)) return false;
  return !PERSON_NOUNS.has(word) && !LED_BY_PEOPLE.has(word) && !PERSON_NOUNS.has(word.replace(/s$/, ""));
}

/** A plural noun of people ("Observers", "Analysts"), an abstract noun ("Violence") or an adverb
 * made from a word of the text ("Lastly" beside "last"). */
function commonShape(word: string, lowerWords: ReadonlySet<string>): boolean {
  if (/^[\p{Lu}][\p{Ll}]{3,}(?:ists|ians)$/u.test(word)) return true;
  // An abstract noun ("Violence continued", "Collectivism is …"): no name of a person or body.
  if (/^[\p{Lu}][\p{Ll}]{3,}(?:ence|ance|tion|sion|ity|ment|ness|ism)$/u.test(word)) return true;
  // "-ers" and the like end surnames too ("Sanders"): only a noun of people known as one, or
  // whose singular the text uses in lower case ("Forecasters" beside "a forecaster").
  if (/^[\p{Lu}][\p{Ll}]{3,}(?:ers|ors|ants|ents)$/u.test(word)) {
    const lower = word.toLowerCase();
    return (
      PERSON_NOUNS.has(lower) || PERSON_NOUNS.has(lower.slice(0, -1)) || lowerWords.has(lower.slice(0, -1))
    );
  }
  // "Aides later said": the plural of a noun of people.
  if (/^[\p{Lu}][\p{Ll}]{2,}s$/u.test(word) && PERSON_NOUNS.has(word.slice(0, -1).toLowerCase())) return true;
  return word.endsWith("ly") && lowerWords.has(word.slice(0, -2).toLowerCase());
}

/** The person a single word names among those named in full with it: a surname (last word)
 * before a first name; then the one the headline names by given name ("Governor Jane Roe has the
 * flu": "Roe" is not her niece Ann Roe, named last), when it names one only; else the one named
 * most recently before `at` ("Khan" with two Khans). */
function bestNamed(
  candidates: readonly ActorRecord[],
  word: string,
  at: number,
  titleWords: ReadonlySet<string>,
): ActorRecord {
  // (A name, not a headline's words run together: "Mayor Praises Ann Roe With Doe's Help".)
  const headlined = candidates.filter(
    (p) =>
      p.name.endsWith(` ${word}`) &&
      titleWords.has(p.name.split(" ")[0]!) &&
      !HEADLINE_JOINER.test(p.name) &&
      latestBefore(p, at) >= 0,
  );
  if (headlined.length === 1) return headlined[0]!;
  let best = candidates[0]!;
  let bestRank = namedRank(best, word, at);
  for (let k = 1; k < candidates.length; k++) {
    const rank = namedRank(candidates[k]!, word, at);
    if (rank > bestRank) {
      best = candidates[k]!;
      bestRank = rank;
    }
  }
  return best;
}

/** "Sarah and Mark Hollis", "brothers Michael and Stephen Carr": a given name joined by "and" to a
 * person's full name of two words shares that family name. Names each such person in full and
 * returns the given names' spans. */
function namesSharingSurname(table: ActorTable, body: string, pending: readonly NameSpan[]): Set<NameSpan> {
  const sharing = new Set<NameSpan>();
  // (Not a given name that someone named in full before already has: "Hillary Clinton … Hillary
  // and Tim Kaine"; nor the end of a longer name: "Rand Paul and Carly Fiorina".)
  const givenFirst = new Map<string, number>();
  for (const actor of table.actors.values()) {
    const given = /^(\S+)\s/.exec(actor.name)?.[1];
    if (actor.type === "person" && given)
      givenFirst.set(given, Math.min(givenFirst.get(given) ?? actor.first, actor.first));
  }
  for (const span of pending) {
    if (!body.startsWith(" and ", span.end) || !isGivenName(span.text) || lookup(span.text) !== undefined)
      continue;
    if ((givenFirst.get(span.text) ?? span.start) < span.start) continue;
    if (/[\p{Lu}][\p{L}'’.-]*\s$/u.test(body.slice(Math.max(0, span.start - 30), span.start))) continue;
    const partner = /^ and ([\p{Lu}][\p{L}'’-]+) ([\p{Lu}][\p{L}'’-]+)(?![\p{L}'’-]|\s[\p{Lu}])/u.exec(
      body.slice(span.end, span.end + 60),
    );
    if (!partner || !isGivenName(partner[1]!)) continue;
    if (table.bySurface.get(`${partner[1]} ${partner[2]}`)?.type !== "person") continue;
    const name = `${span.text} ${partner[2]}`;
    mention(table, actorFor(table, `person:${name}`, name, "person", span.start), span);
    sharing.add(span);
  }
  return sharing;
}

/** A capitalised preposition or conjunction inside a run of capitalised words: a headline's. */
const HEADLINE_JOINER = /\s(?:With|And|Of|For|To|From|By|At|On|In|The)\s/;

const namedRank = (p: ActorRecord, word: string, at: number): number =>
  (p.name.endsWith(` ${word}`) ? 1e12 : 0) + latestBefore(p, at);

/** Pass 2: single words: surnames and first names of people named in full, acronyms, others. */
function singleWordPass(
  table: ActorTable,
  body: string,
  pending: readonly NameSpan[],
  lowerWords: ReadonlySet<string>,
  titleWords: ReadonlySet<string>,
): void {
  for (const actor of table.actors.values()) {
    actor.mentions.sort((a, b) => a.start - b.start);
    actor.sortedCount = actor.mentions.length;
  }
  const sharing = namesSharingSurname(table, body, pending);
  const people = [...table.actors.values()].filter((a) => a.type === "person");
  const orgs = [...table.actors.values()].filter((a) => a.type === "org");
  // Indexes for the single-word pass, so that it stays linear in the number of names.
  const peopleByWord = indexByWord(people.filter((p) => /\s/.test(p.name)));
  const orgsByWord = indexByWord(orgs);
  const orgsByInitials = new Map<string, ActorRecord>();
  for (const org of orgs) {
    // ("U.N. Office for the Coordination of Humanitarian Affairs" is "OCHA" too, "NSW Rural Fire
    // Service" is "RFS": an acronym often leaves out the union or state the body belongs to.)
    const own = org.name.replace(UNION_PREFIX, "").replace(/^[\p{Lu}]{2,5}\s+(?=[\p{Lu}])/u, "");
    for (const key of [initials(org.name), ...(own === org.name ? [] : [initials(own)])])
      if (!orgsByInitials.has(key)) orgsByInitials.set(key, org);
  }
  const evidence = gatherEvidence(body, pending);
  const storms = stormNames(body);
  const statesByName = new Map<string, ActorRecord>();
  for (const place of table.actors.values()) {
    const name = place.type === "place" ? FORMAL_STATE.exec(place.name)?.[1] : undefined;
    if (name) statesByName.set(name, place);
  }
  const courtesy = courtesyGenders(body, pending);
  for (const span of pending) {
    if (sharing.has(span)) continue;
    const known = table.bySurface.get(span.text);
    if (known) {
      mention(table, known, span);
      continue;
    }
    // "Crusius of Allen, Texas": a word followed by its state is a town, even when someone named
    // in full has it as a surname (Greg Allen).
    // (Not a place's head word cut from its name: "Hawke's Bay, New Zealand".)
    if (
      !PLACE_WORDS.has(span.text) &&
      !ORG_WORDS.has(span.text) &&
      inState(body.slice(span.end, span.end + 40))
    ) {
      mention(table, actorFor(table, `place:${span.text}`, span.text, "place", span.start), span);
      continue;
    }
    // (A lower-case word is no surname, unless an Arabic one opening on its article: "al-Eryani".)
    const surnameOf =
      opensWith(span.text, LOWER) && !ARABIC_SURNAME.test(span.text)
        ? []
        : (peopleByWord.get(span.text) ??
          // ("Al-Quaety" opening a sentence is the "al-Quaety" of a full name.)
          peopleByWord.get(span.text.replace(/^(?:Al|El|Ad|As|Ash|Az)-/, (a) => a.toLowerCase())) ??
          (NON_ASCII.test(span.text) ? peopleByWord.get(withoutAccents(span.text)) : undefined) ??
          // ("WALLACE: …" in a transcript: a surname in capitals is the person named in full.)
          (SHOUTED.test(span.text)
            ? peopleByWord.get(span.text[0] + span.text.slice(1).toLowerCase())
            : undefined) ??
          []);
    if (surnameOf.length > 0) {
      // "Mr. Roe" where the one Roe named in full is Jane Roe: a courtesy title of the other
      // gender names another person of that surname; so does the bare surname, in a text that
      // gives the surname only that title.
      const gender = courtesyBefore(body, span.start) ?? courtesy.get(span.text) ?? null;
      const fitting = gender ? surnameOf.filter((p) => (genderOf(p) ?? gender) === gender) : surnameOf;
      const person =
        fitting.length > 0
          ? bestNamed(fitting, span.text, span.start, titleWords)
          : actorFor(table, `person:${span.text}`, span.text, "person", span.start);
      mention(table, person, span);
      continue;
    }
    // "Water companies must pay": a head word before a plural of bodies names that kind of body,
    // no one body.
    if (ORG_WORDS.has(span.text) && pluralOfBodiesAfter(body, span.end)) continue;
    // "the Court", "the Ministry": the head word of an organisation named in full before; so is a
    // place's word for a body that runs it ("Kessford Zoo … the Zoo said").
    if (ORG_WORDS.has(span.text) || RUN_PLACE_WORDS.has(span.text)) {
      // (Of a name it heads: "House of Representatives", "Justice Department"; not "House
      // Republicans", where the word only qualifies the head.)
      const named = (orgsByWord.get(span.text) ?? []).filter((o) => namedByHead(span.text, o.name));
      const org = recentWith(named, span.start) ?? usLowerChamber(table, span.text, span.start);
      if (org) {
        mention(table, org, span);
        continue;
      }
    }
    // "Wynford Wolves beat … Wolves captain Jo Roe": a plural closing one body's name of two or
    // three words is that body's short name, a team's (not a word of the language opening its
    // sentence: "Workers at United Auto Workers said").
    if (
      /^[\p{Lu}][\p{Ll}]+s$/u.test(span.text) &&
      !ORG_WORDS.has(span.text) &&
      lookup(span.text) === undefined &&
      !(opensSentence(body, span.start) && writtenInLowerCase(span.text, lowerWords))
    ) {
      const teams = (orgsByWord.get(span.text) ?? []).filter(
        (o) => o.name.endsWith(` ${span.text}`) && o.name.split(" ").length <= 3,
      );
      if (teams.length === 1) {
        mention(table, teams[0]!, span);
        continue;
      }
    }
    if (isAcronym(span.text)) {
      const letters = span.text.replace(/[^\p{Lu}]/gu, "");
      const org = orgsByInitials.get(letters);
      if (org) {
        mention(table, org, span);
        continue;
      }
    }
    // "Biden-Harris released a statement": two people's family names joined by a hyphen, as the
    // subject of a verb, name their ticket or campaign, a body (not "the Trump-Biden debate").
    const pair = /^([\p{Lu}][\p{L}]+)-([\p{Lu}][\p{L}]+)$/u.exec(span.text);
    if (
      pair &&
      peopleByWord.has(pair[1]!) &&
      peopleByWord.has(pair[2]!) &&
      /^\s+(?:[\p{Ll}]+ed|said|says|told|wrote)\b/u.test(body.slice(span.end, span.end + 24))
    ) {
      mention(table, actorFor(table, `org:${span.text}`, span.text, "org", span.start), span);
      continue;
    }
    // "beat Hallam Town … Hallam boss Jo Roe", "Kessa Report … Kessa said": the first word of one
    // body's name of several words, with nothing of a person or a place about it, is that body's
    // short name, also where it speaks.
    // Not a word of the language, a given name, a known name or a people's adjective ("World
    // Series", "Khizr Khan", "Eurasian Economic Union"), nor a word before a name of its own or
    // what one person leads ("Roe White House", "Roe Administration").
    const clues = evidence.get(span.text);
    if (
      clues &&
      clues.person + clues.place + clues.modifies === 0 &&
      clues.inner > 0 &&
      mayShortenName(span.text, lowerWords)
    ) {
      const opened = (orgsByWord.get(span.text) ?? []).filter(
        (o) =>
          o.name.startsWith(`${span.text} `) &&
          !table.bySurface.has(o.name.slice(span.text.length + 1)) &&
          !LED_BY_ONE.test(o.name.slice(span.text.length + 1)) &&
          // ("Dunmore Herald", "Kessa Council": a place's own body; the word alone is the place.)
          !LOCAL_BODY_HEADS.has(o.name.slice(o.name.lastIndexOf(" ") + 1)),
      );
      if (opened.length === 1) {
        mention(table, opened[0]!, span);
        continue;
      }
    }
    // "the Republic of Artsakh … Artsakh deaths": the name a state's formal name closes on is
    // that state.
    const state = statesByName.get(span.text);
    if (state) {
      mention(table, state, span);
      continue;
    }
    // "Hurricane Dorian … Dorian made landfall": a storm's name is an event, not an actor.
    if (storms.has(span.text)) continue;
    // "the County Sheriff's Office said": a head word after a name's possessive is the end of a
    // longer name cut by the "'s", not an actor of its own.
    if (
      (ORG_WORDS.has(span.text) || PLACE_WORDS.has(span.text)) &&
      CUT_BY_POSSESSIVE.test(body.slice(Math.max(0, span.start - 24), span.start))
    )
      continue;
    const type = singleType(span.text, evidence, lowerWords);
    if (!type) continue;
    mention(table, actorFor(table, `${type}:${span.text}`, span.text, type, span.start), span);
  }
}

/** A noun of a trade or a holding written as one word with what it makes or holds ("Chipmaker",
 * "Shipbuilders", "Homeowner"). */
const AGENT_COMPOUND =
  /^[\p{Lu}][\p{Ll}]{2,}(?:makers?|builders?|owners?|holders?|sellers?|producers?|growers?|workers?)$/u;

/** A state's formal name, closing on its one-word short name ("Republic of Artsakh"). */
const FORMAL_STATE =
  /^(?:[\p{Lu}][\p{L}]+\s+)*(?:Republic|Kingdom|Principality|Emirate|Sultanate|Commonwealth|Federation|State)\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]+)$/u;

/** What one person leads, named after them ("Obama Administration", "Roe White House"). */
const LED_BY_ONE = /^(?:Administration|Government|Campaign|Presidency|Cabinet|White House)$/;

/** Whether a single word may be the short form of a longer body's name it opens. */
function mayShortenName(word: string, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return (
    !lowerWords.has(lower) &&
    !LOWERCASE_WORDS.has(lower) &&
    !NAME_COMMON_WORDS.has(lower) &&
    !isGivenName(word) &&
    lookup(word) === undefined &&
    !ORG_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !/[\p{Ll}]an$/u.test(word)
  );
}

/** Whether a plural noun of bodies follows offset `at` ("companies", "agencies"). */
function pluralOfBodiesAfter(body: string, at: number): boolean {
  const next = /^\s([\p{Ll}]+s)\b/u.exec(body.slice(at, at + 24))?.[1];
  // (Not a verb of saying in "-s": "The Journal notes".)
  return next !== undefined && !REPORTING_VERBS.has(next) && nominalType(next) === "org";
}

/** Whether the word is the plural of an organisation's or a place's head word ("Hospitals",
 * "Universities"). */
function pluralOfHeadWord(word: string): boolean {
  if (!word.endsWith("s")) return false;
  return [word.slice(0, -1), word.replace(/es$/, ""), word.replace(/ies$/, "y")].some(
    (singular) => singular !== word && (ORG_WORDS.has(singular) || PLACE_WORDS.has(singular)),
  );
}

/** Each single word's gender from the courtesy titles before it, for the words all of whose
 * titled mentions agree ("Mr. Roe" and "Mr Roe", never "Mrs. Roe"). */
function courtesyGenders(body: string, spans: readonly NameSpan[]): Map<string, Gender | null> {
  const genders = new Map<string, Gender | null>();
  for (const span of spans) {
    const gender = courtesyBefore(body, span.start);
    if (!gender) continue;
    const seen = genders.get(span.text);
    genders.set(span.text, seen === undefined || seen === gender ? gender : null);
  }
  return genders;
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

const NON_ASCII = /[^\x00-\x7f]/;
const SURNAME_PREFIX =
  /^(?:Mc|Mac|O['’]|De|Di|La|Le|Van|Von|(?:al|el|ul|an|ar|as|ash|at|az|bin|ibn|abu|ben|bint)-)/i;
/** Before a name that qualifies a noun: an article or any lower-case word ("the Arion slug", "dusky
 * Arion slug", "promoting Xbox games"); a name opening its clause may be the subject of a verb. */
const QUALIFIER_BEFORE = /[\p{Ll}]\s$/u;
/** Nouns a country's adjective qualifies and a person's name does not ("counterpart", "envoy"). */
const OF_A_COUNTRY =
  /^\s(?:counterparts?|ministers?|diplomats?|delegation|delegates|ambassadors?|envoys?|embassy|consulate|citizens?|nationals|troops|navy|army|coastguard)\b/;
const CUT_TITLE = /^\s+(?:of\s+(?:the\s+)?[\p{Lu}]|(?:and|to)\s+the\s+[\p{Lu}]|\d)/u;
const CUT_BY_POSSESSIVE = /[\p{Lu}][\p{L}]*['’]s\s$/u;

/** Whether a body's name says whose it is by a place or its people: "Missouri Senate", "Indian
 * National Congress", "Congress of the Philippines" (not "a Republican Congress"). */
function ofPlace(name: string): boolean {
  const words = name.split(/\s+/);
  const of = words.indexOf("of");
  const owner =
    of > 0
      ? words
          .slice(of + 1)
          .join(" ")
          .replace(/^the\s+/, "")
      : words[0]!;
  return lookup(owner)?.type === "place";
}

/** Whether the word at `start`-`end` is inside a quoted phrase of two to eight words in title case
 * on one line (`"Each for Fairquell"`, `"Go Far. Vote Varn."`). */
function inQuotedTitle(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 60), start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("“"));
  // (A straight mark with a space after it closes a quote: `"…," by Acme's Jane Roe: "…"`.)
  if (open < 0 || /\s/.test(before[open + 1] ?? body[start]!)) return false;
  const after = body.slice(end, end + 60);
  const close = after.search(/["”]/);
  if (close < 0) return false;
  const phrase = before.slice(open + 1) + body.slice(start, end) + after.slice(0, close);
  const words = phrase.match(WORD) ?? [];
  return words.length >= 2 && words.length <= 8 && !phrase.includes("\n") && isTitleCase(phrase);
}

/** Whether `word` alone may name the body `name`: it heads the name, and the name is no
 * residence ("the House" is never the White House). */
const namedByHead = (word: string, name: string): boolean =>
  !RESIDENCES.has(name.split(/\s+/).slice(-2).join(" ")) && headsName(word, name);

/** Whether `word` is the head of the name: its last word, the word before its "of" phrase, or
 * one followed only by other head words ("Alliance" of "Alliance Party"). */
export function headsName(word: string, name: string): boolean {
  const words = name.split(/\s+/);
  const at = words.indexOf(word);
  return (
    at >= 0 &&
    (/^(?:of|for|on)$/.test(words[at + 1] ?? "") || words.slice(at + 1).every((w) => ORG_WORDS.has(w)))
  );
}

/** "the Indian National Congress … the Congress", "the Missouri Senate … the Senate": a body's
 * head word alone, which a list knows as another body's name, is the body of a place the text
 * named in full before it with that head. */
function headWordsToNamedBodies(table: ActorTable): void {
  const orgs = [...table.actors.values()].filter((a) => a.type === "org");
  // Each head word's body of a place, the first one named (one pass, so the work stays linear).
  const byHead = new Map<string, ActorRecord>();
  for (const org of orgs) {
    if (!ofPlace(org.name)) continue;
    for (const word of new Set(org.name.split(/\s+/))) {
      const earlier = byHead.get(word);
      if (namedByHead(word, org.name) && (!earlier || org.first < earlier.first)) byHead.set(word, org);
    }
  }
  if (byHead.size === 0) return;
  for (const known of orgs) {
    const moved = known.mentions.filter((m) => {
      // (A bare word the list knows as another name: not "The Independent", a paper's own name.)
      const word = m.surface.replace(/^The\s+/, "");
      if (/\s/.test(word) || !ORG_WORDS.has(word)) return false;
      if (known.name === `The ${word}` || !known.name.endsWith(` ${word}`)) return false;
      const named = byHead.get(word);
      if (!named || named === known || named.first >= m.start) return false;
      m.actor = named;
      named.mentions.push(m);
      named.aliases.add(m.surface);
      return true;
    });
    if (moved.length === 0) continue;
    const gone = new Set(moved);
    known.mentions = known.mentions.filter((m) => !gone.has(m));
    const kept = new Set(known.mentions.map((k) => k.surface));
    for (const m of moved) if (!kept.has(m.surface)) known.aliases.delete(m.surface);
    if (known.mentions.length === 0) table.actors.delete(known.key);
  }
}

/** The United States' legislatures, which a list knows by their bare words too ("Congress"). */
const US_LEGISLATURES = [
  "org:United States Congress",
  "org:United States Senate",
  "org:United States House of Representatives",
];

/** "Congress", "the Senate" in a text about another country only (Goa's politics, the Philippine
 * Senate, a dateline of its capital): the bare word names that country's body, not the United
 * States' the list knows it as. */
function foreignLegislatures(table: ActorTable): void {
  const places = [...table.actors.values()].filter((a) => a.type === "place");
  // (A country, or its capital: "CANBERRA — The Senate …".)
  const country = (p: ActorRecord) =>
    COUNTRY_NAMES.has(p.name)
      ? p.name
      : lookup(p.name)?.form === "capital"
        ? lookup(p.name)!.canonical
        : null;
  if (!places.some((p) => country(p) !== null && country(p) !== "United States")) return;
  if (places.some((p) => p.name === "United States" || US_STATE_NAMES.has(p.name))) return;
  for (const key of US_LEGISLATURES) {
    const us = table.actors.get(key);
    if (!us || us.mentions.some((m) => /\b(?:U\.?S|United States)\b/.test(m.surface))) continue;
    table.actors.delete(key);
    const name = us.mentions[0]?.surface.replace(/^The\s+/, "") ?? us.name;
    const own = table.actors.get(`org:${name}`);
    if (own) {
      for (const m of us.mentions) {
        m.actor = own;
        own.mentions.push(m);
      }
      continue;
    }
    us.name = name;
    us.key = `org:${name}`;
    us.aliases.delete(name);
    table.actors.set(us.key, us);
  }
}

/** "the Speaker of the House": where the text names the United States Congress or Senate,
 * "House" alone is the House of Representatives. */
function usLowerChamber(table: ActorTable, word: string, at: number): ActorRecord | null {
  if (word !== "House") return null;
  if (!table.actors.has("org:United States Senate") && !table.actors.has("org:United States Congress"))
    return null;
  const chamber = lookup("House of Representatives")!;
  return actorFor(table, `org:${chamber.canonical}`, chamber.canonical, "org", at);
}

/** Residences that name a government ("the White House said"): "the House" alone is a
 * legislature, never the residence. */
const RESIDENCES: ReadonlySet<string> = new Set(["White House", "Blue House"]);

function indexByWord(records: ActorRecord[]): Map<string, ActorRecord[]> {
  const index = new Map<string, ActorRecord[]>();
  for (const record of records) {
    for (const word of new Set(record.name.split(/\s+/))) {
      // "Erdogan" for "Erdoğan": a name is also found spelt without its accents; "Kassem" for
      // "al-Kassem", without its article.
      const keys = NON_ASCII.test(word) ? [word, withoutAccents(word)] : [word];
      if (ARABIC_SURNAME.test(word)) keys.push(word.slice(word.indexOf("-") + 1));
      for (const key of keys) {
        const list = index.get(key) ?? [];
        // Cap each list: a word shared by very many names says nothing about which one is meant.
        if (list.length < 8 && !list.includes(record)) list.push(record);
        index.set(key, list);
      }
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

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

/** The union or the state a body's name may open on before the body's own name ("U.N. ", "EU "). */
const UNION_PREFIX = /^(?:U\.N\.|UN|United Nations|EU|European Union|U\.S\.|US)\s+(?=[\p{Lu}])/u;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => opensWith(w, UPPER))
    .map((w) => w[0])
    .join("");
}
