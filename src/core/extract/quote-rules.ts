// The word patterns of quote attribution: reporting clauses, subject nouns ("the company", "the
// president"), fronted phrases, and the shape tests that tell speech from names and terms.
import { SAYING_VERBS } from "../data/reporting-verbs.ts";
import { SHORT_TITLES } from "../data/titles.ts";
import type { Sentence } from "../schemas.ts";

export const JOIN = " … ";
export const ORG_NOUNS =
  /^the\s+(?:[\w-]+\s+)?(company|firm|ministry|court|government|police|agency|department|party|group|organi[sz]ation|office|council|committee|commission|board|bank|union|network|newspaper|broadcaster|administration|army|military|league|church|university|institute|campaign|airline|carrier|retailer|automaker|carmaker|manufacturer|insurer|lender|center|centre|foundation|association|federation|authority|bureau|alliance|coalition|service|embassy|society|fund|hospital|school|college|museum|zoo|club|charity|airport|regulator|watchdog|magazine|publisher|force|team|band)\b/i;
export const PRONOUN = /^(?:he|she)\b/i;
export const FRONTED = new Set(
  "in on at to by under among across against within throughout after before following during despite with without while when as since from for amid upon through earlier later also meanwhile however yesterday today last separately previously asked responding given like unlike".split(
    " ",
  ),
);
/** Sentence adverbs that open a sentence before a comma ("Additionally, Roe said"); without
 * the comma ("Now Roe is promising") they may belong to the clause. */
export const SENTENCE_ADVERBS = new Set(
  "additionally moreover furthermore instead indeed nonetheless nevertheless likewise similarly notably finally ultimately besides otherwise thus hence consequently accordingly specifically overall initially eventually subsequently afterwards afterward then now still again".split(
    " ",
  ),
);
/** "Interestingly Roe said", "Surprisingly": a capitalised word shaped like an adverb of manner
 * or comment, which opens a sentence, is no part of a name or a role (no given name ends so). */
export const ADVERB_SHAPE =
  /^[\p{Lu}][\p{Ll}]{3,}(?:ingly|edly|ously|ively|fully|ably|ibly|ently|antly|ically|ately|ually)$/u;
export const DOCUMENT_NOUN =
  /^the\s+(?:\w+\s+)?(report|study|statement|survey|ruling|judgment|judgement|decision|letter|memo|document|summary|opinion|verdict|order|decree|filing)\b/i;
const ROLE_NOUN_LIST =
  "president|prime minister|minister|mayor|governor|senator|pope|chancellor|king|queen|prince|princess|emir|sultan|sheikh|emperor|premier|secretary|speaker|judge|chairman|chairwoman|leader|ambassador|commissioner|director|spokesman|spokeswoman|archbishop|bishop|cardinal|priest|chief|general|commander|prosecutor|lawyer|attorney|professor|author|analyst|official|actor|actress|singer|coach|player|artist|writer|candidate|nominee|front-runner|frontrunner|superintendent|sheriff|principal|dean|treasurer|councilman|councilwoman|alderman";
export const ROLE_TAIL = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,3}(${ROLE_NOUN_LIST})\\s*$`, "i");
/** "One line of the judge's statement reads": the words of the person with that role. */
export const ROLE_OWNER = new RegExp(
  `\\bthe\\s+(?:[\\w-]+\\s+)?(${ROLE_NOUN_LIST})['’]s\\s+(?:[\\w-]+\\s+)?(?:statement|ruling|opinion|letter|decision|judgment|judgement|order|remarks|words|speech|post|tweet)\\b`,
  "i",
);
/** Organisation nouns that may stand for any organisation named before ("the company said"). */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "group",
  "organisation",
  "organization",
  "agency",
  "network",
  "newspaper",
  "broadcaster",
  "campaign",
  // Kinds of company, which name the company named before them ("Acme Air … The airline said").
  "airline",
  "carrier",
  "retailer",
  "automaker",
  "carmaker",
  "manufacturer",
  "insurer",
  "lender",
  // A club, a team, a band and a charity, which name the one named before them ("Rovers sacked
  // their manager. The club said …").
  "club",
  "team",
  "band",
  "charity",
]);
export const ORG_TAIL =
  /\bthe\s+(?:[\w-]+\s+)?(company|firm|ministry|court|government|police|agency|department|party|council|committee|commission|board|bank|union|army|military|church|university)\s*$/i;
export const ROLE_REF =
  /^the\s+(?:former\s+|new\s+)?(president|prime minister|minister|mayor|governor|senator|pope|chancellor|king|queen|premier|secretary|speaker|judge|chairman|chairwoman|leader|ambassador|commissioner|director|spokesman|spokeswoman)\b/i;
export const WORD = /[\p{L}][\p{L}'’-]*/gu;

const INITIAL_OR_TITLE = new RegExp(`\\b(?:[\\p{Lu}]|${SHORT_TITLES})\\.\\s`, "gu");

/** The gap between two parts of one quote: only an attribution (`, X said. ` / `, said X, `). */
export function isBareAttribution(gap: string): boolean {
  const words = [...gap.matchAll(WORD)];
  if (words.length === 0 || words.length > 14) return false;
  // (After a determiner a verb of saying is a noun: "said Roe, the state elections director.")
  const verbs = words.filter(
    (w) =>
      SAYING_VERBS.has(w[0]) &&
      !/(?<![\p{L}])(?:the|a|an|his|her|its|their)\s+$/iu.test(gap.slice(Math.max(0, w.index - 7), w.index)),
  );
  if (verbs.length !== 1 || verbs[0]![0].endsWith("ing")) return false;
  if (/\b(?:also|then)\b/.test(gap)) return false;
  // The second part starts a new sentence or follows a comma: `X said. "B"`, `said X, "B"`.
  if (!/[,.:;—–]\s*$/.test(gap)) return false;
  // Nothing after the attribution clause but its closing punctuation.
  const clause = gap.replace(/^[\s,.;:!?—–-]+/, "").replace(/[\s,.;:—–-]+$/, "");
  // An initial or an abbreviated title ("John G. Roberts", "Sen. Roe") ends no sentence.
  return !/[.;:!?]\s/.test(clause.replace(INITIAL_OR_TITLE, " "));
}

export function isTitleCase(text: string): boolean {
  const words = text.match(WORD) ?? [];
  const small = new Set([
    "of",
    "the",
    "and",
    "a",
    "an",
    "in",
    "on",
    "for",
    "to",
    "at",
    "by",
    "vs",
    "v",
    "de",
    "la",
  ]);
  return words.length > 0 && words.every((w) => small.has(w) || /^[\p{Lu}]/u.test(w));
}

/** A name, title or term rather than speech: short, Title Case, or without a sentence's shape. */
export function isNameLike(text: string, words: number): boolean {
  if (isTitleCase(text)) return true;
  return words < 6 && !/[.!?]$/.test(text);
}

export function sentenceIndexer(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** The verbs that make a clause of saying on their own (`X said Y must go, adding "…"`). */
export const MAIN_SAYING = /^(?:said|says|told|tells|added|adds|wrote|writes)$/;

/** `Roe went on about "…"`: to go on about something is to talk about it, a verb of saying. */
export const GOES_ON_ABOUT = /(?<![\p{L}])(?:went|goes|go|going)\s+on\s+about\s/u;

/** How far after a quote its attribution's verb may come (`"…" Roe, a long apposition, said`). */
export const MAX_SUBJECT_WORDS = 22;

/** The words before a name or a term in quotation marks (`a member of "…"`, `titled "…"`). */
export const NAME_LEAD = /\b(?:of|by|from|at|in|for|named|titled|entitled|dubbed)\s*$/i;

/** Words after a name that show it is not the subject of a verb ("Roe of Ohio", "Roe and Doe"). */
export const SUBJECT_STOP =
  /^(?:of|and|or|for|in|on|at|to|by|with|from|as|is|was|are|were|has|have|had|be|been|the|a|an|who|which|that)$/;

/** Nouns for a work, whose title follows them in quotation marks. */
const WORK_LEAD =
  /\b(?:book|novel|memoir|essay|poem|film|movie|documentary|album|song|single|podcast|show|series|sitcom|play|opera|musical|painting|program|programme)\s*$/;
/** Nouns that name the quoted words as words right before them. */
const TERM_LEAD = /\b(?:term|phrase|word|expression|slogan|hashtag|motto|catchphrase)\s*$/;

/** How a quote is attributed, for `readsAsSpeech`. */
export interface QuoteCredit {
  /** A verb of saying or a source names (or tries to name) a speaker. */
  attributed: boolean;
  /** The speaker is a source named after the quote ("…" according to X). */
  sourced: boolean;
  /** A verb of saying gives the quote a speaker (not only "according to X"). */
  reported: boolean;
}

/** Whether the quoted `text` (opening at `open`) ends on a comma, "!" or "?", as speech before its
 * attribution does (`"We won," she said`, `"We won!" she wrote`). */
function closedAsSpeech(body: string, text: string, open: number): boolean {
  const end = body.indexOf(text, open) + text.length;
  return /[,!?]$/.test(text) || /^[,!?]/.test(body.slice(end, end + 1));
}

/** Whether the parts of a quote read as speech: without an attribution not a name, a
 * title-case title or a short term (`a member of "…"`, `for "British exit"`); never a single word. */
export function readsAsSpeech(body: string, texts: string[], open: number, credit: QuoteCredit): boolean {
  const { attributed, sourced, reported } = credit;
  const joined = texts.join(" ");
  const words = joined.match(WORD)?.length ?? 0;
  const lead = body.slice(Math.max(0, open - 12), open);
  // A single quoted word is never a quote, even when someone said it (`called the plan "dead"`):
  // the project's annotation convention (../shared/eval/dev/README.md) counts it as a term.
  if (words < 2) return false;
  // `"pic.twitter.com/x"`, `href="http://example.org"`: a link or a file name, one token with dots or
  // slashes inside, is no speech, however many words its parts make.
  if (!/\s/.test(joined) && /[\p{L}\d][./][\p{L}\d]/u.test(joined)) return false;
  // `the term "natural born citizen"`, `the phrase "subject to"`: a term named, not speech; and
  // whatever follows "entitled" or "titled" is a title, however long.
  if (words <= 8 && TERM_LEAD.test(body.slice(Math.max(0, open - 16), open))) return false;
  if (/\b(?:titled|entitled)[,:]?\s*$/i.test(lead)) return false;
  // `Roe's book "Harbor Lights: A Life at Sea"`, `the podcast "Well, That Went Badly."`: words in title case
  // right after a noun for a work are its title, however long (not `on the programme "We will …"`).
  if (WORK_LEAD.test(body.slice(Math.max(0, open - 16), open)) && isTitleCase(joined)) return false;
  if (!attributed && isNameLike(joined, words)) return false;
  // A few words quoted with no one to say them are a term or a scare quote, whatever closes them
  // ("blunt trauma.", "Buy American."): the convention keeps quoted words with no speaker out.
  if (!attributed && words < 4) return false;
  // A title keeps the sentence's full stop inside the marks after "on" or a possessive (`said
  // on "Meet the Nation."`, `told NBC's "Morning Show."`).
  const stop = /\.$/.test(joined) && /(?:\bon|[\p{L}]['’]s)\s*$/u.test(lead);
  // (Words all in capitals opening a sentence, with a verb of saying, are shouted, as in a tweet:
  // `"BIG WIN TODAY," he declared`; not a title named inside a clause: `told NBC's "MEET THE PRESS"`.)
  const shouted =
    reported &&
    texts.length === 1 &&
    !/[\p{Ll}]/u.test(joined) &&
    /(?:^|[.!?]["”’)]?\s+|\n)$/.test(lead) &&
    closedAsSpeech(body, joined, open);
  if (words <= 8 && isTitleCase(joined) && !shouted && (stop || !/[.!?]$/.test(joined))) return false;
  // `accused Roe of "flip-flopping on trade"`: after a preposition, a quote with a speaker is
  // speech unless it opens like a name or a title (`a member of "Have no fear"`).
  if (reported && /^[\p{Ll}]/u.test(joined)) return true;
  // So is one a source vouches for that opens on an article in lower case, as no name does
  // (`According to Roe, the delays were caused by "a shortage of beds."`).
  if (attributed && words >= 4 && /^(?:a|an|the)\s/u.test(joined)) return true;
  return sourced || words > 6 || !NAME_LEAD.test(lead);
}
