// `briefbot docs <topic>` lists a topic's documents; `briefbot docs remove <id>` takes one out with
// its quotes, key points, actor mentions and memberships. Command-line only: removal is for the
// person who runs the store, not for a chat channel. src/cli/docs.ts serves it through execute.ts.
import { z } from "zod";
import { BriefbotError } from "../src/core/errors.ts";
import type { ReplyItem } from "../src/core/reply.ts";
import { defineCommand, defineGroup, field } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { DocsListData, DocsRemoveData } from "./output-schemas.ts";
import { plural } from "./plural.ts";

const topicField = field(
  z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a topic slug like russia-china"),
  { description: "the topic", positional: "word" },
);

const idField = field(
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "expected a document id as `briefbot docs <topic>` lists it"),
  { description: "the document's id (from briefbot docs <topic>)", positional: "word" },
);

const list = defineCommand({
  name: "list",
  description: "A topic's documents: id, date, title, source",
  input: z.object({ topic: topicField }),
  output: DocsListData,
  async run(deps, input) {
    await requireTopic(deps.store, input.topic);
    const documents = await deps.store.topicDocuments(input.topic);
    const items: ReplyItem[] = documents.map((document) => {
      const marks = [
        document.date ?? `added ${document.addedAt.slice(0, 10)}`,
        document.source ?? "no source",
        ...(document.pinned ? ["given explicitly"] : []),
        ...(document.duplicateOf ? [`near-duplicate of ${document.duplicateOf}`] : []),
      ];
      return { kind: "text", text: `${document.id}  ${document.title}`, detail: marks.join(" · ") };
    });
    return {
      data: { topic: input.topic, documents },
      reply: {
        title: `Documents of ${input.topic}`,
        sections: [
          {
            heading: documents.length > 0 ? plural(documents.length, "document") : "No documents",
            items,
          },
        ],
        footer: "Take one out with: briefbot docs remove <id>",
        ephemeral: true,
      },
    };
  },
});

const remove = defineCommand({
  name: "remove",
  description: "Take one document out, with its quotes, actors and topic memberships",
  input: z.object({ id: idField }),
  output: DocsRemoveData,
  async run(deps, input) {
    const removed = await deps.store.removeDocument(input.id);
    if (!removed) {
      throw new BriefbotError("DOCUMENT_NOT_FOUND", `no stored document has the id "${input.id}"`, {
        hints: ["briefbot docs <topic> lists the ids of a topic's documents"],
      });
    }
    const lines = [
      `from ${removed.topics.length > 0 ? `topics ${removed.topics.join(", ")}` : "no topic"}`,
      `${plural(removed.quotes, "quote")}, ${plural(removed.keyPoints, "key point")}, mentions of ${plural(removed.actors, "actor")}`,
      ...(removed.actorsRemoved.length > 0
        ? [`named in no other document, gone: ${removed.actorsRemoved.join(", ")}`]
        : []),
      ...(removed.copies.length > 0
        ? [
            `its near-duplicate ${removed.copies.length === 1 ? "copy" : "copies"}: ${removed.copies.join(", ")}`,
          ]
        : []),
    ];
    return {
      data: removed,
      reply: {
        title: `Removed ${removed.document.id}: ${removed.document.title}`,
        sections: [{ heading: "Taken out with it", items: lines.map((text) => ({ kind: "text", text })) }],
        ephemeral: true,
      },
    };
  },
});

/** `docs list|remove`, on the command line only. */
export const docsCommand = defineGroup({
  name: "docs",
  description: "A topic's documents, and taking one out",
  subcommands: [list, remove],
  surfaces: ["cli"],
});
