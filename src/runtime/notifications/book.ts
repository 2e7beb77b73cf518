import type { z } from "zod";
import type {
  AlertRaised,
  AlertResolved,
  AlertRuleSpec,
  NotificationAttempted,
  NotificationChannelCreated,
  NotificationSuppressed,
  RecordedEvent,
  SilenceCreated,
} from "../../../events/mod.ts";

export type ChannelRecord = Omit<z.infer<typeof NotificationChannelCreated>, "at"> & {
  createdAt: string;
};
export type Raised = z.infer<typeof AlertRaised>;
export type Resolved = z.infer<typeof AlertResolved>;
export type Attempt = z.infer<typeof NotificationAttempted>;
export type Suppression = z.infer<typeof NotificationSuppressed>;
/** One row of a channel's delivery history. */
export type Delivery =
  | (Attempt & { kind: "attempt"; position: number })
  | (Suppression & { kind: "suppressed"; position: number });

/** An alert transition to notify: the event, and the channels its rule named then. */
export interface Transition {
  status: "firing" | "resolved";
  alertId: string;
  ruleId: string;
  ruleName?: string;
  fingerprint: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  severity?: string;
  value: number | null;
  startsAt: string;
  endsAt?: string;
  /** When the transition was recorded: silences are judged at this time. */
  at: string;
  channelIds: string[];
}

export interface NotificationRecord {
  attempts: Attempt[];
  suppressed?: Suppression;
}

const HISTORY_PER_CHANNEL = 1_000;
/** Twice the notifier's default max age: past that nothing is sent for a transition again. */
const KEEP_SECONDS = 7_200;

/**
 * What the notifier knows, folded from the log in order (live feed): the
 * channels with their sealed secrets, rules' channels, silences, the alert
 * transitions to tell about, and every notification attempt. Because the
 * attempts are read back from the log, a node that restarts (or takes the
 * alerting lease over) knows what was delivered and sends nothing twice.
 * It is also the read model of `/notification-channels` and their deliveries.
 *
 * Transitions and their notification records are forgotten `keepSeconds`
 * after they happened (by the log's own times, so every node forgets the
 * same): by then the notifier counts them stale and sends nothing for them,
 * and a node running for months holds hours of alerts, not all of them.
 */
export class NotificationBook {
  readonly #keepMs: number;
  readonly #channels = new Map<string, ChannelRecord & { deleted: boolean }>();
  readonly #rules = new Map<string, { name: string; channels: string[] }>();
  readonly #silences = new Map<string, SilenceCreated>();
  readonly #raised = new Map<string, Transition>();
  readonly #transitions = new Map<string, Transition>();
  readonly #notifications = new Map<string, NotificationRecord>();
  readonly #history = new Map<string, Delivery[]>();
  #listeners: ((t: Transition) => void)[] = [];

  constructor(options: { keepSeconds?: number } = {}) {
    this.#keepMs = (options.keepSeconds ?? KEEP_SECONDS) * 1000;
  }

  /** What is held in memory now (transitions, notification records): bounded by `keepSeconds`. */
  get size(): { transitions: number; notifications: number } {
    return { transitions: this.#transitions.size, notifications: this.#notifications.size };
  }

  /** Called with every alert transition as the log brings it (the notifier's trigger). */
  onTransition(listener: (t: Transition) => void): void {
    this.#listeners.push(listener);
  }

  readonly apply = (event: RecordedEvent): void => {
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case "notificationChannel.created": {
        const { at, ...channel } = data as z.infer<typeof NotificationChannelCreated>;
        this.#channels.set(channel.channelId, { ...channel, createdAt: at, deleted: false });
        return;
      }
      case "notificationChannel.deleted": {
        const channel = this.#channels.get(data.channelId as string);
        if (channel) channel.deleted = true;
        return;
      }
      case "alertRule.created":
      case "alertRule.updated": {
        const rule = data.rule as AlertRuleSpec;
        this.#rules.set(data.ruleId as string, { name: rule.name, channels: rule.channels ?? [] });
        return;
      }
      case "alertRule.deleted":
        this.#rules.delete(data.ruleId as string);
        return;
      case "silence.created": {
        const silence = data as SilenceCreated;
        this.#silences.set(silence.silenceId, silence);
        return;
      }
      case "silence.deleted":
        this.#silences.delete(data.silenceId as string);
        return;
      case "alert.raised":
        return this.#raise(data as Raised);
      case "alert.resolved":
        return this.#resolve(data as Resolved);
      case "notification.attempted":
      case "notification.suppressed": {
        const d = data as Attempt | Suppression;
        const record = this.#notifications.get(d.notificationId) ?? { attempts: [] };
        if (event.type === "notification.attempted") record.attempts.push(d as Attempt);
        else record.suppressed = d as Suppression;
        this.#notifications.set(d.notificationId, record);
        const kind = event.type === "notification.attempted" ? "attempt" : "suppressed";
        const history = this.#history.get(d.channelId) ?? [];
        history.push({ ...d, kind, position: event.position } as Delivery);
        if (history.length > HISTORY_PER_CHANNEL) history.shift();
        this.#history.set(d.channelId, history);
        return;
      }
    }
  };

  #raise(data: Raised): void {
    const rule = this.#rules.get(data.ruleId);
    const transition: Transition = {
      status: "firing",
      alertId: data.alertId,
      ruleId: data.ruleId,
      ...(rule ? { ruleName: rule.name } : {}),
      fingerprint: data.fingerprint,
      labels: data.labels,
      annotations: data.annotations,
      severity: data.severity,
      value: data.value,
      startsAt: data.startsAt,
      at: data.at,
      channelIds: [...(rule?.channels ?? [])],
    };
    this.#raised.set(data.alertId, transition);
    this.#add(transition);
  }

  #resolve(data: Resolved): void {
    const raised = this.#raised.get(data.alertId);
    this.#raised.delete(data.alertId);
    const rule = this.#rules.get(data.ruleId);
    this.#add({
      status: "resolved",
      alertId: data.alertId,
      ruleId: data.ruleId,
      ...(raised?.ruleName ?? rule?.name ? { ruleName: raised?.ruleName ?? rule?.name } : {}),
      fingerprint: data.fingerprint,
      labels: data.labels,
      annotations: raised?.annotations ?? {},
      ...(raised?.severity ? { severity: raised.severity } : {}),
      value: data.value,
      startsAt: raised?.startsAt ?? data.endsAt,
      endsAt: data.endsAt,
      at: data.at,
      // Whoever heard it fire hears it resolve.
      channelIds: raised ? raised.channelIds : [...(rule?.channels ?? [])],
    });
  }

  #add(transition: Transition): void {
    this.#forgetBefore(Date.parse(transition.at) - this.#keepMs);
    this.#transitions.set(`${transition.alertId}/${transition.status}`, transition);
    for (const listener of this.#listeners) listener(transition);
  }

  /** Drops what happened before `cutoff` (ms); both maps are in log order, so the old are in front. */
  #forgetBefore(cutoff: number): void {
    for (const [key, t] of this.#transitions) {
      if (!(Date.parse(t.at) < cutoff)) break;
      this.#transitions.delete(key);
    }
    for (const [id, record] of this.#notifications) {
      const last = record.suppressed?.at ?? record.attempts.at(-1)?.at;
      if (last !== undefined && !(Date.parse(last) < cutoff)) break;
      this.#notifications.delete(id);
    }
  }

  channel(id: string): (ChannelRecord & { deleted: boolean }) | undefined {
    return this.#channels.get(id);
  }

  /** Live channels, oldest first. */
  channels(): ChannelRecord[] {
    return [...this.#channels.values()].filter((c) => !c.deleted).map(({ deleted: _, ...c }) => c);
  }

  /** Every alert transition folded so far, in log order. */
  transitions(): Iterable<Transition> {
    return this.#transitions.values();
  }

  transition(alertId: string, status: "firing" | "resolved"): Transition | undefined {
    return this.#transitions.get(`${alertId}/${status}`);
  }

  notification(id: string): NotificationRecord | undefined {
    return this.#notifications.get(id);
  }

  silences(): Iterable<SilenceCreated> {
    return this.#silences.values();
  }

  /** A channel's deliveries (attempts and suppressions), newest first. */
  deliveries(channelId: string, filter: { alertId?: string; limit?: number } = {}): Delivery[] {
    const rows = (this.#history.get(channelId) ?? [])
      .filter((d) => filter.alertId === undefined || d.alertId === filter.alertId);
    return rows.reverse().slice(0, filter.limit ?? 100);
  }
}
