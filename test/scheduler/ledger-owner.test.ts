import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { expect, it } from "vitest";
import { newOwnerId, ownerMayBeAlive } from "../../src/scheduler/ledger-owner.ts";

it("tells a dead claim owner on this host from a live one, and trusts the lease elsewhere", () => {
  const self = newOwnerId();
  expect(self).toMatch(new RegExp(`^${hostname()}:${process.pid}:[0-9a-f]{8}$`));
  expect(ownerMayBeAlive(self, self)).toBe(true);
  // The same pid with another nonce: an earlier life of this process (pid 1 in a container).
  expect(ownerMayBeAlive(`${hostname()}:${process.pid}:00000000`, self)).toBe(false);
  // A process that has exited.
  const gone = spawnSync(process.execPath, [
    "-e",
    "process.stdout.write(String(process.pid))",
  ]).stdout.toString();
  expect(ownerMayBeAlive(`${hostname()}:${gone}:abcdef01`, self)).toBe(false);
  // A live process (our parent), and an owner on another host.
  expect(ownerMayBeAlive(`${hostname()}:${process.ppid}:abcdef01`, self)).toBe(true);
  expect(ownerMayBeAlive("elsewhere:12345:abcdef01", self)).toBe(true);
  expect(ownerMayBeAlive("garbage", self)).toBe(true);
});
