import { createRouterActor, routerActor, routerActorId } from "../../../actors/router/mod.ts";
import { builtInStrategies } from "../../../actors/strategies/registry.ts";
import { stateless } from "../../../actors/strategies/strategy.ts";
import type { DomainEvent } from "../../../events/mod.ts";
import { assertBadPayload, at, scenario, T0 } from "../given-when-then.ts";
import assert from "node:assert/strict";

const router = (capability = "echo") => scenario(routerActor, routerActorId(capability));

const changed = (
  policy: Record<string, unknown> = {},
  when = T0,
  capability = "echo",
): DomainEvent => ({
  type: "routing.policyChanged",
  data: {
    strategy: "round-robin",
    sticky: true,
    failover: true,
    retryAfterSeconds: 5,
    ...policy,
    capability,
    at: when,
  },
});

Deno.test("router setPolicy: records the policy with defaults filled", () => {
  router().given().when("setPolicy", { capability: "echo", strategy: "least-connections" })
    .then([changed({ strategy: "least-connections" })]);
  router().given().when("setPolicy", {
    capability: "echo",
    strategy: "consistent-hash",
    sticky: false,
    fallbackCapability: "echo-lite",
    retryAfterSeconds: 30,
  }).then([
    changed({
      strategy: "consistent-hash",
      sticky: false,
      fallbackCapability: "echo-lite",
      retryAfterSeconds: 30,
    }),
  ]);
  const state = router().given(changed({ strategy: "least-connections" })).state;
  assert.equal(state.policy.strategy, "least-connections");
  assert.equal(state.capability, "echo");
});

Deno.test("router setPolicy: the same policy again is a no-op", () => {
  router().given(changed({ strategy: "least-connections" })).when("setPolicy", {
    capability: "echo",
    strategy: "least-connections",
  }, at(5)).thenNothing();
});

Deno.test("router setPolicy: refused for unknown strategies, self fallback, wrong capability", () => {
  router().given().when("setPolicy", { capability: "echo", strategy: "random-ish" }).thenRejected(
    "unknown_strategy",
  );
  router().given().when("setPolicy", { capability: "echo", fallbackCapability: "echo" })
    .thenRejected("invalid_capability");
  router().given().when("setPolicy", { capability: "chat" }).thenRejected("invalid_capability");
  assertBadPayload(routerActor, "setPolicy", { capability: "Echo!" }, "capability");
  assertBadPayload(
    routerActor,
    "setPolicy",
    { capability: "echo", retryAfterSeconds: 0 },
    "retryAfterSeconds",
  );
});

Deno.test("router: capabilities with dots get a one-to-one actor id", () => {
  assert.equal(routerActorId("text.summarize"), "text_dsummarize");
  assert.notEqual(routerActorId("a.b"), routerActorId("a_db"));
  router("text.summarize").given().when("setPolicy", { capability: "text.summarize" })
    .then([changed({}, T0, "text.summarize")]);
});

Deno.test("router resetPolicy: back to defaults; a no-op when never set", () => {
  router().given(changed({ strategy: "failover" })).when(
    "resetPolicy",
    { capability: "echo" },
    at(1),
  )
    .then([changed({}, at(1))]);
  router().given().when("resetPolicy", { capability: "echo" }).thenNothing();
});

Deno.test("router: a registry with a plugged-in strategy accepts its name", () => {
  const registry = builtInStrategies().register(
    stateless(
      "first",
      ({ candidates }) => ({ agentId: candidates[0]!.agentId, candidates: [], reason: "first" }),
    ),
  );
  scenario(createRouterActor(registry), "echo").given().when("setPolicy", {
    capability: "echo",
    strategy: "first",
  })
    .then([changed({ strategy: "first" })]);
});
