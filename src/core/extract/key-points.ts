// Key points: the sentences that carry the news, ranked by position, overlap with the title and
// the rest of the text (centrality), and whether they are mostly quotation; near-duplicates dropped.
import { COMMON_WORDS } from "../data/common-words.ts";
import type { KeyPoint, Sentence } from "../schemas.ts";

/** What the ranking needs to know about each sentence besides its text. */
export interface SentenceSignals {
  /** True when most of the sentence is inside quotation marks. */
  quoted: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Weights of the ranking signals (tuned on general grounds: lead, title, centrality). */
export const KEY_POINT_WEIGHTS = {
  position: 1.2,
  decay: 0.4,
  lead: 0.3,
  title: 1.0,
  centrality: 0.2,
  quoted: 0.4,
};
const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2 && !COMMON_WORDS.has(w));

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
  const scored = sentences.map((sentence, i) => {
    const bag = bags[i]!;
    const words = (sentence.text.match(WORD) ?? []).length;
    let centrality = 0;
    for (const w of bag) centrality += (docFreq.get(w) ?? 1) - 1;
    centrality = bag.size > 0 ? centrality / (bag.size * Math.max(1, sentences.length - 1)) : 0;
    let titleHits = 0;
    for (const w of bag) if (titleWords.has(w)) titleHits++;
    const titleScore = titleWords.size > 0 ? titleHits / titleWords.size : 0;
    const W = KEY_POINT_WEIGHTS;
    const position = 1 / (1 + sentence.index * W.decay) + (sentence.paragraph === 0 ? W.lead : 0);
    let score = W.position * position + W.title * titleScore + W.centrality * centrality;
    if (words < 8 || !/[.!?]["'”’)]*$/.test(sentence.text)) score *= 0.4;
    if (words > 70) score *= 0.7;
    if (signals[i]?.quoted) score *= W.quoted;
    return { sentence, score, bag };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const out: KeyPoint[] = [];
  const kept: Set<string>[] = [];
  for (const item of scored) {
    if (out.length >= limit) break;
    const dup = kept.some((bag) => overlap(bag, item.bag) > 0.7);
    if (dup) continue;
    kept.push(item.bag);
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
