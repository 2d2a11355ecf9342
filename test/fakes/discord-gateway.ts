// The gateway half of the fake Discord: a websocket that speaks the handshake discord.js expects
// (HELLO, IDENTIFY, heartbeats, READY, GUILD_CREATE, RESUME) in plain JSON, without zlib, and lets
// a test push any dispatch event (INTERACTION_CREATE above all) or drop the connection.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";

/** Ids the gateway puts into READY and GUILD_CREATE. */
export interface GatewayIdentity {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
}

/** One gateway frame as JSON. */
export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** Options of the fake gateway. */
export interface FakeGatewayOptions {
  /** What HELLO asks for; long by default so heartbeats do not clutter a short test. */
  heartbeatIntervalMs?: number;
}

/** A fake Discord gateway, attached to the fake API's HTTP server (upgrade requests). */
export class FakeGateway {
  /** Every frame a client sent (IDENTIFY, heartbeats, RESUME...). */
  readonly received: GatewayFrame[] = [];
  /** Every dispatch sent to clients, in order. */
  readonly dispatched: GatewayFrame[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  /** The [shard, count] each session identified with, when it named one. */
  private readonly shards = new Map<WebSocket, [number, number]>();
  private sequence = 0;
  private sessions = 0;
  private readyWaiters: Array<() => void> = [];
  private isReady = false;
  url = "";

  constructor(
    private readonly identity: GatewayIdentity,
    private readonly options: FakeGatewayOptions = {},
  ) {
    this.server.on("connection", (socket) => this.onConnection(socket));
  }

  /** Hands an HTTP upgrade request to the websocket server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit("connection", ws, request));
  }

  /** How many times a client identified (a new session) so far. */
  get identifyCount(): number {
    return this.received.filter((frame) => frame.op === 2).length;
  }

  /** How many times a client resumed. */
  get resumeCount(): number {
    return this.received.filter((frame) => frame.op === 6).length;
  }

  /** Resolves once a client has identified and received READY and GUILD_CREATE. */
  ready(): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * Sends a dispatch event (op 0) to every connected client; an event of a guild goes only to the
   * session of the guild's shard ((guild_id >> 22) % shard count) when clients identified with shards.
   */
  dispatch(type: string, data: unknown): void {
    this.sequence += 1;
    const frame: GatewayFrame = { op: 0, t: type, s: this.sequence, d: data };
    this.dispatched.push(frame);
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    for (const socket of this.sockets) {
      const shard = this.shards.get(socket);
      if (shard && typeof guildId === "string" && /^\d+$/.test(guildId)) {
        const [id, count] = shard;
        if (Number((BigInt(guildId) >> 22n) % BigInt(count)) !== id) continue;
      }
      socket.send(JSON.stringify(frame));
    }
  }

  /** Closes every connection with `code` (4000: "unknown error", which discord.js resumes after). */
  disconnectAll(code = 4000): void {
    this.isReady = false;
    for (const socket of this.sockets) socket.close(code, "fake gateway disconnect");
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify(frame));
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.shards.delete(socket);
    });
    socket.on("message", (raw) => this.onFrame(socket, raw.toString()));
    this.send(socket, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 45_000 },
      s: null,
      t: null,
    });
  }

  private onFrame(socket: WebSocket, text: string): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(text) as GatewayFrame;
    } catch {
      socket.close(4002, "decode error");
      return;
    }
    this.received.push(frame);
    if (frame.op === 1) this.send(socket, { op: 11 });
    else if (frame.op === 2) this.onIdentify(socket, frame);
    else if (frame.op === 6) {
      this.sequence += 1;
      this.send(socket, { op: 0, t: "RESUMED", s: this.sequence, d: {} });
      this.markReady();
    }
  }

  private onIdentify(socket: WebSocket, frame: GatewayFrame): void {
    const { applicationId, botUserId, guildId } = this.identity;
    const shard = (frame.d as { shard?: unknown } | null)?.shard;
    if (Array.isArray(shard) && shard.length === 2)
      this.shards.set(socket, [Number(shard[0]), Number(shard[1])]);
    this.sessions += 1;
    this.sequence += 1;
    this.send(socket, {
      op: 0,
      t: "READY",
      s: this.sequence,
      d: {
        v: 10,
        user: {
          id: botUserId,
          username: "briefbot",
          discriminator: "0",
          global_name: null,
          avatar: null,
          bot: true,
        },
        guilds: [{ id: guildId, unavailable: true }],
        session_id: `fake-session-${this.sessions}`,
        resume_gateway_url: this.url,
        // The shard the client identified as (discord.js with `shards`/`shardCount`), else one of one.
        shard: (frame.d as { shard?: unknown } | null)?.shard ?? [0, 1],
        application: { id: applicationId, flags: 0 },
        private_channels: [],
        relationships: [],
      },
    });
    this.sequence += 1;
    this.send(socket, { op: 0, t: "GUILD_CREATE", s: this.sequence, d: this.guild() });
    this.markReady();
  }

  private markReady(): void {
    this.isReady = true;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** The guild the bot is in: one text channel and the @everyone role. */
  guild(): Record<string, unknown> {
    const { guildId, channelId, botUserId } = this.identity;
    return {
      id: guildId,
      name: "Fake Guild",
      icon: null,
      owner_id: "1",
      unavailable: false,
      joined_at: "2026-01-01T00:00:00.000Z",
      member_count: 2,
      large: false,
      features: [],
      roles: [
        {
          id: guildId,
          name: "@everyone",
          permissions: "1071698660929",
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [
        { id: channelId, type: 0, name: "general", position: 0, permission_overwrites: [], parent_id: null },
      ],
      members: [
        {
          user: { id: botUserId, username: "briefbot", discriminator: "0", bot: true, avatar: null },
          roles: [],
          joined_at: "2026-01-01T00:00:00.000Z",
          deaf: false,
          mute: false,
        },
      ],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
