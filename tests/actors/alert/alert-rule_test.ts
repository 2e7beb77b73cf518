import { alertRuleActor } from "../../../actors/alert-rule/mod.ts";
import type { AlertRuleSpec, DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at, scenario } from "../given-when-then.ts";

const rule: AlertRuleSpec = {
  name: "errors",
  metric: "error_rate",
  op: ">",
  threshold: 0.05,
  forSeconds: 60,
  severity: "warning",
  channels: ["ops-hook"],
};
const rules = () => scenario(alertRuleActor, "r1");
const created: DomainEvent = {
  type: "alertRule.created",
  data: { ruleId: "r1", rule, source: "api", at: at(0) },
};
const deleted: DomainEvent = { type: "alertRule.deleted", data: { ruleId: "r1", at: at(20) } };

Deno.test("alert rule: created, updated, deleted; each an event", () => {
  rules().given().when("create", { rule }).then([created]);
  rules().given(created).when("create", { rule }).thenRejected("rule_exists");
  const changed = { ...rule, threshold: 0.1 };
  rules().given(created).when("update", { rule: changed }, at(10)).then([{
    type: "alertRule.updated",
    data: { ruleId: "r1", rule: changed, at: at(10) },
  }]);
  rules().given(created).when("update", { rule }, at(10)).thenNothing();
  rules().given(created).when("delete", {}, at(20)).then([deleted]);
  rules().given(created, deleted).when("delete", {}, at(21)).thenRejected("rule_not_found");
  rules().given().when("update", { rule }).thenRejected("rule_not_found");
  rules().given(created, deleted).when("create", { rule }, at(30)).then([{
    type: "alertRule.created",
    data: { ruleId: "r1", rule, source: "api", at: at(30) },
  }]);
});

Deno.test("alert rule: a rule migrated from the config is created once, never revived", () => {
  rules().given().when("migrate", { rule }).then([{
    type: "alertRule.created",
    data: { ruleId: "r1", rule, source: "config", at: at(0) },
  }]);
  rules().given(created).when("migrate", { rule }).thenNothing();
  rules().given(created, deleted).when("migrate", { rule }).thenNothing();
});

Deno.test("alert rule: unknown metric or op, a threshold of the wrong type are refused by field", () => {
  assertBadPayload(alertRuleActor, "create", { rule: { ...rule, metric: "cpu" } }, "rule.metric");
  assertBadPayload(alertRuleActor, "create", { rule: { ...rule, op: "=~" } }, "rule.op");
  assertBadPayload(
    alertRuleActor,
    "create",
    { rule: { ...rule, threshold: "5" } },
    "rule.threshold",
  );
  assertBadPayload(
    alertRuleActor,
    "create",
    { rule: { ...rule, channels: ["bad id"] } },
    "rule.channels.0",
  );
});
