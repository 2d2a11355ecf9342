// `/topics`: the topics the bot knows, with document counts and last update.
import { z } from "zod";
import type { ReplyItem, ReplyMenu } from "../src/core/reply.ts";
import { actionToken } from "./action-token.ts";
import { defineCommand } from "./command.ts";
import { TopicsData } from "./output-schemas.ts";
import { plural } from "./plural.ts";

/** Topics offered in the menu. */
const MENU_OPTIONS = 25;

/** `/topics` takes no options. */
export const topicsCommand = defineCommand({
  name: "topics",
  description: "List the topics briefbot follows",
  examples: ["/topics"],
  input: z.object({}),
  output: TopicsData,
  async run(deps) {
    const topics = await deps.store.listTopics();
    const items: ReplyItem[] = topics.map((topic) => {
      const count = plural(topic.documentCount, "document");
      const updated = topic.lastUpdated ? `, updated ${topic.lastUpdated.slice(0, 10)}` : "";
      const description = topic.description ? ` · ${topic.description.trim()}` : "";
      return {
        kind: "text",
        text: `${topic.slug}: ${topic.title}`,
        detail: `${count}${updated}${description}`,
      };
    });
    // Topic files skipped at start: named here so that a typo in one file is seen, not silent.
    const invalid: ReplyItem[] = (deps.invalidTopics ?? []).map((topic) => ({
      kind: "text",
      text: `${topic.slug}: invalid, not loaded`,
      detail: `${topic.slug}/topic.yaml: ${topic.problem}`,
    }));
    // Picking a topic in the menu shows its brief (Discord allows 25 options, Slack 100).
    const options = topics.slice(0, MENU_OPTIONS).flatMap((topic) => {
      const token = actionToken({ kind: "topic", topic: topic.slug });
      return token ? [{ label: `${topic.title} (${topic.slug})`, token }] : [];
    });
    const menu: ReplyMenu | undefined =
      options.length > 0
        ? {
            placeholder:
              topics.length > MENU_OPTIONS ? `Brief a topic (first ${MENU_OPTIONS})` : "Brief a topic",
            options,
          }
        : undefined;
    return {
      data: topics,
      reply: {
        title: "Topics",
        sections: [
          {
            heading: items.length > 0 ? plural(items.length, "topic") : "No topics yet",
            items:
              items.length > 0 ? items : [{ kind: "text", text: "Add one under briefs/<slug>/topic.yaml." }],
          },
          ...(invalid.length > 0
            ? [{ heading: `Invalid topic files (${invalid.length}), skipped until fixed`, items: invalid }]
            : []),
        ],
        footer: "Try /brief <topic>.",
        ephemeral: false,
        ...(menu ? { menu } : {}),
      },
    };
  },
});
