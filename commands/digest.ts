// `/digest subscribe|unsubscribe|list|now`: scheduled digests of a topic into a channel. Only people
// who may manage the channel subscribe or unsubscribe (the adapters fill canManageChannel). The
// helpers below also serve `briefbot digest` (src/cli/digest.ts).
import { z } from "zod";
import { ChannelRef as ValidChannelRef } from "../src/core/channel-id.ts";
import { composeDigest, formatLocal } from "../src/core/digest/compose.ts";
import { parseCron } from "../src/core/digest/cron.ts";
import type { DigestPlatform, DigestServices, Subscription } from "../src/core/digest/digest-store.ts";
import { describeSchedule, parseScheduleSpec } from "../src/core/digest/schedule-spec.ts";
import { nextSlot } from "../src/core/digest/slots.ts";
import { BriefbotError } from "../src/core/errors.ts";
import { isPlatform } from "../src/core/platforms.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandDeps } from "./command.ts";
import { requireTopic } from "./known-topics.ts";
import { plural } from "./plural.ts";

const ACTIONS = ["subscribe", "unsubscribe", "list", "now"] as const;

/** The validated input of /digest. */
export interface DigestInput {
  action: (typeof ACTIONS)[number];
  topic?: string | undefined;
  /** `at 08:00 tz Europe/Berlin days mon-fri thread notice`, or a cron expression. */
  schedule?: string | undefined;
}

const USAGE = [
  "/digest subscribe <topic> [at 08:00] [tz Europe/Berlin] [days mon-fri] [thread] [notice]",
  "/digest subscribe <topic> <cron expression, e.g. 0 8 * * 1-5> [tz Europe/Berlin]",
  "/digest unsubscribe <topic>",
  "/digest list",
  "/digest now <topic>",
];

const input = z
  .object({
    action: z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(ACTIONS)),
    topic: z
      .string()
      .trim()
      .toLowerCase()
      .max(80)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a topic slug like russia-china")
      .optional(),
    schedule: z.string().trim().max(300).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.action !== "list" && !value.topic) {
      ctx.addIssue({ code: "custom", path: ["topic"], message: `/digest ${value.action} needs a topic` });
    }
    if (value.action !== "subscribe" && value.schedule) {
      ctx.addIssue({ code: "custom", path: ["schedule"], message: `unexpected "${value.schedule}"` });
    }
  });

/** Where a subscription lives. */
export interface ChannelRef {
  platform: DigestPlatform;
  channelId: string;
}

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

function channelOf(context: CommandContext): ChannelRef {
  if (!isPlatform(context.platform)) {
    throw new BriefbotError("INPUT_INVALID", "digests are posted to Slack or Discord channels", {
      hints: ["from a shell: briefbot digest subscribe --platform slack|discord --channel ID --topic T"],
    });
  }
  return { platform: context.platform, channelId: context.channelId };
}

const requireManager = (context: CommandContext): void => {
  if (!context.canManageChannel) {
    throw new BriefbotError(
      "PERMISSION_DENIED",
      "Only people who can manage this channel may change its digests.",
      {
        hints: [
          "On Discord: the Manage Channels permission. On Slack: workspace admins or SLACK_DIGEST_ADMINS.",
        ],
      },
    );
  }
};

/** Subscribes a channel to a topic; `scheduleText` is what follows the topic. */
export async function subscribeChannel(
  deps: CommandDeps,
  channel: ChannelRef,
  topicSlug: string,
  scheduleText: string,
  createdBy: string | null,
): Promise<Reply> {
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
  return {
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
export async function listDigests(deps: CommandDeps, channel: ChannelRef | null): Promise<Reply> {
  const services = servicesOf(deps);
  const now = deps.clock();
  const subscriptions = await services.digests.listSubscriptions(channel ?? {});
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
): Promise<Reply> {
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
  const composed = composeDigest({
    topic: { slug: topic.slug, title: topic.title, actors: topic.match.actors },
    window: { from, to },
    documents: await services.source.documentsAdded(topic.slug, from, to),
    knownActors: await services.source.actorsKnownBefore(topic.slug, from),
    style: "single",
    whenEmpty: "notice",
    timeZone: subscription?.timeZone ?? services.defaultTimeZone,
  });
  const message = composed?.message ?? { title: `Digest: ${topic.title}`, sections: [], ephemeral: true };
  return { ...message, title: `Preview: ${message.title}`, ephemeral: true };
}

/** `/digest`. */
export const digestCommand: Command<DigestInput> = {
  name: "digest",
  description: "Scheduled digests of a topic in this channel",
  usage: USAGE,
  options: [
    {
      name: "action",
      description: "subscribe, unsubscribe, list or now (a preview)",
      type: "string",
      required: true,
      positional: "word",
      choices: ACTIONS,
    },
    {
      name: "topic",
      description: "The topic",
      type: "string",
      required: false,
      positional: "word",
      autocomplete: "topic",
    },
    {
      name: "schedule",
      description: "at 08:00 tz Europe/Berlin days mon-fri [thread] [notice], or a cron expression",
      type: "string",
      required: false,
      positional: "rest",
    },
  ],
  input: input as unknown as z.ZodType<DigestInput>,
  // Discord: Manage Channels by default for the whole command; subscribe/unsubscribe check again.
  adminOnly: true,
  async run(deps, value, context) {
    const topic = value.topic ?? "";
    switch (value.action) {
      case "subscribe":
        requireManager(context);
        return subscribeChannel(deps, channelOf(context), topic, value.schedule ?? "", context.userId);
      case "unsubscribe":
        requireManager(context);
        return unsubscribeChannel(deps, channelOf(context), topic);
      case "list":
        return listDigests(deps, isPlatform(context.platform) ? channelOf(context) : null);
      case "now":
        return previewDigest(deps, isPlatform(context.platform) ? channelOf(context) : null, topic);
    }
  },
};
