// The platform-neutral answer of every command. Adapters render it as Block Kit, embeds or terminal
// text; commands never build platform payloads (DESIGN.md, rule 2). All text here is plain and
// untrusted: each adapter escapes it for its platform.

/** Where an item came from: a document and the sentence in it. */
export interface Citation {
  documentId: string;
  title: string;
  url: string | null;
  date: string | null;
  /** Index of the sentence in the document body. */
  sentence: number;
  /** Attribution required by the document's licence, when it has one (e.g. CC BY 2.5). */
  license?: string | null;
}

/** One line of a section: a key point, a quote, an actor or plain text. */
export interface ReplyItem {
  kind: "point" | "quote" | "actor" | "text";
  text: string;
  /** For quotes: who said it, or null when the text does not say. */
  speaker?: string | null;
  /** Short secondary text (counts, roles, dates). */
  detail?: string;
  citation?: Citation;
}

/** A titled group of items. */
export interface ReplySection {
  heading: string;
  items: ReplyItem[];
}

/** A whole answer. `ephemeral` answers go to the caller only (help, errors, previews). */
export interface Reply {
  title: string;
  subtitle?: string;
  sections: ReplySection[];
  footer?: string;
  ephemeral: boolean;
  /** Set on error replies, with the stable error code. */
  errorCode?: string;
}
