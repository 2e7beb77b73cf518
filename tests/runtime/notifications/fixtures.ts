import { fold, isRejection } from "../../../actors/actor.ts";
import { notificationActor, notificationCommands } from "../../../actors/notification/mod.ts";
import { catalogue, type DomainEvent, type RecordedEvent } from "../../../events/mod.ts";
import { FakeClock } from "../../../src/clock/fake-clock.ts";
import { ChannelSecrets } from "../../../src/security/channel-secrets.ts";
import { WebhookTargetGuard } from "../../../src/security/webhook-target.ts";
import { NotificationBook } from "../../../src/runtime/notifications/book.ts";
import {
  type NotificationCommands,
  Notifier,
  type NotifierOptions,
} from "../../../src/runtime/notifications/notifier.ts";
import type {
  SendResult,
  WebhookSender,
} from "../../../src/runtime/notifications/webhook-sender.ts";

export const T0 = Date.parse("2026-12-06T03:00:00.000Z");
export const iso = (ms: number) => new Date(ms).toISOString();
export const SECRET = "s3cret-s3cret-s3cret";
export const JWT = "j".repeat(40);

/**
 * An in-memory log the book follows, with the real notification actor
 * deciding the notifier's commands (so a test sees what the store would).
 */
export class FakeLog {
  readonly events: RecordedEvent[] = [];
  readonly books: NotificationBook[] = [];
  /** Set: the notifier's own events reach the store but not the books (a lagging feed). */
  lagging = false;
  readonly #held: RecordedEvent[] = [];

  append(event: DomainEvent, streamId = "test"): RecordedEvent {
    const prepared = catalogue.prepare(event);
    const recorded: RecordedEvent = {
      id: crypto.randomUUID(),
      streamId,
      version: 1,
      position: this.events.length + 1,
      type: prepared.type,
      schemaVersion: prepared.schemaVersion,
      data: prepared.data,
      metadata: {},
      recordedAt: new Date().toISOString(),
    };
    this.events.push(recorded);
    if (this.lagging && streamId.startsWith("notification-")) this.#held.push(recorded);
    else for (const book of this.books) book.apply(recorded);
    return recorded;
  }

  /** The feed catches up. */
  catchUp(): void {
    this.lagging = false;
    for (const e of this.#held.splice(0)) for (const book of this.books) book.apply(e);
  }

  /** Feeds `book` the whole log so far, then follows it (a node starting: listeners come first). */
  follow(book: NotificationBook): NotificationBook {
    for (const e of this.events) book.apply(e);
    this.books.push(book);
    return book;
  }

  commands(): NotificationCommands & { rejected: string[] } {
    const rejected: string[] = [];
    const send =
      (type: "recordAttempt" | "suppress") =>
      async (id: string, data: unknown, options: { metadata: { now: string } }) => {
        await Promise.resolve();
        const stream = this.events.filter((e) => e.streamId === `notification-${id}`);
        const state = fold(notificationActor, stream as unknown as DomainEvent[]);
        const result = notificationActor.decide({
          commandId: crypto.randomUUID(),
          actorType: "notification",
          actorId: id,
          type,
          data: notificationCommands[type].parse(data),
          metadata: options.metadata,
        }, state);
        if (isRejection(result)) {
          rejected.push(result.rejected);
          throw new Error(result.rejected);
        }
        return { events: result.map((e) => this.append(e, `notification-${id}`)) };
      };
    return { recordAttempt: send("recordAttempt"), suppress: send("suppress"), rejected };
  }
}

export interface Post {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** A sender whose answers the test scripts; every POST is kept. */
export class FakeSender implements WebhookSender {
  readonly posts: Post[] = [];
  answer: (post: Post) => Promise<SendResult> | SendResult = () => ({ status: 200 });
  async post(url: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const post = { url, body, headers };
    this.posts.push(post);
    return await this.answer(post);
  }
}

export async function setup(options: Partial<NotifierOptions> & { allowed?: string[] } = {}) {
  const log = new FakeLog();
  const clock = new FakeClock(T0);
  const secrets = (await ChannelSecrets.create({ jwtSecret: JWT }))!;
  const sender = new FakeSender();
  let leader = true;
  const start = (overrides: Partial<NotifierOptions> = {}) => {
    const book = new NotificationBook();
    const notifier = new Notifier({
      book,
      commands: log.commands(),
      sender,
      guard: new WebhookTargetGuard(options.allowed ?? []),
      clock,
      isLeader: () => leader,
      externalUrl: "http://sb.test:9000",
      secrets,
      ...options,
      ...overrides,
    });
    log.follow(book);
    notifier.start();
    return notifier;
  };
  const channel = async (id: string, url = `http://hooks.test/${id}`, secret = SECRET) =>
    log.append({
      type: "notificationChannel.created",
      data: {
        channelId: id,
        name: `receiver-${id}`,
        type: "webhook",
        url,
        ...(secret ? { sealedSecret: await secrets.seal(id, secret) } : {}),
        at: iso(clock.now()),
      },
    });
  const rule = (id: string, channels: string[]) =>
    log.append({
      type: "alertRule.created",
      data: {
        ruleId: id,
        rule: {
          name: "AgentDown",
          metric: "agent_unhealthy",
          op: ">",
          threshold: 0,
          forSeconds: 0,
          severity: "critical",
          channels,
        },
        source: "api",
        at: iso(clock.now()),
      },
    });
  const raise = (alertId: string, ruleId = "r1", labels = { agentId: "a1" }) =>
    log.append({
      type: "alert.raised",
      data: {
        alertId,
        ruleId,
        fingerprint: "0123456789abcdef",
        labels,
        annotations: { summary: "agent down" },
        severity: "critical",
        value: 1,
        startsAt: iso(clock.now()),
        at: iso(clock.now()),
      },
    });
  const resolve = (alertId: string, ruleId = "r1", labels = { agentId: "a1" }) =>
    log.append({
      type: "alert.resolved",
      data: {
        alertId,
        ruleId,
        fingerprint: "0123456789abcdef",
        labels,
        value: 0,
        endsAt: iso(clock.now()),
        at: iso(clock.now()),
      },
    });
  return {
    log,
    clock,
    sender,
    secrets,
    start,
    channel,
    rule,
    raise,
    resolve,
    setLeader: (value: boolean) => leader = value,
    attempts: () => log.events.filter((e) => e.type === "notification.attempted"),
  };
}
