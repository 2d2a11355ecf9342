// Slack's file upload flow for FakeSlack (slack-api.ts), as the real WebClient's filesUploadV2
// drives it: files.getUploadURLExternal (filename, length, alt_text) answers an upload_url on this
// fake and a file id; the bytes are POSTed there (multipart form, as WebClient sends them);
// files.completeUploadExternal (files: [{id, title}], channel_id) shares them in the channel.
// Each received file is checked: the length announced, and, for .png names, that it is a PNG whose
// IHDR gives its size. A test reads `uploads` to see what a user would see in the channel.
import { Buffer } from "node:buffer";
import { pngSize } from "../support/png.ts";

/** One file as the fake received it. */
export interface RecordedUpload {
  id: string;
  filename: string;
  /** The length announced to getUploadURLExternal. */
  length: number;
  altText: string | null;
  /** The bytes POSTed to the upload URL (null until they arrive). */
  bytes: Buffer | null;
  /** PNG width and height read from IHDR, or null when the bytes are not a PNG. */
  png: { width: number; height: number } | null;
  /** Set by files.completeUploadExternal. */
  completed: { channelId: string | null; title: string | null; initialComment: string | null } | null;
  /** What the fake found wrong (length mismatch, not a PNG, never uploaded). */
  problems: string[];
}

/** The upload part of a fake Slack. */
export class FakeSlackFiles {
  /** Every file announced, in order. */
  readonly uploads: RecordedUpload[] = [];
  private next = 0;

  /** files.getUploadURLExternal. */
  getUploadUrl(body: Record<string, unknown>, baseUrl: string): Record<string, unknown> {
    const filename = typeof body.filename === "string" ? body.filename : "";
    const length = Number(body.length);
    if (filename === "" || !Number.isInteger(length) || length <= 0) {
      return { ok: false, error: "invalid_arguments" };
    }
    const id = `F_FAKE${++this.next}`;
    this.uploads.push({
      id,
      filename,
      length,
      altText: typeof body.alt_text === "string" ? body.alt_text : null,
      bytes: null,
      png: null,
      completed: null,
      problems: [],
    });
    return { ok: true, upload_url: `${baseUrl}/upload/${id}`, file_id: id };
  }

  /** A POST to an upload URL: the file is the form's one file field (WebClient names it `body`). */
  async receive(id: string, raw: Buffer, contentType: string | undefined): Promise<number> {
    const upload = this.uploads.find((candidate) => candidate.id === id);
    if (!upload) return 404;
    let bytes = raw;
    if (contentType?.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
      const file = [...form.values()].find((value) => typeof value !== "string");
      if (file === undefined || typeof file === "string") {
        upload.problems.push("no file in the multipart form");
        return 400;
      }
      bytes = Buffer.from(await file.arrayBuffer());
    }
    upload.bytes = bytes;
    if (bytes.length !== upload.length)
      upload.problems.push(`announced ${upload.length} bytes, got ${bytes.length}`);
    if (upload.filename.toLowerCase().endsWith(".png")) {
      upload.png = pngSize(bytes);
      if (!upload.png) upload.problems.push("named .png but not a PNG");
    }
    return 200;
  }

  /** files.completeUploadExternal; `channelState` says why the bot may not share in a channel. */
  complete(
    body: Record<string, unknown>,
    channelState: (channel: string) => string | undefined,
  ): Record<string, unknown> {
    let files: unknown;
    try {
      files = typeof body.files === "string" ? JSON.parse(body.files) : body.files;
    } catch {
      return { ok: false, error: "invalid_arguments" };
    }
    if (!Array.isArray(files) || files.length === 0) return { ok: false, error: "invalid_arguments" };
    const channelId = typeof body.channel_id === "string" ? body.channel_id : null;
    const state = channelId ? channelState(channelId) : undefined;
    if (state) return { ok: false, error: state };
    const done: Record<string, unknown>[] = [];
    for (const entry of files as { id?: unknown; title?: unknown }[]) {
      const upload = this.uploads.find((candidate) => candidate.id === entry.id);
      if (!upload) return { ok: false, error: "file_not_found" };
      if (!upload.bytes) {
        upload.problems.push("completed before its bytes were uploaded");
        return { ok: false, error: "file_upload_incomplete" };
      }
      upload.completed = {
        channelId,
        title: typeof entry.title === "string" ? entry.title : null,
        initialComment: typeof body.initial_comment === "string" ? body.initial_comment : null,
      };
      done.push({ id: upload.id, title: upload.completed.title, name: upload.filename });
    }
    return { ok: true, files: done };
  }

  /** The files shared in a channel, in order. */
  shared(channelId?: string): RecordedUpload[] {
    return this.uploads.filter(
      (upload) =>
        upload.completed !== null && (channelId === undefined || upload.completed.channelId === channelId),
    );
  }

  /** Forgets every upload. */
  reset(): void {
    this.uploads.length = 0;
  }
}
