// A fake Discord on 127.0.0.1 for tests that drive the REAL discord.js: the REST API under
// `${apiUrl}/v10/...` (gateway lookup, interaction callbacks, webhooks, channel messages, threads,
// application commands) and the gateway (discord-gateway.ts) on the same port. It records every
// request, answers like Discord does, and can be told to fail (429 with Retry-After, 500, Discord
// error codes, delays). Interaction payloads come from discord-interactions.ts.
//
// Channel messages are kept: GET /channels/{id}/messages reads them back (newest first, `limit`,
// `before`, `after`), without their nonce, as Discord does for stored messages. A create with a
// `nonce` (at most 25 characters) and `enforce_nonce: true` answers with the earlier message of the
// same author and nonce for `nonceWindowMs` instead of creating a second one.
//
//   const discord = await FakeDiscord.start();
//   // DISCORD_API_URL = discord.apiUrl, DISCORD_APPLICATION_ID = discord.applicationId
//   await discord.gateway.ready();
//   const sent = discord.push(chatInput(discord, "brief", { topic: "russia-china" }));
//   const answer = await discord.waitForAnswer(sent);
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type ReceivedFile, readMultipart } from "./discord-files.ts";
import { FakeGateway } from "./discord-gateway.ts";

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, URL-decoded: "/interactions/1/tok/callback". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or null. */
  body: unknown;
  /** The status the fake answered. */
  status: number;
  /** Files of a multipart message (discord-files.ts), and what was wrong with them. */
  files?: ReceivedFile[];
  fileProblems?: string[];
}

/** A failure to inject: matching requests get this answer, `times` times (Infinity for always). */
export interface FaultRule {
  method?: string;
  /** Matched against the decoded path (after /api/v10). */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  /** Wait this long before answering (slow responses, timeouts). */
  delayMs?: number;
}

/** What an interaction pushed through the gateway is identified by. */
export interface SentInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

/** Options of FakeDiscord.start. */
export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
  heartbeatIntervalMs?: number;
  /** How long `enforce_nonce` dedupes a create (Discord says "a few minutes"). Default 2 minutes. */
  nonceWindowMs?: number;
}

/** A message kept in a channel's history. */
interface StoredMessage {
  message: Record<string, unknown>;
  nonce: string | null;
  at: number;
}

interface StoredCommand extends Record<string, unknown> {
  id: string;
  name: string;
}

const json = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  if (status === 204) {
    response.writeHead(204, headers).end();
    return;
  }
  response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
};

/** The fake Discord: REST and gateway on one 127.0.0.1 port. */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Messages refused for their components (see componentProblems). */
  readonly componentViolations: { path: string; problems: string[] }[] = [];
  readonly gateway: FakeGateway;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Registered commands: "global" or a guild id -> list. */
  readonly commands = new Map<string, StoredCommand[]>();
  private readonly faults: FaultRule[] = [];
  private readonly history = new Map<string, StoredMessage[]>();
  /** Messages a thread was started from: Discord allows one thread per message. */
  private readonly threadStarters = new Set<string>();
  private readonly nonceWindowMs: number;
  private nextId = 1_300_000_000_000_000_000n;
  private waiters: Array<() => void> = [];
  private server: Server;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? "1100000000000000001";
    this.botUserId = options.botUserId ?? this.applicationId;
    this.guildId = options.guildId ?? "1100000000000000002";
    this.channelId = options.channelId ?? "1100000000000000003";
    this.nonceWindowMs = options.nonceWindowMs ?? 120_000;
    this.gateway = new FakeGateway(
      {
        applicationId: this.applicationId,
        botUserId: this.botUserId,
        guildId: this.guildId,
        channelId: this.channelId,
      },
      options.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: options.heartbeatIntervalMs },
    );
    this.server = createServer((request, response) => {
      void this.onRequest(request, response);
    });
    this.server.on("upgrade", (request, socket, head) => this.gateway.handleUpgrade(request, socket, head));
  }

  /** Starts the fake on a free 127.0.0.1 port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    fake.gateway.url = `ws://127.0.0.1:${fake.port}/gateway`;
    return fake;
  }

  /** The REST base to give discord.js (`rest.api`) or DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** A new snowflake-like id. */
  newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  /** Adds a failure rule; it applies to the next `times` matching requests (default 1). */
  fail(rule: FaultRule): void {
    this.faults.push({ times: 1, ...rule });
  }

  /** Makes every post to `channelId` fail as Discord does when the bot lost the channel. */
  loseChannel(channelId: string, code: 50001 | 10003 = 50001): void {
    this.fail({
      path: new RegExp(`^/channels/${channelId}/`),
      status: code === 10003 ? 404 : 403,
      body: { code, message: code === 10003 ? "Unknown Channel" : "Missing Access" },
      times: Number.POSITIVE_INFINITY,
    });
  }

  /** The messages created in a channel, oldest first, as GET returns them (no nonce). */
  messagesIn(channelId: string): Record<string, unknown>[] {
    return (this.history.get(channelId) ?? []).map((stored) => stored.message);
  }

  /** Adds a message to a channel as someone else (another user or bot) posted it; returns its id. */
  addMessage(
    channelId: string,
    input: { content?: string; embeds?: unknown[]; authorId?: string; bot?: boolean },
  ): string {
    const message = this.message(channelId, input);
    message.author = {
      id: input.authorId ?? this.newId(),
      username: "someone",
      discriminator: "0",
      bot: input.bot ?? false,
      avatar: null,
      global_name: null,
    };
    this.keep(channelId, message, null);
    return message.id as string;
  }

  /** Sends an interaction through the gateway, as Discord does when a user runs a command. */
  push(interaction: SentInteraction): SentInteraction {
    this.gateway.dispatch("INTERACTION_CREATE", interaction.payload);
    return interaction;
  }

  /** Requests that answered `interaction` (its callback and its webhook calls), in order. */
  answersTo(interaction: SentInteraction): RecordedRequest[] {
    return this.requests.filter(
      (request) =>
        request.path.startsWith(`/interactions/${interaction.id}/${interaction.token}/`) ||
        request.path.startsWith(`/webhooks/${this.applicationId}/${interaction.token}`),
    );
  }

  /** Request bodies carrying message content (embeds or content): what users would see. */
  messagePayloads(): Array<{ path: string; body: Record<string, unknown> }> {
    const out: Array<{ path: string; body: Record<string, unknown> }> = [];
    for (const request of this.requests) {
      const body = request.body as Record<string, unknown> | null;
      if (!body || typeof body !== "object") continue;
      const message = (body.data && typeof body.data === "object" ? body.data : body) as Record<
        string,
        unknown
      >;
      if ("embeds" in message || "content" in message) out.push({ path: request.path, body: message });
    }
    return out;
  }

  /** Resolves with the first recorded request that matches, waiting up to `timeoutMs`. */
  async waitFor(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake discord: no matching request within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Waits until `interaction` has its final visible answer: a callback with a message (type 4),
   * or after a deferral (type 5) the PATCH of @original or an ephemeral follow-up. Returns the
   * message bodies in order (the first, then follow-ups that arrived by then).
   */
  async waitForAnswer(
    interaction: SentInteraction,
    timeoutMs = 5000,
  ): Promise<Array<Record<string, unknown>>> {
    const isFinal = (request: RecordedRequest) =>
      this.answersTo(interaction).includes(request) &&
      request.status < 300 &&
      ((request.path.endsWith("/callback") && (request.body as { type?: number } | null)?.type === 4) ||
        (request.method === "PATCH" && request.path.endsWith("/messages/@original")) ||
        (request.method === "POST" && request.path.startsWith("/webhooks/")));
    await this.waitFor(isFinal, timeoutMs);
    // Follow-ups are sent right after; give them a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this.answersTo(interaction)
      .filter((request) => request.status < 300 && request.method !== "DELETE")
      .map((request) => {
        const body = (request.body ?? {}) as Record<string, unknown>;
        return (body.data && typeof body.data === "object" ? body.data : body) as Record<string, unknown>;
      })
      .filter((body) => "embeds" in body || "content" in body);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString("utf8");
    let body: unknown = null;
    const type = request.headers["content-type"] ?? "";
    let multipart: Awaited<ReturnType<typeof readMultipart>> | null = null;
    if (type.startsWith("multipart/form-data")) {
      multipart = await readMultipart(raw, type);
      body = multipart.body;
    } else if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ""));
    const method = request.method ?? "GET";
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
      status: 0,
      ...(multipart ? { files: multipart.files, fileProblems: multipart.problems } : {}),
    };

    const fault = this.faults.find(
      (rule) => (rule.times ?? 1) > 0 && (!rule.method || rule.method === method) && rule.path.test(path),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      recorded.status = fault.status;
      this.record(recorded);
      if (!response.destroyed)
        json(response, fault.status, fault.body ?? { message: "fake failure", code: 0 }, fault.headers);
      return;
    }
    if (multipart && multipart.problems.length > 0) {
      // Discord refuses a message whose files do not match its attachments.
      recorded.status = 400;
      this.record(recorded);
      json(response, 400, { code: 50035, message: `Invalid Form Body: ${multipart.problems.join("; ")}` });
      return;
    }
    // Discord refuses a message whose components break its limits (50035 Invalid Form Body).
    const problems = componentProblems(body);
    if (problems.length > 0) {
      this.componentViolations.push({ path, problems });
      recorded.status = 400;
      this.record(recorded);
      json(response, 400, { message: "Invalid Form Body", code: 50035, errors: problems });
      return;
    }
    const [status, answer] = this.route(method, path, url.searchParams, body);
    recorded.status = status;
    this.record(recorded);
    json(response, status, answer);
  }

  /** Discord's answer to one request. */
  private route(method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] {
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === "GET" && path === "/gateway/bot") {
      return [
        200,
        {
          url: this.gateway.url,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === "GET" && path === "/gateway") return [200, { url: this.gateway.url }];
    if (method === "GET" && path === "/users/@me") {
      return [200, { id: this.botUserId, username: "briefbot", discriminator: "0", bot: true, avatar: null }];
    }
    const m1 = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m1 && method === "POST") {
      if (query.get("with_response") !== "true") return [204, null];
      const data = (input.data ?? {}) as Record<string, unknown>;
      return [
        200,
        {
          interaction: { id: m1[1], type: 2 },
          resource: { type: input.type, message: this.message(this.channelId, data) },
        },
      ];
    }
    const m2 = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/([^/]+))?$/.exec(path);
    if (m2) {
      if (method === "POST") return [200, this.message(this.channelId, input)];
      if (method === "PATCH" || method === "GET") return [200, this.message(this.channelId, input, m2[4])];
      if (method === "DELETE") return [204, null];
    }
    const m3 = /^\/channels\/(\d+)$/.exec(path);
    if (m3 && method === "GET") {
      return [
        200,
        {
          id: m3[1],
          type: 0,
          guild_id: this.guildId,
          name: "general",
          position: 0,
          permission_overwrites: [],
        },
      ];
    }
    const m4 = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m4 && method === "POST") return this.createMessage(m4[1] as string, input);
    if (m4 && method === "GET") return [200, this.readMessages(m4[1] as string, query)];
    const m5 = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (m5 && method === "POST") {
      const starter = `${m5[1]}/${m5[2]}`;
      if (this.threadStarters.has(starter)) {
        return [400, { code: 160004, message: "A thread has already been created for this message" }];
      }
      this.threadStarters.add(starter);
      const id = this.newId();
      return [
        201,
        {
          id,
          type: 11,
          guild_id: this.guildId,
          parent_id: m5[1],
          name: input.name ?? "thread",
          owner_id: this.botUserId,
        },
      ];
    }
    const m6 = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m6) {
      const scope = m6[3] ?? "global";
      if (method === "GET") return [200, this.commands.get(scope) ?? []];
      if (method === "PUT" && Array.isArray(body)) {
        const previous = this.commands.get(scope) ?? [];
        const stored = (body as Record<string, unknown>[]).map((command) => ({
          id: previous.find((old) => old.name === command.name)?.id ?? this.newId(),
          application_id: this.applicationId,
          version: this.newId(),
          type: 1,
          description: "",
          ...(scope === "global" ? {} : { guild_id: scope }),
          ...command,
        })) as unknown as StoredCommand[];
        this.commands.set(scope, stored);
        return [200, stored];
      }
    }
    return [404, { message: `fake discord: no route for ${method} ${path}`, code: 0 }];
  }

  /** POST /channels/{id}/messages: kept in the channel; `enforce_nonce` returns an earlier one. */
  private createMessage(channelId: string, input: Record<string, unknown>): [number, unknown] {
    const raw = input.nonce;
    const nonce = typeof raw === "string" || typeof raw === "number" ? String(raw) : null;
    if (nonce !== null && nonce.length > 25) {
      return [
        400,
        {
          code: 50035,
          message: "Invalid Form Body",
          errors: { nonce: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
        },
      ];
    }
    if (nonce !== null && input.enforce_nonce === true) {
      const earlier = (this.history.get(channelId) ?? []).find(
        (stored) =>
          stored.nonce === nonce &&
          (stored.message.author as { id?: unknown }).id === this.botUserId &&
          Date.now() - stored.at <= this.nonceWindowMs,
      );
      if (earlier) return [200, { ...earlier.message, nonce }];
    }
    const message = this.message(channelId, input);
    this.keep(channelId, message, nonce);
    return [200, nonce === null ? message : { ...message, nonce }];
  }

  private keep(channelId: string, message: Record<string, unknown>, nonce: string | null): void {
    const list = this.history.get(channelId) ?? [];
    list.push({ message, nonce, at: Date.now() });
    this.history.set(channelId, list);
  }

  /** GET /channels/{id}/messages: newest first, at most `limit` (1-100, default 50). */
  private readMessages(channelId: string, query: URLSearchParams): Record<string, unknown>[] {
    const limit = Math.min(100, Math.max(1, Number(query.get("limit") ?? 50) || 50));
    const before = query.get("before");
    const after = query.get("after");
    return this.messagesIn(channelId)
      .filter((message) => {
        const id = BigInt(message.id as string);
        return (before === null || id < BigInt(before)) && (after === null || id > BigInt(after));
      })
      .reverse()
      .slice(0, limit);
  }

  /** A message object as Discord returns it. */
  private message(channelId: string, input: Record<string, unknown>, id?: string): Record<string, unknown> {
    return {
      id: id && id !== "@original" ? id : this.newId(),
      type: 0,
      channel_id: channelId,
      author: {
        id: this.botUserId,
        username: "briefbot",
        discriminator: "0",
        bot: true,
        avatar: null,
        global_name: null,
      },
      content: typeof input.content === "string" ? input.content : "",
      embeds: Array.isArray(input.embeds) ? input.embeds : [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: typeof input.flags === "number" ? input.flags : 0,
      components: [],
      application_id: this.applicationId,
    };
  }
}

/**
 * How a message's components break Discord's limits: at most 5 action rows, 5 buttons or one
 * select a row, custom_id 1-100, button label 1-80, 1-25 select options with label and value 1-100.
 */
export function componentProblems(body: unknown): string[] {
  const payload = body as { data?: { components?: unknown }; components?: unknown } | null;
  const rows = payload?.components ?? payload?.data?.components;
  if (rows === undefined) return [];
  if (!Array.isArray(rows) || rows.length > 5) return ["at most 5 action rows"];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const row of rows as { type?: number; components?: Record<string, unknown>[] }[]) {
    const items = row.components ?? [];
    if (row.type !== 1 || items.length === 0 || items.length > 5) problems.push("a row holds 1-5 components");
    for (const item of items) {
      const id = item.custom_id;
      if (typeof id !== "string" || id.length === 0 || id.length > 100) problems.push("custom_id 1-100");
      else if (ids.has(id)) problems.push(`custom_id ${id} repeated`);
      else ids.add(id);
      if (item.type === 2) {
        const label = item.label;
        if (typeof label !== "string" || label.length === 0 || label.length > 80) problems.push("label 1-80");
      } else if (item.type === 3) {
        if (items.length > 1) problems.push("a select fills its row");
        const options = (item.options ?? []) as { label?: unknown; value?: unknown }[];
        if (options.length === 0 || options.length > 25) problems.push("1-25 options");
        for (const option of options) {
          for (const part of [option.label, option.value]) {
            if (typeof part !== "string" || part.length === 0 || part.length > 100)
              problems.push("option 1-100");
          }
        }
      } else problems.push(`component type ${String(item.type)}`);
    }
  }
  return problems;
}
