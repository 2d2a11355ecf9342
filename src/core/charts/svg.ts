// The few SVG pieces both charts use. Document text is untrusted (DESIGN.md): every string that
// reaches the SVG goes through svgText, which strips what XML 1.0 forbids (a NUL would make the
// rasteriser refuse the whole chart) and escapes markup, so no text can add elements or links.
import { stripInvisible } from "../text/chat-safe.ts";

/** A chart ready to rasterise: the SVG, its size in pixels and its alt text (the same facts, in words). */
export interface Chart {
  /** File name stem: "coverage", "actors". */
  kind: "coverage" | "actors";
  title: string;
  svg: string;
  width: number;
  height: number;
  alt: string;
}

/** Alt text is kept under the platforms' limits (Slack alt_text, Discord description: 1,024). */
export const MAX_ALT = 1000;

/** The one font the rasteriser loads (shipped in an npm package, see src/charts/rasterise.ts). */
export const FONT_FAMILY = "DejaVu Sans";

/** Colours told apart by most colour-blind readers (Okabe and Ito), in the order stories get them. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"] as const;

/** The colour of documents in no story shown. */
export const OTHER_COLOUR = "#B0B0B0";

/** Characters XML 1.0 does not allow at all (controls but tab and newline; unpaired surrogates; U+FFFE/F). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Untrusted text as SVG character data or an attribute value: inert, one line. */
export function svgText(text: string): string {
  return stripInvisible(text)
    .replace(NOT_XML, "")
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** `text` cut to at most `max` characters (code points) at a word where it can, ending with "…". */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A number for an SVG attribute: at most two decimals, no exponent. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

/** `<text>` with escaped content; attributes are ours (numbers and fixed words). */
export function textElement(
  x: number,
  y: number,
  content: string,
  attributes: { size?: number; anchor?: "start" | "middle" | "end"; fill?: string; weight?: "bold" } = {},
): string {
  const extra = [
    `font-size="${attributes.size ?? 12}"`,
    attributes.anchor && attributes.anchor !== "start" ? `text-anchor="${attributes.anchor}"` : "",
    `fill="${attributes.fill ?? "#222222"}"`,
    attributes.weight ? `font-weight="${attributes.weight}"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<text x="${num(x)}" y="${num(y)}" ${extra}>${svgText(content)}</text>`;
}

/** The whole document: a white background (chat apps in dark mode would otherwise show black text on black). */
export function svgDocument(width: number, height: number, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...body,
    "</svg>",
  ].join("\n");
}

/** Alt text cut to MAX_ALT at a sentence or word. */
export function fitAlt(text: string): string {
  return text.length <= MAX_ALT ? text : shorten(text, MAX_ALT);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-03" as "3 Nov 2026" (the year left out when `withYear` is false). */
export function humanDay(day: string, withYear = true): string {
  const [year, month, date] = day.split("-");
  const name = MONTHS[Number(month) - 1] ?? month;
  return withYear ? `${Number(date)} ${name} ${year}` : `${Number(date)} ${name}`;
}

/** "1 document", "3 documents" ("1 story", "2 stories" with the plural given). */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;
