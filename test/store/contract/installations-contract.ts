// What every backend owes Slack's OAuth mode: an installation per workspace (or org) stored,
// replaced on reinstall, found for a workspace of an org-wide install, deleted on uninstall; and
// the workspace of a channel remembered.
import { afterEach, beforeEach, expect, it } from "vitest";
import { BriefbotError } from "../../../src/core/errors.ts";
import type { InstallationStore, SlackInstallation } from "../../../src/core/ports.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

const NOW = "2026-01-10T12:00:00.000Z";

const install = (fields: Partial<SlackInstallation> = {}): SlackInstallation => ({
  enterpriseId: null,
  teamId: "T1",
  isEnterpriseInstall: false,
  botToken: "xoxb-token-of-t1",
  botUserId: "U_BOT1",
  botId: "B1",
  data: { team: { id: "T1", name: "One" }, bot: { scopes: ["commands", "chat:write"] }, appId: "A1" },
  installedAt: NOW,
  ...fields,
});

const team = (teamId: string, enterpriseId: string | null = null) => ({
  enterpriseId,
  teamId,
  isEnterpriseInstall: false,
});

/** The installation part of the contract. */
export function installationsContract(factory: BackendFactory): void {
  let backend: BackendUnderTest;
  let installations: InstallationStore;
  beforeEach(async () => {
    backend = await factory({ clock: () => new Date(NOW) });
    installations = backend.ports.installations;
  });
  afterEach(async () => {
    await backend.cleanup();
  });

  it("stores one installation per workspace and finds each by its team", async () => {
    await installations.saveInstallation(install());
    await installations.saveInstallation(
      install({ teamId: "T2", botToken: "xoxb-token-of-t2", botId: "B2" }),
    );
    expect(await installations.findInstallation(team("T1"))).toEqual(install());
    expect((await installations.findInstallation(team("T2")))?.botToken).toBe("xoxb-token-of-t2");
    expect(await installations.findInstallation(team("T3"))).toBeNull();
    expect((await installations.listInstallations()).map((item) => item.teamId).sort()).toEqual(["T1", "T2"]);
  });

  it("replaces the installation when the workspace installs again", async () => {
    await installations.saveInstallation(install());
    await installations.saveInstallation(
      install({ botToken: "xoxb-new-token", installedAt: "2026-02-01T00:00:00.000Z" }),
    );
    const found = await installations.findInstallation(team("T1"));
    expect(found?.botToken).toBe("xoxb-new-token");
    expect(found?.installedAt).toBe("2026-02-01T00:00:00.000Z");
    expect(await installations.listInstallations()).toHaveLength(1);
  });

  it("serves every workspace of an org from its org-wide install, and a workspace's own install first", async () => {
    await installations.saveInstallation(
      install({ enterpriseId: "E1", teamId: null, isEnterpriseInstall: true, botToken: "xoxb-org" }),
    );
    const orgWide = { enterpriseId: "E1", teamId: "T9", isEnterpriseInstall: true };
    expect((await installations.findInstallation(orgWide))?.botToken).toBe("xoxb-org");
    expect((await installations.findInstallation(team("T9", "E1")))?.botToken).toBe("xoxb-org");
    await installations.saveInstallation(install({ enterpriseId: "E1", teamId: "T9", botToken: "xoxb-own" }));
    expect((await installations.findInstallation(team("T9", "E1")))?.botToken).toBe("xoxb-own");
    // Another org's workspace with the same team id is not served by E1's tokens.
    expect(await installations.findInstallation(team("T9", "E2"))).toBeNull();
  });

  it("deletes an installation on uninstall and leaves the others and the channels known", async () => {
    await installations.saveInstallation(install());
    await installations.saveInstallation(install({ teamId: "T2", botToken: "xoxb-token-of-t2" }));
    await installations.rememberChannel("C1", team("T1"), NOW);
    await installations.rememberChannel("C2", team("T2"), NOW);
    expect(await installations.deleteInstallation(team("T1"))).toBe(true);
    expect(await installations.deleteInstallation(team("T1"))).toBe(false);
    expect(await installations.findInstallation(team("T1"))).toBeNull();
    expect(await installations.workspaceOfChannel("C1")).toEqual(team("T1"));
    expect((await installations.findInstallation(team("T2")))?.botToken).toBe("xoxb-token-of-t2");
  });

  it("remembers the workspace of a channel, the latest one seen", async () => {
    expect(await installations.workspaceOfChannel("C1")).toBeNull();
    await installations.rememberChannel("C1", team("T1"), NOW);
    expect(await installations.workspaceOfChannel("C1")).toEqual(team("T1"));
    const shared = { enterpriseId: "E1", teamId: "T5", isEnterpriseInstall: true };
    await installations.rememberChannel("C1", shared, NOW);
    expect(await installations.workspaceOfChannel("C1")).toEqual(shared);
  });

  it("keeps installations across a reopen", async () => {
    await installations.saveInstallation(install());
    const reopened = await backend.reopen();
    expect(await reopened.installations.findInstallation(team("T1"))).toEqual(install());
  });

  it("refuses an installation without a token or a workspace, storing nothing", async () => {
    await expect(installations.saveInstallation(install({ botToken: "" }))).rejects.toBeInstanceOf(
      BriefbotError,
    );
    await expect(
      installations.saveInstallation(install({ teamId: null, enterpriseId: null })),
    ).rejects.toThrow(/neither a workspace nor an org/);
    expect(await installations.listInstallations()).toEqual([]);
  });
}
