// Local files (issue 15, item 8): `extract` and `ingest` read a file through the same loader (HTML
// as an article, not as text with its markup); UTF-16 with a byte-order mark is decoded; Latin-1
// is refused naming the encoding and the fix; a header URL other than http(s) is dropped with a
// warning, never kept as the citation.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run as extract } from "../../src/cli/extract.ts";
import { loadDocumentFile } from "../../src/ingest/document-file.ts";
import { loadSourceFile } from "../../src/ingest/load-file.ts";
import { tempDir } from "../cli/run-cli.ts";
import { captureIo, runCliInProcess } from "../support/capture-io.ts";

const temp = tempDir();
afterAll(() => temp.cleanup());
const file = (name: string, content: string | Buffer): string => {
  const path = join(temp.dir, name);
  writeFileSync(path, content);
  return path;
};

const STORY =
  "The Ministry of Health said on Monday that floods had closed three hospitals in Lisbon. Officials said the water was still rising in the old town.";
const PAGE = `<!doctype html><html><head><title>Floods close hospitals | Test Wire</title>
<link rel="canonical" href="https://news.example/floods"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Floods close hospitals</h1><p>${STORY}</p><p>"We are moving patients tonight," said Maria Costa, the health minister.</p></article>
<footer>© Test Wire</footer></body></html>`;

interface Printed {
  document: { title: string; url: string | null };
  keyPoints: Array<{ text: string }>;
}

async function extractJson(...files: string[]): Promise<{ code: number; briefs: Printed[]; stderr: string }> {
  const { io, out } = captureIo();
  const code = await extract(["--json", ...files], io);
  return { code, briefs: JSON.parse(out.stdout) as Printed[], stderr: out.stderr };
}

describe("extract and ingest read a file the same way", () => {
  it("extract reads an .html file as an article: no markup in key points, the page's title and link", async () => {
    const page = file("page.html", PAGE);
    const { code, briefs } = await extractJson(page);
    expect(code).toBe(0);
    const [brief] = briefs;
    expect(brief?.document).toMatchObject({
      title: "Floods close hospitals",
      url: "https://news.example/floods",
    });
    expect(brief?.keyPoints.length).toBeGreaterThan(0);
    for (const point of brief?.keyPoints ?? []) {
      expect(point.text).not.toMatch(/[<>]|doctype|Home|©/);
      expect(`${STORY} "We are moving patients tonight," said Maria Costa, the health minister.`).toContain(
        point.text,
      );
    }
    // The document ingest stores is the one extract printed (same loader, same id).
    const loaded = await loadSourceFile(page);
    expect(loaded.title).toBe(brief?.document.title);
  });

  it("a local page without a web link has no URL (not file://)", async () => {
    const document = await loadSourceFile(
      file("local.html", PAGE.replace(/<link rel="canonical"[^>]*>/, "")),
    );
    expect(document.url).toBeNull();
  });

  it("an .html file over the size limit is refused like any other file", async () => {
    const big = file("big.html", `<html><body><p>${"word ".repeat(400)}</p></body></html>`);
    await expect(loadSourceFile(big, { maxBytes: 1000 })).rejects.toMatchObject({
      code: "DOCUMENT_TOO_LARGE",
    });
  });
});

describe("encodings", () => {
  const text = `title: Café talks\ndate: 2024-03-05\n\nThe café in Zürich hosted talks on Monday. “It went well,” said Ana.\n`;

  it("decodes UTF-16 (little and big endian) by its byte-order mark, and UTF-8 with a BOM", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    const plain = await loadDocumentFile(file("plain.txt", text));
    for (const [name, bytes] of [
      ["le.txt", le],
      ["be.txt", be],
      ["bom.txt", utf8Bom],
    ] as const) {
      const document = await loadDocumentFile(file(name, bytes));
      expect(document).toMatchObject({ title: "Café talks", date: "2024-03-05" });
      expect(document.body).toBe(plain.body);
      expect(document.id).toBe(plain.id);
    }
  });

  it("refuses Latin-1 naming the encoding problem, where it is, and the fix", async () => {
    const latin1 = file("latin1.txt", Buffer.from(text.replace(/[“”]/g, '"'), "latin1"));
    const error = (await loadDocumentFile(latin1).then(
      () => ({ code: "none", message: "loaded" }),
      (caught: unknown) => caught,
    )) as { code: string; message: string };
    expect(error).toMatchObject({ code: "DOCUMENT_ENCODING" });
    expect(error.message).toContain(latin1);
    expect(error.message).toMatch(/not UTF-8 text \(byte 0xE9 at line 1, column 11\)/);
    expect(error.message).toMatch(/Latin-1/);
    expect(error.message).toMatch(/save it as UTF-8.*iconv -f WINDOWS-1252 -t UTF-8/);
    const { io, out } = captureIo();
    expect(await extract([latin1], io)).toBe(2);
    expect(out.stderr).toMatch(/Latin-1.*\[DOCUMENT_ENCODING\]/);
  });

  it("still calls a file with NUL bytes and no byte-order mark binary", async () => {
    await expect(loadDocumentFile(file("nul.txt", Buffer.from([0x41, 0x00, 0x42])))).rejects.toMatchObject({
      code: "DOCUMENT_BINARY",
    });
  });
});

describe("header URLs", () => {
  const withUrl = (name: string, url: string) =>
    file(name, `title: Link test ${name}\nurl: ${url}\n\n${STORY.replace("Lisbon", name)}\n`);

  it("extract drops a javascript: URL with a warning and keeps http(s)", async () => {
    const bad = withUrl("js.txt", "javascript:alert(1)");
    const good = withUrl("ok.txt", "https://news.example/ok");
    const { code, briefs, stderr } = await extractJson(bad, good);
    expect(code).toBe(0);
    expect(briefs.map((brief) => brief.document.url)).toEqual([null, "https://news.example/ok"]);
    expect(stderr).toMatch(
      /warning: .*js\.txt: header url "javascript:alert\(1\)" dropped: only http and https/,
    );
  });

  it("ingest stores no such URL and says so in its summary", async () => {
    const folder = join(temp.dir, "ingest-in");
    mkdirSync(folder);
    const bad = join(folder, "data.txt");
    writeFileSync(bad, `title: Data link\nurl: data:text/html,<script>alert(1)</script>\n\n${STORY}\n`);
    const saved = { ...process.env };
    Object.assign(process.env, {
      BRIEFBOT_DB: join(temp.dir, "ingest.db"),
      BRIEFBOT_BRIEFS_DIR: join(temp.dir, "none"),
      LOG_LEVEL: "silent",
    });
    try {
      const result = await runCliInProcess("ingest", folder);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^added 1,/);
      expect(result.stdout).toMatch(/warning: .*data\.txt: header url "data:text\/html,<script>.*" dropped/);
      const json = await runCliInProcess("ingest", "--json", bad);
      const summary = JSON.parse(json.stdout) as { items: Array<{ status: string; warnings?: string[] }> };
      expect(summary.items[0]).toMatchObject({
        status: "duplicate",
        warnings: [expect.stringMatching(/dropped/)],
      });
    } finally {
      process.env = saved;
    }
    const document = await loadSourceFile(bad);
    expect(document.url).toBeNull();
  });
});
