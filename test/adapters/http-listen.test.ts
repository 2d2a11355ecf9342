// The platforms' HTTP servers: a taken port is a coded error naming the setting, and closing
// does not wait for a client that keeps its connection open.
import { createServer } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { closeGently, listen } from "../../src/adapters/http-listen.ts";

describe("listen and closeGently", () => {
  it("names the setting and the port when the port is taken", async () => {
    const first = createServer();
    const port = await listen(first, 0, "127.0.0.1", "FIRST_PORT");
    const second = createServer();
    await expect(listen(second, port, "127.0.0.1", "DISCORD_INTERACTIONS_PORT")).rejects.toMatchObject({
      code: "PLATFORM_FAILED",
      message: `DISCORD_INTERACTIONS_PORT ${port} on 127.0.0.1 is in use`,
    });
    await closeGently(first);
  });

  it("closes while an idle client still holds a connection", async () => {
    const server = createServer((_request, response) => response.end("ok"));
    const port = await listen(server, 0, "127.0.0.1", "TEST_PORT");
    const client = connect(port, "127.0.0.1");
    await new Promise((resolve) => client.once("connect", resolve));
    const clientClosed = new Promise((resolve) => client.once("close", resolve));
    await closeGently(server);
    await clientClosed;
    expect(server.listening).toBe(false);
  });
});
