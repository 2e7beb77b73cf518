import { z } from "zod";
import { Id, Timestamp } from "./common.ts";

/**
 * Alerting: rules (resources of their own), silences, and the alerts the
 * evaluator raises and resolves. Every transition carries its value and
 * labels, so folding the log gives the alert history back exactly.
 */

export const AlertSeverity = z.enum(["info", "warning", "critical"]);
export type AlertSeverity = z.infer<typeof AlertSeverity>;

/**
 * What a rule can watch. Fleet-view metrics (`unhealthy_agents`,
 * `agent_unhealthy`, `sessions`, `sessions_per_agent`, `projection_lag_ms`)
 * come from the node's in-memory view; the others are measured at the edge.
 */
export const AlertMetric = z.enum([
  "error_rate",
  "relay_p99_ms",
  "response_p99_ms",
  "unhealthy_agents",
  "agent_unhealthy",
  "sessions",
  "sessions_per_agent",
  "failovers_per_s",
  "open_refusals_per_s",
  "projection_lag_ms",
]);
export type AlertMetric = z.infer<typeof AlertMetric>;

export const AlertOp = z.enum([">", ">=", "<", "<=", "==", "!="]);
export type AlertOp = z.infer<typeof AlertOp>;

/** Prometheus' label name rule, so labels pass unchanged to Alertmanager receivers. */
export const LabelName = z.string().regex(
  /^[A-Za-z_][A-Za-z0-9_]{0,99}$/,
  "expected a label name (A-Z a-z 0-9 _, not starting with a digit, at most 100)",
);
export const Labels = z.record(LabelName, z.string().max(1000));
export type Labels = z.infer<typeof Labels>;

/** A rule as operators write it (`POST /alert-rules`), without its id. */
export const AlertRuleSpec = z.object({
  name: z.string().min(1).max(200),
  metric: AlertMetric,
  /** Keeps only the series whose labels equal these (e.g. `{agentId}` or `{capability}`). */
  selector: Labels.optional(),
  op: AlertOp,
  threshold: z.number().finite(),
  /** How long the condition must hold before the alert fires; 0 fires at once. */
  forSeconds: z.number().int().min(0).max(86_400).default(60),
  severity: AlertSeverity.default("warning"),
  labels: Labels.optional(),
  annotations: Labels.optional(),
  /** Notification channel ids (`/notification-channels`). */
  channels: z.array(Id).max(32).optional(),
});
export type AlertRuleSpec = z.infer<typeof AlertRuleSpec>;

export const AlertRule = AlertRuleSpec.extend({ id: Id });
export type AlertRule = z.infer<typeof AlertRule>;

export const AlertRuleCreated = z.object({
  ruleId: Id,
  rule: AlertRuleSpec,
  /** `config`: migrated from the runtime config's former `alertRules`. */
  source: z.enum(["api", "config"]).default("api"),
  at: Timestamp,
});
export const AlertRuleUpdated = z.object({ ruleId: Id, rule: AlertRuleSpec, at: Timestamp });
export const AlertRuleDeleted = z.object({ ruleId: Id, at: Timestamp });

/** Label matcher of a silence, as Alertmanager has them. */
export const SilenceMatcher = z.object({
  name: LabelName,
  value: z.string().max(1000),
  isRegex: z.boolean().default(false),
  isEqual: z.boolean().default(true),
});
export type SilenceMatcher = z.infer<typeof SilenceMatcher>;

export const SilenceCreated = z.object({
  silenceId: Id,
  matchers: z.array(SilenceMatcher).min(1).max(32),
  startsAt: Timestamp,
  endsAt: Timestamp,
  comment: z.string().max(1000).default(""),
  /** The principal that created it (`sub`). */
  author: z.string().max(200),
  at: Timestamp,
});
export type SilenceCreated = z.infer<typeof SilenceCreated>;
export const SilenceDeleted = z.object({ silenceId: Id, at: Timestamp });

/** What every alert transition names: which rule, which series (fingerprint), which labels. */
const AlertIdentity = z.object({
  alertId: Id,
  ruleId: Id,
  /** 16 hex digits (FNV-1a 64) of the rule id and the series' labels: stable across evaluations. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  labels: Labels,
});

/** The condition started to hold; it fires if it still holds `forSeconds` later. */
export const AlertPending = AlertIdentity.extend({ value: z.number(), at: Timestamp });
/** A pending alert whose condition stopped holding before it fired. */
export const AlertPendingCleared = AlertIdentity.extend({
  value: z.number().nullable(),
  at: Timestamp,
});
export const AlertRaised = AlertIdentity.extend({
  annotations: Labels,
  severity: AlertSeverity,
  value: z.number(),
  /** When the condition started to hold (the pending transition, or now with `forSeconds: 0`). */
  activeAt: Timestamp.optional(),
  startsAt: Timestamp,
  at: Timestamp,
});
/**
 * An open alert's value moved (recorded at most once a minute per alert, so
 * `GET /alerts` shows what the condition measures now without a log entry
 * per evaluation).
 */
export const AlertValueChanged = AlertIdentity.omit({ labels: true }).extend({
  value: z.number(),
  at: Timestamp,
});
export const AlertResolved = AlertIdentity.extend({
  /** The value that no longer meets the condition; null when the series disappeared (agent gone). */
  value: z.number().nullable(),
  endsAt: Timestamp,
  at: Timestamp,
});
export const AlertAcknowledged = z.object({
  alertId: Id,
  ruleId: Id,
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  by: z.string().max(200),
  comment: z.string().max(1000).optional(),
  at: Timestamp,
});

/** v1 of `alert.raised` (a placeholder never written in practice): lifted to v2. */
export function upcastAlertRaisedV1(data: unknown): unknown {
  const d = data as {
    alertId: string;
    ruleId: string;
    severity: string;
    message?: string;
    value?: number;
    at: string;
  };
  return {
    alertId: d.alertId,
    ruleId: d.ruleId,
    fingerprint: "0000000000000000",
    labels: { alertname: d.ruleId },
    annotations: d.message ? { message: d.message } : {},
    severity: d.severity,
    value: d.value ?? 0,
    startsAt: d.at,
    at: d.at,
  };
}

/** v1 of `alert.resolved` (placeholder): lifted to v2. */
export function upcastAlertResolvedV1(data: unknown): unknown {
  const d = data as { alertId: string; ruleId: string; at: string };
  return {
    alertId: d.alertId,
    ruleId: d.ruleId,
    fingerprint: "0000000000000000",
    labels: { alertname: d.ruleId },
    value: null,
    endsAt: d.at,
    at: d.at,
  };
}
