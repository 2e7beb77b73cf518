import { z } from "zod";
import { ChannelType, NotificationChannelCreated } from "../../events/mod.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";

export type ChannelRecord = Omit<z.infer<typeof NotificationChannelCreated>, "at"> & {
  createdAt: string;
};

export interface ChannelState {
  channel?: ChannelRecord;
  deleted: boolean;
}

/** Only http(s): a `file:`, `ftp:` or `gopher:` URL is no webhook and a classic SSRF lever. */
export const WebhookUrl = z.url({ protocol: /^https?$/ })
  .max(2000)
  .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), {
    message: "credentials in the URL would be shown to every reader: use the channel's secret",
  });

export const channelCommands = {
  /** The secret arrives sealed: the plain one never travels through the command log. */
  create: z.object({
    name: z.string().min(1).max(200),
    type: ChannelType,
    url: WebhookUrl,
    sealedSecret: z.string().startsWith("v1.").max(2000).optional(),
  }),
  delete: z.object({}),
};
type ChannelCommands = typeof channelCommands;

export const evolveChannel = evolveBy<ChannelState>({
  "notificationChannel.created": (_state, { at, ...channel }) => ({
    channel: { ...channel, createdAt: at },
    deleted: false,
  }),
  "notificationChannel.deleted": (state) => ({ ...state, deleted: true }),
});

/** One actor per notification channel: created once, deleted once (then its id may be reused). */
export const channelActor: Actor<ChannelState> = {
  type: "channel",
  initialState: { deleted: false },
  commands: channelCommands,
  decide: decideBy<ChannelState, ChannelCommands>({
    create: (data, state, { actorId, metadata: { now } }) => {
      if (state.channel && !state.deleted) {
        return reject("channel_exists", `notification channel ${actorId} exists`);
      }
      return [event("notificationChannel.created", {
        channelId: actorId,
        name: data.name,
        type: data.type,
        url: data.url,
        ...(data.sealedSecret !== undefined ? { sealedSecret: data.sealedSecret } : {}),
        at: now,
      })];
    },
    delete: (_data, state, { actorId, metadata: { now } }) => {
      if (!state.channel) return reject("channel_not_found", `no notification channel ${actorId}`);
      if (state.deleted) return [];
      return [event("notificationChannel.deleted", { channelId: actorId, at: now })];
    },
  }),
  evolve: evolveChannel,
};
