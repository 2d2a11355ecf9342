// Matches every stored document against the current topics again (`briefbot topics rematch`, and
// `briefbot start` when the topic definitions changed): a topic added or edited later takes in the
// documents its rules now meet, and a document its rules no longer meet leaves it. Memberships
// given explicitly (`ingest --topic`, a topic's bundled folder) are pinned and stay. A near-duplicate
// copy's topics count for its first copy too, as at ingest.
import { createHash } from "node:crypto";
import type { Store } from "../core/ports.ts";
import type { Topic } from "../core/topic.ts";
import { matchTopics } from "../core/topic-match.ts";

/** The setting that holds the hash of the topic definitions every stored document was matched against. */
export const TOPICS_HASH_SETTING = "topic-definitions-hash";

/** Bumped when the matching code changes what it decides (src/core/topic-match.ts): a rematch follows. */
export const MATCH_RULES_VERSION = "precision-1";

/** What a rematch changed. */
export interface RematchSummary {
  /** Documents looked at. */
  documents: number;
  /** Documents whose topics changed. */
  changed: number;
  /** Per topic, how many documents joined and left it. */
  topics: Array<{ slug: string; joined: number; left: number }>;
  /** Documents in no topic afterwards. */
  unmatched: number;
}

/** A hash of what decides membership: each topic's slug and match rules, and the rules' version. */
export function topicsHash(topics: readonly Topic[]): string {
  const rules = [...topics]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((topic) => ({ slug: topic.slug, match: topic.match }));
  return createHash("sha256")
    .update(JSON.stringify({ version: MATCH_RULES_VERSION, rules }))
    .digest("hex");
}

/** Matches every stored document against the store's topics; records the topics' hash after. */
export async function rematchAll(
  store: Store,
  onProgress?: (done: number, total: number) => void,
): Promise<RematchSummary> {
  const topics = await store.listTopics();
  const ids = await store.documentIds();
  // First every document's rule topics (a copy's also count for its first copy), then the writes.
  const wanted = new Map<string, Set<string>>();
  const current = new Map<string, string[]>();
  for (const id of ids) {
    const [stored, source] = await Promise.all([store.getDocument(id), store.getSource(id)]);
    if (!stored || !source) continue;
    const slugs = matchTopics(topics, source, stored.brief);
    wanted.set(id, new Set(slugs));
    current.set(id, stored.document.topics);
    const root = stored.document.duplicateOf;
    if (root) for (const slug of slugs) wanted.get(root)?.add(slug);
  }
  const tally = new Map(topics.map((topic) => [topic.slug, { slug: topic.slug, joined: 0, left: 0 }]));
  let changed = 0;
  let unmatched = 0;
  let done = 0;
  for (const [id, slugs] of wanted) {
    const { joined, left } = await store.setRuleTopics(id, [...slugs]);
    if (joined.length + left.length > 0) changed++;
    for (const slug of joined) tally.get(slug)!.joined++;
    for (const slug of left) tally.get(slug)!.left++;
    const after = new Set([...(current.get(id) ?? []).filter((slug) => !left.includes(slug)), ...joined]);
    if (after.size === 0) unmatched++;
    onProgress?.(++done, wanted.size);
  }
  await store.setSetting(TOPICS_HASH_SETTING, topicsHash(topics));
  return { documents: wanted.size, changed, topics: [...tally.values()], unmatched };
}

/** Rematches when the topic definitions differ from those last matched; null when they do not. */
export async function rematchIfChanged(store: Store): Promise<RematchSummary | null> {
  const topics = await store.listTopics();
  if ((await store.getSetting(TOPICS_HASH_SETTING)) === topicsHash(topics)) return null;
  return rematchAll(store);
}
