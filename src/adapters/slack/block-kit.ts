// The subset of Block Kit that briefbot sends, and Slack's limits on it. Plain JSON shapes, so the
// renderer stays free of the Slack libraries and tests can check payloads against the limits.

/** A text object; mrkdwn is always sent with verbatim: true so Slack does not auto-link or auto-mention. */
export type TextObject = { type: "plain_text"; text: string; emoji?: boolean } | MrkdwnText;

/** A mrkdwn text object. */
export interface MrkdwnText {
  type: "mrkdwn";
  text: string;
  verbatim: true;
}

/** A plain text object (buttons, menu options). */
export interface PlainText {
  type: "plain_text";
  text: string;
  emoji?: boolean;
}

/** A button; `value` is an action token (commands/action-token.ts). */
export interface Button {
  type: "button";
  action_id: string;
  text: PlainText;
  value: string;
}

/** A menu of static options; each option's `value` is an action token. */
export interface StaticSelect {
  type: "static_select";
  action_id: string;
  placeholder: PlainText;
  options: { text: PlainText; value: string }[];
}

/** The blocks briefbot renders. */
export type Block =
  | { type: "header"; text: PlainText }
  | { type: "section"; text: MrkdwnText; accessory?: Button }
  | { type: "context"; elements: MrkdwnText[] }
  | { type: "actions"; elements: (Button | StaticSelect)[] }
  | { type: "divider" };

/** One chat message: fallback text (notifications, screen readers) and blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack's documented limits. */
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3000,
  /** Slack truncates longer top-level text; keep the fallback short. */
  fallbackText: 3000,
  actionElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  /** Blocks of an App Home view. */
  homeBlocks: 100,
} as const;

/** Problems of one interactive element (a button or a static select). */
function elementViolations(element: Record<string, unknown>, where: string): string[] {
  const problems: string[] = [];
  const textOf = (value: unknown): string | undefined => (value as { text?: string } | undefined)?.text;
  const actionId = element.action_id;
  if (typeof actionId !== "string" || actionId.length === 0 || actionId.length > LIMITS.actionId) {
    problems.push(`${where}: action_id length ${String(actionId).length} (1-255)`);
  }
  if (element.type === "button") {
    const text = textOf(element.text);
    if (!text || text.length > LIMITS.buttonText) problems.push(`${where}: button text length (1-75)`);
    const value = element.value;
    if (typeof value !== "string" || value.length > LIMITS.buttonValue)
      problems.push(`${where}: button value`);
  } else if (element.type === "static_select") {
    const options = Array.isArray(element.options) ? (element.options as Record<string, unknown>[]) : [];
    if (options.length === 0 || options.length > LIMITS.selectOptions) {
      problems.push(`${where}: ${options.length} options (1-100)`);
    }
    for (const option of options) {
      const text = textOf(option.text);
      if (!text || text.length > LIMITS.optionText) problems.push(`${where}: option text length (1-75)`);
      const value = option.value;
      if (typeof value !== "string" || value.length === 0 || value.length > LIMITS.optionValue) {
        problems.push(`${where}: option value length (1-150)`);
      }
    }
  } else {
    problems.push(`${where}: element type ${String(element.type)}`);
  }
  return problems;
}

/** Every way `message` breaks Slack's limits (empty when it is fine). */
export function limitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Record<string, unknown>[]) : [];
  if (blocks.length > LIMITS.blocksPerMessage) problems.push(`${blocks.length} blocks (max 50)`);
  if (typeof message.text === "string" && message.text.length > 40_000) problems.push("text over 40,000");
  blocks.forEach((block, index) => {
    const text = (block.text as { text?: unknown } | undefined)?.text;
    if (block.type === "header") {
      if (typeof text !== "string" || text.length === 0 || text.length > LIMITS.headerText) {
        problems.push(`block ${index}: header text length ${String(text).length} (1-150)`);
      }
    } else if (block.type === "section") {
      if (typeof text !== "string" || text.length === 0 || text.length > LIMITS.sectionText) {
        problems.push(`block ${index}: section text length ${String(text).length} (1-3000)`);
      }
      if (block.accessory !== undefined) {
        problems.push(
          ...elementViolations(block.accessory as Record<string, unknown>, `block ${index} accessory`),
        );
      }
    } else if (block.type === "actions") {
      const elements = Array.isArray(block.elements) ? (block.elements as Record<string, unknown>[]) : [];
      if (elements.length === 0 || elements.length > LIMITS.actionElements) {
        problems.push(`block ${index}: ${elements.length} action elements (1-25)`);
      }
      elements.forEach((element, at) => {
        problems.push(...elementViolations(element, `block ${index} element ${at}`));
      });
    } else if (block.type === "context") {
      const elements = Array.isArray(block.elements) ? (block.elements as { text?: unknown }[]) : [];
      if (elements.length === 0 || elements.length > LIMITS.contextElements) {
        problems.push(`block ${index}: ${elements.length} context elements (1-10)`);
      }
      for (const element of elements) {
        if (typeof element.text !== "string" || element.text.length === 0 || element.text.length > 3000) {
          problems.push(`block ${index}: context text length ${String(element.text).length} (1-3000)`);
        }
      }
    }
  });
  return problems;
}
