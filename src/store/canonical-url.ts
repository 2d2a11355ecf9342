// The canonical form of a document's URL, so the same article reached through tracking links,
// a trailing slash or an upper-case host is stored once.
import { parseHttpUrl } from "../core/http-url.ts";

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ito|smid|s_cid)$/i;

/** The canonical URL, or null when the text is not an http(s) URL. */
export function canonicalUrl(text: string | null | undefined): string | null {
  const url = parseHttpUrl(text);
  if (url === null) return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  // http and https of one page are the same page; so are the host with and without "www.".
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const port = url.port ? `:${url.port}` : "";
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
  const query = url.searchParams.toString();
  return `${host}${port}${path}${query ? `?${query}` : ""}`;
}
