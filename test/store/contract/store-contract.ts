// The store contract: the behaviour every storage backend owes, stated once over the ports in
// src/core/ports.ts and nothing else (no SQL, no driver). A backend passes it by giving a factory:
//   storeContract("sqlite", factory)   (test/store/contract/sqlite.contract.test.ts)
import { describe } from "vitest";
import { actorContract } from "./actor-contract.ts";
import type { BackendFactory } from "./backend.ts";
import { documentsContract } from "./documents-contract.ts";
import { installationsContract } from "./installations-contract.ts";
import { ledgerContract } from "./ledger-contract.ts";
import { lifecycleContract } from "./lifecycle-contract.ts";
import { membershipContract } from "./membership-contract.ts";
import { quoteSearchContract } from "./quote-search-contract.ts";
import { topicBriefContract } from "./topic-brief-contract.ts";

export type { BackendFactory, BackendUnderTest } from "./backend.ts";

/** Runs the whole contract against the backend `factory` opens. */
export function storeContract(name: string, factory: BackendFactory): void {
  describe(`store contract: ${name}`, () => {
    describe("topics and documents", () => documentsContract(factory));
    describe("topic memberships and removal", () => membershipContract(factory));
    describe("topic briefs", () => topicBriefContract(factory));
    describe("quote search", () => quoteSearchContract(factory));
    describe("actors", () => actorContract(factory));
    describe("digest subscriptions, ledger and source", () => ledgerContract(factory));
    describe("lifecycle", () => lifecycleContract(factory));
    describe("slack installations", () => installationsContract(factory));
  });
}
