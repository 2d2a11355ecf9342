// Speaker resolution: the step that turns the words of an attribution clause (the subject of
// "said", the name after "according to") into a speaker, over the mentions of the text. A name at
// the head of the subject is that actor; "he"/"she"/"it" go to the nearest compatible antecedent
// (gender from given names and titles); "the judge", "the report", "the company" go to the actor
// the text names with that role, report or kind when there is one; anything else described but
// not named ("a State Department spokeswoman") stays an unnamed speaker, never a guess.
import { COUNTRIES } from "../data/countries.ts";
import { LOWERCASE_WORDS } from "../data/lowercase-words.ts";
import { US_STATE_BY_ABBREVIATION } from "../data/places.ts";
import { REPORTING_VERBS, SAYING_VERBS } from "../data/reporting-verbs.ts";
import { DOCUMENT_NOUNS, PERSON_NOUNS } from "../data/speaker-nouns.ts";
import { ABBREVIATED_TITLES, HONOURS, ROLE_NOUNS, TITLE_MODIFIERS, TITLES } from "../data/titles.ts";
import type { ActorType, Sentence, Speaker } from "../schemas.ts";
import { type ActorRecord, headsName, type Mention } from "./actors.ts";
import { AntecedentIndex } from "./antecedents.ts";
import { CUT_AT_ABBREVIATION } from "./apposed-roles.ts";
import { lookup } from "./gazetteer.ts";
import { type InterviewLabel, InterviewLabels } from "./interview-labels.ts";
import { DATELINE_OPENING } from "./name-edges.ts";
import {
  ADVERB_SHAPE,
  DOCUMENT_NOUN,
  FRONTED,
  GENERIC_ORG_NOUNS,
  ORG_NOUNS,
  ORG_TAIL,
  ROLE_OWNER,
  ROLE_REF,
  ROLE_TAIL,
  SENTENCE_ADVERBS,
  SUBJECT_STOP,
} from "./quote-rules.ts";
import type { QuoteSpan } from "./quote-spans.ts";
import { PersonNames } from "./speaker-names.ts";
import {
  type Gender,
  hasSayingVerb,
  nominalGender,
  nominalType,
  PAST_TENSES,
  personByShape,
} from "./speaker-words.ts";
import {
  ADVERB_TAIL,
  appositionName,
  closingSubject,
  describedHead,
  NAME_TAIL,
  withoutFrontedPhrase,
} from "./subject-segments.ts";

/** A resolved speaker: an actor of the text, or an unnamed one kept as the text describes it. */
export interface SpeakerRef {
  actor: ActorRecord | null;
  /** The actor's name, or the description of an unnamed speaker ("a campaign aide"). */
  name: string;
  type: ActorType;
  role?: string;
  /** Offset of the words that gave this speaker (for "she said" after "the woman said"). */
  at: number;
}

/** The contract's form of a resolved speaker. */
export function toSpeaker(ref: SpeakerRef): Speaker {
  const role = ref.role ? shownRole(ref.role) : "";
  return {
    name: ref.name,
    type: ref.type,
    named: ref.actor !== null,
    ...(role ? { role } : {}),
  };
}

/** A role as shown, or none: not a courtesy title alone ("Ms."), which says nothing of what the
 * person does; not a clause ("it is much like Judge") or a phrase fronted before the name ("Angry
 * about the delay"); and only words that name what someone is ("Texas-based", a sentence's first
 * word "Will" name nothing). */
function shownRole(phrase: string): string {
  // (Without a relative clause: "a lawyer who has worked for the city" -> "a lawyer"; nor a
  // possessive pronoun, whose owner the chat does not show: "Its chair" -> "chair"; nor an
  // article, as actors' roles are shown: "the head of the mission" -> "head of the mission".)
  // (A courtesy title closing it belongs to the name: "lead author Dr." -> "lead author".)
  const role = phrase
    .replace(/\s(?:who|whom|which|that)\s[\s\S]*$/, "")
    .replace(/^(?:its|his|her|their|the|an?)\s+/i, "")
    .replace(/(\S)\s+(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Lic|Licda)\.?$/, "$1");
  if (/^(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?$/.test(role)) return "";
  // ("The man who beat him": a noun of anyone says nothing of what the person is.)
  if (/^(?:(?:the|a|an)\s+)?(?:man|woman|person|boy|girl)$/i.test(role)) return "";
  if (
    /\b(?:is|are|was|were|would|will|could|should|can|has|have|had)\b|\b(?:it|that|there|he|she)['’]s\b/i.test(
      role,
    )
  )
    return "";
  if (/^[\p{Lu}][\p{Ll}]+(?:ed|ing)\s+(?:at|by|with|over|about|in|on|to)\b/u.test(role)) return "";
  return role.split(/\s+/).some(namesWhatOneIs) ? role : "";
}

/** A title, an abbreviated one, a noun of person or occupation ("Sen.", "editor", "pollster") or an
 * age ("Fifteen-year-old"). */
function namesWhatOneIs(word: string): boolean {
  const bare = word.replace(/['’]s?$|[.,]$/g, "");
  const lower = bare.toLowerCase();
  return (
    TITLES.has(bare) ||
    TITLES.has(word) ||
    ROLE_NOUNS.has(bare) ||
    ABBREVIATED_TITLES.has(lower) ||
    PERSON_NOUNS.has(lower) ||
    PERSON_NOUNS.has(lower.replace(/s$/, "")) ||
    /(?:ist|er|or|ian|man|woman|crat|ee|-year-old)$/.test(lower)
  );
}

// The words that open a described speaker, counts of people among them ("Hundreds of marchers",
// "200 protesters").
const DETERMINER =
  /^(?:the|a|an|one|another|two|three|several|some|many|other|senior|former|this|these|hundreds|thousands|dozens|scores|\d[\d,]*)\s/i;
/** A preposition opening a phrase fronted before the subject ("Outside court, …", "After the vote, …"). */
const FRONTED_PREPOSITION =
  /^(?:outside|inside|after|before|during|in|on|at|by|with|from|for|despite|amid|across|near|behind|under|over|following|within|without|since|upon)\s/i;
const PREPOSITION_END =
  /\b(?:of|for|at|to|from|with|in|inside|on|near|by|close to|familiar with)\s+(?:the\s+)?$/;
/** A possessive and the document it owns, maybe named by a platform or an adjective first, maybe
 * with its addressee or topic after it ("Roe's email to her supporters notes"), and maybe with
 * "was" and a colon after it ("Roe's response was:"). */
const OWNED_DOCUMENT =
  /^['’]s?\s+(?:[\p{Lu}][\p{L}-]*\s+|[\p{Ll}-]+\s+)?(?!(?:was|is|were|are)\b)([\p{Ll}]+)(?:\s+(?:to|on|about)\s+(?:the|his|her|its|their)\s+[\p{Ll}]+)?(?:\s+(?:was|is|were|are))?\s*:?\s*$/u;
/** "released by X", "a memo from X": the name after "by" or "from" closing a description. */
const ISSUED_BY = /\b(?:by|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u;
/** "seen by X", "obtained by X": the one who saw a document, not who issued it. */
const SEEN_BY =
  /\b(?:seen|obtained|reviewed|viewed|read|received|acquired)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u;
const VERBISH = /\b(?:was|is|were|are|has|had|have|said|says|another|and|but)\b/i;
const TITLE_RUN = /(?:[\p{Lu}][\p{L}.-]*\s+){1,3}$/u;
// Words that open a subordinate clause before the main one.
/** The first word of a phrase, in lower case. */
/** Names of a country that stand for its government as a subject ("China said", "Moscow warned"):
 * its names and capitals, not its demonyms ("An Estonian textbook explains"). */
const STATE_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.capitals]),
);
const opening = (phrase: string): string => /^\s*([\p{L}-]+)/u.exec(phrase)?.[1]?.toLowerCase() ?? "";
const SUBORDINATORS = new Set(
  "after before when whenever while although though because since if once until unless".split(" "),
);
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+([\p{Lu}][\p{L}'’-]*)/gu;
/** The roles of a head of state or of government, whom news calls a country's leader. */
const HEAD_OF_GOVERNMENT = /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan)$/i;
/** What may open a sentence before its subject's name: nothing, a short description and a comma
 * ("Her grandfather, ", "The club's captain, "), or capitalised words of a title ("Cotu
 * Secretary-General "). */
const OPENING_BEFORE_NAME =
  /^\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{Lu}][\p{L}-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+|(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4})?$/u;
/** "a senior Republican", "one Social Democrat": an indefinite member of a party. */
const PARTY_MEMBER_DESCRIBED =
  /^(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Lu}][\p{L}-]+\s+)?(?:Democrat|Republican|Conservative|Liberal|Socialist|Communist|Tory|Unionist|Nationalist|Green)$/u;
/** Nouns of a business, which no public body is. */
const BUSINESS_NOUNS = /^(?:company|firm)$/;
/** The head word of a public body's name ("National Labor Relations Board", "Ministry of Health"). */
const PUBLIC_BODY_HEAD =
  /\b(?:Board|Commission|Agency|Department|Ministry|Court|Council|Committee|Authority|Office|Service|Police|Government|Parliament|Senate|Congress|Assembly|Tribunal|Regulator|Inspectorate)\b/;

/** "According to the indictment, Roe owed …": a sentence opening on a determiner's description as
 * its source, a comma and a clause of its own (the description and its head noun captured; a
 * document given with its issuer, "a statement released by X's office", is the issuer's, above). */
const ACCORDING_TO_DOCUMENT =
  /^(\s*According\s+to\s+)((?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}]+)),\s[^"“”]*[\p{L}]{2,}[^"“”]*$/u;
// A time closing a subject, before its verb ("The statement yesterday read").
const TIME_BEFORE_VERB =
  /\s+(?:yesterday|today|tonight|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year|night|morning|weekend)|(?:[\p{L}\d]+\s+){1,4}ago)\s*$/u;
// A time phrase fronted before the subject, closed by its comma ("Eight years ago,", "Hours later,").
const FRONTED_TIME = /^\s*(?:[\p{L}\d-]+\s+){1,3}(?:ago|later|earlier),/iu;
// The last speaker's own verb of telling right before the one told ("he told Sen. ", "Roe told CNN's ").
const TOLD_BEFORE =
  /^(?:[Hh]e|[Ss]he|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:told|asked|assured|reminded|warned|thanked)\s+(?:[\p{Lu}][\p{L}.]*(?:['’]s?)?\s+){0,3}$/u;
// A phrase of time or place opening a clause with no comma after it, then "he" or "she" and a
// verb ("Last week he used", "In a radio interview she said").
const FRONTED_BEFORE_PRONOUN =
  /^(?:on|in|at|during|over|last|this|later|earlier|then|yesterday|today)\b[^,;:"“”]{0,50}?\s(he|she)(?=\s+[\p{Ll}])/iu;
// How many sentences back a quote's "he"/"she"/"it" may find its antecedent.
const PRONOUN_REACH = 3;
/** A relative described by whose they are ("her son", "his widow"). */
const KIN =
  /^(his|her|their)\s+(son|daughter|wife|husband|mother|father|brother|sister|widow|widower|partner|spouse|niece|nephew|grandson|granddaughter|cousin|uncle|aunt|fiancée?)$/i;
// "It" said: only the organisation named in its own or the sentence before; further back "it" is
// more often a report or statement than that organisation (PolNeAR train: 6 wrong, 1 right).
const IT_REACH = 1;
// A courtesy title or an honour closing the words of a role before a name ("prime minister Sir").
const HONORIFIC_AFTER_ROLE = new RegExp(`(?<=\\S)\\s+(?:${HONOURS})\\.?$`);
// An honour or a courtesy title alone ("Dr.", "Engr."), which says nothing of what one does.
const HONOUR_ONLY = new RegExp(`^(?:${HONOURS})\\.?$`);
// How many sentences back "the agency", "the group" may find an organisation named with that word.
const NOUN_REACH = 6;
// How many more sentences back a quoted "he"/"she" may look across sentences opening on it.
const CHAIN_EXTENSION = 3;
// How many sentences a pronoun may continue the last speaker across when no other name intervenes.
const CHAIN_REACH = 8;
// "31% of Republicans", "half of Democrats", "the share of voters": a part of a group is described,
// never the party or body the group's name stands for.
const QUANTITY =
  /^(?:\d[\d.,]*\s*(?:%|percent)\s|half\s|(?:a|the)\s+(?:majority|share|third|quarter|minority|number)\s+of\s|two-thirds\s|three-quarters\s)/i;
// Nouns for a news outlet, and the words news outlets' names are made of (general knowledge).
const MEDIA_NOUNS: ReadonlySet<string> = new Set(["newspaper", "network", "broadcaster"]);
const MEDIA_NAME =
  /\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Magazine|Press|Network|TV|Radio|Chronicle|Telegraph|Guardian|Observer|Star|Sun|Mail|Express|Standard|Review|Reuters|Broadcasting|Television|Channel|Media|Inquirer|Globe|Register|Courier|Sentinel|Bulletin|Record|Dispatch|Independent|Economist|Atlantic|BBC|CNN|NBC|ABC|CBS|Fox|NPR|PBS|MSNBC|AP|AFP)\b/;
/** The characters a description may hold: words, with a body's ampersand ("an AT&T spokesman"). */
const NOMINAL_SHAPE = /^[\p{L}\p{N}'’.&\- ]{2,90}$/u;
// A finite verb's helper, which makes words a clause, not a description.
const CLAUSE_VERB = /\s(?:was|were|is|are|been|has|have|had)\s/;
// A description whose first adjective is set off from the next words by a comma ("the soft-spoken,
// 71-year-old diplomat"): lower-case words only.
const COORDINATED_ADJECTIVES =
  /^\s*(?:the|a|an)\s+[\p{Ll}-]+,\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}[\p{Ll}][\p{L}-]*\s*$/u;

/** The description before a name in apposition as the speaker's role ("The mayor of London,
 * Jane Roe,"); not a clause or a time fronted before the name ("Hours after the page was
 * restored, Jane Roe wrote"). */
function appositionRole(subject: string): { role?: string } {
  // (Without its relative clause: "One of Doe's supporters who backs Poe" -> "One of Doe's supporters".)
  const role = subject.replace(/\s(?:who|whom|which|that)\s[\s\S]*$/, "");
  return role.length <= 60 && !FRONTED_CLAUSE.test(role) && describesPerson(role) ? { role } : {};
}

/** The description opening `lead`, the words of a clause before its first name, when a verb in
 * the past follows it ("The national federation praised " gives "The national federation"):
 * a determiner, lower-case words that describe someone, and the verb. */
function describedThenVerb(lead: string): string | null {
  const words = /^\s*(?:the|a|an|his|her|its|their)\s+((?:[\p{Ll}][\p{L}'’-]*\s+){2,7})$/iu
    .exec(lead)?.[1]
    ?.trim()
    .split(/\s+/);
  if (!words) return null;
  // (A participle after an adverb is an adjective: "The newly elected mayor thanked".)
  const verb = words.findIndex(
    (word, k) => k > 0 && (/[^e]ed$/.test(word) || PAST_TENSES.has(word)) && !words[k - 1]!.endsWith("ly"),
  );
  // (Only someone who can speak: not "The final whistle sent Roe to her knees, saying".)
  if (verb < 0 || !nominalType(words.slice(0, verb).join(" "))) return null;
  // Not a participle that names or has an agent ("A student named Roe", "a document filed by
  // Roe"), nor a verb whose clause ends before the name ("a fan asked for an autograph and Roe said").
  const after = words.slice(verb + 1);
  if (
    /^(?:called|named|titled|entitled|dubbed|nicknamed)$/.test(words[verb]!) ||
    after[0] === "by" ||
    after.some((word) => /^(?:and|but|or|as|when|while|after|before|because|if|that|who|which)$/.test(word))
  )
    return null;
  return lead
    .trim()
    .split(/\s+/)
    .slice(0, verb + 1)
    .join(" ");
}

/** The description closing a subject after a noun and its determiner ("a process one diplomat"
 * gives "one diplomat"): the subject of a relative clause without "that". */
const OBJECT_RELATIVE_SUBJECT =
  /(?:^|\s)(?:the|a|an)\s+[\p{Ll}]+\s+((?:the|one|a|an|another|some|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;

/** Whether lower-case words name what a person is ("retired postman", "shop owner"). */
const personRole = (words: string): boolean => nominalType(words) === "person" || personByShape(`a ${words}`);

/** Whether words before a name describe a person: a noun of person or a title in them ("his
 * wife", "The judge hearing the appeal", "Sen."), or capitalised words ("Ohio Secretary of
 * State"); not an adverb or an adjective set off by a comma ("First,", "Frustrated,"), nor a
 * topic ("climate change"). */
function describesPerson(role: string): boolean {
  if (personByShape(role)) return true;
  const words = role.split(/\s+/);
  const personWord = (word: string) => {
    const lower = word.toLowerCase().replace(/['’]s?$/, "");
    return PERSON_NOUNS.has(lower) || PERSON_NOUNS.has(lower.replace(/s$/, ""));
  };
  if (words.some((w) => personWord(w) || TITLES.has(w) || ROLE_NOUNS.has(w))) return true;
  return (
    words.length > 1 && words.every((w) => /^[\p{Lu}]/u.test(w) || w === "of" || w === "for" || w === "the")
  );
}

/** Words that make the words before a name a clause, a time or a fronted phrase ("But on Thursday",
 * "Thanks to his latest act"), not a description of the person. */
const FRONTED_CLAUSE =
  /^(?:who|which|of|once|after|before|when|while|as|since|hours|days|weeks|months|years|minutes|not|and|but|or|yet|so|though|although|despite|thanks|on|in|at|against|during|with|without)\b|\b(?:was|were|is|are|had|has|have|been|later|ago|earlier|he|she|they|we|I|did|does)\b|[()]|\b[\p{Ll}]+ed\s+to\b/iu;

/** Resolves attribution phrases to speakers over the mentions of one body. */
export class SpeakerResolver extends AntecedentIndex {
  constructor(
    body: string,
    sentences: readonly Sentence[],
    mentions: readonly Mention[],
    spans: readonly QuoteSpan[],
    private readonly sentenceAt: (offset: number) => number,
  ) {
    super(body, sentences, mentions, spans);
    this.people = new PersonNames(mentions);
  }

  private readonly people: PersonNames;

  /** The speaker named by the text between `a` and `b` (the subject of a reporting verb, or the
   * source after "according to"), for a quote at `at`; `last` is the previous quote's speaker. */
  resolve(a: number, b: number, at: number, last: SpeakerRef | null = null): SpeakerRef | null {
    const sourced = this.documentSource(at);
    if (sourced) return sourced;
    const found = this.resolveRange(a, b, at, last);
    // `"…," said the operator, Voltara.` `according to his lawyer, Jo Roe,`: a name set off right
    // after the description that closes the attribution is the one described.
    if (found && !found.actor && found.type !== "place") {
      const named = this.apposedAfter(b);
      if (named) return this.ref(named, a);
    }
    // `"…," said Jane Roe.` `The professor added, "…"`: a person described, not named, who goes on
    // right after a named speaker's quote is that speaker.
    if (
      found &&
      !found.actor &&
      found.type === "person" &&
      last?.actor?.type === "person" &&
      /^\s*(?:added|adds|continued|continues|went on)\b/.test(this.body.slice(b, b + 12)) &&
      /^\s*(?:the|this|that)\s/i.test(this.body.slice(a, b)) &&
      this.sentenceAt(b) - this.sentenceAt(last.at) <= 1
    )
      return { ...last, at: a };
    // `A senior State Department official told VOA … "…," said the official`: "the" and the head
    // noun of the unnamed speaker just quoted is that speaker, described in full.
    const head = found && !found.actor ? /^the\s+([\p{Ll}-]+)$/iu.exec(found.name)?.[1] : undefined;
    if (
      head &&
      last &&
      !last.actor &&
      last.type === found!.type &&
      last.name.toLowerCase().split(/\s+/).at(-1) === head.toLowerCase() &&
      this.sentenceAt(a) - this.sentenceAt(last.at) <= CHAIN_REACH
    )
      return { ...last, at: a };
    const actor = found?.actor;
    if (!found || actor?.type !== "person") return found;
    // `"…," said Jane Roe, Kessaland's environment minister.`: the description set off after the
    // name that closes the attribution (and after an age: "said Jo Roe, 72, a retired nurse") is
    // the speaker's role.
    // (Up to a relative clause: ", the minister who chairs the alliance.")
    // ("said Jo Roe, chief executive of Acme.": an office of a body needs no article.)
    // (A role that is only an honour, "Dr." or "Engr.", says less than the description.)
    const described =
      found.role && !HONOUR_ONLY.test(found.role)
        ? null
        : (APPOSED_ROLE.exec(this.body.slice(b, b + 120)) ??
            APPOSED_OFFICE.exec(this.body.slice(b, b + 120)))?.[1]?.replace(
            /\s+(?:who|which|whose|that)\s[\s\S]*$/,
            "",
          );
    // (Not one cut at an abbreviation's stop: "a senior aide with Sen.")
    if (
      described &&
      described.length <= 60 &&
      !CUT_AT_ABBREVIATION.test(described) &&
      nominalType(described) === "person"
    )
      return this.resolvedHonorific({ ...found, role: described }, actor, a, b);
    return this.resolvedHonorific(found, actor, a, b);
  }

  /** `According to the indictment, Roe owed … and "had made threats"`: the document a sentence
   * opens on as its source is who says the words quoted after it there, not the clause's subject;
   * or null. */
  private documentSource(at: number): SpeakerRef | null {
    const sentence = this.sentences[this.sentenceAt(at)];
    if (!sentence) return null;
    const opening = ACCORDING_TO_DOCUMENT.exec(this.body.slice(sentence.start, at));
    if (!opening || !DOCUMENT_NOUNS.has(opening[3]!)) return null;
    const start = sentence.start + opening[1]!.length;
    return this.nominal(opening[2]!, start, at, start + opening[2]!.length);
  }

  /** The last two people named together by "and" ("Renee and Paul Roe") before `at`, in its
   * sentence or the one before, as the text writes them; or null. */
  private pairBefore(at: number): string | null {
    const here = this.sentenceAt(at);
    const start = this.sentences[Math.max(0, here - 1)]!.start;
    const people = this.mentionsIn(start, at).filter(
      (m) => m.actor.type === "person" && !this.insideQuote(m.start),
    );
    for (let k = people.length - 1; k > 0; k--)
      if (/^\s+and\s+$/.test(this.body.slice(people[k - 1]!.end, people[k]!.start)))
        return this.body.slice(people[k - 1]!.start, people[k]!.end);
    return null;
  }

  /** The actor named right after `b` between commas (", Voltara," or ", Voltara."). */
  private apposedAfter(b: number): ActorRecord | null {
    const comma = /^\s*,\s*/.exec(this.body.slice(b, b + 8));
    if (!comma) return null;
    const named = this.mentionsIn(b, b + 80).find((m) => m.start === b + comma[0].length);
    if (!named) return null;
    return /^\s*(?:[,.;]|$)/.test(this.body.slice(named.end, named.end + 4)) ? named.actor : null;
  }

  /** "Mrs. Roe said" where the text's "Roe" was merged into Mr. Roe: the woman of that surname. */
  private resolvedHonorific(found: SpeakerRef, person: ActorRecord, a: number, b: number): SpeakerRef {
    const surname = person.name.split(/\s+/).at(-1);
    const honorific = [...this.body.slice(a, b).matchAll(HONORIFIC)].find((h) => h[2] === surname);
    if (!honorific) return found;
    const actor = this.bySurnameAndGender(person, honorific[1] === "Mr" ? "m" : "f");
    return actor === person ? found : { ...found, actor, name: actor.name };
  }

  private resolveRange(a: number, b: number, at: number, last: SpeakerRef | null): SpeakerRef | null {
    const body = this.body;
    // A fronted phrase ("Following the announcement of X's win, Y said"): the subject follows it.
    // "LONDON (Reuters) - Roe said": a dateline opening the paragraph is no part of the subject.
    const dateline = DATELINE_OPENING.exec(body.slice(a, b));
    if (dateline) a += dateline[0].length;
    // "(On Monday, Roe's aide said …)": a sentence in parentheses opens on its parenthesis.
    const parenthesis = /^\s*\(\s*/.exec(body.slice(a, b));
    if (parenthesis) a += parenthesis[0].length;
    // "And she seemed to …, promising", "Then he cut into Roe, calling": a conjunction before a
    // pronoun subject is no part of it.
    const conjunction = /^\s*(?:And|But|So|Then)\s+(?=(?:he|she|they|we|I)\b)/u.exec(body.slice(a, b));
    if (conjunction) a += conjunction[0].length;
    // "The statement yesterday read", "The ministry less than a month ago said": a time
    // between the subject and its verb is no part of the subject.
    const when = TIME_BEFORE_VERB.exec(body.slice(a, b));
    if (when && when.index > 0) b = a + when.index;
    // "The letter goes on to say", "Roe went on to say", "Roe had this to say": the verb's helpers
    // are no part of the subject.
    const helper =
      /\s+(?:(?:goes|go|went|has gone|had gone|continued|continues)\s+on|(?:had|has|have)\s+this)\s+to\s*$/.exec(
        body.slice(a, b),
      );
    if (helper && helper.index > 0) b = a + helper.index;
    // "Fifty former officials, including Jane Roe and John Doe, signed": the examples a list
    // gives after the subject are no part of it.
    const including = /,\s+(?:including|such as|among them)\s[^"“”]*,?\s*$/.exec(body.slice(a, b));
    if (including && including.index > 0) b = a + including.index;
    const lead = opening(body.slice(a, b));
    let from = a;
    // "Later in the hearing, after the vote ended, Roe said": one fronted phrase may follow another.
    for (let word = lead, n = 0; n < 3; n++) {
      // ("Additionally, Roe said": a sentence adverb only with its comma right after it; so are
      // "That said," and "Even so,".)
      const adverb =
        (SENTENCE_ADVERBS.has(word) && /^\s*[\p{L}]+,/u.test(body.slice(from, b))) ||
        /^\s*(?:that said|even so|of course|all told),/i.test(body.slice(from, b)) ||
        // ("Eight years ago, he backed Roe and said": a time phrase.)
        FRONTED_TIME.test(body.slice(from, b));
      if (!FRONTED.has(word) && !adverb && !(word.endsWith("ing") && word.length > 5 && n === 0)) break;
      // (`Walking in to chants of "Roe!," the senator said`: the comma may sit inside the marks.)
      const cut = /,["”’]?\s|\s[—–]\s/.exec(body.slice(from, b));
      if (!cut || !/[\p{L}]/u.test(body.slice(from + cut.index + cut[0].length, b))) break;
      // "In the blog post Jane Roe, the chief officer of Acme said": a person closing the phrase
      // and a description after the comma are the subject and its apposition (a comma left out).
      // (Not a name that is an object in the phrase: "In a letter to Jane Roe, the mayor said",
      // "After meeting Jane Roe, the mayor said".)
      const closing = this.mentionsIn(from, from + cut.index).at(-1);
      const wordBefore = closing ? /([\p{Ll}]+)\s+$/u.exec(body.slice(from, closing.start))?.[1] : undefined;
      if (
        closing?.actor.type === "person" &&
        closing.end === from + cut.index &&
        wordBefore !== undefined &&
        !FRONTED.has(wordBefore) &&
        !/(?:ing|ed)$/.test(wordBefore) &&
        !/^(?:of|and|or|by|about|met|told|asked|saw|beat|called)$/.test(wordBefore) &&
        /^(?:the|a|an)\s/i.test(body.slice(from + cut.index + cut[0].length, b))
      )
        break;
      from += cut.index + cut[0].length;
      word = opening(body.slice(from, b));
    }
    // "While discussing an image of Roe, money and a star, Speaker Jane Doe said": a fronted phrase
    // holding a list runs on past its first comma; a capitalised phrase naming a person between the
    // last comma and the verb is the subject.
    if (from > a) {
      const lastComma = body.slice(from, b).search(/,\s+[\p{Lu}][^,]*$/u);
      const tail = lastComma < 0 ? -1 : from + lastComma + 2;
      if (
        tail > 0 &&
        this.mentionsIn(tail, b).some((m) => m.actor.type === "person" && !this.insideQuote(m.start))
      )
        from = tail + (body.slice(tail, b).length - body.slice(tail, b).trimStart().length);
    }
    // "After Roe criticised Doe, Jane Doe shot back, "…"": a subject inside a subordinate clause
    // whose main clause (with its own subject) comes between it and the quote is not the speaker;
    // "After Roe said the plan was "…"" keeps it; "As Roe said, …" names a source, not a clause.
    if (
      from === a &&
      SUBORDINATORS.has(lead) &&
      !/,\s/.test(body.slice(a, b)) &&
      at > b &&
      /,\s+[^"“”,]*[\p{L}][^"“”]*$/u.test(body.slice(b, at))
    ) {
      // The main clause's subject, when a name opens it and its verb follows.
      const main = b + body.slice(b, at).search(/,\s/) + 2;
      const m = this.mentionsIn(main, at)[0];
      const opens = m && /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(body.slice(main, m.start));
      return m && opens && m.actor.type !== "place" && /^\s+[\p{Ll}]/u.test(body.slice(m.end, m.end + 3))
        ? this.ref(m.actor, main)
        : null;
    }
    // `As one employee told the paper, "…"`: "as" opening the clause that brings the quote in is no
    // part of a described subject.
    const as = /^\s*[Aa]s\s+(?=[\p{Ll}])/u.exec(body.slice(from, b));
    if (as) from += as[0].length;
    // "But an economics professor said", "And a second official added": a conjunction opening the
    // sentence is no part of the description after it (not "But a few days later, Roe …": a time).
    const leadingConjunction =
      /^\s*(?:And|But|Yet|So|Still)\s+(?=((?:a|an|the|one|another|some|several|two|three)\s[^,;:"“”]+))/u.exec(
        body.slice(from, b),
      );
    if (leadingConjunction && nominalType(leadingConjunction[1]!.trim()))
      from += leadingConjunction[0].length;
    const raw = body.slice(from, b);
    // "Vestnik.info reported its source said": a source reported by another is the one who speaks.
    const relayed = /^[^,;:"“”]{2,60}?\sreported\s+(?:that\s+)?(?=(?:its|his|her|their|the|a|an)\s)/u.exec(
      raw,
    );
    if (relayed) return this.resolveRange(from + relayed[0].length, b, at, last);
    const phrase = raw.trim();
    const inRange = this.mentionsIn(from, b).filter((m) => !this.insideQuote(m.start));
    if (/^they$/i.test(phrase)) return this.they(from, last);
    // `"…," one user wrote. ¶ Another said "…"`: "another" alone is one more of the people the
    // unnamed speaker just quoted stands for ("another user").
    if (/^another$/i.test(phrase) && last && !last.actor && last.type === "person" && last.at < from)
      return { actor: null, name: `another ${last.name.split(/\s+/).at(-1)!}`, type: "person", at: from };
    // `((WN)) … you wrote "…"`: "you" in an interviewer's line is the one interviewed.
    if (/(?:^|\s)you$/i.test(phrase) && !this.insideQuote(from + raw.lastIndexOf("ou") - 1))
      return this.interviewed(from + raw.lastIndexOf("ou") - 1);
    // `((Jane Roe)) … that's why I said "…"`: "I" in an interview's answer is the one answering.
    // Only when "I" and its verb lead straight into the quote (`I said, "…"`, `So I would tell them
    // "…"`), not when the quote follows another clause (`I told my mom, and she's like "…"`).
    // ("But I also said": adverbs may follow it. "My advice has been simple: "…"": the possessive,
    // which the quote's finder gives alone.)
    const self =
      /(?:^|\s)(I)(?:['’]m|\s+am|\s+was)?(?:\s+(?:also|then|later|again|still|never|always|often|just|even|now))*$/.exec(
        phrase,
      ) ?? /^(my)$/i.exec(phrase);
    const selfAt = self ? from + raw.indexOf(phrase) + self.index + self[0].indexOf(self[1]!) : -1;
    if (self && !this.insideQuote(selfAt))
      return at < b ||
        self[1] !== "I" ||
        /^\s*(?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+\s*[,:]?\s*["“]?$/u.test(body.slice(b, at))
        ? this.answering(selfAt)
        : null;
    // `Her advice was blunt: "…"`: a possessive pronoun, which the quote's finder gives alone; so
    // is the object of quoting (`"…," the agency quoted him as saying`).
    const owner = /^(?:(his|him)|her)$/i.exec(phrase);
    if (owner) {
      const ownerAt = from + raw.indexOf(phrase);
      // (The object is never its own clause's subject: "his spokesman, Jo Roe, quoted him".)
      const object = /^\s+as\s+saying\b/.test(
        body.slice(ownerAt + phrase.length, ownerAt + phrase.length + 12),
      );
      const subject = object
        ? this.mentionsIn(this.sentences[this.sentenceAt(ownerAt)]!.start, ownerAt)
            .filter((m) => m.actor.type === "person" && !this.insideQuote(m.start))
            .at(-1)?.actor
        : undefined;
      return this.pronoun(owner[1] ? "he" : "she", ownerAt, last, at, subject ?? null);
    }
    // "a process one diplomat described as", "It was a result the coach called": a description
    // after a noun, with no "that" between, is the subject of a relative clause on that noun.
    const relative = inRange.length === 0 ? OBJECT_RELATIVE_SUBJECT.exec(phrase)?.[1] : undefined;
    if (relative && nominalType(relative))
      return this.nominal(relative, from + raw.lastIndexOf(relative), at, b);
    // "But he also said": after a conjunction, before adverbs only. "Last week he took a firmer
    // line, saying": after a phrase of time or place fronted without a comma.
    let pronoun =
      /^(he|she|it)\b/i.exec(phrase) ??
      /\b(he|she)$/i.exec(phrase) ??
      FRONTED_BEFORE_PRONOUN.exec(phrase) ??
      /^(?:but|and|yet|so)\s+(he|she)(?:\s+(?:also|then|later|again|still|never|already|once|now|even))*$/i.exec(
        phrase,
      );
    // A pronoun inside an earlier quote ("It's not normal," said Roe, who said …) is not the subject.
    if (pronoun && this.insideQuote(from + raw.indexOf(phrase) + pronoun.index)) pronoun = null;
    if (pronoun) {
      // "It's a reminder, Roe said, that …", "He told them Roe said …": a person named right
      // before the verb is its subject, not the pronoun opening the range.
      // Not when the pronoun has a verb of saying of its own before the name ("She added that
      // she thinks Roe appeals to …").
      const named = inRange.at(-1);
      if (
        pronoun.index === 0 &&
        named?.actor.type === "person" &&
        /^\s*$/.test(body.slice(named.end, b)) &&
        !hasSayingVerb(body.slice(from, named.start))
      )
        return this.ref(named.actor, from);
      // "Roe was talking about trade when he told …": the antecedent is looked for before the
      // pronoun itself, so a name earlier in the same clause counts.
      const pronounAt = pronoun.index === 0 ? from : from + raw.indexOf(phrase) + pronoun.index;
      return this.pronoun(pronoun[1]!.toLowerCase(), pronounAt, last, at);
    }
    // "the camp leader known as Bob Roe": the name a description is known by.
    const known = inRange.find(
      (m) =>
        m.actor.type === "person" &&
        /\b(?:known|identified|referred to)\s+(?:only\s+)?as\s+$/.test(
          body.slice(Math.max(from, m.start - 30), m.start),
        ),
    );
    if (known) return this.ref(known.actor, from);
    const closing = closingSubject(body, from, b, inRange);
    if (closing) return { ...this.ref(closing.actor, from), ...this.roleOf(from, closing, b) };
    // "These sources, the lawyers said, …", "But Roe has one ally, the columnist suggested:": a
    // description after the last comma, right before the verb, is the verb's subject; the words
    // before the comma are another clause.
    // ("…, even a top aide said": a focusing adverb may open it.)
    const segment =
      /(?:,|\s[—–])\s+(?:(?:even|also|now|only)\s+)?((?:the|a|an|one|his|her|its|their)\s+[^,;:"“”—–]{2,100}?)\s*$/iu.exec(
        raw,
      );
    // Not an apposition to a name right before the comma ("Jane Roe, the director of …, said").
    // Unless the verb is set off by commas ("Roe, a close aide said, is …"): a parenthetical.
    const cut = segment ? from + segment.index : from;
    const beforeSegment = inRange.filter((m) => m.end <= cut).at(-1);
    const parenthetical = at > b && /^[\p{L}]+,\s*["“]?$/u.test(body.slice(b, at));
    // A name inside the description only qualifies its noun ("the Vermont senator").
    const qualified = segment !== null && /\s[\p{Ll}]+$/u.test(segment[1]!);
    if (
      segment &&
      !inRange.some((m) => m.start >= cut && !(qualified && m.end < b - 1)) &&
      !(beforeSegment && /^[\s)]*$/.test(body.slice(beforeSegment.end, cut)) && !parenthetical)
    ) {
      // ("a Harbor Board official who spoke anonymously": the description ends at its relative clause.)
      const described = segment[1]!.replace(/\s(?:who|whom|which|that)\s[\s\S]*$/, "");
      if (
        described.length <= 60 &&
        !VERBISH.test(described) &&
        (nominalType(described) || personByShape(described))
      )
        return this.nominal(described, from + raw.lastIndexOf(described), at, b);
    }
    // ("the soft-spoken, 71-year-old diplomat said": a comma between two adjectives splits nothing.)
    const commaAt = COORDINATED_ADJECTIVES.test(raw) ? -1 : raw.search(/,\s|\s[—–(]/);
    const subjectEnd = commaAt < 0 ? b : from + commaAt;
    const subject = body.slice(from, subjectEnd).trim();
    const inSubject = inRange.filter((m) => m.start < subjectEnd);
    // No mention at all, but a person's name opens or closes the subject: that person.
    if (inRange.length === 0) {
      const person = this.people.inSubject(subject);
      if (person) return this.ref(person, from);
    }
    // "Both Roe and Doe said": people named together as the subject speak together, an unnamed
    // pair as the text names them, not one of the two.
    const pair = this.namedTogether(from, subjectEnd, b, inSubject);
    if (pair) return { actor: null, name: pair, type: "person", at: from };
    // "one senior Social Democrat said": a party's member the text does not name.
    if (inSubject.length === 1 && PARTY_MEMBER_DESCRIBED.test(subject))
      return this.nominal(subject, from, at, b);

    // "The Vice President, Jane Roe, said": a described subject with a name in apposition.
    // ("Even Finland, its closest partner, said": a focusing adverb may open it.)
    const startsNamed =
      inSubject[0] !== undefined &&
      /^\s*(?:(?:even|also|only)\s+)?(?:(?:the|a|an|one)\s+)?$/i.test(body.slice(from, inSubject[0].start));
    const lastInSubject = inSubject[inSubject.length - 1];
    const endsNamed =
      lastInSubject !== undefined && NAME_TAIL.test(body.slice(lastInSubject.end, subjectEnd));
    const first = inSubject[0];
    // "Republican candidate Jane Roe took …": a person's description may open the subject.
    const titled = first !== undefined && !startsNamed && this.describedBefore(from, first.start);
    // "Roe launched an attack on Doe, calling him …": a name opening the subject and followed by
    // its own verb is the subject; the names after that verb are its objects.
    // (Its object may follow a comma, "visited the show with his rival, Jane Doe, saying", unless the
    // name opens a subordinate clause: "as Roe tried to interrupt, Doe exclaimed".)
    const object = first && inRange.find((m) => m.start > first.end);
    const subordinate =
      /\b(?:as|when|while|after|before|because|since|if|although|though|once|until)\s+(?:the\s+)?$/i.test(
        body.slice(Math.max(0, a - 12), first?.start ?? a),
      );
    if (
      first &&
      object &&
      (object.start < subjectEnd || !subordinate) &&
      (startsNamed || titled) &&
      this.canSpeak(first)
    ) {
      // "Roe on Thursday ratcheted up …": a day may stand between the name and its verb; so may
      // an adverb ("Roe quickly took to Twitter", "Roe had warmly praised").
      const verb =
        /^\s+(?:\([^()]{1,12}\)\s+)?(?:(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning)\s+)?(?:[\p{Ll}]+ly\s+)?(?:(?:also|then|later|again|has|had|have|was|is|will|would|already|since|previously|repeatedly|never|[\p{Ll}]+ly)\s+){0,2}([\p{Ll}]+)\s/u.exec(
          body.slice(first.end, object.start),
        );
      // Only a word that reads as a past tense ("Roe hammered"), not a title ("Roe press secretary").
      const word = verb?.[1] ?? "";
      if (
        (/[^e]ed$/.test(word) || PAST_TENSES.has(word)) &&
        !/\b(?:who|which|whom|where)\b/.test(body.slice(first.end, b))
      )
        return { ...this.ref(first.actor, from), ...this.roleOf(from, first, b) };
    }
    // "The national federation praised Roe in a post, saying": a description opening the subject
    // and followed by its own verb is the subject, as a name is above; the names after that verb
    // are its objects.
    const leadDescription =
      first && !startsNamed && !titled ? describedThenVerb(body.slice(from, first.start)) : null;
    if (leadDescription) return this.nominal(leadDescription, from, at, b);
    // "Its co-chairs, Rev. Jo Roe and Al Poe, said": two people set off after a description speak
    // together.
    const people = inRange.filter((m) => m.start > subjectEnd && m.actor.type === "person");
    if (
      commaAt >= 0 &&
      people.length === 2 &&
      nominalType(subject) === "person" &&
      /^,\s*(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(body.slice(subjectEnd, people[0]!.start)) &&
      /^\s+and\s+(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(body.slice(people[0]!.end, people[1]!.start)) &&
      /^\s*,\s*$/.test(body.slice(people[1]!.end, b))
    )
      return { actor: null, name: body.slice(people[0]!.start, people[1]!.end), type: "person", at: from };
    const apposition = commaAt >= 0 ? appositionName(body, subjectEnd, b, inRange) : null;
    // "Trump, Roe said, has …": a person named right before the verb, after another name and a
    // comma, is a parenthetical speaker, not an apposition ("The senator, Roe, said" has two).
    if (
      apposition &&
      apposition.actor.type === "person" &&
      inSubject[0] &&
      inSubject[0].actor !== apposition.actor &&
      /^\s*$/.test(body.slice(apposition.end, b)) &&
      /^\s*,\s*$/.test(body.slice(inSubject[inSubject.length - 1]!.end, apposition.start))
    )
      return this.ref(apposition.actor, from);
    if (!(startsNamed && endsNamed) && apposition) {
      // "The mayor, Roe said, had …": a verb of saying closed by a comma right after the name makes
      // the name a parenthetical speaker; the words before it are the clause's subject, no role.
      const aside = /^\s*$/.test(body.slice(apposition.end, b)) && /^[\p{L}]+,/u.test(body.slice(b, b + 24));
      return {
        ...this.ref(apposition.actor, from),
        ...(aside || apposition.actor.type !== "person" ? {} : appositionRole(subject)),
      };
    }
    // "Jane Roe of the Ohio Farm Bureau said": the name before "of"/"at"/"for" is the head; after
    // people joined by "and" ("experts Jane Roe and John Doe of the institute wrote"), the last.
    const ofAt = inSubject.findIndex((m) =>
      /^\s+(?:of|at|for|from|with)\s/.test(body.slice(m.end, subjectEnd)),
    );
    const joined = inSubject
      .slice(0, Math.max(ofAt, 0))
      .every(
        (m, k) =>
          m.actor.type === "person" &&
          /^\s*(?:,|and|,\s*and)\s*$/.test(body.slice(m.end, inSubject[k + 1]!.start)),
      );
    const beforeOf = ofAt >= 0 && joined ? inSubject[ofAt]! : null;
    if (
      beforeOf &&
      beforeOf.actor.type !== "place" &&
      (startsNamed || (titled && beforeOf.actor.type === "person"))
    )
      return { ...this.ref(beforeOf.actor, from), ...this.roleOf(from, beforeOf, b) };
    // "Roe's advocacy group Fair Harbor began …": a name after a possessor and the nouns that
    // describe it is the subject, not the possessor.
    const named = inSubject[1];
    const nouns =
      named && first
        ? /^['’]s?((?:\s+[\p{Ll}][\p{L}-]*){1,2})\s+$/u.exec(body.slice(first.end, named.start))?.[1]
        : undefined;
    // (Nouns, not verbs: "Roe's campaign slammed Doe's comments" has no such name.)
    const describes =
      nouns
        ?.trim()
        .split(/\s+/)
        .every(
          (w) => !/ed$/.test(w) && !PAST_TENSES.has(w) && !REPORTING_VERBS.has(w) && !SUBJECT_STOP.test(w),
        ) === true;
    if (startsNamed && named && named.actor.type !== "place" && describes)
      return { ...this.ref(named.actor, from), ...this.roleOf(from, named, b) };
    const head = this.headOf(from, subjectEnd, inSubject);
    if (head === "nominal" && apposition)
      return { ...this.ref(apposition.actor, from), ...appositionRole(subject) };
    if (head === "nominal") return this.nominal(subject, from, at, b);
    if (head) return { ...this.ref(head.actor, from), ...this.roleOf(from, head, b) };
    // "The Blaze's Jane Roe provided …": a person named right after a possessor is the subject.
    const second = inSubject[1];
    if (
      first &&
      startsNamed &&
      second?.actor.type === "person" &&
      /^['’]s?\s+$/.test(body.slice(first.end, second.start))
    )
      return this.ref(second.actor, from);
    // "Communications Office Secretary Jane Roe released …", "House Speaker Jane Roe lamented":
    // a body and a title before a person's name qualify that person.
    // So does a lower-case title ("AIP chairman Jane Roe reflects this view").
    const between = first && second ? body.slice(first.end, second.start) : "";
    if (
      first &&
      startsNamed &&
      first.actor.type !== "person" &&
      second?.actor.type === "person" &&
      (/^(?:\s+[\p{Lu}][\p{L}.-]*){1,3}\s+$/u.test(between) ||
        (/^(?:\s+[\p{L}.-]+){1,3}\s+$/u.test(between) && nominalType(between.trim()) === "person"))
    )
      return { ...this.ref(second.actor, from), ...this.roleOf(from, second, b) };
    // The subject opens with a name ("The Coast Guard has announced"), maybe after a person's
    // description ("Former First Lady Jane Roe gave …"): that is the speaker.
    if (first && (startsNamed || (titled && first.actor.type === "person"))) {
      // "The Smith campaign said": a name used as a modifier of a noun is not the speaker, except
      // before a document, which it issued ("the Central Bank report says").
      // So is a possessor ("Roe's lawyers argued"): the speaker is the lawyers, described.
      const noun = /^(?:['’]s?)?\s+([\p{Ll}][\p{L}-]*)/u.exec(body.slice(first.end, subjectEnd));
      if (noun && nominalType(noun[1]!) && !DOCUMENT_NOUNS.has(noun[1]!))
        return this.nominal(subject, from, at, b);
      // "The GOP presidential candidate said": lower-case words after the name, ending on a noun
      // that speaks, describe someone the name only qualifies.
      const rest = /^(?:['’]s?)?((?:\s+[\p{Ll}][\p{L}-]*){2,4})\s*$/u.exec(
        body.slice(first.end, subjectEnd),
      )?.[1];
      const head = rest?.trim().split(/\s+/).at(-1) ?? "";
      if (rest && nominalType(rest) && !DOCUMENT_NOUNS.has(head) && !VERBISH.test(rest))
        return this.nominal(subject, from, at, b);
      // A place speaks only as a country that is the whole subject ("Japan said", not "The U.S.
      // media claimed"); "Ohio voters said" is described above.
      const wholeSubject = /^\s*$/.test(body.slice(first.end, subjectEnd));
      if (first.actor.type !== "place" || (this.canSpeak(first) && wholeSubject))
        return this.ref(first.actor, from);
    }
    // "On Monday the mayor said", "Later his daughter reported": a phrase fronted before a
    // description without a comma is no part of it.
    const unfronted = withoutFrontedPhrase(subject);
    if (
      unfronted !== subject &&
      commaAt < 0 &&
      inRange.every((m) => m.start >= subjectEnd - unfronted.length && m.end <= subjectEnd) &&
      !/["“”]/.test(unfronted) &&
      !VERBISH.test(unfronted) &&
      !/\b(?:that|who|which)\b/i.test(unfronted) &&
      nominalType(unfronted)
    )
      return this.nominal(unfronted, subjectEnd - unfronted.length, at, b);
    // "Mr. Smith" without a mention, "the report", "the company": described, not named.
    // "Attorneys for Roe argued": a plural noun heads the subject, the name only follows it.
    const described = /^([\p{L}]+s)\s+(?:for|of|to|with|from)\s/u.exec(subject);
    if (
      (described && !inSubject.some((m) => m.start === from) && nominalType(described[1]!)) ||
      DETERMINER.test(subject) ||
      QUANTITY.test(subject) ||
      /^(?:his|her|its|their|part of|much of)\s/i.test(subject) ||
      ROLE_OWNER.test(subject)
    )
      return this.nominal(subject, from, at, b);
    // "Others, reacting to the video, shouted": a subject without a name does not borrow one
    // from its apposition.
    // "Federal prosecutors wrote": a bare plural or adjective-led description is unnamed too;
    // so is a plural noun alone before a verb of saying ("Demonstrators said"), or a collective
    // one ("Police said"), or one qualified by a possessor the text names nowhere else ("Roe's
    // former strategist said").
    // ("Critics call it", "Opponents have called it": a verb that names what was said, after an
    // auxiliary or an adverb.)
    const nextVerb =
      /^\s*(?:(?:have|has|had|also|long|often|repeatedly|now)\s+)*([\p{Ll}]+)/u.exec(
        body.slice(b, b + 40),
      )?.[1] ?? "";
    const saysNext = SAYING_VERBS.has(nextVerb) || /^(?:call|describe|label|dub)(?:s|e?d)?$/.test(nextVerb);
    const bare =
      /^[\p{L}'’ -]+$/u.test(subject) &&
      (subject.includes(" ") ||
        (saysNext &&
          ((/[^s]s$/.test(subject) && LOWERCASE_WORDS.has(subject.toLowerCase())) ||
            COLLECTIVE_NOUNS.has(subject.toLowerCase())))) &&
      !/^(?:for|what|as|and|but|so|if|when|while|that|this|which|who|to|in|on|at|by|with|from|of)\s/i.test(
        subject,
      );
    // ("Outside court, elder Jane Roe said": a phrase opening on a preposition is fronted, no subject.)
    if (
      inSubject.length === 0 &&
      subject.split(/\s+/).length <= 4 &&
      (commaAt >= 0 || bare) &&
      !FRONTED_PREPOSITION.test(subject)
    ) {
      // ("My uncle often said", "Critics have long called": the adverbs before the verb are no
      // part of the description.)
      const described = subject
        .replace(ADVERB_TAIL, "")
        .replace(/\s+(?:has|have|had)(?:\s+long)?$/, "")
        .replace(ADVERB_TAIL, "");
      const type = nominalType(described);
      if (type) return { actor: null, name: described, type, at: from };
    }
    // A clause opening on a participle has no subject of its own: the object of its preposition
    // does not speak ("holding up jars of Acme Jam and warning readers").
    const participle = /^[\p{Ll}]+ing\s/u.test(subject);
    const isPerson = (m: Mention) => m.actor.type === "person" && !(participle && this.prepositionObject(m));
    const person = inSubject.find(isPerson) ?? inRange.find(isPerson);
    if (person) return this.ref(person.actor, from);
    // A place does not speak ("…, which the BBC describes as"): the first person or organisation.
    const speaking = (m: Mention) => m.actor.type !== "place" && !(participle && this.prepositionObject(m));
    const fallback = inSubject.find(speaking) ?? inRange.find(speaking);
    return fallback ? this.ref(fallback.actor, from) : null;
  }

  /** The head of a subject phrase: the name it ends on ("Trump campaign spokeswoman Hope Hicks",
   * "Sen. Jane Roe of Ohio" -> Jane Roe), "nominal" when it ends on a described person or thing
   * ("a spokesman for the campaign"), or null when it holds no name. */
  private headOf(from: number, end: number, inSubject: Mention[]): Mention | "nominal" | null {
    const body = this.body;
    // "Roe's statement", "From Roe's Facebook post": the possessor of a document issued it.
    const owner = inSubject.find((m) => {
      const noun = OWNED_DOCUMENT.exec(body.slice(m.end, end))?.[1];
      return noun !== undefined && DOCUMENT_NOUNS.has(noun) && m.actor.type !== "place";
    });
    if (owner) return owner;
    const k = inSubject.length - 1;
    const m = inSubject[k];
    if (m) {
      if (!NAME_TAIL.test(body.slice(m.end, end))) return this.lowerHead(m, end);
      // Titles between a preposition and the name belong to the name ("an aide to Senator Roe").
      const before = body
        .slice(from, m.start)
        .replace(TITLE_RUN, (run) =>
          run.split(/\s+/).every((w) => !w || TITLES.has(w) || TITLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w))
            ? ""
            : run,
        );
      if (PREPOSITION_END.test(before)) {
        // "X of Y": the head is X. A name before the preposition is the speaker ("Sen. Roe of
        // Ohio"), a common noun makes it a described speaker ("an aide to Senator Roe").
        const cut = before.replace(PREPOSITION_END, "");
        const prev = inSubject[k - 1];
        // So is a name whose own adjunct the preposition ends ("Roe in a letter to Doe said").
        if (
          prev &&
          prev.end <= from + cut.length &&
          (/^[\s,]*$/.test(body.slice(prev.end, from + cut.length)) ||
            (prev.actor.type === "person" && NAME_TAIL.test(body.slice(prev.end, from + cut.length))))
        ) {
          // "Archbishop Roe of the Patriarchate of Jerusalem": up the chain of "of" to its head.
          const head = this.chainHead(inSubject, k - 1);
          return head.actor.type === "place" ? null : head;
        }
        if (/(?:^|\s)[\p{Ll}][\p{L}-]*\s*$/u.test(cut) || DETERMINER.test(`${cut.trim()} `)) return "nominal";
        return null;
      }
      if (m.actor.type === "place") return null;
      // "Clinton's campaign manager Robby Mook": the name last in the phrase.
      return m;
    }
    return null;
  }

  /** Whether a name can be the subject that speaks: people and bodies, and a country named as
   * itself or by its capital, standing for its government; no other place. */
  private canSpeak(m: Mention): boolean {
    return m.actor.type !== "place" || STATE_NAMES.has(this.body.slice(m.start, m.end));
  }

  /** The names of a subject made only of people joined by "and" ("Roe and Doe", "both Roe and
   * Doe"), as the text writes them, or null. */
  private namedTogether(from: number, end: number, verb: number, named: Mention[]): string | null {
    // (A country in a title, "Chinese leader Roe", is no one of the pair.)
    if (named.some((m) => m.actor.type === "org")) return null;
    const inSubject = named.filter((m) => m.actor.type === "person");
    if (inSubject.length < 2) return null;
    if (new Set(inSubject.map((m) => m.actor)).size < inSubject.length) return null;
    const body = this.body;
    const first = inSubject[0]!;
    const last = inSubject[inSubject.length - 1]!;
    // (The pair opens the subject and its own verb may follow, "Roe and Doe issued a statement",
    // but no other clause: "Roe and Doe will meet, Poe said, adding".)
    // ("When Roe and Doe declared …": a clause opened by a conjunction of time or cause; "Chinese
    // leader Roe and Russian President Doe": each name after its title.)
    const opening =
      /^\s*(?:(?:when|after|as|since|before|while|because|although|though|once)\s+)?(?:both\s+)?/i.exec(
        body.slice(from, first.start),
      )![0];
    if (
      !titlesOnly(body.slice(from + opening.length, first.start)) ||
      !/^(?:\s*$|\s+[\p{Ll}])/u.test(body.slice(last.end, end)) ||
      /[,;:]/.test(body.slice(last.end, verb))
    )
      return null;
    const joined = inSubject.every((m, k) => {
      if (k === 0) return true;
      const between = /^\s+and\s+([\s\S]*)$/.exec(body.slice(inSubject[k - 1]!.end, m.start));
      return between !== null && titlesOnly(between[1]!);
    });
    return joined ? inSubject.map((m) => body.slice(m.start, m.end)).join(" and ") : null;
  }

  /** The first name of a chain "A of the B of C" ending at `inSubject[k]`. */
  private chainHead(inSubject: Mention[], k: number): Mention {
    let i = k;
    while (i > 0) {
      const m = inSubject[i]!;
      const prev = inSubject[i - 1]!;
      const between = this.body.slice(prev.end, m.start);
      if (!/^,?\s+(?:of|at|for|from|with)\s+(?:the\s+)?$/.test(between)) break;
      i--;
    }
    return inSubject[i]!;
  }

  /** The subject goes on past its last name: "Clinton's campaign said" / "the Smith family". */
  private lowerHead(m: Mention, end: number): Mention | "nominal" | null {
    const tail = this.body.slice(m.end, end);
    // "Obama's first five questioners": a possessor is never the head.
    if (/^['’]s?\s+[\p{Ll}]/u.test(tail)) return "nominal";
    // "The Unite union said", "the Vantor company said": a body's name before one noun of its
    // kind is that body (not before a document's noun: "its Amazon summary" is no Amazon's).
    const kind = /^\s+([\p{Ll}]+)\s*$/u.exec(tail)?.[1];
    if (kind && m.actor.type === "org" && nominalType(kind) === "org" && !DOCUMENT_NOUNS.has(kind)) return m;
    // "the Senate President said": a body's name before an office's title describes who holds it.
    if (m.actor.type === "org" && TITLES.has(tail.trim())) return "nominal";
    return null;
  }

  /** A described speaker: the actor the text says it is, else unnamed with its description. */
  private nominal(subject: string, from: number, at: number, end: number): SpeakerRef | null {
    const phrase = describedHead(subject.replace(/\s+/g, " ").trim());
    // `said the bureau's director, Jane Roe, on Monday`: the person named in apposition right after
    // the description of a person.
    // (Maybe after a title: "said the council's planning chair, Cllr Jane Roe.")
    const apposed = this.mentionsIn(end, end + 60)[0];
    const between = /^\s*,\s*((?:[\p{L}.-]+\s+){0,2})$/u.exec(
      this.body.slice(end, apposed?.start ?? end),
    )?.[1];
    if (
      apposed?.actor.type === "person" &&
      between !== undefined &&
      // ("said its owner, retired postman Alan Hughes.": a role in lower case may come between too.)
      (between.split(/\s+/).every((w) => !w || TITLES.has(w)) || personRole(between.trim())) &&
      /^\s*(?:[,.;]|$)/.test(this.body.slice(apposed.end, apposed.end + 2)) &&
      nominalType(phrase) === "person"
    )
      return this.ref(apposed.actor, from);
    // "Renee and Paul Roe ran a bait shop. … "…," the couple said": the two people named
    // together in this sentence or the one before.
    if (/^the\s+(?:couple|pair)$/i.test(phrase)) {
      const pair = this.pairBefore(from);
      if (pair) return { actor: null, name: pair, type: "person", at: from };
    }
    // "the Greens said", "the Christian Democrats said": a name in the plural after "the" is a
    // party or a body of members (not a people: "the Saudis"); the actor it names, if any.
    const members = /^the\s+((?:[\p{Lu}][\p{L}-]+\s+){0,2}[\p{Lu}][\p{L}-]+[^s]s)$/u.exec(phrase)?.[1];
    // (Nor a family: "the Barkers" beside Tom Barker.)
    const family = (actor: ActorRecord) =>
      actor.type === "person" && actor.name.endsWith(` ${members!.slice(0, -1)}`);
    if (members && lookup(members)?.form !== "demonym" && !this.recent(end, family)) {
      const named = this.mentionsIn(from, end).find((m) => m.actor.type === "org");
      return named ? this.ref(named.actor, from) : { actor: null, name: phrase, type: "org", at: from };
    }
    // "… by the FAA and the NTSB, with the latter confirming": the one named last before it.
    if (/^the latter\b/i.test(phrase)) {
      const latter = this.mentionsIn(this.sentences[Math.max(0, this.sentenceAt(from) - 1)]!.start, from)
        .filter((m) => m.actor.type !== "place" && !this.insideQuote(m.start))
        .at(-1);
      return latter ? this.ref(latter.actor, from) : null;
    }
    // "the Ethiopian said": the person named lately as from that country ("Ethiopia's Tigist
    // Bekele", "Kenyan runner Grace Chebet"), within a pronoun's reach.
    const named = /^the\s+((?:[\p{Lu}][\p{L}]+\s)?[\p{Lu}][\p{L}]+)$/u.exec(phrase)?.[1];
    // ("the Irishwoman", "the Dutchman": the people's adjective joined to "man" or "woman".)
    const origin = named && lookup(named)?.form !== "demonym" ? named.replace(/(?:wo)?man$/, "") : named;
    // (One person: not "the Kenyans".)
    const demonym = origin && !/[^s]s$/.test(origin) ? lookup(origin) : undefined;
    const country = demonym?.form === "demonym" ? demonym.canonical : null;
    if (origin && country) {
      const placedBefore = new RegExp(
        `(?:\\b${country}['’]s|\\b${origin})\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`,
        "u",
      );
      const placed = this.recent(
        Math.min(at, from),
        (actor, m) =>
          actor.type === "person" &&
          placedBefore.test(
            this.body.slice(Math.max(this.sentences[m.sentence]!.start, m.start - 50), m.start),
          ),
      );
      const lastAt = placed?.mentions.filter((m) => m.start < from).at(-1)?.start;
      if (placed && lastAt !== undefined && this.sentenceAt(from) - this.sentenceAt(lastAt) <= PRONOUN_REACH)
        return this.ref(placed, from);
      // (`Sorensen said she was hurt. "…," the Dane said`: else the one person opening the sentence
      // before, unless the text places that person in another country.)
      const subject = placed ? null : this.soleSubjectBefore(Math.min(at, from));
      if (subject && !this.placedElsewhere(subject, country)) return this.ref(subject, from);
      return { actor: null, name: phrase, type: "person", at: from };
    }
    // "the 19-year-old said": the person the text gives that age, else the one a "he" or "she"
    // there would be, unless the text gives that person another age.
    const age = /^the\s+(\d{1,3})-year-old$/i.exec(phrase)?.[1];
    if (age) {
      const ageOf = (actor: ActorRecord): string | undefined =>
        actor.mentions
          .map(
            (m) =>
              /^,\s+(\d{1,3}),/.exec(this.body.slice(m.end, m.end + 8))?.[1] ??
              /(\d{1,3})-year-old\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(
                this.body.slice(Math.max(0, m.start - 40), m.start),
              )?.[1],
          )
          .find((found) => found !== undefined);
      const aged = this.recent(
        Math.min(at, from),
        (actor) => actor.type === "person" && ageOf(actor) === age,
      );
      if (aged) return this.ref(aged, from);
      const oldest = this.sentenceAt(from) - PRONOUN_REACH;
      const found = this.antecedent(from, "person", null, null, oldest);
      if (found && ageOf(found) === undefined) return this.ref(found, from);
    }
    // "her son said": the person the text introduced as "her son" ("confirmed by her son, Erik
    // Roe,"), named lately.
    const kin = KIN.exec(phrase);
    if (kin) {
      const introduced = new RegExp(`\\b${kin[1]}\\s+${kin[2]}\\s*,?\\s*$`, "i");
      const relative = this.recent(
        from,
        (actor, m) =>
          actor.type === "person" && introduced.test(this.body.slice(Math.max(0, m.start - 24), m.start)),
      );
      const lastAt = relative?.mentions.filter((m) => m.start < from).at(-1)?.start;
      if (relative && lastAt !== undefined && this.sentenceAt(from) - this.sentenceAt(lastAt) <= NOUN_REACH)
        return this.ref(relative, from);
    }
    const listed = ROLE_REF.exec(phrase) ?? ROLE_TAIL.exec(phrase) ?? ROLE_OWNER.exec(phrase);
    // Any other noun of what a person is ("the striker", "the nurse"): only the person the text
    // gave that role, named last before it.
    const occupation = listed ? null : OCCUPATION_TAIL.exec(phrase);
    const role = listed ?? occupation;
    if (role && (/^the\s/i.test(phrase) || ROLE_OWNER.test(phrase))) {
      const title = role[1]!.toLowerCase();
      // The person the text gave that title: in their roles, or in the words before a mention
      // ("criticised by archbishop Jane Roe" -> "the archbishop").
      // (Named before the description: the words after it are its verb's objects, "The president
      // told correspondent Jane Roe".)
      const holds = (actor: ActorRecord, m: Mention): boolean =>
        actor.type === "person" &&
        ([...actor.roles].some(
          (r) => holdsTitle(r, title) || (title === "leader" && HEAD_OF_GOVERNMENT.test(r)),
        ) ||
          actor.name.toLowerCase().startsWith(`${title} `) ||
          this.appositionsOf(actor).some((apposition) => holdsTitle(apposition, title)) ||
          this.body
            // Only the words of this name's own phrase: not "Senator Roe and" before "Jane Doe",
            // nor "Gov. Jane Roe accused" before "Tom Doe".
            .slice(
              Math.max(this.sentences[m.sentence]!.start, m.start - 40, this.endBefore(m.start)),
              m.start,
            )
            .split(/[,;]|\s(?:and|or|with|to|by|for)\s/)
            .at(-1)!
            .toLowerCase()
            // (A title in the possessive is someone else's: "the prince's purchases of Roe's".)
            .replace(/[\p{L}-]+['’]s?(?![\p{L}])/gu, "")
            .split(/[^\p{L}-]+/u)
            .map((word) => ABBREVIATED_TITLES.get(word) ?? word)
            .includes(title) ||
          // ("The Governor of Ondo State, Mr. Lucky Roe, …": the title before the name's comma.)
          apposedAfter(
            this.body.slice(Math.max(this.sentences[m.sentence]!.start, m.start - 80), m.start),
            title,
          ));
      // "The Florida senator" is no senator the text places elsewhere ("Sen. Joni Ernst, R-Iowa"),
      // and "the health minister" no minister of aviation: each word describing the title is seen
      // beside the person's name or in a role.
      const titleAt = role.index + role[0].toLowerCase().indexOf(title);
      const modifiers = (
        phrase
          .slice(role.index, titleAt)
          .toLowerCase()
          .match(/[\p{L}][\p{L}-]+/gu) ?? []
      ).filter((word) => !/^(?:the|an|former|new|current|then|year-old)$/.test(word));
      // (A people's adjective agrees with its country's name too, and only in the name's own
      // phrase: "Kenya's President Jane Roe" is "the Kenyan president"; in "Russian President Ivan
      // Petrov met Chinese President Li Wei", Li is not "the Russian leader".)
      const nation = (word: string) => {
        const entry = lookup(word.charAt(0).toUpperCase() + word.slice(1));
        return entry?.form === "demonym" ? entry.canonical.toLowerCase() : null;
      };
      const placedIn = (m: Mention, word: string, country: string) => {
        const sentenceStart = this.sentences[m.sentence]!.start;
        const personBefore = this.mentionsIn(sentenceStart, m.start)
          .filter((other) => other.actor.type === "person")
          .at(-1);
        const before = this.body.slice(
          Math.max(sentenceStart, m.start - 40, personBefore?.end ?? 0),
          m.start,
        );
        const after = /^,\s[^,;.]{0,40}/.exec(this.body.slice(m.end, m.end + 44))?.[0] ?? "";
        const phrase = `${before} ${after}`.toLowerCase();
        return phrase.includes(word) || phrase.includes(country);
      };
      const agrees = (actor: ActorRecord) =>
        modifiers.every((word) => {
          if ([...actor.roles].some((r) => r.toLowerCase().includes(word))) return true;
          const country = nation(word);
          if (country) return actor.mentions.some((m) => placedIn(m, word, country));
          return actor.mentions.some((m) =>
            withStatesSpelled(
              this.body.slice(
                Math.max(this.sentences[m.sentence]!.start, m.start - 60),
                Math.min(this.sentences[m.sentence]!.end, m.end + 60),
              ),
            )
              .toLowerCase()
              .includes(word),
          );
        });
      // (The last one named who agrees with the words describing the title, else the last one.)
      const titled =
        this.recent(Math.min(at, from), (actor, m) => holds(actor, m) && agrees(actor)) ??
        this.recent(Math.min(at, from), holds);
      // "The former president" is not the president in office: the title must say "former" too.
      const former = /\bformer\b/i.test(phrase);
      const isFormer = (actor: ActorRecord) =>
        [...actor.roles].some((r) => /\bformer\b/i.test(r)) ||
        this.appositionsOf(actor).some((apposition) => holdsTitle(apposition, `former ${title}`)) ||
        actor.mentions.some((m) =>
          /\bformer\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(this.body.slice(Math.max(0, m.start - 40), m.start)),
        );
      // An occupation many share ("the actress") points only to the last person named before it.
      const lastAt = titled?.mentions.filter((m) => m.start < from).at(-1)?.end ?? from;
      const shared =
        (OCCUPATIONS.test(title) || occupation !== null) &&
        this.mentionsIn(lastAt, from).some((m) => m.actor !== titled && m.actor.type === "person");
      // Named lately, or the one person the text gives that title: "the senator" is not a senator
      // named many paragraphs before, among others.
      const near =
        this.sentenceAt(from) - this.sentenceAt(lastAt) <= PRONOUN_REACH ||
        [...this.holdersOf(title, holds)].every((actor) => actor === titled);
      if (titled && near && agrees(titled) && former === isFormer(titled) && !shared)
        return this.ref(titled, from);
    }
    // "a statement released by X's office", "a memo posted by Senator X": X issued it; not "a
    // memo seen by X", which X only saw.
    const by = this.mentionsIn(from, end).find((m) => {
      if (m.actor.type === "place" || this.insideQuote(m.start)) return false;
      const before = this.body.slice(Math.max(from, m.start - 40), m.start);
      return ISSUED_BY.test(before) && !SEEN_BY.test(before);
    });
    if (by && nominalType(phrase) !== "person") {
      // ("a statement issued by the mayor's office": the office, as when it is the subject.)
      const office = /^['’]s?\s+office\b/.exec(this.body.slice(by.end, by.end + 12));
      return office
        ? { actor: null, name: this.body.slice(by.start, by.end + office[0].length), type: "org", at: from }
        : this.ref(by.actor, from);
    }
    // "The report, by the barrister Jo Roe KC, found": its author, set off right after it.
    const authored = /,\s+(?:(?:written|led|commissioned|compiled)\s+)?by\s+[^,;:"“”]{2,60},\s*$/.exec(
      this.body.slice(from, end),
    );
    const author = authored ? this.mentionsIn(from + authored.index, end)[0] : undefined;
    if (author && author.actor.type !== "place" && nominalType(phrase) !== "person")
      return this.ref(author.actor, from);
    const document =
      DOCUMENT_NOUN.exec(phrase) ??
      /^(?:a|an)\s+(?:[\w-]+\s+)?(statement|report|letter|study)\b/i.exec(phrase);
    if (document) {
      // Otherwise the organisation that spoke of it; a ruling or its summary, the court.
      const noun = document[1]!.toLowerCase();
      const court = /^(?:decision|ruling|judgment|judgement|verdict|order|opinion|summary)$/.test(noun)
        ? this.salient(from, (actor) => actor.type === "org" && /\bCourt\b/.test(actor.name))
        : null;
      const issuer = this.issuerOf(noun, from) ?? court;
      if (issuer) return this.ref(issuer, from);
    }
    // "Their statement", "his letter": whoever was named last.
    const owned = /^(their|its|his|her)\s+(?:[\w-]+\s+)?([\p{Ll}]+)\b/iu.exec(phrase);
    if (owned && (DOCUMENT_NOUNS.has(owned[2]!) || /^(?:remarks|comments|speech)$/.test(owned[2]!))) {
      const person = /^(?:his|her)$/i.test(owned[1]!);
      // "According to its news release, the league was …": the owner named right after the source.
      const next = /^\s*,\s*(?:the\s+)?/i.exec(this.body.slice(end, end + 8));
      const named = next ? this.mentionsIn(end, end + next[0].length + 1)[0] : undefined;
      if (named && named.actor.type === (person ? "person" : "org")) return this.ref(named.actor, from);
      const found = this.antecedent(
        from,
        person ? "person" : "org",
        person ? (owned[1]!.toLowerCase() === "her" ? "f" : "m") : null,
      );
      if (found) return this.ref(found, from);
      // (With no owner in view, the document itself is the unnamed source: "its Amazon summary".)
    }
    // "A statement from the carmaker read": the body the document came from, as "the carmaker".
    const issuedFrom = document ? /\s(?:from|by)\s+(the\s.*)$/i.exec(phrase)?.[1] : undefined;
    const orgPhrase = issuedFrom ?? phrase;
    const orgNoun = ORG_NOUNS.exec(orgPhrase) ?? ORG_TAIL.exec(orgPhrase);
    if (orgNoun && /^the\s/i.test(orgPhrase)) {
      const head = orgNoun[1]!.replace(/^[\p{Ll}]/u, (c) => c.toUpperCase());
      const noun = orgNoun[1]!.toLowerCase();
      // ("Northshire Police said … the force said": a police force's own word for itself.)
      const named = this.salient(
        from,
        (actor) =>
          actor.type === "org" &&
          (headsName(head, actor.name) ||
            (noun === "force" && /\b(?:Police|Constabulary)\b/.test(actor.name))),
      );
      // "The nurses' union, the Allied Nursing Federation, … The union said": the body the text
      // named right after that noun.
      const introducedBy = new RegExp(`\\b${noun}\\s*,?\\s*(?:the\\s+)?$`, "i");
      const introduced = this.recent(
        from,
        (actor, m) =>
          actor.type === "org" && introducedBy.test(this.body.slice(Math.max(0, m.start - 30), m.start)),
      );
      // Named lately: "the agency" is not the CIA named in passing many paragraphs before. (One the
      // text introduced with the noun is worth a longer reach.)
      for (const [actor, reach] of [
        [named, NOUN_REACH],
        [introduced, 2 * NOUN_REACH],
      ] as const) {
        const last = actor?.mentions.filter((m) => m.start < from).at(-1);
        if (
          actor &&
          last &&
          this.sentenceAt(from) - this.sentenceAt(last.start) <= reach &&
          !this.anotherDescribed(noun, last.end, from)
        )
          return this.ref(actor, from);
      }
      // Only the generic nouns point back to any organisation; "the army" is not "the company".
      // Only the generic nouns may point back to the organisation just named, and only when it
      // is the one organisation of the sentence before ("Acme cut jobs. The company said …").
      if (GENERIC_ORG_NOUNS.has(noun) && noun !== "campaign") {
        // (Before the quote, when it comes first: its own sentences name no one who says it.)
        const org = this.soleOrgBefore(Math.min(at, from));
        // "The newspaper said": only an organisation named like a news outlet; "the company", no
        // public body ("a complaint to the Labor Relations Board. The company said": not the board).
        if (
          org &&
          (!MEDIA_NOUNS.has(noun) || MEDIA_NAME.test(org.name)) &&
          !(BUSINESS_NOUNS.test(noun) && PUBLIC_BODY_HEAD.test(org.name))
        )
          return this.ref(org, from);
      }
    }
    const words = phrase.split(" ").length;
    // (No clause: "The school was rated inadequate after inspectors" names no one.)
    if (
      words > 10 ||
      CLAUSE_VERB.test(phrase) ||
      !NOMINAL_SHAPE.test(COORDINATED_ADJECTIVES.test(phrase) ? phrase.replace(",", "") : phrase) ||
      /["“”]/.test(this.body.slice(from, end))
    )
      return null;
    const type = nominalType(phrase) ?? (personByShape(phrase) ? "person" : null);
    if (!type) return null;
    // `Petrov was gracious. "…," the Russian-born grandmaster said`: a description of what the
    // person just named is, not of someone who speaks for others.
    const described = type === "person" ? this.subjectDescribed(phrase, Math.min(at, from)) : null;
    if (described) return this.ref(described, from);
    return { actor: null, name: phrase, type, at: from };
  }

  /** Whether the text from `from` to `at` (outside quotes) describes another body by `noun` with
   * words of its own ("a trade group", "the trade group for dairy farmers"): "the group" then means
   * that one, not the body named before it ("Acme Group … the trade group for farmers … "…," the
   * group wrote"). A description set off right after the name is the name's own ("Acme Group, a
   * trade group for grocers,"). */
  private anotherDescribed(noun: string, from: number, at: number): boolean {
    const described = new RegExp(
      `(?<![\\p{L}])(?:a|an|the|another)\\s+(?:[\\p{Ll}-]+\\s+){1,2}${noun}(?![\\p{L}'’])`,
      "gu",
    );
    const text = this.body.slice(from, at);
    for (const m of text.matchAll(described)) {
      // (Nor what the named body is said to be: "Acme is a small company", "as a group"; nor
      // "the same group".)
      if (/^\s*,\s*$/.test(text.slice(0, m.index))) continue;
      if (
        /(?<![\p{L}])(?:is|was|are|were|be|been|became|becomes|remains|remained|as)\s+$/u.test(
          text.slice(0, m.index),
        )
      )
        continue;
      if (/^\S+\s+(?:same|whole|entire|very)\s/.test(m[0])) continue;
      if (!this.insideQuote(from + m.index)) return true;
    }
    return false;
  }

  /** The person named opening the sentence before offset `at`, in its paragraph, whom the definite
   * description `phrase` ("the grandmaster") describes: no one else named since (outside quotes),
   * a head noun that is no source's ("the spokesman", "an aide"), and no other gender. */
  private subjectDescribed(phrase: string, at: number): ActorRecord | null {
    const head = /^the\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(phrase)?.[1];
    if (!head || SOURCE_NOUNS.has(head) || /[^s]s$/.test(head)) return null;
    // (Nor a title, which the person must be given: "the senator" may be another senator.)
    const title = head.charAt(0).toUpperCase() + head.slice(1);
    if (TITLES.has(title) || ROLE_NOUNS.has(title)) return null;
    const subject = this.soleSubjectBefore(at);
    if (!subject) return null;
    const gender = nominalGender(head);
    const own = this.personGender(subject);
    return gender && own && gender !== own ? null : subject;
  }

  /** Whether a mention of `actor` follows a country other than `country` ("Hungary's Petra
   * Varga", "Hungarian Petra Varga"). */
  private placedElsewhere(actor: ActorRecord, country: string): boolean {
    return actor.mentions.some((m) => {
      const before = this.body.slice(Math.max(0, m.start - 40), m.start);
      const place = /([\p{Lu}][\p{L}]+)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(before)?.[1];
      const entry = place ? lookup(place) : undefined;
      return entry !== undefined && entry.type === "place" && entry.canonical !== country;
    });
  }

  /** The person named opening the sentence before offset `at`'s, in its paragraph, when no one
   * else is named since (outside quotes). */
  private soleSubjectBefore(at: number): ActorRecord | null {
    const here = this.sentenceAt(at);
    const before = this.sentences[here - 1];
    if (!before || before.paragraph !== this.sentences[here]!.paragraph) return null;
    const named = this.mentionsIn(before.start, at).filter(
      (m) => m.actor.type === "person" && !this.insideQuote(m.start),
    );
    const subject = named[0];
    // (Others named there only as a preposition's objects: "Roe finished behind Doe.")
    if (!subject || named.some((m) => m.actor !== subject.actor && !this.prepositionObject(m))) return null;
    // ("Her grandfather, Jo Roe, watched": a description may open the sentence before the name.)
    return OPENING_BEFORE_NAME.test(this.body.slice(before.start, subject.start)) ? subject.actor : null;
  }

  /** Whether the words from `from` to `at` describe a person ("Republican candidate", "Former
   * First Lady"): a short phrase without punctuation or verbs, headed by a person's noun or made
   * of titles. */
  private describedBefore(from: number, at: number): boolean {
    if (at - from > 48) return false;
    const opening = this.body.slice(from, at).trim();
    return (
      opening.length > 0 &&
      opening.length <= 40 &&
      !/[,;:"“”]/.test(opening) &&
      !VERBISH.test(opening) &&
      // ("an announcer in the Roe video": words ending on a preposition or an article put the name in
      // the description's own phrase; they do not describe the name.)
      !/(?:^|\s)(?:of|in|on|at|for|to|with|from|by|about|the|a|an)$/i.test(opening) &&
      (nominalType(opening) === "person" ||
        opening.split(/\s+/).every((w) => TITLES.has(w) || TITLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w)))
    );
  }

  /** "he"/"she": the nearest compatible person; "it": the nearest organisation. An unnamed
   * speaker just quoted ("the woman said … she said") counts when nobody was named since. */
  private pronoun(
    word: string,
    at: number,
    last: SpeakerRef | null,
    quoteAt: number,
    excluded: ActorRecord | null = null,
  ): SpeakerRef | null {
    const type = word === "it" ? "org" : "person";
    const gender: Gender | null = word === "she" ? "f" : word === "he" ? "m" : null;
    // A quoted pronoun whose nearest compatible name is four or more sentences back (other people,
    // pronouns and quotes in between) is too far to resolve: on PolNeAR train such antecedents
    // were wrong more often than right (93 against 55), and no speaker beats a wrong one.
    // Counted from the sentence the quote opens in: a long quote's own sentences are no distance.
    const opens = Math.min(this.sentenceAt(at), this.sentenceAt(quoteAt));
    const oldest = opens - (word === "it" ? IT_REACH : PRONOUN_REACH);
    const quote = this.spanOpening(quoteAt);
    // `((Jane Roe)) … She said "…"`: in an interview's answer the one answering says "I", so a
    // third person there is someone else.
    const answering = excluded ?? (type === "person" ? (this.answering(at)?.actor ?? null) : null);
    // `The minister was defiant. "…," she said`: a description opening the sentence just before,
    // naming someone the text named, is nearer than any name.
    const described = gender ? this.describedAntecedent(at, gender) : null;
    if (described && (described.actor === null || described.actor !== answering)) return described;
    // `A neighbour who asked not to be named said she heard a shot. "…," she said`: so is an
    // unnamed person whom an indefinite description opening the sentence before introduced.
    const introduced = gender ? this.indefiniteAntecedent(at, gender) : null;
    if (introduced) return introduced;
    const addressed = gender && quote ? this.addressedBefore(quote.open, gender) : null;
    if (addressed) return this.ref(addressed, at);
    let found = this.antecedent(at, type, gender, quote, oldest, answering);
    // Sentences that open on the same "he"/"she" ("She has said … She was …") keep their
    // antecedent in view: past the usual reach, a name whose gender is known to agree.
    const chained = gender ? this.chainedReach(word, opens, oldest) : oldest;
    if (!found && chained < oldest) {
      const further = this.antecedent(at, type, gender, quote, chained, answering);
      if (further && this.personGender(further) === gender) found = further;
    }
    // (Not many people described for "he" or "she": "The judges called it … "…," he said".)
    const lastHead =
      last?.name
        .replace(/\s+(?:of|at|for|from|in|with)\s[\s\S]*$/, "")
        .split(/\s+/)
        .at(-1) ?? "";
    const many = gender !== null && /[^s]s$/.test(lastHead);
    if (last && !last.actor && !many && last.type === type && last.at < at && this.stillSpeaking(last, at)) {
      const g = nominalGender(last.name);
      const since = found ? found.mentions.some((m) => m.start > last.at && m.start < at) : false;
      if ((g === null || g === gender) && !since) return { ...last, at };
    }
    if (
      !found &&
      last &&
      !(answering && last.actor === answering) &&
      this.continuesSpeaker(last, type, gender, at)
    ) {
      // (Unless someone described since is the one: `"…," said rescuer Jo Roe. … The woman said
      // she was cold. "…," she said`.)
      const described = gender && last.actor ? this.otherDescribed(last.actor, at, gender) : null;
      return described ? { actor: null, name: described, type: "person", at } : { ...last, at };
    }
    if (!found && gender) return this.someoneBefore(at, gender, oldest);
    // `Ukraine's foreign ministry was blunter. "…," it said`: "it" with no body named in reach is
    // the body described, not named, as the subject opening this sentence or the one before; or
    // the body that description points back to (`Skyvale Airways cancelled flights. The airline
    // said … "…," it said`), as when the description itself says it.
    if (!found && type === "org") {
      const here = this.sentenceAt(at);
      const described = this.describedBody(here) ?? this.describedBody(here - 1);
      if (described) {
        const end = described.start + described.text.length;
        const named = this.nominal(described.text, described.start, described.start, end);
        return named?.actor ? { ...named, at } : { actor: null, name: described.text, type: "org", at };
      }
    }
    // `Grant wrote the letter at her table. "Dear class," it begins`: "it" with no body in reach is
    // the letter the sentence before speaks of, and so its writer.
    if (!found && type === "org") {
      const here = this.sentenceAt(at);
      const document = PERSONAL_DOCUMENT_NAMED.exec(this.sentences[here - 1]?.text ?? "")?.[1];
      const writer = document ? this.issuerOf(document.toLowerCase(), at) : null;
      if (writer) return this.ref(writer, at);
    }
    if (found && gender) {
      const described = this.otherDescribed(found, at, gender);
      if (described) return { actor: null, name: described, type: "person", at };
    }
    return found ? this.ref(found, at) : null;
  }

  /** `"You were sacked, weren't you, Ms Roe?" he asked. ¶ "I was made redundant," she replied`:
   * the person of `gender` whom the quote just before this one, with only its attribution
   * between, addresses by name at its close; or null. */
  private addressedBefore(open: number, gender: Gender): ActorRecord | null {
    const k = this.firstSpanAfter(open - 1);
    const before = this.spans[k - 1];
    if (!before || this.spans[k]?.open !== open) return null;
    // (One attribution between, no more: `he asked.`)
    if (!/^[^"“”.!?]{0,60}[.!?]?\s*$/.test(this.body.slice(before.close, open))) return null;
    const last = this.mentionsIn(before.open, before.close).at(-1);
    if (!last) return null;
    if (
      last.actor.type !== "person" ||
      !/,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/.test(
        this.body.slice(Math.max(0, last.start - 8), last.start),
      ) ||
      !/^[?!.]?\s*$/.test(this.body.slice(last.end, before.end))
    )
      return null;
    return (this.personGender(last.actor) ?? gender) === gender ? last.actor : null;
  }

  /** `Health Minister Jo Roe … The minister was defiant. "…," she said`: the person of `gender`
   * that a description opening the pronoun's sentence or the one before refers to ("The minister"
   * as the subject of any verb), when no one is named between it and the pronoun; or null. */
  private describedAntecedent(at: number, gender: Gender): SpeakerRef | null {
    const here = this.sentenceAt(at);
    for (const k of [here, here - 1]) {
      const sentence = this.sentences[k];
      if (!sentence) continue;
      const opening = DEFINITE_SUBJECT.exec(this.body.slice(sentence.start, Math.min(sentence.end, at)));
      if (!opening) continue;
      const start = sentence.start + opening[1]!.length;
      const end = start + opening[2]!.length;
      // (Someone named since stands nearer, unless of the other gender: "The governor ended by
      // addressing Mr. Roe. "…," she said.")
      if (
        this.mentionsIn(end, at).some(
          (m) =>
            m.actor.type === "person" &&
            !this.insideQuote(m.start) &&
            (this.personGender(m.actor) ?? gender) === gender,
        )
      )
        return null;
      const ref = this.nominal(opening[2]!, start, start, end);
      // ("Asked about Roe, the spokesman said …": one who speaks for others, unnamed, is no one
      // the text named either.)
      const head = opening[2]!.split(/\s+/).at(-1)!;
      if (ref && !ref.actor && ref.type === "person" && SOURCE_NOUNS.has(head)) {
        const own = nominalGender(head);
        return own === null || own === gender ? { ...ref, at } : null;
      }
      return ref?.actor?.type === "person" && (this.personGender(ref.actor) ?? gender) === gender
        ? { ...ref, at }
        : null;
    }
    return null;
  }

  /** The unnamed person an indefinite description opening the sentence before `at`'s (in its
   * paragraph) introduces as the subject of a verb, when no one is named since and the noun's
   * gender, if it tells one, agrees; or null. */
  private indefiniteAntecedent(at: number, gender: Gender): SpeakerRef | null {
    const here = this.sentenceAt(at);
    const before = this.sentences[here - 1];
    if (!before || before.paragraph !== this.sentences[here]!.paragraph) return null;
    const opening = INDEFINITE_SUBJECT.exec(this.body.slice(before.start, before.end));
    if (!opening) return null;
    const phrase = opening[2]!;
    const start = before.start + opening[1]!.length;
    // (Not one whose body is named after a comma, "A spokeswoman for the operator, Lotto Ventures,":
    // the description with that name is the one the pronoun search finds.)
    if (/^\s*,\s*[\p{Lu}]/u.test(this.body.slice(start + phrase.length, start + phrase.length + 4)))
      return null;
    if (this.mentionsIn(start, at).some((m) => m.actor.type === "person" && !this.insideQuote(m.start)))
      return null;
    const head = phrase.split(/\s+/).at(-1)!;
    const own = nominalGender(head);
    if (nominalType(phrase) !== "person" || (own !== null && own !== gender)) return null;
    return { actor: null, name: phrase, type: "person", at };
  }

  /** `Donor Jane Roe spoke. The actress said she … "…," she said`: a sentence after `found`'s last
   * mention that opens on "The <noun of person>", a noun none of `found`'s roles holds (and of
   * `gender` when it tells), describes someone else; that description, or null. */
  private otherDescribed(found: ActorRecord, at: number, gender: Gender): string | null {
    if (found.roles.size === 0) return null;
    const lastAt = found.mentions.filter((m) => m.start < at && !this.insideQuote(m.start)).at(-1)?.start;
    if (lastAt === undefined) return null;
    for (let k = this.sentenceAt(at) - 1; k > this.sentenceAt(lastAt); k--) {
      const description = this.describedSubject(k);
      if (!description) continue;
      const noun = description.split(/\s+/).at(-1)!.toLowerCase();
      const g = nominalGender(noun);
      if (g !== null && g !== gender) return null;
      return [...found.roles].some((role) => role.toLowerCase().includes(noun)) ? null : description;
    }
    return null;
  }

  /** "The researchers suggested …. They reported, "…"": "they" alone as the subject is the
   * people a plural description names as the unnamed speaker of this or the sentence before, or
   * as the subject of the sentence before; otherwise no one (a body is "it"). */
  private they(at: number, last: SpeakerRef | null): SpeakerRef | null {
    // ("The couple plan …", "His family said …": a noun of two or more people taken together is
    // plural too.)
    const plural = (description: string) =>
      (/s$/.test(description) && nominalType(description) === "person") ||
      /(?:^|\s)(?:couple|pair|duo|trio|family)$/.test(description);
    if (
      last &&
      !last.actor &&
      last.at < at &&
      this.sentenceAt(at) - this.sentenceAt(last.at) <= 1 &&
      plural(last.name)
    )
      return { ...last, at };
    const before = this.sentences[this.sentenceAt(at) - 1];
    if (!before) return null;
    // "Holm and her colleagues cautioned …. Still, they wrote, "…"": the one named for them, as
    // when that subject itself says it.
    const team =
      /^\s*(?:(?:But|And)\s+)?[^,;:"“”]{2,60}?(?=\s+and\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:colleagues|co-authors|coauthors|team|collaborators|lawyers|attorneys|aides)\s+[\p{Ll}]+)/u.exec(
        this.body.slice(before.start, before.end),
      );
    if (team) {
      const named = this.mentionsIn(before.start, before.start + team[0].length).at(-1);
      if (named?.actor.type === "person" && named.end === before.start + team[0].length)
        return this.ref(named.actor, at);
    }
    // "Roe and Doe wrote the memo. "…," they wrote": the two people that sentence opens on.
    const [first, second] = this.mentionsIn(before.start, before.end).filter(
      (m) => m.actor.type === "person" && !this.insideQuote(m.start),
    );
    if (
      first &&
      second &&
      /^\s*$/.test(this.body.slice(before.start, first.start)) &&
      /^\s+and\s+$/.test(this.body.slice(first.end, second.start)) &&
      /^\s+[\p{Ll}]/u.test(this.body.slice(second.end, second.end + 3))
    )
      return { actor: null, name: this.body.slice(first.start, second.end), type: "person", at };
    // ("Economists at Acme Bank expect …": the description may go on with where they work.)
    const opening =
      /^\s*(?:(?:But|And|Yet|So|Then)\s+)?((?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir)\s+)?((?:[\p{L}-]+\s+){0,2}(?:[\p{L}]+s|couple|pair|duo|trio|family))(?:\s+(?:at|from|of|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}[\p{Lu}][\p{L}.&'’-]*)?)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+/u.exec(
        this.body.slice(before.start, before.end),
      );
    if (!opening || !plural(opening[2]!)) return null;
    // ("The Free Democrats said …. "…," they said": a party named so, the body.)
    const head = before.start + opening[0].indexOf(opening[2]!);
    const party = /^[\p{Lu}]/u.test(opening[2]!)
      ? this.mentionsIn(head, head + opening[2]!.length).find((m) => m.actor.type === "org")
      : undefined;
    return party ? this.ref(party.actor, at) : { actor: null, name: opening[1]!, type: "person", at };
  }

  /** The oldest sentence a quoted "he"/"she" may look back to: one more than `oldest` for each
   * sentence within reach that opens on the same pronoun, up to CHAIN_EXTENSION more. */
  private chainedReach(word: string, opens: number, oldest: number): number {
    const opener = new RegExp(`^\\s*(?:(?:but|and|then)\\s+)?${word}\\b`, "i");
    let chained = oldest;
    for (let k = opens - 1; k >= Math.max(0, chained) && oldest - chained < CHAIN_EXTENSION; k--) {
      const sentence = this.sentences[k]!;
      if (opener.test(this.body.slice(sentence.start, sentence.end))) chained--;
    }
    return chained;
  }

  /** Whether the unnamed speaker `last` may still be who a pronoun at `at` is: within a few
   * sentences, and no one else described opening a sentence since ("A local man spoke …"). */
  private stillSpeaking(last: SpeakerRef, at: number): boolean {
    const from = this.sentenceAt(last.at);
    if (this.sentenceAt(at) - from > CHAIN_REACH) return false;
    for (let k = this.sentenceAt(at); k > from; k--) if (this.opensOnSomeone(k)) return false;
    return true;
  }

  /** "One of the riders chose to speak. She said …": "he"/"she" with no name to go back to is
   * the one person described, not named, opening a sentence before it in its paragraph or right
   * before it (back to sentence `oldest`, not past a sentence naming a person), kept unnamed. */
  private someoneBefore(at: number, gender: Gender, oldest: number): SpeakerRef | null {
    const here = this.sentenceAt(at);
    for (let k = here - 1; k >= Math.max(0, oldest); k--) {
      const sentence = this.sentences[k]!;
      // (Within the pronoun's paragraph, or the sentence right before it.)
      if (k < here - 1 && sentence.paragraph !== this.sentences[here]!.paragraph) return null;
      // (A sentence naming a person is the antecedent search's to judge: "A former aide, Jane Roe, …";
      // not one naming them as the possessor of the description: "Roe's spokeswoman said".)
      if (
        this.mentionsIn(sentence.start, sentence.end).some(
          (m) => m.actor.type === "person" && !this.insideQuote(m.start) && !this.isPossessor(m),
        )
      )
        return null;
      const description = this.someoneOpening(k) ?? this.describedSubject(k);
      if (description) {
        // (One person, of this gender when the words tell: not "Some of the victims", "A man" for "she".)
        const g = nominalGender(description.split(/\s+/).at(-1)!);
        if (/^Some\b/.test(description) || (g !== null && g !== gender)) return null;
        const kin = this.kinNamed(description, sentence.start);
        return kin ? this.ref(kin, at) : { actor: null, name: description, type: "person", at };
      }
    }
    return null;
  }

  /** "Priya and Dev Malhotra … Her husband said": the one person of the kin noun's gender named
   * with the family name of whom "his" or "her" points back to, or null. */
  private kinNamed(description: string, at: number): ActorRecord | null {
    const kin = KIN_OF.exec(description);
    if (!kin) return null;
    // (From the sentence before the one the description opens, which stops the search itself.)
    const owner = this.antecedent(at - 1, "person", kin[1] === "Her" ? "f" : "m");
    const family = owner?.name.split(/\s+/).at(-1);
    if (!owner || !family || !owner.name.includes(" ")) return null;
    const gender = nominalGender(kin[2]!);
    const kinfolk = new Set(
      this.mentionsIn(0, at)
        .map((m) => m.actor)
        .filter(
          (a) =>
            a !== owner &&
            a.type === "person" &&
            a.name.split(/\s+/).at(-1) === family &&
            (this.personGender(a) ?? gender) === gender,
        ),
    );
    return kinfolk.size === 1 ? [...kinfolk][0]! : null;
  }

  /** `"…," he said. … "…," he said`: a pronoun too far from any name still continues the last
   * speaker when that speaker's type and gender fit and no other person or body of that type is
   * named (outside quotes) since that speaker was given, within a few paragraphs. */
  private continuesSpeaker(last: SpeakerRef, type: ActorType, gender: Gender | null, at: number): boolean {
    const actor = last.actor;
    if (!actor || actor.type !== type || last.at >= at) return false;
    const own = this.personGender(actor);
    if (gender && own !== null && own !== gender) return false;
    if (this.sentenceAt(at) - this.sentenceAt(last.at) > CHAIN_REACH) return false;
    // Nor past a sentence opening on someone described but not named ("One of the victims …").
    for (let k = this.sentenceAt(at); k > this.sentenceAt(last.at); k--)
      if (this.opensOnSomeone(k)) return false;
    // (Someone of the other gender named since is no one the pronoun could mean; nor is the one
    // the last speaker told or asked: `"…," he told Roe. "…," he said`; nor one named in a sentence
    // whose subject is this same pronoun, which goes on with the speaker: `She compared Doe to
    // Poe, the former governor. "…," she said`.)
    const sameSubject = gender
      ? new RegExp(`^\\s*(?:(?:but|and|then)\\s+)?${gender === "f" ? "she" : "he"}\\b`, "i")
      : null;
    return !this.mentionsIn(last.at, at).some(
      (m) =>
        m.actor !== actor &&
        m.actor.type === type &&
        !this.insideQuote(m.start) &&
        !(gender && (this.personGender(m.actor) ?? gender) !== gender) &&
        !(sameSubject && this.opensOn(sameSubject, m.start)) &&
        !(m.start - last.at < 40 && TOLD_BEFORE.test(this.body.slice(last.at, m.start))),
    );
  }

  /** Whether the sentence holding `at` opens on `pattern` (and `at` is not its opening word). */
  private opensOn(pattern: RegExp, at: number): boolean {
    const sentence = this.sentences[this.sentenceAt(at)]!;
    const opening = pattern.exec(this.body.slice(sentence.start, sentence.end));
    return opening !== null && sentence.start + opening[0].length <= at;
  }

  /** The people the text gives each title ("senator"), found once per title. */
  private readonly titleHolders = new Map<string, Set<ActorRecord>>();

  /** Where the last mention ending at or before `at` ends; 0 if none. */
  private endBefore(at: number): number {
    let end = 0;
    for (let k = this.lowerBound(at) - 1; k >= 0 && k >= this.lowerBound(at) - 4; k--)
      if (this.mentions[k]!.end <= at) end = Math.max(end, this.mentions[k]!.end);
    return end;
  }

  /** The descriptions set off by a comma right after an actor's mentions ("Roe, the former
   * governor of Ohio, said" -> "the former governor of ohio"), in lower case; found once per actor,
   * so that asking about every mention stays linear. */
  private appositionsOf(actor: ActorRecord): readonly string[] {
    let found = this.appositions.get(actor);
    if (!found) {
      found = [];
      for (const m of actor.mentions) {
        const after = /^,\s+((?:the|a|an)\s+[^,;:()"“”]{2,60}?)\s*[,.;:)]/iu.exec(
          this.body.slice(m.end, m.end + 80),
        );
        if (after) found.push(after[1]!.toLowerCase());
      }
      this.appositions.set(actor, found);
    }
    return found;
  }

  private readonly appositions = new Map<ActorRecord, string[]>();

  private holdersOf(title: string, holds: (actor: ActorRecord, m: Mention) => boolean): Set<ActorRecord> {
    let holders = this.titleHolders.get(title);
    if (!holders) {
      holders = new Set(this.mentions.filter((m) => holds(m.actor, m)).map((m) => m.actor));
      this.titleHolders.set(title, holders);
    }
    return holders;
  }

  /** The interview's line labels, found on first use. */
  private interview?: InterviewLabels;

  /** The person a label names, if any. */
  private labelled(label: InterviewLabel | undefined, at: number): SpeakerRef | null {
    const named = label && this.mentionsIn(label.start, label.end).find((m) => m.actor.type === "person");
    return named ? this.ref(named.actor, at) : null;
  }

  /** `((Jane Roe)) … I said "…"`: the person whose interview answer holds offset `at`. */
  private answering(at: number): SpeakerRef | null {
    this.interview ??= new InterviewLabels(this.body);
    return this.labelled(this.interview.answering(at), at);
  }

  /** `((WN)) … you wrote "…"`: the one interviewed, for the interviewer's line holding `at`. */
  private interviewed(at: number): SpeakerRef | null {
    this.interview ??= new InterviewLabels(this.body);
    return this.labelled(this.interview.interviewed(at), at);
  }

  private ref(actor: ActorRecord, at: number): SpeakerRef {
    return { actor, name: actor.name, type: actor.type, at };
  }

  /** The role the subject gives the speaker: "Alliance Secretary-General Jane Roe" -> the words
   * before the name; "Jane Roe, the alliance's secretary-general, said" -> the apposition. */
  private roleOf(from: number, head: Mention, end: number): { role?: string } {
    if (head.actor.type !== "person") return {};
    // (Only the words after a clause that reports on the name: "State radio reported that
    // President Jane Roe" -> "President".)
    const words = this.body.slice(from, head.start).trim().split(/\s+/);
    const clause = words.findLastIndex(
      (w) => /^(?:that|who|which|whom|whose)$/i.test(w) || REPORTING_VERBS.has(w),
    );
    // (A list's bullet before the title is no part of it: "- Government spokesman Jo Roe".)
    // (Nor a courtesy title or an honour between the role and the name: "Former prime minister
    // Sir Jo Roe".)
    const before = words
      .slice(clause + 1)
      .join(" ")
      .replace(/^[\s\-–—•*·]+/, "")
      .replace(/^\s*(?:the|a|an)\s+/i, "")
      .replace(HONORIFIC_AFTER_ROLE, "")
      .trim();
    if (
      before &&
      before.length <= 60 &&
      !/[,;:"“”]/.test(before) &&
      !/['’]s?$/.test(before) &&
      /[\p{L}]/u.test(before) &&
      !VERBISH.test(before) &&
      // Not a time or a place fronted before the name ("The next day on Twitter Jane Roe").
      !/\b(?:on|in|at|during|after|before|since)\b|(?<!-)\b(?:day|week|month|year|morning|afternoon|evening|night)\b(?!-)/.test(
        before,
      ) &&
      // Nor a word that opens a clause or a phrase ("After Jane Roe said", "When Roe called").
      !/^(?:after|before|since|when|while|as|if|because|although|though|once|until|unless|on|in|at|during|with|for|from|by|and|but|so|then)\b/i.test(
        before,
      ) &&
      // Nor an adverb opening the sentence ("Later Jane Roe said", "Now Roe is promising").
      !/^(?:later|earlier|also|meanwhile|however|yesterday|today|separately|previously)\b/i.test(before) &&
      !SENTENCE_ADVERBS.has(opening(before)) &&
      !ADVERB_SHAPE.test(before) &&
      // A title ("House Republican", "Sen.") or a noun of person ("retired teacher"), not "No wonder".
      // (Not an age alone: "76-year-old Jo Roe, founder of …".)
      (/(?:^|\s)[\p{Lu}][\p{L}.-]*$/u.test(before) || (personRole(before) && !/\d-year-old$/.test(before))) &&
      // (An honour alone, "Engr.", only when no description follows the name.)
      !HONOUR_ONLY.test(before)
    )
      return { role: before };
    const after = /^,\s+((?:the|a|an)\s+[^,;:"“”]{3,60}),/i.exec(
      this.body.slice(head.end, Math.min(end + 1, head.end + 80)),
    );
    if (after && nominalType(after[1]!) === "person") return { role: after[1]! };
    // ("Jo Roe, chief executive of Acme, said": an office of a body needs no article.)
    const office = SUBJECT_OFFICE.exec(this.body.slice(head.end, head.end + 100))?.[1];
    if (office && nominalType(office) === "person" && !VERBISH.test(office)) return { role: office };
    return before && HONOUR_ONLY.test(before) ? { role: before } : {};
  }

  /** The only organisation named (outside quotes) in the sentence before `at`, or null. */
  private soleOrgBefore(at: number): ActorRecord | null {
    const here = this.sentenceAt(at);
    const prev = this.sentences[here - 1];
    const from = prev ? prev.start : this.sentences[here]!.start;
    const mentions = this.mentionsIn(from, at).filter(
      (m) =>
        m.actor.type === "org" &&
        !this.insideQuote(m.start) &&
        // (Not a body named as a place, "rallied at Temple University", nor one spoken to,
        // "told the BBC".)
        !/\b(?:at|near|outside|inside|told|tells|telling)\s+(?:the\s+)?$/.test(
          this.body.slice(Math.max(0, m.start - 12), m.start),
        ),
    );
    const orgs = new Set(mentions.map((m) => m.actor));
    if (orgs.size === 1) return [...orgs][0]!;
    // "The safety commission, which announced the recall with Acme, urged …": of several, the one
    // body not named after a preposition (the others are what it acted with, on or for).
    const subjects = new Set(
      mentions
        .filter(
          (m) =>
            !/\b(?:with|by|from|of|to|for|against|between|and|alongside)\s+(?:the\s+)?$/.test(
              this.body.slice(Math.max(0, m.start - 12), m.start),
            ),
        )
        .map((m) => m.actor),
    );
    return subjects.size === 1 ? [...subjects][0]! : null;
  }

  /** "the report said": the organisation named in the last sentence before that speaks of the report. */
  private issuerOf(noun: string, at: number): ActorRecord | null {
    const here = this.sentenceAt(at);
    for (let k = here; k >= 0 && k > here - 12; k--) {
      const sentence = this.sentences[k]!;
      if (sentence.start >= at || !new RegExp(`\\b${noun}\\b`, "i").test(sentence.text.slice(0, 2000)))
        continue;
      // (Not whom it went to: "In the letter to Acme, the union's lawyer said" was the union's.)
      const orgs = this.mentionsIn(sentence.start, Math.min(sentence.end, at)).filter(
        (m) =>
          m.actor.type === "org" &&
          !this.insideQuote(m.start) &&
          !/\bto\s+(?:the\s+)?$/i.test(this.body.slice(Math.max(sentence.start, m.start - 8), m.start)),
      );
      // (Not a body the document is about: "Acme's chief quit after a report criticised it".)
      const issued = orgs.find((m) => this.issues(m, noun, sentence.end));
      if (issued) return issued.actor;
      // "In a letter to the prime minister, Lowe wrote": whoever the sentence framed so opens on.
      const framedBy = new RegExp(
        `^\\s*In\\s+(?:a|an|his|her|its|their)\\s+(?:[\\w-]+\\s+)?${noun}\\b[^,;:"“”]{0,60},\\s+`,
        "iu",
      ).exec(sentence.text);
      const writer = framedBy
        ? this.mentionsIn(sentence.start + framedBy[0].length, sentence.start + framedBy[0].length + 1)[0]
        : undefined;
      if (writer && writer.actor.type !== "place" && !this.insideQuote(writer.start)) return writer.actor;
      // "Grant wrote the letter at her kitchen table": a person who wrote, sent or signed a letter,
      // a note or a post right before its noun.
      if (PERSONAL_DOCUMENTS.test(noun)) {
        const author = this.mentionsIn(sentence.start, Math.min(sentence.end, at)).find(
          (m) =>
            m.actor.type === "person" &&
            !this.insideQuote(m.start) &&
            WROTE_DOCUMENT.test(this.body.slice(m.end, Math.min(sentence.end, m.end + 160))) &&
            new RegExp(`^[^.;]*?\\b${noun}\\b`, "i").test(this.body.slice(m.end, sentence.end)),
        );
        if (author) return author.actor;
      }
      // "a statement from his son, Paolo", "The memo was written by Jo Roe": a person named right
      // after "from" or "by", maybe after who they are and a comma.
      const fromWhom = new RegExp(
        `\\b${noun}\\s+(?:(?:was|is|had\\s+been|has\\s+been)\\s+(?:written|drafted|signed|sent|issued|released|posted)\\s+)?(?:from|by)\\s+`,
        "i",
      ).exec(sentence.text);
      if (fromWhom) {
        const after = sentence.start + fromWhom.index + fromWhom[0].length;
        const person = this.mentionsIn(after, Math.min(sentence.end, after + 50)).find(
          (m) => m.actor.type === "person" && !this.insideQuote(m.start),
        );
        if (
          person &&
          /^(?:(?:his|her|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?$/u.test(
            this.body.slice(after, person.start),
          )
        )
          return person.actor;
      }
      // "In a statement, the company said …": the body the description speaking in it stands for.
      const framed = new RegExp(
        `^\\s*In\\s+(?:a|an|its|the)\\s+(?:[\\w-]+\\s+)?${noun},\\s+(the\\s+[\\p{Ll}]+)\\s+[\\p{Ll}]+`,
        "u",
      ).exec(sentence.text);
      if (framed) {
        const start = sentence.start + framed[0].indexOf(framed[1]!);
        const described = this.nominal(framed[1]!, start, start, start + framed[1]!.length)?.actor;
        if (described?.type === "org") return described;
      }
    }
    return null;
  }

  /** Whether the sentence gives the body mentioned at `m` as the issuer of the `noun` after or
   * before it: "Acme's report", "an Acme report", "Acme published a report", "a report by Acme". */
  private issues(m: Mention, noun: string, sentenceEnd: number): boolean {
    const after = this.body.slice(m.end, Math.min(sentenceEnd, m.end + 120));
    const at = after.search(new RegExp(`\\b${noun}\\b`, "i"));
    if (at >= 0) {
      // (Past its abbreviation in brackets: "the Kessa Rights Fund (KRF), sent a letter".)
      const between = after.slice(0, at).replace(/^\s*\([^()]{1,12}\),?/, "");
      return /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,2}|\s+)$/u.test(between) || ISSUING_VERB.test(between);
    }
    // "a report by Acme"; "In the letter to Acme Corp, the union's lawyer said": the one whose
    // agent speaks in the sentence the document frames. (Not "a copy obtained by The Courier".)
    return (
      (/\b(?:by|from|of)\s+(?:the\s+)?$/i.test(this.body.slice(Math.max(0, m.start - 12), m.start)) &&
        !SEEN_BY.test(this.body.slice(Math.max(0, m.start - 40), m.start))) ||
      /^['’]s?\s/.test(after)
    );
  }
}

/** A verb of putting a document out, between its issuer and the document ("Acme released a
 * report", "the union has sent a letter"). */
const ISSUING_VERB =
  /^\s+(?:[\p{Ll}]+\s+){0,2}?(?:published|publishes|released|releases|issued|issues|produced|produces|sent|sends|wrote|writes|put\s+out|puts\s+out|posted|posts|filed|files|commissioned|made|makes|said|says|signed|signs|drafted|drafts)\b/u;

/** Documents one person writes ("the letter", "her note"), whose writer speaks in them. */
const PERSONAL_DOCUMENTS = /^(?:letter|note|post|message|email|memo)$/;
/** A verb of writing or sending, then a determiner, right after a writer's name or its apposition
 * ("wrote the ", ", who taught for years, wrote a "). */
const WROTE_DOCUMENT =
  /^(?:,[^,;"“”]{2,100},)?\s+(?:(?:had|has)\s+)?(?:wrote|writes|penned|pens|sent|sends|signed|signs|posted|posts)\s+(?:a|an|the|his|her|this)\s/;

/** A letter, a note or a post named after a determiner. */
const PERSONAL_DOCUMENT_NAMED =
  /\b(?:a|an|the|his|her|this)\s+(?:[\p{Ll}-]+\s+)?(letter|note|post|message|email|memo)\b/u;

/** A relative named by whose relative they are, opening a sentence ("Her husband", "His daughter"). */
const KIN_OF = /^(His|Her)\s+(husband|wife|son|daughter|brother|sister|father|mother)$/;

/** "The minister was defiant": "The", up to two lower-case words and a noun, as the subject of a
 * verb opening a sentence (maybe after a question put to it: "Asked whether …, the spokesman said"). */
const DEFINITE_SUBJECT =
  /^(\s*(?:(?:Asked|Pressed|Questioned)\s[^,;"“”]{1,120},\s+)?)([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:[\p{Ll}]+ly\s+)?(?:was|is|had|has|did|does|would|could|[\p{Ll}]+ed|said|says|told|wrote|spoke)\b/u;

/** "A neighbour said", "An aide, who asked not to be named, said", "A woman who lives nearby told":
 * an indefinite description of someone opening the sentence as its subject, maybe with a clause
 * set off, before its verb. */
const INDEFINITE_SUBJECT =
  /^(\s*)((?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:at|of|for|from|in|with|on)\s+[^,;"“”]{1,50}?)?)(?:\s*,[^,;"“”]{1,120},|\s+who\s[^;."“”]{1,120}?)?\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told|tells|recalled|described|added|wrote)\b/u;

/** Occupations many people share, unlike offices ("the actress", not "the president"). */
const OCCUPATIONS = /^(?:actor|actress|singer|coach|player|artist|writer)$/;
/** "the star striker": a description ending on a noun of what a person is. */
const OCCUPATION_TAIL = new RegExp(
  `^the\\s+(?:[\\w-]+\\s+){0,3}(${[...ROLE_NOUNS].map((noun) => noun.toLowerCase()).join("|")})$`,
  "i",
);

/** Nouns of people who speak for others or are brought in to speak: "the spokesman said" after a
 * name is most often someone else. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson official aide source adviser advisor witness lawyer attorney
analyst expert neighbour neighbor resident friend relative colleague representative officer
prosecutor judge doctor police moderator host interviewer reporter anchor questioner`.split(/\s+/),
);

/** Nouns for a body of people that take no plural "s" and no article ("Police said"). */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  "police",
  "staff",
  "management",
  "military",
  "clergy",
]);

/** `text` with a party's state tag spelled out ("R-Kan." -> "R-Kansas"), so that "the Kansas
 * senator" agrees with "Sen. Jo Roe, R-Kan.". */
function withStatesSpelled(text: string): string {
  return text.replace(
    /\b([RDI])-((?:[\p{Lu}]\.){2}|[\p{Lu}][\p{Ll}]{1,4}\.|W\.Va\.)/gu,
    (tag, party: string, abbreviation: string) => {
      const state = US_STATE_BY_ABBREVIATION[abbreviation];
      return state ? `${party}-${state}` : tag;
    },
  );
}

/** Whether a role is the title itself, of one or more words ("Prime Minister" for "the prime
 * minister"), not a deputy's ("Deputy Prime Minister" is not "the prime minister"). */
function holdsTitle(role: string, title: string): boolean {
  // ("Mr Justice Alder", "Chief Justice Roe": a justice is a judge; a justice minister is not.)
  if (title === "judge" && /(?:^|\s)justice$/i.test(role)) return true;
  const words = role.toLowerCase().split(/\s+/);
  const wanted = title.split(/\s+/);
  for (let i = 0; i + wanted.length <= words.length; i++)
    if (wanted.every((w, k) => words[i + k] === w))
      return (
        i === 0 || !/^(?:deputy|vice|assistant|acting|shadow|associate|under|junior)$/.test(words[i - 1]!)
      );
  return false;
}

/** Whether `before`, the text before a name, ends on "the <title> (of …)," and maybe a courtesy
 * title: the name is set in apposition to that title. */
function apposedAfter(before: string, title: string): boolean {
  const match =
    /\bthe\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+(?:of|for)\s+[^,;:"“”]{1,50})?,\s*(?:(?:Mr|Mrs|Ms|Dr|Senator|Sen|Chief|Hon|Rt\.?\s+Hon)\.?\s+)?$/iu.exec(
      before,
    );
  return match !== null && match[1]!.toLowerCase().split(/\s+/).includes(title);
}

/** A description set off by a comma right after a name, up to the clause's end (", the former
 * governor.", ", Kessaland's environment minister,"). */
const APPOSED_ROLE =
  /^\s*(?:,\s+\d{1,3}(?=,))?,\s+((?:the|a|an|[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*)?['’]s)\s+[^,.;:!?"“”()]{2,100}?)\s*(?:[.;!?]|,\s|$)/u;

/** An office of a body set off after a name, without an article: ", chief executive of Acme.",
 * ", professor of law at Kessa University,". */
const APPOSED_OFFICE =
  /^\s*(?:,\s+\d{1,3}(?=,))?,\s+((?:[\p{L}-]+\s+){1,3}(?:of|at|for)\s+[^,.;:!?"“”()]{2,80}?)\s*(?:[.;!?]|,\s|$)/u;

/** The same set off between a subject's name and its verb, closed by its comma. */
const SUBJECT_OFFICE = /^,\s+((?:[\p{L}-]+\s+){1,3}(?:of|at|for)\s+[^,.;:!?"“”()]{2,80}?),\s/u;

/** Whether `words` is empty or only a person's titles before a name ("Chinese leader ", "Russian
 * President ", "his counterpart "): capitalised words and nouns of office, no clause. */
function titlesOnly(words: string): boolean {
  const list = words.trim().split(/\s+/).filter(Boolean);
  return (
    list.length <= 4 &&
    list.every(
      (w) =>
        /^[\p{Lu}][\p{L}.-]*$/u.test(w) || /^(?:his|her|their|the)$/.test(w) || nominalType(w) === "person",
    )
  );
}
