// Messages with files for FakeDiscord (discord-api.ts). discord.js sends a message with files as
// multipart/form-data: the JSON in `payload_json`, each file as `files[n]`, described in the
// payload's `attachments` ({ id: n, filename, description }). An embed shows one with
// `attachment://<filename>`. Each received message is checked as Discord would: every file is in
// `attachments`, every `attachment://` an embed uses was sent, and a .png file is a PNG.
import { pngSize } from "../support/png.ts";

/** One file of a message as the fake received it. */
export interface ReceivedFile {
  field: string;
  filename: string;
  bytes: Buffer;
  /** From IHDR when the bytes are a PNG. */
  png: { width: number; height: number } | null;
  /** The alt text given in `attachments[].description`. */
  description: string | null;
}

/** A multipart message: its JSON payload, its files, and what is wrong with it. */
export interface MultipartMessage {
  body: unknown;
  files: ReceivedFile[];
  problems: string[];
}

const attachmentRefs = (body: Record<string, unknown>): string[] => {
  const refs: string[] = [];
  for (const embed of (body.embeds ?? []) as Record<string, { url?: string } | undefined>[]) {
    for (const part of [embed.image, embed.thumbnail]) {
      if (part?.url?.startsWith("attachment://")) refs.push(part.url.slice("attachment://".length));
    }
  }
  return refs;
};

/** Parses a multipart/form-data message body and checks its files against its payload. */
export async function readMultipart(raw: Buffer, contentType: string): Promise<MultipartMessage> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const problems: string[] = [];
  let body: Record<string, unknown> = {};
  const payload = form.get("payload_json");
  if (typeof payload === "string") {
    try {
      body = JSON.parse(payload) as Record<string, unknown>;
    } catch {
      problems.push("payload_json is not JSON");
    }
  } else problems.push("no payload_json");
  // An interaction callback carries the message under `data`.
  const message = (body.data && typeof body.data === "object" ? body.data : body) as Record<string, unknown>;
  const described = (message.attachments ?? []) as {
    id?: unknown;
    filename?: string;
    description?: string;
  }[];
  const files: ReceivedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") continue;
    const index = /^files\[(\d+)\]$/.exec(field)?.[1];
    const entry = described.find((attachment) => String(attachment.id) === index);
    const filename = entry?.filename ?? value.name;
    const bytes = Buffer.from(await value.arrayBuffer());
    const png = pngSize(bytes);
    if (!entry) problems.push(`${field} is not described in attachments`);
    if (filename.toLowerCase().endsWith(".png") && !png)
      problems.push(`${filename} is named .png but is not a PNG`);
    files.push({ field, filename, bytes, png, description: entry?.description ?? null });
  }
  for (const ref of attachmentRefs(message)) {
    if (!files.some((file) => file.filename === ref))
      problems.push(`an embed shows attachment://${ref}, never sent`);
  }
  return { body, files, problems };
}
