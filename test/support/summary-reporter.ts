import type { Reporter, TestModule } from "vitest/node";

/** Skipped tests named in the summary at most; a filtered run (-t) skips many and says only how many. */
const MAX_LISTED = 20;

/**
 * Ends the run with the plain `N passed, N failed` line that CI reads. No skip is silent: a test
 * that cannot run must call `ctx.skip("why")`, and the summary names it with that reason. Under CI
 * (the CI variable set, as .ci/run does) any skipped test fails the run: every test must run there.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: Array<{ label: string; note: string | undefined }> = [];
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed++;
        else if (result.state === "failed") failedHere++;
        else {
          const note = result.state === "skipped" ? result.note : undefined;
          skipped.push({ label: `${module.relativeModuleId} > ${test.fullName}`, note });
        }
      }
      // A file that failed outside its tests (it did not load, a hook threw) counts as a failure.
      if (module.state() === "failed" && failedHere === 0) failedHere = 1;
      failed += failedHere;
    }
    const lines: string[] = [];
    const inCi = Boolean(process.env.CI) && process.env.CI !== "0" && process.env.CI !== "false";
    // Skips with a reason, or every skip in CI, are named: a reader must see what did not run.
    const named = inCi ? skipped : skipped.filter((skip) => skip.note);
    for (const skip of named.slice(0, MAX_LISTED))
      lines.push(`skipped ${skip.label}${skip.note ? `: ${skip.note}` : ""}`);
    if (named.length > MAX_LISTED) lines.push(`... and ${named.length - MAX_LISTED} more skipped`);
    if (inCi && skipped.length > 0) {
      lines.push(`CI: ${skipped.length} test(s) skipped; every test must run in CI`);
      process.exitCode = 1;
    }
    const skippedCount = skipped.length ? `, ${skipped.length} skipped` : "";
    process.stdout.write(
      `\n${lines.map((line) => `${line}\n`).join("")}${passed} passed, ${failed} failed${skippedCount}\n`,
    );
  }
}
