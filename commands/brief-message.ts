// "Brief this" (the Slack message shortcut, the Discord context menu): takes a message's text, or
// the first link in it, ingests it into the store, and answers with that document's brief.
import { z } from "zod";
import { loadConfig } from "../src/config.ts";
import { BriefbotError } from "../src/core/errors.ts";
import type { Reply } from "../src/core/reply.ts";
import { DocumentBrief } from "../src/core/schemas.ts";
import { documentItem } from "./citations.ts";
import { type CommandDeps, defineCommand, field } from "./command.ts";
import { documentReply } from "./document-reply.ts";

function policy(deps: CommandDeps): { allowPrivateUrls: boolean; maxDocumentBytes: number } {
  if (deps.ingest) return deps.ingest;
  const config = loadConfig();
  return {
    allowPrivateUrls: config.BRIEFBOT_ALLOW_PRIVATE_URLS,
    maxDocumentBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
  };
}

const NOTES = {
  added: "Stored in briefbot's database",
  duplicate: "Already stored",
  "near-duplicate": "A copy of a story already stored",
  "not-english": "Stored",
} as const;

/** What brief-message answers as data: what became of the message, and the brief shown. */
const BriefMessageData = z.object({
  status: z.enum(["added", "duplicate", "near-duplicate", "not-english"]),
  documentId: z.string(),
  topics: z.array(z.string()),
  brief: DocumentBrief.nullable(),
});

/** `brief-message`: "Brief this" for a chat message. */
export const briefMessageCommand = defineCommand({
  name: "brief-message",
  description:
    "Brief this: read a message (or the link in it), store it in briefbot's database, and show its brief",
  surfaces: ["slack", "discord", "terminal"],
  examples: [
    "/brief-message The Russian Navy said on Monday that its ships would hold joint drills with the Chinese Navy in the Sea of Japan next month.",
  ],
  messageAction: {
    title: "Brief this",
    description: "Brief the link or text of this message, in its thread",
    slackCallbackId: "brief_this",
  },
  input: z.object({
    text: field(z.string().trim().min(1, "a message or a link is needed").max(100_000), {
      description: "the message text, or a link to an article",
      positional: "rest",
    }),
    topic: field(z.string().trim().toLowerCase().min(1).max(100).optional(), {
      description: "also file it under this topic",
      autocomplete: "topic",
    }),
  }),
  output: BriefMessageData,
  async run(deps, input) {
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
    const data = { status: item.status, documentId: stored.document.id, topics, brief: stored.brief };
    const where = topics.length > 0 ? ` under ${topics.join(", ")}` : "";
    const note = item.status === "added" ? `${NOTES.added}${where}` : NOTES[item.status];
    if (!stored.brief) {
      const reply: Reply = {
        title: stored.document.title || "Untitled document",
        subtitle: "Stored, not extracted: briefs are made for English text only",
        sections: [{ heading: "Document", items: [documentItem(stored.document)] }],
        ephemeral: false,
      };
      return { data, reply };
    }
    const reply = documentReply(stored.brief, {
      license: stored.document.license,
      source: stored.document.source,
      note,
    });
    return { data, reply };
  },
});
