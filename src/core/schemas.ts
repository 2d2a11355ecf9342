// The brief contract (DESIGN.md, "The brief contract"): zod schemas shared by the core, the store,
// the commands and every adapter. `briefbot schema` prints them as JSON Schema.
import { z } from "zod";

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** Metadata of one source document, as its header gives it. */
export const DocumentMeta = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** A loaded document: its metadata plus the normalised body text that every offset points into. */
export const SourceDocument = DocumentMeta.extend({
  license: z.string().nullable(),
  author: z.string().nullable(),
  body: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** A sentence of the body, with offsets into it. */
export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;

export const ActorType = z.enum(["person", "org", "place"]);
export type ActorType = z.infer<typeof ActorType>;

/** An entity named in the text, under its canonical full name. */
export const Actor = z.object({
  name: z.string().min(1),
  type: ActorType,
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  /** Titles or roles seen next to the name ("President", "co-author"). */
  roles: z.array(z.string()).default([]),
});
export type Actor = z.infer<typeof Actor>;

/** Who a quote is attributed to: an actor of the text (`named`), or a speaker the text describes
 * without naming ("a State Department spokeswoman", `named: false`), with the role the text gives
 * it. The engine always sets `named`; absent (briefs stored before it existed) means named. */
export const Speaker = z.object({
  name: z.string().min(1),
  type: ActorType,
  named: z.boolean().optional(),
  role: z.string().min(1).optional(),
});
export type Speaker = z.infer<typeof Speaker>;

/** A direct quote: the words between the marks (parts joined by " … "), its speaker or null. */
export const Quote = z.object({
  text: z.string().min(1),
  speaker: Speaker.nullable(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof Quote>;

/** A sentence of the body, verbatim, that carries the news. */
export const KeyPoint = z.object({
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  score: z.number(),
});
export type KeyPoint = z.infer<typeof KeyPoint>;

/** The brief of one document: what `briefbot extract --json` prints for each file. */
export const DocumentBrief = z.object({
  document: DocumentMeta,
  keyPoints: z.array(KeyPoint),
  actors: z.array(Actor),
  quotes: z.array(Quote),
});
export type DocumentBrief = z.infer<typeof DocumentBrief>;

/** The version of the extraction engine; stored extracts of another version are re-extracted. */
export const ENGINE_VERSION = "52";
