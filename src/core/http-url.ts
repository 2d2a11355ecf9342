// Links in documents are untrusted: the store keys documents by them and the adapters turn them
// into chat links, and both accept absolute http(s) URLs only.

/** The parsed URL when `text` is an absolute http(s) URL; otherwise null. */
export function parseHttpUrl(text: string | null | undefined): URL | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url : null;
}

/** An http(s) URL fit to be a link target: no credentials ("https://bank.com@evil" disguises its host). */
export function linkableUrl(text: string | null | undefined): URL | null {
  const url = parseHttpUrl(text);
  return url && !url.username && !url.password ? url : null;
}

/** True when `text` shows a URL (a scheme or "www."): such text is never a link's visible label. */
export function showsUrl(text: string): boolean {
  return /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(text);
}
