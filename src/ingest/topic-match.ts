// Which topics a document joins: a topic's keywords (any, case-insensitive, whole words) or at
// least `minActors` of its actors among the document's actors (by name or alias).
import type { DocumentBrief, SourceDocument } from "../core/schemas.ts";
import type { Topic } from "../core/topic.ts";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const key = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

const patterns = new Map<string, RegExp | null>();

/** True when `text` contains `phrase` as whole words, ignoring case. */
export function mentions(text: string, phrase: string): boolean {
  let pattern = patterns.get(phrase);
  if (pattern === undefined) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
    pattern = words ? new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu") : null;
    if (patterns.size > 1000) patterns.clear();
    patterns.set(phrase, pattern);
  }
  return pattern?.test(text) ?? false;
}

/** The slugs of the topics whose match rules the document meets. */
export function matchTopics(
  topics: readonly Topic[],
  document: SourceDocument,
  brief: DocumentBrief | null,
): string[] {
  const text = `${document.title}\n${document.body}`;
  const names = new Set<string>();
  for (const actor of brief?.actors ?? []) {
    names.add(key(actor.name));
    for (const alias of actor.aliases) names.add(key(alias));
  }
  const matched: string[] = [];
  for (const topic of topics) {
    const { keywords, actors, minActors } = topic.match;
    if (keywords.some((keyword) => mentions(text, keyword))) {
      matched.push(topic.slug);
      continue;
    }
    if (actors.length === 0) continue;
    // Without a brief (not English), fall back to the names appearing in the text.
    const found = actors.filter((actor) => (brief ? names.has(key(actor)) : mentions(text, actor))).length;
    if (found >= Math.min(minActors, actors.length)) matched.push(topic.slug);
  }
  return matched;
}
