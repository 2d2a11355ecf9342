// The HTTP interactions endpoint: POST /discord/interactions on its own port
// (DISCORD_INTERACTIONS_PORT), so that it works whether or not Slack's HTTP server runs in the same
// process. Every request's Ed25519 signature and timestamp are checked on the raw bytes before the
// body is parsed; a bad one is answered 401 (Discord itself sends bad ones to test the endpoint).

import type { KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../../logger.ts";
import { closeGently, listen } from "../http-listen.ts";
import type { InitialResponse } from "./http-commands.ts";
import { checkSignature } from "./verify-signature.ts";

/** Where Discord posts interactions (the "Interactions Endpoint URL" ends with it). */
export const DISCORD_INTERACTIONS_PATH = "/discord/interactions";

/** Interactions are small; a message command's resolved message (4,000 characters, embeds) fits well. */
const BODY_LIMIT = 256 * 1024;

/** What the endpoint needs. */
export interface InteractionsEndpointOptions {
  port: number;
  /** Default 0.0.0.0; tests use 127.0.0.1. */
  host?: string;
  publicKey: KeyObject;
  handle: (body: unknown, respond: (response: InitialResponse) => void) => Promise<boolean>;
  logger: Logger;
  /** Clock of the timestamp check (ms); Date.now by default. */
  now?: () => number;
}

/** The running endpoint. */
export interface InteractionsEndpoint {
  port: number;
  close(): Promise<void>;
}

class TooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const answer = (response: ServerResponse, status: number, body?: unknown): void => {
  if (response.headersSent) return;
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
};

/** Starts the endpoint; resolves once it listens. */
export async function startInteractionsEndpoint(
  options: InteractionsEndpointOptions,
): Promise<InteractionsEndpoint> {
  const { logger } = options;
  const now = options.now ?? Date.now;

  const onRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== DISCORD_INTERACTIONS_PATH) return answer(response, 404);
    if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      return answer(response, 405);
    }
    let raw: Buffer;
    try {
      raw = await readBody(request);
    } catch (error) {
      return answer(response, error instanceof TooLarge ? 413 : 400);
    }
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const check = checkSignature(
      options.publicKey,
      { signature: header("x-signature-ed25519"), timestamp: header("x-signature-timestamp") },
      raw,
      now(),
    );
    if (!check.ok) {
      logger.warn({ reason: check.reason }, "discord: interaction refused (signature)");
      return answer(response, 401, { error: "invalid request signature" });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      return answer(response, 400, { error: "the body is not JSON" });
    }
    const respond = (initial: InitialResponse) => answer(response, 200, initial);
    try {
      const handled = await options.handle(body, respond);
      if (!handled) answer(response, 400, { error: "interaction type not supported" });
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      logger.error(
        { code: "INTERNAL", err: reason.replace(/webhooks\/(\d+)\/[^/\s]+/g, "webhooks/$1/[redacted]") },
        "discord: interaction failed",
      );
      answer(response, 500);
    }
  };

  const server: Server = createServer((request, response) => {
    void onRequest(request, response);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? "0.0.0.0";
  const port = await listen(server, options.port, host, "DISCORD_INTERACTIONS_PORT");
  logger.info({ port, path: DISCORD_INTERACTIONS_PATH }, "discord: interactions endpoint listening");
  return {
    port,
    close: () => closeGently(server),
  };
}
