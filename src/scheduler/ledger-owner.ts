// Who holds a ledger claim: host, process id and a random nonce. On the same host a claim whose
// process is gone (a crash, SIGKILL) can be taken over at once; elsewhere, or when in doubt, only
// after its lease runs out.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/** This process's claim owner string: "host:pid:nonce". */
export function newOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Whether a claim owner may still be working; false only when it surely is not. */
export function ownerMayBeAlive(owner: string, self: string): boolean {
  if (owner === self) return true;
  const match = /^(.*):(\d+):([0-9a-f]+)$/.exec(owner);
  const mine = /^(.*):(\d+):([0-9a-f]+)$/.exec(self);
  if (!match || !mine || match[1] !== mine[1]) return true; // another host: trust the lease
  const pid = Number(match[2]);
  // Same host and pid, another nonce: an earlier life of this very pid (pid 1 in a container).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else; it could be a reused pid, or not.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
