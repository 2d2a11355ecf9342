// src/cli/main.ts in-process: the table, aliases, exit codes (the spawned binary is in cli.test.ts).
import { describe, expect, it } from "vitest";
import { reportError, runCli, SUBCOMMANDS, usage } from "../../src/cli/main.ts";
import { BriefbotError } from "../../src/core/errors.ts";
import { captureIo } from "../support/capture-io.ts";

describe("the briefbot dispatcher", () => {
  it("every registered subcommand loads a module with a run function", async () => {
    for (const [name, subcommand] of Object.entries(SUBCOMMANDS)) {
      const module = await subcommand.load();
      expect(typeof module.run, name).toBe("function");
      expect(subcommand.summary.length, name).toBeGreaterThan(0);
    }
  });

  it("maps aliases and prints the usage with no arguments", async () => {
    const version = captureIo();
    expect(await runCli(["-v"], version.io)).toBe(0);
    expect(version.out.stdout).toMatch(/^briefbot \d+\.\d+\.\d+\n$/);
    const bare = captureIo();
    expect(await runCli([], bare.io)).toBe(0);
    expect(bare.out.stdout).toBe(await usage());
    const help = captureIo();
    expect(await runCli(["-h"], help.io)).toBe(0);
    expect(help.out.stdout).toBe(await usage());
  });

  it("gives every subcommand --help: its usage on stdout, exit 0, never parseArgs' text", async () => {
    const names = [...Object.keys(SUBCOMMANDS), "brief", "quote", "who", "topics"];
    for (const name of names) {
      const { io, out } = captureIo();
      expect(await runCli([name, "--help"], io), name).toBe(0);
      expect(out.stdout, name).toMatch(new RegExp(`briefbot (--)?${name}`));
      expect(out.stderr, name).toBe("");
    }
    const brief = captureIo();
    await runCli(["brief", "-h"], brief.io);
    expect(brief.out.stdout).toMatch(
      /briefbot brief <topic> \[since\] \[--story <id>\] \[--page <n>\] \[--chart <FILE\.png>\] \[--json\|--markdown\]/,
    );
    expect(brief.out.stdout).toMatch(/since\n.*at most 100 years/);
  });

  it("does not treat Object properties as subcommands", async () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const { io, out } = captureIo();
      expect(await runCli([name], io)).toBe(2);
      expect(out.stderr).toMatch(/COMMAND_NOT_FOUND/);
    }
  });

  it("exits 2 for bad input, 1 for failures, with the message, code and hints and no stack", () => {
    const bad = captureIo();
    expect(
      reportError(
        new BriefbotError("TOPIC_NOT_FOUND", 'unknown topic "x"', { hints: ["known topics: a, b"] }),
        bad.io,
      ),
    ).toBe(2);
    expect(bad.out.stderr).toBe('briefbot: unknown topic "x" [TOPIC_NOT_FOUND]\n  known topics: a, b\n');
    const broken = captureIo();
    expect(reportError(new BriefbotError("STORE_FAILED", "cannot open the database"), broken.io)).toBe(1);
    const internal = captureIo();
    expect(reportError(new TypeError("x is undefined"), internal.io)).toBe(1);
    expect(internal.out.stderr).toBe("briefbot: internal error: x is undefined [INTERNAL]\n");
  });
});
