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

/** How a command is called, for help: each adapter writes it the way its users type it. */
export interface CommandSyntax {
  command: string;
  /** In the order they are typed (Discord shows each as a field of its own). */
  options: readonly { name: string; description: string; required: boolean; choices?: readonly string[] }[];
}

/** A chat channel named in a reply; adapters show it as a channel link where they can. */
export interface ReplyChannel {
  platform: "slack" | "discord";
  id: string;
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
  /** Help: the command this item explains. `text` holds its text syntax (Slack, terminal). */
  syntax?: CommandSyntax;
  /** The channel this item is about (/digest list), shown after the text. */
  channel?: ReplyChannel;
  /** A control on this item (a quote's "In context", a story's "open"); see commands/action-token.ts. */
  action?: ReplyAction;
}

/**
 * A button under a reply or on one of its items. `token` is what the button carries back when
 * pressed (at most 100 characters, Discord's limit on a custom_id); commands/action-token.ts
 * writes and validates it, commands/actions.ts runs it through the command pipeline.
 */
export interface ReplyAction {
  /** "story" items are offered together in one menu ("Open a story"); the others are buttons. */
  kind: "more" | "context" | "subscribe" | "story";
  label: string;
  token: string;
}

/** A menu of choices (the topic menu of /topics); picking one sends that option's token. */
export interface ReplyMenu {
  placeholder: string;
  /** At most 25 (Discord's limit); labels are plain text. */
  options: readonly { label: string; token: string }[];
}

/** A titled group of items. */
export interface ReplySection {
  heading: string;
  items: ReplyItem[];
}

/** A chart attached to a reply: a PNG with alt text that says the same facts in words. */
export interface ReplyChart {
  /** e.g. "russia-china-coverage.png". */
  fileName: string;
  title: string;
  alt: string;
  png: Uint8Array;
  width: number;
  height: number;
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
  /** The page the reply is about (one document's brief): the title links there where it can. */
  url?: string | null;
  /** When the reply's content is from (ISO 8601 date or instant): a document's date, a digest's end. */
  timestamp?: string | null;
  /** Who published it (a document's source, e.g. "Wikinews"). */
  source?: string | null;
  /** Buttons after the reply ("More", "Subscribe this channel"). */
  actions?: ReplyAction[];
  /** A menu after the reply (/topics: pick a topic to see its brief). */
  menu?: ReplyMenu;
  /** Charts to attach (`/brief ... chart:yes`): Slack uploads them, Discord shows them in the embed. */
  charts?: ReplyChart[];
}
