// Reply buttons and menus -> Discord message components: a row of buttons ("More", "Subscribe
// this channel"; each button's custom_id is its action token), a select of the quotes to show in
// context (a button per quote would not fit Discord's five rows), a select of the stories to
// open, and the reply's own menu (the topic menu of /topics). Labels show plain text (no
// markdown), but document text in them still goes through inertPlain: "@everyone" in a label must
// not read as a mention, in a client or a log.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { controlId } from "../../../commands/action-token.ts";
import type { Reply, ReplyItem } from "../../core/reply.ts";
import { inertPlain, truncate } from "./escape.ts";

/** Discord's limits on components. */
export const COMPONENT_LIMITS = {
  rows: 5,
  buttonsPerRow: 5,
  options: 25,
  label: 80,
  optionText: 100,
} as const;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Untrusted text as a label of at most `max` characters, mentions neutralised. */
const label = (text: string, max: number): string =>
  truncate(inertPlain(text.replace(/\s+/g, " ").trim(), max), max);

/** "“The first words of the quote…” — Speaker", within a select option's 100 characters. */
function quoteLabel(item: ReplyItem): string {
  const who = item.speaker ? ` — ${label(item.speaker, 37)}` : "";
  return truncate(
    `“${label(item.text, COMPONENT_LIMITS.optionText - who.length - 2)}”${who}`,
    COMPONENT_LIMITS.optionText,
  );
}

/** The action rows of `reply` (none when it has no buttons or menus). */
export function componentsOf(reply: Reply): Row[] {
  const rows: Row[] = [];
  const buttons = (reply.actions ?? []).slice(0, COMPONENT_LIMITS.buttonsPerRow);
  if (buttons.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.map((action) => ({
        type: ComponentType.Button,
        style: action.kind === "more" ? ButtonStyle.Primary : ButtonStyle.Secondary,
        label: label(action.label, COMPONENT_LIMITS.label) || action.kind,
        custom_id: action.token,
      })),
    });
  }
  // Option values must differ: a quote shown twice (in a story and in Quotes) is offered once.
  const seen = new Set<string>();
  const quotes = reply.sections
    .flatMap((part) => part.items)
    .filter((item) => {
      const token = item.action?.kind === "context" ? item.action.token : null;
      if (!token || seen.has(token)) return false;
      seen.add(token);
      return true;
    })
    .slice(0, COMPONENT_LIMITS.options);
  if (quotes.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: controlId("context"),
          placeholder: "Show a quote in context",
          options: quotes.map((item) => ({
            label: quoteLabel(item),
            value: item.action?.token ?? "",
          })),
        },
      ],
    });
  }
  const stories = reply.sections
    .flatMap((part) => part.items)
    .flatMap((item) =>
      item.action?.kind === "story" ? [{ label: item.text, token: item.action.token }] : [],
    )
    .slice(0, COMPONENT_LIMITS.options);
  if (stories.length > 0) {
    rows.push(selectRow(controlId("story"), "Open a story", stories));
  }
  if (reply.menu && reply.menu.options.length > 0) {
    const placeholder = label(reply.menu.placeholder, COMPONENT_LIMITS.optionText) || "Choose";
    rows.push(
      selectRow(controlId("menu"), placeholder, reply.menu.options.slice(0, COMPONENT_LIMITS.options)),
    );
  }
  return rows.slice(0, COMPONENT_LIMITS.rows);
}

/** A row holding one string select of `options` (labels made inert and cut). */
function selectRow(
  id: string,
  placeholder: string,
  options: readonly { label: string; token: string }[],
): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: id,
        placeholder,
        options: options.map((option) => ({
          label: label(option.label, COMPONENT_LIMITS.optionText) || "option",
          value: option.token,
        })),
      },
    ],
  };
}
