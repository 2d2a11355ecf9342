// The charts of a reply (`/brief <topic> chart:yes`), uploaded to the channel after the answer with
// Slack's upload flow (files.getUploadURLExternal -> POST the bytes -> files.completeUploadExternal,
// which WebClient's filesUploadV2 drives). It runs after the ack, like the command itself, so the 3 s
// ack never waits for a chart. Each image carries its alt text for screen readers. When Slack
// refuses (the bot is not in the channel, the app was installed before it asked for files:write),
// the caller is told why, privately; the brief itself has already gone out.
import type { RespondFn, webApi } from "@slack/bolt";
import type { ReplyChart } from "../../core/reply.ts";

/** What the caller is told when Slack refuses the upload, by Slack's error code. */
const WHY: Record<string, string> = {
  not_in_channel: "briefbot is not in this channel: invite it (/invite @briefbot) to get charts here.",
  channel_not_found: "briefbot cannot see this channel (a private channel or a DM it is not in).",
  missing_scope: "this install of briefbot lacks the files:write scope: reinstall the app from its manifest.",
  is_archived: "this channel is archived.",
};

/** Slack's error code of a failed Web API call, if it has one. */
const slackError = (error: unknown): string | null => {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : null;
};

/** Uploads `charts` into `channelId` as one message; on refusal tells the caller privately and rethrows for the log. */
export async function uploadCharts(
  client: webApi.WebClient,
  respond: RespondFn,
  channelId: string,
  charts: readonly ReplyChart[],
): Promise<void> {
  if (charts.length === 0) return;
  try {
    await client.filesUploadV2({
      channel_id: channelId,
      file_uploads: charts.map((chart) => ({
        file: Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength),
        filename: chart.fileName,
        title: chart.title,
        alt_text: chart.alt,
      })),
    });
  } catch (error) {
    const code = slackError(error);
    const why = (code && WHY[code]) ?? "Slack refused the upload.";
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: `The charts could not be posted: ${why}`,
    }).catch(() => undefined);
    throw error;
  }
}
