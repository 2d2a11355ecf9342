import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { expect, it } from "vitest";
import { newOwnerId, ownerHost, ownerMayBeAlive } from "../../src/scheduler/ledger-owner.ts";

it("tells a dead claim owner on this host from a live one, and trusts the lease elsewhere", () => {
  const self = newOwnerId();
  const host = ownerHost();
  expect(self.startsWith(`${host}:${process.pid}:`)).toBe(true);
  expect(self).toMatch(/:[0-9a-f]{8}$/);
  expect(host.startsWith(hostname())).toBe(true);
  expect(ownerMayBeAlive(self, self)).toBe(true);
  // The same pid with another nonce: an earlier life of this process (pid 1 in a container).
  expect(ownerMayBeAlive(`${host}:${process.pid}:00000000`, self)).toBe(false);
  // A process that has exited.
  const gone = spawnSync(process.execPath, [
    "-e",
    "process.stdout.write(String(process.pid))",
  ]).stdout.toString();
  expect(ownerMayBeAlive(`${host}:${gone}:abcdef01`, self)).toBe(false);
  // A live process (our parent), and an owner on another host.
  expect(ownerMayBeAlive(`${host}:${process.ppid}:abcdef01`, self)).toBe(true);
  expect(ownerMayBeAlive("elsewhere:12345:abcdef01", self)).toBe(true);
  expect(ownerMayBeAlive("garbage", self)).toBe(true);
  // The same host name in another pid namespace (another container): its pids are not ours to check.
  if (process.platform === "linux") {
    expect(host).toMatch(/\/[0-9a-f]{8}\.\d+$/);
    expect(ownerMayBeAlive(`${hostname()}/00000000.1:${gone}:abcdef01`, self)).toBe(true);
    expect(ownerMayBeAlive(`${hostname()}:${gone}:abcdef01`, self)).toBe(true);
  }
});
