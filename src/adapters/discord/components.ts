// Reply buttons and menus -> Discord message components: a row of buttons ("More", "Subscribe
// this channel"; each button's custom_id is its action token), a select of the quotes to show in
// context (a button per quote would not fit Discord's five rows), and the reply's own menu (the
// topic menu of /topics). Labels show plain text (no markdown), but document text in them still
// goes through inertPlain: "@everyone" in a label must not read as a mention, in a client or a log.
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

/** Untrusted text on one line, inert, within `max` characters. */
const oneLine = (text: string, max: number = COMPONENT_LIMITS.optionText): string => inertPlain(text, max);

/** "“The first words of the quote…” — Speaker", within a select option's 100 characters. */
function quoteLabel(item: ReplyItem): string {
  const who = item.speaker ? ` — ${oneLine(item.speaker)}` : "";
  const room = COMPONENT_LIMITS.optionText - Math.min(who.length, 40) - 2;
  return truncate(`“${truncate(oneLine(item.text), room)}”${truncate(who, 40)}`, COMPONENT_LIMITS.optionText);
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
        label: truncate(oneLine(action.label) || action.kind, COMPONENT_LIMITS.label),
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
  if (reply.menu && reply.menu.options.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: controlId("menu"),
          placeholder: truncate(oneLine(reply.menu.placeholder) || "Choose", COMPONENT_LIMITS.optionText),
          options: reply.menu.options.slice(0, COMPONENT_LIMITS.options).map((option) => ({
            label: truncate(oneLine(option.label) || "option", COMPONENT_LIMITS.optionText),
            value: option.token,
          })),
        },
      ],
    });
  }
  return rows.slice(0, COMPONENT_LIMITS.rows);
}
