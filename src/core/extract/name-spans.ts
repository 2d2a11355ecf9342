// Candidate names: runs of capitalised words in a sentence (with "of", "for", "de"... inside),
// cleaned of sentence-initial common words, titles and possessives, and split where a known
// place or a demonym is glued to a name ("Russian President X", "Mayor of London X").

import {
  HYPHEN_PARTICIPLE,
  HYPHEN_SUFFIX,
  LEGISLATURES,
  MONTHS,
  NAMED_THING_NOUNS,
  ORG_APPOSITION,
  PERSON_ROLES,
  STORM_WORDS,
  VESSEL_PREFIXES,
} from "../data/actor-words.ts";
import {
  COMMON_WORDS,
  DEITIES,
  EVENT_NOUNS,
  GROUP_WORDS,
  NON_ACTOR_HEADS,
  NON_ENTITY_ACRONYMS,
  SENTENCE_STARTERS,
} from "../data/common-words.ts";
import { COUNTRY_NAMES } from "../data/countries.ts";
import { isCommonGivenName, isGivenName } from "../data/first-names.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import {
  ARABIC_SURNAME,
  CONNECTORS,
  DOUBLE_PARTICLES,
  FUNCTION_WORDS,
  HEADLINE_VERBS,
  NAME_TITLES,
  ON_HEADS,
} from "../data/name-words.ts";
import { ORG_WORDS, PLACE_WORDS } from "../data/organisations.ts";
import { REPORTING_VERBS } from "../data/reporting-verbs.ts";
import { PERSON_NOUNS } from "../data/speaker-nouns.ts";
import {
  MINISTERIAL_TITLES,
  PORTFOLIO_WORDS,
  POSTNOMINALS,
  ROLE_NOUNS,
  ROLE_OPENERS,
  TITLE_MODIFIERS,
  TITLES,
  TWO_WORD_HONOURS,
} from "../data/titles.ts";
import type { Sentence } from "../schemas.ts";
import { holds, LETTER, LOWER, NUMBER, opensWith, UPPER } from "../text/char-class.ts";
import { isInitial } from "../text/sentences.ts";
import { isAcronym, isCapitalised, type Token, tokenize } from "../text/tokens.ts";
import { lookup, MAX_ENTRY_WORDS } from "./gazetteer.ts";
import {
  clauseInitial,
  DATELINE_OPENING,
  domainEndAfter,
  namedMidSentence,
  opensDateline,
  opensKnownName,
  PREFIXED,
  withoutCaptionLabel,
} from "./name-edges.ts";
import { joinsName, membersOfCountry, personAfter, splitKnownHyphen, wordBeforeAt } from "./name-joins.ts";
import {
  GENERATIONAL,
  isPluralTitle,
  joined,
  namesInstitution,
  SURNAME_TITLES,
  trimTrailingRoles,
} from "./name-roles.ts";
import { phraseAcronyms } from "./phrase-acronyms.ts";
import { ADVERB_SHAPE } from "./quote-rules.ts";

// A capitalised gerund ("Banning").
const GERUND = /^[\p{Lu}][\p{Ll}]{2,}ing$/u;

// A participle of winning an award hyphened to its name.
const AWARD_PARTICIPLE = /-(?:winning|nominated)$/;

/** A candidate name in the body. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Titles or roles stripped from its front ("President"). */
  roles: string[];
  /** Lower-case word just before it ("in", "said"...), for context rules. */
  before: string;
  /** True when it was followed by 's (possessive). */
  possessive: boolean;
  /** True when it opens its sentence or a clause that capitalises its first word anyway (after a
   * line label, a colon or an opening quotation mark): its capital says nothing. */
  initial: boolean;
}

const MAX_RUN = 12;
/** A well-formed Roman numeral ("XIV"; not the agency "IMD"). */
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A US party label's opening: Democrat, Republican or Independent, a hyphen, a state. */
const PARTY_LABEL = /^[DRI]-[\p{Lu}]/u;
const POSSESSIVE = /['’‘]s$/;
const POSTNOMINAL_SET: ReadonlySet<string> = new Set(POSTNOMINALS.split("|"));
const TWO_WORD_HONOUR_SET: ReadonlySet<string> = new Set(TWO_WORD_HONOURS.split("|"));
/** Their first words, tested before the pair is built (this runs for every run of names). */
const TWO_WORD_HONOUR_OPENERS: ReadonlySet<string> = new Set(
  TWO_WORD_HONOURS.split(/[| ]/).filter((_, k) => k % 2 === 0),
);
/** Titles of someone sent to a place or a body ("Ambassador to Russia", "Envoy to the UN"). */
const ENVOY_TITLES = /^(?:Ambassador|Envoy|Emissary|Representative|Delegate|Adviser|Advisor)$/;
/** The possessive of a plural noun of people, which opens names ("People's Party"). */
const PEOPLE_POSSESSIVE = /^(?:People|Children|Women|Men|[\p{Lu}][\p{Ll}]+men)['’]s$/u;
/** A member of a party, as written before a person's name. */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(["Democrat", "Republican", "Libertarian", "Independent"]);

/** What the scan of one sentence shares with the functions that cut its runs into names. */
interface SentenceScan {
  body: string;
  sentence: Sentence;
  lowerWords: ReadonlySet<string>;
  out: NameSpan[];
}

// The steps are module functions, not closures made anew for each sentence: tsx (esbuild with
// keepNames) wraps every nested named function in a `__name` call at each creation, and small
// functions are compiled by V8 sooner and more cheaply than one large one.

/** Finds the candidate names of one sentence. `lowerWords` holds the body's lower-case words. */
export function nameSpans(body: string, sentence: Sentence, lowerWords: ReadonlySet<string>): NameSpan[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const scan: SentenceScan = { body, sentence, lowerWords, out: [] };
  let run: Token[] = [];
  let runPossessive = false;

  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    // "then-New Jersey Governor X", "ex-Senator Jane Roe": a prefix of time hyphened to a title
    // or to a place's first word leaves that word to the role or the name (not "ex-Muslim").
    const prefix = TIME_PREFIX.exec(token.text)?.[0];
    const word = prefix ? token.text.slice(prefix.length) : "";
    if (prefix && (TITLES.has(word) || lookup(`${word} ${tokens[i + 1]?.text ?? ""}`)?.type === "place"))
      token = { text: word, start: token.start + prefix.length, end: token.end };
    // Names are short: a long run of capitalised words is cut, which keeps the work per run bounded.
    if (run.length >= MAX_RUN) {
      emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
    }
    const prev = run[run.length - 1];
    // `Robert "Bobby" Scott`: a nickname in quotation marks inside a name is no word of it.
    const after = tokens[i + 1];
    if (prev !== undefined && after !== undefined && isNickname(body, prev, token, after)) {
      run.push(after);
      i++;
      continue;
    }
    if (prev !== undefined && !joinable(body, prev, token)) {
      emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
    }
    // "Rep. Roe (D-N.Y.)", "Sen. Doe, R-Texas,": a party label after a lawmaker's name names no
    // one; its words up to the closing bracket or comma are skipped.
    if (
      token.text.charCodeAt(1) === 0x2d &&
      PARTY_LABEL.test(token.text) &&
      /[(,]\s?$/.test(body.slice(token.start - 2, token.start))
    ) {
      if (run.length > 0) emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
      const close = body.slice(token.start, token.start + 24).search(/[),]/);
      const end = close < 0 ? token.end : token.start + close;
      while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
      continue;
    }
    // "pro-Beijing", "anti-EU": a known name after a lower-case prefix is a mention of its own.
    // It stands alone: "pro-Trump Republicans" is not "Trump Republicans".
    // Tried only on a token holding a hyphen: this runs for every word of every sentence.
    const prefixed = token.text.indexOf("-") > 1 ? PREFIXED.exec(token.text) : null;
    if (prefixed) {
      const cut = prefixed[1]!.length + 1;
      if (run.length > 0) emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
      // Known places and bodies only: "anti-Trump" names no speaker of the sentence.
      const rest = token.text.slice(cut);
      if (lookup(rest) && !GROUP_WORDS.has(rest))
        emitRun(scan, [{ text: rest, start: token.start + cut, end: token.end }], false);
      continue;
    }
    // Contractions ("I’m", "We're") are never names.
    const cap =
      (isCapitalised(token.text) || isAcronym(token.text)) && !/['’](?:m|re|ve|ll|d|t)$/i.test(token.text);
    if (!cap) {
      if (run.length > 0) {
        const joins = joinsAt(body, tokens, i, run) || acronymJoin(body, tokens, i, run);
        if (joins > 0) {
          for (let k = 0; k < joins; k++) run.push(tokens[i + k]!);
          i += joins - 1;
          continue;
        }
        emitRun(scan, run, runPossessive);
        run = [];
      }
      runPossessive = false;
      continue;
    }
    // "Znak.com", "Portfolio.hu": a website's name with its domain is one name of its own.
    const domain = tokens[i + 1];
    const domainEnd = domain ? domainEndAfter(body, token, domain) : -1;
    if (domainEnd > 0 && !lookup(token.text)) {
      if (run.length > 0) emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
      emitRun(
        scan,
        [{ text: body.slice(token.start, domainEnd), start: token.start, end: domainEnd }],
        false,
      );
      // (Past the country's part too: "News.com.au".)
      while (i + 1 < tokens.length && tokens[i + 1]!.start < domainEnd) i++;
      continue;
    }
    // "Roe Says Plan Will Fail": a headline's verb is no word of a name.
    if (HEADLINE_VERBS.has(token.text)) {
      if (run.length > 0) emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
      continue;
    }
    const known = splitKnownHyphen(token);
    if (known) {
      if (run.length > 0) emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
      for (const part of known) emitRun(scan, [part], false);
      continue;
    }
    // "Oscar-winning", "Nobel Prize-nominated": the words before name an award, no actor; nor do
    // they before "-style" ("a Prussian-style drill"), which names a manner, not the one it is like,
    // nor before "-speaking" or "-language", where a people's adjective names its language.
    if (AWARD_PARTICIPLE.test(token.text) || /-(?:style|speaking|language)$/.test(token.text)) {
      run = [];
      runPossessive = false;
      continue;
    }
    let endsRun = false;
    const suffix =
      HYPHEN_SUFFIX.exec(token.text) ??
      (isCommonGivenName(tokens[i + 1]?.text ?? "") ? null : HYPHEN_PARTICIPLE.exec(token.text));
    if (suffix) {
      token = {
        text: token.text.slice(0, suffix.index),
        start: token.start,
        end: token.start + suffix.index,
      };
      endsRun = true;
    }
    // "People's Party of Canada", "Children's Hospital": the possessive of a plural noun of people
    // before a capitalised word is part of one name.
    if (
      token.text.length > 4 &&
      PEOPLE_POSSESSIVE.test(token.text) &&
      opensWith(tokens[i + 1]?.text ?? "", UPPER)
    ) {
      run.push(token);
      continue;
    }
    // "Alachua County Sheriff's Office", "the District Attorney's Office", "Westmarch Coroner's
    // Court": a title's possessive before the office or court it heads is part of one name.
    if (
      POSSESSIVE.test(token.text) &&
      TITLES.has(token.text.slice(0, -2)) &&
      /^(?:Office|Department|Bureau|Court)$/.test(tokens[i + 1]?.text ?? "")
    ) {
      run.push(token);
      continue;
    }
    // "St. Mary's Hospital", "King's College London": a saint's or a sovereign's possessive before
    // a capitalised word opens the name of the place or body named after them.
    if (
      POSSESSIVE.test(token.text) &&
      opensWith(tokens[i + 1]?.text ?? "", UPPER) &&
      (/^(?:St\.?|Saint|Ste\.?)$/.test(run[0]?.text ?? "") ||
        (!opensWith(tokens[i - 1]?.text ?? "", UPPER) && /^(?:King|Queen)['’]s$/.test(token.text)))
    ) {
      run.push(token);
      continue;
    }
    // "McDonald's", "Alzheimer's Research UK": a known body whose own name holds the possessive.
    if (POSSESSIVE.test(token.text) && opensKnownBody(run, token, tokens, i, scan.body)) {
      run.push(token);
      continue;
    }
    if (POSSESSIVE.test(token.text)) {
      token = { text: token.text.slice(0, -2), start: token.start, end: token.end - 2 };
      run.push(token);
      emitRun(scan, run, true);
      run = [];
      runPossessive = false;
      continue;
    }
    run.push(token);
    // "Fields' car", "Rourkes' 13 million voters": an apostrophe closing a capitalised word before
    // a lower-case word or a number is a possessive ("Fishmongers' Hall" is one name).
    if (
      PLURAL_POSSESSIVE.test(token.text) &&
      (lookup(joined(run).slice(0, -1)) || opensWith(tokens[i + 1]?.text ?? "", LOWER | NUMBER))
    ) {
      run[run.length - 1] = { text: token.text.slice(0, -1), start: token.start, end: token.end - 1 };
      emitRun(scan, run, true);
      run = [];
      runPossessive = false;
      continue;
    }
    if (endsRun) {
      emitRun(scan, run, runPossessive);
      run = [];
      runPossessive = false;
    }
  }
  if (run.length > 0) emitRun(scan, run, runPossessive);
  return scan.out;
}

const PLURAL_POSSESSIVE = /s['’]$/;

/** Offices of a town, a county or a state, named after the place ("Kessford Mayor Jane Roe"). */
export const LOCAL_OFFICE = /^(?:Mayor|Governor|Premier|Sheriff)$/;

/** A prefix of time before a hyphen and a capital ("then-", "ex-"). */
const TIME_PREFIX = /^(?:then|ex|former|now|late)-(?=[\p{Lu}])/u;

/** Adjectives of continents and world regions, which name no country of their own. */
const CONTINENT_ADJECTIVES =
  /^(?:European|African|Asian|Arab|Latin|Nordic|Scandinavian|Baltic|Balkan|Caribbean)$/;

/** Whether a possessive opens (or ends) the name of a body the gazetteer knows with it, and its
 * bare word is named nowhere else: "Christie's" is the auction house, unless a Chris Christie is
 * named, whose campaign "Christie's campaign" would be. */
function opensKnownBody(run: Token[], token: Token, tokens: Token[], i: number, body: string): boolean {
  const words = [...run.map((t) => t.text), token.text.replace("’", "'")];
  let known = false;
  for (let k = 1; !known && words.length <= MAX_ENTRY_WORDS; k++) {
    known = lookup(words.join(" "))?.type === "org";
    const next = tokens[i + k];
    if (!next || !opensWith(next.text, UPPER)) break;
    words.push(next.text);
  }
  if (!known) return false;
  return !namedBare(body, token.text.slice(0, -2));
}

/** Whether a word stands in the body on its own, not as the start of a longer word or possessive. */
function namedBare(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const after = body.slice(at + word.length, at + word.length + 1);
    const before = body.slice(Math.max(0, at - 1), at);
    if (!holds(before, LETTER | NUMBER) && !holds(after, LETTER | NUMBER) && !/['’]/.test(after)) return true;
  }
  return false;
}

/** Whether `token` continues the run ending with `prev`: one space between them, an en dash
 * inside one name ("Harvard–Smithsonian Center", but not "Russia–Ukraine": two names), or an
 * initial's ". " ("J. Smith"), or an abbreviated first word's ("St. Louis"). */
function joinable(body: string, prev: Token, token: Token): boolean {
  const width = token.start - prev.end;
  if (width === 1) {
    const c = body.charCodeAt(prev.end);
    // A no-break space joins the words of a name as a space does ("Stu\u00a0Roe").
    if (c === 0x20 || c === 0xa0) return true;
    return c === 0x2013 && isCapitalised(token.text) && !(lookup(prev.text) && lookup(token.text));
  }
  // "Corbin & Hale", "Marks & Spencer": an ampersand between capitalised words joins a firm's name.
  if (width === 3 && body.slice(prev.end, token.start) === " & ") return isCapitalised(token.text);
  // ("St. Louis", "Mt. Everest", "Ft. Worth": a place's abbreviated first word.)
  return (
    width === 2 &&
    body.charCodeAt(prev.end) === 0x2e &&
    body.charCodeAt(prev.end + 1) === 0x20 &&
    (/^[\p{Lu}]$/u.test(prev.text) || /^(?:St|Mt|Ft)$/.test(prev.text))
  );
}

/** "Letters from Dunmore (LFD)", "Region in Eastern Halvania (REH)": how many tokens from `i`, a
 * lower-case word and the capitalised words after it, continue the run when an acronym in
 * brackets right after them gives the initials of the whole name (with the small word's or
 * without); else 0. */
function acronymJoin(body: string, tokens: Token[], i: number, run: Token[]): number {
  // (Cheap checks first: this runs after most runs of capitalised words.)
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i <= 5 &&
    isCapitalised(tokens[k]!.text) &&
    tokens[k]!.start === tokens[k - 1]!.end + 1 &&
    body.charCodeAt(tokens[k - 1]!.end) === 0x20
  )
    k++;
  if (k === i + 1 || !/^[\p{Ll}]{2,7}$/u.test(tokens[i]!.text)) return 0;
  const acronym = /^ \(([\p{Lu}]{2,8})\)/u.exec(body.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 12))?.[1];
  if (!acronym) return 0;
  const words = [...run, ...tokens.slice(i, k)].map((t) => t.text);
  const initials = (all: string[]) => all.map((w) => w[0]!.toUpperCase()).join("");
  return acronym === initials(words) || acronym === initials(words.filter((w) => isCapitalised(w)))
    ? k - i
    : 0;
}

/** "Lakeshore Analytics for the Arizona Courier": a body's whole name, "for the", and another
 * name of two or more words closed by a body's head word are two bodies, one working for the other
 * (not "Centre for the Study of Cities", whose name runs on). */
function twoBodies(tokens: Token[], i: number, run: Token[]): boolean {
  if (!ORG_WORDS.has(run[run.length - 1]!.text)) return false;
  let k = i + 2;
  while (k < tokens.length && isCapitalised(tokens[k]!.text) && tokens[k]!.start - tokens[k - 1]!.end === 1)
    k++;
  return k - (i + 2) >= 2 && ORG_WORDS.has(tokens[k - 1]!.text);
}

/** Heads of names that a campus follows after "at" ("University of Texas at Austin"). */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(["University", "College"]);

/** How many lower-case tokens from `i` continue the run inside a name: 2 for "of the"/"for the"
 * in an organisation's name ("Court of Appeals for the Third Circuit") and for a family name's
 * two particles, 1 for a connector that joins ("University of X"), else 0. */
function joinsAt(body: string, tokens: Token[], i: number, run: Token[]): number {
  const word = tokens[i]!.text;
  const next = tokens[i + 1];
  if (
    (word === "of" || word === "for") &&
    next?.text === "the" &&
    tokens[i + 2] &&
    isCapitalised(tokens[i + 2]!.text) &&
    !(word === "for" && twoBodies(tokens, i, run)) &&
    // (Or a name the gazetteer knows whole: "Democratic Republic of the Congo".)
    (run.some((r) => ORG_WORDS.has(r.text)) ||
      // ("Friends of the Earth", where the name ends on that word.)
      (run[run.length - 1]!.text === "Friends" && !isCapitalised(tokens[i + 3]?.text ?? "")) ||
      // ("Proceedings of the Kessland Academy": a journal's.)
      (run.length === 1 && /^(?:Proceedings|Annals)$/.test(run[0]!.text)) ||
      lookup(`${joined(run)} ${word} the ${tokens[i + 2]!.text}`))
  )
    return 2;
  // "Islamic State of Iraq and the Levant": a body "of" one known place "and the" another single
  // place word is one name (not "Bank of Spain and the Treasury", two bodies).
  const place = tokens[i + 2];
  if (
    word === "and" &&
    next?.text === "the" &&
    place &&
    isCapitalised(place.text) &&
    !(tokens[i + 3] && isCapitalised(tokens[i + 3]!.text)) &&
    lookup(place.text)?.type === "place" &&
    lookup(run[run.length - 1]!.text)?.type === "place" &&
    run.some(
      (r, k) =>
        r.text === "of" &&
        (ORG_WORDS.has(run[k - 1]?.text ?? "") || lookup(joined(run.slice(0, k)))?.type === "org"),
    )
  )
    return 2;
  // "University of Texas at Austin": a university's campus is part of its name.
  if (
    word === "at" &&
    next &&
    isCapitalised(next.text) &&
    lookup(next.text)?.type !== "org" &&
    run.some((r) => r.text === "of") &&
    run.some((r) => ACADEMIC_HEADS.has(r.text))
  )
    return 1;
  // "Valéry Giscard d'Estaing": a surname opening on an elided "de" is part of the name.
  // (Not after a word opening the sentence: "The d'Orsay museum".)
  if (
    run.length > 0 &&
    /^d['’][\p{Lu}]/u.test(word) &&
    !FUNCTION_WORDS.has(run[run.length - 1]!.text.toLowerCase())
  )
    return 1;
  // "Nabil Hasan al-Quaety": an Arabic surname opening on its article ends the name.
  if (run.length > 0 && ARABIC_SURNAME.test(word)) return 1;
  // "Ana de la Torre", "Jan van der Berg": a family name's two particles.
  if (
    next &&
    DOUBLE_PARTICLES.has(`${word} ${next.text}`) &&
    tokens[i + 2] &&
    isCapitalised(tokens[i + 2]!.text)
  )
    return 2;
  if (CONNECTORS.has(word) && next && isCapitalised(next.text) && joinsName(word, run, tokens, i, body))
    return 1;
  // "Ambassador to Russia Zhang Wei", "Special Envoy to Syria Jo Roe": an envoy's title keeps the
  // place it is sent to, before the name.
  if (
    word === "to" &&
    next &&
    ENVOY_TITLES.test(run[run.length - 1]!.text) &&
    lookup(next.text)?.type === "place" &&
    tokens[i + 2] !== undefined &&
    isCapitalised(tokens[i + 2]!.text)
  )
    return 1;
  // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body named for its aim.
  if (
    word === "to" &&
    next &&
    isCapitalised(next.text) &&
    ORG_WORDS.has(run[run.length - 1]!.text) &&
    tokens[i + 2] !== undefined &&
    isCapitalised(tokens[i + 2]!.text) &&
    !lookup(next.text)
  )
    return 1;
  // "Commission on Presidential Debates"; not "the Council on Monday".
  if (
    word === "on" &&
    next &&
    isCapitalised(next.text) &&
    ON_HEADS.has(run[run.length - 1]!.text) &&
    !FUNCTION_WORDS.has(next.text.toLowerCase()) &&
    !lookup(next.text)
  )
    return 1;
  return 0;
}

/** For a run opening on a title and "of" or "for", the length of the title with that phrase when a
 * person's name follows it, or 0: one word ("Chief of Staff Jane Roe"), or up to three before a
 * known given name ("Director of National Intelligence Jane Roe"). */
function titleOfPhrase(t: Token[]): number {
  if (!lookup(joined(t.slice(2, 4))) && personAfter(t.slice(3))) return 3;
  // "Minister for Information and Broadcasting Jo Roe": portfolios joined by "and".
  let j = 2;
  while (
    PORTFOLIO_WORDS.has(t[j]?.text ?? "") ||
    (/^(?:and|&)$/.test(t[j]?.text ?? "") && j > 2 && PORTFOLIO_WORDS.has(t[j + 1]?.text ?? ""))
  )
    j++;
  const rest = t.slice(j);
  if (
    j > 4 &&
    rest.length >= 2 &&
    (personAfter(rest) ||
      (rest.length <= 4 &&
        rest.every(
          (w) => opensWith(w.text, UPPER, LOWER) && !ORG_WORDS.has(w.text) && !PLACE_WORDS.has(w.text),
        )))
  )
    return j;
  for (let k = 4; k <= 5 && k < t.length - 1; k++)
    if (
      isCommonGivenName(t[k]!.text) &&
      t.slice(2, k).every((w) => !isCommonGivenName(w.text) && !CONNECTORS.has(w.text))
    )
      return k;
  return 0;
}

/** Whether `t[k]` starts a role: a title or role noun, or modifiers before one ("Deputy Prime Minister"). */
function isRoleAt(t: Token[], k: number): boolean {
  const word = t[k]?.text ?? "";
  if (TITLES.has(word) || ROLE_NOUNS.has(word)) return true;
  // "Co-developer Jane Roe", "Co-chair Jane Roe": a shared role or an agent's noun after "Co-".
  const shared = /^Co-([\p{Ll}]+)$/u.exec(word)?.[1];
  if (shared) {
    const role = shared.charAt(0).toUpperCase() + shared.slice(1);
    return TITLES.has(role) || ROLE_NOUNS.has(role) || /(?:er|or|ist)$/.test(shared);
  }
  // "Senators Jane Roe and …": a plural title before a given name.
  if (
    word.endsWith("s") &&
    PERSON_ROLES.has(word.slice(0, -1)) &&
    k + 1 < t.length &&
    personAfter(t.slice(k + 1))
  )
    return true;
  // "Natural Resources Minister", "Climate Change Secretary": a portfolio's words before a
  // minister's or a secretary's title.
  if (PORTFOLIO_WORDS.has(word)) {
    let j = k + 1;
    while (j < t.length && (PORTFOLIO_WORDS.has(t[j]!.text) || TITLE_MODIFIERS.has(t[j]!.text))) j++;
    if (MINISTERIAL_TITLES.has(t[j]?.text ?? "")) return true;
  }
  return TITLE_MODIFIERS.has(word) && k + 1 < t.length && isRoleAt(t, k + 1);
}

/** Whether `sentence` is a question. */
function asks(body: string, sentence: Sentence): boolean {
  return /\?["”’)]*\s*$/.test(body.slice(sentence.start, sentence.end));
}

/** The run without the words that open it but are no part of a name: sentence-initial words
 * capitalised only by position, leading function words, and titles (kept in `roles`). */
function leadingTrimmed(scan: SentenceScan, tokensIn: Token[], roles: string[]): Token[] {
  const { body, sentence } = scan;
  let t = tokensIn.slice();
  let roleEnd = -2;
  while (t.length > 0) {
    const first = t[0]!;
    // ("Lord & Taylor": a word joined by an ampersand is a word of the firm's name, title or not.)
    if (t.length >= 2 && body.slice(first.end, t[1]!.start) === " & ") break;
    // "Tan Sri Jo Roe", "Datuk Seri Jo Roe": an honour of two words (Malaysia's) is a role.
    if (
      t.length >= 3 &&
      TWO_WORD_HONOUR_OPENERS.has(first.text) &&
      TWO_WORD_HONOUR_SET.has(`${first.text} ${t[1]!.text}`)
    ) {
      roles.push(joined(t.slice(0, 2)));
      roleEnd = t[1]!.end;
      t = t.slice(2);
      continue;
    }
    const lower = first.text.toLowerCase().replace(/’/g, "'");
    const atStart = clauseInitial(body, sentence.start, first.start);
    // "The" after a quotation mark or a label opens a title ("The Force Awakens") as often as a
    // clause: only a sentence's first "The" is read as capitalised by position.
    // ("GENEVA — The …": after a dateline too.)
    const sentenceFirst =
      first.text === "The" &&
      ((first.start - sentence.start < 8 && /^[\s"'“‘«([]*$/.test(body.slice(sentence.start, first.start))) ||
        DATELINE_OPENING.exec(body.slice(sentence.start, first.start))?.[0].length ===
          first.start - sentence.start);
    // "The SDF said": "The" before an acronym is the article, not part of the name.
    const keepThe =
      first.text === "The" &&
      t.length >= 2 &&
      !(t.length === 2 && isAcronym(t[1]!.text) && lookup(joined(t)) === undefined) &&
      (lookup(joined(t)) !== undefined || (!sentenceFirst && first === tokensIn[0]));
    // "Press TV said": a sentence-initial word before an organisation's head word stays.
    // So does the plural of a body's head word before a longer body's name ("Universities
    // Employers Group", "Hospitals Trust Fund").
    // (Not a preposition fronted before a body: "Outside Parliament, campaigners …".)
    const headsOrg =
      atStart &&
      ORG_WORDS.has(t[t.length - 1]!.text) &&
      !FUNCTION_WORDS.has(lower) &&
      !PREPOSITIONS.test(lower) &&
      (t.length === 2 || (t.length <= 4 && pluralOfOrgWord(first.text)));
    // "Will Roe, a lawyer, said": "Will" opening a sentence that asks nothing is a given name
    // ("Will Roe win?" asks).
    const givenWill = first.text === "Will" && t.length === 2 && !asks(body, sentence);
    // "His wife, June Haskins,", "April Dunmore agreed": a month that is also a given name, before a
    // word no list knows, is the given name where no preposition, article or word of time stands
    // before it ("In June Congress voted", "a June Trump rally") and no deity follows ("May God").
    const givenMonth =
      /^(?:April|May|June|August)$/.test(first.text) &&
      t.length >= 2 &&
      lookup(t[1]!.text) === undefined &&
      !FUNCTION_WORDS.has(t[1]!.text.toLowerCase()) &&
      !DEITIES.has(t[1]!.text) &&
      !TIME_BEFORE_MONTH.test(body.slice(Math.max(0, first.start - 16), first.start));
    // ("Under Secretary Jane Roe": "Under" opens the title.)
    const underTitle = first.text === "Under" && t[1]?.text === "Secretary";
    const dropCommon =
      ((atStart && !headsOrg) || FUNCTION_WORDS.has(lower)) && !givenWill && !givenMonth && !underTitle;
    const ofPhrase =
      t.length > 3 &&
      TITLES.has(first.text) &&
      (/^(?:of|for|Of|For)$/.test(t[1]!.text) || (t[1]!.text === "to" && ENVOY_TITLES.test(first.text)))
        ? titleOfPhrase(t)
        : 0;
    if (ofPhrase > 0) {
      // "Chief of Staff Jane Roe", "Director of National Intelligence Jane Roe", "Undersecretary for
      // Political Affairs Jane Roe": the title keeps its "of" or "for" phrase.
      if (first.start === roleEnd + 1) roles[roles.length - 1] += ` ${joined(t.slice(0, ofPhrase))}`;
      else roles.push(joined(t.slice(0, ofPhrase)));
      roleEnd = t[ofPhrase - 1]!.end;
      t = t.slice(ofPhrase);
    } else if (
      CONNECTORS.has(first.text) ||
      (!keepThe &&
        dropCommon &&
        (COMMON_WORDS.has(lower) ||
          SENTENCE_STARTERS.has(lower) ||
          (atStart && (pastSaying(lower) || ADVERB_SHAPE.test(first.text))) ||
          // ("Rival Samsung cut its price": a word news writes in lower case, opening the sentence
          // before a known name.)
          (atStart &&
            LOWERCASE_WORDS.has(lower) &&
            t.length > 1 &&
            lookup(joined(t.slice(1))) !== undefined) ||
          // ("Objectors said …": a long plural of a noun of agents opening the sentence alone.)
          (atStart && t.length === 1 && PLURAL_AGENTS.test(first.text)) ||
          // ("Proroguing Parliament is …": a gerund opening the sentence is its verb's subject.)
          (atStart &&
            t.length > 1 &&
            GERUND.test(first.text) &&
            LOWERCASE_WORDS.has(lower) &&
            !lookup(first.text) &&
            !isGivenName(first.text) &&
            // (Not a town's name before a body's: "Reading Football Club".)
            !t.slice(1).some((w) => ORG_WORDS.has(w.text)))) &&
        !isAcronym(first.text) &&
        !opensKnownName(t) &&
        !(atStart && !FUNCTION_WORDS.has(lower) && namedMidSentence(body, t)) &&
        // ("Former President Jane Roe" opening a sentence: the word opens the role; so do a
        // portfolio's and a title's qualifier: "Housing Minister Jane Roe", "Public Safety
        // Minister Jane Roe".)
        !(TITLES.has(first.text) && t.length > 2 && isRoleAt(t, 1)) &&
        !(PORTFOLIO_WORDS.has(first.text) && isRoleAt(t, 0)) &&
        !(TITLE_MODIFIERS.has(first.text) && PORTFOLIO_WORDS.has(t[1]?.text ?? "") && isRoleAt(t, 1)))
    ) {
      // "CEO of Massey Energy": a title before "of" is someone's at the body, not the body's.
      // (Not "Secretary of Justice Jane Roe": a title after "of" goes on the role.)
      if (first.text === "of" && roles.length > 0 && !isRoleAt(t, 1)) roles.length = 0;
      t = t.slice(1);
    } else if (occupationBefore(t, scan.lowerWords)) {
      // ("Prime Minister" stays one role when the text also writes "minister" in lower case.)
      if (first.start === roleEnd + 1) roles[roles.length - 1] += ` ${first.text}`;
      else roles.push(first.text);
      roleEnd = first.end;
      t = t.slice(1);
    } else if (
      t.length >= 2 &&
      (/^[\p{Lu}][\p{Ll}]+(?:-[\p{Ll}]+)*-(?:year-old|of(?:-[\p{Ll}]+)+)$/u.test(first.text) ||
        (/^[\p{Lu}][\p{L}]*-[\p{Ll}]+(?:ing|ed|born)$/u.test(first.text) &&
          (isCommonGivenName(t[1]!.text) || t.length === 3)))
    ) {
      // "Fifteen-year-old Robert", "Mother-of-three Jo Roe", "Trump-loving Kanye West": an age, a
      // family or a hyphenated modifier before a name describes the person.
      roles.push(first.text);
      t = t.slice(1);
    } else if (t.length >= 2 && (hyphenatedTitle(first.text) || demonymNoun(first.text))) {
      // "Then-President Jo Roe", "Chancellor-designate Jo Roe": a title with its time joined to it;
      // "The Englishman Jo Roe": a people's noun of one person.
      roles.push(first.text);
      t = t.slice(1);
    } else if (PARTY_MEMBERS.has(first.text) && t.length >= 3 && isCommonGivenName(t[1]!.text)) {
      // "Democrat Jane Roe": a party before a given name is the person's affiliation, a role.
      roles.push(first.text);
      t = t.slice(1);
    } else if (
      t.length > 1 &&
      isRoleAt(t, 0) &&
      !(t.length === 2 && NAME_TITLES.has(first.text)) &&
      // ("The St. Louis Cardinals": "St." opens the name of a saint or of a place named after one.)
      first.text !== "St" &&
      // "Rep. Earl Roe": after a title, a title that is also a given name opens the name; so it
      // does where the text never writes it as a common noun ("Dean Baker", no "the dean").
      // ("Gov. Earl Ray Tomblin": after a title, with any number of names after it.)
      !(
        isCommonGivenName(first.text) &&
        (roles.length > 0 ||
          titleBefore(body, first.start) ||
          (t.length === 2 && !scan.lowerWords.has(lower)))
      ) &&
      !namesInstitution(t)
    ) {
      // A plural title ("Senators") is each person's title in the singular.
      const plural =
        first.text.endsWith("s") &&
        !TITLES.has(first.text) &&
        !ROLE_NOUNS.has(first.text) &&
        !TITLE_MODIFIERS.has(first.text) &&
        !PORTFOLIO_WORDS.has(first.text);
      const role = plural ? first.text.slice(0, -1) : first.text;
      // "Prime Minister", "Lieutenant Governor": adjacent role words are one role, kept whole;
      // a courtesy title ("Dr.") stands apart.
      if (first.start === roleEnd + 1 && !COURTESY.test(role) && !COURTESY.test(roles[roles.length - 1]!))
        roles[roles.length - 1] += ` ${role}`;
      else roles.push(role);
      roleEnd = first.end;
      t = t.slice(1);
    } else if (
      atStart &&
      !(keepThe && !sentenceFirst) &&
      !headsOrg &&
      // ("Pope Francis said" opening a sentence stays whole where the text also writes "the pope".)
      !(t.length === 2 && NAME_TITLES.has(first.text)) &&
      scan.lowerWords.has(lower) &&
      !isCommonGivenName(first.text) &&
      !lookup(first.text) &&
      !opensKnownName(t) &&
      !namedOnlyWhole(body, t)
    ) {
      t = t.slice(1);
    } else if (atStart && wordBeforeName(body, t)) {
      if (wordBeforeName(body, t) === "role") roles.push(first.text);
      t = t.slice(1);
    } else if (atStart && t.length >= 2 && kindOfBusinessBefore(t)) {
      // "Carmaker Vorla Motors said", "Retailer Tesco said": the kind of business opening the
      // sentence before its name is no word of that name.
      t = t.slice(1);
    } else if (atStart && /^(?:Former|Then)$/.test(first.text) && t.length >= 2 && !isRoleAt(t, 1)) {
      // "Former Rovers captain Jo Roe": "former" opening the sentence before a body's name
      // qualifies the lower-case role after it, no part of the name.
      t = t.slice(1);
    } else break;
  }
  return t;
}

/** "Climate Action Network said", where the text also writes "climate": a body's name of three
 * words or more opening the sentence keeps its first word when the rest is never written without
 * it (a word of the name, not one capitalised by its place). */
function namedOnlyWhole(body: string, t: Token[]): boolean {
  const first = t[0]!.text;
  if (
    t.length < 3 ||
    !ORG_WORDS.has(t[t.length - 1]!.text) ||
    !/^[\p{Lu}][\p{Ll}]+$/u.test(first) ||
    COMMON_WORDS.has(first.toLowerCase())
  )
    return false;
  const rest = joined(t.slice(1));
  const whole = `${first} ${rest}`;
  for (let at = body.indexOf(rest); at >= 0; at = body.indexOf(rest, at + rest.length))
    if (body.slice(Math.max(0, at - first.length - 1), at + rest.length) !== whole) return false;
  return true;
}

/** A preposition, an article or a word of time right before a month ("in ", "a ", "early "). */
const TIME_BEFORE_MONTH =
  /\b(?:in|on|since|by|until|till|from|through|during|of|last|next|this|early|late|mid|before|after|between|to|a|an|the)\s+$/i;

/** Whether `word` is the plural of a body's head word ("Universities", "Hospitals"). */
const pluralOfOrgWord = (word: string): boolean =>
  /s$/.test(word) &&
  [word.replace(/ies$/, "y"), word.replace(/es$/, ""), word.slice(0, -1)].some(
    (singular) => singular !== word && ORG_WORDS.has(singular),
  );

/** Whether the run opens on a lower-case noun for a kind of business ("Carmaker", "Retailer"; not
 * a body's own head word, "Club Atlético", "Network Rail") before a name. */
function kindOfBusinessBefore(t: Token[]): boolean {
  const first = t[0]!.text;
  const lower = first.toLowerCase();
  if (!(ORG_APPOSITION.has(lower) || BUSINESS_KINDS.has(lower)) || ORG_WORDS.has(first)) return false;
  if (opensKnownName(t)) return false;
  // (Of two words, not where the second is an English word: "Band Aid", "Chain Reaction".)
  return t.length >= 3 || lookup(t[1]!.text) !== undefined || !LOWERCASE_WORDS.has(t[1]!.text.toLowerCase());
}

/** Kinds of business that news writes before a company's name, beside `ORG_APPOSITION`'s. */
const BUSINESS_KINDS: ReadonlySet<string> = new Set(
  "developer housebuilder drugmaker chipmaker miner operator".split(" "),
);

/** Courtesy titles, which go with any role rather than forming one ("Dr.", "Mrs"). */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Hon)\.?$/;

/** Whether a title ("Rep.", "Sen", "Governor") stands right before offset `at`. */
function titleBefore(body: string, at: number): boolean {
  const word = /([\p{Lu}][\p{L}-]*)\.?\s+$/u.exec(body.slice(Math.max(0, at - 24), at))?.[1];
  return word !== undefined && (TITLES.has(word) || TITLES.has(`${word}.`));
}

/** "Stated Roe:", "Continued Roe": a past verb of saying opening the sentence is no part of the
 * name after it. */
const pastSaying = (lower: string): boolean =>
  REPORTING_VERBS.has(lower) && (lower.endsWith("ed") || lower === "said" || lower === "wrote");

/** "Immunologist Jane Roe", "Evacuee Tom Doe": a word of occupation (in -ist, -ian, -er, -or or -ee,
 * not a given name such as "Trevor") before a given name and a surname is the person's role, not
 * part of the name. */
function occupationBefore(t: Token[], lowerWords: ReadonlySet<string>): boolean {
  if (t.length < 3) return false;
  const word = t[0]!.text;
  // ("Wherever Jane Roe goes": not "-ever", a conjunction.)
  // ("Fisherman Dai Trevena", "Driver Ffion Hughes": so is a known noun of person.)
  // (Only a singular noun, before a given name and a family name no list knows: not "Queen
  // Victoria Market", "Fan Expo Canada".)
  const known =
    PERSON_NOUNS.has(word.toLowerCase()) &&
    !/(?:s|men)$/.test(word) &&
    t.length === 3 &&
    t.slice(1).every((tok) => !lookup(tok.text) && !ORG_WORDS.has(tok.text) && !PLACE_WORDS.has(tok.text));
  if ((!OCCUPATION.test(word) && !known) || /ever$/.test(word) || isCommonGivenName(word) || lookup(word))
    return false;
  // An "-er"/"-or" word is a given name as often ("Trevor", "Spencer"), unless the text also writes
  // it in lower case, it is as long as a compound ("Moderator", "Whistleblower") or a given name
  // and one surname follow it ("Fiddler Jane Roe": no name has a word before its given name).
  if (
    !/(?:ist|ian)$/.test(word) &&
    !known &&
    !lowerWords.has(word.toLowerCase()) &&
    word.length < 9 &&
    !(t.length === 3 && isCommonGivenName(t[1]!.text))
  )
    return false;
  if (ORG_WORDS.has(word) || PLACE_WORDS.has(word)) return false;
  // Before a given name; an "-ist" word before any name, being no name itself ("Immunologist
  // Kristian Andersen", "Violinist Brigit O'Regan").
  // (Not a faith or a people after it: "Islamist Muslim Brotherhood" is a body.)
  // So is a known noun of person ("Podcaster Tavi Roe").
  if (
    !isCommonGivenName(t[1]!.text) &&
    (!(/ist$/.test(word) || PERSON_NOUNS.has(word.toLowerCase())) ||
      GROUP_WORDS.has(t[1]!.text) ||
      lookup(t[1]!.text))
  )
    return false;
  // (The name may run on into "of" and a body: "Immunologist Kristian Andersen of Scripps".)
  const connector = t.findIndex((tok) => CONNECTORS.has(tok.text));
  const name = t.slice(1, connector > 0 ? connector : t.length);
  // (A family name that is a place's word after a given name: "Evacuee Jenny Park".)
  return (
    name.length >= 2 &&
    name.every(
      (tok, k) =>
        plainNameWord(tok) ||
        (k === name.length - 1 &&
          isCommonGivenName(name[0]!.text) &&
          PLACE_WORDS.has(tok.text) &&
          !ORG_WORDS.has(tok.text)),
    )
  );
}

const OCCUPATION = /^[\p{Lu}][\p{Ll}-]{3,}(?:ist|er|or|ian|ee)$/u;

/** Whether the token is a people's adjective joined to "man" or "woman" ("Englishman"). */
function demonymNoun(text: string): boolean {
  const stem = /^([\p{Lu}][\p{Ll}]+?)(?:wo)?man$/u.exec(text)?.[1];
  return stem !== undefined && lookup(stem)?.form === "demonym";
}

/** Whether the token is a title with "then-", "ex-" or "former-" before it or "-designate",
 * "-elect" after it ("Then-President", "Chancellor-designate"). */
function hyphenatedTitle(text: string): boolean {
  const parts = /^(?:(?:Then|Ex|Former)-([\p{Lu}][\p{Ll}]+)|([\p{Lu}][\p{Ll}]+)-(?:designate|elect))$/u.exec(
    text,
  );
  return parts !== null && TITLES.has(parts[1] ?? parts[2]!);
}

/** The run without connectors and function words closing it (unless the whole is a known name). */
function trailingTrimmed(t: Token[]): Token[] {
  let out = t;
  while (out.length > 0 && !lookup(joined(out))) {
    const last = out[out.length - 1]!.text;
    const afterFirstName = out.length >= 2 && isCommonGivenName(out[out.length - 2]!.text);
    if (
      CONNECTORS.has(last) ||
      (FUNCTION_WORDS.has(last.toLowerCase()) && !isAcronym(last) && !afterFirstName)
    ) {
      out = out.slice(0, -1);
    } else break;
  }
  return out;
}

/** Function words and auxiliaries that only a headline in title case capitalises inside a name. */
const HEADLINE_WORDS: ReadonlySet<string> = new Set(
  "To From After Of In On At By Into About Over Is Are Was Were Has Have Had Just Gets Got Could Should Would Be Been Than As Up Out Off Down".split(
    " ",
  ),
);

/** Runs that name no actor, before "The Court" is cut to its head: products with a model code
 * ("Airbus A300s"), and laws, events, faiths and groups, shouting, time zones and codes. */
function namesNoActor(t: Token[], body: string): boolean {
  // "Airbus A300s", "Boeing 747-8": a model code ends the run; products are not actors.
  const lastWord = t[t.length - 1]!.text;
  if (t.length >= 2 && holds(lastWord, LETTER) && /\d/.test(lastWord)) return true;
  // "Jane Roe Just Got Some Bad News", "Board Of Election Finds": a headline in title case, its
  // function words and auxiliaries capitalised too, names no actor (bodies write "of" in lower
  // case, and keep "Without" and "For": "Doctors Without Borders").
  // ("Chief Of Staff Jane Roe": a title keeps its "Of".)
  if (
    t.length >= 4 &&
    t
      .slice(1, -1)
      .some((tok, k) => HEADLINE_WORDS.has(tok.text) && !(tok.text === "Of" && TITLES.has(t[k]!.text)))
  )
    return true;
  // "World War II", "Vatican Council II": an event's head before a regnal-style number.
  if (t.length >= 2 && /^[IVX]+$/.test(lastWord) && NON_ACTOR_HEADS.has(t[t.length - 2]!.text)) return true;
  // "Doris Day", "Jude Law": after a given name, a head word that is also a surname names a person.
  // Alone ("Law said"), when the text names someone with a given name and that surname.
  const surname =
    SURNAME_HEADS.has(lastWord) &&
    ((t.length === 2 && isCommonGivenName(t[0]!.text)) || (t.length === 1 && namedInFull(body, lastWord)));
  if (NON_ACTOR_HEADS.has(lastWord) && !lookup(joined(t)) && !surname) {
    // Unless the name's head is an organisation: "Institute of Allergy and Infectious Disease",
    // "Professor Jane Roe of Acme School of Law" (the last "of" closes the body's own name).
    const of = t.findLastIndex((tok) => tok.text === "of" || tok.text === "for");
    if (of < 0 || !t.slice(0, of).some((tok) => ORG_WORDS.has(tok.text)))
      return !(t.length >= 2 && ACTING_PROGRAMME_HEADS.has(lastWord) && actsSomewhere(body, joined(t)));
  }
  return false;
}

/** Heads of names that are a plan in one text ("the Apollo Program") and a body that runs one in
 * another ("the World Food Programme warned"). */
const ACTING_PROGRAMME_HEADS: ReadonlySet<string> = new Set([
  "Programme",
  "Program",
  "Project",
  "Initiative",
]);

/** Whether the text shows `name` acting as a body somewhere: speaking ("the Kessford Food
 * Programme said") or with someone speaking for it ("a Kessford Food Programme spokeswoman"). */
function actsSomewhere(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
    const next = /^(?:['’]s)?,?\s+([\p{Ll}]+)/u.exec(
      body.slice(at + name.length, at + name.length + 40),
    )?.[1];
    if (next && (SPEAKING_AS_BODY.test(next) || pastSaying(next) || next === "says")) return true;
  }
  return false;
}

/** Who speaks for a body, as written right after its name. */
const SPEAKING_AS_BODY =
  /^(?:spokesperson|spokesman|spokeswoman|director|chief|head|official|officials|executive|founder|president|chair|chairman|chairwoman)$/;

/** The last word of `text`, in lower-case ASCII letters, before its closing white space, or "" (a
 * scan back from the end: this runs at every run of capitalised words). */
function wordBefore(text: string): string {
  const end = text.length - 1;
  const space = text.charCodeAt(end);
  if (!(space === 0x20 || space === 0xa0 || space === 0x0a || space === 0x09)) return "";
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 0x61 && text.charCodeAt(start - 1) <= 0x7a) start--;
  return text.slice(start, end);
}

/** A word of naming closing the text before a name ("a movie called "). */
const NAMING_WORD = /(?:called|named|titled|entitled|dubbed)\s$/;

/** Runs that name no actor: a month, a named storm, group words, shouting, a capitalised common
 * word, a code, or only titles and roles. */
function isNoName(scan: SentenceScan, t: Token[]): boolean {
  const lastWord = t[t.length - 1]!.text;
  if (t.length === 1 && (MONTHS.has(lastWord) || DAYS_AND_NUMBERS.test(lastWord))) return true;
  // "Feb. 9", "on Sept. 11": a month's abbreviation before a day (not "Jan Roe").
  if (
    t.length === 1 &&
    MONTH_ABBREVIATIONS.test(lastWord) &&
    /^\.\s*\d/.test(scan.body.slice(t[0]!.end, t[0]!.end + 4))
  )
    return true;
  // "28° Celsius": a unit after a degree sign.
  if (/°\s?$/.test(scan.body.slice(Math.max(0, t[0]!.start - 2), t[0]!.start))) return true;
  // "Brexit", "the Olympics", "Ebola": an event or a disease named by one word is no actor.
  if (t.length === 1 && EVENT_NOUNS.has(lastWord)) return true;
  // "Hurricane Maria", "Typhoon Hagibis": named storms are events, not actors.
  // ("Category Two Hurricane Zeta": so after its category; not "Storm Prediction Center" or
  // "National Hurricane Center", bodies.)
  const beforeLast = t[t.length - 2]?.text ?? "";
  if (
    t.length >= 2 &&
    (STORM_WORDS.has(t[0]!.text) || (STORM_WORDS.has(beforeLast) && beforeLast !== "Tropical")) &&
    !ORG_WORDS.has(lastWord)
  )
    return true;
  // "Christmas Eve", "New Year's Eve": the eve of a holiday is a day.
  if (t.length >= 2 && lastWord === "Eve") return true;
  // "MV Alan Kurdi", "HMS Victory": a ship is a thing.
  if (t.length >= 2 && VESSEL_PREFIXES.has(t[0]!.text)) return true;
  // "the constellation Leo", "the album Blonde": a name after the noun for a thing names that thing.
  // (A noun may qualify it, "the television program Morning Joe", and "on" stand for the
  // determiner: "appeared on television show Morning Joe"; so may a word of naming after it: "a
  // movie called Harbor".)
  // (Or a possessor and a year: "Roe's 2021 single Glasshouse".)
  // (The pattern runs only where the word before the name, or before its word of naming, is such
  // a noun: it is tried at every run.)
  const lead = scan.body.slice(Math.max(0, t[0]!.start - 40), t[0]!.start);
  if (
    NAMED_THING_NOUNS.has(wordBefore(lead)) ||
    NAMED_THING_NOUNS.has(wordBefore(lead.replace(NAMING_WORD, "")))
  ) {
    const nounBefore =
      /(?:\b(?:the|a|an|its|their|his|her|on)|[\p{Lu}][\p{L}]*['’]s)\s+(?:[\p{Ll}\d-]+\s+)??([\p{Ll}]+)\s(?:(?:called|named|titled|entitled|dubbed)\s)?$/u.exec(
        lead,
      )?.[1];
    if (nounBefore && NAMED_THING_NOUNS.has(nounBefore)) return true;
  }
  // ("The company's flagship show, Glass Harbor, drew …", "A merchant ship, the Nordic Star,", "her
  // debut novel, The Salt Roads.": set off after that noun by a comma, closed by a comma or the
  // sentence's end, when no given name opens it.)
  const apposedTo =
    /^[,.;]/.test(scan.body[t[t.length - 1]!.end] ?? "") && !isGivenName(t[0]!.text)
      ? /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\p{L}]+['’]s)\s+(?:[\p{Ll}-]+\s+)??([\p{Ll}]+),\s(?:the\s)?$/u.exec(
          scan.body.slice(Math.max(0, t[0]!.start - 40), t[0]!.start),
        )?.[1]
      : undefined;
  if (apposedTo && NAMED_THING_NOUNS.has(apposedTo)) return true;
  // ("Quiet Harbour, a drama directed by Jo Roe," "Glass Hills, her second novel.": a name described
  // right after it as such a thing.)
  const describedAs =
    scan.body.charCodeAt(t[t.length - 1]!.end) === 0x2c &&
    /^,\s+(?:a|an|the|his|her|its|their)\s+(?:(?![\p{L}]*[^s\W]s\s)[\p{L}\d'’-]+\s+){0,3}?([\p{Ll}]+)(?=[,.;:]|\s+(?:by|directed|written|produced|starring|about|that|which|released|set|from|in|on|for|with)\b)/u.exec(
      scan.body.slice(t[t.length - 1]!.end, t[t.length - 1]!.end + 80),
    )?.[1];
  if (describedAs && NAMED_THING_NOUNS.has(describedAs)) return true;
  if (t.every((tok) => GROUP_WORDS.has(tok.text) || DEITIES.has(tok.text))) return true;
  // "American Muslims", "Jewish Republicans": people of a faith, an origin or a party, qualified
  // by another such word, are a group.
  if (
    t.length >= 2 &&
    lastWord.endsWith("s") &&
    (GROUP_WORDS.has(lastWord) || PARTY_MEMBERS.has(lastWord.slice(0, -1))) &&
    t.slice(0, -1).every((tok) => GROUP_WORDS.has(tok.text) || lookup(tok.text)?.form === "demonym")
  )
    return true;
  // Words in capitals are a heading's or a shout's, not a name ("BREAKING NEWS"), unless they open
  // a line as a dateline does ("NEW DELHI (Reuters) -", "KESSA CITY, Dec 3 -").
  if (
    t.length >= 2 &&
    t.every((tok) => tok.text === tok.text.toUpperCase()) &&
    !lookup(joined(t)) &&
    !opensDateline(scan.body, t)
  )
    return true;
  // A common word shouted in capitals ("BOOM", "WARNING", "CORRECTION"), no acronym: no name.
  if (
    t.length === 1 &&
    SHOUTED.test(lastWord) &&
    !lookup(lastWord) &&
    LOWERCASE_WORDS.has(lastWord.toLowerCase())
  )
    return true;
  // A capitalised common word ("ZERO", "Order"): the text uses it in lower case too; but not a
  // body's head word that ends a name the text gives in full ("the Times" of "The New York Times",
  // beside "good times").
  if (
    t.length === 1 &&
    !lookup(lastWord) &&
    scan.lowerWords.has(lastWord.toLowerCase().replace(/['’]$/, "")) &&
    !isCommonGivenName(lastWord) &&
    !(ORG_WORDS.has(lastWord) && endsAName(scan.body, lastWord))
  )
    return true;
  if (
    t.length === 1 &&
    (NON_ENTITY_ACRONYMS.has(lastWord) ||
      phraseAcronyms(scan.body).has(lastWord) ||
      NON_ENTITY_ACRONYMS.has(lastWord.replace(/^([\p{Lu}]{2,})s$/u, "$1")) ||
      /\d/.test(lastWord) ||
      ROMAN_NUMERAL.test(lastWord))
  )
    return true;
  // "Middle Eastern", "South Western": a region's adjective names no one ("Western Union" is known).
  if (/^(?:Eastern|Western|Northern|Southern)$/.test(lastWord) && !lookup(joined(t))) return true;
  // "Republican US" (cut from "Republican US Senator Jane Roe"), "Democratic Iowa": a party's
  // adjective before a place describes an office or an event there, no actor.
  if (
    t.length >= 2 &&
    /^(?:Republican|Democratic|Democrat|Conservative|Liberal|Labour|Labor)$/.test(t[0]!.text) &&
    lookup(joined(t.slice(1)))?.type === "place" &&
    !lookup(joined(t))
  )
    return true;
  // "Dean", "Shah" alone: a title that is also a common surname is that surname when the text
  // names someone with a given name and it ("Linda Dean").
  if (t.length === 1 && SURNAME_TITLES.has(lastWord) && namedInFull(scan.body, lastWord)) return false;
  // Only titles and roles, unless the words are a known name of two or more words ("Labour
  // Party"), a party's name or adjective ("Democratic", "Labour": the party's, as the gazetteer
  // knows them), or end on a body's head word ("Liberal Party", "Federal Police").
  if (
    !(t.length >= 2 && (lookup(joined(t)) || (ORG_WORDS.has(lastWord) && !COUNT_WORD.test(t[0]!.text)))) &&
    !(t.length === 1 && lookup(lastWord)?.type === "org") &&
    t.every(
      (tok) =>
        TITLES.has(tok.text) ||
        ROLE_NOUNS.has(tok.text) ||
        TITLE_MODIFIERS.has(tok.text) ||
        SENTENCE_STARTERS.has(tok.text.toLowerCase()) ||
        // "Congressional", "Special Presidential": adjectives of offices, left when a title is cut.
        OFFICE_ADJECTIVE.test(tok.text),
    )
  )
    return true;
  if (t.length === 1 && !lookup(t[0]!.text)) {
    const word = t[0]!.text;
    const singular = word.endsWith("s") ? word.slice(0, -1) : word;
    if (TITLES.has(word) || ROLE_NOUNS.has(word) || isPluralTitle(singular) || ROLE_NOUNS.has(singular))
      return true;
  }
  return false;
}

/** A long plural of a noun of agents ("Objectors", "Campaigners", "Economists"); surnames so
 * shaped are shorter ("Saunders", "Connors"). */
const PLURAL_AGENTS = /^[\p{Lu}][\p{Ll}]{5,}(?:ers|ors|ists)$/u;

/** A lower-case noun for an award right after a run of capitalised words. */
const AWARD_AFTER = /^\s(?:award|prize|medal|trophy|scholarship|fellowship)s?\b/;

/** Prepositions other than the function words, which may open a sentence before a body's name. */
const PREPOSITIONS =
  /^(?:outside|inside|beyond|across|behind|beside|near|amid|despite|within|throughout|towards?|during|until|without|against|among|around|over|between|beneath)$/;

/** A number or a quantity opening a phrase ("Several Army units", "Two Navy ships"). */
const COUNT_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Dozens|Hundreds|Thousands|Several|Many|Some|All|Both|Most|Few)$/;

const OFFICE_ADJECTIVE = /^[\p{Lu}][\p{Ll}]+(?:ional|ential|orial|erial|atorial)$/u;

/** "Rebuking Jane Roe, the senator said", "Certainly Ronald Roe had", "Moderator Bret Roe asked",
 * "Debating Roe's record": a word that opens a clause before a person's full name, or before a
 * surname the text gives in full and a comma, a possessive or a lower-case word, is no part of
 * the name when it is a verb in -ing or a word news writes in lower case: a "role" when it is a
 * noun of one person, else a "word" to drop; null when it may open the name. */
function wordBeforeName(body: string, t: Token[]): "role" | "word" | null {
  const first = t[0]!.text;
  const lower = first.toLowerCase();
  const gerund = /^[\p{Lu}][\p{Ll}]{3,}ing$/u.test(first);
  if (
    t.length < 2 ||
    !(gerund || LOWERCASE_WORDS.has(lower) || PERSON_NOUNS.has(lower)) ||
    !opensWith(first, UPPER, LOWER)
  )
    return null;
  if (isCommonGivenName(first) || lookup(first) || ORG_WORDS.has(first) || PLACE_WORDS.has(first))
    return null;
  if (opensKnownName(t)) return null;
  const named =
    t.length === 3
      ? isCommonGivenName(t[1]!.text) && plainNameWord(t[2]!)
      : t.length === 2 &&
        /^(?:,|['’]s\b|\s[\p{Ll}])/u.test(body.slice(t[1]!.end, t[1]!.end + 3)) &&
        namedInFull(body, t[1]!.text);
  if (!named) return null;
  // (A plural, "Liberals Jane Roe and Ann Doe", describes a group the person is one of.)
  return PERSON_NOUNS.has(lower) && !/(?:[^s]s|ies)$/.test(lower) ? "role" : "word";
}

/** Whether `body` names a person by a given name and `surname` ("Steven Law"). One scan of the
 * body collects every word that follows a given name, so any number of questions stays linear. */
function namedInFull(body: string, surname: string): boolean {
  if (body !== fullNames.body) {
    const surnames = new Set<string>();
    for (const m of body.matchAll(/([\p{Lu}][\p{Ll}]+)\s+(?=([\p{Lu}][\p{L}]*))/gu))
      if (isCommonGivenName(m[1]!)) surnames.add(m[2]!);
    fullNames = { body, surnames };
  }
  return fullNames.surnames.has(surname);
}
let fullNames: { body: string; surnames: ReadonlySet<string> } = { body: "", surnames: new Set() };

/** Heads of events and laws that are also common surnames. */
const SURNAME_HEADS: ReadonlySet<string> = new Set(["Day", "Law", "Battle"]);

/** A capitalised word that is no institution's or place's head ("Roe", not "Court", "Street"). */
const plainNameWord = (tok: Token): boolean =>
  (opensWith(tok.text, UPPER, LOWER) || /^[OD]['’][\p{Lu}][\p{Ll}]/u.test(tok.text)) &&
  !ORG_WORDS.has(tok.text) &&
  !PLACE_WORDS.has(tok.text);

/** Whether `nick` is a nickname quoted between a given name and the next word of a name. */
function isNickname(body: string, given: Token, nick: Token, next: Token): boolean {
  return (
    body.charCodeAt(given.end) === 0x20 &&
    /^\s["“]$/.test(body.slice(given.end, nick.start)) &&
    /^["”]\s$/.test(body.slice(nick.end, next.start)) &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(nick.text) &&
    /^[\p{Lu}][\p{L}'’-]+$/u.test(next.text) &&
    isGivenName(given.text)
  );
}

/** Where a "Chief <one or two words> Officer" title sits in `t` ("Chief Technology Officer"), as
 * [first, past-last] token indexes, or null. */
function chiefOfficer(t: Token[]): [number, number] | null {
  const from = t.findIndex((tok) => tok.text === "Chief");
  if (from < 0) return null;
  for (const width of [3, 4]) {
    const to = from + width;
    // ("Chief Executive Officer of Acme Jane Roe": with a person after it, the "of" phrase is read
    // with the title; "the Chief Technology Officer of Red Hat said" names the body alone.)
    if (t[to - 1]?.text !== "Officer") continue;
    if (t[to]?.text === "of" && t.slice(to + 1).some((tok) => isCommonGivenName(tok.text))) return null;
    const inner = t.slice(from + 1, to - 1);
    if (inner.every((tok) => isCapitalised(tok.text) && !isCommonGivenName(tok.text))) return [from, to];
  }
  return null;
}

/** Cuts a run of capitalised words into names (with the roles and titles around them). */
function emitRun(scan: SentenceScan, tokensIn: Token[], possessive: boolean, given: string[] = []): void {
  // "Red Hat Chief Technology Officer Chris Wright": a "Chief … Officer" title is one role,
  // between the body it serves and the person who holds it.
  const chief = chiefOfficer(tokensIn);
  if (chief) {
    const [from, to] = chief;
    if (from > 0) emitRun(scan, tokensIn.slice(0, from), false);
    if (to < tokensIn.length)
      emitRun(scan, tokensIn.slice(to), possessive, [joined(tokensIn.slice(from, to))]);
    return;
  }
  const roles: string[] = [...given];
  // Drop sentence-initial words that are capitalised only by position, and leading function words.
  const led = withoutCaptionLabel(scan.body, leadingTrimmed(scan, tokensIn, roles));
  // "Super Tuesday", "Black Friday": a word that names no one, before a weekday, names a day.
  if (led.length === 2 && WEEKDAYS.test(led[1]!.text)) {
    const first = led[0]!.text;
    if (!lookup(first) && !isCommonGivenName(first) && !namedInFull(scan.body, first)) return;
  }
  let t = trailingTrimmed(led);
  if (t.length === 0) return;
  // "Prosecutor Kama Melly QC", "Jane Roe MP": letters after a person's name are a role.
  if (
    t.length >= 3 &&
    POSTNOMINAL_SET.has(t[t.length - 1]!.text) &&
    (roles.length > 0 || isCommonGivenName(t[0]!.text))
  ) {
    roles.push(t[t.length - 1]!.text);
    t = t.slice(0, -1);
  }
  // "the National Young Scientist award", "a Jane Roe prize": words between an article and a
  // lower-case noun for an award name the award, whoever or whatever they name (not a body's:
  // "the Kessa Trust prize"; not a verb: "Wyoming award delegates").
  const lastToken = t[t.length - 1]!;
  if (
    AWARD_AFTER.test(scan.body.slice(lastToken.end, lastToken.end + 14)) &&
    /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(scan.body.slice(Math.max(0, t[0]!.start - 5), t[0]!.start)) &&
    !ORG_WORDS.has(lastToken.text)
  )
    return;
  // "Republican Senate Majority Leader", "Republican Representatives": a title closing the run
  // is a role, not part of a name (but "Department of Justice", "The Hollywood Reporter" keep it).
  const trimmed = trimTrailingRoles(t);
  if (trimmed !== t) {
    if (trimmed.length > 0) emitRun(scan, trimmed, false);
    return;
  }
  if (namesNoActor(t, scan.body)) return;
  // "The Court", "the Ministry": the generic head of a name used before; merged later.
  const lastWord = t[t.length - 1]!.text;
  if (
    t.length === 2 &&
    t[0]!.text === "The" &&
    (ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord)) &&
    !lookup(joined(t))
  ) {
    t = t.slice(1);
  }
  if (isNoName(scan, t)) return;
  if (!splitRun(scan, t, roles, possessive)) pushSpan(scan, t, roles, possessive);
}

const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A weekday or weekdays ("on Fridays") and a number in words opening a sentence ("Ninety
 * agreed", "Seventy-five refused"): never a name on their own. */
const DAYS_AND_NUMBERS =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|Eleven|Twelve|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|Hundreds?|Thousands?|Millions?|Dozens)$/;

/** Whether `body` holds `name` not followed by `next` ("Jane Roe grilled" beside "Jane Roe Hammers"). */
function writtenWithout(body: string, name: string, next: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1))
    if (!body.startsWith(` ${next}`, at + name.length)) return true;
  return false;
}

/** Whether `body` holds `name` as a word of its own with another word than `before` (or none) before
 * it ("Jane Roe, the chair, said" beside "the Acme Federation Jane Roe"). */
function writtenAfterOther(body: string, name: string, before: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(body[at + name.length] ?? ""))
      continue;
    if (!body.slice(0, at).trimEnd().endsWith(before)) return true;
  }
  return false;
}

/** A word of four or more letters all in capitals ("BOOM", "PENCE"). */
export const SHOUTED = /^[\p{Lu}]{4,}$/u;

/** Whether `body` writes `word` right after a capitalised word, as the end of a longer name. */
function endsAName(body: string, word: string): boolean {
  for (let at = body.indexOf(` ${word}`); at > 0; at = body.indexOf(` ${word}`, at + 1)) {
    const end = at + 1 + word.length;
    if (/[\p{L}]/u.test(body[end] ?? "")) continue;
    const before = /([\p{L}.'’&-]+)$/u.exec(body.slice(Math.max(0, at - 30), at))?.[1] ?? "";
    if (/^[\p{Lu}]/u.test(before)) return true;
  }
  return false;
}

/** "Vorla CEO Jo Roe", "Kessa Attorney General Jo Roe": one word no list knows before a title is
 * whom or where the title is held, when it is no common word and it stands inside a sentence here
 * or elsewhere in the text (not "Embattled CEO Jo Roe" opening one). */
function affiliationBefore(scan: SentenceScan, head: Token[]): boolean {
  if (head.length !== 1) return false;
  const word = head[0]!.text;
  const lower = word.toLowerCase();
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(word) || TITLE_MODIFIERS.has(word) || PORTFOLIO_WORDS.has(word))
    return false;
  if (
    COMMON_WORDS.has(lower) ||
    LOWERCASE_WORDS.has(lower) ||
    scan.lowerWords.has(lower) ||
    isCommonGivenName(word)
  )
    return false;
  if (!clauseInitial(scan.body, scan.sentence.start, head[0]!.start)) return true;
  return new RegExp(`[\\p{Ll},] ${word}\\b`, "u").test(scan.body);
}

/** Splits a run holding more than one name, emitting the parts; false when it is one name. */
function splitRun(scan: SentenceScan, t: Token[], roles: string[], possessive: boolean): boolean {
  // "Jo Roe of the University of Dunmore", "Tom Poe of Georgia", "John C. Roe of Acme
  // University": a person (a middle initial inside), then where from.
  const of = t.findIndex((tok) => tok.text === "of");
  if (of >= 2 && of <= 4) {
    const head = t.slice(0, of);
    // Not "Presidential Medal of Freedom": an award's head before "of" is no person.
    // (A family name may be a place's word after a given name: "Ellen Marsh of Acme University".)
    if (
      head.every(
        (tok, k) =>
          plainNameWord(tok) ||
          (k > 0 && k < of - 1 && /^[\p{Lu}]\.?$/u.test(tok.text)) ||
          (k === of - 1 && isGivenName(head[0]!.text) && PLACE_WORDS.has(tok.text)),
      ) &&
      !lookup(joined(head)) &&
      !NON_ACTOR_HEADS.has(head[head.length - 1]!.text) &&
      !membersOfCountry(
        head,
        t.slice(of + 1).map((tok) => tok.text),
      ) &&
      // Not "Kessford Friends of the Earth": a group of friends is named for what they befriend.
      head[head.length - 1]!.text !== "Friends" &&
      // Not "Montana Secretary of State Jane Roe" nor "the Montana Secretary of State": a title
      // and its "of" phrase (but "Jane Bishop of Acme": a title that is also a surname).
      !(
        TITLES.has(head[head.length - 1]!.text) &&
        ((of + 2 < t.length && personAfter(t.slice(of + 2))) ||
          !SURNAME_TITLES.has(head[head.length - 1]!.text))
      )
    ) {
      pushSpan(scan, head, roles, false);
      emitRun(scan, t.slice(of + 1), possessive);
      return true;
    }
  }
  // "the Jane Roe Supreme Court hearing", "former Jane Roe White House aide": a person's name
  // glued before a known body's name is two names.
  if (t.length >= 3 && isGivenName(t[0]!.text) && !lookup(joined(t))) {
    for (let k = 2; k <= 3 && k < t.length; k++) {
      if (!plainNameWord(t[k - 1]!)) break;
      // (Three words only where the text never writes the first two without the third: not the
      // headline's "Jane Roe Hammers Acme Bank" beside "Jane Roe grilled …".)
      if (k === 3 && writtenWithout(scan.body, joined(t.slice(0, 2)), t[2]!.text)) break;
      for (let n = Math.min(MAX_ENTRY_WORDS, t.length - k); n >= 1; n--) {
        if (lookup(joined(t.slice(k, k + n)))?.type !== "org" || lookup(joined(t.slice(0, k + n)))) continue;
        pushSpan(scan, t.slice(0, k), roles, false);
        emitRun(scan, t.slice(k), possessive);
        return true;
      }
    }
  }
  // "European Facebook users": a continent's adjective before a known body's name says whose users,
  // no part of the body's name ("European Union", known whole, stays).
  if (
    t.length >= 2 &&
    CONTINENT_ADJECTIVES.test(t[0]!.text) &&
    lookup(joined(t.slice(1)))?.type === "org" &&
    !lookup(joined(t))
  ) {
    emitRun(scan, t.slice(1), possessive);
    return true;
  }
  // A known name glued before a title or a name: "Russian President X", "Senate Minority Leader X".
  if (t.length >= 2) {
    for (let n = Math.min(MAX_ENTRY_WORDS, t.length - 1); n >= 1; n--) {
      const head = t.slice(0, n);
      const entry = lookup(joined(head));
      if (!entry) continue;
      const rest = t.slice(n);
      const restFirst = rest[0]!.text;
      // ("Carlow General Hospital": a title opening a body's or a place's name is its word;
      // but a country's body the list knows still splits off its country.)
      if (
        TITLES.has(restFirst) &&
        namesInstitution(rest) &&
        !(COUNTRY_NAMES.has(entry.canonical) && lookup(joined(rest)))
      )
        continue;
      // ("Minnesota Student Association", "Reef Marine Park Authority": a role's word opening a
      // body's name after a place is that body's word.)
      const body =
        rest.length >= 2 &&
        rest.length <= 4 &&
        ORG_WORDS.has(rest[rest.length - 1]!.text) &&
        rest.every((tok) => opensWith(tok.text, UPPER) && !isCommonGivenName(tok.text));
      if (
        (TITLES.has(restFirst) && !body) ||
        (ROLE_NOUNS.has(restFirst) && !body) ||
        (TITLE_MODIFIERS.has(restFirst) &&
          rest.length > 1 &&
          !body &&
          (TITLES.has(rest[1]!.text) || ROLE_NOUNS.has(rest[1]!.text))) ||
        (PORTFOLIO_WORDS.has(restFirst) && isRoleAt(rest, 0)) ||
        // ("Victoria Park": a place's head word after a place is part of its name, even one that
        // is also a name, "Park".)
        (isCommonGivenName(restFirst) && !(rest.length === 1 && PLACE_WORDS.has(restFirst))) ||
        // ("a Republican Senate": a party's adjective before a legislature is the party, then the
        // legislature.)
        (entry.type === "org" &&
          /\bParty$/.test(entry.canonical) &&
          rest.length === 1 &&
          LEGISLATURES.has(restFirst)) ||
        // ("Republican Spearman": the surname of someone the text names in full.)
        (entry.type === "org" &&
          rest.length === 1 &&
          plainNameWord(rest[0]!) &&
          namedInFull(scan.body, restFirst)) ||
        (rest.length >= 2 &&
          rest.length <= 3 &&
          // ("Nepal Red Cross": a place before a body the list knows by common words is that
          // place's own body, not the place and the body.)
          !(entry.type === "place" && lookup(joined(rest))?.type === "org") &&
          rest.every(
            (tok) =>
              /^[\p{Lu}][\p{Ll}]+$/u.test(tok.text) && !ORG_WORDS.has(tok.text) && !PLACE_WORDS.has(tok.text),
          ))
      ) {
        pushSpan(scan, head, [], false);
        emitRun(scan, rest, possessive);
        return true;
      }
      break;
    }
  }
  // "Incumbent President Donald Trump": a title inside the run; the person's name follows it.
  for (let k = t.length - 2; k >= 1 && k >= t.length - 4; k--) {
    // "Chief of Staff Jane Roe", "Minister of Finance John Doe": a title with its "of" phrase.
    const ofTitle =
      k >= 2 && t[k - 1]!.text === "of" && TITLES.has(t[k - 2]!.text) && personAfter(t.slice(k + 1));
    if ((!ofTitle && !TITLES.has(t[k]!.text) && !ROLE_NOUNS.has(t[k]!.text)) || t[k]!.text === "St") continue;
    const rest = t.slice(k + 1);
    // "Martin Luther King Jr.": a title before a generational suffix alone is the surname.
    if (rest.length === 1 && GENERATIONAL.test(rest[0]!.text)) continue;
    // "Assistant U.S. Attorney Jo B. Vale": a middle initial stays in the name.
    // "CBC Chairman G.K. Butterfield": initials may open the name too; "Mayor Don Guardian": after
    // a given name, a family name that is also a body's or a place's word.
    const givenAndFamily =
      rest.length === 2 && isGivenName(rest[0]!.text) && /^[\p{Lu}][\p{Ll}]+$/u.test(rest[1]!.text);
    if (
      givenAndFamily ||
      rest.every((tok, i) => plainNameWord(tok) || (i < rest.length - 1 && initials(tok.text)))
    ) {
      // "Indian Prime Minister X": the words that open the title are part of the role, kept whole.
      let j = ofTitle ? k - 2 : k;
      // ("Assistant U.S. Attorney X", "Deputy British Ambassador X": a country inside the title
      // is the role's word, and an actor of its own.)
      let country: Token | null = null;
      const opensRole = (tok: Token): boolean => ROLE_OPENERS.has(tok.text) && !lookup(tok.text);
      while (j >= 1) {
        if (opensRole(t[j - 1]!)) j--;
        else if (!country && j >= 2 && lookup(t[j - 1]!.text)?.type === "place" && opensRole(t[j - 2]!))
          country = t[--j]!;
        else break;
      }
      // ("County Executive Jo Roe", "State Senator Jo Roe": a level of government opening the run
      // is the role's; after a place's name it ends that name, "Dunmore County Sheriff Jo Roe".)
      if (j === 1 && /^(?:County|State|City|Town|Borough|Municipal|Provincial)$/.test(t[0]!.text)) j = 0;
      const head = t.slice(0, j);
      // ("NOAA Administrator X": an acronym before the title names the body it is held in;
      // "Kessford Mayor X": a name before a town's or a state's office, the place.)
      if (
        head.some((tok) => lookup(tok.text) || ORG_WORDS.has(tok.text) || isAcronym(tok.text)) ||
        (head.length > 0 && LOCAL_OFFICE.test(t[k]!.text)) ||
        affiliationBefore(scan, head)
      )
        emitRun(scan, head, false);
      if (country) pushSpan(scan, [country], [], false);
      pushSpan(scan, rest, [...roles, joined(t.slice(j, k + 1))], possessive);
      return true;
    }
  }
  // "United Nations Nikki Haley": an organisation or place name, then a person's name: one opening
  // on a known given name, or one the text writes elsewhere without the body's name before it.
  for (let k = t.length - 2; k >= 1 && k >= t.length - 3; k--) {
    const tail = t.slice(k);
    if (
      !isCommonGivenName(t[k]!.text) &&
      !(
        tail.every(plainNameWord) &&
        !lookup(joined(tail)) &&
        ORG_WORDS.has(t[k - 1]!.text) &&
        writtenAfterOther(scan.body, joined(tail), t[k - 1]!.text)
      )
    )
      continue;
    const head = t.slice(0, k);
    // ("Fort Sam Houston", "Lake Charles": a word that opens places' names names nothing alone;
    // it opens a place named after someone.)
    if (k === 1 && PLACE_OPENERS.has(head[0]!.text)) continue;
    if (head.some((tok) => ORG_WORDS.has(tok.text) || PLACE_WORDS.has(tok.text)) || lookup(joined(head))) {
      // ("Acme Hospital and Jane Roe": the connector that joined them ends neither name.)
      pushSpan(scan, trailingTrimmed(head), [], false);
      pushSpan(scan, t.slice(k), roles, possessive);
      return true;
    }
  }
  return false;
}

/** Words that open places' names ("Fort Worth", "Mount Kenya"), never a place alone. */
const PLACE_OPENERS: ReadonlySet<string> = new Set([
  "Fort",
  "Mount",
  "Lake",
  "Port",
  "Cape",
  "Camp",
  "Point",
]);

/** One initial or dotted initials ("C", "G.K."), not a known name ("U.S."): a given name written short. */
const initials = (word: string): boolean =>
  isInitial(word) || (/^(?:\p{Lu}\.){2,3}$/u.test(word) && !lookup(word));

/** "attended by former Prime Minister Jo Roe": the first role with "former", "then" or "acting"
 * written in lower case right before it (a capitalised "Former" is a role word already). */
function withTimeBefore(body: string, nameStart: number, roles: string[]): string[] {
  if (roles.length === 0) return roles;
  const lead = body.slice(Math.max(0, nameStart - 80), nameStart);
  const at = lead.lastIndexOf(` ${roles[0]} `);
  const time = at >= 0 ? /(?:^|\s)(former|then|acting)$/.exec(lead.slice(0, at))?.[1] : undefined;
  return time ? [`${time} ${roles[0]}`, ...roles.slice(1)] : roles;
}

/** Adds the name spanning the tokens `t` to the sentence's spans. */
function pushSpan(scan: SentenceScan, t: Token[], roles: string[], possessive: boolean): void {
  const { body, sentence } = scan;
  const first = t[0]!;
  let last = t[t.length - 1]!;
  // "American Samoans'": a plural possessive of a known name.
  if (/['’]$/.test(last.text) && lookup(body.slice(first.start, last.end - 1))) {
    last = { text: last.text.slice(0, -1), start: last.start, end: last.end - 1 };
  }
  // "Jr." keeps its full stop; alone it names no one.
  if (GENERATIONAL.test(last.text)) {
    if (t.length === 1) return;
    if (body[last.end] === ".") last = { text: `${last.text}.`, start: last.start, end: last.end + 1 };
  }
  let text = body.slice(first.start, last.end);
  // A no-break space inside a name reads as a space.
  if (text.includes("\u00a0")) text = text.replaceAll("\u00a0", " ");
  if (text === "D.C." && body.slice(Math.max(0, first.start - 12), first.start) === "Washington, ") return;
  // "Washington, D.C." is one place.
  if (text === "Washington" && body.startsWith(", D.C.", last.end)) {
    last = { text: "D.C.", start: last.end + 2, end: last.end + 6 };
    text = "Washington, D.C.";
  }
  // "Spanish language": a language, not the country.
  if (
    t.length === 1 &&
    lookup(text)?.form === "demonym" &&
    /^[\s-]language\b/.test(body.slice(last.end, last.end + 9))
  )
    return;
  const before = wordBeforeAt(body, first.start, sentence.start);
  scan.out.push({
    text,
    start: first.start,
    end: last.end,
    sentence: sentence.index,
    roles: withTimeBefore(body, first.start, roles),
    before,
    possessive,
    initial: clauseInitial(body, sentence.start, first.start),
  });
}
