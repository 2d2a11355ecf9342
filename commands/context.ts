// `context <document> <sentence>`: a quote's sentence with the ones around it and the link to its
// source. Reached from a quote's "In context" button in chat (never typed there: actionOnly) and
// typed as `briefbot context` in a shell. Always answered to the caller only.
import { z } from "zod";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import { splitSentences } from "../src/core/text/sentences.ts";
import { attributionFooter, cite } from "./citations.ts";
import { defineCommand, field } from "./command.ts";

/** Sentences shown on each side of the quoted one. */
export const CONTEXT_SENTENCES = 2;

const ContextData = z.object({
  document: z.string(),
  sentence: z.number().int(),
  found: z.boolean(),
  sentences: z.array(z.object({ index: z.number().int(), text: z.string(), quoted: z.boolean() })),
});

const gone = (title: string, text: string): Reply => ({
  title,
  sections: [{ heading: "", items: [{ kind: "text", text }] }],
  ephemeral: true,
});

/** `context`. */
export const contextCommand = defineCommand({
  name: "context",
  description: "A sentence of a stored document with the sentences around it",
  actionOnly: true,
  // The bundled article's id (a hash of its body) and its fourth sentence.
  examples: ["/context c30f61f073eafcfb 3"],
  input: z.object({
    document: field(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9._-]{1,64}$/, "expected a document id"),
      {
        description: "the document id, as a citation names it",
        positional: "word",
      },
    ),
    sentence: field(z.coerce.number().int().min(0).max(1_000_000), {
      description: "the sentence number in the document (from 0)",
      positional: "word",
      type: "integer",
    }),
  }),
  output: ContextData,
  async run(deps, input) {
    const stored = await deps.store.getDocument(input.document);
    const source = stored ? await deps.store.getSource(input.document) : null;
    if (!stored || !source) {
      // Removed since the button was made (or never stored): say so, nothing else.
      const reply = gone(
        "Not available",
        "That document is no longer stored, so its context cannot be shown.",
      );
      return { data: { ...input, found: false, sentences: [] }, reply };
    }
    const sentences = splitSentences(source.body);
    const target = sentences[input.sentence];
    if (!target) {
      const reply = gone(
        stored.document.title || "Document",
        `That document has changed: it has no sentence ${input.sentence + 1} any more.`,
      );
      return { data: { ...input, found: false, sentences: [] }, reply };
    }
    const shown = sentences.slice(
      Math.max(0, input.sentence - CONTEXT_SENTENCES),
      input.sentence + CONTEXT_SENTENCES + 1,
    );
    const items: ReplyItem[] = shown.map((sentence) =>
      sentence.index === input.sentence
        ? {
            kind: "point",
            text: sentence.text,
            detail: "the quoted sentence",
            citation: cite(stored.document, sentence.index),
          }
        : { kind: "text", text: sentence.text },
    );
    const reply: Reply = {
      title: `In context: ${stored.document.title || "document"}`,
      subtitle: `sentence ${input.sentence + 1} of ${sentences.length}${stored.document.date ? ` · ${stored.document.date}` : ""}`,
      sections: [{ heading: "", items }],
      url: stored.document.url,
      source: stored.document.source,
      ephemeral: true,
    };
    const footer = attributionFooter([stored.document]);
    if (footer) reply.footer = footer;
    return {
      data: {
        ...input,
        found: true,
        sentences: shown.map((sentence) => ({
          index: sentence.index,
          text: sentence.text,
          quoted: sentence.index === input.sentence,
        })),
      },
      reply,
    };
  },
});
