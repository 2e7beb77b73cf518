import { Hono } from "hono";
import { z } from "zod";
import { WebhookUrl } from "../../../actors/notification-channel/mod.ts";
import { ChannelType, Id } from "../../../events/mod.ts";
import type { ChannelCommandClient } from "../../runtime/commands/clients.ts";
import type { ChannelRecord, NotificationBook } from "../../runtime/notifications/book.ts";
import type { ChannelSecrets } from "../../security/channel-secrets.ts";
import type { WebhookTargetGuard } from "../../security/webhook-target.ts";
import { type AuthEnv, principalOf } from "../middleware/auth.ts";
import { commandError } from "../command-errors.ts";
import { ApiError, jsonBody, parseOr400 } from "../errors.ts";

export const CreateChannelBody = z.strictObject({
  id: Id.optional(),
  name: z.string().min(1).max(200),
  type: ChannelType,
  url: WebhookUrl,
  /** The HMAC key of `x-switchboard-signature`; without one, notifications go unsigned. */
  secret: z.string().min(16, "at least 16 characters").max(512).optional(),
});

export const DeliveriesQuery = z.strictObject({
  alertId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** A channel as the API shows it: never the secret, nor its sealed form. */
function shown(channel: ChannelRecord) {
  return {
    id: channel.channelId,
    name: channel.name,
    type: channel.type,
    url: channel.url,
    signed: channel.sealedSecret !== undefined,
    createdAt: channel.createdAt,
  };
}

/**
 * `/notification-channels` (CONTRACT.md): webhooks alert rules notify. The
 * URL passes the SSRF guard here (and again before every delivery); the
 * secret is sealed before it leaves this handler, so neither the command log
 * nor the event log nor any response holds it in clear.
 */
export function notificationChannelRoutes(deps: {
  channels: ChannelCommandClient;
  book: NotificationBook;
  guard: WebhookTargetGuard;
  secrets: ChannelSecrets | undefined;
  caughtUpTo: (position: number) => Promise<unknown>;
}): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const existing = (id: string) => {
    const channel = deps.book.channel(id);
    if (!channel || channel.deleted) {
      throw new ApiError(404, "not_found", `no notification channel ${id}`);
    }
    return channel;
  };

  app.get("/notification-channels", (c) => c.json({ items: deps.book.channels().map(shown) }));

  app.post("/notification-channels", async (c) => {
    const body = parseOr400(CreateChannelBody, await jsonBody(c), "body");
    const target = deps.guard.checkUrl(body.url);
    if (!target.allowed) {
      throw new ApiError(400, "validation_failed", `body.url: ${target.reason}`, [
        { field: "body.url", message: target.reason },
      ]);
    }
    const id = body.id ?? crypto.randomUUID();
    if (body.secret !== undefined && !deps.secrets) {
      throw new ApiError(
        400,
        "secret_unavailable",
        "body.secret: this node has no key to seal secrets with (set SWITCHBOARD_DATA_KEY)",
      );
    }
    const sealedSecret = body.secret !== undefined
      ? await deps.secrets!.seal(id, body.secret)
      : undefined;
    try {
      const reply = await deps.channels.create(id, {
        name: body.name,
        type: body.type,
        url: body.url,
        ...(sealedSecret ? { sealedSecret } : {}),
      }, { metadata: { principal: principalOf(c) } });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json(shown(existing(id)), 201);
  });

  app.get("/notification-channels/:id", (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    return c.json(shown(existing(id)));
  });

  app.delete("/notification-channels/:id", async (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    existing(id);
    try {
      const reply = await deps.channels.delete(id, {}, {
        metadata: { principal: principalOf(c) },
      });
      const position = reply.events.at(-1)?.position;
      if (position !== undefined) await deps.caughtUpTo(position);
    } catch (error) {
      throw commandError(error);
    }
    return c.json({ id, deleted: true });
  });

  /** Every delivery attempt and suppression through the channel, newest first. */
  app.get("/notification-channels/:id/deliveries", (c) => {
    const { id } = parseOr400(z.object({ id: Id }), c.req.param(), "path");
    const query = parseOr400(DeliveriesQuery, c.req.query(), "query");
    existing(id);
    const items = deps.book.deliveries(id, {
      ...(query.alertId ? { alertId: query.alertId } : {}),
      limit: query.limit,
    });
    return c.json({ items });
  });
  return app;
}
