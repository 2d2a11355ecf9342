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

/** The blocks briefbot renders. */
export type Block =
  | { type: "header"; text: { type: "plain_text"; text: string; emoji?: boolean } }
  | { type: "section"; text: MrkdwnText }
  | { type: "context"; elements: MrkdwnText[] }
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
} as const;

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
