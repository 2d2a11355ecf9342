import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocumentFile, parseDocument } from "../../src/ingest/document-file.ts";

const dir = mkdtempSync(join(tmpdir(), "briefbot-doc-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { code?: string }) => e.code,
  );

describe("parseDocument", () => {
  it("reads a header block and keeps the body exactly", () => {
    const doc = parseDocument(
      "title: A title\nsource: Wikinews\nurl: https://example.org/a\ndate: 2020-01-02\n\nBody  one.\n\nTwo.\n",
      { fallbackTitle: "f" },
    );
    expect(doc).toMatchObject({
      title: "A title",
      source: "Wikinews",
      url: "https://example.org/a",
      date: "2020-01-02",
    });
    expect(doc.body).toBe("Body  one.\n\nTwo.\n");
    expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads YAML front matter", () => {
    const doc = parseDocument("---\ntitle: Front\ndate: 2021-03-04\nauthor: Someone\n---\nThe body.", {
      fallbackTitle: "f",
    });
    expect(doc).toMatchObject({ title: "Front", date: "2021-03-04", author: "Someone", body: "The body." });
  });

  it("reads a leading `date YYYY-MM-DD` whose body continues on the same line", () => {
    const doc = parseDocument(" date 2022-09-07 Russia is hosting an exercise. More text.", {
      fallbackTitle: "seed",
    });
    expect(doc.date).toBe("2022-09-07");
    expect(doc.body.startsWith("Russia is hosting")).toBe(true);
    expect(doc.title).toBe("Russia is hosting an exercise.");
  });

  it("takes a bare body, normalises CRLF, and gives the same id to the same body", () => {
    const a = parseDocument("Just text.\r\nMore.", { fallbackTitle: "f" });
    const b = parseDocument("Just text.\nMore.", { fallbackTitle: "g" });
    expect(a.body).toBe("Just text.\nMore.");
    expect(a.id).toBe(b.id);
    expect(a.date).toBeNull();
  });

  it("names the field of an invalid header", () => {
    expect(() =>
      parseDocument("title: x\ndate: 2020-02-30\n\nbody", { fallbackTitle: "f", origin: "a.txt" }),
    ).toThrow(/a\.txt.*date/);
    expect(() => parseDocument("---\nurl: not a url\n---\nbody", { fallbackTitle: "f" })).toThrow(/url/);
  });

  it("refuses an empty body and an oversized text", () => {
    expect(() => parseDocument("title: x\n\n   \n", { fallbackTitle: "f" })).toThrow(
      expect.objectContaining({ code: "DOCUMENT_EMPTY" }),
    );
    expect(() => parseDocument("x".repeat(50), { fallbackTitle: "f", maxBytes: 10 })).toThrow(
      expect.objectContaining({ code: "DOCUMENT_TOO_LARGE" }),
    );
  });
});

describe("loadDocumentFile", () => {
  it("loads a dev-format file", async () => {
    const doc = await loadDocumentFile(file("ok.txt", "title: T\ndate: 2019-01-01\n\nHello world."));
    expect(doc.title).toBe("T");
    expect(doc.body).toBe("Hello world.");
  });

  it("reports each bad file with a stable code and the file name", async () => {
    expect(await codeOf(loadDocumentFile(join(dir, "missing.txt")))).toBe("DOCUMENT_UNREADABLE");
    expect(await codeOf(loadDocumentFile(dir))).toBe("DOCUMENT_UNREADABLE");
    expect(await codeOf(loadDocumentFile(file("empty.txt", "")))).toBe("DOCUMENT_EMPTY");
    expect(await codeOf(loadDocumentFile(file("nul.txt", Buffer.from([0x41, 0x00, 0x42]))))).toBe(
      "DOCUMENT_BINARY",
    );
    expect(await codeOf(loadDocumentFile(file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9]))))).toBe(
      "DOCUMENT_ENCODING",
    );
    expect(await codeOf(loadDocumentFile(file("big.txt", "a".repeat(2000)), { maxBytes: 1000 }))).toBe(
      "DOCUMENT_TOO_LARGE",
    );
    await expect(loadDocumentFile(file("bad-date.txt", "date: 2020-13-01\n\nbody"))).rejects.toThrow(
      /bad-date\.txt.*date/,
    );
  });
});
