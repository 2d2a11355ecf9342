// `briefbot brief <topic> --chart FILE.png` through the real binary on the bundled topic: the
// timeline at FILE.png, the actor graph at FILE-actors.png, both valid PNGs; bad file names refused.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodePng } from "../support/png.ts";
import { runCli, tempDir } from "./run-cli.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());

describe("briefbot brief --chart", () => {
  it("writes the coverage timeline and the actor graph as PNG, the brief still on stdout", async () => {
    const file = join(temp.dir, "rc.png");
    const result = await runCli(["brief", "russia-china", "--chart", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Russia and China/);
    const timeline = decodePng(readFileSync(file));
    expect(timeline.width).toBe(800);
    const actors = decodePng(readFileSync(join(temp.dir, "rc-actors.png")));
    expect([actors.width, actors.height]).toEqual([800, 580]);
    expect(result.stderr).toContain(`wrote ${file}: Coverage: Russia and China, 800×${timeline.height}`);
    expect(result.stderr).toContain("rc-actors.png: Actors: Russia and China, 800×580");
  });

  it("keeps --json clean: the data on stdout, the files named on stderr", async () => {
    const file = join(temp.dir, "j.png");
    const result = await runCli(["brief", "russia-china", "--json", `--chart=${file}`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ topic: { slug: "russia-china" } });
    expect(existsSync(file)).toBe(true);
  });

  it("refuses a missing or non-PNG file name, or a folder that does not exist, with exit 2", async () => {
    const none = await runCli(["brief", "russia-china", "--chart"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--chart needs a file name ending in \.png.*\[INPUT_INVALID\]/);
    const text = await runCli(["brief", "russia-china", "--chart", join(temp.dir, "x.txt")]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('(got "');
    const gone = await runCli(["brief", "russia-china", "--chart", join(temp.dir, "no", "such", "x.png")]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/cannot write the chart to .* \(ENOENT\) \[INPUT_INVALID\]/);
  });
});
