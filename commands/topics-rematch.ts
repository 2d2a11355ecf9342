// `briefbot topics rematch`: every stored document matched again against the current topics (a
// topic added or edited later takes in its documents; those its rules no longer meet leave it;
// memberships given explicitly stay). Command-line only; `briefbot start` runs the same when the
// topic definitions changed (src/main.ts). src/cli/topics.ts serves it through execute.ts.
import { z } from "zod";
import { defineCommand, defineGroup } from "./command.ts";
import { RematchData } from "./output-schemas.ts";
import { plural } from "./plural.ts";

const rematch = defineCommand({
  name: "rematch",
  description: "Match every stored document against the current topics again",
  input: z.object({}),
  output: RematchData,
  async run(deps) {
    // Loaded here: the ingest side (hashing, matching) is not needed by any other command.
    const { rematchAll } = await import("../src/ingest/rematch.ts");
    const summary = await rematchAll(deps.store);
    const moved = summary.topics.filter((topic) => topic.joined + topic.left > 0);
    return {
      data: summary,
      reply: {
        title: "Topics matched again",
        subtitle: `${plural(summary.documents, "document")} looked at, ${summary.changed} changed topics, ${summary.unmatched} in no topic`,
        sections: [
          {
            heading: moved.length > 0 ? "Changes" : "Nothing changed",
            items: moved.map((topic) => ({
              kind: "text" as const,
              text: `${topic.slug}: ${topic.joined} joined, ${topic.left} left`,
            })),
          },
        ],
        ephemeral: true,
      },
    };
  },
});

/** `topics rematch` on the command line (plain `topics` is the chat command, commands/topics.ts). */
export const topicsAdminCommand = defineGroup({
  name: "topics",
  description: "The topics, and matching the stored documents against them again",
  subcommands: [rematch],
  surfaces: ["cli"],
});
