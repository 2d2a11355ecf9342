// Which topics a document joins, with precision: a topic's keyword or actors must matter in the
// document, not just appear in it. A campaign round-up that names Russia and China once each in
// four hundred mentions, or a building collapse with one aside about Chinese aid, is not about
// Russian-Chinese relations. General thresholds, the same for every topic (README, Topics):
//
// - the headline (title and the first LEAD_SENTENCES sentences of the body) names it; or
// - a keyword occurs at least KEYWORD_REPEATS times;
// - an actor is among the document's TOP_ACTORS most mentioned actors, or holds at least
//   MIN_SHARE of all actor mentions, with at least MIN_MENTIONS mentions either way.
//
// A topic with keywords joins on one keyword that matters; a topic with actors joins when at
// least `minActors` of them matter. Pure: the brief's actors and the text are all it reads.
import type { DocumentBrief, SourceDocument } from "./schemas.ts";
import { splitSentences } from "./text/sentences.ts";
import type { Topic } from "./topic.ts";

/** How many sentences of the body, after the title, make the headline. */
export const LEAD_SENTENCES = 2;
/** A keyword outside the headline counts from this many occurrences. */
export const KEYWORD_REPEATS = 2;
/** An actor among this many most mentioned actors of the document matters... */
export const TOP_ACTORS = 3;
/** ...as does one holding this share of all actor mentions... */
export const MIN_SHARE = 0.1;
/** ...given this many mentions at least. */
export const MIN_MENTIONS = 2;
/** Without a brief (not English), a name outside the headline counts from this many occurrences. */
export const TEXT_REPEATS = 3;

const key = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Lower-case words joined by single spaces, padded with one space each side: a phrase matches as
 * whole words, ignoring case and punctuation, by a plain substring search (a regular expression
 * per actor name costs a compilation per name; this costs one pass per document).
 */
export function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** How many times the normalised `text` contains `phrase` as whole words (counting stops at `cap`). */
export function countMentions(text: string, phrase: string, cap = Number.POSITIVE_INFINITY): number {
  const needle = normalise(phrase);
  if (needle.trim() === "") return 0;
  let count = 0;
  let from = 0;
  while (count < cap) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    count++;
    // The needle's closing space may open the next occurrence.
    from = at + needle.length - 1;
  }
  return count;
}

/** True when the normalised `text` contains `phrase` as whole words. */
export const mentions = (text: string, phrase: string): boolean => countMentions(text, phrase, 1) > 0;

/** The title and the first sentences of the body, normalised: where a document says what it is about. */
export function headlineOf(document: Pick<SourceDocument, "title" | "body">): string {
  // The lead sits at the top: splitting a bounded prefix costs the same for any length of body.
  const lead = splitSentences(document.body.slice(0, 2000))
    .slice(0, LEAD_SENTENCES)
    .map((sentence) => sentence.text);
  return normalise([document.title, ...lead].join("\n"));
}

/**
 * Counts phrases in a document's title and body. Normalising a whole body (a Unicode pass over
 * every character) cost more than the rest of matching, and most phrases are not there at all:
 * a phrase whose words are not all in the lower-cased text cannot be in its normalised form
 * (normalising only turns the characters between words into spaces), so it counts 0 without it.
 */
export function wholeText(document: Pick<SourceDocument, "title" | "body">): {
  count(phrase: string, cap: number): number;
} {
  const raw = `${document.title}\n${document.body}`;
  let lower: string | undefined;
  let normalised: string | undefined;
  return {
    count(phrase, cap) {
      lower ??= raw.toLowerCase();
      const text = lower;
      if (
        normalise(phrase)
          .trim()
          .split(" ")
          .some((word) => !text.includes(word))
      )
        return 0;
      normalised ??= normalise(raw);
      return countMentions(normalised, phrase, cap);
    },
  };
}

/** The names of the actors that matter in a brief (name and aliases, lower-cased). */
function actorsThatMatter(brief: DocumentBrief, headline: string): Set<string> {
  const total = brief.actors.reduce((sum, actor) => sum + actor.mentions, 0);
  const ranked = [...brief.actors].sort((a, b) => b.mentions - a.mentions);
  const floor = ranked[Math.min(TOP_ACTORS, ranked.length) - 1]?.mentions ?? 0;
  const names = new Set<string>();
  for (const actor of brief.actors) {
    const forms = [actor.name, ...actor.aliases];
    const prominent =
      actor.mentions >= MIN_MENTIONS &&
      (actor.mentions >= floor || (total > 0 && actor.mentions / total >= MIN_SHARE));
    if (prominent || forms.some((form) => mentions(headline, form))) {
      for (const form of forms) names.add(key(form));
    }
  }
  return names;
}

/** Why a document joins a topic: the keyword or the actors that matter there. */
export interface TopicMatch {
  slug: string;
  /** The keyword that matters in the document, or null when the actors placed it. */
  keyword: string | null;
  actors: string[];
}

/** The topics whose match rules the document meets, with what placed it in each. */
export function explainMatches(
  topics: readonly Topic[],
  document: SourceDocument,
  brief: DocumentBrief | null,
): TopicMatch[] {
  const headline = headlineOf(document);
  const text = wholeText(document);
  const matter = brief ? actorsThatMatter(brief, headline) : null;
  const matters = (name: string): boolean =>
    matter
      ? matter.has(key(name))
      : mentions(headline, name) || text.count(name, TEXT_REPEATS) >= TEXT_REPEATS;
  const matched: TopicMatch[] = [];
  for (const topic of topics) {
    const { keywords, actors, minActors } = topic.match;
    const keyword = keywords.find(
      (word) => mentions(headline, word) || text.count(word, KEYWORD_REPEATS) >= KEYWORD_REPEATS,
    );
    if (keyword !== undefined) {
      matched.push({ slug: topic.slug, keyword, actors: [] });
      continue;
    }
    if (actors.length === 0) continue;
    const found = actors.filter(matters);
    if (found.length >= Math.min(minActors, actors.length)) {
      matched.push({ slug: topic.slug, keyword: null, actors: found });
    }
  }
  return matched;
}

/** The slugs of the topics whose match rules the document meets. */
export function matchTopics(
  topics: readonly Topic[],
  document: SourceDocument,
  brief: DocumentBrief | null,
): string[] {
  return explainMatches(topics, document, brief).map((match) => match.slug);
}
