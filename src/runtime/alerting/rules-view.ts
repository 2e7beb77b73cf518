import { type AlertRuleState, evolveAlertRule } from "../../../actors/alert-rule/mod.ts";
import type { AlertRule, DomainEvent, RecordedEvent } from "../../../events/mod.ts";

/**
 * The alert rules as the log says they are now, on this node: what the
 * evaluator evaluates and `GET /alert-rules` lists. Folded with the rule
 * actor's own `evolve`, so it cannot disagree with the actor.
 */
export class AlertRulesView {
  readonly #rules = new Map<string, AlertRuleState>();

  readonly apply = (event: RecordedEvent): void => {
    if (!event.type.startsWith("alertRule.")) return;
    const { ruleId } = event.data as { ruleId: string };
    const state = this.#rules.get(ruleId) ?? { existed: false };
    this.#rules.set(ruleId, evolveAlertRule(state, event as DomainEvent));
  };

  /** Every rule in force, by id. */
  list(): AlertRule[] {
    const rules: AlertRule[] = [];
    for (const [id, state] of this.#rules) if (state.rule) rules.push({ id, ...state.rule });
    return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: string): AlertRule | undefined {
    const rule = this.#rules.get(id)?.rule;
    return rule ? { id, ...rule } : undefined;
  }

  /** Whether this id ever held a rule (deleted ones included). */
  existed(id: string): boolean {
    return this.#rules.get(id)?.existed ?? false;
  }
}
