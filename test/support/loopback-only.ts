// Every test process may talk to 127.0.0.0/8 and ::1 only: anything else fails at once, so a test
// can never reach a real Slack, Discord or web server by mistake.
import net from "node:net";

const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::ffff:127.0.0.1";

const originalConnect = net.Socket.prototype.connect;
type ConnectArgs = Parameters<typeof originalConnect>;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: ConnectArgs) {
  const first = args[0] as unknown;
  let host: string | undefined;
  if (typeof first === "object" && first !== null && !Array.isArray(first)) {
    const options = first as { host?: string; path?: string };
    if (options.path !== undefined) return originalConnect.apply(this, args); // unix socket
    host = options.host ?? "localhost";
  } else if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    host = typeof args[1] === "string" ? args[1] : "localhost";
  } else if (Array.isArray(first)) {
    const options = first[0] as { host?: string; path?: string } | undefined;
    if (options?.path !== undefined) return originalConnect.apply(this, args);
    host = options?.host ?? "localhost";
  } else {
    return originalConnect.apply(this, args); // a path: a unix socket
  }
  if (!isLoopback(host)) {
    throw new Error(`test network guard: connection to ${host} refused (tests may reach 127.0.0.1 only)`);
  }
  return originalConnect.apply(this, args);
} as typeof originalConnect;
