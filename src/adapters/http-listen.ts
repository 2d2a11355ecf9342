// Opening and closing the HTTP servers the platforms call (Slack's events URL, Discord's
// interactions endpoint): a port that cannot be opened is a coded error naming the setting.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BriefbotError } from "../core/errors.ts";

/** Listens on `port` (0: any free one) and resolves with the port taken. */
export function listen(server: Server, port: number, host: string, setting: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE" ? "is in use" : `cannot be opened (${error.code ?? error.message})`;
      reject(new BriefbotError("PLATFORM_FAILED", `${setting} ${port} on ${host} ${why}`, { cause: error }));
    };
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops taking requests; answers in flight get two seconds, then what is left is dropped so shutdown never hangs. */
export function closeGently(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
