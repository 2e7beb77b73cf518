import type { AlertRule, Labels } from "../../events/alert.ts";
import type { MetricSample } from "./condition.ts";
import { evaluateRule } from "./evaluate.ts";
import { type AlertState, evolveAlert, initialAlertState } from "./state.ts";

/** The series of a rule's metric at one evaluation time. */
export interface TimelineStep {
  at: string;
  samples: readonly MetricSample[];
}

/** When a rule would have fired and resolved, per series. */
export interface FiringInterval {
  alertId: string;
  fingerprint: string;
  labels: Labels;
  /** When the condition started to hold. */
  activeAt: string;
  firedAt: string;
  /** null: still firing at the end of the window. */
  resolvedAt: string | null;
  firedValue: number;
  resolvedValue: number | null;
}

/**
 * A dry run: the rule evaluated at each step with the very decider the
 * alert actor uses (evaluateRule, evolveAlert), from no open alerts, so it
 * answers what the live evaluator would have done with these figures.
 */
export function simulateRule(rule: AlertRule, steps: Iterable<TimelineStep>): FiringInterval[] {
  let state: AlertState = initialAlertState;
  const open = new Map<string, FiringInterval>();
  const intervals: FiringInterval[] = [];
  for (const step of steps) {
    for (const event of evaluateRule(state, rule, step.samples, step.at)) {
      state = evolveAlert(state, event);
      if (event.type === "alert.raised") {
        const d = event.data;
        const interval: FiringInterval = {
          alertId: d.alertId,
          fingerprint: d.fingerprint,
          labels: d.labels,
          activeAt: d.activeAt ?? d.startsAt,
          firedAt: d.startsAt,
          resolvedAt: null,
          firedValue: d.value,
          resolvedValue: null,
        };
        open.set(d.fingerprint, interval);
        intervals.push(interval);
      } else if (event.type === "alert.resolved") {
        const interval = open.get(event.data.fingerprint);
        if (interval) {
          interval.resolvedAt = event.data.endsAt;
          interval.resolvedValue = event.data.value;
          open.delete(event.data.fingerprint);
        }
      }
    }
  }
  return intervals;
}
