// Citations and licence attribution shared by every command reply: each item names its document
// and sentence, and a reply that shows document text carries the licences those texts require.
import type { DocumentRef } from "../src/core/ports.ts";
import type { Citation, ReplyItem } from "../src/core/reply.ts";
import type { Speaker } from "../src/core/schemas.ts";

/** The citation of sentence `sentence` of a document. */
export function cite(document: DocumentRef, sentence: number): Citation {
  return {
    documentId: document.id,
    title: document.title,
    url: document.url,
    date: document.date,
    sentence,
    license: document.license,
  };
}

/** How a speaker is shown: its name, or a speaker the text does not name marked as such
 * ("a ministry spokeswoman (unnamed)"), so that a description never reads as a name. */
export function speakerLabel(speaker: Speaker | null | undefined): string | null {
  if (!speaker) return null;
  return speaker.named === false ? `${speaker.name} (unnamed)` : speaker.name;
}

/** A stored quote as a reply item citing its sentence. */
export function quoteItem(quote: {
  text: string;
  speaker: Speaker | null;
  sentence: number;
  document: DocumentRef;
}): ReplyItem {
  return {
    kind: "quote",
    text: quote.text,
    speaker: speakerLabel(quote.speaker),
    citation: cite(quote.document, quote.sentence),
  };
}

/** A document listed by its title, with its date and URL as the detail. */
export function documentItem(document: Pick<DocumentRef, "title" | "date" | "url">): ReplyItem {
  return {
    kind: "text",
    text: document.title || "Untitled",
    detail: [document.date, document.url].filter(Boolean).join(" · "),
  };
}

/**
 * The footer naming the sources shown and their licences, e.g. "Sources: Wikinews, CC BY 2.5
 * (https://…)". Documents with no stated licence are named by title so that every text shown is
 * attributed; returns undefined when nothing was shown.
 */
export function attributionFooter(documents: readonly DocumentRef[]): string | undefined {
  const seen = new Map<string, DocumentRef>();
  for (const document of documents) if (!seen.has(document.id)) seen.set(document.id, document);
  if (seen.size === 0) return undefined;
  const licensed = [...seen.values()].filter((document) => document.license);
  const unlicensed = [...seen.values()].filter((document) => !document.license);
  const parts: string[] = [];
  const byLicense = new Map<string, DocumentRef[]>();
  for (const document of licensed) {
    const key = `${document.source ?? ""}\u0000${document.license}`;
    byLicense.set(key, [...(byLicense.get(key) ?? []), document]);
  }
  for (const group of byLicense.values()) {
    const first = group[0] as DocumentRef;
    const who = first.source ? `${first.source}, ` : "";
    const links = group.map((document) => document.url ?? document.title).slice(0, 5);
    const more = group.length > links.length ? ` and ${group.length - links.length} more` : "";
    parts.push(`${who}${first.license} (${links.join(", ")}${more})`);
  }
  if (unlicensed.length > 0) {
    const names = unlicensed.slice(0, 5).map((document) => document.url ?? document.title);
    const more = unlicensed.length > names.length ? ` and ${unlicensed.length - names.length} more` : "";
    parts.push(`licence not stated: ${names.join(", ")}${more}`);
  }
  return `Sources: ${parts.join("; ")}`;
}
