// Building and sending the requests Slack sends to an app, signed as Slack signs them:
// `X-Slack-Signature: v0=` + hex HMAC-SHA256(signing secret, `v0:{timestamp}:{raw body}`).
//
//   const body = slashCommandBody({ command: "/brief", text: "russia-china", responseUrl: slack.responseUrl("r1") });
//   const { status } = await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, body);
//   await postSigned(url, SECRET, body, { retryNum: 1 });                // Slack's retry of the same body
//   await postSigned(url, SECRET, body, { timestamp: nowSeconds() + 600 });  // from the future

import { createHmac, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";

/** The current Unix time in seconds. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Slack's v0 request signature of `rawBody` at `timestamp`. */
export function signature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** The headers Slack sends with a signed request. */
export function signedHeaders(
  secret: string,
  rawBody: string,
  options: { timestamp?: number; retryNum?: number; contentType?: string } = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(secret, timestamp, rawBody),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return headers;
}

/** Fields of a slash command payload; the rest get plausible defaults. */
export interface SlashCommandFields {
  command: string;
  text?: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
  /** The workspace (OAuth tests: several); default T_FAKE. */
  teamId?: string;
}

/** A slash command's form-encoded body, as Slack posts it. */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: fields.teamId ?? "T_FAKE",
    team_domain: "fake",
    channel_id: fields.channelId ?? "C_GENERAL",
    channel_name: "general",
    user_id: fields.userId ?? "U_CALLER",
    user_name: "caller",
    command: fields.command,
    text: fields.text ?? "",
    api_app_id: "A_FAKE",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `trigger-${randomUUID()}`,
  }).toString();
}

/** A slash command payload as an object (Socket Mode sends it as JSON). */
export function slashCommandPayload(fields: SlashCommandFields): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(slashCommandBody(fields)));
}

/** Fields of a message shortcut payload. */
export interface MessageShortcutFields {
  messageText: string;
  messageTs?: string;
  threadTs?: string;
  channelId?: string;
  userId?: string;
  responseUrl?: string;
  callbackId?: string;
  triggerId?: string;
  /** Link previews on the message, e.g. [{ from_url: "https://…", title: "…" }]. */
  attachments?: Record<string, unknown>[];
}

/** A message shortcut payload object ("Brief this"). */
export function messageShortcutPayload(fields: MessageShortcutFields): Record<string, unknown> {
  return {
    type: "message_action",
    callback_id: fields.callbackId ?? "brief_this",
    trigger_id: fields.triggerId ?? `trigger-${randomUUID()}`,
    action_ts: String(nowSeconds()),
    team: { id: "T_FAKE", domain: "fake" },
    user: { id: fields.userId ?? "U_CALLER", name: "caller" },
    channel: { id: fields.channelId ?? "C_GENERAL", name: "general" },
    message_ts: fields.messageTs ?? "1699999999.000100",
    message: {
      type: "message",
      user: "U_AUTHOR",
      ts: fields.messageTs ?? "1699999999.000100",
      text: fields.messageText,
      ...(fields.threadTs === undefined ? {} : { thread_ts: fields.threadTs }),
      ...(fields.attachments === undefined ? {} : { attachments: fields.attachments }),
    },
    response_url: fields.responseUrl ?? "http://127.0.0.1:9/unused",
  };
}

/** An Events API callback's JSON body (app_home_opened, app_uninstalled, tokens_revoked...) from workspace `teamId`. */
export function eventBody(teamId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "deprecated-verification-token",
    team_id: teamId,
    api_app_id: "A_FAKE",
    event: { event_ts: String(nowSeconds()), ...event },
    type: "event_callback",
    event_id: `Ev${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`,
    event_time: nowSeconds(),
    authorizations: [{ team_id: teamId, user_id: "U_BOT", is_bot: true, is_enterprise_install: false }],
  });
}

/** An interactive payload's form-encoded body (`payload=<json>`), as Slack posts it. */
export function interactiveBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** POSTs `rawBody` signed with `secret`; resolves with the status, body text and time to the answer. */
export async function postSigned(
  url: string,
  secret: string,
  rawBody: string,
  options: { timestamp?: number; retryNum?: number; contentType?: string; signature?: string } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const headers = signedHeaders(secret, rawBody, options);
  if (options.signature !== undefined) headers["x-slack-signature"] = options.signature;
  const started = performance.now();
  // A connection of its own: a pooled keep-alive socket that the server is just closing (Node's
  // default 5 s idle limit) would fail the request for the test's reasons, not the bot's.
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          text: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(rawBody);
  });
}

/** Fields of a block_actions payload: a press of a button, or a pick in a static select. */
export interface BlockActionFields {
  actionId: string;
  /** A button's value. */
  value?: string;
  /** A static select's picked option value (instead of `value`). */
  selected?: string;
  userId?: string;
  channelId?: string;
  /** Where the answer goes; Slack sends one for presses in messages (ephemeral ones too). */
  responseUrl?: string;
}

/** A block_actions payload object, as Slack posts it when someone presses a control in a message. */
export function blockActionsPayload(fields: BlockActionFields): Record<string, unknown> {
  const action =
    fields.selected !== undefined
      ? {
          type: "static_select",
          action_id: fields.actionId,
          block_id: "b1",
          selected_option: { text: { type: "plain_text", text: "x" }, value: fields.selected },
          action_ts: String(nowSeconds()),
        }
      : {
          type: "button",
          action_id: fields.actionId,
          block_id: "b1",
          text: { type: "plain_text", text: "x" },
          ...(fields.value === undefined ? {} : { value: fields.value }),
          action_ts: String(nowSeconds()),
        };
  return {
    type: "block_actions",
    team: { id: "T_FAKE", domain: "fake" },
    user: { id: fields.userId ?? "U_CALLER", username: "caller", team_id: "T_FAKE" },
    api_app_id: "A_FAKE",
    token: "deprecated-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000001",
      channel_id: fields.channelId ?? "C_GENERAL",
    },
    trigger_id: `trigger-${randomUUID()}`,
    channel: { id: fields.channelId ?? "C_GENERAL", name: "general" },
    message: { type: "message", ts: "1700000000.000001", text: "briefbot", blocks: [] },
    ...(fields.responseUrl === undefined ? {} : { response_url: fields.responseUrl }),
    actions: [action],
  };
}
