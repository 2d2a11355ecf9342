// An unknown topic is answered with the known ones (and the nearest, when one is close).

import { BriefbotError } from "../src/core/errors.ts";
import type { Store } from "../src/core/ports.ts";
import type { Topic } from "../src/core/topic.ts";
import { editDistance } from "./edit-distance.ts";

/** Returns the topic or throws TOPIC_NOT_FOUND listing the known topics. */
export async function requireTopic(store: Store, slug: string): Promise<Topic> {
  const topic = await store.getTopic(slug);
  if (topic) return topic;
  const known = (await store.listTopics()).map((candidate) => candidate.slug);
  const near =
    (slug.length >= 3
      ? known.find((candidate) => candidate.includes(slug) || slug.includes(candidate))
      : undefined) ??
    known.find((candidate) => editDistance(candidate, slug) <= Math.max(1, Math.floor(candidate.length / 5)));
  const hints = [
    known.length > 0
      ? `known topics: ${known.join(", ")}`
      : "no topics are defined yet (briefs/<slug>/topic.yaml)",
  ];
  if (near) hints.unshift(`did you mean ${near}?`);
  throw new BriefbotError("TOPIC_NOT_FOUND", `unknown topic "${slug}"`, { hints });
}
