// What a button or menu option carries back when pressed: a compact token naming the action and
// the command's arguments (`more:b|<version>|<page>|<topic>|<since>`), written here and validated
// here with zod. A token is all a press brings (no state kept in memory), so a press after a
// restart works, and a forged one is refused in plain words before anything runs.
import { z } from "zod";
import { BriefbotError } from "../src/core/errors.ts";

/** Discord's limit on a custom_id (and a select option's value); Slack allows more. */
export const MAX_TOKEN = 100;
/** The last page a "More" button may ask for. */
export const MAX_PAGE = 500;

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const version = z.string().regex(/^[a-z0-9]{1,12}$/);
const page = z.coerce.number().int().min(1).max(MAX_PAGE);
const optional = (schema: z.ZodString) =>
  z
    .string()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(schema.optional());

/** The actions a token names, with their arguments as commands take them. */
export type Action =
  | { kind: "brief-page"; version: string; page: number; topic: string; since?: string | undefined }
  | {
      kind: "quote-page";
      version: string;
      page: number;
      words?: string | undefined;
      speaker?: string | undefined;
      topic?: string | undefined;
    }
  | { kind: "context"; document: string; sentence: number }
  | { kind: "subscribe"; topic: string }
  | { kind: "topic"; topic: string }
  | { kind: "story"; topic: string; story: string };

const SCHEMAS = {
  "more:b": z
    .tuple([version, page, slug, optional(z.string().max(20))])
    .transform(([v, p, topic, since]) => ({
      kind: "brief-page" as const,
      version: v,
      page: p,
      topic,
      since,
    })),
  "more:q": z
    .tuple([version, page, optional(z.string().max(80)), optional(z.string().max(80)), optional(slug)])
    .transform(([v, p, words, speaker, topic]) => ({
      kind: "quote-page" as const,
      version: v,
      page: p,
      words,
      speaker,
      topic,
    })),
  ctx: z
    .tuple([z.string().regex(/^[A-Za-z0-9._-]{1,64}$/), z.coerce.number().int().min(0).max(1_000_000)])
    .transform(([document, sentence]) => ({ kind: "context" as const, document, sentence })),
  sub: z.tuple([slug]).transform(([topic]) => ({ kind: "subscribe" as const, topic })),
  topic: z.tuple([slug]).transform(([topic]) => ({ kind: "topic" as const, topic })),
  story: z
    .tuple([slug, z.string().regex(/^[a-z0-9-]{1,40}$/)])
    .transform(([topic, story]) => ({ kind: "story" as const, topic, story })),
} as const;

type Prefix = keyof typeof SCHEMAS;

/** `|` separates the fields; a field's own `|` and `%` are written %7C and %25. */
const encodePart = (part: string | number | undefined): string =>
  String(part ?? "")
    .replaceAll("%", "%25")
    .replaceAll("|", "%7C");
const decodePart = (part: string): string => part.replaceAll("%7C", "|").replaceAll("%25", "%");

/** The token of `action`, or null when it would not fit MAX_TOKEN (then no button is offered). */
export function actionToken(action: Action): string | null {
  let prefix: Prefix;
  let parts: (string | number | undefined)[];
  switch (action.kind) {
    case "brief-page":
      prefix = "more:b";
      parts = [action.version, action.page, action.topic, action.since];
      break;
    case "quote-page":
      prefix = "more:q";
      parts = [action.version, action.page, action.words, action.speaker, action.topic];
      break;
    case "context":
      prefix = "ctx";
      parts = [action.document, action.sentence];
      break;
    case "subscribe":
      prefix = "sub";
      parts = [action.topic];
      break;
    case "topic":
      prefix = "topic";
      parts = [action.topic];
      break;
    case "story":
      prefix = "story";
      parts = [action.topic, action.story];
      break;
  }
  const token = `${prefix}:${parts.map(encodePart).join("|")}`;
  // A token must read back as itself: a value the schema would refuse gets no button.
  if (token.length > MAX_TOKEN || !SCHEMAS[prefix].safeParse(parts.map((p) => String(p ?? ""))).success) {
    return null;
  }
  return token;
}

/** The input refused: a clear answer, never a stack. */
const refused = (why: string): BriefbotError =>
  new BriefbotError("INPUT_INVALID", `That button is not one briefbot made (${why}).`, {
    hints: ["Run the command again, e.g. /brief <topic>, and use the buttons of its answer."],
  });

/** Reads a token back; INPUT_INVALID naming what was wrong when it is not one we wrote. */
export function parseActionToken(token: unknown): Action {
  if (typeof token !== "string" || token.length === 0) throw refused("no value");
  if (token.length > MAX_TOKEN) throw refused(`value of ${token.length} characters, at most ${MAX_TOKEN}`);
  const match = /^(more:b|more:q|ctx|sub|topic|story):(.*)$/s.exec(token);
  if (!match) throw refused("unknown action");
  const prefix = match[1] as Prefix;
  const parts = (match[2] ?? "").split("|").map(decodePart);
  const parsed = SCHEMAS[prefix].safeParse(parts);
  if (!parsed.success) throw refused(`bad ${prefix} value`);
  return parsed.data as Action;
}

/**
 * The control a token is sent from: a "more", "context" or "subscribe" button, the story menu of
 * a brief, or a reply's own menu (/topics).
 */
export type Control = "more" | "context" | "subscribe" | "story" | "menu";

const CONTROL_OF: Record<Action["kind"], Control> = {
  "brief-page": "more",
  "quote-page": "more",
  context: "context",
  subscribe: "subscribe",
  topic: "menu",
  story: "story",
};

/** The id of a control as adapters name it (a Slack action_id, a Discord select's custom_id). */
export const controlId = (control: Control, suffix = ""): string => `briefbot:${control}${suffix}`;

/** The control an id names ("briefbot:context:3" is a context button); refused otherwise. */
export function controlOf(id: unknown): Control {
  const match =
    typeof id === "string" ? /^briefbot:(more|context|subscribe|story|menu)(?::\d{1,4})?$/.exec(id) : null;
  if (!match) throw refused("unknown action id");
  return match[1] as Control;
}

/** Reads a token sent from `control`; refused when that control never carries such a token. */
export function parseActionFrom(control: Control, token: unknown): Action {
  const action = parseActionToken(token);
  if (CONTROL_OF[action.kind] !== control) throw refused(`a ${control} control does not send ${action.kind}`);
  return action;
}

/** The control that sends `action` (Discord buttons carry the token alone as their custom_id). */
export const controlFor = (action: Action): Control => CONTROL_OF[action.kind];
