// A fake Slack on 127.0.0.1 for tests that drive the REAL Bolt and WebClient:
//
//   const slack = await FakeSlack.start({ botToken: "xoxb-test" });
//   // point SLACK_API_URL at slack.apiUrl; give commands response_url = slack.responseUrl("r1")
//   slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });  // faults, in order
//   slack.setChannel("C_GONE", "channel_not_found");                     // a channel the bot lost
//   await slack.waitFor(() => slack.responses.length === 1);
//   slack.calls / slack.responses / slack.posts(): every payload received, parsed
//   await slack.sendSocketEvent("slash_commands", payload)               // Socket Mode, resolves with the ack
//   slack.reset();                                                       // between tests sharing one fake
//   await slack.close();
//
// Web API (POST {apiUrl}{method}): auth.test, chat.postMessage, conversations.history (the channel's
// accepted posts, newest first, thread replies left out, `metadata` only with include_all_metadata;
// oldest/latest/limit/cursor honoured), users.info, apps.connections.open (returns {socketUrl}),
// views.publish (App Home views, checked and kept by user in `homeViews`),
// files.getUploadURLExternal, the upload URL and files.completeUploadExternal (slack-files.ts:
// `slack.files.uploads` / `slack.files.shared(channel)`, each file checked to be what it says),
// oauth.v2.access (OAuth installs: slack.grantInstall("code-1", { teamId: "T2", botToken }) makes a
// one-time code; the token it hands out is then valid, auth.test answers with its team, and
// slack.revokeToken(token) makes it answer token_revoked).
// Every other method answers {ok:false, error:"unknown_method"}. Every
// message payload (chat.postMessage and response_url posts) is checked against Block Kit limits;
// a message over them gets Slack's `invalid_blocks` (response_url: HTTP 400) and is recorded in
// `violations`, so a test sees what Slack would have rejected.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { limitViolations } from "../../src/adapters/slack/block-kit.ts";
import { FakeSlackFiles } from "./slack-files.ts";

/** One Web API call as the fake received it: form or JSON fields, with `blocks` parsed from JSON. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** The bearer token sent (for assertions that the right token was used); never logged. */
  token: string | null;
  /** The HTTP status the fake answered. */
  status: number;
  /** The JSON the fake answered (for chat.postMessage: ok, ts, or the error). */
  result: Record<string, unknown>;
  at: number;
}

/** One POST to a response_url. */
export interface RecordedResponse {
  /** The id in the URL: responseUrl(id). */
  id: string;
  body: Record<string, unknown>;
  status: number;
  at: number;
}

/** A fault for the next call of a method: an HTTP status (429 with Retry-After seconds), a Slack error, a delay. */
export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 | 503 }
  | { error: string }
  | { delayMs: number };

/** Why the bot cannot post to a channel. */
export type ChannelState = "channel_not_found" | "is_archived" | "not_in_channel";

/** Options of FakeSlack.start. */
export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** Users answered as workspace admins by users.info. */
  admins?: string[];
  /**
   * A clock (ms) for message timestamps (default: the real one). A post's ts is its time, as on
   * Slack, so a look-up with conversations.history's `oldest` finds it.
   */
  now?: () => number;
  /** OAuth: the app's credentials oauth.v2.access checks (any when unset). */
  clientId?: string;
  clientSecret?: string;
}

/** A workspace that installs the app: what oauth.v2.access hands out for its code. */
export interface FakeWorkspace {
  teamId: string;
  teamName?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
  botToken: string;
  botUserId?: string;
  botId?: string;
  /** Who clicked "Allow". */
  installerId?: string;
}

/**
 * Every live Slack markup in a payload (any string, at any depth): mentions and broadcasts
 * (`<@U1>`, `<!channel>`, `<!subteam^S1>`, `<#C1>`) and links (`<https://x|label>`). A test of
 * untrusted text expects no mentions, and links only where the bot builds them.
 */
export function liveMarkup(payload: unknown): { mentions: string[]; links: string[] } {
  const mentions: string[] = [];
  const links: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(/<([^<>]*)>/g)) {
        const inner = match[1] ?? "";
        if (/^[@#!]/.test(inner)) mentions.push(match[0]);
        else links.push(match[0]);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(payload);
  return { mentions, links };
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

const parseFields = (raw: string, contentType: string | undefined): Record<string, unknown> => {
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ["blocks", "attachments", "metadata", "view"]) {
    if (typeof fields[key] === "string") {
      try {
        fields[key] = JSON.parse(fields[key] as string);
      } catch {
        // left as text: the limit check reports it
      }
    }
  }
  return fields;
};

const sendJson = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
};

/** A fake Slack Web API, response_url receiver and Socket Mode server on 127.0.0.1. */
export class FakeSlack {
  /** Every Web API call, in order of arrival. */
  readonly calls: RecordedCall[] = [];
  /** Every POST to a response_url, in order of arrival. */
  readonly responses: RecordedResponse[] = [];
  /** Messages that broke Block Kit limits (what Slack would reject). */
  readonly violations: { where: string; problems: string[] }[] = [];
  /** The App Home view last published for each user (views.publish). */
  readonly homeViews = new Map<string, Record<string, unknown>>();
  /** Socket Mode acks received: envelope_id -> payload. */
  readonly acks = new Map<string, unknown>();
  /** Files uploaded (files.getUploadURLExternal, the upload URL, files.completeUploadExternal). */
  readonly files = new FakeSlackFiles();

  private readonly faults = new Map<string, Fault[]>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly sockets = new Set<WebSocket>();
  private readonly ackWaiters = new Map<string, (payload: unknown) => void>();
  private readonly admins: Set<string>;
  /** OAuth: codes not yet exchanged, and the tokens handed out (true once revoked). */
  private readonly codes = new Map<string, FakeWorkspace>();
  private readonly installed = new Map<string, { workspace: FakeWorkspace; revoked: boolean }>();
  private messages = 0;
  private envelopes = 0;
  private readonly wss: WebSocketServer;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeSlackOptions,
  ) {
    this.admins = new Set(options.admins ?? []);
    this.wss = new WebSocketServer({ noServer: true });
    server.on("upgrade", (request, socket, head) => {
      if (!request.url?.startsWith("/socket")) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(request, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Starts the fake on 127.0.0.1 and an ephemeral port. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server, options);
    server.on("request", (request, response) => {
      fake
        .handle(request, response)
        .catch((error: unknown) => sendJson(response, 500, { ok: false, error: String(error) }));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return fake;
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The Web API base for SLACK_API_URL / slackApiUrl (ends with a slash). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The websocket URL apps.connections.open returns. */
  get socketUrl(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/socket`;
  }

  /** A response_url whose posts are recorded under `id`. */
  responseUrl(id = "default"): string {
    return `${this.url}/response/${encodeURIComponent(id)}`;
  }

  /** Queues faults for the next calls of `method` (a Web API method, or "response_url"). */
  failNext(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** Forgets recorded calls, responses, violations and acks, and clears queued faults and channel states. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.violations.length = 0;
    this.homeViews.clear();
    this.acks.clear();
    this.faults.clear();
    this.channels.clear();
    this.files.reset();
  }

  /** OAuth: makes `code` exchangeable once by oauth.v2.access for `workspace`'s install. */
  grantInstall(code: string, workspace: FakeWorkspace): void {
    this.codes.set(code, workspace);
  }

  /** OAuth: every later call with `token` answers token_revoked, as after an uninstall. */
  revokeToken(token: string): void {
    const entry = this.installed.get(token);
    if (entry) entry.revoked = true;
  }

  /** Makes chat.postMessage to `channel` fail with `state` (or succeed again with null). */
  setChannel(channel: string, state: ChannelState | null): void {
    if (state === null) this.channels.delete(channel);
    else this.channels.set(channel, state);
  }

  /** The messages of `channel` as conversations.history has them: accepted posts that are not thread replies, newest first. */
  channelHistory(channel: string): Record<string, unknown>[] {
    return this.posts()
      .filter((call) => call.body.channel === channel && call.body.thread_ts === undefined)
      .map((call) => ({
        type: "message",
        ts: call.result.ts,
        text: call.body.text,
        bot_id: "B_BOT",
        app_id: "A_FAKE",
        user: "U_BOT",
        ...(call.body.blocks === undefined ? {} : { blocks: call.body.blocks }),
        ...(call.body.metadata === undefined ? {} : { metadata: call.body.metadata }),
      }))
      .reverse();
  }

  /** The chat.postMessage calls that succeeded, in order. */
  posts(): RecordedCall[] {
    return this.calls.filter((call) => call.method === "chat.postMessage" && call.result.ok === true);
  }

  /** Resolves when `predicate` holds (polled every 10 ms), rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(`FakeSlack.waitFor: condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Whether a Socket Mode client is connected. */
  get socketConnected(): boolean {
    return this.sockets.size > 0;
  }

  /**
   * Sends a Socket Mode envelope to every connected client ("slash_commands", "interactive",
   * "events_api") and resolves with the first ack's payload.
   */
  sendSocketEvent(
    type: "slash_commands" | "interactive" | "events_api",
    payload: Record<string, unknown>,
    options: { retryAttempt?: number; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const envelopeId = `env-${++this.envelopes}`;
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== "events_api",
      ...(options.retryAttempt === undefined
        ? {}
        : { retry_attempt: options.retryAttempt, retry_reason: "timeout" }),
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ack for ${envelopeId}`)),
        options.timeoutMs ?? 5_000,
      );
      this.ackWaiters.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
    });
  }

  /** Closes sockets and the server. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.on("message", (data) => {
      let message: { envelope_id?: string; payload?: unknown };
      try {
        message = JSON.parse(String(data)) as typeof message;
      } catch {
        return;
      }
      if (typeof message.envelope_id !== "string") return;
      this.acks.set(message.envelope_id, message.payload);
      this.ackWaiters.get(message.envelope_id)?.(message.payload);
      this.ackWaiters.delete(message.envelope_id);
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A_FAKE" } }));
  }

  private takeFault(method: string): Fault | undefined {
    const queue = this.faults.get(method);
    const fault = queue?.shift();
    if (queue && queue.length === 0) this.faults.delete(method);
    return fault;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? "/", this.url).pathname;
    if (path.startsWith("/upload/")) {
      // File bytes: read as bytes, not text.
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const id = decodeURIComponent(path.slice("/upload/".length));
      const status = await this.files.receive(id, Buffer.concat(chunks), request.headers["content-type"]);
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status === 200 ? `OK - ${Buffer.concat(chunks).length}` : "error");
      return;
    }
    const raw = await readBody(request);
    const body = parseFields(raw, request.headers["content-type"]);
    if (path.startsWith("/response/")) {
      await this.handleResponseUrl(decodeURIComponent(path.slice("/response/".length)), body, response);
      return;
    }
    if (!path.startsWith("/api/")) {
      sendJson(response, 404, { ok: false, error: "not_found" });
      return;
    }
    const method = path.slice("/api/".length);
    const auth = request.headers.authorization;
    const token = auth?.startsWith("Bearer ")
      ? auth.slice(7)
      : typeof body.token === "string"
        ? body.token
        : null;
    const call: RecordedCall = { method, body, token, status: 200, result: {}, at: Date.now() };
    this.calls.push(call);
    const fault = this.takeFault(method);
    if (fault && "delayMs" in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    else if (fault && "status" in fault) {
      call.status = fault.status;
      const headers: Record<string, string> =
        fault.status === 429 ? { "retry-after": String(fault.retryAfter) } : {};
      call.result = { ok: false, error: fault.status === 429 ? "ratelimited" : "fatal_error" };
      sendJson(response, fault.status, call.result, headers);
      return;
    } else if (fault && "error" in fault) {
      call.result = { ok: false, error: fault.error };
      sendJson(response, 200, call.result);
      return;
    }
    call.result = this.answer(method, body, token);
    sendJson(response, 200, call.result);
  }

  private answer(
    method: string,
    body: Record<string, unknown>,
    token: string | null,
  ): Record<string, unknown> {
    if (method === "oauth.v2.access") return this.exchangeCode(body);
    const appMethod = method === "apps.connections.open";
    const expected = appMethod ? this.options.appToken : this.options.botToken;
    const install = token === null ? undefined : this.installed.get(token);
    if (install?.revoked) return { ok: false, error: "token_revoked" };
    if (!install && expected !== undefined && token !== expected) return { ok: false, error: "invalid_auth" };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack/",
          team: install?.workspace.teamName ?? "Fake",
          user: "briefbot",
          team_id: install?.workspace.teamId ?? "T_FAKE",
          user_id: install?.workspace.botUserId ?? "U_BOT",
          bot_id: install?.workspace.botId ?? "B_BOT",
          ...(install?.workspace.enterpriseId ? { enterprise_id: install.workspace.enterpriseId } : {}),
        };
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl };
      case "users.info": {
        const user = String(body.user ?? "");
        return {
          ok: true,
          user: { id: user, is_admin: this.admins.has(user), is_owner: false, is_primary_owner: false },
        };
      }
      case "chat.postMessage": {
        const channel = String(body.channel ?? "");
        const state = this.channels.get(channel);
        if (state) return { ok: false, error: state };
        const problems = limitViolations(body);
        if (problems.length > 0) {
          this.violations.push({ where: `chat.postMessage ${channel}`, problems });
          return { ok: false, error: "invalid_blocks", errors: problems };
        }
        const seconds = Math.floor((this.options.now ?? Date.now)() / 1000);
        const ts = `${seconds}.${String(++this.messages).padStart(6, "0")}`;
        return { ok: true, channel, ts, message: { ts, text: body.text, thread_ts: body.thread_ts } };
      }
      case "conversations.history":
        return this.history(body);
      case "views.publish":
        return this.publishView(body);
      case "files.getUploadURLExternal":
        return this.files.getUploadUrl(body, this.url);
      case "files.completeUploadExternal":
        return this.files.complete(body, (channel) => this.channels.get(channel));
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  /**
   * views.publish: an App Home view for one user. Checked as Slack does: a "home" view of at most
   * 100 blocks, each within the message limits; the latest view of each user is in `homeViews`.
   */
  private publishView(body: Record<string, unknown>): Record<string, unknown> {
    const user = String(body.user_id ?? "");
    const view = body.view as { type?: unknown; blocks?: unknown } | undefined;
    if (!user) return { ok: false, error: "invalid_arguments" };
    if (view?.type !== "home" || !Array.isArray(view.blocks))
      return { ok: false, error: "invalid_arguments" };
    const blocks = view.blocks as unknown[];
    const problems = [
      ...(blocks.length > 100 ? [`${blocks.length} blocks (max 100)`] : []),
      // Each block must be valid as in a message: checked in message-sized slices.
      ...limitViolations({ blocks: blocks.slice(0, 50) }),
      ...limitViolations({ blocks: blocks.slice(50, 100) }),
    ];
    if (problems.length > 0) {
      this.violations.push({ where: `views.publish ${user}`, problems });
      return { ok: false, error: "invalid_blocks", errors: problems };
    }
    this.homeViews.set(user, view as Record<string, unknown>);
    return { ok: true, view: { id: `V${++this.messages}`, type: "home" } };
  }

  /** oauth.v2.access: a granted code, once, for the app's credentials. */
  private exchangeCode(body: Record<string, unknown>): Record<string, unknown> {
    const { clientId, clientSecret } = this.options;
    if (
      (clientId !== undefined && body.client_id !== clientId) ||
      (clientSecret !== undefined && body.client_secret !== clientSecret)
    )
      return { ok: false, error: "invalid_client_id" };
    const code = String(body.code ?? "");
    const workspace = this.codes.get(code);
    if (!workspace) return { ok: false, error: "invalid_code" };
    this.codes.delete(code);
    this.installed.set(workspace.botToken, { workspace, revoked: false });
    const orgWide = workspace.isEnterpriseInstall === true;
    return {
      ok: true,
      access_token: workspace.botToken,
      token_type: "bot",
      scope: "commands,chat:write,chat:write.public,users:read,channels:history,groups:history",
      bot_user_id: workspace.botUserId ?? "U_BOT",
      app_id: "A_FAKE",
      team: orgWide ? null : { id: workspace.teamId, name: workspace.teamName ?? workspace.teamId },
      enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId, name: "Grid" } : null,
      is_enterprise_install: orgWide,
      authed_user: { id: workspace.installerId ?? "U_INSTALLER" },
    };
  }

  /** conversations.history over the accepted posts; the cursor is an offset. */
  private history(body: Record<string, unknown>): Record<string, unknown> {
    const channel = String(body.channel ?? "");
    const state = this.channels.get(channel);
    if (state === "channel_not_found" || state === "not_in_channel") return { ok: false, error: state };
    const inclusive = body.inclusive === true || body.inclusive === "true";
    const oldest = body.oldest === undefined ? Number.NEGATIVE_INFINITY : Number(body.oldest);
    const latest = body.latest === undefined ? Number.POSITIVE_INFINITY : Number(body.latest);
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
    const limit = Math.min(1000, Math.max(1, Number(body.limit ?? 100) || 100));
    const offset = Number(body.cursor ?? 0) || 0;
    const matching = this.channelHistory(channel)
      .filter((message) => {
        const ts = Number(message.ts);
        return inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
      })
      .map((message) => {
        if (withMetadata) return message;
        const { metadata: _left, ...rest } = message;
        return rest;
      });
    const page = matching.slice(offset, offset + limit);
    const more = offset + limit < matching.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(offset + limit) : "" },
    };
  }

  private async handleResponseUrl(
    id: string,
    body: Record<string, unknown>,
    response: ServerResponse,
  ): Promise<void> {
    const record: RecordedResponse = { id, body, status: 200, at: Date.now() };
    const fault = this.takeFault("response_url");
    if (fault && "delayMs" in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    else if (fault && "status" in fault) record.status = fault.status;
    const problems = limitViolations(body);
    if (problems.length > 0) {
      this.violations.push({ where: `response_url ${id}`, problems });
      record.status = 400;
    }
    this.responses.push(record);
    response.writeHead(record.status, { "content-type": "text/plain" });
    response.end(record.status === 200 ? "ok" : "error");
  }
}
