// Who holds a ledger claim: host, process id and a random nonce. On the same host a claim whose
// process is gone (a crash, SIGKILL) can be taken over at once; elsewhere, or when in doubt, only
// after its lease runs out.
// "The same host" must mean "the same process table": containers on one machine may share a host
// name (or all be pid 1) while each sees only its own processes. So on Linux the host part also
// names the boot and the pid namespace; two owners match only when both are equal, and a pid check
// is then sound. Elsewhere the host name alone is used (no containers share it there).
import { randomBytes } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/** This machine's boot and pid namespace ("3f2a9c1e.4026531836"), or "" when it cannot be told. */
function processTableId(): string {
  if (process.platform !== "linux") return "";
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim().slice(0, 8);
    const namespace = /\[(\d+)\]/.exec(readlinkSync("/proc/self/ns/pid"))?.[1];
    return boot && namespace ? `${boot}.${namespace}` : "";
  } catch {
    return "";
  }
}

/** The host part of this process's owner ids: host name, and on Linux its process table. */
export function ownerHost(): string {
  const table = processTableId();
  return table ? `${hostname()}/${table}` : hostname();
}

/** This process's claim owner string: "host:pid:nonce". */
export function newOwnerId(): string {
  return `${ownerHost()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Whether a claim owner may still be working; false only when it surely is not. */
export function ownerMayBeAlive(owner: string, self: string): boolean {
  if (owner === self) return true;
  const match = /^(.*):(\d+):([0-9a-f]+)$/.exec(owner);
  const mine = /^(.*):(\d+):([0-9a-f]+)$/.exec(self);
  // Another host or process table (or an old owner id without one): trust the lease.
  if (!match || !mine || match[1] !== mine[1]) return true;
  const pid = Number(match[2]);
  // Same process table and pid, another nonce: an earlier life of this very pid (pid 1 in a container).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else; it could be a reused pid, or not.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
