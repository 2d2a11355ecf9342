import { z } from "zod";

/** A topic slug: lower-case words joined by hyphens ("russia-china"). */
export const TopicSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, like russia-china");

/** What `briefs/<slug>/topic.yaml` holds. */
export const TopicFile = z.object({
  title: z.string().min(1),
  description: z.string().default(""),
  match: z
    .object({
      /** A document joins the topic when it mentions any keyword (case-insensitive)... */
      keywords: z.array(z.string().min(1)).default([]),
      /** ...or names at least `minActors` of these actors. */
      actors: z.array(z.string().min(1)).default([]),
      minActors: z.number().int().positive().default(2),
    })
    .default({ keywords: [], actors: [], minActors: 2 }),
  feeds: z.array(z.url()).default([]),
});
export type TopicFile = z.infer<typeof TopicFile>;

/** A topic as the bot knows it. */
export interface Topic extends TopicFile {
  slug: string;
}

/** A topic.yaml that could not be loaded: that topic is skipped, the others load. */
export interface InvalidTopic {
  /** The topic's folder name. */
  slug: string;
  /** The path of its topic.yaml. */
  file: string;
  /** The fields at fault ("match.keywords"); empty when the file as a whole is (YAML, unreadable). */
  fields: string[];
  /** What is wrong, without the path ("invalid field match.keywords: expected array, ..."). */
  problem: string;
}
