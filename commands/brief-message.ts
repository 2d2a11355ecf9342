// "Brief this" (the Slack message shortcut, the Discord context menu): takes a message's text, or
// the first link in it, ingests it into the store, and answers with that document's brief.
import { z } from "zod";
import { loadConfig } from "../src/config.ts";
import { BriefbotError } from "../src/core/errors.ts";
import type { Reply } from "../src/core/reply.ts";
import { documentItem } from "./citations.ts";
import type { Command, CommandDeps } from "./command.ts";
import { documentReply } from "./document-reply.ts";

/** The validated input of brief-message. */
export interface BriefMessageInput {
  /** The message: its text, or text containing a link. */
  text: string;
  /** Also file the document under this topic. */
  topic?: string | undefined;
}

function policy(deps: CommandDeps): { allowPrivateUrls: boolean; maxDocumentBytes: number } {
  if (deps.ingest) return deps.ingest;
  const config = loadConfig();
  return {
    allowPrivateUrls: config.BRIEFBOT_ALLOW_PRIVATE_URLS,
    maxDocumentBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
  };
}

const NOTES = {
  added: "Added",
  duplicate: "Already known",
  "near-duplicate": "A copy of a story already known",
  "not-english": "Stored",
} as const;

/** `brief-message`: "Brief this" for a chat message. */
export const briefMessageCommand: Command<BriefMessageInput> = {
  name: "brief-message",
  description: "Brief this: read a message (or the link in it), store it, and show its brief",
  usage: ["/brief-message <text or link> [topic:<t>]"],
  options: [
    {
      name: "text",
      description: "the message text, or a link to an article",
      type: "string",
      required: true,
      positional: "rest",
    },
    {
      name: "topic",
      description: "also file it under this topic",
      type: "string",
      required: false,
      autocomplete: "topic",
    },
  ],
  input: z.object({
    text: z.string().trim().min(1, "a message or a link is needed").max(100_000),
    topic: z.string().trim().toLowerCase().min(1).max(100).optional(),
  }),
  async run(deps, input): Promise<Reply> {
    const { allowPrivateUrls, maxDocumentBytes } = policy(deps);
    // Loaded on use: the HTML and feed parsers are heavy, and most commands never need them.
    const { ingestMessage } = await import("../src/ingest/ingest.ts");
    const item = await ingestMessage(input.text, {
      store: deps.store,
      topics: input.topic ? [input.topic] : [],
      fetch: { allowPrivate: allowPrivateUrls, maxBytes: maxDocumentBytes },
      maxBytes: maxDocumentBytes,
      ...(deps.metrics ? { metrics: deps.metrics } : {}),
    });
    if (item.status === "skipped" || !item.documentId) {
      throw new BriefbotError(item.code ?? "INTERNAL", item.reason ?? "the message could not be read");
    }
    // A near-duplicate answers with the first copy, the one the store counts.
    const shownId = item.status === "near-duplicate" && item.duplicateOf ? item.duplicateOf : item.documentId;
    const stored = (await deps.store.getDocument(shownId)) ?? (await deps.store.getDocument(item.documentId));
    if (!stored) throw new BriefbotError("STORE_FAILED", "the document was not stored");
    const topics = stored.document.topics;
    const where = topics.length > 0 ? ` to ${topics.join(", ")}` : "";
    const note = item.status === "added" ? `${NOTES.added}${where}` : NOTES[item.status];
    if (!stored.brief) {
      return {
        title: stored.document.title || "Untitled document",
        subtitle: "Stored, not extracted: briefs are made for English text only",
        sections: [
          {
            heading: "Document",
            items: [documentItem(stored.document)],
          },
        ],
        ephemeral: false,
      };
    }
    return documentReply(stored.brief, {
      license: stored.document.license,
      source: stored.document.source,
      note,
    });
  },
};
