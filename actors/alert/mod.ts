import { z } from "zod";
import { AlertRule, Labels } from "../../events/alert.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event } from "../decider.ts";
import { evaluateRule, retireRule } from "./evaluate.ts";
import { type AlertState, evolveAlert, initialAlertState } from "./state.ts";

export { alertIdOf, evaluateRule, retireRule } from "./evaluate.ts";
export {
  alertLabels,
  expandAnnotations,
  meets,
  type MetricSample,
  selectSeries,
} from "./condition.ts";
export { canonicalLabels, fingerprintOf, fnv1a64 } from "./fingerprint.ts";
export { matcherMatches, type Silence, silenceActive, silenced, silencedBy } from "./silences.ts";
export { type AlertState, evolveAlert, initialAlertState, type OpenAlert } from "./state.ts";

const Sample = z.object({ labels: Labels, value: z.number() });

export const alertCommands = {
  /**
   * One evaluation: the rule as it stood and every series of its metric
   * (after its selector). The rule travels in the command, so the decision,
   * and its replay, depend on nothing outside the log.
   */
  evaluate: z.object({ rule: AlertRule, samples: z.array(Sample).max(100_000) }),
  /** The rule is gone: its open alerts end. */
  retire: z.object({}),
  acknowledge: z.object({ alertId: z.string().max(200), comment: z.string().max(1000).optional() }),
};
type AlertCommands = typeof alertCommands;

/**
 * The alerts of one rule (actor id = rule id): pending → firing after
 * `forSeconds` → resolved, decided from the samples the evaluator sends.
 */
export const alertActor: Actor<AlertState> = {
  type: "alert",
  initialState: initialAlertState,
  commands: alertCommands,
  decide: decideBy<AlertState, AlertCommands>({
    evaluate: ({ rule, samples }, state, { actorId, metadata: { now } }) => {
      if (rule.id !== actorId) {
        return reject("invalid_command", `rule ${rule.id} sent to the alerts of ${actorId}`);
      }
      return evaluateRule(state, rule, samples, now);
    },
    retire: (_data, state, { actorId, metadata: { now } }) => retireRule(state, actorId, now),
    acknowledge: ({ alertId, comment }, state, { actorId, metadata: { now, principal } }) => {
      const open = Object.values(state.open).find((a) => a.alertId === alertId);
      if (!open) return reject("alert_not_open", `alert ${alertId} is not pending or firing`);
      if (open.acknowledged) return [];
      return [event("alert.acknowledged", {
        alertId,
        ruleId: actorId,
        fingerprint: open.fingerprint,
        by: principal?.sub ?? "anonymous",
        ...(comment !== undefined ? { comment } : {}),
        at: now,
      })];
    },
  }),
  evolve: evolveAlert,
};
export { type FiringInterval, simulateRule, type TimelineStep } from "./simulate.ts";
