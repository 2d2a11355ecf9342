// `/digest subscribe|unsubscribe|list|now`: scheduled digests of a topic into a channel, as
// subcommands. Only people who may manage the channel subscribe or unsubscribe (execute() checks the
// permission). `briefbot digest ...` runs the same subcommands, naming the channel with flags.
import { z } from "zod";
import { ChannelRef as ValidChannelRef } from "../src/core/channel-id.ts";
import { composeDigest, formatLocal } from "../src/core/digest/compose.ts";
import { parseCron } from "../src/core/digest/cron.ts";
import type { DigestPlatform, DigestServices, Subscription } from "../src/core/digest/digest-store.ts";
import { describeSchedule, parseScheduleSpec } from "../src/core/digest/schedule-spec.ts";
import { nextSlot } from "../src/core/digest/slots.ts";
import { BriefbotError } from "../src/core/errors.ts";
import { isPlatform, PLATFORMS } from "../src/core/platforms.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import { type CommandContext, type CommandDeps, defineCommand, defineGroup, field } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { plural } from "./plural.ts";

/** Where a subscription lives. */
export interface ChannelRef {
  platform: DigestPlatform;
  channelId: string;
}

const topicField = field(
  z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a topic slug like russia-china"),
  { description: "the topic", positional: "word", autocomplete: "topic" },
);

/** From a shell (CLI, terminal) the channel is named; in Slack and Discord it is where you type. */
const SHELLS = ["cli", "terminal"] as const;
const channelFields = (required: boolean) => ({
  platform: field(z.enum(PLATFORMS).optional(), {
    description: "the channel's platform: slack or discord",
    surfaces: SHELLS,
    required,
  }),
  channel: field(z.string().trim().min(1).max(100).optional(), {
    description: "the channel id (Slack C…, Discord digits)",
    surfaces: SHELLS,
    required,
  }),
});

/** Chat text and typed options both reach parseScheduleSpec: Discord and the CLI name the parts. */
const scheduleFields = {
  schedule: field(z.string().trim().max(300).optional(), {
    description: "at 08:00 tz Europe/Berlin days mon-fri [thread] [notice], or a cron expression",
    positional: "rest",
    surfaces: ["slack", "terminal"],
    placeholder: "at 08:00] [tz Europe/Berlin] [days mon-fri] [thread] [notice",
  }),
  at: field(z.string().trim().max(20).optional(), {
    description: "time of day, e.g. 08:00",
    surfaces: ["discord", "cli"],
  }),
  tz: field(z.string().trim().max(100).optional(), {
    description: "time zone, e.g. Europe/Berlin",
    surfaces: ["discord", "cli"],
  }),
  days: field(z.string().trim().max(60).optional(), {
    description: "days, e.g. mon-fri",
    surfaces: ["discord", "cli"],
  }),
  cron: field(z.string().trim().max(100).optional(), {
    description: "a cron expression instead of at/days, e.g. 0 8 * * 1-5",
    surfaces: ["discord", "cli"],
  }),
  thread: field(z.boolean().optional(), {
    description: "headline with the details in a thread",
    type: "boolean",
    surfaces: ["discord", "cli"],
  }),
  notice: field(z.boolean().optional(), {
    description: "say so when nothing is new",
    type: "boolean",
    surfaces: ["discord", "cli"],
  }),
};

/** Refuses a channel id that is not one of its platform's (before it is stored and later put in URLs). */
function requireChannelId(channel: ChannelRef): void {
  const checked = ValidChannelRef.safeParse(channel);
  if (!checked.success) {
    throw new BriefbotError("INPUT_INVALID", `cannot subscribe: ${checked.error.issues[0]?.message}`, {
      cause: checked.error,
    });
  }
}

function servicesOf(deps: CommandDeps): DigestServices {
  if (!deps.digest) {
    throw new BriefbotError("INTERNAL", "digests are not available in this process");
  }
  return deps.digest;
}

/** The channel a digest command acts on: where it was typed, or the one named from a shell. */
function channelOf(
  context: CommandContext,
  named: { platform?: DigestPlatform | undefined; channel?: string | undefined },
): ChannelRef | null {
  if (isPlatform(context.platform)) return { platform: context.platform, channelId: context.channelId };
  if (named.platform && named.channel) return { platform: named.platform, channelId: named.channel };
  return null;
}

const requireChannel = (channel: ChannelRef | null): ChannelRef => {
  if (channel) return channel;
  throw new BriefbotError("INPUT_INVALID", "digests are posted to Slack or Discord channels: name one", {
    hints: ["from a shell: briefbot digest subscribe <topic> --platform slack|discord --channel ID"],
  });
};

/** Subscribes a channel to a topic; `scheduleText` is what follows the topic. */
export async function subscribeChannel(
  deps: CommandDeps,
  channel: ChannelRef,
  topicSlug: string,
  scheduleText: string,
  createdBy: string | null,
): Promise<{ subscription: Subscription; reply: Reply }> {
  const services = servicesOf(deps);
  requireChannelId(channel);
  const topic = await requireTopic(deps.store, topicSlug);
  const spec = parseScheduleSpec(scheduleText, services.defaultTimeZone);
  const now = deps.clock();
  const { subscription, created } = await services.digests.subscribe(
    {
      platform: channel.platform,
      channelId: channel.channelId,
      topic: topic.slug,
      cron: spec.cron,
      timeZone: spec.timeZone,
      style: spec.style,
      whenEmpty: spec.whenEmpty,
      createdBy,
    },
    now.toISOString(),
  );
  const next = nextSlot(parseCron(subscription.cron), subscription.timeZone, now.getTime());
  const reply: Reply = {
    title: `${created ? "Subscribed" : "Updated the digest"}: ${topic.title}`,
    subtitle: describeSchedule(subscription.cron, subscription.timeZone),
    sections: [
      {
        heading: "",
        items: [
          {
            kind: "text",
            text:
              next === null
                ? "No run is scheduled."
                : `Next digest: ${formatLocal(new Date(next).toISOString(), subscription.timeZone)}`,
            detail: `${subscription.style === "thread" ? "headline with details in a thread" : "one message"}; ${
              subscription.whenEmpty === "notice"
                ? "says so when nothing is new"
                : "silent when nothing is new"
            }`,
          },
        ],
      },
    ],
    ephemeral: false,
  };
  return { subscription, reply };
}

/** Removes a channel's subscription to a topic; SUBSCRIPTION_NOT_FOUND when there is none. */
export async function unsubscribeChannel(
  deps: CommandDeps,
  channel: ChannelRef,
  topic: string,
): Promise<Reply> {
  if (!(await servicesOf(deps).digests.unsubscribe(channel.platform, channel.channelId, topic))) {
    throw new BriefbotError("SUBSCRIPTION_NOT_FOUND", `this channel has no digest of "${topic}"`, {
      hints: ["/digest list shows the channel's digests"],
    });
  }
  return { title: `Unsubscribed from ${topic}`, sections: [], ephemeral: false };
}

/** One line of /digest list: schedule, next run, last delivery, failures, pause. */
export async function describeSubscription(
  services: DigestServices,
  subscription: Subscription,
  now: Date,
): Promise<ReplyItem> {
  const zone = subscription.timeZone;
  const local = (iso: string) => formatLocal(iso, zone);
  const parts = [describeSchedule(subscription.cron, zone)];
  if (subscription.pausedAt !== null) {
    parts.push(
      `PAUSED since ${local(subscription.pausedAt)}: ${subscription.pausedReason ?? "no reason given"}`,
    );
  } else {
    const next = nextSlot(parseCron(subscription.cron), zone, now.getTime());
    parts.push(next === null ? "no next run" : `next ${local(new Date(next).toISOString())}`);
  }
  const last = await services.digests.lastDelivered(subscription.id);
  parts.push(
    last === null
      ? "nothing delivered yet"
      : `last ${last.status === "sent" ? "delivered" : "checked (nothing new)"} ${local(last.finishedAt ?? last.slot)}`,
  );
  const failures = await services.digests.failuresSinceDelivery(subscription.id);
  if (failures > 0) {
    const latest = await services.digests.lastEntry(subscription.id);
    const why = latest?.status === "failed" && latest.error ? ` (last: ${latest.error})` : "";
    parts.push(`${failures} failed since${why}`);
  }
  return {
    kind: "text",
    text: subscription.topic,
    detail: parts.join(" · "),
    channel: { platform: subscription.platform, id: subscription.channelId },
  };
}

/** The digests of one channel (or of every channel when `channel` is null). */
export async function listDigests(
  deps: CommandDeps,
  channel: ChannelRef | null,
  filter: { platform?: DigestPlatform; channelId?: string } = channel ?? {},
): Promise<Reply> {
  const services = servicesOf(deps);
  const now = deps.clock();
  const subscriptions = await services.digests.listSubscriptions(filter);
  return {
    title: channel ? "Digests of this channel" : "Digests",
    sections: [
      {
        heading: subscriptions.length ? plural(subscriptions.length, "subscription") : "None yet",
        items: subscriptions.length
          ? await Promise.all(
              subscriptions.map((subscription) => describeSubscription(services, subscription, now)),
            )
          : [{ kind: "text", text: "Subscribe with /digest subscribe <topic> at 08:00" }],
      },
    ],
    ephemeral: true,
  };
}

/** The digest this channel would get now (since its last delivery), shown to the caller only. */
export async function previewDigest(
  deps: CommandDeps,
  channel: ChannelRef | null,
  topicSlug: string,
): Promise<{ data: { topic: string; from: string; to: string; documents: number }; reply: Reply }> {
  const services = servicesOf(deps);
  const topic = await requireTopic(deps.store, topicSlug);
  const now = deps.clock();
  const subscription = channel
    ? (
        await services.digests.listSubscriptions({ platform: channel.platform, channelId: channel.channelId })
      ).find((candidate) => candidate.topic === topic.slug)
    : undefined;
  const last = subscription ? await services.digests.lastDelivered(subscription.id) : null;
  const from = last?.windowTo ?? new Date(now.getTime() - services.firstWindowMs).toISOString();
  const to = now.toISOString();
  const documents = await services.source.documentsAdded(topic.slug, from, to);
  const composed = composeDigest({
    topic: { slug: topic.slug, title: topic.title, actors: topic.match.actors },
    window: { from, to },
    documents,
    knownActors: await services.source.actorsKnownBefore(topic.slug, from),
    style: "single",
    whenEmpty: "notice",
    timeZone: subscription?.timeZone ?? services.defaultTimeZone,
  });
  const message = composed?.message ?? { title: `Digest: ${topic.title}`, sections: [], ephemeral: true };
  return {
    data: { topic: topic.slug, from, to, documents: documents.length },
    reply: { ...message, title: `Preview: ${message.title}`, ephemeral: true },
  };
}

/** A subscription as --json prints it. */
const SubscriptionData = z.object({
  id: z.number().int(),
  platform: z.enum(PLATFORMS),
  channelId: z.string(),
  topic: z.string(),
  cron: z.string(),
  timeZone: z.string(),
  style: z.enum(["single", "thread"]),
  whenEmpty: z.enum(["silent", "notice"]),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  pausedAt: z.string().nullable(),
  pausedReason: z.string().nullable(),
});

const LedgerData = z
  .object({
    subscriptionId: z.number().int(),
    slot: z.string(),
    status: z.enum(["claimed", "sent", "empty", "failed", "skipped"]),
    windowFrom: z.string(),
    windowTo: z.string(),
    owner: z.string().nullable(),
    leaseUntil: z.string().nullable(),
    attempts: z.number().int(),
    messageId: z.string().nullable(),
    error: z.string().nullable(),
    claimedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .nullable();

/** `digest list --json`: each subscription with its last delivery and failures. */
export const DigestListData = z.array(
  SubscriptionData.extend({
    lastDelivered: LedgerData,
    lastEntry: LedgerData,
    failuresSinceDelivery: z.number().int(),
  }),
);

const subscribe = defineCommand({
  name: "subscribe",
  description: "Post a topic's digest to this channel on a schedule",
  examples: ["/digest subscribe russia-china at 08:00 tz Europe/Berlin days mon-fri"],
  permission: "manage-channel",
  input: z.object({ topic: topicField, ...scheduleFields, ...channelFields(true) }),
  output: SubscriptionData,
  async run(deps, input, context) {
    const channel = requireChannel(channelOf(context, input));
    const words = [
      input.cron ?? "",
      input.at ? `at ${input.at}` : "",
      input.tz ? `tz ${input.tz}` : "",
      input.days ? `days ${input.days}` : "",
      input.thread ? "thread" : "",
      input.notice ? "notice" : "",
      input.schedule ?? "",
    ];
    const by = context.platform === "cli" ? "cli" : context.userId;
    const { subscription, reply } = await subscribeChannel(
      deps,
      channel,
      input.topic,
      words.join(" ").trim(),
      by,
    );
    return { data: subscription, reply };
  },
});

const unsubscribe = defineCommand({
  name: "unsubscribe",
  description: "Stop a topic's digest in this channel",
  permission: "manage-channel",
  input: z.object({ topic: topicField, ...channelFields(true) }),
  output: z.object({ platform: z.enum(PLATFORMS), channelId: z.string(), topic: z.string() }),
  async run(deps, input, context) {
    const channel = requireChannel(channelOf(context, input));
    return {
      data: { ...channel, topic: input.topic },
      reply: await unsubscribeChannel(deps, channel, input.topic),
    };
  },
});

const list = defineCommand({
  name: "list",
  description: "The digests of this channel (from a shell: all, or one channel's)",
  examples: ["/digest list"],
  input: z.object(channelFields(false)),
  output: DigestListData,
  async run(deps, input, context) {
    const channel = channelOf(context, input);
    const filter = isPlatform(context.platform)
      ? channel
      : {
          ...(input.platform ? { platform: input.platform } : {}),
          ...(input.channel ? { channelId: input.channel } : {}),
        };
    const services = servicesOf(deps);
    const subscriptions = await services.digests.listSubscriptions(filter ?? {});
    const rows = await Promise.all(
      subscriptions.map(async (subscription) => ({
        ...subscription,
        lastDelivered: await services.digests.lastDelivered(subscription.id),
        lastEntry: await services.digests.lastEntry(subscription.id),
        failuresSinceDelivery: await services.digests.failuresSinceDelivery(subscription.id),
      })),
    );
    return { data: rows, reply: await listDigests(deps, channel, filter ?? {}) };
  },
});

const now = defineCommand({
  name: "now",
  description: "Preview the digest this channel would get now (to you only)",
  examples: ["/digest now russia-china"],
  input: z.object({ topic: topicField, ...channelFields(false) }),
  output: z.object({ topic: z.string(), from: z.string(), to: z.string(), documents: z.number().int() }),
  async run(deps, input, context) {
    return previewDigest(deps, channelOf(context, input), input.topic);
  },
});

/** `/digest`: Manage Channels on Discord by default for the whole command; subscribe/unsubscribe check too. */
export const digestCommand = defineGroup({
  name: "digest",
  description: "Scheduled digests of a topic in this channel",
  subcommands: [subscribe, unsubscribe, list, now],
});
