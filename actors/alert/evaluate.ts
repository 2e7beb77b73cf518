import type { AlertRule } from "../../events/alert.ts";
import type { DomainEvent } from "../../events/mod.ts";
import { event } from "../decider.ts";
import { msBetween, toMs } from "../time.ts";
import { alertLabels, expandAnnotations, meets, type MetricSample } from "./condition.ts";
import { fingerprintOf } from "./fingerprint.ts";
import type { AlertState, OpenAlert } from "./state.ts";

/** An open alert's changed value is recorded at most this often: current enough, and bounded. */
export const VALUE_REFRESH_MS = 60_000;

/** An alert's id: its series and when its condition started to hold (unique per rule actor). */
export function alertIdOf(fingerprint: string, activeAt: string): string {
  return `${fingerprint}-${toMs(activeAt).toString(36)}`;
}

/**
 * One evaluation of a rule over its series at `now`: the transitions
 * (pending → firing after `forSeconds` → resolved) as events, and an open
 * alert's moved value (at most once per VALUE_REFRESH_MS). Series that
 * vanished since the last evaluation (an agent deregistered) end their
 * alerts with a null value. Pure: the same state, rule, samples and `now`
 * give the same events, in the same order.
 */
export function evaluateRule(
  state: AlertState,
  rule: AlertRule,
  samples: readonly MetricSample[],
  now: string,
  /** fingerprintOf, or a memo of it (the evaluator keeps one across rounds). */
  fingerprintFn: typeof fingerprintOf = fingerprintOf,
): DomainEvent[] {
  const events: DomainEvent[] = [];
  const seen = new Set<string>();
  for (const sample of samples) {
    const fingerprint = fingerprintFn(rule.id, sample.labels);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const open = state.open[fingerprint];
    if (meets(rule.op, sample.value, rule.threshold)) {
      const labels = alertLabels(rule, sample.labels);
      if (!open) {
        const alertId = alertIdOf(fingerprint, now);
        if (rule.forSeconds === 0) {
          events.push(raised(rule, { alertId, fingerprint, labels }, sample.value, now, now));
        } else {
          events.push(event("alert.pending", {
            alertId,
            ruleId: rule.id,
            fingerprint,
            labels,
            value: sample.value,
            at: now,
          }));
        }
      } else if (
        open.state === "pending" && msBetween(open.activeAt, now) >= rule.forSeconds * 1000
      ) {
        events.push(raised(rule, { ...open, labels }, sample.value, open.activeAt, now));
      } else if (
        sample.value !== open.value &&
        msBetween(open.valueAt ?? open.startsAt ?? open.activeAt, now) >= VALUE_REFRESH_MS
      ) {
        events.push(event("alert.valueChanged", {
          alertId: open.alertId,
          ruleId: rule.id,
          fingerprint,
          value: sample.value,
          at: now,
        }));
      }
    } else if (open) {
      events.push(ended(rule.id, open, sample.value, now));
    }
  }
  for (const fingerprint of Object.keys(state.open).sort()) {
    if (!seen.has(fingerprint)) events.push(ended(rule.id, state.open[fingerprint]!, null, now));
  }
  return events;
}

/** Every open alert of a rule ends (the rule was deleted). */
export function retireRule(state: AlertState, ruleId: string, now: string): DomainEvent[] {
  return Object.keys(state.open).sort().map((fp) => ended(ruleId, state.open[fp]!, null, now));
}

function raised(
  rule: AlertRule,
  alert: Pick<OpenAlert, "alertId" | "fingerprint" | "labels">,
  value: number,
  activeAt: string,
  now: string,
): DomainEvent {
  return event("alert.raised", {
    alertId: alert.alertId,
    ruleId: rule.id,
    fingerprint: alert.fingerprint,
    labels: alert.labels,
    annotations: expandAnnotations(rule.annotations, alert.labels, value),
    severity: rule.severity,
    value,
    activeAt,
    startsAt: now,
    at: now,
  });
}

/** A firing alert resolves; a pending one is cleared (it never fired, so nothing resolves). */
function ended(ruleId: string, open: OpenAlert, value: number | null, now: string): DomainEvent {
  const identity = {
    alertId: open.alertId,
    ruleId,
    fingerprint: open.fingerprint,
    labels: open.labels,
  };
  return open.state === "firing"
    ? event("alert.resolved", { ...identity, value, endsAt: now, at: now })
    : event("alert.pendingCleared", { ...identity, value, at: now });
}
