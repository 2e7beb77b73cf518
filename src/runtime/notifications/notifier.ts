import type { z } from "zod";
import type { notificationCommands } from "../../../actors/notification/mod.ts";
import type { Clock, Timer } from "../../clock/clock.ts";
import type { WebhookTargetGuard } from "../../security/webhook-target.ts";
import { SIGNATURE_HEADER, signWebhookBody } from "../../security/webhook-signature.ts";
import type { Logger } from "../../telemetry/log.ts";
import { alertmanagerBody, notificationLabels } from "./alertmanager-body.ts";
import type { ChannelRecord, NotificationBook, NotificationRecord, Transition } from "./book.ts";
import { silencing } from "./silences.ts";
import type { SendResult, WebhookSender } from "./webhook-sender.ts";
import {
  defaultRetry,
  isDone,
  notificationId,
  retryable,
  retryDelayMs,
  type RetryPolicy,
} from "./delivery-policy.ts";

export { notificationId, retryDelayMs, type RetryPolicy } from "./delivery-policy.ts";

type Recorded = { events: { position: number }[] };
type SendOptions = { metadata: { now: string }; commandId: string };

/** The commands the notifier sends (the notification actor's client, or a test's fake). */
export interface NotificationCommands {
  recordAttempt(
    id: string,
    data: z.input<typeof notificationCommands.recordAttempt>,
    options: SendOptions,
  ): Promise<Recorded>;
  suppress(
    id: string,
    data: z.input<typeof notificationCommands.suppress>,
    options: SendOptions,
  ): Promise<Recorded>;
}

export interface SecretOpener {
  open(channelId: string, sealed: string): Promise<string>;
}

export interface NotifierOptions {
  book: NotificationBook;
  commands: NotificationCommands;
  sender: WebhookSender;
  guard: WebhookTargetGuard;
  clock: Clock;
  /** True on the one node that holds the alerting lease: only it sends. */
  isLeader: () => boolean;
  /** This node's public URL, for `externalURL` and `generatorURL`. */
  externalUrl: string;
  /** Absent: channels with a secret cannot be delivered (the attempt says so). */
  secrets?: SecretOpener;
  /** Waits until the live feed (hence the book) includes a recorded event. */
  caughtUpTo?: (position: number) => Promise<unknown>;
  log?: Logger;
  retry?: RetryPolicy;
  /** One POST, connection to last body byte. */
  timeoutMs?: number;
  /** How often the leader looks for due retries (and for work a lost leader left). */
  tickMs?: number;
  /** A transition older than this that was never attempted is history, not news: not sent. */
  maxAgeSeconds?: number;
}

/**
 * Sends alert transitions to their rule's channels (the I/O side; what was
 * sent is the notification actor's record). It follows the book, which the
 * live feed keeps; sending runs beside it, never in the feed's turn, so a
 * slow receiver holds neither the evaluator nor the other deliveries (each
 * POST runs on its own, under a timeout). Due retries are found by a tick,
 * from what the log says, so they survive a restart and move with the
 * alerting lease. A silence covering the alert when it fired or resolved
 * suppresses the notification; the alert itself is untouched.
 */
export class Notifier {
  readonly #o: Required<Omit<NotifierOptions, "secrets" | "caughtUpTo" | "log">> & NotifierOptions;
  /** Transitions with a notification not yet done, by `alertId/status`. */
  readonly #open = new Map<string, Transition>();
  readonly #inFlight = new Set<string>();
  /**
   * What this notifier recorded that the book (the live feed) may not show
   * yet: a lagging feed must not make it send an attempt again.
   */
  readonly #recorded = new Map<string, NotificationRecord>();
  readonly #running = new Set<Promise<void>>();
  #tick: Timer | undefined;
  #kick: Timer | undefined;
  #stopped = false;

  constructor(options: NotifierOptions) {
    this.#o = {
      retry: defaultRetry,
      timeoutMs: 5_000,
      tickMs: 1_000,
      maxAgeSeconds: 3_600,
      ...options,
    };
    const note = (t: Transition) => {
      if (t.channelIds.length > 0) this.#open.set(`${t.alertId}/${t.status}`, t);
    };
    // What the log held before this notifier existed (a restart), then what it brings.
    for (const t of options.book.transitions()) note(t);
    options.book.onTransition((t) => {
      note(t);
      this.#schedule();
    });
  }

  start(): void {
    this.#tick ??= this.#o.clock.setInterval(() => this.scan(), this.#o.tickMs);
    this.#schedule();
  }

  /** Stops sending; waits for the POSTs under way (each bounded by the timeout). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#tick?.cancel();
    this.#kick?.cancel();
    await Promise.allSettled([...this.#running]);
  }

  /** Deliveries running now (for tests and shutdown). */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Settles when every delivery started so far has been recorded. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  #schedule(): void {
    // Out of the feed's turn: the listener only notes the work.
    this.#kick?.cancel();
    this.#kick = this.#o.clock.setTimeout(() => this.scan(), 0);
  }

  /** Starts what is due: first attempts, due retries, resolved ones whose firing is done. */
  scan(): void {
    if (this.#stopped || !this.#o.isLeader()) return;
    const now = this.#o.clock.now();
    for (const [key, t] of this.#open) {
      let pending = false;
      for (const channelId of t.channelIds) {
        const id = notificationId(channelId, t.alertId, t.status);
        const record = this.#record(id);
        if (isDone(record)) continue;
        const channel = this.#o.book.channel(channelId);
        if (!channel || channel.deleted) continue;
        if (!record && this.#stale(t, now)) continue;
        pending = true;
        if (this.#inFlight.has(id)) continue;
        if (t.status === "resolved" && this.#firingOpen(channelId, t.alertId, now)) continue;
        const last = record?.attempts.at(-1);
        if (last?.retryAt && Date.parse(last.retryAt) > now) continue;
        this.#run(id, () => this.#deliver(id, t, channel, (last?.attempt ?? 0) + 1));
      }
      if (!pending) this.#open.delete(key);
    }
  }

  /** The firing notification of this alert on this channel is still to be done: resolved waits. */
  #firingOpen(channelId: string, alertId: string, now: number): boolean {
    const firing = this.#open.get(`${alertId}/firing`);
    if (!firing?.channelIds.includes(channelId)) return false;
    const record = this.#record(notificationId(channelId, alertId, "firing"));
    if (record === undefined) return !this.#stale(firing, now);
    return !isDone(record);
  }

  /** The notification's record: the book's, or this notifier's own while the book lags. */
  #record(id: string): NotificationRecord | undefined {
    const book = this.#o.book.notification(id);
    const own = this.#recorded.get(id);
    if (!own) return book;
    const progress = (r: NotificationRecord | undefined) =>
      r === undefined ? 0 : r.suppressed ? Infinity : r.attempts.length;
    if (progress(book) >= progress(own)) {
      this.#recorded.delete(id);
      return book;
    }
    return own;
  }

  #remember(id: string, change: (record: NotificationRecord) => void): void {
    const base = this.#record(id);
    const record = { attempts: [...(base?.attempts ?? [])], suppressed: base?.suppressed };
    change(record);
    this.#recorded.set(id, record);
  }

  #stale(t: Transition, now: number): boolean {
    return now - Date.parse(t.at) > this.#o.maxAgeSeconds * 1000;
  }

  #run(id: string, work: () => Promise<void>): void {
    this.#inFlight.add(id);
    const running: Promise<void> = work()
      .catch((error) => this.#o.log?.warn("notification not recorded", { notification: id, error }))
      .finally(() => {
        this.#inFlight.delete(id);
        this.#running.delete(running);
      });
    this.#running.add(running);
  }

  async #deliver(
    id: string,
    t: Transition,
    channel: ChannelRecord,
    attempt: number,
  ): Promise<void> {
    const o = this.#o;
    const key = {
      channelId: channel.channelId,
      alertId: t.alertId,
      ruleId: t.ruleId,
      fingerprint: t.fingerprint,
      status: t.status,
    };
    const stamp = () => ({ now: new Date(o.clock.now()).toISOString() });
    if (attempt === 1) {
      // A receiver that never heard an alert fire is not told it resolved (as Alertmanager).
      const firing = t.status === "resolved"
        ? this.#record(notificationId(channel.channelId, t.alertId, "firing"))?.suppressed
        : undefined;
      const silenceIds = firing?.silenceIds ??
        silencing(notificationLabels(t), o.book.silences(), t.at);
      if (silenceIds.length > 0) {
        const metadata = stamp();
        const reply = await o.commands.suppress(id, { ...key, silenceIds }, {
          metadata,
          commandId: `${id}-suppressed`,
        });
        this.#remember(
          id,
          (r) => r.suppressed = { ...key, silenceIds, notificationId: id, at: metadata.now },
        );
        await this.#caughtUp(reply);
        return;
      }
    }
    const started = o.clock.now();
    const result = await this.#post(t, channel);
    const durationMs = Math.max(0, Math.round(o.clock.now() - started));
    const delivered = "status" in result && result.status >= 200 && result.status < 300;
    const again = !delivered && retryable(result) && attempt < o.retry.maxAttempts;
    const retryAt = again
      ? new Date(o.clock.now() + retryDelayMs(o.retry, attempt + 1)).toISOString()
      : undefined;
    const data = {
      ...key,
      attempt,
      outcome: delivered ? "delivered" as const : "failed" as const,
      ...("status" in result ? { httpStatus: result.status } : {}),
      ...("error" in result ? { error: result.error.slice(0, 500) } : {}),
      durationMs,
      ...(retryAt ? { retryAt } : {}),
    };
    const metadata = stamp();
    const reply = await o.commands.recordAttempt(id, data, {
      metadata,
      commandId: `${id}-${attempt}`,
    });
    this.#remember(id, (r) => r.attempts.push({ ...data, notificationId: id, at: metadata.now }));
    await this.#caughtUp(reply);
    if (!delivered) {
      o.log?.warn("notification failed", {
        channel: channel.channelId,
        alert: t.alertId,
        attempt,
        ...("status" in result ? { httpStatus: result.status } : { reason: result.error }),
        ...(retryAt ? { retryAt } : { final: true }),
      });
    }
  }

  async #post(t: Transition, channel: ChannelRecord): Promise<SendResult> {
    const o = this.#o;
    const target = o.guard.checkUrl(channel.url);
    if (!target.allowed) return { error: `refused target: ${target.reason}`, permanent: true };
    const body = JSON.stringify(alertmanagerBody(t, channel.name, o.externalUrl));
    const headers: Record<string, string> = { "user-agent": "switchboard-notifier" };
    if (channel.sealedSecret !== undefined) {
      let secret: string;
      try {
        if (!o.secrets) throw new Error("no key");
        secret = await o.secrets.open(channel.channelId, channel.sealedSecret);
      } catch {
        // Never the secret nor the envelope: only that it cannot be read here.
        return { error: "the channel's secret cannot be opened on this node", permanent: true };
      }
      headers[SIGNATURE_HEADER] = await signWebhookBody(secret, body);
    }
    return await o.sender.post(channel.url, body, headers, o.timeoutMs);
  }

  async #caughtUp(reply: Recorded): Promise<void> {
    const position = reply.events.at(-1)?.position;
    if (position !== undefined) await this.#o.caughtUpTo?.(position);
  }
}
