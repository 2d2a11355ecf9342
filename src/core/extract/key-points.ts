// Key points: the sentences that carry the news, ranked by position, overlap with the title and
// the rest of the text (centrality), and whether they are mostly quotation; near-duplicates dropped.
import { COMMON_WORDS } from "../data/common-words.ts";
import type { KeyPoint, Sentence } from "../schemas.ts";
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
  /^\s*(?:(?:[Rr]eported|[Ww]ritten|[Ss]tory|[Tt]ext|[Pp]hotos?)\s+)?[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?\s*$/u;
/** A photo caption or credit: "… Image: Jane Doe.", "Photo: Reuters", "(pictured)". */
const CAPTION =
  /(?:\b(?:image|photo|photograph|picture|credit|caption|file)\s*:\s*\S|\((?:pictured|file photo|left|right|centre|center)\))/i;
/** A sentence about the article itself rather than the news: series boilerplate, "This article…". */
const META =
  /^(?:the following (?:is|are)\b|this (?:article|report|story|piece|interview|edition|page|series)\b|\w+ (?:is|are) the \w+ (?:edition|installment|instalment|part|episode) of\b)|\b(?:edition|installment|instalment|episode) of (?:a|an|our|the|this) (?:\w+ ){0,3}series\b/i;

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
  if (CAPTION.test(trimmed)) return "caption";
  if (META.test(trimmed)) return "about the article";
  if (previousMeta && /^(?:it|this|they|these)\b/i.test(trimmed)) return "about the article";
  return null;
}

/** Present-tense passives ("is owned", "are protected") read as states, not as events. */
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/gi;
/** Marks of something that happened or will happen: past tense, perfect, future, reporting. */
const EVENT_VERB = new RegExp(
  [
    "\\b(?:was|were|had|did|said|says|will|would|could|must|has|have|\\w+ed)\\b",
    "\\b(?:is|are)\\s+(?:\\w+ly\\s+)?(?:\\w+ing|to)\\b", // under way or planned
    "\\baccording to\\b",
    // Common irregular past tenses (English grammar; any news text uses them).
    "\\b(?:became|began|bought|broke|brought|built|came|caught|chose|cut|drew|drove|fell|felt|fled|fought|found|gave|got|grew|heard|held|hit|kept|knew|laid|led|left|lost|made|meant|met|paid|put|quit|ran|rose|sat|saw|sent|set|shot|shut|sold|spent|split|spoke|spread|stood|stole|struck|swore|taught|thought|threw|told|took|understood|went|won|wrote)\\b",
  ].join("|"),
  "i",
);

/**
 * A background sentence states how things are ("X is the highest court", "Jackals are protected")
 * rather than what happened: a present-tense "is"/"are" with no past, perfect or future verb.
 */
export function isBackground(text: string): boolean {
  if (!/\b(?:is|are)\b/i.test(text)) return false;
  return !EVENT_VERB.test(text.replace(PRESENT_PASSIVE, " "));
}

/** A quantity: digits, or a number word ("thousands", "per cent"). */
const NUMBER = /\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|per cent)\b/i;

// Words are runs of letters and digits (scanned, not matched: this runs on every sentence).
const contentWords = (text: string): string[] =>
  letterNumberRuns(text.toLowerCase()).filter((w) => w.length > 2 && !COMMON_WORDS.has(w));

/** Ranks the sentences and returns up to `limit` key points, best first. */
export function rankKeyPoints(
  title: string,
  sentences: readonly Sentence[],
  signals: readonly SentenceSignals[],
  limit = 5,
): KeyPoint[] {
  if (sentences.length === 0) return [];
  const docFreq = new Map<string, number>();
  const bags = sentences.map((s) => new Set(contentWords(s.text)));
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
    const words = countLetterNumberRuns(sentence.text);
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
    if (words < 8 || !/[.!?]["'”’)]*$/.test(sentence.text)) score *= 0.4;
    if (words > 70) score *= 0.7;
    if (signals[i]?.quoted) score *= W.quoted;
    if (sentence.index > 0 && isBackground(sentence.text)) score *= W.background;
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
