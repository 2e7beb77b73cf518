import type { Hono } from "hono";
import type { Config } from "../config/config.ts";
import type { AuthEnv } from "../api/middleware/auth.ts";
import { notificationChannelRoutes } from "../api/routes/notification-channels.ts";
import { routingDryRunRoutes } from "../api/routes/routing-dry-run.ts";
import type { CommandClients } from "../runtime/commands/clients.ts";
import type { LiveFeed } from "../runtime/live-feed.ts";
import { NotificationBook } from "../runtime/notifications/book.ts";
import { Notifier } from "../runtime/notifications/notifier.ts";
import { fetchSender } from "../runtime/notifications/webhook-sender.ts";
import { routingDryRun } from "../runtime/routing-dry-run.ts";
import type { EventStore } from "../store/event-store.ts";
import { systemClock } from "../clock/clock.ts";
import { ChannelSecrets } from "../security/channel-secrets.ts";
import { WebhookTargetGuard } from "../security/webhook-target.ts";
import type { Logger } from "../telemetry/log.ts";

/**
 * Notification channels, the notifier and the routing dry run, wired for
 * one node. `follow` before the live feed starts (the book folds the whole
 * log); `start` once the node has its URL and commands flow.
 */
export async function nodeNotifications(deps: {
  config: Config;
  jwtSecret: string | undefined;
  store: EventStore;
  log: Logger;
}) {
  const book = new NotificationBook();
  const guard = new WebhookTargetGuard(deps.config.notifyAllowedHosts);
  const secrets = await ChannelSecrets.create({
    dataKey: deps.config.dataKey,
    jwtSecret: deps.jwtSecret,
  });
  let notifier: Notifier | undefined;
  let followed: LiveFeed | undefined;
  const known = (id: string) => {
    const channel = book.channel(id);
    return channel !== undefined && !channel.deleted;
  };
  return {
    book,
    /**
     * For alert rules' `channels`: an unknown or deleted channel is a 400. A
     * channel this node has not read yet (another node created it a moment
     * ago) is looked for again once the feed has read the log's head.
     */
    async channelExists(id: string): Promise<boolean> {
      if (known(id)) return true;
      await followed?.catchUp();
      return known(id);
    },
    follow(feed: LiveFeed): void {
      followed = feed;
      feed.listen(book.apply);
    },
    routes(commands: CommandClients, caughtUpTo: (p: number) => Promise<unknown>): Hono<AuthEnv>[] {
      return [
        notificationChannelRoutes({
          channels: commands.channels,
          book,
          guard,
          secrets,
          caughtUpTo,
        }),
        routingDryRunRoutes({ dryRun: (input) => routingDryRun(deps.store, input) }),
      ];
    },
    /** `isLeader`: the alerting lease's holder only (the alert helper's hook once merged). */
    start(options: {
      commands: CommandClients;
      caughtUpTo: (p: number) => Promise<unknown>;
      isLeader: () => boolean;
      externalUrl: string;
    }): void {
      notifier = new Notifier({
        book,
        commands: options.commands.notifications,
        sender: fetchSender(guard),
        guard,
        clock: systemClock,
        isLeader: options.isLeader,
        externalUrl: options.externalUrl,
        ...(secrets ? { secrets } : {}),
        caughtUpTo: options.caughtUpTo,
        log: deps.log,
      });
      notifier.start();
    },
    async stop(): Promise<void> {
      await notifier?.stop();
    },
  };
}
