// The charts of a reply (`/brief <topic> chart:yes`) as one Discord message: each PNG is sent as a
// file with its alt text (the attachment's description, which Discord reads to screen readers) and
// shown in an embed of its own through `attachment://<name>`. It follows the brief's pages, so
// the brief keeps its own embed budget (10 embeds, 6,000 characters a message).
import type { APIEmbed } from "discord.js";
import type { ReplyChart } from "../../core/reply.ts";
import { inertMarkdown, inertPlain } from "./escape.ts";

/** Discord's limit on an attachment's description (alt text). */
const ALT_LIMIT = 1024;
const COLOR_CHART = 0x5865f2;

/** A file as discord.js takes it in `files`. */
export interface ChartFile {
  attachment: Buffer;
  name: string;
  description: string;
}

/** Attachment names Discord keeps as given: letters, digits, dot, dash, underscore. */
const safeName = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 100);

/**
 * The same message for a raw webhook POST (interactions over HTTP): discord.js's REST sends `files`
 * as `files[n]` parts; the payload must describe each in `attachments` (id = n), as discord.js's
 * message builder does for the gateway path.
 */
export function chartWebhookMessage(charts: readonly ReplyChart[]): {
  body: { embeds: APIEmbed[]; attachments: { id: number; filename: string; description: string }[] };
  files: { name: string; data: Buffer; contentType: string }[];
} {
  const { embeds, files } = chartMessage(charts);
  return {
    body: {
      embeds,
      attachments: files.map((file, id) => ({ id, filename: file.name, description: file.description })),
    },
    files: files.map((file) => ({ name: file.name, data: file.attachment, contentType: "image/png" })),
  };
}

/** The message carrying `charts`: one embed and one file each. */
export function chartMessage(charts: readonly ReplyChart[]): { embeds: APIEmbed[]; files: ChartFile[] } {
  const shown = charts.slice(0, 10);
  return {
    embeds: shown.map((chart) => ({
      title: inertMarkdown(chart.title, 256),
      image: { url: `attachment://${safeName(chart.fileName)}` },
      color: COLOR_CHART,
    })),
    files: shown.map((chart) => ({
      attachment: Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength),
      name: safeName(chart.fileName),
      description: inertPlain(chart.alt, ALT_LIMIT),
    })),
  };
}
