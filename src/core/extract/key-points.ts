// Key points: the sentences that carry the news, ranked by position, overlap with the title and
// the rest of the text (centrality), and whether they are mostly quotation; background (states,
// and history dated before the news's year) weighs less; near-duplicates dropped.
import { COMMON_WORDS } from "../data/common-words.ts";
import type { KeyPoint, Sentence } from "../schemas.ts";
import { classOf, NUMBER as DIGIT, LETTER, MARK } from "../text/char-class.ts";
import { countLetterNumberRuns, letterNumberRuns } from "../text/word-scan.ts";

/** What the ranking needs to know about each sentence besides its text. */
export interface SentenceSignals {
  /** True when most of the sentence is inside quotation marks. */
  quoted: boolean;
}

/** Weights of the ranking signals (tuned on general grounds: lead, title, centrality). */
export const KEY_POINT_WEIGHTS = {
  position: 1.2,
  decay: 0.4,
  lead: 0.3,
  title: 1.0,
  centrality: 0.2,
  quoted: 0.4,
  background: 0.6,
  numbers: 0.15,
};
const DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTH_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
/** A dateline on its own: "Monday, August 3, 2020", "3 August 2020", "2020-08-03". */
const DATELINE = new RegExp(
  `^[\\s,.()\\-–—]*(?:(?:${DAY_NAMES}|${MONTH_NAMES}|\\d{1,4}(?:st|nd|rd|th)?)[\\s,./\\-–—]*){1,5}$`,
  "i",
);
/** A speaker marker opening an interview line: "WN:", "Q:", "((WN))", "Interviewer:". */
const SPEAKER_MARKER =
  /^\s*(?:\(\([^()]{1,40}\)\)|[A-Z]{1,3}\s*:|(?:[Ii]nterviewer|[Qq]uestion|[Aa]nswer)\s*:)/;
/** A byline: "By Jane Doe", "Reported by Jane Doe". */
const BYLINE =
  /^\s*(?:(?:[Rr]eported|[Ww]ritten|[Ss]tory|[Tt]ext|[Pp]hotos?)\s+)?[Bb]y\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\.?\s*$/u;
/** A photo caption or credit: "… Image: Jane Doe.", "Photo: Reuters", "(pictured)". */
const CAPTION =
  /(?:\b(?:image|photo|photograph|picture|credit|caption|file)\s*:\s*\S|\((?:pictured|file photo|left|right|centre|center)\))/i;
/** A wire-photo caption, which opens with an upper-case "FILE -" ("FILE - A man walks past…"). */
const FILE_CAPTION = /^\s*\(?FILE(?: PHOTO)?\)?\s*[-–—:]/;
/**
 * Credits and notes about how the article was made: "Some information for this report came from
 * Reuters.", "Jo Bell contributed to this report.", "… adapted this story for …", "Editor's note:".
 */
const CREDIT =
  /^(?:some |additional |more )?(?:information|material|reporting) (?:for|in) this (?:report|story|article) (?:came|comes|was) from\b|\bcontributed(?: reporting)? to this (?:report|story|article)\b|\b(?:adapted|edited|translated) this (?:story|report|article)\b|^editor['’]?s note\b/i;
/** A sentence about the article itself rather than the news: series boilerplate, "This article…". */
const META =
  /^(?:the following (?:is|are)\b|this (?:article|report|story|piece|interview|edition|page|series)\b|\w+ (?:is|are) the \w+ (?:edition|installment|instalment|part|episode) of\b)|\b(?:edition|installment|instalment|episode) of (?:a|an|our|the|this) (?:\w+ ){0,3}series\b/i;

/** Whether a lower-cased sentence holds what META needs to match: its opening words, "series", or
 * " of" and a word for an instalment. */
const mayBeMeta = (lower: string): boolean =>
  lower.startsWith("the following") ||
  lower.startsWith("this ") ||
  lower.includes("series") ||
  (lower.includes(" of") &&
    (lower.includes("edition") ||
      lower.includes("install") ||
      lower.includes("instalment") ||
      lower.includes("part") ||
      lower.includes("episode")));

/**
 * Why a sentence can never be a key point, or null: datelines, bylines, captions, interview
 * questions and speaker markers, and sentences about the article itself. General signals of form,
 * not of any source's wording. `previousMeta` says whether the sentence before it was one about
 * the article, so that its continuation ("It features…") goes with it.
 */
export function notAKeyPoint(text: string, previousMeta = false): string | null {
  const trimmed = text.trim();
  if (DATELINE.test(trimmed)) return "dateline";
  if (BYLINE.test(trimmed)) return "byline";
  if (SPEAKER_MARKER.test(trimmed)) return "speaker marker";
  if (/\?["'”’)]*$/.test(trimmed)) return "question";
  // The unanchored patterns scan the whole sentence: each runs only when the sentence holds a
  // word or mark that it cannot match without (most sentences hold none).
  if (
    ((trimmed.includes(":") || trimmed.includes("(")) && CAPTION.test(trimmed)) ||
    FILE_CAPTION.test(trimmed)
  )
    return "caption";
  const lower = trimmed.toLowerCase();
  if ((lower.includes("this") || lower.startsWith("editor")) && CREDIT.test(trimmed)) return "credit";
  if (mayBeMeta(lower) && META.test(trimmed)) return "about the article";
  if (previousMeta && /^(?:it|this|they|these)\b/i.test(trimmed)) return "about the article";
  return null;
}

/** Present-tense passives ("is owned", "are protected") read as states, not as events. */
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/gi;
/** Common irregular past tenses (English grammar; any news text uses them). */
const IRREGULAR_PAST =
  "became|began|bought|broke|brought|built|came|caught|chose|cut|drew|drove|fell|felt|fled|fought|found|gave|got|grew|heard|held|hit|kept|knew|laid|led|left|lost|made|meant|met|paid|put|quit|ran|rose|sat|saw|sent|set|shot|shut|sold|spent|split|spoke|spread|stood|stole|struck|swore|taught|thought|threw|told|took|understood|went|won|wrote";
/** Marks of something that happened or will happen: past tense, perfect, future, reporting. */
const EVENT_VERB = new RegExp(
  [
    "\\b(?:was|were|had|did|said|says|will|would|could|must|has|have|\\w+ed)\\b",
    "\\b(?:is|are)\\s+(?:\\w+ly\\s+)?(?:\\w+ing|to)\\b", // under way or planned
    "\\baccording to\\b",
    `\\b(?:${IRREGULAR_PAST})\\b`,
  ].join("|"),
  "i",
);
/**
 * A verb that tells what happened, not a copula or an auxiliary: a lower-case "-ed" word (so not
 * "United") or an irregular past ("Two passengers later died", not "He was 95").
 */
const ACTION_VERB = new RegExp(`\\b(?:[a-z]+ed|${IRREGULAR_PAST})\\b`);

/**
 * A background sentence states how things are ("X is the highest court", "Jackals are protected")
 * rather than what happened: a present-tense "is"/"are" with no past, perfect or future verb.
 */
export function isBackground(text: string): boolean {
  if (!/\b(?:is|are)\b/i.test(text)) return false;
  return !EVENT_VERB.test(text.replace(PRESENT_PASSIVE, " "));
}

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
/** Whether a text names a year at all (YEAR without its capture and state: no match objects). */
const NAMES_YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/;
/** Words that set a sentence in the days of the news: weekdays, "yesterday", "this week"... */
const NEWS_DAYS = new RegExp(
  `\\b(?:${DAY_NAMES}|yesterday|today|tonight|tomorrow|currently|now|earlier this|this (?:week|month|year|morning|afternoon|evening)|last (?:week|night))\\b`,
  "i",
);

/**
 * History rather than news: every year the sentence names is before `newsYear` and nothing sets
 * it in the days of the news ("Qaboos became Sultan in 1970", "Back in 2018, the bill failed").
 */
export function isPastEvent(text: string, newsYear: number | null): boolean {
  if (newsYear === null) return false;
  // Years first: most sentences name none, and that test is the cheaper one.
  if (!NAMES_YEAR.test(text)) return false;
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0 || NEWS_DAYS.test(text)) return false;
  return years.every((year) => year < newsYear);
}

/** The year of the news: the document's date, else the latest year its text names. */
function newsYearOf(date: string | null, sentences: readonly Sentence[]): number | null {
  const dated = date ? Number(date.slice(0, 4)) : Number.NaN;
  if (Number.isInteger(dated)) return dated;
  let latest: number | null = null;
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(m[1]));
  }
  return latest;
}

/** A quantity: digits, or a number word ("thousands", "per cent"). */
const NUMBER = /\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|per cent)\b/i;

// Words are runs of letters and digits (scanned, not matched: this runs on every sentence).
const contentWords = (text: string): string[] =>
  letterNumberRuns(text.toLowerCase()).filter((w) => w.length > 2 && !COMMON_WORDS.has(w));

/** A sentence's content words (as a set, in order of first use) and how many words it has. */
export interface SentenceWords {
  bag: Set<string>;
  words: number;
}

// Code units other than ASCII that are no letter, digit or mark and that lower-casing leaves alone
// (curly quotes, dashes, no-break spaces): 1 yes, 2 no, 0 not yet known.
const inert = new Uint8Array(0x10000);
const isInert = (c: number): boolean => {
  let known = inert[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    const plain =
      (c < 0xd800 || c > 0xdfff) && (classOf(c) & (LETTER | DIGIT | MARK)) === 0 && ch.toLowerCase() === ch;
    known = plain ? 1 : 2;
    inert[c] = known;
  }
  return known === 1;
};

/**
 * The content words and the word count of a sentence in one scan: on ASCII text (and marks that
 * are no letters), lower-casing the whole text then cutting it into runs gives the runs lower-cased
 * one by one. Other text ("İ", "Σ": lower-casing may change lengths or depend on the next letter)
 * takes the two scans it always took.
 */
export function sentenceWords(text: string): SentenceWords {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !isInert(c))
      return { bag: new Set(contentWords(text)), words: countLetterNumberRuns(text) };
  }
  const bag = new Set<string>();
  let words = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const inRun = i < n && (classOf(text.charCodeAt(i)) & (LETTER | DIGIT)) !== 0;
    if (inRun) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start > 2) {
      const word = text.slice(start, i).toLowerCase();
      if (!COMMON_WORDS.has(word)) bag.add(word);
    }
    start = -1;
  }
  return { bag, words };
}

/** What the ranking may know of the document besides its text. */
export interface KeyPointContext {
  /** The document's date (YYYY-MM-DD); without it the latest year the text names is the news's. */
  date?: string | null;
  /** Who published it ("Wikinews"): a sentence opening with that name tells of the reporting. */
  source?: string | null;
}

/**
 * A sentence whose subject is the publisher itself ("Wikinews attended the hearing.", "The
 * agency's reporter contacted…" when the source is that agency) tells how the article was
 * reported, not the news.
 */
export function isAboutReporting(text: string, source: string | null | undefined): boolean {
  const name = source?.trim();
  if (!name) return false;
  return reportingPattern(name).test(text.trim());
}

// The pattern of the last source asked about: every sentence of a document asks with the same one.
let lastSource = "";
let lastPattern = /$^/;
function reportingPattern(name: string): RegExp {
  if (name !== lastSource) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Case-sensitive: the name as a name, then its verb in lower case ("Wikinews attended").
    lastPattern = new RegExp(`^(?:[Tt]he\\s+)?${escaped}(?:['’]s\\s|\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll})`, "u");
    lastSource = name;
  }
  return lastPattern;
}

/** Ranks the sentences and returns up to `limit` key points, best first. */
export function rankKeyPoints(
  title: string,
  sentences: readonly Sentence[],
  signals: readonly SentenceSignals[],
  limit = 5,
  context: KeyPointContext = {},
): KeyPoint[] {
  if (sentences.length === 0) return [];
  const newsYear = newsYearOf(context.date ?? null, sentences);
  const docFreq = new Map<string, number>();
  const counted = sentences.map((s) => sentenceWords(s.text));
  const bags = counted.map((c) => c.bag);
  for (const bag of bags) for (const w of bag) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(title));
  const excluded: boolean[] = [];
  let previous: string | null = null;
  for (const sentence of sentences) {
    previous = notAKeyPoint(sentence.text, previous === "about the article");
    excluded.push(previous !== null);
  }
  // Position counts among the sentences that can be key points, so that a dateline or a series
  // notice before the lead does not push the lead down.
  const positions: number[] = [];
  let kept = 0;
  for (const flag of excluded) positions.push(flag ? kept : kept++);
  const leadIndex = excluded.indexOf(false);
  const leadParagraph = sentences[leadIndex]?.paragraph ?? 0;
  const scored = sentences.map((sentence, i) => {
    const bag = bags[i]!;
    const words = counted[i]!.words;
    let centrality = 0;
    for (const w of bag) centrality += (docFreq.get(w) ?? 1) - 1;
    centrality = bag.size > 0 ? centrality / (bag.size * Math.max(1, sentences.length - 1)) : 0;
    let titleHits = 0;
    for (const w of bag) if (titleWords.has(w)) titleHits++;
    const titleScore = titleWords.size > 0 ? titleHits / titleWords.size : 0;
    const W = KEY_POINT_WEIGHTS;
    const position =
      1 / (1 + (positions[i] ?? i) * W.decay) + (sentence.paragraph === leadParagraph ? W.lead : 0);
    let score = W.position * position + W.title * titleScore + W.centrality * centrality;
    // A sentence that carries a quantity (a toll, a price, a count, a vote) usually carries a fact.
    if (NUMBER.test(sentence.text)) score += W.numbers;
    // A fragment (no end mark, or a few words with no verb of action) rarely carries the news; a
    // short sentence that reports an action ("Another passenger later died.") does.
    const complete = /[.!?]["'”’)]*$/.test(sentence.text);
    if (!complete || (words < 8 && (words < 3 || !ACTION_VERB.test(sentence.text)))) score *= 0.4;
    if (words > 70) score *= 0.7;
    if (signals[i]?.quoted) score *= W.quoted;
    const background =
      isBackground(sentence.text) ||
      isPastEvent(sentence.text, newsYear) ||
      isAboutReporting(sentence.text, context.source);
    if (sentence.index > 0 && background) score *= W.background;
    return { sentence, score, bag, excluded: excluded[i] === true };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const out: KeyPoint[] = [];
  const chosen: Set<string>[] = [];
  for (const item of scored) {
    if (out.length >= limit) break;
    if (item.excluded) continue;
    const dup = chosen.some((bag) => overlap(bag, item.bag) > 0.7);
    if (dup) continue;
    chosen.push(item.bag);
    out.push({
      text: item.sentence.text,
      sentence: item.sentence.index,
      score: Math.round(item.score * 1000) / 1000,
    });
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size);
}
