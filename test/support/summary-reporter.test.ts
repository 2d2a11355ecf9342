// The summary line CI reads, and no silent skips (issue 12, part 4): a skip names its reason, and
// under CI any skipped test fails the run.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestModule } from "vitest/node";
import SummaryReporter from "./summary-reporter.ts";

type Outcome = { state: "passed" | "failed" } | { state: "skipped"; note?: string };

/** Just what the reporter reads of vitest's TestModule. */
const fakeModule = (id: string, tests: Record<string, Outcome>): TestModule =>
  ({
    relativeModuleId: id,
    state: () => (Object.values(tests).some((test) => test.state === "failed") ? "failed" : "passed"),
    children: {
      allTests: () =>
        Object.entries(tests).map(([fullName, outcome]) => ({
          fullName,
          result: () => ({ note: undefined, ...outcome }),
        })),
    },
  }) as unknown as TestModule;

function summarise(modules: TestModule[], ci: string | undefined): { text: string; exitCode: unknown } {
  let text = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  const saved = { ci: process.env.CI, exitCode: process.exitCode };
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  process.exitCode = undefined;
  try {
    new SummaryReporter().onTestRunEnd(modules);
    return { text, exitCode: process.exitCode };
  } finally {
    write.mockRestore();
    if (saved.ci === undefined) delete process.env.CI;
    else process.env.CI = saved.ci;
    process.exitCode = saved.exitCode;
  }
}

afterEach(() => vi.restoreAllMocks());

const modules = () => [
  fakeModule("test/a.test.ts", { "a works": { state: "passed" }, "a breaks": { state: "failed" } }),
  fakeModule("test/b.test.ts", {
    "b needs a tool": { state: "skipped", note: "no zlib-sync on this machine" },
    "b filtered": { state: "skipped" },
  }),
];

describe("the summary reporter", () => {
  it("ends with the counts and names a skip that gave its reason", () => {
    const { text, exitCode } = summarise(modules(), undefined);
    expect(text).toMatch(/\n1 passed, 1 failed, 2 skipped\n$/);
    expect(text).toContain("skipped test/b.test.ts > b needs a tool: no zlib-sync on this machine");
    expect(text).not.toContain("b filtered");
    expect(exitCode).toBeUndefined();
  });

  it("under CI names every skipped test and fails the run", () => {
    const { text, exitCode } = summarise(modules(), "true");
    expect(text).toContain("skipped test/b.test.ts > b filtered");
    expect(text).toContain("CI: 2 test(s) skipped; every test must run in CI");
    expect(exitCode).toBe(1);
    const clean = summarise([fakeModule("test/c.test.ts", { "c works": { state: "passed" } })], "1");
    expect(clean).toEqual({ text: "\n1 passed, 0 failed\n", exitCode: undefined });
  });
});
