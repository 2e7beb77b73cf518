import { z } from "zod";
import { AlertRuleSpec } from "../../events/alert.ts";
import { type Actor, reject } from "../actor.ts";
import { decideBy, event, evolveBy } from "../decider.ts";

export interface AlertRuleState {
  rule?: AlertRuleSpec;
  /** Whether the stream has ever held a rule (a migration never brings a deleted one back). */
  existed: boolean;
}

export const alertRuleCommands = {
  create: z.object({ rule: AlertRuleSpec }),
  update: z.object({ rule: AlertRuleSpec }),
  delete: z.object({}),
  /**
   * A rule found in the runtime config's former `alertRules`: created once,
   * unless this id ever held a rule (so a restart, a second node, or a rule
   * deleted since never bring it back).
   */
  migrate: z.object({ rule: AlertRuleSpec }),
};
type AlertRuleCommands = typeof alertRuleCommands;

const same = (a: AlertRuleSpec, b: AlertRuleSpec) => JSON.stringify(a) === JSON.stringify(b);

export const evolveAlertRule = evolveBy<AlertRuleState>({
  "alertRule.created": (_state, d) => ({ rule: d.rule, existed: true }),
  "alertRule.updated": (state, d) => ({ ...state, rule: d.rule }),
  "alertRule.deleted": () => ({ existed: true }),
});

/** One actor per alert rule (actor id = rule id): a resource of its own, not part of /config. */
export const alertRuleActor: Actor<AlertRuleState> = {
  type: "alertrule",
  initialState: { existed: false },
  commands: alertRuleCommands,
  decide: decideBy<AlertRuleState, AlertRuleCommands>({
    create: ({ rule }, state, { actorId, metadata: { now } }) => {
      if (state.rule) return reject("rule_exists", `alert rule ${actorId} already exists`);
      return [event("alertRule.created", { ruleId: actorId, rule, source: "api", at: now })];
    },
    update: ({ rule }, state, { actorId, metadata: { now } }) => {
      if (!state.rule) return reject("rule_not_found", `no alert rule ${actorId}`);
      if (same(rule, state.rule)) return [];
      return [event("alertRule.updated", { ruleId: actorId, rule, at: now })];
    },
    delete: (_data, state, { actorId, metadata: { now } }) => {
      if (!state.rule) return reject("rule_not_found", `no alert rule ${actorId}`);
      return [event("alertRule.deleted", { ruleId: actorId, at: now })];
    },
    migrate: ({ rule }, state, { actorId, metadata: { now } }) => {
      if (state.existed) return [];
      return [event("alertRule.created", { ruleId: actorId, rule, source: "config", at: now })];
    },
  }),
  evolve: evolveAlertRule,
};
