// Serves HTML pages and an RSS feed from 127.0.0.1 and ingests them through the real fetch,
// Readability and feed parser; checks the fetch limits and the private-address refusal.
import { lookup } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSources } from "../../src/ingest/ingest.ts";
import { isPrivateAddress, safeFetch } from "../../src/ingest/safe-fetch.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import { filler, tempStore, topic } from "../store/helpers.ts";

const paragraph = (n: number) =>
  `<p>The harbour council met on Monday to discuss plan number ${n}, and officials said that it was one of the best plans they had seen in years. ` +
  `They also said the ${filler(n, 3).replace(".", "")} would be ready by the end of the year, if the money is there. ${filler(n, 25)}</p>`;

const page = (
  title: string,
  body: string,
  extra = "",
) => `<!doctype html><html><head><title>${title} | Example News</title>
<meta property="article:published_time" content="2026-01-08T09:30:00Z">${extra}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> SUBSCRIBE NOW</nav>
<article><h1>${title}</h1>${body}</article>
<footer>Copyright Example News. Cookie settings.</footer></body></html>`;

let server: Server;
let base = "";
let store: SqliteStore;
let cleanup = () => {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (url === "/article/1")
      return send(
        200,
        "text/html; charset=utf-8",
        page(
          "Harbour plan approved",
          [1, 2, 3].map(paragraph).join(""),
          `<link rel="canonical" href="${base}/article/1">`,
        ),
      );
    if (url === "/article/2?utm_source=feed")
      return send(200, "text/html", page("Second harbour story", [4, 5, 6].map(paragraph).join("")));
    if (url === "/german") {
      const text =
        "<p>Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nachdem die Mitglieder lange über die Pläne für den Hafen und die Schulen gestritten hatten. Die Bürgermeisterin sagte, dass die Entscheidung für die Stadt wichtig sei und dass man jetzt schnell handeln werde.</p>";
      return send(200, "text/html", page("Haushalt beschlossen", text.repeat(3)));
    }
    if (url === "/feed.xml") {
      const full = [7, 8, 9, 10, 11].map(paragraph).join("");
      return send(
        200,
        "application/rss+xml",
        `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example</title>
<item><title>Harbour plan approved</title><link>${base}/article/1</link><pubDate>Thu, 08 Jan 2026 09:30:00 GMT</pubDate></item>
<item><title>Second harbour story</title><link>${base}/article/2?utm_source=feed</link><pubDate>Fri, 09 Jan 2026 10:00:00 GMT</pubDate></item>
<item><title>Full text in the feed</title><link>${base}/not-fetched</link><pubDate>Sat, 10 Jan 2026 10:00:00 GMT</pubDate><content:encoded><![CDATA[${full}]]></content:encoded></item>
<item><title>Gone</title><link>${base}/missing</link></item>
</channel></rss>`,
      );
    }
    if (url.startsWith("/redirect/")) {
      const left = Number(url.split("/")[2]);
      return send(302, "text/plain", "", { location: left > 0 ? `/redirect/${left - 1}` : "/article/1" });
    }
    if (url === "/big") return send(200, "text/html", page("Big", paragraph(1).repeat(200)));
    if (url === "/image") return send(200, "image/png", "PNG");
    if (url === "/slow") return; // never answers
    return send(404, "text/html", "<p>not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t = tempStore();
  store = t.store;
  cleanup = t.cleanup;
  await store.upsertTopic(topic("harbour", { keywords: ["harbour council"] }));
  await store.upsertTopic(topic("elsewhere", { keywords: ["volcano"] }));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  cleanup();
});

const allow = { allowPrivate: true };

describe("ingest over HTTP", () => {
  it("ingests pages and a feed; one bad item is reported and the rest go in", async () => {
    const summary = await ingestSources([`${base}/article/1`, `${base}/feed.xml`, `${base}/german`], {
      store,
      fetch: allow,
    });
    expect(summary).toMatchObject({ added: 3, duplicates: 1, notEnglish: 1, skipped: 1 });
    const gone = summary.items.find((item) => item.status === "skipped");
    expect(gone).toMatchObject({ source: `${base}/missing`, code: "FETCH_FAILED" });
    expect(gone?.reason).toMatch(/HTTP 404/);

    const first = summary.items[0]!;
    const stored = await store.getDocument(first.documentId!);
    expect(stored?.document).toMatchObject({
      title: "Harbour plan approved",
      date: "2026-01-08",
      url: `${base}/article/1`,
      topics: ["harbour"],
    });
    expect(stored?.brief).not.toBeNull();
    const body = (await store.getSource(first.documentId!))?.body ?? "";
    expect(body).toMatch(/^The harbour council met on Monday/);
    expect(body).not.toMatch(/SUBSCRIBE|Cookie/);
    expect(body.split("\n\n")).toHaveLength(3);

    const fromFeed = summary.items.find((item) => item.title === "Full text in the feed");
    expect(fromFeed?.status).toBe("added");
    expect((await store.getDocument(fromFeed!.documentId!))?.document.date).toBe("2026-01-10");

    const german = summary.items.find((item) => item.source === `${base}/german`);
    expect(german?.status).toBe("not-english");
    expect(await store.getDocument(german!.documentId!)).toMatchObject({
      brief: null,
      document: { extracted: false, title: "Haushalt beschlossen" },
    });
  });

  it("ingesting the same sources again adds nothing", async () => {
    const before = (await store.listTopics()).find((t) => t.slug === "harbour")?.documentCount;
    const summary = await ingestSources([`${base}/article/1`, `${base}/feed.xml`], {
      store,
      fetch: allow,
      knownUrl: (url) => store.hasUrl(url),
    });
    expect(summary.added).toBe(0);
    expect(summary.nearDuplicates).toBe(0);
    expect((await store.listTopics()).find((t) => t.slug === "harbour")?.documentCount).toBe(before);
  });

  it("follows a few redirects, not too many", async () => {
    expect((await safeFetch(`${base}/redirect/2`, allow)).url).toBe(`${base}/article/1`);
    await expect(safeFetch(`${base}/redirect/9`, { ...allow, maxRedirects: 3 })).rejects.toMatchObject({
      code: "FETCH_FAILED",
      message: expect.stringMatching(/more than 3 redirects/),
    });
  });

  it("caps the size, checks the content type and times out", async () => {
    await expect(safeFetch(`${base}/big`, { ...allow, maxBytes: 5000 })).rejects.toMatchObject({
      code: "DOCUMENT_TOO_LARGE",
    });
    await expect(safeFetch(`${base}/image`, allow)).rejects.toMatchObject({
      code: "FETCH_FAILED",
      message: expect.stringMatching(/image\/png/),
    });
    await expect(safeFetch(`${base}/slow`, { ...allow, timeoutMs: 200 })).rejects.toMatchObject({
      code: "FETCH_FAILED",
      message: expect.stringMatching(/timed out/),
    });
  });

  it("refuses private and loopback addresses by default", async () => {
    const port = (server.address() as AddressInfo).port;
    for (const url of [
      `${base}/article/1`,
      `http://localhost:${port}/article/1`,
      `http://localhost.:${port}/article/1`,
      `http://[::1]:${port}/`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://0.0.0.0/",
      `http://[::ffff:127.0.0.1]:${port}/`,
    ]) {
      await expect(safeFetch(url), url).rejects.toMatchObject({ code: "FETCH_REFUSED" });
    }
    // A name that resolves to a private address is refused by the socket's own lookup.
    const host = hostname();
    const addresses = await lookup(host, { all: true }).catch(() => []);
    if (addresses.length > 0 && addresses.every((entry) => isPrivateAddress(entry.address))) {
      await expect(safeFetch(`http://${host}:${port}/article/1`)).rejects.toMatchObject({
        code: "FETCH_REFUSED",
      });
    }
    await expect(safeFetch("file:///etc/passwd", allow)).rejects.toMatchObject({ code: "FETCH_REFUSED" });
    const summary = await ingestSources([`${base}/article/2?utm_source=feed`], { store });
    expect(summary.items[0]).toMatchObject({ status: "skipped", code: "FETCH_REFUSED" });
  });

  it("knows which addresses are private", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.0.1",
      "169.254.1.1",
      "100.64.0.1",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:10.0.0.1",
      "0.0.0.0",
      "nonsense",
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
